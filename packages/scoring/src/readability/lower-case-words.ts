import type { Word } from "./tokenize-german.js";
import type { WordInfo } from "./word-info.js";

/**
 * The words of a text in lower case, each lowered on first use: most checks
 * rule a word out by its first letter or its length before they need it, and
 * lowering every word of a post would cost more than all the checks. Given
 * the words' records (word-info.ts), a lowered word is kept on its record
 * for every later text.
 */
export class LowerCaseWords {
  // Made on the first lowering: many texts need none.
  private lowered: (string | undefined)[] | undefined;

  constructor(
    private readonly words: readonly Word[],
    private readonly infos?: readonly WordInfo[],
  ) {}

  /** `words[k].text` in lower case. */
  at(k: number): string {
    if (this.infos !== undefined) return lowerOfRecord(this.infos[k]!);
    const lowered = (this.lowered ??= new Array<string | undefined>(this.words.length));
    let lower = lowered[k];
    if (lower === undefined) {
      lower = this.words[k]!.text.toLowerCase();
      lowered[k] = lower;
    }
    return lower;
  }
}

/** The word of `info` in lower case, kept on the record. */
export function lowerOfRecord(info: WordInfo): string {
  let lower = info.lower;
  if (lower === undefined) {
    lower = info.text.toLowerCase();
    info.lower = lower;
  }
  return lower;
}
