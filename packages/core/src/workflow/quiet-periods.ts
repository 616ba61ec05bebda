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
 * post's pillar or campaign is named, or one of its keywords occurs in the
 * title, text, a channel variant, a hashtag, a link or a media alt text.
 *
 * Keywords match as substrings after normalising both sides (NFKC, lower
 * case, soft hyphens and zero-width characters removed, any run of white
 * space as one space), so that "Wahl" also finds "Bürgermeisterwahl" and
 * "Wahlkampf", as German compounds need, and cannot be dodged by a
 * decomposed umlaut or a no-break space. The price is an occasional match
 * such as "Auswahl": a false alarm costs an admin's override with a reason,
 * a miss could cost a breach of the neutrality duty.
 */
export function quietPeriodMatches(period: QuietPeriod, post: PostContent): boolean {
  return matchesPost(period, post, searchableText(post));
}

function matchesPost(period: QuietPeriod, post: PostContent, haystack: () => string): boolean {
  const { matches } = period;
  if (matches.all) return true;
  if (post.pillarId !== undefined && matches.pillarIds?.includes(post.pillarId)) return true;
  if (post.campaignId !== undefined && matches.campaignIds?.includes(post.campaignId)) return true;
  if (matches.keywords && matches.keywords.length > 0) {
    const text = haystack();
    return matches.keywords.some((keyword) => {
      const needle = normaliseForMatching(keyword);
      return needle.length > 0 && text.includes(needle);
    });
  }
  return false;
}

/** The post's words in matching form, made on first use and then kept, so that several periods share it. */
function searchableText(post: PostContent): () => string {
  let text: string | undefined;
  return () =>
    (text ??= normaliseForMatching(
      [
        post.title ?? "",
        post.text,
        ...post.variants.flatMap((v) => [v.text ?? "", ...(v.media ?? []).map((m) => m.altText ?? "")]),
        ...post.hashtags,
        ...post.links,
        ...post.media.map((m) => m.altText ?? ""),
      ].join("\n"),
    ));
}

const invisible = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFE00-\uFE0F\uFEFF]/g;

/** The form in which keywords and texts are compared; see {@link quietPeriodMatches}. */
export function normaliseForMatching(text: string): string {
  return text.normalize("NFKC").replace(invisible, "").toLocaleLowerCase("de").replace(/\s+/g, " ");
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
  const haystack = searchableText(post);
  for (const period of periods) {
    if (period.blocks[what] && matchesPost(period, post, haystack) && isWithinQuietPeriod(period, instant, timeZone)) blocking.push(period);
  }
  return blocking;
}
