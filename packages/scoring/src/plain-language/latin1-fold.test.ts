import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldForLexicon } from "../lexicons/index.js";
import { repeat } from "../test-support/hostile-text.js";
import { firstTwoUnits, firstTwoUnitsOfFolded, foldedKeyOf, latin1FoldedMatches, latin1FoldKey, latin1FourthUnit, NOT_LATIN1 } from "./latin1-fold.js";

// Characters that make folding interesting: ASCII letters of both cases,
// umlauts and ß (two units each), other Latin-1 letters and signs, and what
// lies just beyond Latin-1: combining marks (which compose with the letter
// before them), ẞ, letters whose lower case is longer (İ) or contextual (Σ).
const unit = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(..."abcdeginrstuzABCEGINRSUZ") },
  { weight: 4, arbitrary: fc.constantFrom(..."äöüßÄÖÜéÉàçñÿµªºÞþ×÷\u00ad·'-") },
  { weight: 2, arbitrary: fc.constantFrom("\u0308", "\u0301", "\u0304", "ẞ", "İ", "Σ", "ſ", "ǅ", "Ａ", "\ud800", "👍") },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xff }).map((code) => String.fromCharCode(code)) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 2 }) },
);
// The tokenizer's words are never empty.
const word = fc
  .array(unit, { minLength: 1, maxLength: 12 })
  .map((units) => units.join(""))
  .filter((w) => w.length > 0);
/** A pattern word in lexicon form, often the fold of a word or a piece of one. */
const want = fc.oneof(
  word.map(foldForLexicon),
  fc.tuple(word, fc.nat(6)).map(([w, cut]) => foldForLexicon(w).slice(0, cut)),
  fc.constantFrom("in", "im", "zur", "des", "desto", "gemaess", "ae", "a", "s", "ss", "café"),
);

describe("folding a Latin-1 word in place (the officialese matcher's fast path)", () => {
  it("gives the key of the word's fold, or says the word is not Latin-1", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3 }), word, fc.string({ maxLength: 3 }), (before, w, after) => {
        const text = before + w + after;
        const key = latin1FoldKey(text, before.length, before.length + w.length);
        const latin1 = [...w].every((character) => character.charCodeAt(0) < 0x100);
        expect(key === NOT_LATIN1).toBe(!latin1);
        if (key !== NOT_LATIN1) expect(key).toBe(foldedKeyOf(foldForLexicon(w)));
      }),
      { numRuns: 3000 },
    );
  });

  it("compares a word with a pattern word as foldForLexicon does, whole or as a prefix", () => {
    fc.assert(
      fc.property(word, want, fc.boolean(), (w, pattern, prefix) => {
        fc.pre(latin1FoldKey(w, 0, w.length) !== NOT_LATIN1);
        const folded = foldForLexicon(w);
        expect(latin1FoldedMatches(w, 0, w.length, pattern, prefix)).toBe(prefix ? folded.startsWith(pattern) : folded === pattern);
      }),
      { numRuns: 3000 },
    );
  });

  it("gives the fourth unit of a Latin-1 word's fold", () => {
    fc.assert(
      fc.property(word, (w) => {
        fc.pre(latin1FoldKey(w, 0, w.length) !== NOT_LATIN1);
        const folded = foldForLexicon(w);
        expect(latin1FourthUnit(w, 0, w.length)).toBe(folded.length > 3 ? folded.charCodeAt(3) : -1);
      }),
      { numRuns: 3000 },
    );
  });

  it("reads the first two units of the fold from the first characters, or says it cannot", () => {
    fc.assert(
      fc.property(word, (w) => {
        const two = firstTwoUnits(w, 0, w.length);
        if (two !== -1) expect(two).toBe(firstTwoUnitsOfFolded(foldForLexicon(w)));
      }),
      { numRuns: 3000 },
    );
  });

  it("tells words apart that share their first three units, by the key's length mark", () => {
    const keyOf = (w: string) => latin1FoldKey(w, 0, w.length);
    expect(keyOf("des")).not.toBe(keyOf("desto"));
    expect(keyOf("Des")).toBe(keyOf("des"));
    expect(keyOf("zuä")).toBe(foldedKeyOf("zuae"));
    expect(keyOf("GEMÄSS")).toBe(keyOf("gemäß"));
    expect(latin1FoldedMatches("Gemäß", 0, 5, "gemaess", false)).toBe(true);
    expect(latin1FoldedMatches("Obigen", 0, 6, "obig", true)).toBe(true);
    expect(latin1FoldedMatches("Obigen", 0, 6, "obig", false)).toBe(false);
  });

  it("takes time in proportion to the word on hostile input", () => {
    for (const text of [repeat("ä"), repeat("a\u0308"), repeat("ß")]) {
      const started = performance.now();
      latin1FoldKey(text, 0, text.length);
      latin1FoldedMatches(text, 0, text.length, foldForLexicon(text), false);
      expect(performance.now() - started).toBeLessThan(500);
    }
  });
});
