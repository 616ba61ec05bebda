import type { MetricSample } from "../model/metric-sample.js";

/**
 * One time series of samples: one metric of one post, or one metric of a
 * channel itself (no post). Within one organisation, as a tenant's
 * repository holds them. Accruals and gauge readings are worked out per
 * series, because the totals of two posts, or of a post and its channel,
 * are different running totals that must never be subtracted from each
 * other.
 */
export interface MetricSeries {
  /** The channel measured. */
  readonly channelId: string;
  /** The post measured; absent for the channel's own series (followers). */
  readonly postId?: string;
  /** The metric. */
  readonly metric: string;
}

/**
 * The series a sample belongs to.
 *
 * @example
 * ```ts
 * seriesOf(sample); // { channelId: "mastodon-main", postId: "post-42", metric: "likes" }
 * ```
 */
export function seriesOf(sample: Pick<MetricSample, "channelId" | "postId" | "metric">): MetricSeries {
  return sample.postId === undefined
    ? { channelId: sample.channelId, metric: sample.metric }
    : { channelId: sample.channelId, postId: sample.postId, metric: sample.metric };
}

/** @internal A string that is equal for two samples exactly when they belong to the same series. */
export function seriesKey(sample: Pick<MetricSample, "channelId" | "postId" | "metric">): string {
  // JSON keeps the parts apart whatever characters the ids hold; null marks the channel's own series.
  return JSON.stringify([sample.channelId, sample.postId ?? null, sample.metric]);
}

/**
 * @internal The order in which results list series: by channel, the
 * channel's own series before its posts', then by post and metric, each in
 * JavaScript's string order (not the locale's, so that every machine agrees).
 */
export function compareSeries(a: MetricSeries, b: MetricSeries): number {
  return compare(a.channelId, b.channelId) || compare(a.postId ?? "", b.postId ?? "") || compare(a.metric, b.metric);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
