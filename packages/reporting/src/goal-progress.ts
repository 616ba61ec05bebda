import { endOfLocalDate, type Goal, type KpiDefinition } from "@kommune-sm/core";
import tQuantile from "@stdlib/stats-base-dists-t-quantile";
import { instantMs } from "./instants.js";
import { ReportingError } from "./reporting-error.js";

const DAY = 86_400_000;

/** One value of a goal's KPI: for a period (at its end) or at an instant. */
export interface GoalPoint {
  /** When the value held, an RFC 3339 instant with offset; for a period's value, the period's end (`to`). */
  readonly at: string;
  /** The KPI's value then. */
  readonly value: number;
}

/** Where a goal stands. */
export type GoalStatus =
  /** The latest value reaches the target (before the deadline). */
  | "achieved"
  /** The forecast to the deadline reaches the target. */
  | "on-track"
  /** The forecast to the deadline misses the target. */
  | "at-risk"
  /** Fewer than three values before the deadline: no trend to forecast with. */
  | "too-little-data"
  /** The deadline is past and the last value before it reached the target. */
  | "reached"
  /** The deadline is past and the last value before it missed the target. */
  | "missed";

/** The forecast of a goal's KPI at the deadline, with the interval it may fall in. */
export interface GoalForecast {
  /** The end of the deadline's day, in the organisation's time zone. */
  readonly at: string;
  /** The value the trend line reaches then, held to the values the KPI can take (a share from 0 to 1, a growth anything, other figures from 0). */
  readonly value: number;
  /** The prediction interval's lower end at `level`. */
  readonly low: number;
  /** The prediction interval's upper end at `level`. */
  readonly high: number;
  /** The interval's level, e.g. 0.8: four times in five the value should fall within it, if the trend holds. */
  readonly level: number;
  /** How it was made: a straight line through the values by least squares, with Student's t prediction interval. */
  readonly method: "least-squares line";
}

/** The trend of a goal's KPI: the slope of the least-squares line through its values. */
export interface GoalTrend {
  /** The line's change per day, in the KPI's unit. */
  readonly perDay: number;
  /** How many values it was drawn through. */
  readonly points: number;
}

/** How far a goal has come, where it is heading and whether it is at risk. */
export interface GoalProgress {
  /** The goal's id. */
  readonly goalId: string;
  /** The KPI's id. */
  readonly kpiId: string;
  /** Whether higher or lower values of the KPI are better. */
  readonly better: "higher" | "lower";
  /** The goal's baseline: the KPI's value when the goal was set. */
  readonly baseline: number;
  /** The goal's target. */
  readonly target: number;
  /** The latest value before the deadline (and not after `now`), if any. */
  readonly current: GoalPoint | undefined;
  /**
   * How much of the way from baseline to target the latest value has come:
   * 0 at the baseline, 1 at the target, below 0 when it went the wrong way,
   * above 1 beyond the target.
   */
  readonly attainment: number | undefined;
  /** The trend: the line's change per day, from the values used. */
  readonly trend: GoalTrend | undefined;
  /** The forecast at the deadline; undefined with fewer than three values or past the deadline. */
  readonly forecast: GoalForecast | undefined;
  /** Where it stands. */
  readonly status: GoalStatus;
  /** Whole days from `now` to the end of the deadline's day; 0 when past. */
  readonly daysLeft: number;
}

/** Options of {@link goalProgress}. */
export interface GoalProgressOptions {
  /** The moment of the assessment: values after it are not read. */
  readonly now: string | number;
  /** The organisation's time zone, in which the deadline's day ends. */
  readonly timeZone: string;
  /** The forecast interval's level, above 0 and below 1; 0.8 by default. */
  readonly level?: number;
}

function invalid(what: string): ReportingError {
  return new ReportingError("REPORTING_INVALID_REQUEST", `goalProgress: ${what}`);
}

function ms(field: string, value: unknown): number {
  const result = instantMs(value, true);
  if (!Number.isFinite(result)) throw invalid(`\`${field}\` must be epoch milliseconds or an RFC 3339 instant with an offset, got ${JSON.stringify(value)}.`);
  return result;
}

/**
 * Where a SMART goal stands: its attainment (the share of the way from
 * baseline to target), the trend of its KPI, a forecast to the deadline
 * with an interval, and a status — `at-risk` when the forecast misses the
 * target.
 *
 * The forecast is a straight line through the KPI's values (one per month,
 * say) by least squares, extended to the end of the deadline's day, with
 * Student's t prediction interval for a new value there. Why a line: a
 * town's KPIs give a dozen values a year, too few for seasonal models to
 * learn anything, and a line is what a team can check with a ruler on the
 * chart; the interval widens with few values and with a far deadline, and
 * says how sure the forecast is. Written by hand because it is a few sums;
 * the t quantile comes from `@stdlib/stats-base-dists-t-quantile`.
 *
 * @example
 * ```ts
 * const monthly = periodsBetween("month", "2027-01-01", "2027-06-30", "Europe/Berlin")
 *   .map((period) => ({ period, result: evaluateKpi(kpi, { samples, channels, period }) }))
 *   .flatMap(({ period, result }) => (result.status === "value" ? [{ at: period.to, value: result.value }] : []));
 * const progress = goalProgress(goal, kpi, monthly, { now: Date.now(), timeZone: "Europe/Berlin" });
 * progress.status; // "at-risk"
 * progress.forecast; // { value: 6.1, low: 4.8, high: 7.4, level: 0.8, … }
 * ```
 */
