import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isLetterCode, isNumberCode } from "./code-point-classes.js";

describe("code point classes", () => {
  it("answer as the Unicode property patterns do, for every code point asked twice", () => {
    const codePoint = fc.oneof(fc.integer({ min: 0, max: 0x2ffff }), fc.integer({ min: 0, max: 0x10ffff }), fc.constantFrom(0x41, 0xe4, 0x212a, 0x660, 0xd800, 0xdfff, 0x1d5ea, 0x10400));
    fc.assert(
      fc.property(codePoint, (value) => {
        const character = String.fromCodePoint(value);
        for (let time = 0; time < 2; time++) {
          expect(isLetterCode(value)).toBe(/^\p{L}$/u.test(character));
          expect(isNumberCode(value)).toBe(/^\p{N}$/u.test(character));
        }
      }),
      { numRuns: 20_000 },
    );
  });
});
