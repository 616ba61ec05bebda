import { describe, expect, it } from "vitest";
import { BUILT_IN_KPIS } from "./kpi-definition.js";
import { MUSTERSTADT_CHANNELS, MUSTERSTADT_ORGANISATION, MUSTERSTADT_STRATEGY, MUSTERSTADT_TEAM } from "./examples.js";
import { OrganisationSchema } from "./organisation.js";
import { StrategySchema } from "./strategy.js";
import { parsed } from "./test-support.js";

describe("Musterstadt examples", () => {
  it("are valid and survive a round trip through JSON and the schemas", () => {
    expect(parsed(OrganisationSchema, JSON.parse(JSON.stringify(MUSTERSTADT_ORGANISATION)))).toEqual(MUSTERSTADT_ORGANISATION);
    expect(parsed(StrategySchema, JSON.parse(JSON.stringify(MUSTERSTADT_STRATEGY)))).toEqual(MUSTERSTADT_STRATEGY);
  });

  it("is a town in Bayern whose AGS starts with 09", () => {
    expect(MUSTERSTADT_ORGANISATION.federalState).toBe("BY");
    expect(MUSTERSTADT_ORGANISATION.ags).toMatch(/^09\d{6}$/);
  });

  it("has a strategy with 2–3 goals, 2 audiences, 3 pillars and an election-neutrality period", () => {
    expect(MUSTERSTADT_STRATEGY.organisationId).toBe(MUSTERSTADT_ORGANISATION.id);
    expect(MUSTERSTADT_STRATEGY.goals.length).toBeGreaterThanOrEqual(2);
    expect(MUSTERSTADT_STRATEGY.goals.length).toBeLessThanOrEqual(3);
    expect(MUSTERSTADT_STRATEGY.audiences).toHaveLength(2);
    expect(MUSTERSTADT_STRATEGY.pillars).toHaveLength(3);
    expect(MUSTERSTADT_STRATEGY.quietPeriods.map((period) => period.kind)).toEqual(["election-neutrality"]);
  });

  it("is consistent: goals refer to known KPIs, team members and channels", () => {
    const kpiIds = new Set([...BUILT_IN_KPIS, ...MUSTERSTADT_STRATEGY.kpis].map((kpi) => kpi.id));
    const memberIds = new Set(MUSTERSTADT_TEAM.map((member) => member.id));
    const channelIds = new Set(MUSTERSTADT_CHANNELS.map((channel) => channel.id));
    for (const goal of MUSTERSTADT_STRATEGY.goals) {
      expect(kpiIds).toContain(goal.kpiId);
      expect(memberIds).toContain(goal.ownerId);
      for (const channelId of goal.channelIds ?? []) expect(channelIds).toContain(channelId);
    }
    expect(new Set(MUSTERSTADT_STRATEGY.channelIds)).toEqual(channelIds);
    const pillarIds = new Set(MUSTERSTADT_STRATEGY.pillars.map((pillar) => pillar.id));
    for (const pillarId of MUSTERSTADT_STRATEGY.quietPeriods[0]!.matches.pillarIds ?? []) expect(pillarIds).toContain(pillarId);
    for (const item of [...MUSTERSTADT_TEAM, ...MUSTERSTADT_CHANNELS]) expect(item.organisationId).toBe("musterstadt");
  });

  it("has at least one approver besides the editors, so four eyes can work", () => {
    const approvers = MUSTERSTADT_TEAM.filter((member) => member.roles.includes("approver"));
    const editors = MUSTERSTADT_TEAM.filter((member) => member.roles.includes("editor"));
    expect(approvers.some((approver) => editors.some((editor) => editor.id !== approver.id))).toBe(true);
  });

  it("are frozen, so that no test can change them for the next", () => {
    expect(() => {
      (MUSTERSTADT_ORGANISATION.settings.fourEyes as { posts: boolean }).posts = false;
    }).toThrow(TypeError);
    expect(() => {
      (MUSTERSTADT_STRATEGY.goals as unknown[]).push({});
    }).toThrow(TypeError);
  });
});
