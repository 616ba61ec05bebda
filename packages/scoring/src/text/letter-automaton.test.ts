import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LETTER_SYMBOLS, letterAutomaton, OTHER_SYMBOL, symbolOf, type AutomatonWord } from "./letter-automaton.js";

/** The bits of the words that occur in `symbols`, by running the automaton over them. */
function run(words: readonly AutomatonWord[], symbols: readonly number[]): number {
  const { next, firstEnd, ends } = letterAutomaton(words);
  let state = 0;
  let found = 0;
  for (const symbol of symbols) {
    state = next[state + symbol]!;
    if (state >= firstEnd) found |= ends[(state - firstEnd) / LETTER_SYMBOLS]!;
  }
  return found;
}

/** The same, by looking for each word at each place. */
function naive(words: readonly AutomatonWord[], symbols: readonly number[]): number {
  let found = 0;
  for (const word of words) {
    for (let at = 0; at + word.symbols.length <= symbols.length; at++) {
      if (word.symbols.every((symbol, k) => symbols[at + k] === symbol)) found |= word.bits;
    }
  }
  return found;
}

// Few symbols, so that words overlap, share beginnings and hold one another; and the last one.
const symbol = fc.constantFrom(0, 1, 2, 25, 26, OTHER_SYMBOL);
const words = fc.array(fc.tuple(fc.array(symbol, { minLength: 1, maxLength: 6 }), fc.integer({ min: 0, max: 30 })), { maxLength: 8 }).map((list) => list.map(([symbols, bit]) => ({ symbols, bits: 1 << bit })));

describe("letterAutomaton", () => {
  it("finds the words that occur in a sequence, as looking for each at each place does", () => {
    fc.assert(
      fc.property(words, fc.array(symbol, { maxLength: 60 }), (list, symbols) => {
        expect(run(list, symbols)).toBe(naive(list, symbols));
      }),
      { numRuns: 5_000 },
    );
  });

  it("finds nothing without words, and a word that ends where another begins", () => {
    expect(run([], [0, 1, 2])).toBe(0);
    const ab = { symbols: [0, 1], bits: 1 };
    const bc = { symbols: [1, 2], bits: 2 };
    const abcd = { symbols: [0, 1, 2, 3], bits: 4 };
    expect(run([abcd, ab, bc], [0, 1, 2, 4])).toBe(3);
    expect(run([abcd, ab, bc], [5, 0, 1, 2, 3])).toBe(7);
  });

  it("gives each letter of the matching form its symbol", () => {
    expect(["a", "z", "0", "9", "ä", "|"].map((letter) => symbolOf(letter.charCodeAt(0)))).toEqual([0, 25, 26, 35, OTHER_SYMBOL, OTHER_SYMBOL]);
  });
});
