import { CoreError, formatInstant, gaugeAt, type MetricSample, type Post, type TenantRepositories } from "@kommune-sm/core";
import { postFormat, type PostOutcome } from "./content-performance.js";

/** Where {@link collectOutcomes} reads from: a tenant's repositories (`ksm.store`). */
export type OutcomeSource = Pick<TenantRepositories, "posts" | "metrics">;

/** Which published posts {@link collectOutcomes} reads. */
export interface CollectOutcomesOptions {
  /** Posts published at or after this instant (RFC 3339). */
  readonly from: string;
  /** Posts published before this instant (RFC 3339). */
  readonly to: string;
  /**
   * Metrics added up into engagements where a network has no `engagements`
   * figure; default likes, shares, comments and clicks.
   */
  readonly engagementParts?: readonly string[];
}

const DEFAULT_PARTS = ["likes", "shares", "comments", "clicks"] as const;

/** The running total of a counter series at its newest sample: counters are totals, never summed over samples. */
function latestTotal(samples: readonly MetricSample[], metric: string): number | undefined {
  let latest: MetricSample | undefined;
  for (const sample of samples) if (sample.metric === metric && (!latest || sample.at >= latest.at)) latest = sample;
  return latest?.value;
}

/**
 * What each post published in the period achieved on each channel, from
 * the collector's metrics: engagements (the network's `engagements` total,
 * else the sum of the totals of `engagementParts`), reach (`reach`, else
 * `impressions`) and the channel's followers when the post went out (the
 * `followers` gauge at that instant). A post without any engagement figure
 * on a channel is left out there: a missing metric is not a zero.
 */
export async function collectOutcomes(source: OutcomeSource, options: CollectOutcomesOptions): Promise<PostOutcome[]> {
  const from = Date.parse(options.from);
  const to = Date.parse(options.to);
  if (Number.isNaN(from) || Number.isNaN(to) || from > to) throw new CoreError("CORE_INVALID_ARGUMENT", `collectOutcomes needs an RFC 3339 period with from ≤ to, got ${options.from} – ${options.to}.`);
  const parts = options.engagementParts ?? DEFAULT_PARTS;
  const posts = (await source.posts.list()).filter((p: Post) => p.publishedAt !== undefined && Date.parse(p.publishedAt) >= from && Date.parse(p.publishedAt) < to);
  const outcomes: PostOutcome[] = [];
  for (const post of posts) {
    const samples = await source.metrics.query({ postId: post.id });
    const byChannel = new Map<string, MetricSample[]>();
    for (const sample of samples) {
      let list = byChannel.get(sample.channelId);
      if (!list) byChannel.set(sample.channelId, (list = []));
      list.push(sample);
    }
    for (const [channelId, series] of byChannel) {
      let engagements = latestTotal(series, "engagements");
      if (engagements === undefined) {
        const found = parts.map((metric) => latestTotal(series, metric)).filter((v): v is number => v !== undefined);
        if (found.length > 0) engagements = found.reduce((sum, v) => sum + v, 0);
      }
      if (engagements === undefined) continue;
      const reach = latestTotal(series, "reach") ?? latestTotal(series, "impressions");
      const publishedAt = Date.parse(post.publishedAt!);
      const followers = await gaugeAt(source.metrics, { metric: "followers", channelId, at: formatInstant(publishedAt) });
      outcomes.push({
        postId: post.id,
        channelId,
        publishedAt,
        ...(post.pillarId === undefined ? {} : { pillarId: post.pillarId }),
        format: postFormat(post),
        engagements,
        ...(reach === undefined ? {} : { reach }),
        ...(followers === undefined ? {} : { followers: followers.value }),
      });
    }
  }
  return outcomes;
}
