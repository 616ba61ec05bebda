import type { Word } from "./tokenize-german.js";

/**
 * The words of a text in lower case, each lowered on first use: most checks
 * rule a word out by its first letter or its length before they need it, and
 * lowering every word of a post would cost more than all the checks.
 */
export class LowerCaseWords {
  // Made on the first lowering: many texts need none.
  private lowered: (string | undefined)[] | undefined;

  constructor(private readonly words: readonly Word[]) {}

  /** `words[k].text` in lower case. */
  at(k: number): string {
    const lowered = (this.lowered ??= new Array<string | undefined>(this.words.length));
    let lower = lowered[k];
    if (lower === undefined) {
      lower = this.words[k]!.text.toLowerCase();
      lowered[k] = lower;
    }
    return lower;
  }
}
