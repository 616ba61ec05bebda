import { describe, expect, it } from "vitest";
import { QuietPeriodSchema } from "./quiet-period.js";
import { expectCatalogueIssue, issuesOf, parsed, validQuietPeriod } from "./test-support.js";

describe("QuietPeriodSchema", () => {
  it("accepts an election-neutrality period", () => {
    expect(parsed(QuietPeriodSchema, validQuietPeriod)).toEqual(validQuietPeriod);
  });

  it("accepts a period of a single day", () => {
    expect(parsed(QuietPeriodSchema, { ...validQuietPeriod, startDate: "2027-03-14", endDate: "2027-03-14" }).endDate).toBe("2027-03-14");
  });

  it("rejects an end before the start, on endDate", () => {
    const input = { ...validQuietPeriod, startDate: "2027-03-28", endDate: "2027-01-11" };
    expectCatalogueIssue(QuietPeriodSchema, input, "endDate", "date-range.order", { start: "2027-03-28", end: "2027-01-11" });
    expect(issuesOf(QuietPeriodSchema, input)[0]!.message).toBe("Das Ende (2027-01-11) liegt vor dem Beginn (2027-03-28).");
  });

  it("rejects a period that blocks nothing", () => {
    expectCatalogueIssue(QuietPeriodSchema, { ...validQuietPeriod, blocks: { scheduling: false, publishing: false } }, "blocks", "quiet-period.blocks-nothing");
  });

  it("rejects a period that matches nothing", () => {
    for (const matches of [{}, { all: false }, { pillarIds: [], campaignIds: [], keywords: [] }]) {
      expectCatalogueIssue(QuietPeriodSchema, { ...validQuietPeriod, matches }, "matches", "quiet-period.matches-nothing");
    }
    expect(parsed(QuietPeriodSchema, { ...validQuietPeriod, matches: { all: true } }).matches).toEqual({ all: true });
    expect(parsed(QuietPeriodSchema, { ...validQuietPeriod, matches: { campaignIds: ["wahlkampf"] } }).matches.campaignIds).toEqual(["wahlkampf"]);
  });

  it("reports the date order and a missing label at the same time", () => {
    const { label: _, ...withoutLabel } = validQuietPeriod;
    const issues = issuesOf(QuietPeriodSchema, { ...withoutLabel, startDate: "2027-03-28", endDate: "2027-01-11" });
    expect(issues.map((issue) => issue.path).sort()).toEqual(["endDate", "label"]);
  });

  it("does not compare dates when one of them is malformed", () => {
    const issues = issuesOf(QuietPeriodSchema, { ...validQuietPeriod, startDate: "28.03.2027" });
    expect(issues.map((issue) => issue.path)).toEqual(["startDate"]);
  });
});
