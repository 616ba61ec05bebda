import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countGraphemes, graphemeStarts, splitGraphemes } from "./graphemes.js";

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
const segmenterSplit = (text: string) => Array.from(segmenter.segment(text), (s) => s.segment);
const segmenterStarts = (text: string) => Array.from(segmenter.segment(text), (s) => s.index);

describe("countGraphemes", () => {
  it.each([
    ["", 0],
    ["Rathaus", 7],
    ["Grüße aus Lüdenscheid, Straße, Maß", 34],
    ["„Sperrmüll“ – am Samstag … 5 €", 30],
    ["👍", 1],
    ["👍🏽", 1], // skin tone
    ["👩‍👩‍👧‍👦", 1], // family: four people joined by ZWJ
    ["🏳️‍🌈", 1], // flag + VS16 + ZWJ + rainbow
    ["🧑🏽‍🚒", 1], // firefighter with skin tone
    ["❤️‍🔥", 1],
    ["🇩🇪🇪🇺", 2],
    ["🇩🇪🇪", 2], // odd number of regional indicators: the last one is alone
    ["🇩🇪🇪🇺🇦", 3],
    ["1️⃣", 1],
    ["#️⃣", 1],
    ["*️⃣10", 3],
    ["🏴󠁧󠁢󠁳󠁣󠁴󠁿", 1], // Scotland: tag sequence
    ["e\u0301", 1], // e + combining acute
    ["u\u0308ber", 4], // decomposed ü
    ["a\u0308\u0301\u0323", 1], // several marks on one letter
    ["\r\n", 1],
    ["Zeile 1\r\nZeile 2\n\rEnde", 21],
    ["\u200D©", 2], // © after a lone ZWJ: no pictograph before the ZWJ
    ["👩\u200D©️", 1], // © is a pictograph, so GB11 joins it
    ["👩\u200D®", 1],
    ["a\u200D®", 2],
    ["\u1100\u1161\u11A8", 1], // Hangul jamo L V T
    ["한국어", 3],
    ["\u1100\u1100\u1161", 1],
    ["हिन्दी", 2], // Devanagari: hi + ndii (conjunct through the virama, GB9c)
    ["क्षत्रिय", 3],
    ["ก้ำ", 1], // Thai with SARA AM (SpacingMark)
    ["\u0600\u0661", 1], // Arabic number sign (Prepend) + digit
    ["\uD83D", 1], // lone high surrogate
    ["a\uDC4Db", 3], // lone low surrogate
    ["Sperrmüll 🚛♻️ in der Lindenstraße", 32],
  ])("%j has %i clusters", (text, expected) => {
    expect(countGraphemes(text)).toBe(expected);
    expect(countGraphemes(text)).toBe(segmenterSplit(text).length);
  });

  it("does not count the parts of an emoji that JavaScript's length counts", () => {
    expect("👩‍👩‍👧‍👦".length).toBe(11);
    expect([..."👩‍👩‍👧‍👦"].length).toBe(7);
    expect(countGraphemes("Familienfest 👩‍👩‍👧‍👦")).toBe(14);
  });
});

describe("splitGraphemes", () => {
  it("keeps emoji sequences, flags, keycaps and accented letters whole", () => {
    expect(splitGraphemes("1️⃣🏳️‍🌈e\u0301🇩🇪🇪")).toEqual(["1️⃣", "🏳️‍🌈", "e\u0301", "🇩🇪", "🇪"]);
    expect(splitGraphemes("Tschüß 👋🏽\r\n")).toEqual(["T", "s", "c", "h", "ü", "ß", " ", "👋🏽", "\r\n"]);
  });

  it("returns the clusters Intl.Segmenter returns, also around text it leaves to the Segmenter", () => {
    const text = "Grüße, 안녕하세요 und नमस्ते 🙏🏽 — ท่านทั้งหลาย!";
    expect(splitGraphemes(text)).toEqual(segmenterSplit(text));
    expect(graphemeStarts(text)).toEqual(segmenterStarts(text));
  });

  it("returns nothing for the empty string", () => {
    expect(splitGraphemes("")).toEqual([]);
    expect(graphemeStarts("")).toEqual([]);
  });
});

// A mixed alphabet: characters the scanner handles itself, characters it
// leaves to the Segmenter, and everything that joins or breaks around them.
const alphabet = [
  "a", "Z", " ", "1", "#", "*", ".", "\t", "ä", "Ö", "ß", "é", "„", "“", "–", "…", "€", "\u00AD",
  "\u0301", "\u0308", "\u0323", // combining marks
  "\u200D", "\u200C", "\uFE0F", "\uFE0E", "\u20E3", // ZWJ, ZWNJ, variation selectors, keycap
  "👩", "👍", "🚛", "♻", "❤", "🏳", "🌈", "🔥", "©", "®", "™", "‼",
  "🇩", "🇪", "🇺", // regional indicators
  "🏽", "🏻", // skin tones
  "\u{E0067}", "\u{E007F}", // tags
  "\r", "\n",
  "\uD83D", "\uDC4D", "\uDBFF", // surrogate halves
  "\u1100", "\u1161", "\u11A8", "한", // Hangul
  "क", "ष", "\u094D", "ि", // Devanagari consonants, virama, vowel sign
  "ก", "ำ", // Thai, SARA AM
  "\u0600", "ب", "\u064E", // Arabic Prepend, letter, mark
  "Ж", "α", "中",
];
const mixedText = fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 40 });

describe("countGraphemes (properties)", () => {
  it("counts exactly as Intl.Segmenter for arbitrary mixtures", () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        expect(graphemeStarts(text)).toEqual(segmenterStarts(text));
        expect(countGraphemes(text)).toBe(segmenterStarts(text).length);
      }),
      { numRuns: 3000 },
    );
  });

  it("agrees with Intl.Segmenter on every character class in every context", () => {
    // Each code point between neighbours that probe its class: marks and
    // SpacingMarks attach to "x", Prepend attaches to "x" after it, Control
    // does not take a mark, CR joins LF, GB11 joins pictographs after
    // pictograph+ZWJ, regional indicators pair up, Hangul jamo join.
    const probe = (c: string) =>
      ["x" + c + "x", c + c, c + "\u0301", "\r" + c, "👩\u200D" + c + "\u200D👩", "🇩" + c + "🇪", c + "\u1161", c + "\u11A8", ""].join("\n");
    const ranges: [number, number, number][] = [
      // [first, last, step]: every code point where classes change often,
      // a sample of the large uniform blocks.
      [0x0000, 0x33ff, 1],
      [0x3400, 0x9fff, 97],
      [0xa000, 0xabff, 1],
      [0xac00, 0xd7ff, 89],
      [0xe000, 0xf8ff, 211],
      [0xf900, 0xffff, 1],
      [0x10000, 0x1efff, 13],
      [0x1f000, 0x1faff, 1],
      [0x1fb00, 0x3ffff, 401],
      [0xe0000, 0xe01ef, 1],
    ];
    const mismatches: string[] = [];
    for (const [first, last, step] of ranges) {
      for (let codePoint = first; codePoint <= last; codePoint += step) {
        if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue; // lone surrogates: covered by the property above
        const text = probe(String.fromCodePoint(codePoint));
        const expected = segmenterStarts(text);
        const actual = graphemeStarts(text);
        if (actual.length !== expected.length || actual.some((start, index) => start !== expected[index])) {
          mismatches.push(codePoint.toString(16));
        }
      }
    }
    expect(mismatches).toEqual([]);
  }, 60_000);
});
