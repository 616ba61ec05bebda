import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { repeat } from "../test-support/hostile-text.js";
import { arbitraryText } from "../test-support/arbitrary-text.js";
import { isLetterCodePoint, letterWords } from "./letter-words.js";

/** The words as the pattern the scanner replaces finds them. */
function byPattern(text: string): { start: number; end: number; word: string; lower: string }[] {
  return [...text.matchAll(/\p{L}+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length, word: m[0], lower: m[0].toLowerCase() }));
}

function byScanner(text: string): { start: number; end: number; word: string; lower: string }[] {
  const words = letterWords(text);
  return Array.from({ length: words.count }, (_, i) => ({ start: words.starts[i]!, end: words.ends[i]!, word: words.word(i), lower: words.lower(i) }));
}

describe("letterWords", () => {
  it("finds the words /\\p{L}+/gu finds, with their lower case, in any text", () => {
    fc.assert(
      fc.property(arbitraryText, (text) => {
        expect(byScanner(text)).toEqual(byPattern(text));
      }),
      { numRuns: 5_000 },
    );
  }, 30_000);

  it("lowers a word as the word itself lowers, where the text lowered whole would not (İ, Σ)", () => {
    expect(byScanner("İSTANBUL ΟΔΟΣ'Α Wahl").map((w) => w.lower)).toEqual(["i̇stanbul", "οδος", "α", "wahl"]);
    expect(byScanner("ΟΔΟΣ'Α")).toEqual(byPattern("ΟΔΟΣ'Α"));
  });

  it("keeps only the last text's words, and answers outside the words with nothing", () => {
    const first = letterWords("Melden Sie sich");
    expect(letterWords("Melden Sie sich")).toBe(first);
    expect(letterWords("Meldet euch").word(1)).toBe("euch");
    expect(letterWords("Melden Sie sich")).not.toBe(first);
    expect([first.word(-1), first.word(3), first.lower(3)]).toEqual(["", "", ""]);
  });

  it("tells letters by code point as \\p{L} does, in every plane", () => {
    for (let codePoint = 0; codePoint < 0x30000; codePoint += codePoint < 0x20000 ? 1 : 97) {
      if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue;
      if (isLetterCodePoint(codePoint) !== /\p{L}/u.test(String.fromCodePoint(codePoint))) throw new Error(`U+${codePoint.toString(16)}`);
    }
    expect(isLetterCodePoint(0xe0041)).toBe(false);
  });

  it("reads 100,000 characters of one letter, or of emoji, in linear time", () => {
    for (const [text, count] of [[repeat("a"), 1], [repeat("👩🏽‍🚒 "), 0], [repeat("Σ"), 1], [repeat("a "), 50_000]] as const) {
      const started = performance.now();
      expect(letterWords(text).count).toBe(count);
      letterWords(text).lower(count - 1);
      expect(performance.now() - started).toBeLessThan(500);
    }
  });
});
