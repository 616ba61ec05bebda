import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COUNTING_UNITS, lengthIn } from "./counting-unit.js";
import { graphemeStarts } from "./graphemes.js";
import { truncateText } from "./truncate-text.js";

describe("truncateText", () => {
  it("returns a text that fits unchanged", () => {
    const text = "Sperrmüll am Samstag 🚛";
    expect(truncateText(text, { max: 22 })).toBe(text);
    expect(truncateText(text, { max: 1000, unit: "utf8-bytes" })).toBe(text);
  });

  it("cuts to max graphemes, the ellipsis included, and drops the space before it", () => {
    expect(truncateText("Sperrmüll am Samstag 🇩🇪", { max: 14 })).toBe("Sperrmüll am…");
    expect(truncateText("Sperrmüll am Samstag", { max: 10, ellipsis: " [mehr]" })).toBe("Spe [mehr]");
  });

  it("never splits a ZWJ sequence, a flag, a keycap or a letter with its accent", () => {
    expect(truncateText("Hallo 👩‍👩‍👧‍👦!", { max: 7 })).toBe("Hallo…");
    expect(truncateText("Hallo 👩‍👩‍👧‍👦!", { max: 17, unit: "utf16" })).toBe("Hallo…"); // the family is 11 units
    expect(truncateText("Hallo 👩‍👩‍👧‍👦!!", { max: 18, unit: "utf16" })).toBe("Hallo 👩‍👩‍👧‍👦…");
    expect(truncateText("🇩🇪🇪🇺🇫🇷", { max: 2 })).toBe("🇩🇪…");
    expect(truncateText("🇩🇪🇪🇺🇫🇷", { max: 5, unit: "code-points", ellipsis: "" })).toBe("🇩🇪🇪🇺");
    expect(truncateText("1️⃣2️⃣3️⃣", { max: 7, unit: "utf16" })).toBe("1️⃣2️⃣…");
    expect(truncateText("Cafe\u0301 Bar", { max: 4, unit: "code-points", ellipsis: "" })).toBe("Caf");
    expect(truncateText("🏳️‍🌈🏳️‍🌈", { max: 20, unit: "utf8-bytes", ellipsis: "" })).toBe("🏳️‍🌈");
  });

  it("counts UTF-8 bytes when asked, the ellipsis taking 3", () => {
    expect(truncateText("Grüße aus Köln", { max: 10, unit: "utf8-bytes" })).toBe("Grüße…");
  });

  it("leaves the ellipsis off when it alone is longer than max", () => {
    expect(truncateText("Sperrmüll", { max: 1, ellipsis: "[mehr]" })).toBe("S");
    expect(truncateText("Sperrmüll", { max: 0 })).toBe("");
    expect(truncateText("Sperrmüll", { max: 2, unit: "utf8-bytes" })).toBe("Sp");
  });

  it("rejects a max that is negative or not an integer", () => {
    expect(() => truncateText("abc", { max: -1 })).toThrow(expect.objectContaining({ code: "CORE_INVALID_ARGUMENT" }));
    expect(() => truncateText("abc", { max: 2.5 })).toThrow(expect.objectContaining({ code: "CORE_INVALID_ARGUMENT" }));
    expect(() => truncateText("abc", { max: Number.NaN })).toThrow(expect.objectContaining({ code: "CORE_INVALID_ARGUMENT" }));
  });
});

const alphabet = [
  "a", "Z", " ", "1", "#", "ä", "ß", "é", "„", "–", "€", "\u0301", "\u0308", "\u200D", "\uFE0F", "\u20E3",
  "👩", "👍", "🏳", "🌈", "©", "🇩", "🇪", "🇺", "🏽", "\r", "\n", "\uD83D", "\uDC4D", "\u1100", "\u1161", "क", "\u094D",
];
const mixedText = fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 40 });
const options = fc.record({
  max: fc.nat(60),
  unit: fc.constantFrom(...COUNTING_UNITS),
  ellipsis: fc.constantFrom("…", "", "...", " (mehr)", "👉"),
});

describe("truncateText (properties)", () => {
  it("returns whole clusters of the text plus the ellipsis, within the limit, and as much as fits", () => {
    fc.assert(
      fc.property(mixedText, options, (text, { max, unit, ellipsis }) => {
        const result = truncateText(text, { max, unit, ellipsis });
        expect(lengthIn(result, unit)).toBeLessThanOrEqual(max);
        if (lengthIn(text, unit) <= max) {
          expect(result).toBe(text);
          return;
        }
        const starts = [...graphemeStarts(text), text.length];
        const suffix = result.endsWith(ellipsis) && lengthIn(ellipsis, unit) <= max ? ellipsis : "";
        const kept = result.slice(0, result.length - suffix.length);
        expect(text.startsWith(kept)).toBe(true);
        expect(starts).toContain(kept.length); // cut at a cluster boundary
        if (suffix === "") {
          // Without an ellipsis nothing is trimmed: the next cluster must not fit.
          const next = starts[starts.indexOf(kept.length) + 1]!;
          expect(lengthIn(text.slice(0, next), unit)).toBeGreaterThan(max);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
