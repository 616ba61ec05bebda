import { LowerCaseWords } from "./lower-case-words.js";
import { constructionsEndingAt, isNominalWord } from "./nominal-style.js";
import { isAuxiliaryAt } from "./passive-voice.js";
import type { WordInfo } from "./word-info.js";

/*
 * What sentenceHints asks of every word, as bits kept on the word's record
 * (word-info.ts): each answer depends on the word alone, so a word that
 * comes back in a later text is not asked again. Each bit is the answer of
 * the test itself (nominal-style.ts, passive-voice.ts), asked of the word
 * on its own.
 */

/** The traits have been worked out (so that a word with none is not 0). */
const KNOWN = 1;
/** A noun of an abstract suffix (`isNominalWord`). */
export const NOMINAL = 2;
/** The noun of a Funktionsverbgefüge (`constructionsEndingAt`). */
export const CONSTRUCTION_NOUN = 4;
/** A form of "werden" used as a verb when first in its sentence (`isAuxiliaryAt`). */
export const AUXILIARY_FIRST = 8;
/** …and elsewhere in its sentence. */
export const AUXILIARY_ELSEWHERE = 16;

/** The traits of the word of `info`. */
export function traitsOf(info: WordInfo): number {
  const known = info.traits;
  if (known !== 0) return known;
  const words = [{ text: info.text, start: 0, end: info.text.length, sentenceIndex: 0 }];
  const lower = new LowerCaseWords(words, [info]);
  let traits = KNOWN;
  if (isNominalWord(info.text, lower, 0)) traits |= NOMINAL;
  if (constructionsEndingAt(words, lower, 0) !== undefined) traits |= CONSTRUCTION_NOUN;
  // The word is first in its sentence when its index is the sentence's
  // first (0), elsewhere when it is not (-1 is no word's index).
  if (isAuxiliaryAt(words, lower, 0, 0)) traits |= AUXILIARY_FIRST;
  if (isAuxiliaryAt(words, lower, 0, -1)) traits |= AUXILIARY_ELSEWHERE;
  info.traits = traits;
  return traits;
}
