/*
 * Character classes for the German tokenizer and the syllable counter.
 *
 * The tokenizer looks at every UTF-16 code unit of a draft, so the class of a
 * code unit must cost an array read, not a regular expression: ASCII is
 * classified up front, every other BMP code unit once on first sight (with
 * `\p{…}` classes) and remembered in a 64 KiB table; characters outside the
 * BMP (emoji, rare letters) are classified from their code point and
 * remembered in a small map.
 */

/** Not yet classified (only inside the table). */
const UNKNOWN = 0;
/** A letter (`\p{L}`). */
export const LETTER = 1;
/** A combining mark (`\p{M}`): belongs to the letter before it. */
export const MARK = 2;
/** A digit or other number character (`\p{N}`: 0–9, ², ½, …). */
export const DIGIT = 3;
/** White space that does not break a line. */
export const SPACE = 4;
/** A line break: LF, CR, NEL, LINE SEPARATOR. */
export const NEWLINE = 5;
/** PARAGRAPH SEPARATOR (U+2029): a paragraph break on its own. */
export const PARAGRAPH = 6;
/** Invisible format characters that may sit inside a word: soft hyphen, ZWNJ, ZWJ, word joiner. */
export const JOINER = 7;
/** A high surrogate: the class depends on the code unit after it. */
export const HIGH_SURROGATE = 8;
/** Anything else: punctuation, symbols, emoji parts, lone low surrogates. */
export const OTHER = 9;

/** One of the class constants above. */
export type CharClass = number;

const letterPattern = /^\p{L}$/u;
const markPattern = /^\p{M}$/u;
const numberPattern = /^\p{N}$/u;
const spacePattern = /^\s$/u;
const pictographicPattern = /^\p{Extended_Pictographic}$/u;

const table = new Uint8Array(0x10000);
const astral = new Map<number, CharClass>();

// The blocks of emoji and symbols (U+1F000–U+1FAFF), which most posts have
// a few of, are remembered in tables of their own: a map lookup for each
// emoji cost more than the rest of the tokenizer's work on it.
const EMOJI_BLOCKS_START = 0x1f000;
const EMOJI_BLOCKS_END = 0x1fb00;
const emojiClasses = new Uint8Array(EMOJI_BLOCKS_END - EMOJI_BLOCKS_START);

function classifySlow(character: string, code: number): CharClass {
  if (code === 0x0a || code === 0x0d || code === 0x85 || code === 0x2028) return NEWLINE;
  if (code === 0x2029) return PARAGRAPH;
  if (code === 0xad || code === 0x200c || code === 0x200d || code === 0x2060) return JOINER;
  if (code >= 0xd800 && code <= 0xdbff) return HIGH_SURROGATE;
  if (code >= 0xdc00 && code <= 0xdfff) return OTHER;
  if (letterPattern.test(character)) return LETTER;
  if (markPattern.test(character)) return MARK;
  if (numberPattern.test(character)) return DIGIT;
  if (spacePattern.test(character)) return SPACE;
  return OTHER;
}

for (let code = 0; code < 0x80; code++) table[code] = classifySlow(String.fromCharCode(code), code);

/**
 * The classes of the ASCII code units, for scanners that read most of a
 * text's characters: indexing it for a unit below 0x80 saves the call to
 * {@link classAt} per character.
 */
export const ASCII_CLASSES: Readonly<Uint8Array> = table.slice(0, 0x80);

/**
 * The class of one UTF-16 code unit. A high surrogate gets
 * {@link HIGH_SURROGATE}; ask {@link classOfCodePoint} with the whole code
 * point when a low surrogate follows it.
 */
export function classOfCodeUnit(code: number): CharClass {
  const known = table[code]!;
  if (known !== UNKNOWN) return known;
  const found = classifySlow(String.fromCharCode(code), code);
  table[code] = found;
  return found;
}

/** The class of a code point outside the BMP (never a surrogate class). */
export function classOfCodePoint(codePoint: number): CharClass {
  if (codePoint < 0x10000) return classOfCodeUnit(codePoint);
  if (codePoint >= EMOJI_BLOCKS_START && codePoint < EMOJI_BLOCKS_END) {
    let known = emojiClasses[codePoint - EMOJI_BLOCKS_START]!;
    if (known === UNKNOWN) {
      known = classifySlow(String.fromCodePoint(codePoint), codePoint);
      emojiClasses[codePoint - EMOJI_BLOCKS_START] = known;
    }
    return known;
  }
  let found = astral.get(codePoint);
  if (found === undefined) {
    found = classifySlow(String.fromCodePoint(codePoint), codePoint);
    // Bounded: a text full of distinct rare characters must not make it grow
    // without end; starting over costs a few regular expression tests.
    if (astral.size >= 4096) astral.clear();
    astral.set(codePoint, found);
  }
  return found;
}

