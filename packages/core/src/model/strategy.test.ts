import { describe, expect, it } from "vitest";
import { StrategySchema } from "./strategy.js";
import { expectCatalogueIssue, issueAt, issuesOf, parsed, validGoal, validQuietPeriod, validStrategy } from "./test-support.js";

describe("StrategySchema", () => {
  it("accepts a strategy and defaults kpis to none", () => {
    expect(parsed(StrategySchema, validStrategy).goals).toHaveLength(2);
    const { kpis: _, ...withoutKpis } = validStrategy;
    expect(parsed(StrategySchema, withoutKpis).kpis).toEqual([]);
  });

  it("reports a duplicate goal id at the repetition, not at the first occurrence", () => {
    const input = { ...validStrategy, goals: [validGoal, { ...validGoal, id: "other" }, { ...validGoal, target: 5 }] };
    expectCatalogueIssue(StrategySchema, input, "goals[2].id", "id.duplicate", { id: "antwortzeit" });
    expect(issueAt(StrategySchema, input, "goals[2].id").de.message).toBe("Die ID „antwortzeit“ kommt mehrfach vor.");
  });

  it("checks ids in every list, channel ids included", () => {
    const input = {
      ...validStrategy,
      audiences: [...validStrategy.audiences, ...validStrategy.audiences],
      channelIds: ["mastodon-main", "instagram-main", "mastodon-main"],
      pillars: [{ id: "service", name: "Service" }, { id: "service", name: "Service 2" }],
      quietPeriods: [validQuietPeriod, validQuietPeriod],
      kpis: [...validStrategy.kpis, ...validStrategy.kpis],
    };
    expect(issuesOf(StrategySchema, input).map((issue) => issue.path)).toEqual([
      "audiences[1].id",
      "channelIds[2]",
      "pillars[1].id",
      "quietPeriods[1].id",
      "kpis[1].id",
    ]);
  });

  it("reports duplicate ids even while another field is wrong", () => {
    const issues = issuesOf(StrategySchema, { ...validStrategy, name: "", goals: [validGoal, validGoal] });
    expect(issues.map((issue) => issue.path).sort()).toEqual(["goals[1].id", "name"]);
  });

  it("reports a problem inside a nested goal with its full path", () => {
    expectCatalogueIssue(
      StrategySchema,
      { ...validStrategy, goals: [validGoal, { ...validGoal, id: "x", baseline: 3, target: 3 }] },
      "goals[1].target",
      "goal.target-equals-baseline",
    );
  });

  it("rejects a validity that ends before it begins", () => {
    expectCatalogueIssue(StrategySchema, { ...validStrategy, validFrom: "2028-01-01", validUntil: "2027-12-31" }, "validUntil", "date-range.order", {
      start: "2028-01-01",
      end: "2027-12-31",
    });
  });

  it("rejects pillar shares that add up to more than 100 %, tolerating rounding", () => {
    const pillars = [
      { id: "a", name: "A", share: 0.6 },
      { id: "b", name: "B", share: 0.5 },
    ];
    expectCatalogueIssue(StrategySchema, { ...validStrategy, pillars }, "pillars", "pillar.share-sum", { percent: 110 });
    const thirds = [0.1, 0.2, 0.7].map((share, index) => ({ id: `p${index}`, name: `P${index}`, share }));
    expect(parsed(StrategySchema, { ...validStrategy, pillars: thirds }).pillars).toHaveLength(3);
  });

  it("rejects a pillar share outside 0 to 1 and a brand voice with an empty word", () => {
    expect(issueAt(StrategySchema, { ...validStrategy, pillars: [{ id: "a", name: "A", share: 40 }] }, "pillars[0].share").de.code).toBe("too_big");
    const brandVoice = { ...validStrategy.brandVoice, wordsToAvoid: [{ word: "" }] };
    expect(issueAt(StrategySchema, { ...validStrategy, brandVoice }, "brandVoice.wordsToAvoid[0].word").en.message).toMatch(/Too small/);
    expect(issueAt(StrategySchema, { ...validStrategy, brandVoice: { ...validStrategy.brandVoice, addressForm: "ihr" } }, "brandVoice.addressForm").de.code).toBe(
      "invalid_value",
    );
  });
});
