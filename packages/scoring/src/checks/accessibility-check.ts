import { defineCheck, type FindingInput, type FindingInputLocation, type Media } from "@kommune-sm/core";
import { both } from "../scoring-messages.js";
import type { FoundEmoji } from "../text/emoji.js";
import { isLetterCodePoint } from "../text/letter-words.js";
import { HASHTAG_IN_TEXT, hashtagsIn, needsCamelCase } from "./accessibility-hashtags.js";
import { linksIn, WWW } from "./accessibility-links.js";
import { MAYBE_PSEUDO, readForAccessibility } from "./accessibility-reading.js";
import { at, postTexts } from "./post-texts.js";
import type { ShoutedWord } from "./shouted-words.js";
import { excerpt } from "../text/message-excerpt.js";

/** Tunable limits of the accessibility check. */
export interface AccessibilityOptions {
  /** Emoji in one text before the check advises fewer; default 3. */
  readonly maxEmoji?: number;
  /** Alt texts shorter than this are called very short; default 15 characters. */
  readonly minAltTextLength?: number;
  /** Links longer than this are called long; default 40 characters. */
  readonly maxLinkLength?: number;
}

// Alt texts that say nothing: the kind of file, or what a camera or phone names it.
const PLACEHOLDER_ALT = /^(?:bild|foto|photo|image|img|grafik|graphic|picture|pic|abbildung|abb\.?|screenshot|logo|symbolbild|video|titelbild|beitragsbild|header|\.{1,3}|-+|x+|\d+)$/i;
const FILE_NAME_ALT = /^(?:img|dsc|dcim|pxl|photo|screenshot|bildschirmfoto)[\s_-]?\d+|\.(?:jpe?g|png|gif|webp|heic|tiff?|bmp|svg|mp4|mov)$/i;
const REDUNDANT_START = /^(?:(?:ein |das )?(?:bild|foto|grafik|abbildung)(?: von| mit| zeigt)?|(?:an |the )?(?:image|photo|picture)(?: of| showing)?)\b[:\s]/i;

// Letters set in Unicode's mathematical alphanumeric symbols (𝗪𝗶𝗰𝗵𝘁𝗶𝗴), full-width (Ｗｉｃｈｔｉｇ) or circled (Ⓦ) forms.
const PSEUDO_LETTER = "\\u{1D400}-\\u{1D7FF}\\uFF21-\\uFF3A\\uFF41-\\uFF5A\\u24B6-\\u24E9";
const PSEUDO_RUN = new RegExp(`[${PSEUDO_LETTER}](?:[\\s'’.,!?-]*[${PSEUDO_LETTER}])*`, "gu");

// Each pattern is run only on a text with its sign: most texts have none,
// and a plain search for a sign costs a fraction of a pattern over the text
// (the patterns, emoji and capitals were two thirds of the check's 9 µs).
// Each of the pseudo letters has one of the code units of MAYBE_PSEUDO
// (U+1D400–U+1D7FF all begin with the surrogate D835).
const mayHoldPseudo = (text: string) => MAYBE_PSEUDO.test(text);
const hasHashSign = (text: string) => text.includes("#");
const hasWww = (text: string) => text.includes("www.");
const hasScheme = (text: string) => text.includes("://");

/** @internal The check's patterns with the sign each needs in a text, for tests. */
export const SIGNED_PATTERNS: readonly { readonly pattern: RegExp; readonly sign: (text: string) => boolean }[] = [
  { pattern: PSEUDO_RUN, sign: mayHoldPseudo },
  { pattern: HASHTAG_IN_TEXT, sign: hasHashSign },
  { pattern: WWW, sign: hasWww },
];

/** @internal What findUrls needs in a text, for tests. */
export const URL_SIGN = hasScheme;

/**
 * Accessibility of a post (BITV 2.0, and what screen readers do with social
 * media): images without alt text or with one that says nothing, videos
 * without captions, hashtags not in CamelCase, many emoji and emoji inside a
 * sentence, letters faked from mathematical symbols, words in capitals, and
 * links that are bare or long.
 */
