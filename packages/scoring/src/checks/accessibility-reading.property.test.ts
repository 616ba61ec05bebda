import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isPictographic } from "../text/emoji.js";
import { isLetterCodePoint } from "../text/letter-words.js";
import { arbitraryText } from "../test-support/arbitrary-text.js";
import { isPictographCandidate, NOTHING_OF_NOTE, readForAccessibility, readGenerally } from "./accessibility-reading.js";

// readForAccessibility reads a plain text with one pattern, the rest with
// the three readings the accessibility check had (findEmoji, shoutedWords,
// the sign of letters faked from symbols). Both ways must read the same.

// Pieces where the readings meet: emoji next to letters and capitals,
// keycaps, flags, joiners, pictographs that are letters (ℹ) or circled
// letters (Ⓜ), and those that findEmoji only reads in a text with another
// emoji (‼, ⁉).
const PIECES = [
  "NEU", "ÖPNV", "WICHTIG", "ABC", "AB", "Neu", "neu", "ÄÖÜ", "STRAßE", "ªªª", "µµµ", "ÿÿÿ", "ŸŸŸ", "ΟΔΟΣ", "İİİ", "K\u212AK", "𝗪𝗶𝗰𝗵𝘁𝗶𝗴", "ＡＢＣ", "Ⓦⓘ", "Ⓜ️",
  "🎉", "👩🏽‍🚒", "🇩🇪", "🇩", "1️⃣", "1\u20E3", "#️⃣", "*\uFE0F", "♻️", "☀", "©", "®", "™", "ℹ", "ℹ️", "🎉\u200Dℹ", "🎉\u200DⓂ", "‼", "⁉", "\u200D", "\uFE0F", "🏽", "\u3030", "\u3297",
  "\u2190", "\uD83C", "\uDF89", "\uD83F\uDC00", "\uD835", " ", "\n", ".", ",", "-", "–", "„", "€", "1", "#", "a", "A",
];
const text = fc.oneof(arbitraryText, fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((pieces) => pieces.join("")));

/** The code units of a class source such as "\\u2000-\\u206F\\u00A9" as ranges. */
function ranges(source: string): [number, number][] {
  const units = [...source.matchAll(/\\u([0-9A-F]{4})(?:-\\u([0-9A-F]{4}))?/g)];
  return units.map((unit) => [Number.parseInt(unit[1]!, 16), Number.parseInt(unit[2] ?? unit[1]!, 16)]);
}
const within = (list: [number, number][], code: number) => list.some(([from, to]) => code >= from && code <= to);

describe("readForAccessibility", () => {
  it("reads what the general readings read, in any text", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(readForAccessibility(t)).toEqual(readGenerally(t));
      }),
      { numRuns: 20_000 },
    );
  }, 60_000);

  it("reads a post as people write them", () => {
    const plain = readForAccessibility("Der Bus fährt 🚌 ab 1️⃣ Uhr ✨");
    expect(plain.emoji.map(({ start, end }) => [start, end])).toEqual([[14, 16], [20, 23], [28, 29]]);
    expect(readForAccessibility("NEU: Der ÖPNV fährt. ACHTUNG WICHTIG").shouted.map((word) => word.word)).toEqual(["NEU", "ACHTUNG", "WICHTIG"]);
  });

  it("rests on facts of Unicode that hold for every code point", () => {
    const passedOver = ranges(NOTHING_OF_NOTE);
    const bothPictographAndLetter: number[] = [];
    const pictographsPassedOver: number[] = [];
    const lettersPassedOver: number[] = [];
    for (let code = 0x80; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const pictograph = isPictographic(code);
      const letter = isLetterCodePoint(code);
      if (pictograph && letter) bothPictographAndLetter.push(code);
      // Every pictograph may start an emoji where the pattern looks: © and ® never start one; in the
      // Basic Plane, a code unit of note and a pictograph candidate; beyond, in the planes U+1F000–U+1FFFF.
      if (pictograph && code !== 0xa9 && code !== 0xae && code !== 0x2139) {
        const seen = code < 0x10000 ? !within(passedOver, code) && isPictographCandidate(code) : code >= 0x1f000 && code <= 0x1ffff;
        if (!seen) pictographsPassedOver.push(code);
      }
      // No letter beyond Latin-1 among the code units passed over, nor in U+1F000–U+1FFFF (whose first halves are told from pictographs only).
      if (letter && code >= 0x100 && (within(passedOver, code) || (code >= 0x1f000 && code <= 0x1ffff))) lettersPassedOver.push(code);
    }
    expect(bothPictographAndLetter).toEqual([0x2139]);
    expect(pictographsPassedOver).toEqual([]);
    expect(lettersPassedOver).toEqual([]);
    // Of Latin-1, a word in capitals holds only letters that are their own capital: A–Z, À–Ö, Ø–Þ, ª, º.
    for (let code = 0; code < 0x100; code++) {
      const character = String.fromCharCode(code);
      const inCapitals = isLetterCodePoint(code) && character.toUpperCase() === character;
      expect(inCapitals).toBe(/[A-Z\u00C0-\u00D6\u00D8-\u00DE\u00AA\u00BA]/.test(character));
    }
  }, 60_000);
});
