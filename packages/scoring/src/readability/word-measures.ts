import { countsByWordAlone, type SyllableCounter } from "./syllable-counter.js";
import { tokenizeForMeasures, type MeasuredTokens } from "./tokenize-german.js";
import type { WordInfo } from "./word-info.js";
import { countLetters } from "./word-shape.js";

/**
 * The tokens of a text with the syllables and letters of each word, each
 * worked out on first use. Scoring a draft and then asking for its hints
 * (the usual pair) looks every word up once, not twice; and with the
 * patterns' counter, a word's count is kept on its record (word-info.ts)
 * for every later text.
 */
export class WordMeasures {
  /**
   * Whether the counter is one of `createSyllableCounter`, whose count
   * depends on the word alone (so it is kept on the word's record) and is
   * the sum over the word's letter runs.
   */
  readonly countsByWordAlone: boolean;
  // For a counter made by hand: its counts of this text's words, asked once
  // each. Made on first need, at full length.
  private syllableCounts: (number | undefined)[] | undefined;

  constructor(
    readonly tokens: MeasuredTokens,
    private readonly counter: SyllableCounter,
  ) {
    this.countsByWordAlone = countsByWordAlone(counter);
  }

  /** Syllables of word `k`. */
  syllablesAt(k: number): number {
    const info = this.tokens.infos[k]!;
    if (this.countsByWordAlone) return syllablesOfRecord(info, this.counter);
    const counts = (this.syllableCounts ??= new Array<number | undefined>(this.tokens.words.length));
    let count = counts[k];
    if (count === undefined) {
      count = syllablesOfWord(this.counter, info.text);
      counts[k] = count;
    }
    return count;
  }

  /** Letters of word `k` (see `countLetters`). */
  lettersAt(k: number): number {
    return lettersOfRecord(this.tokens.infos[k]!);
  }
}

/** Syllables of the word of `info` under `counter`, one of `createSyllableCounter` (kept on the record). */
export function syllablesOfRecord(info: WordInfo, counter: SyllableCounter): number {
  if (info.syllableCounter === counter) return info.syllables;
  const count = syllablesOfWord(counter, info.text);
  info.syllableCounter = counter;
  info.syllables = count;
  return count;
}

/** Letters of the word of `info` (see `countLetters`), kept on the record. */
export function lettersOfRecord(info: WordInfo): number {
  let letters = info.letters;
  if (letters < 0) {
    letters = countLetters(info.text);
    info.letters = letters;
  }
  return letters;
}

let memoText: string | undefined;
let memoCounter: SyllableCounter | undefined;
let memoMeasures: WordMeasures | undefined;

/** The {@link WordMeasures} of `text` under `counter`; the last pair's are reused. */
export function measureWords(text: string, counter: SyllableCounter): WordMeasures {
  if (memoMeasures !== undefined && text === memoText && counter === memoCounter) return memoMeasures;
  const measures = new WordMeasures(tokenizeForMeasures(text), counter);
  memoText = text;
  memoCounter = counter;
  memoMeasures = measures;
  return measures;
}

/**
 * The syllables of a word as the measures count them: at least 1 (a word
 * has letters) and a whole number, whatever a hand-made counter returns.
 */
export function syllablesOfWord(syllables: SyllableCounter, word: string): number {
  const count = syllables.count(word);
  return count >= 1 && count <= 0x7fffffff ? Math.floor(count) : 1;
}
