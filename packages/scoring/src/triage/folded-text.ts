import { foldForLexicon } from "../lexicons/index.js";

/**
 * A text in lexicon form (see `foldForLexicon`) that can tell, for every
 * character, the stretch of the original text it came from: "Grüße" folds
 * to "gruesse", and both "u" and "e" of "ue" point back at "ü". Evidence
 * found in the folded text is reported in the original's offsets.
 *
 * Most characters keep their offset (lower case has the same length), so
 * only the pieces whose length changed are recorded, as `segments`: four
 * numbers each, folded start, folded length, original start, original
 * length, in order.
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
/** Characters that folding may change beyond lower case: the umlauts and ß, and anything from the combining marks on. */
const SPECIAL = /[äöüß\u0300-\uffff]/g;
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
 * write (NFC composes only a letter with its marks). The text is lower-cased
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
    const piece = end - start === 1 ? (UMLAUT_FOLD[code] ?? (unchanged(code) ? cluster : foldForLexicon(cluster))) : end - start === 2 && code >= 0xd83c && code <= 0xd83e ? cluster : foldForLexicon(cluster);
    if (piece !== cluster) {
      pieces.push(lower.slice(copied, start));
      foldedLength += start - copied;
      const kept = piece.length === 0 ? " " : piece; // keep every original character reachable from the folded text
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
    let piece = foldForLexicon(original.slice(index, index + width));
    if (piece.length === 0) piece = " ";
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
