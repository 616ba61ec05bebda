import {
  createKommune,
  definePlugin,
  MUSTERSTADT_CHANNELS,
  MUSTERSTADT_ORGANISATION,
  MUSTERSTADT_STRATEGY,
  TestClock,
  type KommuneEvent,
  type KpiDefinition,
  type MetricSample,
  type StrategyInput,
} from "@kommune-sm/core";
import { describe, expect, it } from "vitest";
import { periodsBetween } from "./periods.js";
import { reporting } from "./reporting-plugin.js";
import { ReportingError } from "./reporting-error.js";

const storyViews: KpiDefinition = { id: "story-views", name: "Story-Aufrufe", unit: "count", better: "higher", formula: { type: "sum", metric: "story-views" } };
/** Another plugin that brings a KPI of its own. */
const stories = definePlugin({
  name: "stories",
  version: "1.0.0",
  setup(ctx) {
    return ctx.registries.kpis.register(storyViews);
  },
});

async function setup() {
  const reports = reporting();
  const ksm = await createKommune({ organisation: MUSTERSTADT_ORGANISATION, clock: new TestClock("2027-07-01T06:00:00Z"), plugins: [stories, reports] });
  for (const channel of MUSTERSTADT_CHANNELS) await ksm.store.channels.insert(channel);
  return { ksm, reports };
}

const withGoal = (kpiId: string, extra: Partial<StrategyInput> = {}): StrategyInput => ({
  ...MUSTERSTADT_STRATEGY,
  goals: [{ ...MUSTERSTADT_STRATEGY.goals[0]!, kpiId }],
  ...extra,
});

async function refused(run: Promise<unknown>): Promise<ReportingError> {
  try {
    await run;
  } catch (error) {
    expect(error).toBeInstanceOf(ReportingError);
    return error as ReportingError;
  }
  throw new Error("not refused");
}

describe("the reporting plugin", () => {
  it("saves a strategy only when each goal names a KPI in force: core's, a plugin's or the strategy's own; a refused one leaves the stored one as it was", async () => {
    const { ksm, reports } = await setup();
    const saved = await reports.saveStrategy(MUSTERSTADT_STRATEGY);
    expect(await ksm.store.strategies.require(saved.id)).toEqual(saved);

    const unknown = await refused(reports.saveStrategy(withGoal("klicks")));
    expect(unknown.code).toBe("REPORTING_UNKNOWN_KPI");
    expect(unknown.message).toContain('goals[0] ("antworten-binnen-eines-tages") names the KPI "klicks", which is not defined');
    expect(unknown.message).toContain('"story-views"');
    expect(await ksm.store.strategies.require(saved.id)).toEqual(saved);

    const clash = await refused(reports.saveStrategy(withGoal("story-views", { kpis: [{ ...storyViews, unit: "percent" }] })));
    expect(clash.code).toBe("REPORTING_KPI_CLASH");
    expect(clash.message).toContain("defined by a plugin's registration and differently by the strategy's kpis[0]");

    // A plugin's KPI and the strategy's own are both fine.
    expect((await reports.saveStrategy(withGoal("story-views"))).goals[0]!.kpiId).toBe("story-views");
    const own: KpiDefinition = { id: "portal-klicks", name: "Klicks zum Portal", unit: "count", better: "higher", formula: { type: "sum", metric: "clicks" } };
    expect(reports.kpis((await reports.saveStrategy(withGoal("portal-klicks", { kpis: [own] })))).sourceOf("portal-klicks")).toBe("strategy");

    // Wrong input is refused by the schema first, naming the field, and nothing is stored.
    await expect(reports.saveStrategy({ ...MUSTERSTADT_STRATEGY, goals: [{ ...MUSTERSTADT_STRATEGY.goals[0]!, target: "viel" as unknown as number }] })).rejects.toThrow(/target/);
    await ksm.dispose();
    expect(() => reports.kpis()).toThrow("has not been set up");
  });

  it("checks the goals from the collected metrics and announces the one whose forecast misses its target", async () => {
    const { ksm, reports } = await setup();
    await reports.saveStrategy(MUSTERSTADT_STRATEGY);
    // January to June 2027: ten answers a month on Mastodon, 6 or 7 of them within a day: too slow a rise to reach 0.9 by December.
    const samples: MetricSample[] = [];
    periodsBetween("month", "2027-01-01", "2027-06-30", "Europe/Berlin").forEach((month, index) => {
      const fast = [6, 6, 6, 7, 6, 7][index]!;
      for (let answer = 0; answer < 10; answer++) {
        const at = new Date(Date.parse(month.from) + (answer + 1) * 86_400_000).toISOString();
        samples.push({ organisationId: "musterstadt", channelId: "mastodon-main", metric: "first-response-hours", at, value: answer < fast ? 3 : 40 });
      }
    });
    await ksm.store.metrics.append(samples);
    const announced: KommuneEvent<"goal.at-risk">[] = [];
    ksm.bus.on("goal.at-risk", (event) => void announced.push(event));

    const checks = await reports.checkGoals();
    const byGoal = new Map(checks.map((check) => [check.goal.id, check]));
    const answers = byGoal.get("antworten-binnen-eines-tages")!;
    expect(answers.progress).toMatchObject({ status: "at-risk", current: { value: 0.7 }, trend: { points: 6 } });
    expect(answers.progress!.forecast!.value).toBeLessThan(0.9);
    expect(announced).toHaveLength(1);
    expect(announced[0]!.subject).toBe("antworten-binnen-eines-tages");
    expect(announced[0]!.data).toMatchObject({ strategyId: MUSTERSTADT_STRATEGY.id, goalId: "antworten-binnen-eines-tages", kpiId: "share-answered-within-24h", target: 0.9, current: 0.7, level: 0.8 });
    // Instagram's reach was never collected: no trend, no alarm, and no figure made up.
    expect(byGoal.get(MUSTERSTADT_STRATEGY.goals[1]!.id)!.progress).toMatchObject({ status: "too-little-data", current: undefined });
    await ksm.dispose();
  });
});
