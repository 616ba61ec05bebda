import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryText } from "../test-support/arbitrary-text.js";
import { hasTwoLetters } from "./accessibility-check.js";

// The bare-link rule asks whether the words around a link hold two letters
// in a row; it did so with a Unicode pattern over a slice of the text, and
// now reads the code points in place. Both must answer the same for any
// range of any text (a range may cut a surrogate pair in two).
describe("hasTwoLetters", () => {
  it("answers as /\\p{L}{2}/u over the slice, for any range of any text", () => {
    const textAndRange = arbitraryText.chain((text) => fc.tuple(fc.constant(text), fc.nat(text.length), fc.nat(text.length)));
    fc.assert(
      fc.property(textAndRange, ([text, a, b]) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        expect(hasTwoLetters(text, from, to)).toBe(/\p{L}{2}/u.test(text.slice(from, to)));
      }),
      { numRuns: 20_000 },
    );
  }, 60_000);

  it("tells the words before a link from a bare one", () => {
    const text = "Alle Termine: https://x.de\n🎉 https://y.de";
    expect(hasTwoLetters(text, 0, 14)).toBe(true);
    expect(hasTwoLetters(text, 27, 30)).toBe(false);
  });
});
