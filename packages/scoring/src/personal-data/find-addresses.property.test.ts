import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryText } from "../test-support/arbitrary-text.js";
import { scanAddresses } from "./find-addresses.js";
import type { RawMatch } from "./personal-data-match.js";

const scan = (text: string, quick: boolean) => {
  const out: RawMatch[] = [];
  scanAddresses(text, out, quick);
  return out;
};

// Street names, prepositions, numbers and what stands between them, as addresses and near-addresses are written.
const PARTS = [
  "Hauptstraße", "Hauptstrasse", "HAUPTSTRASSE", "Gartenstr.", "Gartenstr", "Lindenweg", "Marktplatz", "Rosenring", "Bring", "unterwegs", "Straße", "Berliner", "Große",
  "Am", "am", "An der", "Im", "Zum", "Auf dem", "Markt", "Alten", "Kirche", "Sportplatz", "Juni", "Nr.", "Nr", "Hausnr.", "Hausnummer", "N", "H",
  "5", "5a", "12-14", "0", "07", "1", "3 b", "20", "123", "1234", ",", ", 72070 Tübingen", "72070", "Minuten", "km", "Geräte",
  " ", " ", "  ", "   ", "\u00a0", "\u202f", "\t", "\n", ".", "-", "/", "(", "@", "ß", "ẞ", "ſ", "Mu\u0308hlweg",
];
const space = fc.constantFrom("", " ", " ", "  ", "   ", "\u00a0", "\t", "\n");
const number = fc.constantFrom("1", "5", "9", "5a", "12-14", "3 b", "0", "07", "123", "1234", "20 Minuten", "7, 72070 Tübingen", "8 Geräte");
const nr = fc.constantFrom("", "", "Nr. ", "Nr ", "Hausnr. ", "Hausnummer ", "Nr.");
const capitalised = fc.constantFrom("Markt", "Alten", "Kirche", "Sportplatz", "Juni", "Berg", "Lindenweg", "Hauptstraße", "Mühle", "Großen");
/** "Am Alten Markt 5", "An der Kirche Nr. 3": a preposition, one to four capitalised words, a number. */
const prefixed = fc
  .tuple(fc.constantFrom("Am", "am", "An der", "Im", "Zum", "Auf dem", "Bei der"), fc.array(fc.tuple(space, capitalised), { minLength: 1, maxLength: 4 }), space, nr, number)
  .map(([preposition, words, gap, no, house]) => preposition + words.map(([s, w]) => s + w).join("") + gap + no + house);
/** "Berliner Straße 12", "Gartenstr.7": a name with a street ending, a number. */
const suffixed = fc
  .tuple(fc.constantFrom("", "Berliner ", "Große ", "in der ", "Alte "), fc.constantFrom("Haupt", "Garten", "Linden", "Markt", "Rosen", "Kirch", "", "Bundes"), fc.constantFrom("straße", "strasse", "str.", "str", "weg", "platz", "ring", "gasse", "steig", "Straße", "STRASSE", "ſtraße"), space, nr, number)
  .map(([before, name, ending, gap, no, house]) => before + name + ending + gap + no + house);
const addressText = fc
  .array(fc.oneof(prefixed, suffixed, fc.constantFrom(...PARTS)), { maxLength: 8 })
  .map((parts) => parts.join(" "));

describe("findAddresses", () => {
  it("finds what it finds without looking ahead for a number first, in any text", () => {
    fc.assert(
      fc.property(fc.oneof(arbitraryText, addressText), (text) => {
        expect(scan(text, true)).toEqual(scan(text, false));
      }),
      { numRuns: 20_000 },
    );
  }, 60_000);
});
