import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { safeValidate } from "../validation/validate.js";
import { AudienceSchema } from "./audience.js";
import { BrandVoiceSchema } from "./brand-voice.js";
import { CampaignSchema } from "./campaign.js";
import { GoalSchema } from "./goal.js";
import { LIST_LIMITS } from "./limits.js";
import { MAX_REASON_LENGTH, PostContentSchema, PostSchema, PostVariantSchema, QuietPeriodOverrideSchema, ReasonedDecisionSchema, ReasonSchema } from "./post.js";
import { QuietPeriodSchema } from "./quiet-period.js";
import { StrategySchema } from "./strategy.js";
import { TeamMemberSchema } from "./team-member.js";
import {
  expectCatalogueIssue,
  issuesOf,
  parsed,
  validAudience,
  validCampaign,
  validGoal,
  validMedia,
  validPost,
  validPostContent,
  validQuietPeriod,
  validStrategy,
  validTeamMember,
} from "./test-support.js";

const override = { quietPeriodIds: ["wahl-2027"], reason: "Amtliche Bekanntmachung", by: "anna-becker", at: "2027-02-01T09:00:00Z" };

// Every list of the model that people fill: schema, valid input, field, limit, and the n-th entry.
const lists: readonly [name: string, schema: z.ZodType, input: Record<string, unknown>, field: string, max: number, entry: (n: number) => unknown][] = [
  ["post hashtags", PostContentSchema, validPostContent, "hashtags", LIST_LIMITS.hashtags, (n) => `Tag${n}`],
  ["post links", PostContentSchema, validPostContent, "links", LIST_LIMITS.links, (n) => `https://musterstadt.example/${n}`],
  ["post media", PostContentSchema, validPostContent, "media", LIST_LIMITS.media, (n) => ({ ...validMedia, id: `m${n}` })],
  ["post variants", PostContentSchema, validPostContent, "variants", LIST_LIMITS.variants, (n) => ({ channelId: `channel-${n}` })],
  ["variant media", PostVariantSchema, { channelId: "instagram-main" }, "media", LIST_LIMITS.media, (n) => ({ ...validMedia, id: `m${n}` })],
  ["post contributors", PostSchema, validPost, "contributorIds", LIST_LIMITS.contributors, (n) => `member-${n}`],
  ["override's quiet periods", QuietPeriodOverrideSchema, override, "quietPeriodIds", LIST_LIMITS.overriddenQuietPeriods, (n) => `period-${n}`],
  ["quiet period keywords", QuietPeriodSchema, validQuietPeriod, "matches.keywords", LIST_LIMITS.keywords, (n) => `Stichwort ${n}`],
  ["quiet period pillars", QuietPeriodSchema, validQuietPeriod, "matches.pillarIds", LIST_LIMITS.references, (n) => `pillar-${n}`],
  ["quiet period campaigns", QuietPeriodSchema, validQuietPeriod, "matches.campaignIds", LIST_LIMITS.references, (n) => `campaign-${n}`],
  ["strategy goals", StrategySchema, validStrategy, "goals", LIST_LIMITS.goals, (n) => ({ ...validGoal, id: `goal-${n}` })],
  ["strategy audiences", StrategySchema, validStrategy, "audiences", LIST_LIMITS.audiences, (n) => ({ ...validAudience, id: `audience-${n}` })],
  ["strategy channels", StrategySchema, validStrategy, "channelIds", LIST_LIMITS.channels, (n) => `channel-${n}`],
  ["strategy pillars", StrategySchema, validStrategy, "pillars", LIST_LIMITS.pillars, (n) => ({ id: `pillar-${n}`, name: `Säule ${n}` })],
  ["strategy quiet periods", StrategySchema, validStrategy, "quietPeriods", LIST_LIMITS.quietPeriods, (n) => ({ ...validQuietPeriod, id: `period-${n}` })],
  ["strategy KPIs", StrategySchema, validStrategy, "kpis", LIST_LIMITS.kpis, (n) => ({ ...validStrategy.kpis[0], id: `kpi-${n}` })],
  ["brand voice tonality", BrandVoiceSchema, validStrategy.brandVoice, "tonality", LIST_LIMITS.tonality, (n) => `Regel ${n}`],
  ["brand voice words", BrandVoiceSchema, validStrategy.brandVoice, "wordsToAvoid", LIST_LIMITS.wordsToAvoid, (n) => ({ word: `Wort${n}` })],
  ["goal channels", GoalSchema, validGoal, "channelIds", LIST_LIMITS.references, (n) => `channel-${n}`],
  ["campaign pillars", CampaignSchema, validCampaign, "pillarIds", LIST_LIMITS.references, (n) => `pillar-${n}`],
  ["campaign goals", CampaignSchema, validCampaign, "goalIds", LIST_LIMITS.references, (n) => `goal-${n}`],
  ["audience interests", AudienceSchema, validAudience, "interests", LIST_LIMITS.tags, (n) => `Thema ${n}`],
  ["audience age bands", AudienceSchema, validAudience, "ageBands", LIST_LIMITS.tags, () => ({ min: 14, max: 29 })],
  ["audience networks", AudienceSchema, validAudience, "preferredNetworks", LIST_LIMITS.tags, (n) => `network-${n}`],
  ["team member competencies", TeamMemberSchema, validTeamMember, "competencies", LIST_LIMITS.tags, (n) => `Kompetenz ${n}`],
];

