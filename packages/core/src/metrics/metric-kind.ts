import { z } from "zod";
import type { StandardMetricName } from "../model/kpi-definition.js";

/**
 * The kinds of metric, that is, what one sample's value means:
 *
 * - `counter`: a running total since the post or account began, which grows
 *   (likes, impressions). A sample says "so far"; what happened within a
 *   period is the difference of two totals, never the sum of samples. A
 *   total may also fall (a like withdrawn, a comment deleted).
 * - `gauge`: a level at an instant (followers). A sample says "now"; the
 *   value at an instant is the last sample at or before it. Levels are not
 *   added up over time either.
 * - `observation`: each sample is one measurement of its own (the hours until
 *   one citizen's message got its first answer). Such samples are neither
 *   totals nor levels; they are summarised as a distribution (a median, the
 *   share within a threshold).
 */
export const METRIC_KINDS = Object.freeze(["counter", "gauge", "observation"] as const);

/** One of {@link METRIC_KINDS}. */
export type MetricKind = (typeof METRIC_KINDS)[number];

/** A metric kind, see {@link METRIC_KINDS}; for checking an adapter's declarations. */
export const MetricKindSchema = z.enum(METRIC_KINDS);

/**
 * The kind of each standard metric (`METRIC_NAMES`). Networks report all the
 * counts below as totals over a post's or an account's lifetime; an adapter
 * whose network reports a count for a window instead ("reach in the last 28
 * days") must not map it to the standard name, but declare a name of its own
 * as a gauge.
 *
 * - `impressions`, `video-views`: times shown or played; counters.
 * - `reach`: distinct accounts that saw a post so far; a counter. Its
 *   accrual in a period is the accounts newly reached in it; summed over
 *   posts, a person reached by two posts counts twice.
 * - `engagements`, `likes`, `shares`, `comments`, `clicks`: interactions so
 *   far; counters, which may fall when a person takes an interaction back.
 * - `followers`: accounts following now; a gauge.
 * - `first-response-hours`: the hours until one citizen's message got a
 *   first answer, one sample per message; an observation.
 */
export const STANDARD_METRIC_KINDS: Readonly<Record<StandardMetricName, MetricKind>> = Object.freeze({
  impressions: "counter",
  reach: "counter",
  engagements: "counter",
  likes: "counter",
  shares: "counter",
  comments: "counter",
  followers: "gauge",
  clicks: "counter",
  "first-response-hours": "observation",
  "video-views": "counter",
});
