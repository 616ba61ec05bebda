import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { both, type ScoringMessageKey } from "../scoring-messages.js";
import { arbitraryText } from "../test-support/arbitrary-text.js";
import { fixedMessage, messageTemplate } from "./message-templates.js";
import { joinSyllables, oneDecimal } from "./message-values.js";

/*
 * The plain-language check fills its messages by joining templates taken
 * from the catalogue, and writes its values without the built-ins it used
 * to call: each is held here to the catalogue's `both` and to the built-ins.
 */

// Each message of the check with the names of its values.
const MESSAGES: readonly (readonly [ScoringMessageKey, readonly string[]])[] = [
  ["hard-to-read", ["fleschAmstad", "wstf", "lix"]],
  ["fairly-hard-to-read", ["fleschAmstad", "wstf", "lix"]],
  ["long-sentence", ["words", "maxWords"]],
  ["long-word", ["word", "syllables", "split"]],
  ["function-verb", ["phrase", "plain"]],
  ["suggest-verb", ["plain"]],
  ["nominal-style", ["nominalWords", "words"]],
  ["officialese", ["phrase", "instead"]],
  ["plainer-word", ["phrase", "instead"]],
  ["suggest-officialese", ["instead"]],
];

// Values as the check gives them (words of a draft, scores, whole numbers) and
// strings that look like the template's own pieces.
const value = fc.oneof(
  arbitraryText,
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map(String),
  fc.constantFrom("", "{word}", "{0}", "\uFDD0", "\uFDD00\uFDD1", "\uFDD1", "„", "…", "$&", "$1"),
);

describe("messages filled from templates (properties)", () => {
  it("gives every message of the check exactly as the catalogue gives it", () => {
    for (const [key, names] of MESSAGES) {
      const fill = messageTemplate(key, names);
      fc.assert(
        fc.property(fc.array(value, { minLength: names.length, maxLength: names.length }), (values) => {
          const byName = Object.fromEntries(names.map((name, index) => [name, values[index]!]));
          expect(fill(values)).toEqual(both(key, byName));
        }),
        { numRuns: 300 },
      );
    }
  });

  it("writes whole numbers as the catalogue writes them", () => {
    const fill = messageTemplate("long-sentence", ["words", "maxWords"]);
    fc.assert(
      fc.property(fc.integer(), fc.nat(), (words, maxWords) => {
        expect(fill([String(words), String(maxWords)])).toEqual(both("long-sentence", { words, maxWords }));
      }),
    );
  });

  it("gives the messages without values as the catalogue does, a new object each time", () => {
    for (const key of ["suggest-hyphenate", "passive"] as const) {
      const message = fixedMessage(key);
      expect(message()).toEqual(both(key));
      expect(message()).not.toBe(message());
    }
  });

  it("gives a message without the names it is given as the catalogue does", () => {
    const fill = messageTemplate("passive", ["nothing"]);
    expect(fill(["x"])).toEqual(both("passive", { nothing: "x" }));
  });
});

describe("values written into messages (properties)", () => {
  it("writes a score with one decimal as toFixed(1) of the rounded tenths does", () => {
    const plain = (value: number) => (Math.round(value * 10) / 10).toFixed(1);
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.double({ min: -200, max: 200 }), fc.integer().map((n) => n / 100), fc.constantFrom(-0, 0.05, -0.05, 0.04, -0.04, 0.25, -0.25, 1e15, -1e15, 1e21, 1e22, 5e-324)), (value) => {
        expect(oneDecimal(value)).toBe(plain(value));
      }),
      { numRuns: 20_000 },
    );
  });

  it("joins syllables as join does, whatever a counter made by hand returns", () => {
    const element = fc.oneof({ weight: 5, arbitrary: fc.string() }, fc.constantFrom(undefined, null, 3, { toString: () => "x" }));
    fc.assert(
      fc.property(fc.array(element, { maxLength: 8 }), (syllables) => {
        expect(joinSyllables(syllables as string[])).toBe(syllables.join("·"));
      }),
    );
  });
});
