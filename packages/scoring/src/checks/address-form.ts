import { DU_FORMS, DU_HINTS, IHR_VERB_FORMS, SIE_FORMS, SIE_HINTS } from "../lexicons/index.js";
import { isLetterCodePoint } from "../text/letter-words.js";

/** One place where a text addresses its readers. */
export interface AddressUse {
  readonly form: "sie" | "du";
  readonly start: number;
  readonly end: number;
  readonly word: string;
}

const DU = new Set(DU_FORMS.filter((f) => f !== "ihr"));
const IHR_VERBS = new Set(IHR_VERB_FORMS);

/** A hint phrase as words: compared lower case, except "Sie" and "Ihnen", which are compared as written. */
interface CompiledHint {
  readonly words: readonly { readonly text: string; readonly exact: boolean }[];
  readonly form: "sie" | "du";
  readonly atSentenceStart: boolean;
}

// Hints by their first word (lower case): each text is read word by word,
// instead of through one pattern of alternatives with look-behinds, which
// cost more than every other check together.
function compileHints(): Map<string, CompiledHint[]> {
  const byFirst = new Map<string, CompiledHint[]>();
  for (const [hints, form] of [[SIE_HINTS, "sie"], [DU_HINTS, "du"]] as const) {
    for (const hint of hints) {
      const words = hint.phrase.split(" ").map((word) => (form === "sie" && (word === "Sie" || word === "Ihnen") ? { text: word, exact: true } : { text: word.toLowerCase(), exact: false }));
      const compiled = { words, form, atSentenceStart: hint.atSentenceStart === true };
      const key = words[0]!.exact ? words[0]!.text.toLowerCase() : words[0]!.text;
      const list = byFirst.get(key);
      if (list) list.push(compiled);
      else byFirst.set(key, [compiled]);
    }
  }
  return byFirst;
}

const HINTS = compileHints();

/**
 * Does a sentence start right before `index` (only space before it since
 * `.`, `!`, `?`, `:`, a line, an emoji or the start)? Code units compared
 * as numbers: a pattern tested on each of them cost a tenth of the check.
 */
function atSentenceStart(text: string, index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    // Space, quotation marks, an opening bracket, a variation selector or a joiner of an emoji.
    if (c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x22 || c === 0x201e || c === 0x28 || c === 0xfe0f || c === 0x200d) continue;
    // In a post an emoji often stands where a full stop would ("Der Markt ist eröffnet 🎄 Kommt vorbei!").
    if ((c >= 0xd800 && c <= 0xdfff) || (c >= 0x2600 && c <= 0x27bf)) return true;
    // . ! ? : a line, an en or em dash
    return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3a || c === 0x0a || c === 0x2013 || c === 0x2014;
  }
  return true;
}

const NOT_A_VERB = /(?:keit|heit|schaft|nicht|jetzt|erst|sonst|selbst|meist|fast|oft|bald)$/;

// Letters of Latin-1 (what \p{L} says of U+0000–U+00FF), and their lower
// case: most German text is made of nothing else, and a table spares asking
// about each code unit.
const LATIN1_LETTER = new Uint8Array(0x100);
const LATIN1_LOWER = new Uint8Array(0x100);
for (let code = 0; code < 0x100; code++) {
  LATIN1_LETTER[code] = isLetterCodePoint(code) ? 1 : 0;
  LATIN1_LOWER[code] = String.fromCharCode(code).toLowerCase().charCodeAt(0);
}

/** @internal The lower-case words that a form or a hint begins with: no other word of a text matters. */
export const LISTED_WORDS: readonly string[] = [...new Set([...SIE_FORMS.map((form) => form.toLowerCase()), "bitte", ...DU_FORMS, ...HINTS.keys()])];

// Reading each word of a text for a listed one: a number made of its
// lower-case letters (length, first two, last), looked up in a table of
// 65,536 flags, spares making a string of each. Only a word whose flag is
// set (every listed word's is, and a few others share one), or that holds
// a letter beyond Latin-1, is looked at as a string.
const LISTED = new Uint8Array(0x10000);
for (const word of LISTED_WORDS) LISTED[wordHash(word.length, word.charCodeAt(0), word.length > 1 ? word.charCodeAt(1) : 0, word.charCodeAt(word.length - 1))] = 1;
const LONGEST_LISTED = Math.max(...LISTED_WORDS.map((word) => word.length));

