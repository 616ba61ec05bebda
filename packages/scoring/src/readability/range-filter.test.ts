import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ABBREVIATIONS, MONTHS } from "./abbreviations.js";
import { RangeFilter } from "./range-filter.js";

const listed = [...ABBREVIATIONS, ...MONTHS];
const stretch = fc.oneof(
  fc.constantFrom(...listed, ...listed.map((w) => w.toUpperCase()), ...listed.map((w) => w.charAt(0).toUpperCase() + w.slice(1))),
  fc.string({ unit: fc.constantFrom(..."abcmnrstzäABMRZÄ.-"), maxLength: 8 }),
  fc.string({ unit: "binary", maxLength: 8 }),
);

describe("RangeFilter (property: never says no to a word of its list)", () => {
  it("may have every stretch the set has, as written or lowered", () => {
    const asWritten = new RangeFilter(listed, false);
    const lowered = new RangeFilter(listed, true);
    const set = new Set(listed);
    fc.assert(
      fc.property(fc.string({ maxLength: 3 }), stretch, fc.string({ maxLength: 3 }), (before, word, after) => {
        const text = before + word + after;
        const start = before.length;
        const end = start + word.length;
        if (set.has(word)) expect(asWritten.mayHave(text, start, end)).toBe(true);
        if (set.has(word.toLowerCase())) expect(lowered.mayHave(text, start, end)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("rules out most ASCII words that are not in the list", () => {
    const filter = new RangeFilter(["bzw", "nr", "ca"], true);
    const others = ["Rathaus", "Uhr", "frei", "Montag", "Sperrmüll"].filter((w) => !filter.mayHave(w, 0, w.length));
    expect(others.length).toBeGreaterThanOrEqual(4);
    expect(filter.mayHave("BZW", 0, 3)).toBe(true);
  });
});
