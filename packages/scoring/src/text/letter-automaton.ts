/*
 * Many words looked for in one pass over the letters of a post's matching
 * form (see keyword-presence.ts): an Aho–Corasick automaton, one table
 * look-up a letter whatever the number of words. The neutrality check looks
 * for a period's keywords, the names of parties and the stems of election
 * words in each post; each of them searched for on its own cost more than
 * reading the post's letters (the party names alone, 25 searches of the
 * text, 0.4 µs a post).
 */

/** How many symbols the automaton reads: a–z, 0–9, and one for every other letter of the form. */
export const LETTER_SYMBOLS = 37;
const SYMBOLS = LETTER_SYMBOLS;
/** The symbol of a letter other than a–z and 0–9 (a symbol, an emoji, a letter of another script). */
export const OTHER_SYMBOL = 36;

/** The symbol of a matching-form letter: "a"–"z" 0–25, "0"–"9" 26–35, anything else {@link OTHER_SYMBOL}. */
export function symbolOf(letter: number): number {
  if (letter >= 0x61 && letter <= 0x7a) return letter - 0x61;
  if (letter >= 0x30 && letter <= 0x39) return letter - 0x30 + 26;
  return OTHER_SYMBOL;
}

/** A word for the automaton: its symbols, and the bits it sets where it ends. */
export interface AutomatonWord {
  readonly symbols: readonly number[];
  readonly bits: number;
}

/**
 * An automaton that finds words of symbols in a sequence of them. A state
 * is the offset of its row in `next`: start at 0; `next[state + symbol]`
 * is the state after a symbol. The states where a word ends are the last
 * ones, from `firstEnd` on, and `ends[(state - firstEnd) / 37]` holds the
 * bits of every word that ends there: most letters lead to a state where
 * none ends, which a comparison tells without a look-up. The states are
 * numbered nearest to the start first, and the table is of 16 bits where
 * it can be: a step waits for the one before, and the rows the text
 * mostly goes through then share the processor's nearest cache.
 */
export interface LetterAutomaton {
  readonly next: Uint16Array | Int32Array;
  readonly firstEnd: number;
  readonly ends: Int32Array;
}

/** The automaton for `words` (each of at least one symbol). */
export function letterAutomaton(words: readonly AutomatonWord[]): LetterAutomaton {
  const { edges, ends } = trie(words);
  const next = new Int32Array(edges.length);
  const fallback = new Int32Array(ends.length);
  // Breadth first: each state's missing edges are those of its longest
  // proper suffix that is a state (its fallback), and it ends every word
  // its fallback ends.
  const queue: number[] = [];
  for (let symbol = 0; symbol < SYMBOLS; symbol++) {
    const target = edges[symbol]!;
    next[symbol] = target === -1 ? 0 : target;
    if (target !== -1) queue.push(target);
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    ends[state]! |= ends[fallback[state]!]!;
    for (let symbol = 0; symbol < SYMBOLS; symbol++) {
      const target = edges[state * SYMBOLS + symbol]!;
      const onFallback = next[fallback[state]! * SYMBOLS + symbol]!;
      if (target === -1) {
        next[state * SYMBOLS + symbol] = onFallback;
      } else {
        next[state * SYMBOLS + symbol] = target;
        fallback[target] = onFallback;
        queue.push(target);
      }
    }
  }
  return numbered(next, ends, queue);
}

/** The trie of the words: `edges[state * 37 + symbol]` its child, -1 where none; `ends[state]` the bits of the words ending there. */
function trie(words: readonly AutomatonWord[]): { edges: number[]; ends: number[] } {
  const edges: number[] = new Array<number>(SYMBOLS).fill(-1);
  const ends: number[] = [0];
  for (const word of words) {
    let state = 0;
    for (const symbol of word.symbols) {
      let target = edges[state * SYMBOLS + symbol]!;
      if (target === -1) {
        target = ends.length;
        ends.push(0);
        for (let k = 0; k < SYMBOLS; k++) edges.push(-1);
        edges[state * SYMBOLS + symbol] = target;
      }
      state = target;
    }
    ends[state]! |= word.bits;
  }
  return { edges, ends };
}

/**
 * The automaton with its states numbered anew: in the order they were
 * first reached from the start (`reached`, breadth first), those where a
 * word ends last; each state as its row's offset.
 */
function numbered(next: Int32Array, ends: readonly number[], reached: readonly number[]): LetterAutomaton {
  const order = [0, ...reached.filter((state) => ends[state] === 0), ...reached.filter((state) => ends[state] !== 0)];
  const renamed = new Int32Array(ends.length);
  order.forEach((state, index) => (renamed[state] = index * SYMBOLS));
  const table = next.length <= 0x10000 ? new Uint16Array(next.length) : new Int32Array(next.length);
  for (let state = 0; state < ends.length; state++) {
    for (let symbol = 0; symbol < SYMBOLS; symbol++) table[renamed[state]! + symbol] = renamed[next[state * SYMBOLS + symbol]!]!;
  }
  const firstEndIndex = order.findIndex((state) => ends[state] !== 0);
  const first = firstEndIndex === -1 ? order.length : firstEndIndex;
  return { next: table, firstEnd: first * SYMBOLS, ends: Int32Array.from(order.slice(first), (state) => ends[state]!) };
}
