import { classOfCodePoint, LETTER } from "./char-classes.js";
import { foldLetter } from "./fold-letter.js";

/*
 * The fallback for words the German patterns cannot read (a Greek or
 * Cyrillic letter in them, say): one syllable per group of vowels, the
 * boundary before the last consonant ahead of each group after the first
 * ("Ωmega" → Ωme-ga). Crude, but such words are rare in a town's posts and
 * an estimate is better than none for the formulas.
 */

const VOWELS = new Set(["a", "e", "i", "o", "u", "y", "ä", "ö", "ü"]);

/**
 * Appends to `into` the offsets in `word` (within `start`…`end`) at which a
 * syllable starts, except the first.
 */
export function estimateSyllableBoundaries(word: string, start: number, end: number, into: number[]): void {
  let seenVowel = false;
  let inVowels = false;
  let lastConsonant = -1;
  for (let index = start; index < end; ) {
    const codePoint = word.codePointAt(index)!;
    const width = codePoint > 0xffff ? 2 : 1;
    const folded = width === 1 ? foldLetter(codePoint) : undefined;
    const vowel = folded !== undefined && VOWELS.has(folded.charAt(0));
    if (vowel) {
      if (!inVowels && seenVowel) into.push(lastConsonant >= 0 ? lastConsonant : index);
      seenVowel = true;
      inVowels = true;
      lastConsonant = -1;
    } else if (classOfCodePoint(codePoint) === LETTER) {
      inVowels = false;
      lastConsonant = index;
    }
    index += width;
  }
}
