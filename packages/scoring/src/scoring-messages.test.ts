import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { both, bothWith, formatMessage, MESSAGE_KEYS, scoringMessages, type ScoringMessageKey } from "./scoring-messages.js";

/** Values as findings fill them, and as hostile text could: braces, dollar signs, fractions, no value at all. */
const value = fc.oneof(
  fc.string(),
  fc.constantFrom("{word}", "$&", "$1", "$$", "{", "}", "„Wahl“", "👩🏽‍🚒", ""),
  fc.integer(),
  fc.double(),
  fc.constantFrom(0.5, -0, 1e21, 2.005, Number.NaN, Number.POSITIVE_INFINITY),
);
const NAMES = ["index", "alt", "length", "start", "tag", "count", "max", "text", "word", "url", "channel", "used", "over", "unit", "kind", "keyword", "period", "from", "to", "term", "instead", "expected", "found", "numbers", "fleschAmstad", "syllables", "split", "x"];
const values = fc.dictionary(fc.constantFrom(...NAMES), value, { maxKeys: 12 });

describe("the messages of findings", () => {
  it("are the catalogue's own text, letter for letter, for every key and any values", () => {
    expect(MESSAGE_KEYS.length).toBeGreaterThan(60);
    expect(MESSAGE_KEYS.every((key) => scoringMessages.has(key))).toBe(true);
    fc.assert(
      fc.property(fc.constantFrom(...MESSAGE_KEYS), fc.option(values, { nil: undefined }), (key, given) => {
        for (const locale of ["de", "en"] as const) expect(formatMessage(locale, key, given)).toBe(scoringMessages.format(locale, key, given));
        expect(both(key, given)).toEqual({ de: scoringMessages.format("de", key, given), en: scoringMessages.format("en", key, given) });
        if (given) expect(bothWith(key, (locale) => ({ ...given, unit: locale }))).toEqual({ de: scoringMessages.format("de", key, { ...given, unit: "de" }), en: scoringMessages.format("en", key, { ...given, unit: "en" }) });
      }),
      { numRuns: 2_000 },
    );
  }, 30_000);

  it("fill every placeholder, leave one without a value as it is, and write fractions with two decimals", () => {
    expect(formatMessage("de", "too-many-emoji", { count: 5, max: 3 })).toBe("5 Emoji: Screenreader lesen jedes vor („Partypopper“). Höchstens 3 helfen dem Text.");
    expect(formatMessage("en", "too-many-emoji", { count: 2.5 })).toBe("2.50 emoji: screen readers read out each one (“party popper”). At most {max} help the text.");
    expect(formatMessage("de", "too-many-emoji")).toBe(scoringMessages.format("de", "too-many-emoji"));
    expect(formatMessage("de", "form.sie", { x: 1 })).toBe("Sie");
  });

  it("leave a key the tables do not have to the catalogue", () => {
    const unknown = "no-such-message" as ScoringMessageKey;
    expect(formatMessage("de", unknown, { a: 1 })).toBe(scoringMessages.format("de", unknown, { a: 1 }));
  });
});
