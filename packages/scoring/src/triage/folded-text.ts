import { foldForLexicon } from "../lexicons/index.js";
import { codePointAt, isPictographic } from "../text/emoji.js";

/**
 * A text in lexicon form (see `foldForLexicon`) that can tell, for every
 * character, the stretch of the original text it came from: "Grüße" folds
 * to "gruesse", and both "u" and "e" of "ue" point back at "ü". Evidence
 * found in the folded text is reported in the original's offsets.
 *
 * Most characters keep their offset (lower case has the same length), so
 * only the pieces whose length changed are recorded, as `segments`: four
 * numbers each, folded start, folded length, original start, original
 * length, in order. An invisible character (a soft hyphen inside a word)
 * is a segment of folded length 0.
 */
export interface FoldedText {
  /** The original text. */
  readonly original: string;
  /** The text in lexicon form. */
  readonly folded: string;
  /** The pieces whose length changed in folding, four numbers each (see above); empty for most texts. */
  readonly segments: readonly number[];
}

const UMLAUT_FOLD: Readonly<Record<number, string>> = { 0xe4: "ae", 0xf6: "oe", 0xfc: "ue", 0xdf: "ss" };
/** Characters that folding may change beyond lower case: the umlauts and ß, the soft hyphen, the IPA letters (small capitals among them), and anything from the combining marks on. */
const SPECIAL = /[äöüß\u00ad\u0250-\u02af\u0300-\uffff]/g;

/*
 * Disguises that leave a word as it was for a reader but split it or change
 * its letters for a machine: a soft hyphen (common in text copied from web
 * pages) or a zero-width character inside "le\u00ADben", fullwidth or
 * mathematical letters ("ｌｅｂｅｎ", "𝐥𝐞𝐛𝐞𝐧"), and Cyrillic or Greek letters
 * that look Latin in a Latin word ("lеben" with a Cyrillic "е"). Triage reads
 * through them; the word lists stay in plain `foldForLexicon` form.
 *
 * Written by hand: Unicode's confusables skeleton (UTS #39, in the
 * `confusables` packages) also folds digits and Latin letters into each
 * other ("1", "I" and "l" become one), which would merge German words, and
 * it would turn Russian or Greek text into Latin look-alikes. Here a look-alike
 * is read as Latin only when a Latin letter stands beside it.
 */
/**
 * Invisible characters: soft hyphen, zero-width space and non-joiner, the
 * marks of writing direction, word joiner, invisible operators, Mongolian
 * vowel separator, byte-order mark. The zero-width joiner too, but after an
 * emoji, where it joins the next one ("👩‍🚒").
 */
const INVISIBLE = new Set([0xad, 0x180e, 0x200b, 0x200c, 0x200e, 0x200f, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xfeff]);
const ZERO_WIDTH_JOINER = 0x200d;
/** Marks that show nothing on a letter: the combining grapheme joiner and the variation selectors (on an emoji they choose its look and stay). */
const EMPTY_MARK_CLASS = "[\\u034f\\ufe00-\\ufe0f\\u{e0100}-\\u{e01ef}]";
const EMPTY_MARKS = new RegExp(EMPTY_MARK_CLASS, "gu");
const ONLY_EMPTY_MARKS = new RegExp(`^${EMPTY_MARK_CLASS}+$`, "u");
const LETTER = /^\p{L}/u;
/** How many invisible characters in a row are passed over to find the letter before a zero-width joiner. */
const INVISIBLE_REACH = 8;
/** Cyrillic and Greek letters, either case, that look like a Latin letter in common fonts. */
const LOOK_ALIKES: ReadonlyMap<number, string> = new Map(
  Object.entries({
    // Cyrillic capitals, then small letters.
    "\u0410": "a", "\u0412": "b", "\u0415": "e", "\u041a": "k", "\u041c": "m", "\u041d": "h", "\u041e": "o", "\u0420": "p", "\u0421": "c", "\u0422": "t", "\u0423": "y", "\u0425": "x", "\u0406": "i", "\u0408": "j", "\u0405": "s",
    "\u0430": "a", "\u0435": "e", "\u043a": "k", "\u043e": "o", "\u0440": "p", "\u0441": "c", "\u0443": "y", "\u0445": "x", "\u0456": "i", "\u0458": "j", "\u0455": "s", "\u0501": "d", "\u04bb": "h", "\u04cf": "l",
    // Greek capitals, then small letters.
    "\u0391": "a", "\u0392": "b", "\u0395": "e", "\u0396": "z", "\u0397": "h", "\u0399": "i", "\u039a": "k", "\u039c": "m", "\u039d": "n", "\u039f": "o", "\u03a1": "p", "\u03a4": "t", "\u03a5": "y", "\u03a7": "x",
    "\u03b1": "a", "\u03b9": "i", "\u03ba": "k", "\u03bd": "v", "\u03bf": "o", "\u03c1": "p", "\u03c5": "u", "\u03c7": "x",
  }).map(([letter, latin]) => [letter.charCodeAt(0), latin]),
);
const LATIN_LETTER = /[a-zA-ZäöüßÄÖÜ]/;

