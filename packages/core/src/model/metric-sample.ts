import { z } from "zod";
import { IdSchema, InstantSchema } from "./common.js";
import { MetricNameSchema } from "./kpi-definition.js";

/**
 * One measured value of one metric, as an adapter reads it from a network:
 * for a channel (followers) or for a post on it (impressions). KPIs are
 * computed from series of samples.
 *
 * @example
 * ```ts
 * validate(MetricSampleSchema, {
 *   organisationId: "musterstadt", channelId: "mastodon-main", postId: "post-42",
 *   at: "2027-03-02T08:00:00Z", metric: "impressions", value: 1830,
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
  /** When the value was read. */
  at: InstantSchema,
  /** Which metric, one of METRIC_NAMES or an adapter's own. */
  metric: MetricNameSchema,
  /** The value; a finite number. */
  value: z.number(),
});

/** A metric sample, see {@link MetricSampleSchema}. */
export type MetricSample = z.infer<typeof MetricSampleSchema>;