export function accessibilityCheck(options: AccessibilityOptions = {}) {
  const maxEmoji = options.maxEmoji ?? 3;
  const minAlt = options.minAltTextLength ?? 15;
  const maxLink = options.maxLinkLength ?? 40;
  return defineCheck({
    id: "accessibility",
    target: "post",
    languages: ["de", "en"],
    title: { de: "Barrierefreiheit", en: "Accessibility" },
    run: ({ post }) => {
      const findings: FindingInput[] = [];
      for (const { text, location } of postTexts(post)) {
        const reading = readForAccessibility(text);
        emojiFindings(text, location, reading.emoji, maxEmoji, findings);
        if (reading.mayHoldPseudo) pseudoFormatting(text, location, findings);
        allCaps(location, reading.shouted, findings);
        if (location.field === "text") {
          links(text, location, maxLink, findings);
          if (hasHashSign(text)) {
            for (const { index, tag } of hashtagsIn(text)) {
              if (needsCamelCase(tag)) findings.push(camelCase(tag, at(location, index + 1, index + 1 + tag.length)));
            }
          }
        }
      }
      for (let index = 0; index < post.hashtags.length; index++) {
        const tag = post.hashtags[index]!;
        if (needsCamelCase(tag)) findings.push(camelCase(tag, { field: "hashtag", index, start: 0, end: tag.length }));
      }
      mediaFindings(post.media, undefined, minAlt, findings);
      for (const variant of post.variants) if (variant.media) mediaFindings(variant.media, variant.channelId, minAlt, findings);
      return findings;
    },
  });
}

function mediaFindings(media: readonly Media[], channelId: string | undefined, minAlt: number, findings: FindingInput[]): void {
  if (media.length === 0) return;
  media.forEach((item, index) => {
    // Each place made as one literal with all its keys (a spread copy with keys added costs more on Node 20).
    const where = (start?: number, end?: number): FindingInputLocation =>
      channelId === undefined
        ? start === undefined
          ? { field: "media", index }
          : { field: "altText", index, start, end }
        : start === undefined
          ? { field: "media", index, channelId }
          : { field: "altText", index, channelId, start, end };
    const number = index + 1;
    if (item.kind === "video" && item.captions !== true) {
      findings.push({ code: "video-without-captions", severity: "warning", message: both("video-without-captions", { index: number }), location: where() });
    }
    if ((item.kind !== "image" && item.kind !== "gif") || item.decorative === true) return;
    const alt = item.altText?.trim() ?? "";
    if (alt.length === 0) {
      findings.push({ code: "alt-text-missing", severity: "error", message: both("alt-text-missing", { index: number }), location: where(), suggestion: { message: both("suggest-alt-text") } });
      return;
    }
    const raw = item.altText!;
    const offset = raw.indexOf(alt);
    if (PLACEHOLDER_ALT.test(alt) || FILE_NAME_ALT.test(alt)) {
      findings.push({ code: "alt-text-placeholder", severity: "error", message: both("alt-text-placeholder", { index: number, alt: excerpt(alt) }), location: where(offset, offset + alt.length), suggestion: { message: both("suggest-alt-text") } });
      return;
    }
    if (alt.length < minAlt) findings.push({ code: "alt-text-short", severity: "hint", message: both("alt-text-short", { index: number, length: alt.length }), location: where(offset, offset + alt.length) });
    const redundant = REDUNDANT_START.exec(alt);
    if (redundant) {
      const start = redundant[0].trimEnd();
      findings.push({ code: "alt-text-redundant-start", severity: "hint", message: both("alt-text-redundant-start", { start }), location: where(offset, offset + redundant[0].length), suggestion: { message: both("suggest-alt-text"), replacement: "" } });
    }
  });
}

function emojiFindings(text: string, location: FindingInputLocation, emoji: readonly FoundEmoji[], maxEmoji: number, findings: FindingInput[]): void {
  if (emoji.length === 0) return;
  if (emoji.length > maxEmoji) {
    const first = emoji[maxEmoji]!;
    findings.push({ code: "too-many-emoji", severity: "hint", message: both("too-many-emoji", { count: emoji.length, max: maxEmoji }), location: at(location, first.start, emoji.at(-1)!.end), values: { count: emoji.length } });
  }
  for (const { start, end } of emoji) {
    if (isInsideSentence(text, start, end)) findings.push({ code: "emoji-in-sentence", severity: "hint", message: both("emoji-in-sentence"), location: at(location, start, end) });
  }
}

// What the two Unicode patterns of isInsideSentence say of Latin-1 (a
// letter or a comma; a small letter), read from tables: a pattern with a
// property class for each emoji cost more than finding it.
const LATIN1_LETTER_OR_COMMA = new Uint8Array(0x100);
const LATIN1_SMALL_LETTER = new Uint8Array(0x100);
for (let code = 0; code < 0x100; code++) {
  LATIN1_LETTER_OR_COMMA[code] = /[\p{L},]/u.test(String.fromCharCode(code)) ? 1 : 0;
  LATIN1_SMALL_LETTER[code] = /\p{Ll}/u.test(String.fromCharCode(code)) ? 1 : 0;
}

