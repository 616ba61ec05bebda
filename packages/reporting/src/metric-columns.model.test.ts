import type { KpiDefinition, MetricSample } from "@kommune-sm/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateKpi } from "./evaluate-kpi.js";
import { groupByChannelAndPeriod, MetricColumns } from "./metric-columns.js";
import { periodsBetween } from "./periods.js";

// Model-based test of MetricColumns: whatever the order of appends, growth and
// trims, the columns answer like the plain list of samples they were given.
// The invariants a user relies on: no sample is lost or changed when the
// arrays grow or shrink; a refused sample changes nothing; the memory stays
// within 2 x 27 bytes a sample (27 after a trim); and every grouped figure is
// the one evaluateKpi computes from the plain samples.

interface Model {
  samples: MetricSample[];
  lastAt: number;
}
type Real = { columns: MetricColumns };

const START = Date.UTC(2027, 0, 20);
const sum = (metric: string): KpiDefinition => ({ id: `sum-${metric}`, name: metric, unit: "count", better: "higher", formula: { type: "sum", metric } });

class Append implements fc.Command<Model, Real> {
  constructor(
    readonly batch: readonly { channel: string; post: string | undefined; metric: string; gap: number; value: number }[],
  ) {}
  check(): boolean {
    return true;
  }
  run(model: Model, real: Real): void {
    let at = model.lastAt;
    const samples = this.batch.map((entry) => {
      at += entry.gap;
      return {
        organisationId: "musterstadt",
        channelId: entry.channel,
        ...(entry.post === undefined ? {} : { postId: entry.post }),
        metric: entry.metric,
        at: new Date(at).toISOString(),
        value: entry.value,
      };
    });
    real.columns.appendAll(samples);
    model.samples.push(...samples);
    model.lastAt = at;
    expect(real.columns.length).toBe(model.samples.length);
    expect(real.columns.bytes).toBeLessThanOrEqual(Math.max(1024, model.samples.length * 2) * MetricColumns.BYTES_PER_SAMPLE);
  }
  toString(): string {
    return `append(${this.batch.length})`;
  }
}

class AppendLate implements fc.Command<Model, Real> {
  check(model: Readonly<Model>): boolean {
    return model.samples.length > 0;
  }
  run(model: Model, real: Real): void {
    const before = real.columns.length;
    expect(() => real.columns.append({ organisationId: "musterstadt", channelId: "fb", metric: "likes", at: new Date(model.lastAt - 1).toISOString(), value: 1 })).toThrow("comes before");
    expect(() => real.columns.append({ organisationId: "musterstadt", channelId: "fb", metric: "likes", at: new Date(model.lastAt).toISOString(), value: Number.NaN })).toThrow("not a finite number");
    expect(real.columns.length).toBe(before);
  }
  toString(): string {
    return "append a late or broken sample (refused)";
  }
}

class Trim implements fc.Command<Model, Real> {
  check(): boolean {
    return true;
  }
  run(model: Model, real: Real): void {
    real.columns.trim();
    expect(real.columns.bytes).toBe(Math.max(1, model.samples.length) * MetricColumns.BYTES_PER_SAMPLE);
  }
  toString(): string {
    return "trim";
  }
}

class Group implements fc.Command<Model, Real> {
  constructor(readonly metric: string) {}
  check(): boolean {
    return true;
  }
  run(model: Model, real: Real): void {
    const grid = groupByChannelAndPeriod(real.columns, { metric: this.metric, unit: "week", timeZone: "Europe/Berlin", firstDay: "2027-01-25", lastDay: "2027-02-28" });
    const weeks = periodsBetween("week", "2027-01-25", "2027-02-28", "Europe/Berlin");
    for (const channel of real.columns.channels) {
      for (const week of weeks) {
        const result = evaluateKpi(sum(this.metric), { samples: model.samples, channels: [{ id: channel }], period: week });
        const cell = grid.get(channel, week.key)!;
        if (result.status === "value") expect(cell).toBe(result.value);
        else if (this.metric === "followers") expect(cell).toBeNaN();
        else expect(cell).toBe(0);
      }
    }
  }
  toString(): string {
    return `group(${this.metric})`;
  }
}

const entry = fc.record({
  channel: fc.constantFrom("fb", "mastodon", "__proto__"),
  post: fc.option(fc.constantFrom("p1", "p2", "constructor"), { nil: undefined }),
  metric: fc.constantFrom("likes", "followers", "first-response-hours"),
  // 0 to 3 days between samples; 0 puts several samples at one instant.
  gap: fc.integer({ min: 0, max: 3 * 86_400_000 }),
  value: fc.integer({ min: -5, max: 5_000 }),
});

describe("MetricColumns as a model", () => {
  it("property (commands): appends, refusals, growth and trims never lose or change a sample, and every grouped figure is evaluateKpi's", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.commands(
          [
            fc.array(entry, { minLength: 1, maxLength: 12 }).map((batch) => new Append(batch)),
            fc.constant(new AppendLate()),
            fc.constant(new Trim()),
            fc.constantFrom("likes", "followers", "first-response-hours").map((metric) => new Group(metric)),
          ],
          { maxCommands: 25 },
        ),
        (capacity, commands) => {
          fc.modelRun(() => ({ model: { samples: [], lastAt: START }, real: { columns: new MetricColumns(capacity) } }), commands);
        },
      ),
      { numRuns: 120 },
    );
  });
});
