import type { SyllableCounter } from "./syllable-counter.js";
import { tokenizeForMeasures, type GermanTokens } from "./tokenize-german.js";
import { countLetters } from "./word-shape.js";

/**
 * The tokens of a text with the syllables and letters of each word, each
 * worked out on first use. Scoring a draft and then asking for its hints
 * (the usual pair) looks every word up once, not twice.
 */
export class WordMeasures {
  // Plain arrays: allocating typed arrays costs more than a post's lookups.
  // Made at their full length: grown one word at a time they were copied
  // four times for a post.
  private readonly syllableCounts: (number | undefined)[];
  private readonly letterCounts: (number | undefined)[];

  constructor(
    readonly tokens: GermanTokens,
    private readonly counter: SyllableCounter,
  ) {
    this.syllableCounts = new Array<number | undefined>(tokens.words.length);
    this.letterCounts = new Array<number | undefined>(tokens.words.length);
  }

  /** Syllables of word `k`. */
  syllablesAt(k: number): number {
    let count = this.syllableCounts[k];
    if (count === undefined) {
      count = syllablesOfWord(this.counter, this.tokens.words[k]!.text);
      this.syllableCounts[k] = count;
    }
    return count;
  }

  /** Letters of word `k` (see `countLetters`). */
  lettersAt(k: number): number {
    let count = this.letterCounts[k];
    if (count === undefined) {
      count = countLetters(this.tokens.words[k]!.text);
      this.letterCounts[k] = count;
    }
    return count;
  }
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