export function goalProgress(goal: Goal, kpi: KpiDefinition, points: readonly GoalPoint[], options: GoalProgressOptions): GoalProgress {
  if (typeof goal !== "object" || goal === null || typeof kpi !== "object" || kpi === null) throw invalid("give the goal and its KPI definition.");
  if (goal.kpiId !== kpi.id) throw invalid(`the goal "${goal.id}" is measured by the KPI "${goal.kpiId}", not by "${kpi.id}".`);
  if (!Array.isArray(points)) throw invalid("`points` must be an array of { at, value }.");
  if (typeof options !== "object" || options === null) throw invalid("give `now` and `timeZone`.");
  const now = ms("now", options.now);
  const level = options.level ?? 0.8;
  if (!(level > 0 && level < 1)) throw invalid(`\`level\` must be above 0 and below 1, got ${String(level)}.`);
  let deadline: number;
  try {
    deadline = endOfLocalDate(goal.deadline, options.timeZone);
  } catch (error) {
    throw invalid(`the deadline "${String(goal.deadline)}" in the time zone ${JSON.stringify(options.timeZone)} is not a day: ${(error as Error).message}`);
  }
  const read = points
    .map((point, index) => {
      const at = ms(`points[${index}].at`, point?.at);
      if (!Number.isFinite(point.value)) throw invalid(`\`points[${index}].value\` must be a finite number, got ${String(point.value)}.`);
      return { at, value: point.value, point };
    })
    .filter((point) => point.at <= now && point.at <= deadline)
    .sort((a, b) => a.at - b.at)
    // One value per instant (the last given): a value given twice must not narrow the interval as if measured twice.
    .filter((point, index, all) => index === all.length - 1 || all[index + 1]!.at !== point.at);
  const better = kpi.better;
  if (better === "higher" ? goal.target < goal.baseline : goal.target > goal.baseline) {
    throw invalid(`the goal "${goal.id}" aims from ${goal.baseline} to ${goal.target}, but for the KPI "${kpi.id}" ${better} is better; swap baseline and target.`);
  }
  const reaches = (value: number): boolean => (better === "higher" ? value >= goal.target : value <= goal.target);
  const latest = read[read.length - 1];
  const attainment = latest === undefined || goal.target === goal.baseline ? undefined : (latest.value - goal.baseline) / (goal.target - goal.baseline);
  const line = read.length >= 2 ? fitLine(read) : undefined;
  const trend = line === undefined ? undefined : { perDay: line.slope * DAY, points: read.length };
  const daysLeft = Math.max(0, Math.floor((deadline - now) / DAY));
  const common = { goalId: goal.id, kpiId: kpi.id, better, baseline: goal.baseline, target: goal.target, current: latest?.point, attainment, trend, daysLeft };
  if (now >= deadline) {
    const status: GoalStatus = latest === undefined ? "too-little-data" : reaches(latest.value) ? "reached" : "missed";
    return { ...common, forecast: undefined, status };
  }
  const raw = line !== undefined && read.length >= 3 ? forecastAt(line, read, deadline, level) : undefined;
  // Values too large for the sums (1e300) give no forecast rather than a wrong one; one outside the KPI's range is held to it.
  const forecast = raw !== undefined && Number.isFinite(raw.value) && Number.isFinite(raw.low) && Number.isFinite(raw.high) ? withinRange(raw, kpi.formula) : undefined;
  let status: GoalStatus;
  if (latest !== undefined && reaches(latest.value)) status = "achieved";
  else if (forecast === undefined) status = "too-little-data";
  else status = reaches(forecast.value) ? "on-track" : "at-risk";
  return { ...common, forecast, status };
}

/**
 * A forecast held to the values its KPI can take: a share within a
 * threshold from 0 to 1; a growth any value (followers can fall); every
 * other formula (ratios, counts, times, figures per inhabitants) from 0.
 */
function withinRange(forecast: GoalForecast, formula: KpiDefinition["formula"]): GoalForecast {
  if (formula.type === "growth") return forecast;
  const high = formula.type === "share-within" ? 1 : Infinity;
  const hold = (value: number): number => Math.min(high, Math.max(0, value));
  return { ...forecast, value: hold(forecast.value), low: hold(forecast.low), high: hold(forecast.high) };
}

interface Line {
  readonly slope: number;
  readonly meanY: number;
  readonly meanX: number;
  readonly sxx: number;
}

/** The least-squares line through the points; x in milliseconds from the first point, so that the sums stay small. */
function fitLine(points: readonly { at: number; value: number }[]): Line | undefined {
  const origin = points[0]!.at;
  const n = points.length;
  let meanX = 0;
  let meanY = 0;
  for (const point of points) {
    meanX += (point.at - origin) / n;
    meanY += point.value / n;
  }
  let sxx = 0;
  let sxy = 0;
  for (const point of points) {
    const dx = point.at - origin - meanX;
    sxx += dx * dx;
    sxy += dx * (point.value - meanY);
  }
  // All values at one instant: no line.
  if (sxx === 0) return undefined;
  const slope = sxy / sxx;
  return { slope, meanY, meanX: meanX + origin, sxx };
}

function forecastAt(line: Line, points: readonly { at: number; value: number }[], at: number, level: number): GoalForecast {
  const n = points.length;
  // Around the points' centre, so that no large numbers cancel.
  const valueAt = (x: number): number => line.meanY + line.slope * (x - line.meanX);
  const value = valueAt(at);
  let squares = 0;
  for (const point of points) {
    const residual = point.value - valueAt(point.at);
    squares += residual * residual;
  }
  const spread = Math.sqrt(squares / (n - 2));
  const half = tQuantile((1 + level) / 2, n - 2) * spread * Math.sqrt(1 + 1 / n + (at - line.meanX) ** 2 / line.sxx);
  return { at: new Date(at).toISOString(), value, low: value - half, high: value + half, level, method: "least-squares line" };
}
