import { COUNTING_RULES, COUNTING_UNITS, measurePostText, measureText, type CountingRule } from "@kommune-sm/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { postTextsAtLimit, postTextsOverLimit, textsAtLimit, textsOverLimit } from "./text-at-limit.js";

const unit = fc.constantFrom(...COUNTING_UNITS);
const rule: fc.Arbitrary<CountingRule> = fc.record(
  {
    network: fc.constant("random"),
    unit,
    limits: fc.array(fc.record({ unit, max: fc.integer({ min: 1, max: 1500 }) }), { minLength: 1, maxLength: 3 }),
    urlLength: fc.integer({ min: 1, max: 40 }),
    emojiUnit: unit,
  },
  { requiredKeys: ["network", "unit", "limits"] },
);

describe("textsAtLimit", () => {
  it("builds texts that use a limit exactly and fit every other, for any rule", () => {
    fc.assert(
      fc.property(rule, fc.nat(), fc.constantFrom("", "[kit 1] ", "Mehr: https://example.org/a/b/c "), (rule, pick, prefix) => {
        const index = pick % rule.limits.length;
        for (const text of textsAtLimit(rule, index, prefix)) {
          const measured = measureText(text, rule);
          expect(measured.fits).toBe(true);
          expect(measured.limits[index]?.used).toBe(rule.limits[index]?.max);
          expect(text.startsWith(prefix)).toBe(true);
        }
        for (const text of textsOverLimit(rule, index, prefix)) {
          expect(measureText(text, rule).limits[index]?.exceeded).toBe(true);
        }
      }),
      // Each run measures up to 18 texts of up to 1,500 units.
      { numRuns: 40 },
    );
  });

  it("always reaches the smallest limit when all limits count in one unit", () => {
    fc.assert(
      fc.property(unit, fc.array(fc.integer({ min: 10, max: 3000 }), { minLength: 1, maxLength: 3 }), (unit, maxes) => {
        const rule: CountingRule = { network: "x", unit, limits: maxes.map((max) => ({ unit, max })) };
        const smallest = maxes.indexOf(Math.min(...maxes));
        expect(textsAtLimit(rule, smallest).length).toBeGreaterThan(0);
      }),
    );
  });

  it("reaches each of Bluesky's two limits and each built-in network's limit, with texts that tell the units apart", () => {
    const [graphemes, bytes] = [textsAtLimit(COUNTING_RULES.bluesky, 0), textsAtLimit(COUNTING_RULES.bluesky, 1)];
    expect(graphemes.length).toBeGreaterThan(1);
    expect(bytes.length).toBeGreaterThan(0);
    expect(bytes.every((text) => measureText(text, COUNTING_RULES.bluesky).limits[1]?.used === 3000)).toBe(true);
    for (const [network, countingRule] of Object.entries(COUNTING_RULES)) {
      const texts = textsAtLimit(countingRule, 0);
      expect(texts.length, network).toBeGreaterThan(1);
      // Some text at the limit is longer in UTF-16 than the limit: an adapter counting string.length would refuse it.
      if (countingRule.limits[0]?.unit !== "utf16") expect(texts.some((text) => text.length > (countingRule.limits[0]?.max ?? 0)), network).toBe(true);
    }
  });

  it("gives nothing when the prefix alone is over a limit or the limit cannot be reached", () => {
    const tiny: CountingRule = { network: "x", unit: "graphemes", limits: [{ unit: "graphemes", max: 3 }] };
    expect(textsAtLimit(tiny, 0, "zu lang")).toEqual([]);
    const unreachable: CountingRule = { network: "x", unit: "graphemes", limits: [{ unit: "graphemes", max: 100 }, { unit: "utf8-bytes", max: 10 }] };
    expect(textsAtLimit(unreachable, 0)).toEqual([]);
    expect(() => textsAtLimit(tiny, 1)).toThrow(RangeError);
  });
});

describe("postTextsAtLimit", () => {
  const warning = fc.constantFrom("Unfall auf der B 27", "⚠️ Verletzte", "Details: https://www.musterstadt.example/verkehr/b27", "e\u0301", "");

  it("builds texts that, with the warning, use a limit exactly as measurePostText counts, for any rule, whether it counts the warning or not", () => {
    fc.assert(
      fc.property(rule, fc.boolean(), fc.nat(), warning, fc.constantFrom("", "[kit 1] ", "Mehr: https://example.org/a/b/c "), (base, counts, pick, contentWarning, prefix) => {
        const countingRule = { ...base, contentWarningCounts: counts };
        const index = pick % countingRule.limits.length;
        for (const text of postTextsAtLimit(countingRule, index, contentWarning, prefix)) {
          const measured = measurePostText(text, contentWarning, countingRule);
          expect(measured.fits).toBe(true);
          expect(measured.limits[index]?.used).toBe(countingRule.limits[index]?.max);
          expect(text.startsWith(prefix)).toBe(true);
        }
        for (const text of postTextsOverLimit(countingRule, index, contentWarning, prefix)) {
          expect(measurePostText(text, contentWarning, countingRule).limits[index]?.exceeded).toBe(true);
        }
      }),
      { numRuns: 40 },
    );
  });

  it("leaves room for Mastodon's warning, whose link counts as written, while the text's link counts 23", () => {
    const contentWarning = "Details: https://www.musterstadt.example/verkehr/unfall-b27";
    const prefix = "Mehr unter https://www.musterstadt.example/rathaus/termine-2027 ";
    const [text] = postTextsAtLimit(COUNTING_RULES.mastodon, 0, contentWarning, prefix);
    expect(text).toBeDefined();
    // 500 = the warning's 59 graphemes + the text with its link as 23.
    expect([...new Intl.Segmenter().segment(contentWarning)].length).toBe(59);
    expect(measureText(text!, COUNTING_RULES.mastodon).weighted).toBe(500 - 59);
    expect(measurePostText(text!, contentWarning, COUNTING_RULES.mastodon).limits[0]?.used).toBe(500);
    // Without the warning counted, the text alone would be at the limit.
    expect(postTextsAtLimit(COUNTING_RULES.bluesky, 0, contentWarning)).toEqual(textsAtLimit(COUNTING_RULES.bluesky, 0));
  });
});
