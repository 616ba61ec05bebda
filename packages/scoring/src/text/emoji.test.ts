import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { randomText, repeat } from "../test-support/hostile-text.js";
import { arbitraryText, TRICKY_PIECES } from "../test-support/arbitrary-text.js";
import { findEmoji, isPictographic } from "./emoji.js";

// The pattern that findEmoji reads by hand, as it was used before.
const EMOJI =
  /(?:[#*0-9]\uFE0F?\u20E3|\p{Regional_Indicator}{2}|(?![\u00A9\u00AE\u2122])\p{Extended_Pictographic}[\uFE0E\uFE0F]?\p{Emoji_Modifier}?(?:\u200D\p{Extended_Pictographic}[\uFE0E\uFE0F]?\p{Emoji_Modifier}?)*)/gu;
const MAYBE_EMOJI = /[\u2190-\u2BFF\u3030\u303D\u3297\u3299\u20E3\uD83C-\uD83E]/;

function byPattern(text: string): { start: number; end: number }[] {
  if (!MAYBE_EMOJI.test(text)) return [];
  return [...text.matchAll(EMOJI)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

const EMOJI_PIECES = ["👩🏽‍🚒", "🧑‍🚒", "👨‍👩‍👧‍👦", "🏳️‍🌈", "🇩🇪", "🇩", "🇪🇺🇩", "1️⃣", "#️⃣", "*⃣", "9\uFE0F", "\u20E3", "♻️", "♻\uFE0E", "☀", "🗳️", "©", "®", "™", "©️", "‼️", "ℹ", "🏽", "\u200D", "\u200D🚒", "🎉\u200D", "🎉\u200D\u200D🎉", "🎉🏽🏽", "🎉\uFE0F\uFE0F", "🀄", "🃏", "\uD83C", "\uDFFB"];
const emojiText = fc.array(fc.constantFrom(...EMOJI_PIECES, ...TRICKY_PIECES.slice(0, 40), " ", "x", "1"), { maxLength: 30 }).map((pieces) => pieces.join(""));

describe("findEmoji", () => {
  it("finds what the emoji pattern finds, in any text", () => {
    fc.assert(
      fc.property(fc.oneof(arbitraryText, emojiText), (text) => {
        expect(findEmoji(text)).toEqual(byPattern(text));
      }),
      { numRuns: 10_000 },
    );
  }, 30_000);

  it("takes a pictograph with its selector, skin tone and joined parts, a keycap and a flag as one emoji each", () => {
    expect(findEmoji("Feuerwehr 👩🏽‍🚒 1️⃣ 🇩🇪 ©")).toEqual([{ start: 10, end: 17 }, { start: 18, end: 21 }, { start: 22, end: 26 }]);
  });

  it("tells pictographs by code point as \\p{Extended_Pictographic} does", () => {
    for (let codePoint = 0; codePoint < 0x30000; codePoint += codePoint < 0x20000 ? 1 : 89) {
      if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue;
      if (isPictographic(codePoint) !== /\p{Extended_Pictographic}/u.test(String.fromCodePoint(codePoint))) throw new Error(`U+${codePoint.toString(16)}`);
    }
  });

  it("never ends an emoji beyond the text, also where the text ends in half of one", () => {
    for (const tail of ["\uD83C", "\u200D\uD83C", "\uD83C\uDF89\u200D\uD83C", "\uD83D\uDC69\uD83C"]) {
      for (let reps = 1; reps < 50; reps++) {
        const text = "🎉\u200D".repeat(reps) + tail;
        for (let round = 0; round < 200; round++) {
          const found = findEmoji(text);
          expect(found.every((e) => e.end <= text.length)).toBe(true);
          if (round === 0) expect(found).toEqual(byPattern(text));
        }
      }
    }
  });

  it("reads 100,000 characters of emoji and joiners in linear time", () => {
    for (const text of [repeat("👩🏽‍🚒"), repeat("🎉\u200D"), repeat("🇩"), randomText(EMOJI_PIECES, 7)]) {
      const started = performance.now();
      expect(findEmoji(text)).toEqual(byPattern(text));
      expect(performance.now() - started).toBeLessThan(1_000);
    }
  });
});
