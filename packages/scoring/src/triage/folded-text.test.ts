import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldForLexicon } from "../lexicons/index.js";
import { foldText, originalEnd, originalStart } from "./folded-text.js";

describe("foldText", () => {
  it.each(["Grüße aus Köln", "STRASSE", "Bu\u0308rgerbu\u0308ro", "Café „Schön“ 👍🏽", "Ärger ÜBER Öffnungszeiten", "İstanbul", "plain ascii"])(
    "folds %j as foldForLexicon does",
    (text) => {
      expect(foldText(text).folded).toBe(foldForLexicon(text));
    },
  );

  it("maps each folded character back to the original character it came from", () => {
    const text = "Grüße, Bu\u0308ro!";
    const folded = foldText(text);
    expect(folded.folded).toBe("gruesse, buero!");
    const back = [...folded.folded].map((_, at) => text.slice(originalStart(folded, at), originalEnd(folded, at)));
    // "ü" (one unit) becomes "ue": both point at it. A decomposed "u" + U+0308 is two units and stays two: one each.
    expect(back).toEqual(["G", "r", "ü", "ü", "ß", "ß", "e", ",", " ", "B", "u", "\u0308", "r", "o", "!"]);
  });

  it("keeps every folded character inside the original, for any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (text) => {
        const folded = foldText(text);
        for (let at = 0; at < folded.folded.length; at++) {
          const start = originalStart(folded, at);
          const end = originalEnd(folded, at);
          expect(start).toBeGreaterThanOrEqual(0);
          expect(end).toBeGreaterThan(start);
          expect(end).toBeLessThanOrEqual(text.length);
          if (at > 0) expect(start).toBeGreaterThanOrEqual(originalStart(folded, at - 1));
        }
      }),
      { numRuns: 2000 },
    );
  });
});
