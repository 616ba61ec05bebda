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

  it.each([
    ["a soft hyphen", "le\u00adben", "leben"],
    ["a zero-width space", "Feu\u200ber", "feuer"],
    ["a word joiner and a byte-order mark", "Bra\u2060n\ufeffd", "brand"],
    ["a zero-width joiner between letters", "Gas\u200dgeruch", "gasgeruch"],
    ["fullwidth letters", "ＳＣＨÜＳＳＥ", "schuesse"],
    ["mathematical bold letters", "\u{1d40b}\u{1d41e}\u{1d41b}\u{1d41e}\u{1d427}", "leben"],
    ["a Cyrillic look-alike in a Latin word", "l\u0435ben", "leben"],
    ["Greek capitals in a Latin word", "\u0397ILFE", "hilfe"],
    ["a ligature", "\ufb01nde", "finde"],
    ["two zero-width joiners in a row", "le\u200d\u200dben", "leben"],
    ["a zero-width joiner before a word", "nicht \u200dmehr", "nicht mehr"],
    ["a variation selector on a letter", "le\ufe0fben", "leben"],
    ["a variation selector outside the Basic Multilingual Plane", "le\u{e0100}ben", "leben"],
    ["a combining grapheme joiner", "le\u034fben", "leben"],
    ["a mark of writing direction and an invisible operator", "le\u200eb\u2062en", "leben"],
    ["a Cyrillic look-alike among fullwidth letters", "\uff4c\u0435\uff42\uff45\uff4e", "leben"],
    ["a look-alike beside a soft hyphen", "l\u00ad\u0435ben", "leben"],
    ["small capitals", "\u1d07s \u0299\u0280\u1d07\u0274\u0274\u1d1b", "es brennt"],
    ["small capitals f, s and q", "\ua730\u1d07\u1d1c\u1d07\u0280 \ua731\ua7af", "feuer sq"],
    ["parenthesised letters", "\u24a1\u24a0\u24b0\u24a0\u24ad", "feuer"],
    ["squared letters", "\u{1f135}\u{1f134}\u{1f144}\u{1f134}\u{1f141}", "feuer"],
    ["negative circled letters", "\u{1f155}\u{1f154}\u{1f164}\u{1f154}\u{1f161}", "feuer"],
    ["negative squared letters", "\u{1f175}\u{1f174}\u{1f184}\u{1f174}\u{1f181}", "feuer"],
    ["a small capital with a combining mark", "\u0299\u0280\u1d1c\u0308\u1d04\u1d0b\u1d07", "bruecke"],
  ])("reads through %s", (_name, text, folded) => {
    expect(foldText(text).folded).toBe(folded);
  });

  it.each([
    ["Russian text", "\u0441\u0435\u0440\u0434\u0446\u0435 \u043e\u043a\u043d\u043e"],
    ["Greek text", "\u03ba\u03b1\u03b9 \u03bf"],
    ["an emoji joined by a zero-width joiner", "\u{1f469}\u200d\u{1f692}"],
    ["an emoji with a skin tone, joined", "\u{1f469}\u{1f3fd}\u200d\u{1f692}"],
    ["an emoji with its variation selector, joined", "\u2764\ufe0f\u200d\u{1f525}"],
    ["letters typed as emoji, with U+FE0F", "Blutgruppe \u{1f170}\ufe0f, \u{1f17f}\ufe0f am Bahnhof"],
  ])("leaves %s as it is", (_name, text) => {
    expect(foldText(text).folded).toBe(foldForLexicon(text));
  });

  it("points the letters around an invisible character at their own place, and leaves the invisible one out", () => {
    const text = "Fe\u00aduer!";
    const folded = foldText(text);
    expect(folded.folded).toBe("feuer!");
    const back = [...folded.folded].map((_, at) => text.slice(originalStart(folded, at), originalEnd(folded, at)));
    expect(back).toEqual(["F", "e", "u", "e", "r", "!"]);
  });

  const EMPTY_MARKS = ["\ufe0f", "\u{e0100}", "\u034f"];
  it("folds a word the same with invisible characters put anywhere inside it", () => {
    const invisible = fc.constantFrom("\u00ad", "\u200b", "\u200c", "\u200d", "\u200e", "\u2060", "\u2062", "\ufeff", "\ufe0f", "\u{e0100}", "\u034f");
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzäöüßABCÄÖÜ ,.!"), fc.option(invisible, { nil: "" })), { maxLength: 30 }), (pairs) => {
        const plain = pairs.map(([letter]) => letter).join("");
        // Marks that show nothing only on a letter: after a "#" or a digit a variation selector makes an emoji ("#️⃣").
        const disguised = pairs.map(([letter, hidden]) => letter + (/\p{L}/u.test(letter) || !EMPTY_MARKS.includes(hidden) ? hidden : "")).join("");
        expect(foldText(disguised).folded).toBe(foldText(plain).folded);
      }),
      { numRuns: 1000 },
    );
  });
});
