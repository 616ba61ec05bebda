import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryText, TRICKY_PIECES } from "../test-support/arbitrary-text.js";
import { hashtagsGenerally, hashtagsIn, needsCamelCase, needsCamelCaseGenerally } from "./accessibility-hashtags.js";

// The accessibility check reads hashtags of Latin-1 characters with tables,
// the rest with the Unicode patterns. Both must find the same hashtags and
// tell the same tags for CamelCase.
const PIECES = ["#", "##", "#Freibad", "#stadtfestmusterstadt", "#STADTFESTMUSTERSTADT", "#stadtfest2026", "#Straßenfest", "#a_b", "#Café", "#Müll²", "&#", "/#", "a#b", "1#", "_#", "ä#x", "Ω#x", "#Ωmega", "#x🎉", "🎉#x", "#\u0301", "\uD835\uDC00#x", "½", "²", "_", " ", "\n", ".", "x"];
const text = fc.oneof(arbitraryText, fc.array(fc.constantFrom(...PIECES, ...TRICKY_PIECES), { maxLength: 20 }).map((pieces) => pieces.join("")));
const tag = fc.oneof(
  fc.array(fc.constantFrom("stadt", "FEST", "muster", "2026", "²", "½", "_", "ß", "ä", "Ä", "ÿ", "µ", "İ", "ı", "Σ", "x", "1"), { maxLength: 8 }).map((pieces) => pieces.join("")),
  fc.string({ unit: "binary", maxLength: 20 }),
);

describe("the accessibility check's hashtags", () => {
  it("are those the Unicode pattern finds, in any text", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(hashtagsIn(t)).toEqual(hashtagsGenerally(t));
      }),
      { numRuns: 20_000 },
    );
  }, 60_000);

  it("need CamelCase as the Unicode patterns tell, for any tag", () => {
    fc.assert(
      fc.property(tag, (t) => {
        expect(needsCamelCase(t)).toBe(needsCamelCaseGenerally(t));
      }),
      { numRuns: 20_000 },
    );
  }, 60_000);

  it("are read as people write them", () => {
    expect(hashtagsIn("Sommer! #Freibad #stadtfestmusterstadt, a#b &#x")).toEqual([
      { index: 8, tag: "Freibad" },
      { index: 17, tag: "stadtfestmusterstadt" },
    ]);
    expect(needsCamelCase("stadtfestmusterstadt")).toBe(true);
    expect(needsCamelCase("StadtFestMusterstadt")).toBe(false);
  });
});
