import type { Instant } from "../model/common.js";
import type { MetricSample } from "../model/metric-sample.js";
import { forEachSelected } from "./for-each-selected.js";
import { invalidArgument, wrongKind } from "./metric-errors.js";
import { isoOf, requestInstant, type RequestInstant } from "./metric-instants.js";
import { metricKindOf, type MetricKindDeclarations } from "./metric-kind-of.js";
import { compareSeries, seriesOf, type MetricSeries } from "./metric-series.js";
import { checkSelector, type SeriesSelector } from "./series-selector.js";

/** A question about a counter: how much it accrued within the period [`from`, `to`), in the selected series. */
export interface AccrualRequest extends SeriesSelector {
  /** The metric; must be a counter. */
  readonly metric: string;
  /** Start of the period, an RFC 3339 instant with offset; inclusive. */
  readonly from: string;
  /** End of the period, an RFC 3339 instant with offset; exclusive. Not before `from`; equal means an empty period. */
  readonly to: string;
}

/**
 * How much one series of a counter accrued within a period: the last total
 * before the period's end minus the last total before its start. The parts
 * are given, so that a report can say what it is built on.
 */
export interface CounterAccrual {
  /** The series. */
  readonly series: MetricSeries;
  /** `endValue - baselineValue`; 0 when `end` is `"none-in-period"`. Negative when the total fell (likes withdrawn). */
  readonly value: number;
  /**
   * `"sample"`: the baseline is the last sample before `from`.
   * `"assumed-zero"`: the series has no sample before `from`, and its total
   * then is taken as 0. Right for a post published within the period (its
   * counters start at 0); for a series first polled within the period
   * (a channel connected mid-month, a post polled only later) the whole
   * total up to then is attributed to the period, so a report should say so.
   */
  readonly baseline: "sample" | "assumed-zero";
  /** The total at the start of the period; 0 when assumed. */
  readonly baselineValue: number;
  /** When the baseline sample was taken; absent when assumed. */
  readonly baselineAt?: Instant;
  /**
   * `"sample"`: the series has a sample within the period, and `endValue`
   * is its last. `"none-in-period"`: no sample within the period, so
   * nothing new is known about it and it accrued 0.
   */
  readonly end: "sample" | "none-in-period";
  /** The last total within the period; absent when there is none. */
  readonly endValue?: number;
  /** When that total was taken; absent when there is none. */
  readonly endAt?: Instant;
}

/** @internal A checked {@link AccrualRequest}. */
export interface CheckedAccrualRequest {
  readonly metric: string;
  readonly from: RequestInstant;
  readonly to: RequestInstant;
  readonly selector: SeriesSelector;
}

/** @internal Checks an accrual request and that its metric is a counter, before anything is read. */
export function checkAccrualRequest(operation: string, request: AccrualRequest, kinds: MetricKindDeclarations | undefined): CheckedAccrualRequest {
  if (typeof request !== "object" || request === null) throw invalidArgument(operation, "the request must be an object with metric, from and to.");
  const kind = metricKindOf(request.metric, kinds);
  if (kind !== "counter") throw wrongKind(operation, request.metric, kind, "counter");
  const from = requestInstant(operation, "from", request.from);
  const to = requestInstant(operation, "to", request.to);
  if (to.ms < from.ms) throw invalidArgument(operation, `the period ends (\`to\` ${to.iso}) before it starts (\`from\` ${from.iso}).`);
  checkSelector(operation, request);
  const selector: SeriesSelector = { channelId: request.channelId, postId: request.postId, level: request.level };
  return { metric: request.metric, from, to, selector };
}

interface Found {
  readonly value: number;
  readonly ms: number;
}

/** @internal {@link counterAccruals} for a checked request. */
export function accrualsOf(operation: string, samples: readonly MetricSample[], request: CheckedAccrualRequest): CounterAccrual[] {
  const series = new Map<string, { series: MetricSeries; baseline?: Found; end?: Found }>();
  forEachSelected(operation, samples, request.metric, request.selector, (sample, ms, key) => {
    let entry = series.get(key);
    if (entry === undefined) series.set(key, (entry = { series: seriesOf(sample) }));
    // `>=`: of samples at the same instant, the later one given wins (a store gives ties in insertion order).
    if (ms < request.from.ms) {
      if (entry.baseline === undefined || ms >= entry.baseline.ms) entry.baseline = { value: sample.value, ms };
    } else if (ms < request.to.ms) {
      if (entry.end === undefined || ms >= entry.end.ms) entry.end = { value: sample.value, ms };
    }
  });
  return [...series.values()].map(({ series, baseline, end }) => accrual(series, baseline, end)).sort((a, b) => compareSeries(a.series, b.series));
}

function accrual(series: MetricSeries, baseline: Found | undefined, end: Found | undefined): CounterAccrual {
  const baselineValue = baseline?.value ?? 0;
  return {
    series,
    value: end === undefined ? 0 : end.value - baselineValue,
    ...(baseline === undefined ? { baseline: "assumed-zero", baselineValue } : { baseline: "sample", baselineValue, baselineAt: isoOf(baseline.ms) }),
    ...(end === undefined ? { end: "none-in-period" } : { end: "sample", endValue: end.value, endAt: isoOf(end.ms) }),
  };
}

/**
 * How much a counter accrued within [`from`, `to`) in each selected series
 * of `samples`: per series, the last total before `to` minus the last total
 * before `from`. Never a sum of samples: each sample of a counter is the
 * total so far, so three polls of 100 likes are 100 likes, not 300.
 *
 * - No sample before `from`: the baseline is taken as 0 (`baseline:
 *   "assumed-zero"`), see {@link CounterAccrual.baseline}.
 * - No sample within the period: the accrual is 0, nothing new is known
 *   (`end: "none-in-period"`). That includes an empty period (`from` equal
 *   to `to`) and a series whose samples all lie after the period.
 * - A total that fell (a like withdrawn) gives a negative accrual: the
 *   difference is what changed, and hiding it would make two adjacent
 *   periods no longer add up to the period they cover.
 * - Samples at the same instant: the later one in `samples` wins, as a
 *   repository gives ties in the order they were stored.
 *
 * Lists every selected series of the metric found in `samples`, ordered by
 * channel, then post, the channel's own series first. `samples` may be in
 * any order and may hold other metrics and series, which are ignored; they
 * must be of one organisation. `kinds` declares metrics that are not
 * standard (see {@link metricKindOf}). Throws `CORE_INVALID_ARGUMENT` for a
 * metric that is not a counter, a malformed period or a sample that cannot
 * be read.
 *
 * @example
 * ```ts
 * // Likes of post-42, polled as totals: 40 on 28 Feb, 55 and 70 in March, 90 in April.
 * const [march] = counterAccruals(samples, {
 *   metric: "likes", postId: "post-42", from: "2027-03-01T00:00:00+01:00", to: "2027-04-01T00:00:00+02:00",
 * });
 * march.value; // 30 (70 − 40), not 125 (55 + 70)
 * march.baseline; // "sample"
 * ```
 */
export function counterAccruals(samples: readonly MetricSample[], request: AccrualRequest, kinds?: MetricKindDeclarations): CounterAccrual[] {
  return accrualsOf("counterAccruals", samples, checkAccrualRequest("counterAccruals", request, kinds));
}