/** A number below 65,536 for a lower-case word of `length` code units with the given first, second and last code units. */
function wordHash(length: number, first: number, second: number, last: number): number {
  return Math.imul((length << 24) ^ (first << 16) ^ (second << 8) ^ last, 0x9e3779b1) >>> 16;
}

// The listed words by their number (see wordHash), and the polite forms by their lower case.
const LISTED_BY_HASH = new Map<number, string[]>();
for (const word of LISTED_WORDS) {
  const hash = wordHash(word.length, word.charCodeAt(0), word.length > 1 ? word.charCodeAt(1) : 0, word.charCodeAt(word.length - 1));
  const bucket = LISTED_BY_HASH.get(hash);
  if (bucket) bucket.push(word);
  else LISTED_BY_HASH.set(hash, [word]);
}
const LISTED_SET: ReadonlySet<string> = new Set(LISTED_WORDS);
const SIE_BY_LOWER = new Map(SIE_FORMS.map((form) => [form.toLowerCase(), form]));

/**
 * The listed word that `text.slice(start, end).toLowerCase()` is, or
 * undefined. Read in place for a word of Latin-1 letters: a candidate costs
 * no string unless it is used.
 */
function listedWordAt(text: string, start: number, end: number): string | undefined {
  const length = end - start;
  let latin1 = true;
  for (let index = start; index < end && latin1; index++) latin1 = text.charCodeAt(index) < 0x100;
  if (!latin1) {
    const lower = text.slice(start, end).toLowerCase();
    return LISTED_SET.has(lower) ? lower : undefined;
  }
  if (length > LONGEST_LISTED) return undefined;
  const bucket = LISTED_BY_HASH.get(wordHash(length, LATIN1_LOWER[text.charCodeAt(start)]!, length > 1 ? LATIN1_LOWER[text.charCodeAt(start + 1)]! : 0, LATIN1_LOWER[text.charCodeAt(end - 1)]!));
  if (bucket !== undefined) for (const word of bucket) if (lowerEquals(text, start, end, word)) return word;
  return undefined;
}

/** May the word `text.slice(start, end)`, of Latin-1 letters only, be listed? False only where its lower case is none of the words. */
function mayBeListed(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length > LONGEST_LISTED) return false;
  const first = LATIN1_LOWER[text.charCodeAt(start)]!;
  const second = length > 1 ? LATIN1_LOWER[text.charCodeAt(start + 1)]! : 0;
  return LISTED[wordHash(length, first, second, LATIN1_LOWER[text.charCodeAt(end - 1)]!)] === 1;
}

/** Is the code point at `index` a letter? Its size in code units (1 or 2) when it is, else 0. */
function letterAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 0x100) return LATIN1_LETTER[code]!;
  if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
    const low = text.charCodeAt(index + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return isLetterCodePoint(((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000) ? 2 : 0;
  }
  return isLetterCodePoint(code) ? 1 : 0;
}

/** Where the run of letters that starts at `start` ends. */
function wordEnd(text: string, start: number): number {
  let index = start;
  while (index < text.length) {
    const size = letterAt(text, index);
    if (size === 0) break;
    index += size;
  }
  return index;
}

// The places of the word found last by nextWord or previousWord: kept
// here, not in an object made for each look-up.
let foundStart = -1;
let foundEnd = -1;

/** The first word (run of letters) at or after `from`: true and its place in foundStart/foundEnd, or false. */
function nextWord(text: string, from: number): boolean {
  for (let index = from; index < text.length; ) {
    const size = letterAt(text, index);
    if (size > 0) {
      foundStart = index;
      foundEnd = wordEnd(text, index);
      return true;
    }
    index += sizeAt(text, index);
  }
  return false;
}

/** Is the code point that ends before `end` a letter? Its size in code units when it is, else 0 (a code point of any size that is not one: -1 or -2). */
function letterBefore(text: string, end: number): number {
  const code = text.charCodeAt(end - 1);
  if (code >= 0xdc00 && code <= 0xdfff && end >= 2) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return isLetterCodePoint(((high - 0xd800) << 10) + (code - 0xdc00) + 0x10000) ? 2 : -2;
  }
  if (code < 0x100) return LATIN1_LETTER[code] === 1 ? 1 : -1;
  return isLetterCodePoint(code) ? 1 : -1;
}

