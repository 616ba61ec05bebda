/**
 * Shared by the metrics tests: samples made briefly, and a brute-force model
 * of what a network's counters and gauges really were, against which the
 * functions are checked. Not exported from the package.
 */
import fc from "fast-check";
import type { MetricSample } from "../model/metric-sample.js";

/** 2027-01-01T00:00:00.000Z, where the tests' time starts unless they say otherwise. */
export const T0 = Date.UTC(2027, 0, 1);
/** An hour in milliseconds. */
export const HOUR = 3_600_000;

/** An instant `hours` after {@link T0}, in the stored form. */
export function hoursAfter(hours: number, base = T0): string {
  return new Date(base + hours * HOUR).toISOString();
}

/** A sample of organisation "musterstadt", channel "mastodon-main". */
export function sample(at: string, metric: string, value: number, extra: Partial<MetricSample> = {}): MetricSample {
  return { organisationId: "musterstadt", channelId: "mastodon-main", at, metric, value, ...extra };
}

/**
 * The true value of a metric over time, as the network knows it, and which
 * the collector sees only at its polls: a step function that starts at
 * `start` and changes by `delta` at each step's instant (steps at the same
 * instant add up).
 */
export interface HiddenSeries {
  readonly start: number;
  readonly steps: readonly { readonly t: number; readonly delta: number }[];
}

/** The value of the hidden series at `t`: every step at or before `t` has happened. */
export function valueAt(series: HiddenSeries, t: number): number {
  let value = series.start;
  for (const step of series.steps) if (step.t <= t) value += step.delta;
  return value;
}

/** Instants in ticks of one unit; small, so that polls, steps and period bounds often coincide. */
export const tick = fc.integer({ min: 0, max: 40 });

/** A counter's true total: from 0, never falling. */
export const growingCounter: fc.Arbitrary<HiddenSeries> = fc.record({
  start: fc.constant(0),
  steps: fc.array(fc.record({ t: tick, delta: fc.integer({ min: 0, max: 50 }) }), { maxLength: 12 }),
});

/** A counter's true total that may also fall (likes withdrawn, comments deleted). */
export const wobblyCounter: fc.Arbitrary<HiddenSeries> = fc.record({
  start: fc.constant(0),
  steps: fc.array(fc.record({ t: tick, delta: fc.integer({ min: -20, max: 50 }) }), { maxLength: 12 }),
});

/** A gauge's true level: any start, any changes. */
export const gaugeLevel: fc.Arbitrary<HiddenSeries> = fc.record({
  start: fc.integer({ min: 0, max: 5000 }),
  steps: fc.array(fc.record({ t: tick, delta: fc.integer({ min: -100, max: 100 }) }), { maxLength: 12 }),
});

/**
 * Poll instants in the order the collector stored them, with repeats. Where
 * an instant is polled more than once, only the last one stored holds the
 * true value; the earlier ones hold `stale`, a value the network corrected
 * later. So a function that lets anything but the last stored sample of an
 * instant win gives a wrong answer.
 */
export const polls = fc.array(fc.record({ t: tick, stale: fc.integer({ min: -1000, max: 1000 }) }), { maxLength: 16 });

/** One series as the test defines it: where it is, what is true, when it was polled. */
export interface ModelSeries {
  readonly channelId: string;
  readonly postId?: string;
  readonly hidden: HiddenSeries;
  readonly polls: readonly { readonly t: number; readonly stale: number }[];
}

/** The samples a collector would have stored for the series, in the order stored; `toIso` turns a tick into an instant. */
export function samplesOf(series: ModelSeries, metric: string, toIso: (t: number) => string): MetricSample[] {
  return series.polls.map((poll, index) => {
    const correctedLater = series.polls.slice(index + 1).some((later) => later.t === poll.t);
    return sample(toIso(poll.t), metric, correctedLater ? poll.stale : valueAt(series.hidden, poll.t), {
      channelId: series.channelId,
      ...(series.postId === undefined ? {} : { postId: series.postId }),
    });
  });
}

/**
 * The brute-force accrual of one series within [from, to), from the hidden
 * values at the poll instants: 0 without a poll in the period; else the
 * value at the last poll in the period minus the value at the last poll
 * before it, or minus 0 if none was before.
 */
export function bruteForceAccrual(series: ModelSeries, from: number, to: number): { value: number; baseline: "sample" | "assumed-zero"; end: "sample" | "none-in-period" } {
  const times = series.polls.map((poll) => poll.t);
  const inPeriod = times.filter((t) => from <= t && t < to);
  const before = times.filter((t) => t < from);
  const baselineValue = before.length === 0 ? 0 : valueAt(series.hidden, Math.max(...before));
  return {
    value: inPeriod.length === 0 ? 0 : valueAt(series.hidden, Math.max(...inPeriod)) - baselineValue,
    baseline: before.length === 0 ? "assumed-zero" : "sample",
    end: inPeriod.length === 0 ? "none-in-period" : "sample",
  };
}

/** The brute-force gauge reading of one series at `at`: the hidden level at the last poll at or before it. */
export function bruteForceReading(series: ModelSeries, at: number): { value: number; t: number } | undefined {
  const before = series.polls.map((poll) => poll.t).filter((t) => t <= at);
  if (before.length === 0) return undefined;
  const t = Math.max(...before);
  return { value: valueAt(series.hidden, t), t };
}

/** Up to four series: the channel's own, and posts, on one or two channels. */
export function modelSeries(hidden: fc.Arbitrary<HiddenSeries>): fc.Arbitrary<ModelSeries[]> {
  const place = fc.record({ channelId: fc.constantFrom("mastodon-main", "bluesky-main"), postId: fc.constantFrom(undefined, "post-1", "post-2") });
  return fc
    .uniqueArray(place, { minLength: 1, maxLength: 4, selector: (p) => `${p.channelId}/${p.postId ?? ""}` })
    .chain((places) =>
      fc.tuple(...places.map((p) => fc.record({ hidden, polls }).map(({ hidden, polls }): ModelSeries => ({ ...p, hidden, polls })))),
    );
}

/**
 * The samples of several series interleaved as a collector polling them in
 * turn would store them: each series keeps its own order, and `order`
 * decides which series comes next.
 */
export function interleave(lists: readonly MetricSample[][], order: readonly number[]): MetricSample[] {
  const queues = lists.map((list) => [...list]);
  const result: MetricSample[] = [];
  for (const pick of order) {
    const candidates = queues.filter((queue) => queue.length > 0);
    if (candidates.length === 0) break;
    result.push(candidates[pick % candidates.length]!.shift()!);
  }
  for (const queue of queues) result.push(...queue);
  return result;
}
