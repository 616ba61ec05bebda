import { z } from "zod";
import { AdapterIdSchema } from "./adapter-options.js";
import { IdSchema, InstantSchema } from "./common.js";
import { MetricNameSchema } from "./kpi-definition.js";
import { textField } from "./limits.js";

/**
 * Where a metric sample came from: which adapter read it, the post's id on
 * that network, and when the collector read it. Kept so that a surprising
 * number in a report can be traced back to the network and the poll that
 * delivered it, and so that a poll that is repeated later (a retry, a
 * backfill) can be told apart from the first one.
 *
 * `at` of the sample is when the network says the value held; `collectedAt`
 * is when kommune-sm read it. The two differ when a network reports with a
 * delay or a collector backfills, and neither is checked against the other:
 * the network's clock and ours need not agree.
 *
 * @example
 * ```ts
 * validate(MetricSampleSourceSchema, {
 *   network: "mastodon", remoteId: "112233445566", collectedAt: "2027-03-02T08:00:05Z",
 * });
 * ```
 */
export const MetricSampleSourceSchema = z.object({
  /** Id of the adapter that read the value, e.g. "mastodon", as in a channel's `network`. */
  network: AdapterIdSchema,
  /** The post's id on the network, 1 to 512 characters; absent for a channel's own metrics. */
  remoteId: textField(512, 1).optional(),
  /** When the collector read the value. */
  collectedAt: InstantSchema,
});

/** Where a metric sample came from, see {@link MetricSampleSourceSchema}. */
export type MetricSampleSource = z.infer<typeof MetricSampleSourceSchema>;

/**
 * One measured value of one metric, as an adapter reads it from a network:
 * for a channel (followers) or for a post on it (impressions). KPIs are
 * computed from series of samples.
 *
 * What a value means depends on the kind of its metric (`metricKindOf`): a
 * counter's value is the running total at `at` (all likes so far, not the
 * likes since the last poll), a gauge's value the level at `at` (followers).
 * Samples of a counter must therefore never be added up: `counterAccruals`
 * and `gaugeValueAt` answer the questions a report asks.
 *
 * @example
 * ```ts
 * validate(MetricSampleSchema, {
 *   organisationId: "musterstadt", channelId: "mastodon-main", postId: "post-42",
 *   at: "2027-03-02T08:00:00Z", metric: "impressions", value: 1830,
 *   source: { network: "mastodon", remoteId: "112233445566", collectedAt: "2027-03-02T08:00:05Z" },
 * });
 * ```
 */
export const MetricSampleSchema = z.object({
  /** The organisation measured. */
  organisationId: IdSchema,
  /** The channel measured. */
  channelId: IdSchema,
  /** The post measured; absent for channel-wide metrics such as followers. */
  postId: IdSchema.optional(),
  /** When the value held, as the network reports it; `source.collectedAt` says when kommune-sm read it. */
  at: InstantSchema,
  /** Which metric, one of METRIC_NAMES or an adapter's own. */
  metric: MetricNameSchema,
  /** The value; a finite number. */
  value: z.number(),
  /** Where the value came from; absent in samples stored before it was recorded, or made by hand. */
  source: MetricSampleSourceSchema.optional(),
});

/** A metric sample, see {@link MetricSampleSchema}. */
export type MetricSample = z.infer<typeof MetricSampleSchema>;
