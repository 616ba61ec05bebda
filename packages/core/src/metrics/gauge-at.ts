import type { MetricSample } from "../model/metric-sample.js";
import { checkOneSeriesRequest, readingsOf, type GaugeReading, type GaugeRequest } from "./gauge-reading.js";
import { FIRST_WINDOW_MS, lastSampleBefore, type MetricQueryPort } from "./last-sample-before.js";
import type { MetricKindDeclarations } from "./metric-kind-of.js";
import { queryScope, selects } from "./series-selector.js";

/**
 * The level of one series of a gauge at the instant `at`, from a store:
 * the last sample of the channel (without `postId`: the channel's own
 * series) or of the post at or before `at`, or undefined if there is none.
 * Exactly what {@link gaugeValueAt} answers for all the samples the
 * repository holds.
 *
 * It reads the series' samples of the day before `at`, and looks further
 * back in windows that double only if that day has none, so a gauge polled
 * daily costs one small query whatever its history. It asks the store for
 * that one series only: a channel's own series without the samples of its
 * posts (`postId: null`). Samples at the same
 * instant: the one stored later wins. Throws `CORE_INVALID_ARGUMENT`,
 * before reading anything, for a metric that is not a gauge (`kinds`
 * declares metrics that are not standard).
 *
 * @example
 * ```ts
 * const followers = await gaugeAt(store.metrics, { metric: "followers", channelId: "mastodon-main", at: "2027-04-01T00:00:00+02:00" });
 * if (followers === undefined) console.log("never measured");
 * else console.log(`${followers.value} followers, as of ${followers.at}`);
 * ```
 */
export async function gaugeAt(repo: MetricQueryPort, request: GaugeRequest, kinds?: MetricKindDeclarations): Promise<GaugeReading | undefined> {
  const checked = checkOneSeriesRequest("gaugeAt", request, kinds);
  const { metric, at, selector } = checked;
  // Without a post, the channel's own series alone (`postId: null`): a channel's posts may have long histories of the same metric.
  const query = { metric, ...queryScope(selector) };
  // A sample taken exactly at `at` counts, so the look-back ends one millisecond after it.
  const found = await lastSampleBefore(repo, query, at.ms + 1, FIRST_WINDOW_MS, (sample) => selects(selector, sample));
  const samples: MetricSample[] = found === undefined ? [] : [found];
  return readingsOf("gaugeAt", samples, checked)[0];
}
