import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gaugeReadingsAt, gaugeValueAt } from "./gauge-reading.js";
import { seriesKey } from "./metric-series.js";
import { bruteForceReading, gaugeLevel, hoursAfter, interleave, modelSeries, samplesOf, valueAt } from "./metric-test-support.js";

const toIso = (t: number) => hoursAfter(t);
const instant = fc.integer({ min: -3, max: 44 });
const world = fc.record({ series: modelSeries(gaugeLevel), order: fc.array(fc.nat(), { maxLength: 64 }), at: instant });

describe("gauge readings against a brute-force model", () => {
  it("read the hidden level at the last poll at or before the instant, per series", () => {
    fc.assert(
      fc.property(world, ({ series, order, at }) => {
        const samples = interleave(series.map((s) => samplesOf(s, "followers", toIso)), order);
        const readings = gaugeReadingsAt(samples, { metric: "followers", at: toIso(at) });
        const expected = series.flatMap((s) => {
          const reading = bruteForceReading(s, at);
          return reading === undefined ? [] : [{ key: seriesKey({ ...s, metric: "followers" }), value: reading.value, at: toIso(reading.t) }];
        });
        expect(readings.map((r) => ({ key: seriesKey(r.series), value: r.value, at: r.at })).sort((a, b) => (a.key < b.key ? -1 : 1))).toEqual(
          expected.sort((a, b) => (a.key < b.key ? -1 : 1)),
        );
        for (const s of series) {
          const one = gaugeValueAt(samples, { metric: "followers", channelId: s.channelId, ...(s.postId === undefined ? {} : { postId: s.postId }), at: toIso(at) });
          const reading = bruteForceReading(s, at);
          expect(one && { value: one.value, at: one.at }).toEqual(reading && { value: reading.value, at: toIso(reading.t) });
        }
      }),
      { numRuns: 500 },
    );
  });

  it("are the true level when the collector polled at every change", () => {
    fc.assert(
      fc.property(world, ({ series, order, at }) => {
        const everyChange = series.map((s) => ({ ...s, polls: [{ t: -10, stale: 0 }, ...s.polls, ...s.hidden.steps.map((step) => ({ t: step.t, stale: 0 }))] }));
        const samples = interleave(everyChange.map((s) => samplesOf(s, "followers", toIso)), order);
        for (const s of everyChange) {
          const one = gaugeValueAt(samples, { metric: "followers", channelId: s.channelId, ...(s.postId === undefined ? {} : { postId: s.postId }), at: toIso(at) });
          expect(one?.value).toBe(valueAt(s.hidden, at));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("are not a sum or a mean of the polls: the last poll alone decides", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 10 }), (levels) => {
        const samples = levels.map((level, index) => samplesOf({ channelId: "mastodon-main", hidden: { start: level, steps: [] }, polls: [{ t: index, stale: 0 }] }, "followers", toIso)[0]!);
        expect(gaugeValueAt(samples, { metric: "followers", channelId: "mastodon-main", at: toIso(levels.length) })?.value).toBe(levels.at(-1));
      }),
    );
  });
});
