import { describe, expect, it } from "vitest";
import { isValidationError } from "../validation/validate.js";
import { countingRuleSchema, defineCountingRule, type CountingRule } from "./counting-rule.js";
import { COUNTING_RULES } from "./counting-rules.js";

describe("a counting rule's contentWarningCounts", () => {
  it("is set for Mastodon, which counts the content warning toward the text's 500, and for no other built-in network", () => {
    expect(COUNTING_RULES.mastodon.contentWarningCounts).toBe(true);
    for (const rule of [COUNTING_RULES.bluesky, COUNTING_RULES.threads, COUNTING_RULES.instagram, COUNTING_RULES.facebook, COUNTING_RULES.linkedin]) {
      expect(rule.contentWarningCounts, rule.network).toBeUndefined();
    }
  });

  it("is optional, and a boolean when given", () => {
    const rule = { network: "dorf-app", unit: "graphemes", limits: [{ unit: "graphemes", max: 1000 }] } as const;
    expect((defineCountingRule(rule) as CountingRule).contentWarningCounts).toBeUndefined();
    expect(defineCountingRule({ ...rule, contentWarningCounts: true }).contentWarningCounts).toBe(true);
    expect(countingRuleSchema.safeParse({ ...rule, contentWarningCounts: "yes" }).success).toBe(false);
    try {
      defineCountingRule({ ...rule, contentWarningCounts: "yes" as unknown as boolean }, { locale: "en" });
      expect.unreachable();
    } catch (error) {
      expect(isValidationError(error)).toBe(true);
      expect((error as Error).message).toMatch(/contentWarningCounts/);
    }
  });
});
