import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryText } from "../test-support/arbitrary-text.js";
import { shoutedWords } from "./shouted-words.js";

// How the accessibility check found words in capitals before shoutedWords
// read them by hand: every word upper- and lower-cased.
const SHOUTED = new Set(["NEU", "JETZT", "HEUTE", "GRATIS", "BITTE", "NUR", "ALLE", "MEHR", "AUCH", "LIVE", "SALE", "TOP", "ENDLICH", "DRINGEND", "ACHTUNG", "WICHTIG", "KOSTENLOS"]);
function reference(text: string): { start: number; end: number; word: string }[] {
  const words = [...text.matchAll(/\p{L}+/gu)];
  const caps = words.map((w) => w[0].length >= 3 && w[0] === w[0].toUpperCase() && w[0] !== w[0].toLowerCase() && !/[\u{1D400}-\u{1D7FF}]/u.test(w[0]));
  const found: { start: number; end: number; word: string }[] = [];
  words.forEach((word, index) => {
    if (!caps[index]) return;
    if (word[0].length >= 6 || SHOUTED.has(word[0]) || caps[index - 1] === true || caps[index + 1] === true) found.push({ start: word.index, end: word.index + word[0].length, word: word[0] });
  });
  return found;
}

const capitals = fc.constantFrom("NEU", "ÖPNV", "DSGVO", "WICHTIG", "ABC", "AB", "ÄÖÜ", "MÜNCHEN", "STRAßE", "STRASSE", "ẞ", "ǅ", "ǄǄǄ", "ΟΔΟΣ", "İİİ", "ªªª", "µµµ", "ÿÿÿ", "ŸŸŸ", "𝗪𝗶𝗰𝗵𝘁𝗶𝗴", "𝐀𝐁𝐂", "Ｗｉｃｈｔｉｇ", "ＡＢＣ", "ÀÉÎ", "ÞÞÞ", "中文字", "Neu", "nEU", "K\u212AK");
const capitalText = fc.array(fc.tuple(capitals, fc.constantFrom(" ", " ", "-", "\n", "1", "🎉", "")), { maxLength: 20 }).map((pairs) => pairs.flat().join(""));

describe("shoutedWords", () => {
  it("finds the words in capitals that upper- and lower-casing each word found, in any text", () => {
    fc.assert(
      fc.property(fc.oneof(arbitraryText, capitalText), (text) => {
        expect(shoutedWords(text)).toEqual(reference(text));
      }),
      { numRuns: 10_000 },
    );
  }, 30_000);

  it("takes long, known and neighbouring capitals for shouting, and leaves acronyms alone", () => {
    expect(shoutedWords("NEU: Der ÖPNV fährt. ACHTUNG WICHTIG, bitte lesen. DSGVO").map((w) => w.word)).toEqual(["NEU", "ACHTUNG", "WICHTIG"]);
  });
});
