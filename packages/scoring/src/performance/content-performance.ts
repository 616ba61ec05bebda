import { CoreError, instantToZonedTime, type MediaKind } from "@kommune-sm/core";
import { tCritical, type ConfidenceLevel } from "./student-t.js";

/** What one post achieved on one channel, as {@link contentPerformance} compares it. */
export interface PostOutcome {
  /** The post. */
  readonly postId: string;
  /** The channel it went out on. */
  readonly channelId: string;
  /** When it went out there (epoch ms). */
  readonly publishedAt: number;
  /** Its content pillar, if it has one. */
  readonly pillarId?: string;
  /** Its format (see {@link postFormat}). */
  readonly format: PostFormat;
  /** Interactions it drew (likes, shares, comments, clicks, as the network counts them). */
  readonly engagements: number;
  /** How many accounts it reached or was shown to, where the network says. */
  readonly reach?: number;
  /** Followers of the channel when it went out, where known. */
  readonly followers?: number;
}

/** The form of a post: text only, with a link, one image, several images, a video. */
export type PostFormat = "text" | "link" | "image" | "gallery" | "video";

/** The format of a post from its media and links: a video wins, then several images, one image, a link, text. */
export function postFormat(post: { readonly media: readonly { readonly kind: MediaKind }[]; readonly links: readonly string[]; readonly text: string }): PostFormat {
  if (post.media.some((m) => m.kind === "video")) return "video";
  const images = post.media.filter((m) => m.kind === "image" || m.kind === "gif").length;
  if (images > 1) return "gallery";
  if (images === 1) return "image";
  return post.links.length > 0 || /https?:\/\//i.test(post.text) ? "link" : "text";
}

/** What content is compared by. */
export type PerformanceDimension = "pillar" | "format" | "weekday" | "hour";

/** How engagement is made comparable between channels of different size. */
export type Normalisation = "followers" | "reach";

/** Options of {@link contentPerformance}. */
export interface ContentPerformanceOptions {
  /** What to compare. */
  readonly by: PerformanceDimension;
  /** Engagement per follower (default) or per account reached. */
  readonly normaliseBy?: Normalisation;
  /** IANA time zone for weekdays and hours; the organisation's. */
  readonly timeZone: string;
  /** Confidence of the intervals: 0.9 (default) or 0.95. */
  readonly confidence?: ConfidenceLevel;
  /** Groups with fewer posts get no interval and rank last; default 3. */
  readonly minPosts?: number;
}

/** How one group (a pillar, a format, a weekday, an hour) performs. */
export interface PerformanceGroup {
  /** The pillar's id, the format, the weekday (1 Monday … 7 Sunday, as text) or the hour ("0"–"23"); `"(none)"` for posts without a pillar. */
  readonly key: string;
  /** Post outcomes in the group (that could be normalised). */
  readonly posts: number;
  /** Mean engagement rate (engagements per follower or per account reached). */
  readonly mean: number;
  /** The interval in which the true mean rate lies at the chosen confidence; absent with fewer than `minPosts` posts. */
  readonly interval?: { readonly low: number; readonly high: number; readonly confidence: ConfidenceLevel };
  /** How sure the ranking is: `"few-posts"` below `minPosts`, `"wide"` when the interval is wider than the mean itself, else `"narrow"`. */
  readonly certainty: "few-posts" | "wide" | "narrow";
}

/**
 * Which pillars, formats, weekdays or hours perform: the mean engagement
 * rate per group (engagements divided by the channel's followers when the
 * post went out, or by its reach), with a Student-t interval of the mean at
 * 90 % (or 95 %), ranked by the interval's lower end — a group with few or
 * scattered posts ranks below one that is reliably good, and says so
 * (`certainty`). Outcomes without the denominator are left out.
 *
 * Why a t interval of per-post rates: posts differ in size and audience, and
 * the question is how a typical post of the group does; with the handful of
 * posts a town publishes per pillar and month, the t distribution keeps the
 * interval honestly wide.
 *
 * @example
 * ```ts
 * const ranked = contentPerformance(outcomes, { by: "pillar", timeZone: "Europe/Berlin" });
 * ranked[0]; // { key: "freizeit", posts: 14, mean: 0.031, interval: { low: 0.024, high: 0.038, confidence: 0.9 }, certainty: "narrow" }
 * ```
 */
export function contentPerformance(outcomes: readonly PostOutcome[], options: ContentPerformanceOptions): PerformanceGroup[] {
  const normaliseBy = options.normaliseBy ?? "followers";
  const confidence = options.confidence ?? 0.9;
  const minPosts = options.minPosts ?? 3;
  if (confidence !== 0.9 && confidence !== 0.95) throw new CoreError("CORE_INVALID_ARGUMENT", `contentPerformance: confidence must be 0.9 or 0.95, got ${String(confidence)}.`);
  if (!Number.isInteger(minPosts) || minPosts < 2) throw new CoreError("CORE_INVALID_ARGUMENT", `contentPerformance: minPosts must be an integer of at least 2, got ${String(minPosts)}.`);
  const rates = new Map<string, number[]>();
  for (const outcome of outcomes) {
    const denominator = normaliseBy === "followers" ? outcome.followers : outcome.reach;
    if (denominator === undefined || !(denominator > 0) || !Number.isFinite(outcome.engagements) || outcome.engagements < 0) continue;
    const key = keyOf(outcome, options.by, options.timeZone);
    let list = rates.get(key);
    if (!list) rates.set(key, (list = []));
    list.push(outcome.engagements / denominator);
  }
  const groups: PerformanceGroup[] = [];
  for (const [key, list] of rates) groups.push(summarise(key, list, confidence, minPosts));
  const lower = (g: PerformanceGroup) => (g.interval ? g.interval.low : Number.NEGATIVE_INFINITY);
  return groups.sort((a, b) => lower(b) - lower(a) || b.mean - a.mean || a.key.localeCompare(b.key));
}

function keyOf(outcome: PostOutcome, by: PerformanceDimension, timeZone: string): string {
  switch (by) {
    case "pillar":
      return outcome.pillarId ?? "(none)";
    case "format":
      return outcome.format;
    case "weekday": {
      const { year, month, day } = instantToZonedTime(outcome.publishedAt, timeZone);
      // ISO weekday of the local date: 1 Monday … 7 Sunday.
      const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
      return String(weekday === 0 ? 7 : weekday);
    }
    case "hour":
      return String(instantToZonedTime(outcome.publishedAt, timeZone).hour);
  }
}

function summarise(key: string, rates: readonly number[], confidence: ConfidenceLevel, minPosts: number): PerformanceGroup {
  const n = rates.length;
  const mean = rates.reduce((sum, r) => sum + r, 0) / n;
  if (n < minPosts) return { key, posts: n, mean, certainty: "few-posts" };
  const variance = rates.reduce((sum, r) => sum + (r - mean) ** 2, 0) / (n - 1);
  const half = tCritical(n - 1, confidence) * Math.sqrt(variance / n);
  // Rates are never negative: an interval reaching below zero is cut there.
  const interval = { low: Math.max(0, mean - half), high: mean + half, confidence };
  return { key, posts: n, mean, interval, certainty: interval.high - interval.low > mean ? "wide" : "narrow" };
}
