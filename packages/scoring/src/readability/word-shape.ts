import { classAt, isLowerCaseUnit, isUpperCaseUnit, LETTER, PAIR } from "./char-classes.js";

/**
 * The letters of a word (code points of class letter): hyphens, apostrophes,
 * gender marks and combining marks do not count, so "Müll-Abfuhr" has 10
 * and a decomposed "ü" is one letter.
 */
export function countLetters(word: string): number {
  let letters = 0;
  const length = word.length;
  for (let index = 0; index < length; ) {
    const code = word.charCodeAt(index);
    if (code < 0x80) {
      if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) letters++;
      index++;
      continue;
    }
    const info = classAt(word, index);
    if ((info & 15) === LETTER) letters++;
    index += info & PAIR ? 2 : 1;
  }
  return letters;
}

/** Whether `code` joins the parts of a compound written apart: a hyphen (- ‐ ‑), the middle dot, a gender mark (* : _). */
export function isPartJoiner(code: number): boolean {
  return code === 0x2d || code === 0x2a || code === 0x3a || code === 0x5f || code === 0xb7 || code === 0x2010 || code === 0x2011;
}

/** Whether the first character of `word` is a lower-case letter. */
export function startsLowerCase(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  return isLowerCaseUnit(code);
}

/** Whether the first character of `word` is an upper-case letter. */
export function startsUpperCase(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return isUpperCaseUnit(code);
}

/** Whether `word` is written in capitals only (two letters or more): "STRASSE", "ACHTUNG". */
export function isAllCaps(word: string): boolean {
  let letters = 0;
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index);
    if (isLowerCaseUnit(code)) {
      if (code !== 0xdf) return false; // ß has no capital in most fonts: "STRAßE"
    } else if (isUpperCaseUnit(code)) {
      letters++;
    }
  }
  return letters >= 2;
}
