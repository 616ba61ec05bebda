import { BUILT_IN_KPIS, type Goal, type KpiDefinition } from "@kommune-sm/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { goalProgress, type GoalPoint } from "./goal-progress.js";
import { periodsBetween } from "./periods.js";

const DAY = 86_400_000;
const kpi = (id: string): KpiDefinition => BUILT_IN_KPIS.find((entry) => entry.id === id)!;
const share = kpi("share-answered-within-24h");
const median = kpi("median-first-response-hours");
/** A growth in followers: its forecast may take any value. */
const growth: KpiDefinition = { id: "follower-gain", name: "Follower-Zuwachs", unit: "count", better: "higher", formula: { type: "growth", metric: "followers", relative: false } };
const goal = (overrides: Partial<Goal> = {}): Goal => ({
  id: "schneller-antworten",
  statement: "Mehr Anfragen binnen eines Tages beantworten",
  kpiId: share.id,
  baseline: 0.5,
  target: 0.9,
  deadline: "2027-12-31",
  ownerId: "anna-becker",
  ...overrides,
});
const monthly = (values: readonly number[]): GoalPoint[] =>
  periodsBetween("month", "2027-01-01", "2027-12-31", "Europe/Berlin")
    .slice(0, values.length)
    .map((period, index) => ({ at: period.to, value: values[index]! }));
const options = { now: "2027-07-01T12:00:00Z", timeZone: "Europe/Berlin" };

