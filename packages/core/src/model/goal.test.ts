import { describe, expect, it } from "vitest";
import { GoalSchema } from "./goal.js";
import { expectCatalogueIssue, issueAt, parsed, validGoal } from "./test-support.js";

describe("GoalSchema", () => {
  it("accepts a SMART goal, going down as well as up", () => {
    expect(parsed(GoalSchema, validGoal)).toEqual(validGoal);
    expect(parsed(GoalSchema, { ...validGoal, baseline: 0.62, target: 0.9, channelIds: ["mastodon-main"] }).channelIds).toEqual(["mastodon-main"]);
  });

  it("rejects a target equal to the baseline, on target", () => {
    expectCatalogueIssue(GoalSchema, { ...validGoal, baseline: 12, target: 12 }, "target", "goal.target-equals-baseline");
    expect(issueAt(GoalSchema, { ...validGoal, baseline: 12, target: 12 }, "target").de.message).toMatch(/Zielwert und Ausgangswert sind gleich/);
  });

  it("rejects a deadline that is no calendar date and a non-finite target", () => {
    expect(issueAt(GoalSchema, { ...validGoal, deadline: "2027-06-31" }, "deadline").de.code).toBe("invalid_format");
    expect(issueAt(GoalSchema, { ...validGoal, target: Number.POSITIVE_INFINITY }, "target").de.code).toBe("invalid_type");
  });

  it("requires an owner", () => {
    const { ownerId: _, ...withoutOwner } = validGoal;
    const { de, en } = issueAt(GoalSchema, withoutOwner, "ownerId");
    expect(de.message).toMatch(/erwartet string/);
    expect(en.message).toMatch(/expected string/);
  });
});
