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