describe("goalProgress", () => {
  it("a goal whose trend misses the target by the deadline is at risk, with the forecast and its interval", () => {
    // Half a percentage point more each month: about 0.56 by December, far from 0.9.
    const progress = goalProgress(goal(), share, monthly([0.5, 0.51, 0.5, 0.52, 0.53, 0.525]), options);
    expect(progress.status).toBe("at-risk");
    expect(progress.attainment).toBeCloseTo((0.525 - 0.5) / 0.4, 12);
    expect(progress.current).toEqual({ at: "2027-06-30T22:00:00.000Z", value: 0.525 });
    expect(progress.forecast!.at).toBe("2027-12-31T23:00:00.000Z");
    expect(progress.forecast!.value).toBeGreaterThan(0.53);
    expect(progress.forecast!.value).toBeLessThan(0.6);
    expect(progress.forecast!.low).toBeLessThan(progress.forecast!.value);
    expect(progress.forecast!.high).toBeGreaterThan(progress.forecast!.value);
    expect(progress.daysLeft).toBe(183);
  });

  it("the forecast and its interval are the least-squares line and Student's t prediction interval (computed by hand)", () => {
    // x = 0, 1, 2, 3 days; y = 1, 3, 2, 4: slope 0.8 a day, mean 2.5 at x = 1.5, Sxx = 5, residual sum of squares 1.8, s = √0.9.
    const start = Date.parse("2027-03-01T11:00:00Z");
    const points = [1, 3, 2, 4].map((value, day) => ({ at: new Date(start + day * DAY).toISOString(), value }));
    const deadlineDay = { ...goal({ kpiId: "x", baseline: 0, target: 100, deadline: "2027-03-10" }) };
    // A growth: any value, so the line is not held to a range.
    const custom: KpiDefinition = { id: "x", name: "Zuwachs", unit: "count", better: "higher", formula: { type: "growth", metric: "followers", relative: false } };
    const progress = goalProgress(deadlineDay, custom, points, { now: start + 3 * DAY, timeZone: "Europe/Berlin", level: 0.8 });
    // The deadline's day ends at 2027-03-10T23:00Z, 9.5 days after the first point.
    const x0 = 9.5;
    const value = 2.5 + 0.8 * (x0 - 1.5);
    // t with 2 degrees of freedom at 0.9 (two-sided 80 %): 1.885618.
    const half = 1.885618 * Math.sqrt(0.9) * Math.sqrt(1 + 1 / 4 + (x0 - 1.5) ** 2 / 5);
    expect(progress.trend!.perDay).toBeCloseTo(0.8, 10);
    expect(progress.forecast!.value).toBeCloseTo(value, 9);
    expect(progress.forecast!.low).toBeCloseTo(value - half, 5);
    expect(progress.forecast!.high).toBeCloseTo(value + half, 5);
    expect(progress.status).toBe("at-risk");
  });

  it("a goal where lower is better: the response time falling fast enough is on track; reaching it is achieved", () => {
    const faster = goal({ kpiId: median.id, baseline: 30, target: 8 });
    expect(goalProgress(faster, median, monthly([30, 27, 24, 21, 18, 15]), options).status).toBe("on-track");
    expect(goalProgress(faster, median, monthly([30, 20, 7.5]), options).status).toBe("achieved");
    expect(goalProgress(faster, median, monthly([30, 20, 7.5]), options).attainment).toBeCloseTo(22.5 / 22, 12);
  });

  it("with fewer than three values there is no forecast; after the deadline the goal is reached or missed by the last value before it", () => {
    expect(goalProgress(goal(), share, monthly([0.5, 0.6]), options)).toMatchObject({ status: "too-little-data", forecast: undefined });
    expect(goalProgress(goal(), share, [], options)).toMatchObject({ status: "too-little-data", current: undefined, attainment: undefined, trend: undefined });
    const after = { now: "2028-02-01T00:00:00Z", timeZone: "Europe/Berlin" };
    const values = [...monthly([0.5, 0.6, 0.7, 0.8, 0.85, 0.86, 0.87, 0.88, 0.89, 0.9, 0.91, 0.89]), { at: "2028-01-31T23:00:00Z", value: 0.99 }];
    // December's value (0.89) is the last before the deadline; January's does not count.
    expect(goalProgress(goal(), share, values, after)).toMatchObject({ status: "missed", current: { value: 0.89 }, daysLeft: 0, forecast: undefined });
    expect(goalProgress(goal({ target: 0.88 }), share, values, after).status).toBe("reached");
  });

  it("values after the assessment's moment are not read", () => {
    const values = monthly([0.5, 0.6, 0.7, 0.8, 0.95]);
    // January to March end before 15 April; April's value (at its end) and May's come after.
    expect(goalProgress(goal(), share, values, { ...options, now: "2027-04-15T00:00:00Z" }).current?.value).toBe(0.7);
  });

  it("refuses what cannot be meant, naming it", () => {
    expect(() => goalProgress(goal(), median, [], options)).toThrow('the goal "schneller-antworten" is measured by the KPI "share-answered-within-24h", not by "median-first-response-hours"');
    expect(() => goalProgress(goal(), share, [], { ...options, level: 1 })).toThrow("`level` must be above 0 and below 1");
    expect(() => goalProgress(goal(), share, [{ at: "2027-01-01", value: 1 }], options)).toThrow("`points[0].at` must be");
    expect(() => goalProgress(goal(), share, [{ at: "2027-01-01T00:00:00Z", value: Number.NaN }], options)).toThrow("`points[0].value` must be a finite number");
    expect(() => goalProgress(goal(), share, [], { ...options, timeZone: "Mars/Olympus" })).toThrow('the deadline "2027-12-31" in the time zone "Mars/Olympus" is not a day');
  });

  it("property: values on a straight line are forecast on that line, with an interval of no width; the order of the values does not matter", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: -100, max: 100 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 150 }), { minLength: 3, maxLength: 12 }),
        (intercept, perDay, days) => {
          const start = Date.parse("2027-01-01T00:00:00Z");
          const points = days.map((day) => ({ at: new Date(start + day * DAY).toISOString(), value: intercept + perDay * day }));
          const progress = goalProgress(goal({ kpiId: growth.id, baseline: -5000, target: 5000 }), growth, points, { now: start + 151 * DAY, timeZone: "UTC" });
          const deadlineDays = (Date.parse("2028-01-01T00:00:00Z") - start) / DAY;
          const scale = 1 + Math.abs(intercept) + Math.abs(perDay) * deadlineDays;
          expect(progress.trend!.perDay).toBeCloseTo(perDay, 6);
          expect(Math.abs(progress.forecast!.value - (intercept + perDay * deadlineDays)) / scale).toBeLessThan(1e-9);
          expect((progress.forecast!.high - progress.forecast!.low) / scale).toBeLessThan(1e-6);
          const shuffled = goalProgress(goal({ kpiId: growth.id, baseline: -5000, target: 5000 }), growth, [...points].reverse(), { now: start + 151 * DAY, timeZone: "UTC" });
          expect(shuffled.forecast!.value).toBeCloseTo(progress.forecast!.value, 6);
        },
      ),
    );
  });

  it("property: the interval holds the forecast and widens with its level; a goal not yet achieved is at risk exactly when the forecast misses the target", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 11 }), fc.double({ min: 0.01, max: 1, noNaN: true }), (values, target) => {
        // January to November: all before the moment of the assessment, which is before the deadline's end.
        const points = monthly(values);
        const now = { now: "2027-12-31T12:00:00Z", timeZone: "Europe/Berlin" };
        const wanted = goal({ baseline: 0, target });
        const narrow = goalProgress(wanted, share, points, { ...now, level: 0.5 });
        const wide = goalProgress(wanted, share, points, { ...now, level: 0.95 });
        expect(narrow.forecast!.low).toBeLessThanOrEqual(narrow.forecast!.value);
        expect(narrow.forecast!.high).toBeGreaterThanOrEqual(narrow.forecast!.value);
        expect(wide.forecast!.high - wide.forecast!.low).toBeGreaterThanOrEqual(narrow.forecast!.high - narrow.forecast!.low);
        const latest = values[values.length - 1]!;
        if (latest >= target) expect(narrow.status).toBe("achieved");
        else expect(narrow.status).toBe(narrow.forecast!.value >= target ? "on-track" : "at-risk");
      }),
    );
  });
});