function withList(input: Record<string, unknown>, field: string, entries: unknown[]): Record<string, unknown> {
  const [head, rest] = field.split(".") as [string, string | undefined];
  if (rest === undefined) return { ...input, [head]: entries };
  return { ...input, [head]: { ...(input[head] as Record<string, unknown>), [rest]: entries } };
}

const entries = (count: number, entry: (n: number) => unknown) => Array.from({ length: count }, (_, n) => entry(n));

describe.each(lists)("the list of %s", (_name, schema, input, field, max, entry) => {
  it(`accepts ${max} entries`, () => {
    expect(safeValidate(schema, withList(input, field, entries(max, entry))).success).toBe(true);
  });

  it(`refuses ${max + 1} entries as a whole, naming the field, the count and the limit`, () => {
    const issues = issuesOf(schema, withList(input, field, entries(max + 1, entry)));
    expect(issues.map((issue) => issue.path)).toEqual([field]);
    expectCatalogueIssue(schema, withList(input, field, entries(max + 1, entry)), field, "list.too-many", { field, count: max + 1, max });
  });
});

describe("what a broken or hostile client sends", () => {
  it("refuses 100,000 hashtags with one issue, without looking at each of them", () => {
    const hashtags = entries(100_000, (n) => `#Tag ${n}\uD83D`);
    const issues = issuesOf(PostContentSchema, { ...validPostContent, hashtags });
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toBe("„hashtags“ hat 100000 Einträge; erlaubt sind höchstens 30.");
    expect(issuesOf(PostContentSchema, { ...validPostContent, hashtags }, "en")[0]!.message).toBe('"hashtags" has 100000 entries; at most 30 are allowed.');
  });

  it("refuses an 11 MB reason, alone and in a decision", () => {
    const reason = "x".repeat(11 * 1024 * 1024);
    expect(issuesOf(ReasonSchema, reason).map((issue) => issue.code)).toEqual(["too_big"]);
    expect(issuesOf(ReasonedDecisionSchema, { reason, by: "bernd", at: "2027-06-01T09:00:00Z" }).map((issue) => issue.path)).toEqual(["reason"]);
    expect(parsed(ReasonSchema, "r".repeat(MAX_REASON_LENGTH))).toHaveLength(2000);
    expect(safeValidate(ReasonSchema, "").success).toBe(false);
  });

  it("refuses lone surrogates in a post's texts, naming the field", () => {
    expectCatalogueIssue(PostContentSchema, { ...validPostContent, text: "Stadtfest \uD83D am Samstag" }, "text", "text.ill-formed", { field: "text" });
    expectCatalogueIssue(PostContentSchema, { ...validPostContent, variants: [{ channelId: "bluesky-main", text: "\uDE00 Stadtfest" }] }, "variants[0].text", "text.ill-formed", {
      field: "variants[0].text",
    });
    expectCatalogueIssue(PostContentSchema, { ...validPostContent, hashtags: ["Stadt\uD83Dfest"] }, "hashtags[0]", "text.ill-formed", { field: "hashtags[0]" });
    expectCatalogueIssue(ReasonSchema, "Bitte \uDC00 überarbeiten", "", "text.ill-formed", { field: "input" });
    // The same characters as whole pairs are fine.
    expect(parsed(PostContentSchema, { ...validPostContent, text: "Stadtfest 🎉 am Samstag" }).text).toBe("Stadtfest 🎉 am Samstag");
  });

  it("refuses a scheduling time in the year 10000 and a quiet period in the year 50", () => {
    expect(issuesOf(PostSchema, { ...validPost, scheduledAt: "9999-12-31T23:30:00-01:00" }).map((issue) => issue.path)).toEqual(["scheduledAt"]);
    const strategy = { ...validStrategy, quietPeriods: [{ ...validQuietPeriod, startDate: "0050-01-01", endDate: "0050-01-31" }] };
    expect(issuesOf(StrategySchema, strategy).map((issue) => issue.path)).toEqual(["quietPeriods[0].startDate", "quietPeriods[0].endDate"]);
  });
});