/** The last word (run of letters) that ends at or before `before`: true and its place in foundStart/foundEnd, or false. */
function previousWord(text: string, before: number): boolean {
  let index = before;
  while (index > 0) {
    const size = letterBefore(text, index);
    if (size > 0) break;
    index += size;
  }
  if (index <= 0) return false;
  foundEnd = index;
  while (index > 0) {
    const size = letterBefore(text, index);
    if (size < 0) break;
    index -= size;
  }
  foundStart = index;
  return true;
}

/** The next word after the one that ends at `end`, lower case, or "" where there is none. */
function nextLower(text: string, end: number): string {
  return nextWord(text, end) ? text.slice(foundStart, foundEnd).toLowerCase() : "";
}

/** The word before the one that starts at `start`, lower case, or "" where there is none. */
function previousLower(text: string, start: number): string {
  return previousWord(text, start) ? text.slice(foundStart, foundEnd).toLowerCase() : "";
}

/** Only spaces, tabs and no-break spaces from `from` on, at least one, and then a letter: where the next word starts right after space, or -1. */
function nextAfterSpace(text: string, from: number): number {
  let index = from;
  for (; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code !== 0x20 && code !== 0x09 && code !== 0xa0) break;
  }
  return index > from && index < text.length && letterAt(text, index) > 0 ? index : -1;
}

/**
 * "Bitte" followed by a lower-case word in -t: the imperative of the familiar
 * plural ("Bitte fahrt über Oberdorf", "bitte badet nur an den bewachten
 * Stellen"). Nouns are capitalised in German, so a lower-case word there is
 * a verb; the polite form would be "Bitte fahren Sie". True with the verb's
 * place in foundStart/foundEnd.
 */
function isPleaseImperative(text: string, lower: string, end: number): boolean {
  if (lower !== "bitte" || !nextWord(text, end)) return false;
  const next = text.slice(foundStart, foundEnd);
  return next.length >= 4 && next === next.toLowerCase() && next.endsWith("t") && !NOT_A_VERB.test(next);
}

function overlapsAny(uses: readonly AddressUse[], start: number, end: number): boolean {
  for (const use of uses) if (use.start < end && start < use.end) return true;
  return false;
}

/** A use of a single word, or of a phrase: the object made in one go, with its keys in one order. */
function use(form: "sie" | "du", start: number, end: number, word: string): AddressUse {
  return { form, start, end, word };
}

/** The size of the code point at `index`: 2 for a surrogate pair, else 1. */
function sizeAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff && index + 1 < text.length && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

/**
 * The words of `text` that may be one of the forms or the first word of a
 * hint, in order, in one pass over its code units: their starts and ends
 * in turn (`[start, end, start, end, …]`), or `undefined` for none. Words
 * are runs of letters, as `/\p{L}+/gu` finds them; those of Latin-1 letters,
 * nearly all of a German text, are read by the tables above. Every listed
 * word is among them, and a few others.
 */
function candidatesByScan(text: string): number[] | undefined {
  let candidates: number[] | undefined;
  const length = text.length;
  let index = 0;
  while (index < length) {
    let code = text.charCodeAt(index);
    // Up to the next word.
    if (code < 0x100 ? LATIN1_LETTER[code] === 0 : letterAt(text, index) === 0) {
      index += code < 0xd800 ? 1 : sizeAt(text, index);
      continue;
    }
    const start = index;
    // Whether the word holds a letter beyond Latin-1: its lower case is then not told by the table.
    let beyondLatin1 = false;
    while (index < length) {
      code = text.charCodeAt(index);
      if (code < 0x100) {
        if (LATIN1_LETTER[code] === 0) break;
        index++;
      } else {
        const size = letterAt(text, index);
        if (size === 0) break;
        beyondLatin1 = true;
        index += size;
      }
    }
    if (beyondLatin1 || mayBeListed(text, start, index)) (candidates ??= []).push(start, index);
  }
  return candidates;
}

