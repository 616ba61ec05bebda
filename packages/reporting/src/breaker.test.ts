// Defects a review found by attacking the package (other orders, stale data,
// hostile ids, plugins that misbehave); each test failed on the first version.
import {
  BUILT_IN_KPIS,
  createKommune,
  definePlugin,
  MUSTERSTADT_CHANNELS,
  MUSTERSTADT_ORGANISATION,
  MUSTERSTADT_STRATEGY,
  TestClock,
  type KpiDefinition,
  type MetricSample,
} from "@kommune-sm/core";
import { fixtureOrganisation } from "@kommune-sm/core/testkit";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateKpi } from "./evaluate-kpi.js";
import { goalProgress } from "./goal-progress.js";
import { periodOfDay, periodsBetween } from "./periods.js";
import { reporting } from "./reporting-plugin.js";
import { censoredQuantile, responseTimes } from "./response-times.js";

const kpi = (id: string): KpiDefinition => BUILT_IN_KPIS.find((entry) => entry.id === id)!;
const march = periodOfDay("month", "2027-03-01", "Europe/Berlin");
const april = periodOfDay("month", "2027-04-01", "Europe/Berlin");
const answerSamples = (): MetricSample[] =>
  periodsBetween("month", "2027-01-01", "2027-06-30", "Europe/Berlin").flatMap((month, index) =>
    Array.from({ length: 10 }, (_, answer) => ({
      organisationId: "musterstadt",
      channelId: "mastodon-main",
      metric: "first-response-hours",
      at: new Date(Date.parse(month.from) + (answer + 1) * 86_400_000).toISOString(),
      value: answer < [6, 6, 6, 7, 6, 7][index]! ? 3 : 40,
    })),
  );
/** A network that declares its metrics, as the real adapters do: first-response-hours is not among them (the SDK measures it). */
const mastodon = definePlugin({
  name: "network:mastodon",
  version: "0.0.0",
  setup: (ctx) => ctx.registries.networks.register({ id: "mastodon", name: "Mastodon", capabilities: { metrics: ["likes", "shares", "comments", "followers"] } } as never),
});

