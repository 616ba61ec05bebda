import type { MetricSample } from "../model/index.js";
import type { MetricQuery, MetricRepository } from "./store-port.js";

/**
 * The samples that `query` selects, ordered by time (`at`, in JavaScript's
 * string order); samples at the same time keep the order they are given in.
 * What {@link MetricRepository.query} returns, for store implementations: a
 * store that narrows the rows in its database first passes them here for
 * the exact answer. `postId: null` selects the samples that have no
 * `postId` at all.
 *
 * @example
 * ```ts
 * const likes = applyMetricQuery(samples, { metric: "likes", from: "2026-05-01T00:00:00.000Z" });
 * ```
 */
export function applyMetricQuery(samples: readonly MetricSample[], query: MetricQuery = {}): MetricSample[] {
  const metrics = query.metric === undefined ? undefined : new Set<unknown>(typeof query.metric === "string" ? [query.metric] : query.metric);
  const selected = samples.filter(
    (s) =>
      (query.channelId === undefined || s.channelId === query.channelId) &&
      (query.postId === undefined || (query.postId === null ? s.postId === undefined : s.postId === query.postId)) &&
      (metrics === undefined || metrics.has(s.metric)) &&
      (query.from === undefined || s.at >= query.from) &&
      (query.to === undefined || s.at < query.to),
  );
  // Array.prototype.sort is stable: ties keep their given order.
  return selected.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}
