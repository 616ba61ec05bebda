import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { totalAccrual } from "./accrual-total.js";
import { counterAccruals } from "./counter-accrual.js";
import {
  bruteForceAccrual,
  growingCounter,
  hoursAfter,
  interleave,
  modelSeries,
  samplesOf,
  valueAt,
  wobblyCounter,
  type ModelSeries,
} from "./metric-test-support.js";
import { seriesKey } from "./metric-series.js";

const toIso = (t: number) => hoursAfter(t);
/** Period bounds a little beyond the ticks of polls and steps, so that periods before and after all samples occur. */
const bound = fc.integer({ min: -3, max: 44 });
const period = fc.tuple(bound, bound).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a }));
const request = (p: { from: number; to: number }) => ({ metric: "likes", from: toIso(p.from), to: toIso(p.to) });

function world(hidden: typeof growingCounter) {
  return fc.record({ series: modelSeries(hidden), order: fc.array(fc.nat(), { maxLength: 64 }), period });
}

function stored(series: readonly ModelSeries[], order: readonly number[]) {
  return interleave(series.map((s) => samplesOf(s, "likes", toIso)), order);
}

const keyOf = (s: ModelSeries) => seriesKey({ channelId: s.channelId, postId: s.postId, metric: "likes" });

function expectBruteForce(series: readonly ModelSeries[], order: readonly number[], p: { from: number; to: number }): void {
  const accruals = counterAccruals(stored(series, order), request(p));
  const polled = series.filter((s) => s.polls.length > 0);
  expect(accruals).toHaveLength(polled.length);
  for (const s of polled) {
    const found = accruals.find((a) => seriesKey(a.series) === keyOf(s));
    expect(found && { value: found.value, baseline: found.baseline, end: found.end }).toEqual(bruteForceAccrual(s, p.from, p.to));
  }
}

describe("counterAccruals against a brute-force model", () => {
  it("equals the brute-force accrual of a growing counter at the poll instants, per series", () => {
    fc.assert(fc.property(world(growingCounter), ({ series, order, period }) => expectBruteForce(series, order, period)), { numRuns: 500 });
  });

  it("equals the brute-force accrual of a counter that may fall, per series", () => {
    fc.assert(fc.property(world(wobblyCounter), ({ series, order, period }) => expectBruteForce(series, order, period)), { numRuns: 500 });
  });

  it("totals the brute-force accruals of the selected series that have a sample in the period", () => {
    const selector = fc.constantFrom({}, { channelId: "mastodon-main" }, { level: "post" as const }, { level: "channel" as const }, { channelId: "bluesky-main", postId: "post-1" });
    fc.assert(
      fc.property(world(wobblyCounter), selector, ({ series, order, period }, select) => {
        const chosen = series.filter(
          (s) =>
            (select.channelId === undefined || s.channelId === select.channelId) &&
            (!("postId" in select) || s.postId === select.postId) &&
            (!("level" in select) || (select.level === "channel") === (s.postId === undefined)),
        );
        const expected = chosen.map((s) => bruteForceAccrual(s, period.from, period.to)).filter((a) => a.end === "sample");
        const total = totalAccrual(stored(series, order), { ...request(period), ...select });
        expect(total.value).toBe(expected.reduce((sum, a) => sum + a.value, 0));
        expect(total.series).toHaveLength(expected.length);
        expect(total.assumedZero).toBe(expected.filter((a) => a.baseline === "assumed-zero").length);
      }),
      { numRuns: 300 },
    );
  });

  it("is the true change when the collector polled at every change", () => {
    fc.assert(
      fc.property(world(wobblyCounter), ({ series, order, period }) => {
        // Polls at every step, stored last, so that they hold the true totals.
        const everyChange = series.map((s) => ({ ...s, polls: [...s.polls, ...s.hidden.steps.map((step) => ({ t: step.t, stale: 0 }))] }));
        for (const [index, accrual] of counterAccruals(stored(everyChange, order), request(period)).entries()) {
          const s = everyChange.find((candidate) => keyOf(candidate) === seriesKey(accrual.series))!;
          expect(accrual.value, `series ${index}`).toBe(valueAt(s.hidden, period.to - 1) - valueAt(s.hidden, period.from - 1));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("makes adjacent periods add up to the period they cover", () => {
    const cuts = fc.tuple(bound, bound, bound).map((values) => values.sort((a, b) => a - b));
    fc.assert(
      fc.property(world(wobblyCounter), cuts, ({ series, order }, [a, b, c]) => {
        const samples = stored(series, order);
        const total = (from: number, to: number) => totalAccrual(samples, request({ from, to })).value;
        expect(total(a, b) + total(b, c)).toBe(total(a, c));
      }),
      { numRuns: 300 },
    );
  });

  it("does not depend on the order of the samples, except among samples at the same instant", () => {
    fc.assert(
      fc.property(world(wobblyCounter), ({ series, order, period }) => {
        const samples = stored(series, order);
        // A stable sort keeps samples at the same instant in the order stored.
        const byTime = [...samples].sort((x, y) => Date.parse(x.at) - Date.parse(y.at));
        expect(counterAccruals(byTime, request(period))).toEqual(counterAccruals(samples, request(period)));
        expect(counterAccruals([...byTime].reverse(), request(period)).map((a) => a.series)).toEqual(counterAccruals(samples, request(period)).map((a) => a.series));
      }),
      { numRuns: 200 },
    );
  });

  it("is not the sum of the polls: summing over-counts whenever a period holds polls at two instants of a positive total", () => {
    const scenario = fc
      .record({ first: fc.integer({ min: 1, max: 50 }), rest: growingCounter, from: fc.integer({ min: 1, max: 30 }), length: fc.integer({ min: 2, max: 10 }) })
      .chain(({ first, rest, from, length }) =>
        fc.record({
          hidden: fc.constant({ start: 0, steps: [{ t: 0, delta: first }, ...rest.steps] }),
          period: fc.constant({ from, to: from + length }),
          polls: fc.uniqueArray(fc.integer({ min: from, max: from + length - 1 }), { minLength: 2, maxLength: 8 }),
          before: fc.uniqueArray(fc.integer({ min: 0, max: from - 1 }), { maxLength: 3 }),
        }),
      );
    fc.assert(
      fc.property(scenario, ({ hidden, period, polls, before }) => {
        const series: ModelSeries = { channelId: "mastodon-main", postId: "post-1", hidden, polls: [...before, ...polls].map((t) => ({ t, stale: 0 })) };
        const samples = samplesOf(series, "likes", toIso);
        const inPeriod = samples.filter((s) => s.at >= toIso(period.from) && s.at < toIso(period.to));
        const sumOfPolls = inPeriod.reduce((sum, s) => sum + s.value, 0);
        const [accrual] = counterAccruals(samples, request(period));
        expect(accrual!.value).toBe(bruteForceAccrual(series, period.from, period.to).value);
        expect(sumOfPolls).toBeGreaterThan(accrual!.value);
      }),
      { numRuns: 300 },
    );
  });
});
