/*
 * Grapheme_Cluster_Break classes, as far as the fast grapheme scanner in
 * `graphemes.ts` needs them. Everything a class here cannot describe exactly
 * (Prepend, SpacingMark, Hangul syllable parts, the Indic conjunct classes of
 * rule GB9c, unassigned code points, lone surrogates, scripts not listed
 * below) is FALLBACK, and the scanner hands the text around it to
 * Intl.Segmenter. So this table may be incomplete, but it must never be
 * wrong; `graphemes.test.ts` checks every code point of planes 0, 1 and 14.
 *
 * The classes come from the engine's own Unicode property escapes, which V8
 * takes from the same ICU data as Intl.Segmenter, so the two cannot drift
 * apart with an ICU update.
 */

/** Not yet looked up (the tables start zeroed). */
const UNKNOWN = 0;
/** Grapheme_Cluster_Break=Other and not Extended_Pictographic. */
export const OTHER = 1;
/** Grapheme_Cluster_Break=Control. */
export const CONTROL = 2;
/** U+000A LINE FEED. */
export const LF = 3;
/**
 * The classes up to here are the "simple" ones: between two of them there is
 * always a boundary, and no rule of UAX #29 looks across one (see
 * `graphemes.ts`).
 */
export const LAST_SIMPLE = LF;
/** U+000D CARRIAGE RETURN. */
export const CR = 4;
/** Grapheme_Cluster_Break=Extend (combining marks, variation selectors, skin tones, tags). */
export const EXTEND = 5;
/** U+200D ZERO WIDTH JOINER. */
export const ZWJ = 6;
/** Extended_Pictographic (Grapheme_Cluster_Break=Other): emoji and pictographs. */
export const PICTOGRAPHIC = 7;
/** Regional indicators U+1F1E6–U+1F1FF, the halves of a flag. */
export const REGIONAL_INDICATOR = 8;
/**
 * Anything else, left to Intl.Segmenter. FALLBACK may attach to a simple
 * character before it (a mark, a SpacingMark, or a surrogate that may be half
 * of one); FALLBACK_AFTER_CUT never does (letters of Indic scripts, Hangul,
 * Thai, ...), so there is always a cut between a simple character and it.
 */
export const FALLBACK = 9;
export const FALLBACK_AFTER_CUT = 10;

// Scripts whose letters are all Grapheme_Cluster_Break=Other: none of them has
// Prepend letters, SpacingMark letters (Thai and Lao have two), Hangul jamo or
// the InCB consonants of GB9c (Devanagari, Bengali, Gujarati, Oriya, Telugu,
// Malayalam). Their marks are excluded separately through Grapheme_Extend and
// the letter/number/punctuation/symbol categories.
const plainScript =
  /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Common}\p{Script=Armenian}\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Georgian}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;
const markScript = /^[\p{Script=Inherited}\p{Script=Common}\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Hebrew}\p{Script=Arabic}]$/u;
const plainCategory = /^[\p{L}\p{N}\p{P}\p{S}\p{Zs}]$/u;
const extend = /^[\p{Grapheme_Extend}\p{Emoji_Modifier}]$/u;
const pictographic = /^\p{Extended_Pictographic}$/u;
const controlCharacter = /^\p{Cc}$/u;
// Superset of what can attach to a simple character before it: Extend
// (Grapheme_Extend, Emoji_Modifier), ZWJ and SpacingMark (spacing combining
// marks, and Thai and Lao SARA AM).
const attaches = /^[\p{M}\p{Grapheme_Extend}\p{Emoji_Modifier}\u200D\u0E33\u0EB3]$/u;

// Format characters that are Grapheme_Cluster_Break=Control and turn up in
// pasted text: soft hyphen, zero width space, LRM/RLM, line and paragraph
// separators, bidi embeddings and isolates, word joiner, byte order mark.
// Other format characters (some of them are Prepend) take the fallback.
function isFormatControl(codePoint: number): boolean {
  return (
    codePoint === 0x00ad ||
    codePoint === 0x200b ||
    codePoint === 0x200e ||
    codePoint === 0x200f ||
    (codePoint >= 0x2028 && codePoint <= 0x202e) ||
    codePoint === 0x2060 ||
    (codePoint >= 0x2066 && codePoint <= 0x2069) ||
    codePoint === 0xfeff
  );
}

function classify(codePoint: number): number {
  if (codePoint === 0x0a) return LF;
  if (codePoint === 0x0d) return CR;
  if (codePoint === 0x200d) return ZWJ;
  if (codePoint >= 0x1f1e6 && codePoint <= 0x1f1ff) return REGIONAL_INDICATOR;
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return FALLBACK;
  const character = String.fromCodePoint(codePoint);
  if (controlCharacter.test(character) || isFormatControl(codePoint)) return CONTROL;
  if (extend.test(character)) return markScript.test(character) ? EXTEND : FALLBACK;
  if (pictographic.test(character)) return PICTOGRAPHIC;
  if (plainCategory.test(character) && plainScript.test(character)) return OTHER;
  return attaches.test(character) ? FALLBACK : FALLBACK_AFTER_CUT;
}

/**
 * True when there is a cut between a simple character and a character of
 * class `next`: a boundary across which no rule of UAX #29 looks, so the text
 * on either side can be segmented on its own.
 */
export function isCutBefore(next: number): boolean {
  return next !== EXTEND && next !== ZWJ && next !== FALLBACK;
}

// Memo tables of pure Unicode data (no per-tenant state): a flat one for the
// Basic Multilingual Plane, where nearly all text lives, and 256-entry pages
// for the other planes, made only for the pages that text actually uses.
const basicPlane = new Uint8Array(0x10000);
const supplementaryPages: (Uint8Array | undefined)[] = [];

/** The class of a code unit of the Basic Multilingual Plane (a surrogate is FALLBACK). */
export function basicClass(codeUnit: number): number {
  const known = basicPlane[codeUnit]!;
  if (known !== UNKNOWN) return known;
  return (basicPlane[codeUnit] = classify(codeUnit));
}

/** The class of a code point above U+FFFF. */
export function supplementaryClass(codePoint: number): number {
  const pageIndex = codePoint >> 8;
  const page = supplementaryPages[pageIndex] ?? (supplementaryPages[pageIndex] = new Uint8Array(256));
  const known = page[codePoint & 0xff]!;
  if (known !== UNKNOWN) return known;
  return (page[codePoint & 0xff] = classify(codePoint));
}