/** `/[\p{L},]/u.test(text[index])`: the code unit alone (half of a surrogate pair is no letter). */
function isLetterOrCommaUnit(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code < 0x100 ? LATIN1_LETTER_OR_COMMA[code] === 1 : isLetterCodePoint(code);
}

/** `/\p{Ll}/u.test(String.fromCodePoint(codePoint))`. */
function isSmallLetter(codePoint: number): boolean {
  return codePoint < 0x100 ? LATIN1_SMALL_LETTER[codePoint] === 1 : /\p{Ll}/u.test(String.fromCodePoint(codePoint));
}

/** A letter (or a comma) before, and a lower-case letter after, on the same line: the emoji sits between words of one sentence. */
function isInsideSentence(text: string, start: number, end: number): boolean {
  let before = start - 1;
  while (before >= 0 && (text.charCodeAt(before) === 0x20 || text.charCodeAt(before) === 0xa0)) before--;
  let after = end;
  while (after < text.length && (text.charCodeAt(after) === 0x20 || text.charCodeAt(after) === 0xa0 || text.charCodeAt(after) === 0xfe0f)) after++;
  if (before < 0 || after >= text.length) return false;
  return isLetterOrCommaUnit(text, before) && isSmallLetter(text.codePointAt(after)!);
}

function pseudoFormatting(text: string, location: FindingInputLocation, findings: FindingInput[]): void {
  if (!mayHoldPseudo(text)) return;
  for (const match of text.matchAll(PSEUDO_RUN)) {
    const plain = match[0].normalize("NFKC");
    findings.push({
      code: "pseudo-formatting",
      severity: "warning",
      message: both("pseudo-formatting", { text: excerpt(plain) }),
      location: at(location, match.index, match.index + match[0].length),
      // A replacement is offered where it fits a suggestion (1,000 characters).
      suggestion: plain.length <= 1_000 ? { message: both("suggest-plain"), replacement: plain } : { message: both("suggest-plain") },
    });
  }
}

function allCaps(location: FindingInputLocation, shouted: readonly ShoutedWord[], findings: FindingInput[]): void {
  for (const { start, end, word } of shouted) {
    const lower = word.charAt(0) + word.slice(1).toLowerCase();
    findings.push({ code: "all-caps", severity: "hint", message: both("all-caps", { word: excerpt(word) }), location: at(location, start, end), suggestion: lower.length <= 1_000 ? { message: both("suggest-lower-case"), replacement: lower } : { message: both("suggest-lower-case") } });
  }
}

function links(text: string, location: FindingInputLocation, maxLink: number, findings: FindingInput[]): void {
  // A link with a scheme has "://", one without begins "www.": most texts have neither.
  if (!hasScheme(text) && !hasWww(text)) return;
  for (const { url, start, end } of linksIn(text)) {
    if (url.length > maxLink) findings.push({ code: "long-link", severity: "hint", message: both("long-link", { length: url.length }), location: at(location, start, end), values: { length: url.length } });
    const lineStart = Math.max(text.lastIndexOf("\n", start - 1) + 1, 0);
    const lineEnd = text.indexOf("\n", end);
    if (!hasTwoLetters(text, lineStart, start) && !hasTwoLetters(text, end, lineEnd === -1 ? text.length : lineEnd)) findings.push({ code: "bare-link", severity: "hint", message: both("bare-link"), location: at(location, start, end) });
  }
}

/**
 * `/\p{L}{2}/u.test(text.slice(from, to))`: two letters in a row, read in
 * place (a surrogate pair cut by `from` or `to` is half a character, no
 * letter), without making the slice and running a Unicode pattern on it.
 */
export function hasTwoLetters(text: string, from: number, to: number): boolean {
  let previousIsLetter = false;
  for (let index = from; index < to; ) {
    const code = text.charCodeAt(index);
    let codePoint = code;
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < to) {
      const low = text.charCodeAt(index + 1);
      if (low >= 0xdc00 && low <= 0xdfff) codePoint = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
    }
    const letter = isLetterCodePoint(codePoint);
    if (letter && previousIsLetter) return true;
    previousIsLetter = letter;
    index += codePoint > 0xffff ? 2 : 1;
  }
  return false;
}


function camelCase(tag: string, location: FindingInputLocation): FindingInput {
  return { code: "hashtag-camel-case", severity: "hint", message: both("hashtag-camel-case", { tag: excerpt(tag) }), location, suggestion: { message: both("suggest-camel-case") } };
}

