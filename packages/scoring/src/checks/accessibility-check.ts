import { defineCheck, findUrls, type FindingInput, type FindingInputLocation, type Media } from "@kommune-sm/core";
import { both } from "../scoring-messages.js";
import { findEmoji } from "../text/emoji.js";
import { at, postTexts } from "./post-texts.js";
import { shoutedWords } from "./shouted-words.js";
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
const HASHTAG_IN_TEXT = /(?<![\p{L}\p{N}_&/#])#([\p{L}\p{N}_]+)/gu;
// Addresses people write without a scheme ("www.musterstadt.de/kita"); findUrls finds those with one.
const WWW = /(?<![\p{L}\p{N}./@])www\.[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+(?:\/[^\s]*)?/gu;

// Each pattern is run only on a text with its sign: most texts have none,
// and a plain search for a sign costs a fraction of a pattern over the text
// (the patterns, emoji and capitals were two thirds of the check's 9 µs).
// Each of the pseudo letters has one of these code units (U+1D400–U+1D7FF
// all begin with the surrogate D835).
const MAYBE_PSEUDO = /[\uD835\uFF21-\uFF5A\u24B6-\u24E9]/;
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
        emojiFindings(text, location, maxEmoji, findings);
        pseudoFormatting(text, location, findings);
        allCaps(text, location, findings);
        if (location.field === "text") {
          links(text, location, maxLink, findings);
          if (hasHashSign(text)) {
            for (const match of text.matchAll(HASHTAG_IN_TEXT)) {
              if (needsCamelCase(match[1]!)) findings.push(camelCase(match[1]!, at(location, match.index + 1, match.index + match[0].length)));
            }
          }
        }
      }
      post.hashtags.forEach((tag, index) => {
        if (needsCamelCase(tag)) findings.push(camelCase(tag, { field: "hashtag", index, start: 0, end: tag.length }));
      });
      mediaFindings(post.media, undefined, minAlt, findings);
      for (const variant of post.variants) if (variant.media) mediaFindings(variant.media, variant.channelId, minAlt, findings);
      return findings;
    },
  });
}

function mediaFindings(media: readonly Media[], channelId: string | undefined, minAlt: number, findings: FindingInput[]): void {
  media.forEach((item, index) => {
    const where = (start?: number, end?: number): FindingInputLocation => ({
      field: start === undefined ? "media" : "altText",
      index,
      ...(channelId === undefined ? {} : { channelId }),
      ...(start === undefined ? {} : { start, end }),
    });
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

function emojiFindings(text: string, location: FindingInputLocation, maxEmoji: number, findings: FindingInput[]): void {
  const emoji = findEmoji(text);
  if (emoji.length > maxEmoji) {
    const first = emoji[maxEmoji]!;
    findings.push({ code: "too-many-emoji", severity: "hint", message: both("too-many-emoji", { count: emoji.length, max: maxEmoji }), location: at(location, first.start, emoji.at(-1)!.end), values: { count: emoji.length } });
  }
  for (const { start, end } of emoji) {
    if (isInsideSentence(text, start, end)) findings.push({ code: "emoji-in-sentence", severity: "hint", message: both("emoji-in-sentence"), location: at(location, start, end) });
  }
}

/** A letter (or a comma) before, and a lower-case letter after, on the same line: the emoji sits between words of one sentence. */
function isInsideSentence(text: string, start: number, end: number): boolean {
  let before = start - 1;
  while (before >= 0 && (text[before] === " " || text[before] === "\u00A0")) before--;
  let after = end;
  while (after < text.length && (text[after] === " " || text[after] === "\u00A0" || text[after] === "\uFE0F")) after++;
  if (before < 0 || after >= text.length) return false;
  const previous = text[before]!;
  const next = text.codePointAt(after)!;
  return /[\p{L},]/u.test(previous) && /\p{Ll}/u.test(String.fromCodePoint(next));
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

function allCaps(text: string, location: FindingInputLocation, findings: FindingInput[]): void {
  for (const { start, end, word } of shoutedWords(text)) {
    const lower = word.charAt(0) + word.slice(1).toLowerCase();
    findings.push({ code: "all-caps", severity: "hint", message: both("all-caps", { word: excerpt(word) }), location: at(location, start, end), suggestion: lower.length <= 1_000 ? { message: both("suggest-lower-case"), replacement: lower } : { message: both("suggest-lower-case") } });
  }
}

function links(text: string, location: FindingInputLocation, maxLink: number, findings: FindingInput[]): void {
  // A link with a scheme has "://", one without begins "www.": most texts have neither.
  const schemes = hasScheme(text);
  const www = hasWww(text);
  if (!schemes && !www) return;
  const found = schemes ? findUrls(text) : [];
  if (www) {
    for (const match of text.matchAll(WWW)) {
      const url = match[0].replace(/[.,;:!?)]+$/, "");
      if (!found.some((f) => f.start <= match.index && match.index < f.end)) found.push({ url, start: match.index, end: match.index + url.length });
    }
  }
  for (const { url, start, end } of found.sort((a, b) => a.start - b.start)) {
    if (url.length > maxLink) findings.push({ code: "long-link", severity: "hint", message: both("long-link", { length: url.length }), location: at(location, start, end), values: { length: url.length } });
    const lineStart = Math.max(text.lastIndexOf("\n", start - 1) + 1, 0);
    const before = text.slice(lineStart, start);
    if (!/\p{L}{2}/u.test(before) && !/\p{L}{2}/u.test(lineAfter(text, end))) findings.push({ code: "bare-link", severity: "hint", message: both("bare-link"), location: at(location, start, end) });
  }
}

function lineAfter(text: string, end: number): string {
  const next = text.indexOf("\n", end);
  return text.slice(end, next === -1 ? text.length : next);
}

/** A hashtag of several words all in one case ("#stadtfestmusterstadt", "#stadtfest2026") is read as one word; short ones (#Kita, #kita) are fine. */
function needsCamelCase(tag: string): boolean {
  const letters = tag.replace(/\p{N}+$/u, "");
  if (letters.length < 12 || /[\p{N}_]/u.test(letters)) return false;
  return letters === letters.toLowerCase() || letters === letters.toUpperCase();
}

function camelCase(tag: string, location: FindingInputLocation): FindingInput {
  return { code: "hashtag-camel-case", severity: "hint", message: both("hashtag-camel-case", { tag: excerpt(tag) }), location, suggestion: { message: both("suggest-camel-case") } };
}

