import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldForLexicon } from "./fold-for-lexicon.js";

const germanLetters = [..."abcdefghijklmnopqrstuvwxyzäöüßABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜẞ -.,!?"];
const germanText = fc.string({ unit: fc.constantFrom(...germanLetters), maxLength: 40 });

describe("foldForLexicon", () => {
  it.each([
    ["Bürgermeister", "buergermeister"],
    ["STRASSE", "strasse"],
    ["Straße", "strasse"],
    ["GROẞ", "gross"],
    ["Öffnungszeiten", "oeffnungszeiten"],
    ["Café Müller 👍", "café mueller 👍"],
  ])("folds %j to %j", (text, folded) => {
    expect(foldForLexicon(text)).toBe(folded);
  });

  it("makes one spelling of an umlaut typed as a letter and a combining mark", () => {
    expect(foldForLexicon("Bu\u0308rger")).toBe("buerger");
  });

  it("is the same for a German text in any case and normalisation form", () => {
    fc.assert(
      fc.property(germanText, (text) => {
        const folded = foldForLexicon(text);
        expect(foldForLexicon(text.toUpperCase())).toBe(folded);
        expect(foldForLexicon(text.normalize("NFD"))).toBe(folded);
        expect(foldForLexicon(folded)).toBe(folded);
        expect(folded).not.toMatch(/[A-ZÄÖÜäöüßẞ]/);
      }),
    );
  });

  it("keeps every character that is not a German letter to fold", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 20 }), (text) => {
        const folded = foldForLexicon(text);
        expect(foldForLexicon(folded)).toBe(folded);
        expect(folded).not.toMatch(/[äöüß]/);
      }),
    );
  });
});