/** The small capitals of the Latin letters ("ᴇs ʙʀᴇɴɴᴛ"; there is none for x): Latin letters in another shape, read as such wherever they stand. */
const SMALL_CAPITALS: ReadonlyMap<number, string> = new Map(
  Object.entries({
    a: 0x1d00, b: 0x0299, c: 0x1d04, d: 0x1d05, e: 0x1d07, f: 0xa730, g: 0x0262, h: 0x029c, i: 0x026a, j: 0x1d0a, k: 0x1d0b, l: 0x029f, m: 0x1d0d,
    n: 0x0274, o: 0x1d0f, p: 0x1d18, q: 0xa7af, r: 0x0280, s: 0xa731, t: 0x1d1b, u: 0x1d1c, v: 0x1d20, w: 0x1d21, y: 0x028f, z: 0x1d22,
  }).map(([latin, code]) => [code, latin]),
);

/**
 * The first code point of each run of enclosed Latin letters a to z that Unicode's compatibility
 * folding (NFKC) does not read as the bare letter: parenthesised "⒜" (NFKC gives "(a)"), and the
 * squared, negative circled and negative squared capitals "🄰", "🅐", "🅰" (NFKC keeps the last two).
 */
const ENCLOSED_RUNS: readonly number[] = [0x249c, 0x1f130, 0x1f150, 0x1f170];

/** The Latin letter a small capital or an enclosed letter at code point `code` stands for, if it is one. */
function plainLetter(code: number): string | undefined {
  const small = SMALL_CAPITALS.get(code);
  if (small !== undefined) return small;
  for (const first of ENCLOSED_RUNS) if (code >= first && code < first + 26) return String.fromCharCode(0x61 + code - first);
  return undefined;
}

/** How many look-alikes and invisible characters in a row are passed over to find a Latin letter: a word's length, so that a long Cyrillic text stays linear. */
const LOOK_ALIKE_REACH = 24;

/** Whether the UTF-16 unit at `index` is part of a Latin letter: plain, fullwidth or mathematical (U+1D400–U+1D7FF, high surrogate U+D835). */
function isLatinAt(original: string, index: number): boolean {
  const code = original.charCodeAt(index);
  if (code === 0xd835) return true;
  if (code >= 0xdc00 && code <= 0xdfff) return original.charCodeAt(index - 1) === 0xd835;
  return LATIN_LETTER.test(original[index]!) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a);
}

/** Whether an invisible character or a zero-width joiner: nothing a reader sees between two letters. */
function hidden(code: number): boolean {
  return INVISIBLE.has(code) || code === ZERO_WIDTH_JOINER;
}

/** Whether a look-alike or an invisible character, passed over when looking for the Latin letters of a word. */
function passedOver(code: number): boolean {
  return LOOK_ALIKES.has(code) || hidden(code);
}

/** Whether a Latin letter stands right before `start` or right at `end` of `original` (a look-alike's neighbours; other look-alikes and invisible characters are passed over). */
function besideLatin(original: string, start: number, end: number): boolean {
  let before = start - 1;
  while (before >= 0 && start - before < LOOK_ALIKE_REACH && passedOver(original.charCodeAt(before))) before--;
  if (before >= 0 && isLatinAt(original, before)) return true;
  let after = end;
  while (after < original.length && after - end < LOOK_ALIKE_REACH && passedOver(original.charCodeAt(after))) after++;
  return after < original.length && isLatinAt(original, after);
}

