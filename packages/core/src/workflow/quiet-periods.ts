import type { PostContent, QuietPeriod } from "../model/index.js";
import { endOfLocalDate, startOfLocalDate } from "../time/zoned-time.js";

/** What a quiet period can block. */
export type QuietPeriodBlock = "scheduling" | "publishing";

/**
 * True if `instant` lies within the quiet period: from the start of its first
 * day to the end of its last day, both in the organisation's time zone.
 */
export function isWithinQuietPeriod(period: QuietPeriod, instant: number, timeZone: string): boolean {
  return instant >= startOfLocalDate(period.startDate, timeZone) && instant < endOfLocalDate(period.endDate, timeZone);
}

/**
 * True if the quiet period applies to the post: it matches everything, or the
 * post's pillar or campaign is named, or one of its keywords occurs
 * (case-insensitively) in the title, text, a channel variant or a hashtag.
 */
export function quietPeriodMatches(period: QuietPeriod, post: PostContent): boolean {
  const { matches } = period;
  if (matches.all) return true;
  if (post.pillarId !== undefined && matches.pillarIds?.includes(post.pillarId)) return true;
  if (post.campaignId !== undefined && matches.campaignIds?.includes(post.campaignId)) return true;
  if (matches.keywords && matches.keywords.length > 0) {
    const haystack = [post.title ?? "", post.text, ...post.variants.map((v) => v.text ?? ""), ...post.hashtags].join("\n").toLocaleLowerCase("de");
    return matches.keywords.some((keyword) => haystack.includes(keyword.toLocaleLowerCase("de")));
  }
  return false;
}

/**
 * The quiet periods that block `what` for `post` at `instant`.
 *
 * @example
 * ```ts
 * const blocking = blockingQuietPeriods(strategy.quietPeriods, post, Date.parse(post.scheduledAt), "publishing", "Europe/Berlin");
 * ```
 */
export function blockingQuietPeriods(
  periods: Iterable<QuietPeriod>,
  post: PostContent,
  instant: number,
  what: QuietPeriodBlock,
  timeZone: string,
): QuietPeriod[] {
  const blocking: QuietPeriod[] = [];
  for (const period of periods) {
    if (period.blocks[what] && quietPeriodMatches(period, post) && isWithinQuietPeriod(period, instant, timeZone)) blocking.push(period);
  }
  return blocking;
}
