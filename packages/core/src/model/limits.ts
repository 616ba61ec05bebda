import { z } from "zod";
import { issueParams } from "../validation/validate.js";
import { isWellFormedText } from "../validation/well-formed-text.js";

/**
 * The most entries each list of the model may have. Generous for real use,
 * but finite, so that a store, an audit entry or a review screen never has
 * to cope with 100,000 hashtags from a broken or hostile client. A longer
 * list is refused as a whole with the catalogue message `list.too-many`,
 * before its entries are looked at.
 *
 * Where a network sets a limit, the highest one among the networks is used:
 * a post's content is shared by every channel, and a variant narrows it.
 */
export const LIST_LIMITS = Object.freeze({
  /** Hashtags of a post: Instagram allows 30 per post, the most of the networks; Mastodon and Bluesky need far fewer. */
  hashtags: 30,
  /** Links of a post: no network limits them, but a post with more than 20 is a link list, not a post. */
  links: 20,
  /** Media of a post or a variant: an Instagram or LinkedIn carousel holds up to 20, Mastodon and Bluesky 4. */
  media: 20,
  /** Channel variants of a post, one per channel. */
  variants: 100,
  /** Distinct team members who edited a post. Grows by itself, so set beyond any team's size. */
  contributors: 1000,
  /** Quiet periods one override covers: all periods of all strategies, at most. */
  overriddenQuietPeriods: 1000,
  /** Keywords of a quiet period: names of candidates, parties and offices. */
  keywords: 200,
  /** Content pillars, campaigns or channels named by one quiet period, goal or campaign. */
  references: 200,
  /** Quiet periods of a strategy: the elections, mournings and crises of some years. */
  quietPeriods: 200,
  /** Goals of a strategy. */
  goals: 100,
  /** Target audiences of a strategy. */
  audiences: 100,
  /** Channels a strategy covers. */
  channels: 200,
  /** Content pillars of a strategy: a handful is usual. */
  pillars: 50,
  /** KPIs a strategy defines of its own. */
  kpis: 200,
  /** Tonality rules of a brand voice. */
  tonality: 100,
  /** Words a brand voice avoids: a long list of officialese is fine. */
  wordsToAvoid: 1000,
  /** Interests, age bands or networks of an audience; competencies or roles of a team member. */
  tags: 100,
});

/** The list limits, see {@link LIST_LIMITS}. */
export type ListLimits = typeof LIST_LIMITS;

/**
 * A list that is refused as a whole with `list.too-many` if it has more than
 * `max` entries. The count is checked before the entries: a huge list costs
 * one comparison, not a parse of every entry and an issue for each bad one.
 *
 * Internal to the model; not exported from the package.
 */
export function limitedList<List extends z.ZodArray<z.ZodType>>(list: List, max: number): z.ZodPreprocess<List, z.input<List>> {
  return z.preprocess<z.input<List>, List, z.input<List>>((value, ctx) => {
    if (Array.isArray(value) && value.length > max) {
      ctx.addIssue({ code: "custom", input: value, ...issueParams("list.too-many", { count: value.length, max }) });
    }
    return value;
  }, list);
}

/**
 * A text field: a string of at most `max` UTF-16 code units (and at least
 * `min`) that is well-formed Unicode, see {@link isWellFormedText}. Every
 * free-text field of the model is one.
 *
 * Internal to the model; not exported from the package.
 */
export function textField(max: number, min = 0): z.ZodString {
  const base = min > 0 ? z.string().min(min).max(max) : z.string().max(max);
  return base.refine(isWellFormedText, issueParams("text.ill-formed"));
}
