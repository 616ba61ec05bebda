import { BUILT_IN_KPIS, type KpiDefinition, type MetricSample } from "@kommune-sm/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateKpi, metricsOfKpi, quantile, type KpiResult, type ReportChannel } from "./evaluate-kpi.js";
import { periodOfDay, periodsBetween } from "./periods.js";
import { ReportingError } from "./reporting-error.js";

const kpi = (id: string): KpiDefinition => BUILT_IN_KPIS.find((entry) => entry.id === id)!;
const sum = (metric: string): KpiDefinition => ({ id: `sum-${metric}`, name: `Summe ${metric}`, unit: "count", better: "higher", formula: { type: "sum", metric } });
const mean = (metric: string): KpiDefinition => ({ id: `mean-${metric}`, name: `Mittel ${metric}`, unit: "count", better: "higher", formula: { type: "mean", metric } });

const sample = (channelId: string, postId: string | undefined, metric: string, at: string, value: number): MetricSample => ({
  organisationId: "musterstadt",
  channelId,
  ...(postId === undefined ? {} : { postId }),
  metric,
  at,
  value,
});

const march = periodOfDay("month", "2027-03-01", "Europe/Berlin");
const valueOf = (result: KpiResult): number => {
  if (result.status !== "value") throw new Error(`expected a value, got ${JSON.stringify(result)}`);
  return result.value;
};

