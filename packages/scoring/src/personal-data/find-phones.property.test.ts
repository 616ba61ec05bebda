import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryText } from "../test-support/arbitrary-text.js";
import { scanPhones } from "./find-phones.js";
import type { RawMatch } from "./personal-data-match.js";

const scan = (text: string, quick: boolean) => {
  const out: RawMatch[] = [];
  scanPhones(text, out, quick);
  return out;
};

// Numbers as posts write them, announced or not, and the words that announce or explain them.
const word = fc.constantFrom("Tel.", "Tel", "Telefon:", "Handy", "Fax", "Tel./Fax", "Tel. Nr.", "Nr.", "Az.", "Kundennummer", "Nummer", "unter", "bis", "um", "Uhr", "€", "Zimmer", "");
const group = fc.constantFrom("1", "7", "12", "123", "1234", "12345", "123456", "1234567", "0151", "07071", "0", "00", "2026", "110", "112", "116", "117", "1234567890123456");
const separator = fc.constantFrom(" ", "-", "/", " / ", " - ", "–", " – ", ".", ",", ":", "", "  ", "\u00a0", "\n");
const number = fc.array(fc.tuple(group, separator), { minLength: 1, maxLength: 4 }).map((parts) => parts.flat().join(""));
const phoneText = fc.array(fc.tuple(word, fc.constantFrom(" ", "  ", ": ", ""), number, fc.constantFrom(" ", ". ", "a", "@x.de", ",5 ", "")), { maxLength: 6 }).map((parts) => parts.flat().join(""));

describe("findPhones", () => {
  it("finds what it finds without letting short numbers go before reading the words before them, in any text", () => {
    fc.assert(
      fc.property(fc.oneof(arbitraryText, phoneText), (text) => {
        expect(scan(text, true)).toEqual(scan(text, false));
      }),
      { numRuns: 20_000 },
    );
  }, 60_000);
});