/** The pattern source of `words` as a tree of their common beginnings ("ihr(?:e(?:m|n|r|s)?)?"): tried at a place, it takes the longest word there. */
function treeSource(words: readonly string[]): string {
  interface Node {
    end: boolean;
    readonly next: Map<string, Node>;
  }
  const root: Node = { end: false, next: new Map() };
  for (const word of words) {
    let node = root;
    for (const letter of word) {
      let child = node.next.get(letter);
      if (!child) node.next.set(letter, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const source = (node: Node): string => {
    const branches = [...node.next].map(([letter, child]) => letter.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&") + source(child));
    if (branches.length === 0) return "";
    const choice = branches.length === 1 ? branches[0]! : `(?:${branches.join("|")})`;
    // Greedy: the longer word first, the word that ends here when no longer one fits.
    return node.end ? `(?:${choice})?` : choice;
  };
  return source(root);
}

// The fast path. Irregexp finds the listed words in a text at half the cost
// of reading its words one by one in JavaScript (about 0.25 against 0.55 µs
// a post): a pattern of them as a tree, ignoring case, each after a
// character that is no ASCII letter (or at the start), then checked to be a
// whole word. It is the same as the scan because
// - every listed word begins with an ASCII letter and holds Latin-1 letters
//   only, where the pattern's case-insensitive comparison (without the u
//   flag) is that of toLowerCase, and no character beyond Latin-1 matches
//   one of them (address-form.property.test.ts checks all of Unicode);
// - a word with a letter beyond Latin-1 can lower to a listed one only
//   through one of LOWERS_INTO_LATIN1 (K, Å, ẞ, Ÿ): a text with one of
//   those is scanned.
const FAST_PATH_HOLDS = LISTED_WORDS.every((word) => /^[a-z][a-z\u00df-\u00f6\u00f8-\u00fe]*$/.test(word));
const LISTED_PATTERN = new RegExp(`(?:^|[^A-Za-z])${treeSource(LISTED_WORDS)}`, "gi");

/** @internal Letters beyond Latin-1 whose lower case is a Latin-1 letter (the Kelvin sign, the Ångström sign, capital sharp s, Y with diaeresis). */
export const LOWERS_INTO_LATIN1 = "\u212A\u212B\u1E9E\u0178";

// Of those, the ones whose lower case is in a listed word (K and ẞ): a word
// without them lowers to no listed word. Searches for a character are native
// and cheap; the same characters as an alternative of the pattern made it
// half as slow again.
const LOWERING_INTO_LISTED = [...LOWERS_INTO_LATIN1].filter((letter) => LISTED_WORDS.some((word) => word.includes(letter.toLowerCase())));

function holdsLetterLoweringIntoLatin1(text: string): boolean {
  for (const letter of LOWERING_INTO_LISTED) if (text.includes(letter)) return true;
  return false;
}

/**
 * The listed words of `text` as the pattern finds them (and a few other
 * words): starts and ends in turn, or `undefined` for none. By test, not
 * exec: no array and string for each match. Where a match ends tells the
 * rest: the word is the run of Latin-1 letters that ends there, taken where
 * no letter stands before or after it.
 */
function candidatesByPattern(text: string): number[] | undefined {
  let candidates: number[] | undefined;
  const pattern = LISTED_PATTERN;
  pattern.lastIndex = 0;
  while (pattern.test(text)) {
    const end = pattern.lastIndex;
    let start = end - 1;
    while (start > 0 && LATIN1_LETTER[text.charCodeAt(start - 1)] === 1) start--;
    if ((start > 0 && letterBefore(text, start) > 0) || (end < text.length && letterAt(text, end) > 0)) continue;
    (candidates ??= []).push(start, end);
  }
  return candidates;
}

/** The words of `text` that may be listed, by the pattern where that is the same, else by the scan. */
function candidateWords(text: string): number[] | undefined {
  return FAST_PATH_HOLDS && !holdsLetterLoweringIntoLatin1(text) ? candidatesByPattern(text) : candidatesByScan(text);
}

/** @internal Both ways of finding the words that may be listed, for the property test that holds them to the same. */
export const CANDIDATE_WORDS = { byScan: candidatesByScan, chosen: candidateWords } as const;

/**
 * Is `text.slice(start, end).toLowerCase()` the lower-case `word`? Read in
 * place, without making either string, where the text's letters are
 * Latin-1 (whose lower case is one code unit each, told by the table).
 */
function lowerEquals(text: string, start: number, end: number, word: string): boolean {
  if (end - start === word.length) {
    let index = start;
    for (; index < end; index++) {
      const code = text.charCodeAt(index);
      if (code >= 0x100) break;
      if (LATIN1_LOWER[code] !== word.charCodeAt(index - start)) return false;
    }
    if (index === end) return true;
  }
  return text.slice(start, end).toLowerCase() === word;
}

/** Does the hint fit the words from `text.slice(start, end)` (whose lower case is the hint's first word) on? The end of its last word, or -1. */
function hintEnd(text: string, hint: CompiledHint, start: number, end: number): number {
  const first = hint.words[0]!;
  if (first.exact && (end - start !== first.text.length || !text.startsWith(first.text, start))) return -1;
  let last = end;
  for (let k = 1; k < hint.words.length; k++) {
    const next = nextAfterSpace(text, last);
    if (next < 0) return -1;
    last = wordEnd(text, next);
    const want = hint.words[k]!;
    if (want.exact ? last - next !== want.text.length || !text.startsWith(want.text, next) : !lowerEquals(text, next, last, want.text)) return -1;
  }
  return last;
}

const byStart = (a: AddressUse, b: AddressUse) => a.start - b.start;

function usesSie(uses: readonly AddressUse[]): boolean {
  for (const use of uses) if (use.form === "sie") return true;
  return false;
}

/**
 * Where a German text addresses its readers as "Sie" or as "du"/"ihr".
 * Capitalised "Sie", "Ihr" … count inside a sentence (at its start they may
 * be "they" or "her"); a sentence-initial one counts when the rest of the
 * text addresses people as "Sie" too. "ihr" counts only next to a verb form
 * of the second person plural ("ihr seid", "könnt ihr"). Hints such as
 * "melden Sie sich" or "meldet euch" count wherever they stand, imperatives
 * like "Schaut vorbei" only at a sentence start.
 */
export function addressUses(text: string): AddressUse[] {
  const uses: AddressUse[] = [];
  const candidates = candidateWords(text);
  if (candidates === undefined) return uses;
  let pendingSie: AddressUse[] | undefined;
  // The listed word each candidate is (in lower case), or undefined: read once for both passes.
  const listed: (string | undefined)[] = [];
  for (let at = 0; at < candidates.length; at += 2) {
    const start = candidates[at]!;
    const end = candidates[at + 1]!;
    const lower = listedWordAt(text, start, end);
    listed.push(lower);
    if (lower === undefined) continue;
    const form = SIE_BY_LOWER.get(lower);
    if (form !== undefined && end - start === form.length && text.startsWith(form, start)) {
      if (!atSentenceStart(text, start)) uses.push(use("sie", start, end, form));
      else if (form !== "Ihr" || !IHR_VERBS.has(nextLower(text, end))) (pendingSie ??= []).push(use("sie", start, end, form));
      else uses.push(use("du", start, end, form));
      continue;
    }
    if (isPleaseImperative(text, lower, end)) {
      uses.push(use("du", start, foundEnd, `${text.slice(start, end)} ${text.slice(foundStart, foundEnd)}`));
      continue;
    }
    if (DU.has(lower)) uses.push(use("du", start, end, text.slice(start, end)));
    else if (lower === "ihr" && (IHR_VERBS.has(nextLower(text, end)) || IHR_VERBS.has(previousLower(text, start)))) uses.push(use("du", start, end, text.slice(start, end)));
  }
  for (let at = 0; at < candidates.length; at += 2) {
    const lower = listed[at >> 1];
    const hints = lower === undefined ? undefined : HINTS.get(lower);
    if (!hints) continue;
    const start = candidates[at]!;
    const end = candidates[at + 1]!;
    for (const hint of hints) {
      const last = hintEnd(text, hint, start, end);
      if (last < 0 || (hint.atSentenceStart && !atSentenceStart(text, start))) continue;
      if (!overlapsAny(uses, start, last)) uses.push(use(hint.form, start, last, text.slice(start, last)));
    }
  }
  if (uses.length === 0) return uses;
  // A sentence-initial "Sie" is polite address when the text addresses people so elsewhere.
  if (pendingSie !== undefined && usesSie(uses)) for (const pending of pendingSie) if (!overlapsAny(uses, pending.start, pending.end)) uses.push(pending);
  return uses.sort(byStart);
}
