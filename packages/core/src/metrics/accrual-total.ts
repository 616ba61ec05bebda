import type { Instant } from "../model/common.js";
import type { MetricSample } from "../model/metric-sample.js";
import { accrualsOf, checkAccrualRequest, type AccrualRequest, type CheckedAccrualRequest, type CounterAccrual } from "./counter-accrual.js";
import type { MetricKindDeclarations } from "./metric-kind-of.js";

/**
 * How much a counter accrued within a period over several series (all posts
 * of a channel, all channels): the sum of the series' accruals.
 */
export interface AccrualTotal {
  /** The metric. */
  readonly metric: string;
  /** Start of the period, inclusive, in the stored form. */
  readonly from: Instant;
  /** End of the period, exclusive, in the stored form. */
  readonly to: Instant;
  /** Sum of the `value`s of `series`; 0 when no series has a sample within the period. */
  readonly value: number;
  /**
   * The series with a sample within the period, ordered by channel, then
   * post. A series without one accrued 0 and is left out: from a
   * repository, finding every such series would mean reading its whole
   * history for nothing.
   */
  readonly series: readonly CounterAccrual[];
  /** How many of `series` have `baseline: "assumed-zero"`: a report may want to say that their totals were counted from 0. */
  readonly assumedZero: number;
}

/** @internal The total of the accruals of a checked request. */
export function totalOf(request: CheckedAccrualRequest, accruals: readonly CounterAccrual[]): AccrualTotal {
  const series = accruals.filter((accrual) => accrual.end === "sample");
  let value = 0;
  // In series order, so that the same series give the same floating-point sum wherever they were read.
  for (const accrual of series) value += accrual.value;
  return {
    metric: request.metric,
    from: request.from.iso,
    to: request.to.iso,
    value,
    series,
    assumedZero: series.filter((accrual) => accrual.baseline === "assumed-zero").length,
  };
}

/**
 * How much a counter accrued within [`from`, `to`) summed over the selected
 * series of `samples`: the sum of {@link counterAccruals}' values, each a
 * difference of two totals, never a sum of polls. For all posts of a
 * channel, select `channelId` and `level: "post"`; without `level` a
 * channel's own series (if its network reports the metric for the account
 * too) would be added to its posts'.
 *
 * The same rules as {@link counterAccruals}: baselines assumed to be 0 are
 * counted in `assumedZero`, a series without a sample in the period adds 0,
 * a fallen total adds a negative amount. For samples in a store, use
 * {@link accruedWithin}, which reads only what the answer needs.
 *
 * @example
 * ```ts
 * const march = totalAccrual(samples, {
 *   metric: "impressions", channelId: "mastodon-main", level: "post",
 *   from: "2027-03-01T00:00:00+01:00", to: "2027-04-01T00:00:00+02:00",
 * });
 * march.value; // impressions all posts of the channel gained in March
 * march.assumedZero; // posts without a total before March (published in it)
 * ```
 */
export function totalAccrual(samples: readonly MetricSample[], request: AccrualRequest, kinds?: MetricKindDeclarations): AccrualTotal {
  const checked = checkAccrualRequest("totalAccrual", request, kinds);
  return totalOf(checked, accrualsOf("totalAccrual", samples, checked));
}
