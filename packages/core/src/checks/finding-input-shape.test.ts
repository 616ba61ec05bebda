import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isPlainFindingInput } from "./finding-input-shape.js";
import { FindingInputSchema } from "./run-checks.js";

// The fast path may say "look closer" to anything, but "valid" only to what
// the schema accepts.
const almost = <T>(valid: fc.Arbitrary<T>) => fc.oneof(valid, fc.anything(), fc.constant(undefined), fc.constant(null), fc.string(), fc.integer({ min: -3, max: 3 }), fc.double());
const text = fc.oneof(fc.string({ maxLength: 5 }), fc.constant(""), fc.constant("\uD83C"), fc.string({ minLength: 1999, maxLength: 2001 }));
const localized = almost(fc.record({ de: text, en: text }, { requiredKeys: [] }));
const finding = fc.record(
  {
    code: almost(fc.constantFrom("long-sentence", "x", "Not-ok", "a".repeat(65), "a-1")),
    severity: almost(fc.constantFrom("error", "warning", "hint", "fatal")),
    message: localized,
    location: almost(
      fc.record(
        {
          field: almost(fc.constantFrom("text", "altText", "nope")),
          channelId: almost(fc.constantFrom("c", "", "x".repeat(201))),
          index: almost(fc.integer({ min: -1, max: 1_001 })),
          start: almost(fc.integer({ min: -1, max: 10 })),
          end: almost(fc.oneof(fc.integer({ min: -1, max: 10 }), fc.constant(1.5))),
          extra: fc.constant(1),
        },
        { requiredKeys: [] },
      ),
    ),
    suggestion: almost(fc.record({ message: localized, replacement: almost(fc.string({ maxLength: 3 })) }, { requiredKeys: [] })),
    values: almost(fc.dictionary(fc.string({ maxLength: 70 }), fc.oneof(fc.string({ maxLength: 3 }), fc.double(), fc.boolean(), fc.constant(null)), { maxKeys: 3 })),
  },
  { requiredKeys: [] },
);

describe("isPlainFindingInput", () => {
  it("never calls valid what the schema refuses", () => {
    fc.assert(
      fc.property(finding, (value) => {
        if (isPlainFindingInput(value)) expect(FindingInputSchema.safeParse(value).success).toBe(true);
      }),
      { numRuns: 5_000 },
    );
  });

  it("takes the findings checks usually report without the schema", () => {
    const message = { de: "Langer Satz", en: "Long sentence" };
    expect(isPlainFindingInput({ code: "long-sentence", severity: "hint", message, location: { field: "text", start: 0, end: 10 }, values: { words: 24 } })).toBe(true);
    expect(isPlainFindingInput({ code: "x", severity: "error", message, suggestion: { message, replacement: "" } })).toBe(true);
  });
});