describe("evaluateKpi", () => {
  it("reads counters as running totals: the month's engagement rate is the accrual of engagements over that of impressions, never a sum of polls", () => {
    const samples = [
      // Polled three times; the totals 100, 400, 1000 mean 1000 impressions, not 1500.
      sample("fb", "p1", "impressions", "2027-03-02T08:00:00Z", 100),
      sample("fb", "p1", "impressions", "2027-03-05T08:00:00Z", 400),
      sample("fb", "p1", "impressions", "2027-03-20T08:00:00Z", 1000),
      sample("fb", "p1", "engagements", "2027-03-20T08:00:00Z", 50),
      // A post from February: only what it gained in March counts.
      sample("fb", "p0", "impressions", "2027-02-20T08:00:00Z", 5000),
      sample("fb", "p0", "impressions", "2027-03-10T08:00:00Z", 6000),
      sample("fb", "p0", "engagements", "2027-02-20T08:00:00Z", 200),
      sample("fb", "p0", "engagements", "2027-03-10T08:00:00Z", 250),
      // After the month (1 April 00:30 in Berlin): not counted.
      sample("fb", "p1", "impressions", "2027-03-31T22:30:00Z", 99_999),
    ];
    const result = evaluateKpi(kpi("engagement-rate"), { samples, channels: [{ id: "fb" }], period: march });
    expect(valueOf(result)).toBeCloseTo(((50 + 50) / (1000 + 1000)) * 100, 10);
    expect(result.status === "value" && result.basis.figures).toEqual({ engagements: 100, impressions: 2000 });
    // p1 had no sample before March: its totals were counted from 0, and the result says so.
    expect(result.status === "value" && result.basis.assumedZero).toBe(2);
  });

  it("a metric the network does not offer is not available, never 0, and a network without it is left out and named", () => {
    const channels: ReportChannel[] = [
      { id: "mastodon", metrics: ["likes", "shares", "comments", "followers"] },
      { id: "fb", metrics: ["impressions", "engagements", "reach", "followers"] },
    ];
    const samples = [sample("fb", "p1", "reach", "2027-03-03T10:00:00Z", 700), sample("mastodon", "m1", "likes", "2027-03-03T10:00:00Z", 7)];
    const reach = evaluateKpi(kpi("reach-per-1000-inhabitants"), { samples, channels, period: march, inhabitants: 14_000 });
    expect(valueOf(reach)).toBeCloseTo(50, 10);
    expect(reach.status === "value" && reach.basis.notOffered).toEqual(["mastodon"]);
    const onMastodon = evaluateKpi(kpi("reach-per-1000-inhabitants"), { samples, channels, period: march, inhabitants: 14_000, scope: { channelIds: ["mastodon"] } });
    expect(onMastodon).toEqual({ status: "not-available", kpiId: "reach-per-1000-inhabitants", unit: "per-1000-inhabitants", metrics: ["reach"], channels: ["mastodon"] });
    // Offered but not measured in the period: no data, which is not the same as not available.
    const quiet = evaluateKpi(sum("reach"), { samples: [], channels, period: march, scope: { channelIds: ["fb"] } });
    expect(quiet.status).toBe("no-data");
  });

  it("engagements are likes + shares + comments + clicks where a network has no engagements figure, as declared data, and the parts are named", () => {
    const channels: ReportChannel[] = [{ id: "mastodon", metrics: ["likes", "shares", "comments", "impressions"] }];
    const samples = [
      sample("mastodon", "m1", "likes", "2027-02-27T10:00:00Z", 10),
      sample("mastodon", "m1", "likes", "2027-03-03T10:00:00Z", 25),
      sample("mastodon", "m1", "shares", "2027-03-03T10:00:00Z", 5),
      sample("mastodon", "m1", "comments", "2027-03-03T10:00:00Z", 3),
      sample("mastodon", "m1", "impressions", "2027-03-03T10:00:00Z", 460),
    ];
    const result = evaluateKpi(kpi("engagement-rate"), { samples, channels, period: march });
    expect(valueOf(result)).toBeCloseTo(((15 + 5 + 3) / 460) * 100, 10);
    expect(result.status === "value" && result.basis.combined).toEqual([{ channelId: "mastodon", metric: "engagements", parts: ["likes", "shares", "comments"] }]);
    // Without the combination the KPI is not available there.
    expect(evaluateKpi(kpi("engagement-rate"), { samples, channels, period: march, combinations: [] }).status).toBe("not-available");
  });

  it("follower growth compares the levels at the period's start and end, on channels with both readings", () => {
    const samples = [
      sample("fb", undefined, "followers", "2027-02-28T12:00:00Z", 1000),
      sample("fb", undefined, "followers", "2027-03-15T12:00:00Z", 1080),
      sample("fb", undefined, "followers", "2027-03-31T21:59:00Z", 1100),
      // 00:00 on 1 April in Berlin: the next month's.
      sample("fb", undefined, "followers", "2027-03-31T22:00:00Z", 5000),
      // Connected in mid-March: no reading at the start, so it does not count as growth.
      sample("insta", undefined, "followers", "2027-03-10T12:00:00Z", 300),
    ];
    const result = evaluateKpi(kpi("follower-growth"), { samples, channels: [{ id: "fb" }, { id: "insta" }], period: march });
    expect(valueOf(result)).toBeCloseTo(0.1, 10);
    expect(result.status === "value" && result.basis.channels).toEqual(["fb"]);
    const onlyNew = evaluateKpi(kpi("follower-growth"), { samples, channels: [{ id: "fb" }, { id: "insta" }], period: march, scope: { channelIds: ["insta"] } });
    expect(onlyNew.status === "no-data" && onlyNew.reason).toBe("no-baseline");
  });

  it("response times are observations: the median and the share within 24 hours of those taken in the period", () => {
    const hours = [2, 30, 5, 1, 50, 12];
    const samples = hours.map((value, index) => sample("fb", undefined, "first-response-hours", `2027-03-0${index + 1}T10:00:00Z`, value));
    samples.push(sample("fb", undefined, "first-response-hours", "2027-04-01T10:00:00Z", 500));
    const input = { samples, channels: [{ id: "fb" }], period: march };
    expect(valueOf(evaluateKpi(kpi("median-first-response-hours"), input))).toBe(8.5);
    expect(valueOf(evaluateKpi(kpi("share-answered-within-24h"), input))).toBeCloseTo(4 / 6, 10);
  });

  it("quantiles interpolate between ranks as QUANTIL.INKL does", () => {
    expect(quantile([4, 1, 3, 2], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBeCloseTo(9.1, 10);
    expect(quantile([7], 0.9)).toBe(7);
    expect(quantile([1, 9], 0)).toBe(1);
    expect(quantile([1, 9], 1)).toBe(9);
  });

  it("a pillar's posts: counters of those posts only; gauges, which belong to channels, are not available", () => {
    const samples = [sample("fb", "p1", "likes", "2027-03-02T10:00:00Z", 10), sample("fb", "p2", "likes", "2027-03-02T10:00:00Z", 30), sample("fb", undefined, "followers", "2027-03-02T10:00:00Z", 900)];
    const scope = { postIds: ["p2"] };
    expect(valueOf(evaluateKpi(sum("likes"), { samples, channels: [{ id: "fb" }], period: march, scope }))).toBe(30);
    expect(valueOf(evaluateKpi(mean("likes"), { samples, channels: [{ id: "fb" }], period: march }))).toBe(20);
    expect(evaluateKpi(kpi("follower-growth"), { samples, channels: [{ id: "fb" }], period: march, scope }).status).toBe("not-available");
  });

  it("refuses what cannot be meant, naming it", () => {
    const input = { samples: [], channels: [{ id: "fb" }], period: march };
    const message = (run: () => unknown): string => {
      try {
        run();
      } catch (error) {
        expect(error).toBeInstanceOf(ReportingError);
        return (error as Error).message;
      }
      throw new Error("not refused");
    };
    expect(message(() => evaluateKpi(kpi("reach-per-1000-inhabitants"), input))).toContain("give `inhabitants`");
    expect(message(() => evaluateKpi(mean("followers"), { ...input, inhabitants: -3 }))).toContain("`inhabitants` must be a positive number");
    expect(message(() => evaluateKpi(kpi("engagement-rate"), { ...input, scope: { channelIds: ["x"] } }))).toContain('names the channel "x"');
    expect(message(() => evaluateKpi({ ...kpi("follower-growth"), formula: { type: "growth", metric: "likes", relative: true } }, input))).toContain('needs "likes" to be a gauge, but it is a counter');
    expect(message(() => evaluateKpi(kpi("engagement-rate"), { ...input, period: { from: "2027-03-01", to: "2027-04-01T00:00:00Z" } }))).toContain("`period.from` must be an RFC 3339 instant");
    expect(message(() => evaluateKpi(kpi("engagement-rate"), { ...input, combinations: [{ metric: "engagements", sumOf: ["followers"] }] }))).toContain('adds up "followers", a gauge');
  });

  it("property: a counter's accruals add up: the days of a month give the month, and the month is the last total in it minus the last before it", () => {
    const poll = fc.record({
      post: fc.constantFrom("p1", "p2", "p3"),
      // From mid-February to mid-April 2027.
      at: fc.integer({ min: Date.UTC(2027, 1, 15), max: Date.UTC(2027, 3, 15) }),
      value: fc.integer({ min: 0, max: 100_000 }),
    });
    fc.assert(
      fc.property(fc.array(poll, { maxLength: 40 }), (polls) => {
        // One sample per series and instant, as a collector stores them.
        const unique = new Map(polls.map((entry) => [`${entry.post}@${entry.at}`, entry]));
        const samples = [...unique.values()].map((entry) => sample("fb", entry.post, "likes", new Date(entry.at).toISOString(), entry.value));
        const input = { samples, channels: [{ id: "fb" }] };
        const monthly = evaluateKpi(sum("likes"), { ...input, period: march });
        const daily = periodsBetween("day", march.firstDay, march.lastDay, "Europe/Berlin").map((day) => evaluateKpi(sum("likes"), { ...input, period: day }));
        const addedUp = daily.reduce((total, result) => total + (result.status === "value" ? result.value : 0), 0);
        // The oracle: per post, the last total before the month's end minus the last before its start (0 if none).
        const from = Date.parse(march.from);
        const to = Date.parse(march.to);
        let expected = 0;
        let measured = false;
        for (const post of ["p1", "p2", "p3"]) {
          const own = [...unique.values()].filter((entry) => entry.post === post).sort((a, b) => a.at - b.at);
          const inMonth = own.filter((entry) => entry.at >= from && entry.at < to);
          if (inMonth.length === 0) continue;
          measured = true;
          const before = own.filter((entry) => entry.at < from);
          expected += inMonth[inMonth.length - 1]!.value - (before.length === 0 ? 0 : before[before.length - 1]!.value);
        }
        if (!measured) {
          expect(monthly.status).toBe("no-data");
          return;
        }
        expect(valueOf(monthly)).toBe(expected);
        expect(addedUp).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it("property: a KPI is not available exactly when no channel of the scope offers (or can combine) what it needs, and a channel that does not offer a metric never adds to it", () => {
    const metricsOf = fc.subarray(["likes", "shares", "comments", "clicks", "engagements", "impressions", "reach", "followers"]);
    fc.assert(
      fc.property(fc.array(fc.option(metricsOf, { nil: undefined }), { minLength: 1, maxLength: 4 }), fc.constantFrom("engagement-rate", "reach-per-1000-inhabitants", "follower-growth"), (declared, id) => {
        const channels = declared.map((metrics, index) => ({ id: `c${index}`, ...(metrics === undefined ? {} : { metrics }) }));
        const samples: MetricSample[] = [];
        for (const channel of channels) {
          for (const metric of ["likes", "shares", "comments", "clicks", "engagements", "impressions", "reach"]) {
            samples.push(sample(channel.id, "p", metric, "2027-03-02T10:00:00Z", 10));
          }
          samples.push(sample(channel.id, undefined, "followers", "2027-02-02T10:00:00Z", 10), sample(channel.id, undefined, "followers", "2027-03-02T10:00:00Z", 20));
        }
        const result = evaluateKpi(kpi(id), { samples, channels, period: march, inhabitants: 1000 });
        const offers = (metrics: readonly string[] | undefined, metric: string): boolean =>
          metrics === undefined || metrics.includes(metric) || (metric === "engagements" && ["likes", "shares", "comments", "clicks"].some((part) => metrics.includes(part)));
        const needs = id === "engagement-rate" ? ["engagements", "impressions"] : id === "reach-per-1000-inhabitants" ? ["reach"] : ["followers"];
        const able = channels.filter((channel) => needs.every((metric) => offers(channel.metrics, metric)));
        if (able.length === 0) {
          expect(result.status).toBe("not-available");
          return;
        }
        expect(result.status).toBe("value");
        if (result.status !== "value") return;
        expect(result.basis.channels).toEqual(able.map((channel) => channel.id));
        expect(result.basis.notOffered).toEqual(channels.filter((channel) => !able.includes(channel)).map((channel) => channel.id));
        if (id === "reach-per-1000-inhabitants") expect(result.value).toBe(10 * able.length);
        if (id === "follower-growth") expect(result.value).toBe(1);
      }),
      { numRuns: 300 },
    );
  });
});

describe("reading less for the same value", () => {
  it("property: a KPI's value is the same from only the samples of its metrics (and combinations' parts) before the period's end", () => {
    const metrics = ["likes", "shares", "comments", "clicks", "impressions", "reach", "followers", "first-response-hours", "engagements"] as const;
    const sampleArb = fc.record({
      channelId: fc.constantFrom("a", "b"),
      postId: fc.option(fc.constantFrom("p1", "p2", "p3"), { nil: undefined }),
      metric: fc.constantFrom(...metrics),
      at: fc.integer({ min: Date.parse("2027-02-20T00:00:00Z"), max: Date.parse("2027-04-10T00:00:00Z") }).map((ms) => new Date(ms).toISOString()),
      value: fc.nat({ max: 500 }),
    });
    fc.assert(
      fc.property(fc.array(sampleArb, { maxLength: 60 }), fc.constantFrom(...BUILT_IN_KPIS), (drawn, definition) => {
        const samples = drawn.map((sample) => ({ organisationId: "o", ...sample }) as MetricSample).sort((x, y) => x.at.localeCompare(y.at));
        const channels: ReportChannel[] = [{ id: "a" }, { id: "b", metrics: ["likes", "comments", "impressions", "followers", "reach"] }];
        const full = evaluateKpi(definition, { samples, channels, period: march, inhabitants: 24_310 });
        const needed = metricsOfKpi(definition);
        const fewer = samples.filter((sample) => needed.has(sample.metric) && Date.parse(sample.at) < Date.parse(march.to));
        expect(evaluateKpi(definition, { samples: fewer, channels, period: march, inhabitants: 24_310 })).toEqual(full);
      }),
      { numRuns: 300 },
    );
  });
});
