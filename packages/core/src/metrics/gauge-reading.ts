import type { Instant } from "../model/common.js";
import type { MetricSample } from "../model/metric-sample.js";
import { forEachSelected } from "./for-each-selected.js";
import { describe, invalidArgument, wrongKind } from "./metric-errors.js";
import { isoOf, requestInstant, type RequestInstant } from "./metric-instants.js";
import { metricKindOf, type MetricKindDeclarations } from "./metric-kind-of.js";
import { compareSeries, seriesOf, type MetricSeries } from "./metric-series.js";
import { checkSelector, type SeriesSelector } from "./series-selector.js";

/** The value of one series of a gauge at an instant, and how old it is. */
export interface GaugeReading {
  /** The series. */
  readonly series: MetricSeries;
  /** The level the last sample at or before the instant shows. */
  readonly value: number;
  /** When that sample was taken, in the stored form: the reading is as old as the instant minus this. */
  readonly at: Instant;
}

/** A question about a gauge: its level at the instant `at` in each selected series. */
export interface GaugeReadingsRequest extends SeriesSelector {
  /** The metric; must be a gauge. */
  readonly metric: string;
  /** The instant, an RFC 3339 instant with offset; a sample taken exactly then counts. */
  readonly at: string;
}

/** A question about one series of a gauge: its level at the instant `at`. */
export interface GaugeRequest {
  /** The metric; must be a gauge. */
  readonly metric: string;
  /** The instant, an RFC 3339 instant with offset; a sample taken exactly then counts. */
  readonly at: string;
  /** The channel. */
  readonly channelId: string;
  /** The post; absent for the channel's own series (followers). */
  readonly postId?: string;
}

/** @internal A checked gauge request. */
export interface CheckedGaugeRequest {
  readonly metric: string;
  readonly at: RequestInstant;
  readonly selector: SeriesSelector;
}

/** @internal Checks a gauge request and that its metric is a gauge, before anything is read. */
export function checkGaugeRequest(operation: string, request: GaugeReadingsRequest, kinds: MetricKindDeclarations | undefined): CheckedGaugeRequest {
  if (typeof request !== "object" || request === null) throw invalidArgument(operation, "the request must be an object with metric and at.");
  const kind = metricKindOf(request.metric, kinds);
  if (kind !== "gauge") throw wrongKind(operation, request.metric, kind, "gauge");
  const at = requestInstant(operation, "at", request.at);
  checkSelector(operation, request);
  return { metric: request.metric, at, selector: { channelId: request.channelId, postId: request.postId, level: request.level } };
}

/** @internal Checks a request about one series: a channel, and a post or the channel's own series. */
export function checkOneSeriesRequest(operation: string, request: GaugeRequest, kinds: MetricKindDeclarations | undefined): CheckedGaugeRequest {
  if (typeof request === "object" && request !== null && (typeof request.channelId !== "string" || request.channelId.length === 0)) {
    throw invalidArgument(operation, `\`channelId\` must name the channel of the series, got ${describe(request.channelId)}.`);
  }
  const checked = checkGaugeRequest(operation, request, kinds);
  // Without a post, the channel's own series, not every post's.
  return request.postId === undefined ? { ...checked, selector: { ...checked.selector, level: "channel" } } : checked;
}

/** @internal {@link gaugeReadingsAt} for a checked request. */
export function readingsOf(operation: string, samples: readonly MetricSample[], request: CheckedGaugeRequest): GaugeReading[] {
  const last = new Map<string, { sample: MetricSample; ms: number }>();
  forEachSelected(operation, samples, request.metric, request.selector, (sample, ms, key) => {
    if (ms > request.at.ms) return;
    const found = last.get(key);
    // `>=`: of samples at the same instant, the later one given wins (a store gives ties in insertion order).
    if (found === undefined || ms >= found.ms) last.set(key, { sample, ms });
  });
  return [...last.values()]
    .map(({ sample, ms }) => ({ series: seriesOf(sample), value: sample.value, at: isoOf(ms) }))
    .sort((a, b) => compareSeries(a.series, b.series));
}

/**
 * The level of a gauge at the instant `at` in each selected series of
 * `samples`: per series, the last sample at or before `at`. A series whose
 * samples all lie after `at` has no reading and is left out; so is one
 * without samples. Each reading has the sample's `at`, so that a caller can
 * see how old it is and decide whether it is too old to show.
 *
 * Samples at the same instant: the later one in `samples` wins, as a
 * repository gives ties in the order they were stored. `samples` may be in
 * any order and hold other metrics; they must be of one organisation.
 * Throws `CORE_INVALID_ARGUMENT` for a metric that is not a gauge (see
 * {@link metricKindOf}; `kinds` declares metrics that are not standard).
 *
 * @example
 * ```ts
 * // Followers of every channel on the last day of March.
 * for (const reading of gaugeReadingsAt(samples, { metric: "followers", level: "channel", at: "2027-03-31T23:59:59+02:00" })) {
 *   console.log(reading.series.channelId, reading.value, "as of", reading.at);
 * }
 * ```
 */
export function gaugeReadingsAt(samples: readonly MetricSample[], request: GaugeReadingsRequest, kinds?: MetricKindDeclarations): GaugeReading[] {
  return readingsOf("gaugeReadingsAt", samples, checkGaugeRequest("gaugeReadingsAt", request, kinds));
}

/**
 * The level of one series of a gauge at the instant `at`: the last sample
 * of the channel (without `postId`: the channel's own series) or of the
 * post at or before `at`, or undefined if there is none. The same rules as
 * {@link gaugeReadingsAt}; for samples in a store use {@link gaugeAt}.
 *
 * @example
 * ```ts
 * const followers = gaugeValueAt(samples, { metric: "followers", channelId: "mastodon-main", at: "2027-04-01T00:00:00+02:00" });
 * followers?.value; // 2412
 * followers?.at; // "2027-03-31T18:00:00.000Z": read six hours before
 * ```
 */
export function gaugeValueAt(samples: readonly MetricSample[], request: GaugeRequest, kinds?: MetricKindDeclarations): GaugeReading | undefined {
  return readingsOf("gaugeValueAt", samples, checkOneSeriesRequest("gaugeValueAt", request, kinds))[0];
}
