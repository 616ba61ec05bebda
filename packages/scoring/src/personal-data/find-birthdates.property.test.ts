import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryText } from "../test-support/arbitrary-text.js";
import { scanBirthdates } from "./find-birthdates.js";
import type { RawMatch } from "./personal-data-match.js";

const scan = (text: string, quick: boolean) => {
  const out: RawMatch[] = [];
  scanBirthdates(text, out, quick);
  return out;
};

// Dates, birth words in any case, stars, and what stands between them.
const PARTS = ["geb.", "Geb.", "GEB", "geboren", "GEBOREN", "Geburtsdatum:", "Geburtstag", "*", "(*", "Bürger*innen", "am", "in Tübingen", "12.03.1980", "12. März 1980", "1980-03-12", "12.3.80", "1.", "31.12.2026", "3,50", " ", " ", ". ", "\n", "Mo.,"];
const birthText = fc.array(fc.constantFrom(...PARTS), { maxLength: 14 }).map((parts) => parts.join(" "));

describe("findBirthdates", () => {
  it("finds what it finds without looking for a birth word in the whole text first, in any text", () => {
    let found = 0;
    fc.assert(
      fc.property(fc.oneof(arbitraryText, birthText), (text) => {
        const slow = scan(text, false);
        found += slow.length;
        expect(scan(text, true)).toEqual(slow);
      }),
      { numRuns: 10_000 },
    );
    expect(found).toBeGreaterThan(100);
  }, 60_000);
});
