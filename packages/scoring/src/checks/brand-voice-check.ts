import { defineCheck, type BrandVoice, type CheckContext, type FindingInput, type FindingInputLocation, type LocalizedText } from "@kommune-sm/core";
import { both } from "../scoring-messages.js";
import { at, postTexts, type PostText } from "./post-texts.js";
import { excerpt } from "../text/message-excerpt.js";

/** The brand voices of the strategies in force, as one: every word to avoid, every required hashtag, the first signature (or undefined). */
function voiceOf(context: CheckContext): { avoid: BrandVoice["wordsToAvoid"]; hashtags: readonly string[]; signature: string | undefined } {
  const { strategies } = context;
  // One strategy, the usual case: its lists as they are, not copied for every post.
  if (strategies.length === 1) {
    const voice = strategies[0]!.brandVoice;
    const required = voice.requiredHashtags ?? [];
    return { avoid: voice.wordsToAvoid, hashtags: required.length <= 1 ? required : [...new Set(required)], signature: voice.signature || undefined };
  }
  const voices = strategies.map((s) => s.brandVoice);
  const signature = voices.find((v) => v.signature)?.signature;
  return { avoid: voices.flatMap((v) => v.wordsToAvoid), hashtags: [...new Set(voices.flatMap((v) => v.requiredHashtags ?? []))], signature: signature || undefined };
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

// One pattern per list of words, kept: a strategy's list changes rarely, and
// it may hold a thousand words that would otherwise be compiled for every post.
// Bounded, since the lists come from every tenant of a process. The key is
// the whole list, replacements included and unambiguous (JSON): two tenants
// that avoid the same word with different replacements share nothing.
const patterns = new Map<string, CompiledAvoidList>();

type CompiledAvoidList = {
  /** The words as one pattern: at the start of a word, in any case (Unicode's case folding). */
  pattern: RegExp;
  /** The same pattern for a list of Latin-1 words, without Unicode property classes (see {@link fastPattern}), or undefined. */
  fast: RegExp | undefined;
  byWord: Map<string, BrandVoice["wordsToAvoid"][number]>;
  /** The pattern's words in its order, each with its entry; for {@link entryOf}. */
  forms: readonly { readonly form: string; readonly entry: BrandVoice["wordsToAvoid"][number] }[];
  /** Each of {@link forms} as a pattern of the whole match, made on first need. */
  wholeForms?: readonly { readonly whole: RegExp; readonly entry: BrandVoice["wordsToAvoid"][number] }[];
};

// The list of the last call, word by word and replacement by replacement,
// and what it compiled to: the next post is mostly checked against the same
// list, which a comparison of its entries tells without the JSON key (a
// tenth of the check). The entries are compared, not the list's identity, so
// that a list changed in place is compiled anew.
let lastList: { words: (string | undefined)[]; compiled: CompiledAvoidList } | undefined;

function sameList(avoid: BrandVoice["wordsToAvoid"], words: readonly (string | undefined)[]): boolean {
  if (words.length !== avoid.length * 2) return false;
  for (let index = 0; index < avoid.length; index++) {
    const entry = avoid[index]!;
    if (entry.word !== words[2 * index] || entry.instead !== words[2 * index + 1]) return false;
  }
  return true;
}

function patternFor(avoid: BrandVoice["wordsToAvoid"]): CompiledAvoidList {
  if (lastList !== undefined && sameList(avoid, lastList.words)) return lastList.compiled;
  const key = JSON.stringify(avoid.map((a) => [a.word, a.instead ?? null]));
  let known = patterns.get(key);
  if (!known) {
    const byWord = new Map<string, BrandVoice["wordsToAvoid"][number]>();
    const forms = new Map<string, BrandVoice["wordsToAvoid"][number]>();
    for (const entry of avoid) {
      const written = entry.word.trim();
      if (!written) continue;
      const lower = written.toLocaleLowerCase("de");
      const kept = byWord.get(lower) ?? entry;
      byWord.set(lower, kept);
      if (!forms.has(lower)) forms.set(lower, kept);
      // The pattern ignores case by Unicode's case folding, which does not
      // take every word for its lower case: "İnfo" lowers to "i̇nfo" (with
      // a combining dot), which a text that writes "İnfo" does not hold. Such
      // a word is looked for as written too.
      if (!forms.has(written) && !new RegExp(`^(?:${escape(lower)})$`, "iu").test(written)) forms.set(written, kept);
    }
    const ordered = [...forms].map(([form, entry]) => ({ form, entry })).sort((a, b) => b.form.length - a.form.length);
    const words = ordered.map(({ form }) => form);
    known = { pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escape).join("|")})`, "giu"), fast: fastPattern(words), byWord, forms: ordered };
    if (patterns.size >= 256) patterns.clear();
    patterns.set(key, known);
  }
  lastList = { words: avoid.flatMap((a) => [a.word, a.instead]), compiled: known };
  return known;
}

// The fast path. The pattern above, with Unicode property classes, a
// look-behind and the case folding of the u and i flags, was a quarter of
// the check. For words of Latin-1 characters, the usual list, the same
// matches come from a plain pattern: each character as the class of those
// it folds together with (the two cases, and the few characters beyond
// Latin-1 that fold into it), and the look-behind checked in code. The
// property test in brand-voice-check.property.test.ts holds the two to the
// same findings on any text, and checks the classes against all of Unicode.

/** @internal Characters beyond Latin-1 that Unicode's simple case folding takes to a Latin-1 character, by the lower case of that character. */
export const FOLDS_INTO_LATIN1: Readonly<Record<string, string>> = { s: "\u017F", "\u00FF": "\u0178", "\u00B5": "\u039C\u03BC", "\u00DF": "\u1E9E", k: "\u212A", "\u00E5": "\u212B" };

const hex = (code: number) => `\\u${code.toString(16).padStart(4, "0")}`;

/** The class of the characters that a case-insensitive Unicode pattern takes for the Latin-1 character `character`. */
function foldClass(character: string): string {
  const lower = character.toLowerCase();
  let members = "";
  for (let code = 0; code < 0x100; code++) if (String.fromCharCode(code).toLowerCase() === lower) members += hex(code);
  for (const extra of FOLDS_INTO_LATIN1[lower] ?? "") members += hex(extra.charCodeAt(0));
  return `[${members}]`;
}

/** {@link foldClass} of each Latin-1 character, made when first asked. */
const FOLD_CLASSES: (string | undefined)[] = [];
const foldClassOf = (code: number) => (FOLD_CLASSES[code] ??= foldClass(String.fromCharCode(code)));

/** The words as a pattern without the u flag, where every word is of Latin-1 characters; else undefined. */
function fastPattern(words: readonly string[]): RegExp | undefined {
  if (words.length === 0 || !words.every((word) => /^[\u0000-\u00ff]+$/.test(word))) return undefined;
  return new RegExp(words.map((word) => [...word].map((character) => foldClassOf(character.charCodeAt(0))).join("")).join("|"), "g");
}

// Letters and numbers of Latin-1 (what [\p{L}\p{N}] says of U+0000–U+00FF).
const LATIN1_LETTER_OR_NUMBER = new Uint8Array(0x100);
for (let code = 0; code < 0x100; code++) LATIN1_LETTER_OR_NUMBER[code] = /[\p{L}\p{N}]/u.test(String.fromCharCode(code)) ? 1 : 0;
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

/** Is the code point that ends before `index` a letter or a number, as the look-behind `(?<![\p{L}\p{N}])` of a Unicode pattern sees it? */
function letterOrNumberBefore(text: string, index: number): boolean {
  const code = text.charCodeAt(index - 1);
  if (code < 0x100) return LATIN1_LETTER_OR_NUMBER[code] === 1;
  if (code >= 0xdc00 && code <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return LETTER_OR_NUMBER.test(text.slice(index - 2, index));
  }
  return LETTER_OR_NUMBER.test(text[index - 1]!);
}

/** The matches of `compiled` in `text`: where each starts, and what it matched. */
function forEachMatch(text: string, compiled: CompiledAvoidList, found: (index: number, matched: string) => void): void {
  const fast = compiled.fast;
  if (fast === undefined) {
    for (const match of text.matchAll(compiled.pattern)) found(match.index, match[0]);
    return;
  }
  fast.lastIndex = 0;
  for (let match = fast.exec(text); match !== null; match = fast.exec(text)) {
    // After a letter or a number no word starts there: the pattern goes on from the next character, as the look-behind would have it.
    if (match.index > 0 && letterOrNumberBefore(text, match.index)) {
      fast.lastIndex = match.index + 1;
      continue;
    }
    found(match.index, match[0]);
  }
}

/** @internal The general and the fast reading of a list of words to avoid, for the property test that holds them to the same. */
export function avoidMatchesForTest(text: string, words: readonly string[], fast: boolean): [number, string][] {
  const compiled = patternFor(words.map((word) => ({ word })));
  const found: [number, string][] = [];
  if (compiled.byWord.size === 0) return found;
  forEachMatch(text, fast ? compiled : { ...compiled, fast: undefined }, (index, matched) => found.push([index, matched]));
  return found;
}

/** Words to avoid, found at the start of a word (so inflected forms count: "Antragsteller", "Antragstellers"), in any case. */
function avoidedWords(texts: readonly PostText[], avoid: BrandVoice["wordsToAvoid"], findings: FindingInput[]): void {
  if (avoid.length === 0) return;
  const compiled = patternFor(avoid);
  const { byWord } = compiled;
  if (byWord.size === 0) return;
  for (const { text, location } of texts) {
    forEachMatch(text, compiled, (index, matched) => findings.push(avoidWord(entryOf(compiled, matched)?.instead, matched, at(location, index, index + matched.length))));
  }
}

/**
 * The entry of the list that `matched` (a match of the list's pattern) is a
 * form of. Mostly the one of its lower case; but the pattern's case folding
 * takes together what lowering does not ("Beſcheid" is a "Bescheid", whose
 * replacement it must be given), and then the first of the pattern's words
 * that the match is a form of is the one it matched.
 */
function entryOf(compiled: CompiledAvoidList, matched: string): BrandVoice["wordsToAvoid"][number] | undefined {
  const direct = compiled.byWord.get(matched.toLocaleLowerCase("de"));
  if (direct !== undefined) return direct;
  compiled.wholeForms ??= compiled.forms.map(({ form, entry }) => ({ whole: new RegExp(`^(?:${escape(form)})$`, "iu"), entry }));
  for (const { whole, entry } of compiled.wholeForms) if (whole.test(matched)) return entry;
  return undefined;
}

function avoidWord(instead: string | undefined, matched: string, location: FindingInputLocation): FindingInput {
  return instead
    ? { code: "avoid-word", severity: "warning", message: both("avoid-word-instead", { word: excerpt(matched), instead }), location, suggestion: { message: both("suggest-instead", { instead }), replacement: instead } }
    : { code: "avoid-word", severity: "warning", message: both("avoid-word", { word: excerpt(matched) }), location };
}

/** Does the (lower-case) text carry `#tag` as a whole hashtag? */
function hasHashtag(lowerText: string, tag: string): boolean {
  const needle = `#${tag}`;
  for (let at = lowerText.indexOf(needle); at !== -1; at = lowerText.indexOf(needle, at + 1)) {
    const next = lowerText[at + needle.length];
    if (next === undefined || !/[\p{L}\p{N}_]/u.test(next)) return true;
  }
  return false;
}

// Latin-1 lower case, and the characters of Latin-1 that continue a hashtag ([\p{L}\p{N}_]).
const LATIN1_LOWER = new Uint8Array(0x100);
const LATIN1_HASHTAG_CHARACTER = new Uint8Array(0x100);
for (let code = 0; code < 0x100; code++) {
  LATIN1_LOWER[code] = String.fromCharCode(code).toLowerCase().charCodeAt(0);
  LATIN1_HASHTAG_CHARACTER[code] = /[\p{L}\p{N}_]/u.test(String.fromCharCode(code)) ? 1 : 0;
}

/**
 * {@link hasHashtag} of `text.toLowerCase()`, read at each "#" of the text
 * itself, without lowering all of it (a sixth of the check): where the
 * characters after a "#" are Latin-1, their lower case is the table's, one
 * for one. Undefined where a character beyond Latin-1 stands in the way:
 * its lower case may be longer, or a letter.
 */
function carriesHashtagLatin1(text: string, lowerTag: string): boolean | undefined {
  const length = lowerTag.length;
  for (let at = text.indexOf("#"); at !== -1; at = text.indexOf("#", at + 1)) {
    let k = 0;
    for (; k < length; k++) {
      const code = text.charCodeAt(at + 1 + k);
      if (code >= 0x100) return undefined;
      // Past the end, code is NaN: no tag there.
      if (LATIN1_LOWER[code] !== lowerTag.charCodeAt(k)) break;
    }
    if (k < length) continue;
    const next = text.charCodeAt(at + 1 + length);
    // The end of the text, or half of a surrogate pair (which alone is no letter to a Unicode pattern, nor is the half of its lower case).
    if (Number.isNaN(next) || (next >= 0xd800 && next <= 0xdfff)) return true;
    if (next >= 0x100) return undefined;
    if (LATIN1_HASHTAG_CHARACTER[next] === 0) return true;
  }
  return false;
}

/** @internal Does the text carry `#tag` as a whole hashtag, in any case? The fast reading where it can tell, else the general one. */
export function carriesHashtag(text: string, lowerTag: string, fast = true): boolean {
  return (fast ? carriesHashtagLatin1(text, lowerTag) : undefined) ?? hasHashtag(text.toLowerCase(), lowerTag);
}

/** Is `lowerTag` in the post's list of hashtags, in any case? */
function listsHashtag(hashtags: readonly string[], lowerTag: string): boolean {
  for (const tag of hashtags) if (tag.toLowerCase() === lowerTag) return true;
  return false;
}

// A required hashtag in lower case and the messages of a post without it,
// by tag: a strategy's tags change rarely, and every post without one gets
// the same two messages. Bounded, since the tags come from every tenant of
// a process.
const requiredTags = new Map<string, { readonly lower: string; readonly message: LocalizedText; readonly advice: LocalizedText }>();

function requiredTag(tag: string): { readonly lower: string; readonly message: LocalizedText; readonly advice: LocalizedText } {
  let known = requiredTags.get(tag);
  if (!known) {
    known = { lower: tag.toLowerCase(), message: both("required-hashtag", { tag }), advice: both("suggest-add-hashtag", { tag }) };
    if (requiredTags.size >= 256) requiredTags.clear();
    requiredTags.set(tag, known);
  }
  return known;
}

/** The finding of a post without the required hashtag: objects of its own each time, since a caller may change what it was given. */
function requiredHashtag(message: LocalizedText, advice: LocalizedText): FindingInput {
  return { code: "required-hashtag", severity: "warning", message: { de: message.de, en: message.en }, suggestion: { message: { de: advice.de, en: advice.en } } };
}

/**
 * The organisation's brand voice (from its strategy): words it avoids, with
 * what to say instead; hashtags every post carries. Replies: the same
 * words, and the signature a reply ends with.
 */
export function brandVoiceCheck() {
  return defineCheck({
    id: "brand-voice",
    target: "post",
    languages: ["*"],
    title: { de: "Markenstimme", en: "Brand voice" },
    run: ({ post }, context) => {
      const voice = voiceOf(context);
      const findings: FindingInput[] = [];
      avoidedWords(postTexts(post, { contentWarnings: false }), voice.avoid, findings);
      for (const tag of voice.hashtags) {
        const { lower, message, advice } = requiredTag(tag);
        if (!listsHashtag(post.hashtags, lower) && !carriesHashtag(post.text, lower)) findings.push(requiredHashtag(message, advice));
      }
      return findings;
    },
  });
}

/** {@link brandVoiceCheck} for replies: words to avoid, and the signature at the end. */
export function replyBrandVoiceCheck() {
  return defineCheck({
    id: "brand-voice.reply",
    target: "reply",
    languages: ["*"],
    title: { de: "Markenstimme (Antworten)", en: "Brand voice (replies)" },
    run: ({ text }, context) => {
      const voice = voiceOf(context);
      const findings: FindingInput[] = [];
      avoidedWords([{ text, location: { field: "text" } }], voice.avoid, findings);
      if (voice.signature && !text.trimEnd().endsWith(voice.signature.trim())) {
        findings.push({ code: "signature-missing", severity: "hint", message: both("signature-missing", { signature: voice.signature }), suggestion: { message: both("suggest-add-signature") } });
      }
      return findings;
    },
  });
}
