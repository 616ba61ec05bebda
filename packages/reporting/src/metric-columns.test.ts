import { createMemoryStore, type KpiDefinition, type MetricSample } from "@kommune-sm/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateKpi } from "./evaluate-kpi.js";
import { groupByChannelAndPeriod, loadMetricColumns, MetricColumns } from "./metric-columns.js";

const sum = (metric: string): KpiDefinition => ({ id: `sum-${metric}`, name: metric, unit: "count", better: "higher", formula: { type: "sum", metric } });
const channels = ["fb", "mastodon", "insta"];
const sampleArbitrary = fc.record({
  channel: fc.constantFrom(...channels),
  post: fc.option(fc.constantFrom("p1", "p2"), { nil: undefined }),
  metric: fc.constantFrom("likes", "followers", "first-response-hours"),
  // December 2026 to mid-April 2027.
  at: fc.integer({ min: Date.UTC(2026, 11, 1), max: Date.UTC(2027, 3, 15) }),
  value: fc.integer({ min: 0, max: 10_000 }),
});
const toSamples = (entries: readonly { channel: string; post: string | undefined; metric: string; at: number; value: number }[]): MetricSample[] => {
  const unique = new Map(entries.map((entry) => [`${entry.channel}|${entry.post}|${entry.metric}|${entry.at}`, entry]));
  return [...unique.values()]
    .sort((a, b) => a.at - b.at)
    .map((entry) => ({
      organisationId: "musterstadt",
      channelId: entry.channel,
      ...(entry.post === undefined ? {} : { postId: entry.post }),
      metric: entry.metric,
      at: new Date(entry.at).toISOString(),
      value: entry.value,
    }));
};

describe("metric columns", () => {
  it("hold a sample in 27 bytes once trimmed, and refuse samples out of time order or without a finite value", () => {
    const columns = new MetricColumns();
    columns.appendAll(toSamples(Array.from({ length: 1000 }, (_, index) => ({ channel: "fb", post: `p${index % 7}`, metric: "likes", at: Date.UTC(2027, 0, 1) + index * 60_000, value: index }))));
    expect(columns.bytes).toBe(1024 * 27);
    columns.trim();
    expect(columns.bytes / columns.length).toBe(27);
    expect(columns.seriesCount).toBe(7);
    expect(() => columns.append({ organisationId: "m", channelId: "fb", metric: "likes", at: "2026-01-01T00:00:00Z", value: 1 })).toThrow("comes before the one appended before it");
    expect(() => columns.append({ organisationId: "m", channelId: "fb", metric: "likes", at: "2028-01-01T00:00:00Z", value: Number.POSITIVE_INFINITY })).toThrow("not a finite number");
  });

  it("property: grouped by channel and month, each cell is what evaluateKpi gives for that channel and month (counters' accruals, gauges' levels, observations' sums)", () => {
    fc.assert(
      fc.property(fc.array(sampleArbitrary, { maxLength: 60 }), (entries) => {
        const samples = toSamples(entries);
        const columns = new MetricColumns(4);
        columns.appendAll(samples);
        for (const metric of ["likes", "followers", "first-response-hours"]) {
          const grid = groupByChannelAndPeriod(columns, { metric, unit: "month", timeZone: "Europe/Berlin", firstDay: "2027-01-01", lastDay: "2027-03-31" });
          expect(grid.periods.map((period) => period.key)).toEqual(["2027-01", "2027-02", "2027-03"]);
          for (const channel of columns.channels) {
            for (const period of grid.periods) {
              const result = evaluateKpi(sum(metric), { samples, channels: [{ id: channel }], period });
              const cell = grid.get(channel, period.key)!;
              if (result.status === "value") expect(cell).toBe(result.value);
              else if (metric === "followers") expect(cell).toBeNaN();
              else expect(cell).toBe(0);
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it("streams a store's samples month by month into the same columns as one query would give", async () => {
    const store = createMemoryStore();
    const tenant = store.tenant("musterstadt");
    const samples = toSamples(Array.from({ length: 500 }, (_, index) => ({ channel: channels[index % 3]!, post: index % 2 === 0 ? "p1" : undefined, metric: index % 5 === 0 ? "followers" : "likes", at: Date.UTC(2026, 10, 1) + index * 7 * 3_600_000, value: index })));
    await tenant.metrics.append(samples);
    let queries = 0;
    const counting = { query: (query?: Parameters<typeof tenant.metrics.query>[0]) => (queries++, tenant.metrics.query(query)) };
    const streamed = await loadMetricColumns(counting, { from: "2026-11-01T00:00:00Z", to: "2027-06-01T00:00:00Z", metrics: ["likes"], timeZone: "Europe/Berlin" });
    const whole = new MetricColumns();
    whole.appendAll(samples.filter((sample) => sample.metric === "likes"));
    expect(streamed.length).toBe(whole.length);
    const grid = (columns: MetricColumns) => groupByChannelAndPeriod(columns, { metric: "likes", unit: "month", timeZone: "Europe/Berlin", firstDay: "2026-12-01", lastDay: "2027-05-31" }).values;
    expect(grid(streamed)).toEqual(grid(whole));
    // One query per calendar month touched: November (from its 1st, 01:00 in Berlin) to May.
    expect(queries).toBe(8);
    await expect(loadMetricColumns(counting, { from: "2027-06-01T00:00:00Z", to: "2027-01-01T00:00:00Z" })).rejects.toThrow("`to` not before `from`");
  });
});
