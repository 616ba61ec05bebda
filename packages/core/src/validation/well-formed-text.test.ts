import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isWellFormedText } from "./well-formed-text.js";

describe("isWellFormedText", () => {
  it("accepts whole characters, emoji and combining marks included", () => {
    for (const text of ["", "Stadtfest", "Bürgermeisterwahl", "Stadtfest 🎉", "👩🏽‍🚒", "Bu\u0308rger", "\uFFFD"]) expect(isWellFormedText(text), text).toBe(true);
  });

  it("refuses a lone high or low surrogate and a reversed pair", () => {
    for (const text of ["\uD83C", "Stadtfest \uD83C", "\uDF89 Stadtfest", "\uDF89\uD83C", "🎉".slice(0, 1)]) expect(isWellFormedText(text), JSON.stringify(text)).toBe(false);
  });

  it("is true exactly when the text survives UTF-8 unchanged (property)", () => {
    const units = fc.array(fc.oneof(fc.integer({ min: 0, max: 0xffff }), fc.integer({ min: 0xd800, max: 0xdfff })), { maxLength: 12 });
    fc.assert(
      fc.property(units, (codes) => {
        const text = String.fromCharCode(...codes);
        const roundTripped = new TextDecoder().decode(new TextEncoder().encode(text));
        expect(isWellFormedText(text)).toBe(roundTripped === text);
      }),
    );
  });
});