/** Set in the result of {@link classAt} when the character takes two code units. */
export const PAIR = 16;

/**
 * The class of the character at `index` of `text`, pairing surrogates: the
 * class, plus {@link PAIR} when the character is a surrogate pair (two code
 * units). One number rather than a pair so that the tokenizer's loop
 * allocates nothing: `info & 15` is the class, `info & PAIR` the width flag.
 */
export function classAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  const known = code < 0x80 ? table[code]! : classOfCodeUnit(code);
  if (known !== HIGH_SURROGATE) return known;
  const next = text.charCodeAt(index + 1);
  if (next >= 0xdc00 && next <= 0xdfff) {
    return classOfCodePoint(((code - 0xd800) << 10) + (next - 0xdc00) + 0x10000) | PAIR;
  }
  return OTHER;
}

/** Whether the character ending just before `end` is a digit. */
export function isDigitBefore(text: string, end: number): boolean {
  if (end <= 0) return false;
  const code = text.charCodeAt(end - 1);
  if (code < 0x80) return code >= 0x30 && code <= 0x39;
  if (code >= 0xdc00 && code <= 0xdfff && end >= 2) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) {
      return classOfCodePoint(((high - 0xd800) << 10) + (code - 0xdc00) + 0x10000) === DIGIT;
    }
  }
  return classOfCodeUnit(code) === DIGIT;
}

// Whether a code point is pictographic, remembered like the classes: 0 not
// yet known, 1 no, 2 yes. The tokenizer asks at every list item and after
// every sentence's end, and a post opening with an emoji asked a regular
// expression each time.
const bmpPictographs = new Uint8Array(0x10000);
const emojiPictographs = new Uint8Array(EMOJI_BLOCKS_END - EMOJI_BLOCKS_START);
const astralPictographs = new Map<number, boolean>();

/** Whether the character at `index` is an emoji-like pictograph (or a regional indicator of a flag). */
export function isPictographAt(text: string, index: number): boolean {
  const codePoint = text.codePointAt(index);
  if (codePoint === undefined || codePoint < 0xa9) return false;
  if (codePoint >= 0x1f1e6 && codePoint <= 0x1f1ff) return true;
  if (codePoint < 0x10000 || (codePoint >= EMOJI_BLOCKS_START && codePoint < EMOJI_BLOCKS_END)) {
    const known = codePoint < 0x10000 ? bmpPictographs : emojiPictographs;
    const at = codePoint < 0x10000 ? codePoint : codePoint - EMOJI_BLOCKS_START;
    let answer = known[at]!;
    if (answer === 0) {
      answer = pictographicPattern.test(String.fromCodePoint(codePoint)) ? 2 : 1;
      known[at] = answer;
    }
    return answer === 2;
  }
  let found = astralPictographs.get(codePoint);
  if (found === undefined) {
    found = pictographicPattern.test(String.fromCodePoint(codePoint));
    // Bounded, as the classes are.
    if (astralPictographs.size >= 4096) astralPictographs.clear();
    astralPictographs.set(codePoint, found);
  }
  return found;
}

// Case of BMP code units, computed once each: 1 lower, 2 upper, 3 neither.
const caseTable = new Uint8Array(0x10000);

function caseOf(code: number): number {
  let known = caseTable[code]!;
  if (known === 0) {
    const character = String.fromCharCode(code);
    const upper = character.toUpperCase();
    const lower = character.toLowerCase();
    known = character !== upper && character === lower ? 1 : character !== lower && character === upper ? 2 : 3;
    caseTable[code] = known;
  }
  return known;
}

/** Whether `code` (a UTF-16 code unit) is a lower-case letter, in any script. */
export function isLowerCaseUnit(code: number): boolean {
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  return caseOf(code) === 1;
}

/** Whether `code` (a UTF-16 code unit) is an upper-case letter, in any script. */
export function isUpperCaseUnit(code: number): boolean {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return caseOf(code) === 2;
}
