import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectAll, detectWithoutPreScan, findPersonalData } from "./create-personal-data-finder.js";

/*
 * The digit pre-scan (kinds-in-text.ts) held to every finder on the whole
 * text with the separators a pasted or typeset text brings: thin, figure
 * and narrow spaces, soft hyphens, joiners, full-width and other digits.
 * It agreed on 200,000 texts of these pieces; the property stays as a guard.
 * What it found instead is a gap of the phone finder itself (see below).
 */
describe("the personal-data pre-scan with the separators of typeset text", () => {
  it("rules out only what the finders on the whole text do not find", () => {
    const piece = fc.constantFrom(
      "0", "1", "5", "00", "12", "49", "0151", "07071", "123", "1234", "23456789", "2026", "(", ")", "(0)", "+", "+49", " ", "\u00a0", "\u202f", "\u2009", "\u2007", "\t", "\u00ad",
      "-", "–", "—", "/", ".", ",", ":", "DE", "89", "TÜ", "M", "-AB", "Str.", "straße", "weg", "Nr.", "Am ", "Markt", "geb.", "*", "Tel. ", "Kennzeichen ", "E", "H", "@", "x@y.de",
      "０", "１", "٣", "𝟏", "\u200b", "\u2060", "\ufeff", "\u0308", "Ü", "\n", "ſtr.", "STRAẞE ", "Hausnr. ",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 25 }).map((pieces) => pieces.join("")), (text) => {
        expect(detectAll(text)).toEqual(detectWithoutPreScan(text));
      }),
      { numRuns: 20_000 },
    );
  }, 120_000);

  // The phone finder took space, no-break space, narrow no-break space and
  // tab between the groups of a number, not the thin space (U+2009) or the
  // figure space (U+2007) that typeset texts put there.
  it("finds a mobile number whose groups a thin space or a figure space separates", () => {
    for (const space of ["\u2009", "\u2007"]) {
      const text = `Bitte rufen Sie Frau Muster an: 0151${space}2345${space}6789.`;
      expect(findPersonalData(text).map((match) => match.kind)).toEqual(["phone"]);
    }
  });
});
