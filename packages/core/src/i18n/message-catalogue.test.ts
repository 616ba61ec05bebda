import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defineMessages } from "./message-catalogue.js";

const messages = defineMessages({
  de: { "check.too-long": "Der Text ist {count} Zeichen zu lang.", only: "nur deutsch" },
  en: { "check.too-long": "The text is {count} characters too long.", only: "" },
});

describe("defineMessages", () => {
  it("formats a message in each locale, filling its placeholders", () => {
    expect(messages.format("de", "check.too-long", { count: 12 })).toBe("Der Text ist 12 Zeichen zu lang.");
    expect(messages.format("en", "check.too-long", { count: 1.5 })).toBe("The text is 1.50 characters too long.");
  });

  it("gives the key itself for a key it does not have, also one that an object inherits", () => {
    const unknown = (key: string) => messages.format("de", key as "only");
    expect(unknown("nope")).toBe("nope");
    for (const key of ["toString", "constructor", "__proto__", "hasOwnProperty"]) expect(unknown(key)).toBe(key);
    expect(messages.has("toString")).toBe(false);
  });
});

describe("filling placeholders", () => {
  /** What format did before templates were split once: one regex with a callback per call. */
  function reference(template: string, values: Record<string, string | number>): string {
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = values[name];
      return value === undefined ? whole : typeof value === "number" ? (Number.isInteger(value) ? String(value) : value.toFixed(2)) : value;
    });
  }

  it("fills any template exactly as the regex did, also with braces, $ patterns and names without a value, and again from its split parts", () => {
    const piece = fc.oneof(fc.string(), fc.constantFrom("{", "}", "{}", "{a}", "{b_1}", "{ a}", "{{a}}", "$&", "$1", "{toString}", "{constructor}"));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), fc.dictionary(fc.constantFrom("a", "b_1", "c", "toString"), fc.oneof(fc.string(), fc.double({ noNaN: true }), fc.integer())), (pieces, values) => {
        const template = pieces.join("");
        const messages = defineMessages({ de: { k: template }, en: { k: template } });
        const expected = reference(template, values);
        expect(messages.format("de", "k", values)).toBe(expected);
        expect(messages.format("de", "k", values)).toBe(expected);
        expect(messages.format("en", "k", values)).toBe(expected);
      }),
    );
  });
});
