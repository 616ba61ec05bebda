import type { MetricSample } from "../model/metric-sample.js";
import type { MetricQuery } from "../store/store-port.js";
import { describe, invalidArgument } from "./metric-errors.js";

/**
 * Which series of a metric a question is about; every field given must
 * match, none given means every series of the metric.
 *
 * A network may report the same metric for a channel itself and for each of
 * its posts (impressions of the profile and of each post). Those overlap, so
 * an aggregate over a channel usually wants one `level` only.
 */
export interface SeriesSelector {
  /** Only series of this channel. */
  readonly channelId?: string;
  /** Only the series of this post. */
  readonly postId?: string;
  /** `"channel"`: only the channels' own series (samples without a post); `"post"`: only posts' series. Default: both. */
  readonly level?: "channel" | "post";
}

/** @internal Refuses a selector that cannot be meant, naming the field. */
export function checkSelector(operation: string, selector: SeriesSelector): void {
  for (const field of ["channelId", "postId"] as const) {
    const value = selector[field];
    if (value !== undefined && (typeof value !== "string" || value.length === 0)) {
      throw invalidArgument(operation, `\`${field}\` must be a non-empty string when given, got ${describe(value)}.`);
    }
  }
  if (selector.level !== undefined && selector.level !== "channel" && selector.level !== "post") {
    throw invalidArgument(operation, `\`level\` must be "channel" or "post" when given, got ${describe(selector.level)}.`);
  }
  if (selector.level === "channel" && selector.postId !== undefined) {
    throw invalidArgument(operation, `\`postId\` ${describe(selector.postId)} and \`level: "channel"\` exclude each other: a channel's own series has no post.`);
  }
}

/** @internal True if the sample belongs to a series the selector selects. */
export function selects(selector: SeriesSelector, sample: MetricSample): boolean {
  return (
    (selector.channelId === undefined || sample.channelId === selector.channelId) &&
    (selector.postId === undefined || sample.postId === selector.postId) &&
    (selector.level === undefined || (selector.level === "channel") === (sample.postId === undefined))
  );
}

/**
 * @internal The part of a store query that narrows it to the selected series:
 * the channel, and the post or, for `level: "channel"`, no post at all
 * (`postId: null`), so that a channel's own series is read without the
 * samples of all its posts. A store cannot select "any post", so
 * `level: "post"` is left to {@link selects}.
 */
export function queryScope(selector: SeriesSelector): Pick<MetricQuery, "channelId" | "postId"> {
  return { channelId: selector.channelId, postId: selector.level === "channel" ? null : selector.postId };
}
