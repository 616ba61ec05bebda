import { describe, expect, it } from "vitest";
import { isValidationError } from "../validation/validate.js";
import { countingRuleSchema, defineCountingRule } from "./counting-rule.js";
import { COUNTING_RULES } from "./counting-rules.js";

describe("COUNTING_RULES", () => {
  it("has a valid rule for each built-in network, keyed by its id", () => {
    for (const [network, rule] of Object.entries(COUNTING_RULES)) {
      expect(countingRuleSchema.safeParse(rule).success).toBe(true);
      expect(rule.network).toBe(network);
      expect(rule.source).toBeTruthy();
    }
    expect(Object.keys(COUNTING_RULES).sort()).toEqual(["bluesky", "facebook", "instagram", "linkedin", "mastodon", "threads"]);
  });

  it("has the documented numbers", () => {
    expect(COUNTING_RULES.mastodon).toMatchObject({ unit: "graphemes", limits: [{ unit: "graphemes", max: 500 }], urlLength: 23, mentionCountsUsernameOnly: true });
    expect(COUNTING_RULES.bluesky.limits).toEqual([
      { unit: "graphemes", max: 300 },
      { unit: "utf8-bytes", max: 3000 },
    ]);
    expect(COUNTING_RULES.threads).toMatchObject({ limits: [{ max: 500 }], emojiUnit: "utf8-bytes" });
    expect(COUNTING_RULES.instagram.limits[0]!.max).toBe(2200);
    expect(COUNTING_RULES.facebook.limits[0]!.max).toBe(63_206);
    expect(COUNTING_RULES.linkedin.limits[0]!.max).toBe(3000);
  });

  it("cannot be changed by one tenant for all others", () => {
    expect(Object.isFrozen(COUNTING_RULES)).toBe(true);
    expect(Object.isFrozen(COUNTING_RULES.mastodon)).toBe(true);
    expect(Object.isFrozen(COUNTING_RULES.mastodon.limits)).toBe(true);
    expect(Object.isFrozen(COUNTING_RULES.mastodon.limits[0])).toBe(true);
  });
});

describe("defineCountingRule", () => {
  it("returns a frozen copy of a valid rule, extra fields kept", () => {
    const input = { network: "dorf-app", unit: "graphemes", limits: [{ unit: "graphemes", max: 1000 }], urlLength: 30, maxHashtags: 5 } as const;
    const rule = defineCountingRule(input);
    expect(rule).toEqual(input);
    expect(rule).not.toBe(input);
    expect(Object.isFrozen(rule) && Object.isFrozen(rule.limits)).toBe(true);
    expect(rule.maxHashtags).toBe(5);
  });

  it("derives an instance's own limit from a built-in rule", () => {
    const ourInstance = defineCountingRule({ ...COUNTING_RULES.mastodon, limits: [{ unit: "graphemes", max: 1000 }] });
    expect(ourInstance).toMatchObject({ network: "mastodon", urlLength: 23, limits: [{ max: 1000 }] });
  });

  it("names every wrong field, in German by default and in English on request", () => {
    const wrong = { network: "", unit: "characters", limits: [{ unit: "graphemes", max: -1 }], urlLength: 2.5 };
    let caught: unknown;
    try {
      defineCountingRule(wrong as never);
    } catch (error) {
      caught = error;
    }
    expect(isValidationError(caught)).toBe(true);
    if (!isValidationError(caught)) return;
    expect(caught.issues.map((issue) => issue.path).sort()).toEqual(["limits[0].max", "network", "unit", "urlLength"]);
    expect(caught.locale).toBe("de");
    expect(() => defineCountingRule({ network: "x", unit: "utf16", limits: [] }, { locale: "en" })).toThrow(/limits/);
  });
});
