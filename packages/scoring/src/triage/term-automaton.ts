/**
 * Finds many terms inside one word at once (Aho–Corasick): every place where
 * a term of the list occurs, in one pass over the word, whatever the number
 * of terms. Built once; a scan costs time linear in the word's length plus
 * the number of hits, so no word, however long, makes it slow.
 */
export class TermAutomaton<T> {
  /** Symbols: a–z are 0–25, other characters of the terms follow; anything else is no symbol. */
  readonly #extraSymbols = new Map<number, number>();
  readonly #alphabet: number;
  /** The transition table: next state = #next[state * #alphabet + symbol]. */
  readonly #next: Int32Array;
  /** The terms that end in each state, as indexes into #lengths and #payloads. */
  readonly #ends: readonly (readonly number[])[];
  readonly #lengths: readonly number[];
  readonly #payloads: readonly (readonly T[])[];
  /** The first two characters of every term, as one number: a word that begins with none of them begins with no term. */
  readonly #starts = new Set<number>();

  /** Builds the automaton for `terms` (in lexicon form, non-empty); equal terms share one entry with all their payloads. */
  constructor(terms: readonly { readonly term: string; readonly payload: T }[]) {
    const index = new Map<string, number>();
    const payloads: T[][] = [];
    const words: string[] = [];
    for (const { term, payload } of terms) {
      if (term.length === 0) continue;
      let at = index.get(term);
      if (at === undefined) {
        at = words.length;
        index.set(term, at);
        words.push(term);
        payloads.push([]);
      }
      payloads[at]!.push(payload);
    }
    for (const word of words) {
      this.#starts.add(word.charCodeAt(0) * 0x10000 + (word.length > 1 ? word.charCodeAt(1) : 0x10000 - 1));
      for (let k = 0; k < word.length; k++) {
        const code = word.charCodeAt(k);
        if (!(code >= 0x61 && code <= 0x7a) && !this.#extraSymbols.has(code)) this.#extraSymbols.set(code, 26 + this.#extraSymbols.size);
      }
    }
    const alphabet = 26 + this.#extraSymbols.size;
    // The trie, with -1 for a missing edge.
    const edges: number[][] = [new Array<number>(alphabet).fill(-1)];
    const ends: number[][] = [[]];
    words.forEach((word, wordIndex) => {
      let state = 0;
      for (let k = 0; k < word.length; k++) {
        const symbol = this.#symbol(word.charCodeAt(k));
        let next = edges[state]![symbol]!;
        if (next === -1) {
          next = edges.length;
          edges.push(new Array<number>(alphabet).fill(-1));
          ends.push([]);
          edges[state]![symbol] = next;
        }
        state = next;
      }
      ends[state]!.push(wordIndex);
    });
    // Breadth first: each state's failure state, and the full transition table.
    const failure = new Int32Array(edges.length);
    const table = new Int32Array(edges.length * alphabet);
    const queue: number[] = [];
    for (let symbol = 0; symbol < alphabet; symbol++) {
      const child = edges[0]![symbol]!;
      table[symbol] = child === -1 ? 0 : child;
      if (child !== -1) queue.push(child);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      const fail = failure[state]!;
      if (ends[fail]!.length > 0) ends[state] = [...ends[state]!, ...ends[fail]!];
      for (let symbol = 0; symbol < alphabet; symbol++) {
        const child = edges[state]![symbol]!;
        if (child === -1) {
          table[state * alphabet + symbol] = table[fail * alphabet + symbol]!;
        } else {
          table[state * alphabet + symbol] = child;
          failure[child] = table[fail * alphabet + symbol]!;
          queue.push(child);
        }
      }
    }
    this.#alphabet = alphabet;
    this.#next = table;
    this.#ends = ends;
    this.#lengths = words.map((word) => word.length);
    this.#payloads = payloads;
  }

  /** False if no term can begin at the start of `word` (a cheap test before a scan for prefixes). */
  mayBegin(word: string): boolean {
    const first = word.charCodeAt(0) * 0x10000;
    return this.#starts.has(first + word.charCodeAt(1)) || this.#starts.has(first + 0x10000 - 1);
  }

  #symbol(code: number): number {
    return code >= 0x61 && code <= 0x7a ? code - 0x61 : (this.#extraSymbols.get(code) ?? -1);
  }

  /** The terms found by the last {@link collect}, and where each ends; valid up to the count it returned. */
  hitTerms = new Int32Array(16);
  hitEnds = new Int32Array(16);

  /**
   * Finds every occurrence of a term in `word` and writes, in the order of
   * the occurrences' ends, the term (for {@link payloadsOf} and
   * {@link lengthOf}) to {@link hitTerms} and the end of the occurrence to
   * {@link hitEnds}; returns how many it wrote. No callback and no
   * allocation but the arrays' growth: for the hot paths. The next call
   * overwrites the arrays.
   */
  collect(word: string): number {
    const alphabet = this.#alphabet;
    const next = this.#next;
    let state = 0;
    let count = 0;
    for (let k = 0; k < word.length; k++) {
      const code = word.charCodeAt(k);
      const symbol = code >= 0x61 && code <= 0x7a ? code - 0x61 : (this.#extraSymbols.get(code) ?? -1);
      state = symbol < 0 ? 0 : next[state * alphabet + symbol]!;
      const ends = this.#ends[state]!;
      for (let e = 0; e < ends.length; e++) {
        if (count === this.hitTerms.length) {
          const terms = new Int32Array(count * 2);
          const positions = new Int32Array(count * 2);
          terms.set(this.hitTerms);
          positions.set(this.hitEnds);
          this.hitTerms = terms;
          this.hitEnds = positions;
        }
        this.hitTerms[count] = ends[e]!;
        this.hitEnds[count] = k + 1;
        count++;
      }
    }
    return count;
  }

  /** The payloads of a term that {@link collect} reported. */
  payloadsOf(term: number): readonly T[] {
    return this.#payloads[term]!;
  }

  /** The length of a term that {@link collect} reported. */
  lengthOf(term: number): number {
    return this.#lengths[term]!;
  }

  /**
   * Calls `hit` for every occurrence of a term in `word`, in the order of the
   * occurrences' ends, with the term's payloads and its [start, end) in `word`.
   */
  scan(word: string, hit: (payloads: readonly T[], start: number, end: number) => void): void {
    const alphabet = this.#alphabet;
    const next = this.#next;
    let state = 0;
    for (let k = 0; k < word.length; k++) {
      const code = word.charCodeAt(k);
      const symbol = code >= 0x61 && code <= 0x7a ? code - 0x61 : (this.#extraSymbols.get(code) ?? -1);
      state = symbol < 0 ? 0 : next[state * alphabet + symbol]!;
      const ends = this.#ends[state]!;
      for (let e = 0; e < ends.length; e++) {
        const term = ends[e]!;
        hit(this.#payloads[term]!, k + 1 - this.#lengths[term]!, k + 1);
      }
    }
  }
}
