import type { Word } from "./tokenize-german.js";

/**
 * The words of a text in lower case, each lowered on first use: most checks
 * rule a word out by its first letter or its length before they need it, and
 * lowering every word of a post would cost more than all the checks.
 */
export class LowerCaseWords {
  private readonly lowered: (string | undefined)[];

  constructor(private readonly words: readonly Word[]) {
    this.lowered = new Array<string | undefined>(words.length);
  }

  /** `words[k].text` in lower case. */
  at(k: number): string {
    let lower = this.lowered[k];
    if (lower === undefined) {
      lower = this.words[k]!.text.toLowerCase();
      this.lowered[k] = lower;
    }
    return lower;
  }
}
