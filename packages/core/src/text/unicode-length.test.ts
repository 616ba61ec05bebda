import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countCodePoints, utf8ByteLength } from "./unicode-length.js";

const encoder = new TextEncoder();

// Strings with lone surrogates in them, as pasted text and cut-off strings have.
const withLoneSurrogates = fc.string({
  unit: fc.oneof(fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }), fc.constantFrom("\uD83D", "\uDC4D", "\uDBFF", "\uDC00", "ä", "€", "👍")),
  maxLength: 30,
});

describe("countCodePoints", () => {
  it.each([
    ["", 0],
    ["Straße", 6],
    ["👍🏽", 2],
    ["👩‍👩‍👧‍👦", 7],
    ["🇩🇪", 2],
    ["u\u0308", 2],
    ["\uD83D", 1],
    ["a\uDC4D\uD83D", 3],
  ])("%j has %i code points", (text, expected) => {
    expect(countCodePoints(text)).toBe(expected);
  });

  it("equals [...text].length for any string, lone surrogates included", () => {
    fc.assert(fc.property(withLoneSurrogates, (text) => countCodePoints(text) === [...text].length));
    fc.assert(fc.property(fc.string({ unit: "binary" }), (text) => countCodePoints(text) === [...text].length));
  });
});

describe("utf8ByteLength", () => {
  it.each([
    ["", 0],
    ["Rathaus", 7],
    ["ä", 2],
    ["ß", 2],
    ["€", 3],
    ["„“", 6],
    ["👍", 4],
    ["👩‍👩‍👧‍👦", 25],
    ["\uD83D", 3], // lone surrogate: U+FFFD
    ["\uDC4D\uD83D", 6], // reversed pair: two lone surrogates
  ])("%j takes %i bytes", (text, expected) => {
    expect(utf8ByteLength(text)).toBe(expected);
  });

  it("equals the length of TextEncoder's output for any string, lone surrogates included", () => {
    fc.assert(fc.property(withLoneSurrogates, (text) => utf8ByteLength(text) === encoder.encode(text).length));
    fc.assert(fc.property(fc.string({ unit: "binary" }), (text) => utf8ByteLength(text) === encoder.encode(text).length));
  });
});
