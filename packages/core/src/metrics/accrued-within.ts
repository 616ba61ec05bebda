import { INSTANT_RANGE } from "../model/common.js";
import type { MetricSample } from "../model/metric-sample.js";
import { totalOf, type AccrualTotal } from "./accrual-total.js";
import { accrualsOf, checkAccrualRequest, type AccrualRequest } from "./counter-accrual.js";
import { FIRST_WINDOW_MS, lastMatching, lastSampleBefore, type MetricQueryPort } from "./last-sample-before.js";
import { isoOf } from "./metric-instants.js";
import type { MetricKindDeclarations } from "./metric-kind-of.js";
import { seriesKey } from "./metric-series.js";
import { queryScope, selects } from "./series-selector.js";

/**
 * How much a counter accrued within [`from`, `to`) in the selected series
 * of a store's samples: exactly what {@link totalAccrual} answers for all
 * the samples the repository holds, but reading only what the answer needs.
 *
 * What it reads: the samples of the metric within the period (in the
 * selected channel or post), which name the series that accrued anything;
 * then, for those series only, the last sample before `from`, first from a
 * window before the period as wide as the period (at least a day, at most a
 * week), and for a series not polled in that window from further back, that
 * series alone. A channel's own series is read without its posts' samples
 * (`postId: null`), both for `level: "channel"` and when looking back for
 * its baseline, however long the posts' histories are.
 * Series without a sample in the period add 0 and are not read at all.
 *
 * Samples at the same instant: the one stored later wins, as the repository
 * returns ties in insertion order. `repo` is a tenant store's or a
 * transaction's `metrics`. Throws `CORE_INVALID_ARGUMENT`, before reading
 * anything, for a metric that is not a counter (`kinds` declares metrics
 * that are not standard) or a malformed period.
 *
 * @example
 * ```ts
 * const march = await accruedWithin(store.metrics, {
 *   metric: "likes", channelId: "mastodon-main", level: "post",
 *   from: "2027-03-01T00:00:00+01:00", to: "2027-04-01T00:00:00+02:00",
 * });
 * console.log(`${march.value} new likes in March on ${march.series.length} posts`);
 * if (march.assumedZero > 0) console.log(`${march.assumedZero} of them counted from 0 (first polled in March)`);
 * ```
 */
export async function accruedWithin(repo: MetricQueryPort, request: AccrualRequest, kinds?: MetricKindDeclarations): Promise<AccrualTotal> {
  const checked = checkAccrualRequest("accruedWithin", request, kinds);
  const { metric, from, to, selector } = checked;
  if (from.ms === to.ms) return totalOf(checked, []);
  // With `level: "channel"`, `postId: null`: the store leaves the posts' samples out.
  const narrowed = { metric, ...queryScope(selector) };

  const inPeriod = (await repo.query({ ...narrowed, from: from.iso, to: to.iso })).filter((sample) => selects(selector, sample));
  // Only series with a sample in the period can accrue anything; they alone need a baseline.
  const pending = new Map<string, MetricSample>();
  for (const sample of inPeriod) pending.set(seriesKey(sample), sample);
  const baselines: MetricSample[] = [];
  const settle = (key: string, found: MetricSample | undefined) => {
    if (found !== undefined) baselines.push(found);
    pending.delete(key);
  };

  if (pending.size > 0) {
    // As wide as the period, but at least a day and at most a week: the last poll of a daily or weekly collector is in it, and a
    // year's report reads one week more, not another year.
    const width = Math.min(Math.max(to.ms - from.ms, FIRST_WINDOW_MS), 7 * FIRST_WINDOW_MS);
    const windowStart = Math.max(from.ms - width, INSTANT_RANGE.startMs);
    const recent = await repo.query({ ...narrowed, ...(windowStart > INSTANT_RANGE.startMs ? { from: isoOf(windowStart) } : {}), to: from.iso });
    for (const key of [...pending.keys()]) {
      const found = lastMatching(recent, (sample) => seriesKey(sample) === key);
      if (found !== undefined || windowStart <= INSTANT_RANGE.startMs) settle(key, found);
    }
    for (const [key, sample] of pending) {
      const inSeries = (candidate: MetricSample) => seriesKey(candidate) === key;
      if (sample.postId !== undefined) {
        // A post's history is its own: one query reads no other series.
        settle(key, lastMatching(await repo.query({ metric, channelId: sample.channelId, postId: sample.postId, to: isoOf(windowStart) }), inSeries));
      } else {
        // The channel's own series alone (`postId: null`), but its history may be years long: look back in windows, which
        // for a series polled regularly stops after the first.
        settle(key, await lastSampleBefore(repo, { metric, channelId: sample.channelId, postId: null }, windowStart, 2 * FIRST_WINDOW_MS, inSeries));
      }
    }
  }
  // Baselines all lie before `from` and the period's samples after: the combined order keeps every tie as stored.
  return totalOf(checked, accrualsOf("accruedWithin", [...baselines, ...inPeriod], checked));
}