/** The code point that ends right before `index` (a surrogate pair read whole), or -1 at the start. */
function codePointBefore(original: string, index: number): number {
  if (index <= 0) return -1;
  const low = original.charCodeAt(index - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && index >= 2 && (original.charCodeAt(index - 2) & 0xfc00) === 0xd800;
  return codePointAt(original, pair ? index - 2 : index - 1);
}

/** Whether a letter (of any script) stands before `start`, invisible characters passed over: a variation selector there chooses no look. */
function afterLetter(original: string, start: number): boolean {
  let before = start;
  while (before > 0 && start - before < INVISIBLE_REACH && hidden(original.charCodeAt(before - 1))) before--;
  const code = codePointBefore(original, before);
  return code >= 0 && LETTER.test(String.fromCodePoint(code));
}

/** Whether the zero-width joiner at `start` joins an emoji to the next ("👩‍🚒", "❤️‍🔥", "👩🏽‍🚒"): after a pictograph, U+FE0F, a skin tone or a keycap. */
function joinsEmoji(original: string, start: number): boolean {
  const code = codePointBefore(original, start);
  return code >= 0 && (isPictographic(code) || code === 0xfe0f || (code >= 0x1f3fb && code <= 0x1f3ff) || code === 0x20e3);
}

/**
 * What a disguise in `original` from `start` to `end` (one character with its
 * marks) reads as: "" for an invisible character, the Latin letter for a
 * look-alike beside Latin letters, the plain letters of fullwidth,
 * mathematical, circled, parenthesised and squared letters, small capitals
 * and ligatures. Undefined for anything else.
 */
function undisguised(original: string, start: number, end: number): string | undefined {
  const code = original.charCodeAt(start);
  if (INVISIBLE.has(code)) return "";
  if (code === ZERO_WIDTH_JOINER) return joinsEmoji(original, start) ? undefined : "";
  let cluster = original.slice(start, end);
  // Such marks on their own (a variation selector outside the Basic Multilingual Plane is read as a character of its own).
  if (ONLY_EMPTY_MARKS.test(cluster)) return afterLetter(original, start) ? "" : undefined;
  // A letter with marks that show nothing ("e" + U+FE0F): the letter alone.
  if (end - start > 1 && LETTER.test(cluster)) cluster = cluster.replace(EMPTY_MARKS, "");
  const emptied = cluster.length !== end - start;
  // Small capitals and enclosed letters, alone or with marks ("ᴜ̈"): the letter. Not with U+FE0F, which asks for the emoji
  // ("Blutgruppe 🅰️", "🅿️ am Bahnhof"): emoji keyboards type 🅰️ 🅱️ 🅾️ 🅿️ so, and they stay emoji.
  const first = codePointAt(original, start);
  const letter = plainLetter(first);
  if (letter !== undefined && !cluster.includes("\ufe0f")) return foldForLexicon(letter + cluster.slice(first > 0xffff ? 2 : 1));
  const latin = LOOK_ALIKES.get(code);
  if (latin !== undefined) return cluster.length === 1 && besideLatin(original, start, end) ? latin : emptied ? foldForLexicon(cluster) : undefined;
  // Fullwidth forms, ligatures (ﬀ ﬁ ﬂ ﬅ ﬆ), circled letters, and the mathematical letters (U+1D400–U+1D7FF, high surrogate U+D835).
  if ((code >= 0xff01 && code <= 0xff5e) || (code >= 0xfb00 && code <= 0xfb06) || (code >= 0x24b6 && code <= 0x24e9) || code === 0xd835) {
    return foldForLexicon(cluster.normalize("NFKC"));
  }
  return emptied ? foldForLexicon(cluster) : undefined;
}
const COMBINING_MARK = /\p{M}/u;
const COMBINING_MARKS = /\p{M}+/uy;

/** Dashes, quotes, the ellipsis and other general punctuation: no case, no composition. */
const unchanged = (code: number): boolean => code >= 0x2010 && code <= 0x205f;

/** How many UTF-16 units of combining marks (a decomposed umlaut's dots, an accent) start at `index`. */
function marksAt(text: string, index: number): number {
  if (!(text.charCodeAt(index) >= 0x300)) return 0; // NaN past the end, and everything below U+0300, is no mark
  COMBINING_MARKS.lastIndex = index;
  return COMBINING_MARKS.exec(text)?.[0].length ?? 0;
}

/**
 * Folds `text`: each character, with the combining marks that follow it, is
 * folded on its own, which gives `foldForLexicon(text)` for the texts people
 * write (NFC composes only a letter with its marks), read through the
 * disguises above. The text is lower-cased
 * as a whole first; when that keeps its length, which it does but for a few
 * letters such as "İ", only the umlauts, ß and characters from U+0300 on need
 * a look. Linear in the length of the text.
 */
export function foldText(original: string): FoldedText {
  const lower = original.toLowerCase();
  if (lower.length !== original.length) return foldEachCharacter(original);
  SPECIAL.lastIndex = 0;
  let match = SPECIAL.exec(lower);
  if (match === null) return { original, folded: lower, segments: [] };
  const pieces: string[] = [];
  const segments: number[] = [];
  let copied = 0; // original index up to which the text is copied to the pieces
  let foldedLength = 0;
  while (match !== null) {
    let start = match.index;
    const code = lower.charCodeAt(start);
    let end: number;
    if (code >= 0x300 && start > copied && COMBINING_MARK.test(lower[start]!)) {
      // A combining mark after a plain letter ("u" + U+0308): the letter and its marks are one character.
      start--;
      end = match.index + marksAt(lower, match.index);
    } else {
      end = start + (code >= 0xd800 && code <= 0xdbff && (lower.charCodeAt(start + 1) & 0xfc00) === 0xdc00 ? 2 : 1);
      end += marksAt(lower, end);
    }
    const cluster = lower.slice(start, end);
    const plain = undisguised(original, start, end);
    const piece = plain ?? (end - start === 1 ? (UMLAUT_FOLD[code] ?? (unchanged(code) ? cluster : foldForLexicon(cluster))) : end - start === 2 && code >= 0xd83c && code <= 0xd83e ? cluster : foldForLexicon(cluster));
    if (piece !== cluster) {
      pieces.push(lower.slice(copied, start));
      foldedLength += start - copied;
      // An invisible character folds to nothing (a segment of no folded length); anything else keeps at least one character.
      const kept = piece.length === 0 && plain === undefined ? " " : piece;
      if (kept.length !== cluster.length) segments.push(foldedLength, kept.length, start, cluster.length);
      pieces.push(kept);
      foldedLength += kept.length;
      copied = end;
    }
    SPECIAL.lastIndex = Math.max(end, SPECIAL.lastIndex);
    match = SPECIAL.exec(lower);
  }
  pieces.push(lower.slice(copied));
  return { original, folded: pieces.join(""), segments };
}

/** The rare text whose lower case has another length: fold and record every character on its own. */
function foldEachCharacter(original: string): FoldedText {
  const pieces: string[] = [];
  const segments: number[] = [];
  let foldedLength = 0;
  let index = 0;
  while (index < original.length) {
    const code = original.charCodeAt(index);
    let width = code >= 0xd800 && code <= 0xdbff && (original.charCodeAt(index + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    width += marksAt(original, index + width);
    const plain = undisguised(original, index, index + width);
    let piece = plain ?? foldForLexicon(original.slice(index, index + width));
    if (piece.length === 0 && plain === undefined) piece = " ";
    if (piece.length !== width) segments.push(foldedLength, piece.length, index, width);
    pieces.push(piece);
    foldedLength += piece.length;
    index += width;
  }
  return { original, folded: pieces.join(""), segments };
}

/** The segment (its index in fours) that holds folded index `at`, or the last one before it (negative: none before). */
function segmentAt(segments: readonly number[], at: number): number {
  let low = 0;
  let high = segments.length / 4 - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (segments[middle * 4]! <= at) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/** The original offset where the character at folded index `at` begins. */
export function originalStart(text: FoldedText, at: number): number {
  const { segments } = text;
  if (segments.length === 0) return Math.min(at, text.original.length);
  const index = segmentAt(segments, at);
  if (index < 0) return at;
  const [foldedStart, foldedLength, start, length] = [segments[index * 4]!, segments[index * 4 + 1]!, segments[index * 4 + 2]!, segments[index * 4 + 3]!];
  if (at < foldedStart + foldedLength) return start;
  return Math.min(start + length + (at - foldedStart - foldedLength), text.original.length);
}

/** The original offset where the character at folded index `at` ends. */
export function originalEnd(text: FoldedText, at: number): number {
  const { segments } = text;
  if (segments.length > 0) {
    const index = segmentAt(segments, at);
    if (index >= 0 && at < segments[index * 4]! + segments[index * 4 + 1]!) return segments[index * 4 + 2]! + segments[index * 4 + 3]!;
  }
  return Math.min(originalStart(text, at) + 1, text.original.length);
}
