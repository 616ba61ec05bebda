/**
 * A quick "certainly not" for a set of words, asked about a stretch of a
 * text without cutting it out: the tokenizer asks its word lists
 * (abbreviations, months, words before ordinals) about the word before
 * every full stop and number, and `text.slice(…)` plus a set lookup (which
 * hashes the new string) cost about 100 ns each time, a tenth of the
 * tokenizer. An ASCII stretch is hashed in place and compared with the
 * hashes of the list's ASCII words; only a possible member (or a stretch
 * with other characters) is cut out and looked up for real.
 */
export class RangeFilter {
  private readonly hashes = new Set<number>();

  /**
   * @param words the list (as it will be looked up: in lower case if
   *   `lowered` stretches are asked about)
   * @param lower whether a stretch is lowered (ASCII capitals only) before
   *   comparing, as `toLowerCase` would
   */
  constructor(
    words: Iterable<string>,
    private readonly lower: boolean,
  ) {
    for (const word of words) {
      const hash = asciiHash(word, 0, word.length, false);
      if (hash !== NOT_ASCII) this.hashes.add(hash);
    }
  }

  /**
   * False if `text.slice(start, end)` (lowered, if so made) is certainly no
   * word of the list; true if it may be one.
   */
  mayHave(text: string, start: number, end: number): boolean {
    const hash = asciiHash(text, start, end, this.lower);
    return hash === NOT_ASCII || this.hashes.has(hash);
  }
}

const NOT_ASCII = -1;

/** FNV-1a over the code units of `text.slice(start, end)`, ASCII capitals lowered if `lower`; {@link NOT_ASCII} for a unit beyond ASCII. */
function asciiHash(text: string, start: number, end: number, lower: boolean): number {
  let hash = 0x811c9dc5;
  for (let index = start; index < end; index++) {
    let code = text.charCodeAt(index);
    if (code >= 0x80) return NOT_ASCII;
    if (lower && code >= 0x41 && code <= 0x5a) code += 0x20;
    hash = Math.imul(hash ^ code, 0x01000193);
  }
  // Non-negative: NOT_ASCII stays apart.
  return hash >>> 1;
}
