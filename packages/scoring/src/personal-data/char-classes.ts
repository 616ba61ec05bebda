/*
 * Character tests on UTF-16 code units. The detectors walk the original text
 * code unit by code unit, so that every offset they report is an offset into
 * the string the caller passed (no normalisation, no copies).
 */

/** True for an ASCII digit 0–9. */
export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** True for an ASCII letter. */
export function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** True for an ASCII upper-case letter. */
export function isAsciiUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}

const letterOrMark = /^[\p{L}\p{M}]$/u;
const upperLetter = /^\p{Lu}$/u;
// Per BMP code unit: 0 not looked at yet, 1 letter or mark, 2 neither. Filled
// lazily, so that a letter test costs one array read after the first time.
const letterCache = new Uint8Array(0x10000);
const upperCache = new Uint8Array(0x10000);

/**
 * True for a letter or a combining mark (so that "Mu\u0308ller" is one word).
 * Surrogates (emoji, astral letters) count as neither: a word never runs
 * through an emoji.
 */
export function isLetter(code: number): boolean {
  if (code < 128) return isAsciiLetter(code);
  if (code >= 0xd800 && code <= 0xdfff) return false;
  let cached = letterCache[code];
  if (cached === 0) {
    cached = letterOrMark.test(String.fromCharCode(code)) ? 1 : 2;
    letterCache[code] = cached;
  }
  return cached === 1;
}

/** True for an upper-case letter, ASCII or not ("Ä", "Ü"). */
export function isUpper(code: number): boolean {
  if (code < 128) return isAsciiUpper(code);
  if (code >= 0xd800 && code <= 0xdfff) return false;
  let cached = upperCache[code];
  if (cached === 0) {
    cached = upperLetter.test(String.fromCharCode(code)) ? 1 : 2;
    upperCache[code] = cached;
  }
  return cached === 1;
}

/** True for a letter, a combining mark or an ASCII digit. */
export function isWordChar(code: number): boolean {
  return isDigit(code) || isLetter(code) || code === 95; // "_"
}

/**
 * True for a space inside a line: space, no-break space, narrow no-break
 * space, tab, and the typesetter's spaces U+2002–U+200A (a thin space or a
 * figure space between the groups of a pasted phone number).
 */
export function isInlineSpace(code: number): boolean {
  return code === 32 || code === 0xa0 || code === 0x202f || code === 9 || (code >= 0x2002 && code <= 0x200a);
}

/** True for any white space, line breaks included. */
export function isSpace(code: number): boolean {
  return isInlineSpace(code) || code === 10 || code === 13 || code === 0x2007 || code === 0x2009 || code === 0x3000;
}

/** The code unit at `index`, or -1 outside the text (so tests on it are simply false). */
export function codeAt(text: string, index: number): number {
  return index >= 0 && index < text.length ? text.charCodeAt(index) : -1;
}

/** True when the character at `index` ends a word: the text ends there, or it is not a word character. */
export function isWordEnd(text: string, index: number): boolean {
  const code = codeAt(text, index);
  return code === -1 || !isWordChar(code);
}

/**
 * True when `index` begins a decimal fraction, a time or a date part right
 * after a number: "," "." or ":" followed by a digit ("12,50", "10:30",
 * "12.03."). A number that is followed by one is part of something bigger.
 */
export function continuesNumber(text: string, index: number): boolean {
  const code = codeAt(text, index);
  return (code === 44 || code === 46 || code === 58) && isDigit(codeAt(text, index + 1));
}

/**
 * The word that ends just before `index` (after skipping up to three spaces),
 * lower-cased, with trailing ".", ":" and "," dropped; "" when there is none.
 * Reads at most 40 characters back, so it costs the same on any text.
 */
export function previousWord(text: string, index: number): { word: string; start: number } {
  let end = index;
  let skipped = 0;
  while (end > 0 && isSpace(text.charCodeAt(end - 1)) && skipped < 3) {
    end--;
    skipped++;
  }
  let start = end;
  while (start > 0 && end - start < 40 && !isSpace(text.charCodeAt(start - 1))) start--;
  let word = text.slice(start, end).toLowerCase();
  while (word.length > 0 && ".:,".includes(word[word.length - 1]!)) word = word.slice(0, -1);
  return { word, start };
}

/**
 * The word that starts at or after `index` (after skipping up to two spaces),
 * lower-cased with trailing punctuation dropped; "" when there is none. Reads
 * at most 30 characters.
 */
export function nextWord(text: string, index: number): string {
  let start = index;
  let skipped = 0;
  while (start < text.length && isInlineSpace(text.charCodeAt(start)) && skipped < 2) {
    start++;
    skipped++;
  }
  let end = start;
  while (end < text.length && end - start < 30 && !isSpace(text.charCodeAt(end))) end++;
  let word = text.slice(start, end).toLowerCase();
  while (word.length > 1 && ".:,;!?)".includes(word[word.length - 1]!)) word = word.slice(0, -1);
  return word;
}
