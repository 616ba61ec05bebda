// Shared setup of the workflow tests (not part of the package's API).
import { TestClock } from "../clock/test-clock.js";
import { createKommune, type Kommune } from "../host/create-kommune.js";
import type { Strategy, TeamMember } from "../model/index.js";
import { fixtureOrganisation } from "../testkit/store-fixtures.js";

export const TEAM: readonly TeamMember[] = [
  { id: "anna", organisationId: "musterstadt", name: "Anna Schreiber", roles: ["editor"], competencies: [], active: true },
  { id: "bernd", organisationId: "musterstadt", name: "Bernd Prüfer", roles: ["approver"], competencies: [], active: true },
  { id: "carla", organisationId: "musterstadt", name: "Carla Leitung", roles: ["admin"], competencies: [], active: true },
  { id: "dieter", organisationId: "musterstadt", name: "Dieter Liest", roles: ["viewer"], competencies: [], active: true },
  { id: "emil", organisationId: "musterstadt", name: "Emil Beides", roles: ["editor", "approver"], competencies: [], active: true },
  { id: "frieda", organisationId: "musterstadt", name: "Frieda Ehemalig", roles: ["approver"], competencies: [], active: false },
] as TeamMember[];

/** Election on Sunday 2026-09-27; neutrality from 2026-08-28 to the election day, for the pillar "rathaus" and the mayor's name. */
export const STRATEGY = {
  id: "strategy-2026",
  organisationId: "musterstadt",
  name: "Social-Media-Strategie 2026",
  goals: [],
  audiences: [],
  channelIds: [],
  pillars: [{ id: "rathaus", name: "Aus dem Rathaus" }, { id: "freizeit", name: "Freizeit" }],
  brandVoice: { tonality: [], wordsToAvoid: [] },
  kpis: [],
  quietPeriods: [
    {
      id: "wahl-2026",
      kind: "election-neutrality",
      label: "Neutralitätspflicht Kommunalwahl",
      startDate: "2026-08-28",
      endDate: "2026-09-27",
      blocks: { scheduling: true, publishing: true },
      matches: { pillarIds: ["rathaus"], keywords: ["Bürgermeisterin Muster"] },
    },
  ],
} as unknown as Strategy;

export async function setupWorkflow(options: { fourEyesPosts?: boolean; fourEyesReplies?: boolean; start?: string } = {}): Promise<{ ksm: Kommune; clock: TestClock }> {
  const clock = new TestClock(options.start ?? "2026-08-01T08:00:00Z");
  const ksm = await createKommune({
    organisation: fixtureOrganisation("musterstadt", {
      settings: { fourEyes: { posts: options.fourEyesPosts ?? true, replies: options.fourEyesReplies ?? false } },
    }),
    clock,
  });
  for (const member of TEAM) await ksm.store.teamMembers.insert(member);
  await ksm.store.strategies.insert(STRATEGY);
  return { ksm, clock };
}