describe("found by attacking the reporting package", () => {
  it("the response-time KPIs are available on every channel: the SDK measures first-response-hours itself, no network declares it", async () => {
    const samples = answerSamples();
    const result = evaluateKpi(kpi("median-first-response-hours"), { samples, channels: [{ id: "mastodon-main", metrics: ["likes", "followers"] }], period: march });
    expect(result.status).toBe("value");
    const reports = reporting();
    const ksm = await createKommune({ organisation: MUSTERSTADT_ORGANISATION, clock: new TestClock("2027-07-01T06:00:00Z"), plugins: [mastodon, reports] });
    for (const channel of MUSTERSTADT_CHANNELS) await ksm.store.channels.insert(channel);
    await reports.saveStrategy(MUSTERSTADT_STRATEGY);
    await ksm.store.metrics.append(samples);
    const checks = await reports.checkGoals();
    expect(checks.find((check) => check.goal.id === "antworten-binnen-eines-tages")!.progress!.status).toBe("at-risk");
    await ksm.dispose();
  });

  it("a KPI clash in one strategy (a plugin added after it was saved) leaves its goals with the problem and checks the others", async () => {
    const own: KpiDefinition = { id: "portal-klicks", name: "Klicks", unit: "count", better: "higher", formula: { type: "sum", metric: "clicks" } };
    const clashing = definePlugin({ name: "portal", version: "1.0.0", setup: (ctx) => ctx.registries.kpis.register({ ...own, formula: { type: "mean", metric: "clicks" } }) });
    const reports = reporting();
    const ksm = await createKommune({ organisation: MUSTERSTADT_ORGANISATION, clock: new TestClock("2027-07-01T06:00:00Z"), plugins: [clashing, reports] });
    for (const channel of MUSTERSTADT_CHANNELS) await ksm.store.channels.insert(channel);
    await ksm.store.strategies.save({ ...MUSTERSTADT_STRATEGY, id: "alt", kpis: [own] });
    await ksm.store.strategies.save(MUSTERSTADT_STRATEGY);
    const checks = await reports.checkGoals();
    expect(checks.filter((check) => check.strategyId === "alt").map((check) => check.problem)).toEqual(
      MUSTERSTADT_STRATEGY.goals.map(() => expect.stringContaining('the KPI "portal-klicks" is defined by a plugin')),
    );
    expect(checks.filter((check) => check.strategyId === MUSTERSTADT_STRATEGY.id).map((check) => check.problem)).toEqual(MUSTERSTADT_STRATEGY.goals.map(() => undefined));
    await ksm.dispose();
  });

  it("a goal naming a channel the store does not hold is a problem, not a silent 'too little data'", async () => {
    const reports = reporting();
    const ksm = await createKommune({ organisation: MUSTERSTADT_ORGANISATION, clock: new TestClock("2027-07-01T06:00:00Z"), plugins: [reports] });
    await ksm.store.strategies.save({ ...MUSTERSTADT_STRATEGY, goals: [{ ...MUSTERSTADT_STRATEGY.goals[0]!, channelIds: ["mastodon-mian"] }] });
    const [check] = await reports.checkGoals();
    expect(check!.problem).toContain('names the channel "mastodon-mian", which the store does not hold');
    await ksm.dispose();
  });

  it("one plugin object serves one instance; wrong options fail when the plugin is made", async () => {
    const reports = reporting();
    const first = await createKommune({ organisation: MUSTERSTADT_ORGANISATION, plugins: [reports] });
    await expect(createKommune({ organisation: fixtureOrganisation("nachbarort"), plugins: [reports] })).rejects.toThrow(/already serves the organisation "musterstadt"/);
    await first.dispose();
    expect(() => reporting({ goalPeriod: "fortnight" as never })).toThrow("`goalPeriod` must be one of day, week, month, quarter, year");
    expect(() => reporting({ level: 2 })).toThrow("`level` must be above 0 and below 1");
    expect(() => reporting({ combinations: [{ metric: "engagements", sumOf: ["quotes"] }] })).toThrow(/"quotes"/);
    expect(() => reporting({ combinations: [{ metric: "engagements", sumOf: ["quotes"] }], kinds: { quotes: "counter" } })).not.toThrow();
  });

  it("a goal whose target lies on the worse side of its baseline is refused, not 'achieved' on day one", async () => {
    const share = kpi("share-answered-within-24h");
    const backwards = { ...MUSTERSTADT_STRATEGY.goals[0]!, baseline: 0.9, target: 0.5 };
    expect(() => goalProgress(backwards, share, [], { now: "2027-04-01T00:00:00Z", timeZone: "Europe/Berlin" })).toThrow("higher is better; swap baseline and target");
    const reports = reporting();
    const ksm = await createKommune({ organisation: MUSTERSTADT_ORGANISATION, plugins: [reports] });
    await expect(reports.saveStrategy({ ...MUSTERSTADT_STRATEGY, goals: [backwards] })).rejects.toThrow('goals[0] ("antworten-binnen-eines-tages") aims from 0.9 to 0.5');
    expect(await ksm.store.strategies.list()).toEqual([]);
    await ksm.dispose();
  });

  it("a gauge last read long ago has no level now: growth and totals are 'no data', not flat", () => {
    const samples: MetricSample[] = [{ organisationId: "o", channelId: "fb", metric: "followers", at: "2026-01-10T10:00:00.000Z", value: 500 }];
    expect(evaluateKpi(kpi("follower-growth"), { samples, channels: [{ id: "fb" }], period: march }).status).toBe("no-data");
    expect(evaluateKpi({ id: "f", name: "f", unit: "count", better: "higher", formula: { type: "sum", metric: "followers" } }, { samples, channels: [{ id: "fb" }], period: march }).status).toBe("no-data");
  });

  it("property: growth adds up over consecutive periods, also with readings exactly at local midnight", () => {
    const growth: KpiDefinition = { id: "g", name: "g", unit: "count", better: "higher", formula: { type: "growth", metric: "followers", relative: false } };
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2000 }), { minLength: 1, maxLength: 61 }), fc.boolean(), (levels, atMidnight) => {
        const days = periodsBetween("day", "2027-03-01", "2027-04-30", "Europe/Berlin");
        const samples: MetricSample[] = levels.map((value, index) => ({
          organisationId: "o",
          channelId: "fb",
          metric: "followers",
          at: atMidnight ? days[index]!.from : new Date(Date.parse(days[index]!.from) + 9 * 3_600_000).toISOString(),
          value,
        }));
        const value = (period: { from: string; to: string }): number | undefined => {
          const result = evaluateKpi(growth, { samples, channels: [{ id: "fb" }], period });
          return result.status === "value" ? result.value : undefined;
        };
        const both = value({ from: march.from, to: april.to });
        const [first, second] = [value(march), value(april)];
        if (first !== undefined && second !== undefined) expect(first + second).toBe(both);
      }),
    );
  });

  it("a ratio whose numerator was never collected is no data, not 0 %, and does not dilute a channel that has both", () => {
    const impressions = (channelId: string, value: number): MetricSample => ({ organisationId: "o", channelId, postId: "p", metric: "impressions", at: "2027-03-10T10:00:00.000Z", value });
    const only = evaluateKpi(kpi("engagement-rate"), { samples: [impressions("fb", 1000)], channels: [{ id: "fb" }], period: march });
    expect(only.status).toBe("no-data");
    const mixed = evaluateKpi(kpi("engagement-rate"), {
      samples: [impressions("fb", 1000), impressions("insta", 1000), { organisationId: "o", channelId: "insta", postId: "p", metric: "engagements", at: "2027-03-10T10:00:00.000Z", value: 100 }],
      channels: [{ id: "fb" }, { id: "insta" }],
      period: march,
    });
    expect(mixed.status === "value" && mixed.value).toBe(10);
  });

  it("response times: a channel named __proto__ is a channel; a message received after the report's moment or hidden without an answer is not counted", () => {
    const message = (channelId: string, receivedAt: string, status: "open" | "hidden" = "open") =>
      ({ id: receivedAt, organisationId: "o", channelId, kind: "comment", remoteId: receivedAt, author: { handle: "x" }, text: "", receivedAt, status }) as const;
    const report = responseTimes([message("__proto__", "2027-03-10T10:00:00.000Z"), message("fb", "2027-03-20T10:00:00.000Z"), message("fb", "2027-03-11T10:00:00.000Z", "hidden")], { period: march, now: "2027-03-15T00:00:00Z" });
    expect(Object.keys(report.byChannel)).toEqual(["__proto__", "fb"]);
    expect(report.byChannel.__proto__!.received).toBe(1);
    expect(report.overall).toMatchObject({ received: 1, leftOut: 1 });
    expect(() => censoredQuantile([{ hours: Number.NaN, answered: true }], 0.5)).toThrow("waits[0].hours must be a number of at least 0");
  });

  it("a forecast stays within what its KPI can take: a share of at most 1, a median of at least 0 hours", () => {
    const share = kpi("share-answered-within-24h");
    const points = [0.5, 0.7, 0.9].map((value, index) => ({ at: new Date(Date.UTC(2027, index, 28)).toISOString(), value }));
    const progress = goalProgress({ ...MUSTERSTADT_STRATEGY.goals[0]!, baseline: 0.5, target: 0.95 }, share, points, { now: "2027-04-01T00:00:00Z", timeZone: "Europe/Berlin" });
    expect(progress.forecast!.value).toBe(1);
    expect(progress.forecast!.high).toBe(1);
    const median = kpi("median-first-response-hours");
    const falling = [30, 15, 2].map((value, index) => ({ at: new Date(Date.UTC(2027, index, 28)).toISOString(), value }));
    expect(goalProgress({ ...MUSTERSTADT_STRATEGY.goals[0]!, kpiId: median.id, baseline: 30, target: 1 }, median, falling, { now: "2027-04-01T00:00:00Z", timeZone: "Europe/Berlin" }).forecast!.low).toBe(0);
  });

  it("a period reaching outside the model's years (January 1970 in Berlin begins in 1969) is read within them, not refused by core", () => {
    const likes: KpiDefinition = { id: "l", name: "l", unit: "count", better: "higher", formula: { type: "sum", metric: "likes" } };
    const sample = (at: string, value: number): MetricSample => ({ organisationId: "o", channelId: "c", postId: "p", metric: "likes", at, value });
    const january1970 = periodOfDay("month", "1970-01-01", "Europe/Berlin");
    expect(january1970.from).toBe("1969-12-31T23:00:00.000Z");
    expect(evaluateKpi(likes, { samples: [sample("1970-01-01T00:00:00.000Z", 2), sample("1970-01-20T00:00:00.000Z", 7)], channels: [{ id: "c" }], period: january1970 })).toMatchObject({ status: "value", value: 7 });
    expect(evaluateKpi(likes, { samples: [], channels: [{ id: "c" }], period: periodOfDay("month", "1969-03-01", "Europe/Berlin") })).toMatchObject({ status: "no-data", reason: "no-samples" });
    expect(evaluateKpi(likes, { samples: [sample("2199-12-31T23:00:00.000Z", 4)], channels: [{ id: "c" }], period: periodOfDay("year", "2199-06-01", "America/Los_Angeles") })).toMatchObject({ status: "value", value: 4 });
    expect(evaluateKpi(likes, { samples: [], channels: [{ id: "c" }], period: periodOfDay("year", "2200-06-01", "Europe/Berlin") }).status).toBe("no-data");
  });
});
