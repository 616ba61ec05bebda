import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryText, TRICKY_PIECES } from "../test-support/arbitrary-text.js";
import { avoidMatchesForTest, carriesHashtag, FOLDS_INTO_LATIN1 } from "./brand-voice-check.js";

// The brand-voice check reads a list of Latin-1 words to avoid with a plain
// pattern (each character as the class of those it folds with, the
// look-behind in code) and a required hashtag at each "#" of the text
// itself. Both fast readings must find what the general ones find, and the
// classes must be those of Unicode's case folding.

const wordPieces = fc.constantFrom("Antragsteller", "zwecks", "straße", "STRASSE", "s", "ſ", "k", "K", "\u212A", "µ", "μ", "ÿ", "Ÿ", "å", "\u212B", "ß", "\u1E9E", "a-b", "b", "x.y", "(", "[", "\\", "İ", "i", "é", "É", "1", " ", "Bürger", "Ä");
const word = fc.oneof(fc.array(wordPieces, { minLength: 1, maxLength: 3 }).map((pieces) => pieces.join("")), fc.string({ unit: "binary", minLength: 1, maxLength: 4 }));
const textWith = (words: readonly string[]) =>
  fc.oneof(arbitraryText, fc.array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(...TRICKY_PIECES), wordPieces), { maxLength: 20 }).map((pieces) => pieces.join("")));

describe("the brand-voice check's fast readings", () => {
  it("find the words to avoid that the Unicode pattern finds, in any text", () => {
    const listAndText = fc.array(word, { minLength: 1, maxLength: 4 }).chain((words) => fc.tuple(fc.constant(words), textWith(words)));
    fc.assert(
      fc.property(listAndText, ([words, text]) => {
        expect(avoidMatchesForTest(text, words, true)).toEqual(avoidMatchesForTest(text, words, false));
      }),
      { numRuns: 2_000 },
    );
  }, 60_000);

  it("tell a required hashtag as lowering the whole text does, in any text", () => {
    const tags = fc.constantFrom("musterstadt", "stadtfest2026", "bürgerbüro", "straße", "k", "", "ſ", "σ", "i̇", "a_b");
    const tagAndText = tags.chain((tag) => fc.tuple(fc.constant(tag), textWith([`#${tag}`, `#${tag.toUpperCase()}`, "#", "\u212A", "İ", "Σ", "🎉"])));
    fc.assert(
      fc.property(tagAndText, ([tag, text]) => {
        expect(carriesHashtag(text, tag, true)).toBe(carriesHashtag(text, tag, false));
      }),
      { numRuns: 10_000 },
    );
  }, 60_000);

  it("find words in any case and at the start of words only", () => {
    expect(avoidMatchesForTest("Antragstellern, ZWECKS, Mitantragsteller, 1zwecks, zwecks", ["antragsteller", "zwecks"], true)).toEqual([
      [0, "Antragsteller"],
      [16, "ZWECKS"],
      [51, "zwecks"],
    ]);
  });

  it("fold characters as Unicode's case folding does, for every code point", () => {
    // Within Latin-1: the same lower case.
    const latin1Mismatches: string[] = [];
    for (let a = 0; a < 0x100; a++) {
      const pattern = new RegExp(`^\\u${a.toString(16).padStart(4, "0")}$`, "iu");
      for (let b = 0; b < 0x100; b++) {
        if (pattern.test(String.fromCharCode(b)) !== (String.fromCharCode(a).toLowerCase() === String.fromCharCode(b).toLowerCase())) latin1Mismatches.push(`${a}/${b}`);
      }
    }
    expect(latin1Mismatches).toEqual([]);
    // Beyond Latin-1: exactly FOLDS_INTO_LATIN1.
    const anyLatin1 = /^[\u0000-\u00ff]$/iu;
    const found: Record<string, string> = {};
    for (let code = 0x100; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const character = String.fromCodePoint(code);
      if (!anyLatin1.test(character)) continue;
      for (let latin1 = 0; latin1 < 0x100; latin1++) {
        const lower = String.fromCharCode(latin1).toLowerCase();
        if (lower === String.fromCharCode(latin1) && new RegExp(`^\\u${latin1.toString(16).padStart(4, "0")}$`, "iu").test(character)) found[lower] = (found[lower] ?? "") + character;
      }
    }
    expect(found).toEqual(FOLDS_INTO_LATIN1);
  }, 60_000);
});
