import { foldForLexicon } from "../lexicons/index.js";

/*
 * `foldForLexicon` for a word of Latin-1 characters (every character below
 * U+0100: ASCII, ä ö ü ß, the accented letters of French and Spanish),
 * read straight from the text, without building a string.
 *
 * The officialese matcher compares every word of a draft with its list, and
 * folding each word first (normalising twice, lowering, replacing umlauts:
 * four new strings a word) took a quarter of the plain-language check. For
 * Latin-1 the fold works character by character: no Latin-1 character
 * composes with another under NFC (that needs a combining mark, U+0300 or
 * above), and lowering a Latin-1 character gives one Latin-1 character
 * without regard to its neighbours (the context rules of `toLowerCase`, the
 * Greek final sigma and the Turkish dotted I, lie above U+0100). So the fold
 * of such a word is the folds of its characters one after the other; the
 * tables below take them from `foldForLexicon` itself. A word with any other
 * character goes the general way (the property tests compare both).
 */

/** For each Latin-1 code unit: the first unit of its fold, or -1 when the fold leaves Latin-1 (never, but checked). */
const FIRST = new Int16Array(0x100);
/** For each Latin-1 code unit: the second unit of its fold ("ä" → "ae"), or -1 for none. */
const SECOND = new Int16Array(0x100);

for (let code = 0; code < 0x100; code++) {
  const folded = foldForLexicon(String.fromCharCode(code));
  const fits = folded.length >= 1 && folded.length <= 2 && folded.charCodeAt(0) < 0x100 && (folded.length === 1 || folded.charCodeAt(1) < 0x100);
  FIRST[code] = fits ? folded.charCodeAt(0) : -1;
  SECOND[code] = fits && folded.length === 2 ? folded.charCodeAt(1) : -1;
}

/** How many folded units a key holds. */
export const KEY_UNITS = 3;

/** Set in a key when the folded word has more than {@link KEY_UNITS} units. */
export const LONGER = 1 << 27;

/** The key bits of the first {@link KEY_UNITS} units, without {@link LONGER}. */
export const KEY_UNIT_BITS = LONGER - 1;

/** What {@link latin1FoldKey} returns for a word it cannot fold (a character above U+00FF). */
export const NOT_LATIN1 = -1;

/**
 * The key of a folded word: its first three units as
 * `((u0 + 1) << 18) | ((u1 + 1) << 9) | (u2 + 1)` (a missing unit counting
 * as −1, so a short word's key holds all of it), plus {@link LONGER} when
 * it has more. Equal keys of words of at most three units mean equal words.
 *
 * This is {@link foldedKeyOf} of `foldForLexicon(text.slice(start, end))`,
 * or {@link NOT_LATIN1} when the word has a character above U+00FF (the
 * whole word is scanned, so a key means the word can be compared with
 * {@link latin1FoldedMatches}).
 */
export function latin1FoldKey(text: string, start: number, end: number): number {
  let key = 0;
  let units = 0;
  let index = start;
  // The first units make the key…
  for (; index < end && units < KEY_UNITS; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0x100) return NOT_LATIN1;
    const first = FIRST[code]!;
    if (first < 0) return NOT_LATIN1;
    key = (key << 9) | (first + 1);
    units++;
    const second = SECOND[code]!;
    if (second >= 0) {
      // "ä" as the third character: "ae" makes four units.
      if (units < KEY_UNITS) key = (key << 9) | (second + 1);
      units++;
    }
  }
  if (index === end && units <= KEY_UNITS) return key << (9 * (KEY_UNITS - units));
  // …the rest is only checked to be Latin-1 (each character folds to a unit at least).
  for (; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0x100 || FIRST[code]! < 0) return NOT_LATIN1;
  }
  return key | LONGER;
}

/**
 * The fourth unit of the fold of `text.slice(start, end)` (a Latin-1 word:
 * one {@link latin1FoldKey} gave a key), or -1 when the fold is shorter.
 */
export function latin1FourthUnit(text: string, start: number, end: number): number {
  let units = 0;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (units === 3) return FIRST[code]!;
    units++;
    const second = SECOND[code]!;
    if (second >= 0) {
      if (units === 3) return second;
      units++;
    }
  }
  return -1;
}

/** How many different {@link firstTwoUnits} there are (an index into a table). */
export const FIRST_TWO_UNITS = 257 * 257;

/**
 * The first two units of the fold of `text.slice(start, end)`, as an index
 * below {@link FIRST_TWO_UNITS} (a missing second unit counts too), read
 * from the first one or two characters; or -1 when those, or the character
 * after them, are not Latin-1 (a combining mark after a letter changes its
 * fold). Equal to {@link firstTwoUnitsOfFolded} of the word's fold whenever
 * it is not -1.
 */
export function firstTwoUnits(text: string, start: number, end: number): number {
  if (start >= end) return -1;
  const c0 = text.charCodeAt(start);
  if (c0 >= 0x100) return -1;
  const u0 = FIRST[c0]!;
  let u1 = SECOND[c0]!;
  let next = start + 1;
  if (u1 < 0 && next < end) {
    const c1 = text.charCodeAt(next);
    if (c1 >= 0x100) return -1;
    u1 = FIRST[c1]!;
    next++;
  }
  if (u0 < 0 || (next < end && text.charCodeAt(next) >= 0x100)) return -1;
  return (u0 + 1) * 257 + (u1 + 1);
}

/**
 * The first two units of the folded string `folded` (as {@link firstTwoUnits}
 * gives them), or -1 when one of them lies beyond Latin-1 (no word for
 * which {@link firstTwoUnits} is not -1 starts so).
 */
export function firstTwoUnitsOfFolded(folded: string): number {
  const u0 = folded.length > 0 ? folded.charCodeAt(0) : 0x100;
  const u1 = folded.length > 1 ? folded.charCodeAt(1) : -1;
  return u0 >= 0x100 || u1 >= 0x100 ? -1 : (u0 + 1) * 257 + (u1 + 1);
}

/**
 * The key (as {@link latin1FoldKey} computes it) of the folded string
 * `folded`, or the string of its first three units when one of them lies
 * above U+00FF (no Latin-1 word has such a key).
 */
export function foldedKeyOf(folded: string): number | string {
  const units = Math.min(folded.length, KEY_UNITS);
  let key = 0;
  for (let k = 0; k < units; k++) {
    const code = folded.charCodeAt(k);
    if (code >= 0x100) return folded.slice(0, KEY_UNITS);
    key = (key << 9) | (code + 1);
  }
  return folded.length > KEY_UNITS ? key | LONGER : key << (9 * (KEY_UNITS - units));
}

/**
 * Whether the fold of `text.slice(start, end)` (Latin-1 only: a word
 * {@link latin1FoldKey} gave a key) is `want` or, with `prefix`, starts
 * with it. Same as `foldForLexicon(word) === want` or `.startsWith(want)`.
 */
export function latin1FoldedMatches(text: string, start: number, end: number, want: string, prefix: boolean): boolean {
  const wanted = want.length;
  let at = 0;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (at >= wanted) return prefix;
    if (FIRST[code] !== want.charCodeAt(at)) return false;
    at++;
    const second = SECOND[code]!;
    if (second >= 0) {
      if (at >= wanted) return prefix;
      if (second !== want.charCodeAt(at)) return false;
      at++;
    }
  }
  return at === wanted;
}
