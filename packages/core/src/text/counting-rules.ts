import { freezeCountingRule, type CountingRule } from "./counting-rule.js";

/*
 * Where the numbers come from (checked when this file was written; networks
 * change them, so each rule names its source):
 *
 * mastodon — app/validators/status_length_validator.rb in mastodon/mastodon:
 *   MAX_CHARS = 500, counted as grapheme clusters (`each_grapheme_cluster.size`,
 *   before that `mb_chars.grapheme_length`) of content warning + text, where
 *   every URL with a scheme is replaced by URL_PLACEHOLDER = "x" * 23 and
 *   every mention `@user@domain` by `@user`. The content warning is joined
 *   in front as written: `combined_text` is
 *   `[status.spoiler_text, countable_text(status.text)].join`, and only the
 *   text goes through `countable_text`, so a URL in the warning counts in
 *   full (`contentWarningCounts`). 500 is the default; an instance
 *   may change it and reports its own in GET /api/v2/instance as
 *   configuration.statuses.max_characters and characters_reserved_per_url.
 * bluesky — lexicons/app/bsky/feed/post.json in bluesky-social/atproto: text
 *   has maxGraphemes 300 and maxLength 3000, and Lexicon string maxLength is
 *   counted in UTF-8 bytes (@atproto/lexicon validates it with utf8Len). URLs
 *   count as written: the Bluesky app shortens a link's text before posting,
 *   so measure the text as it will be sent.
 * threads — developers.facebook.com/docs/threads/posts, "Limitations": "Text
 *   posts are limited to 500 characters. Emojis are counted as the number of
 *   UTF-8 bytes." Meta does not say what a character is otherwise; we count
 *   code points (never fewer than grapheme clusters, so a text that fits here
 *   fits there) and each emoji cluster as its UTF-8 bytes.
 * instagram — Instagram Graph API reference, IG User Media, `caption`:
 *   "Maximum 2200 characters, 30 hashtags, and 20 @ tags." The unit is not
 *   documented; we count UTF-16 code units, the largest of the plausible
 *   ones, so a text that fits here fits there.
 * facebook — 63,206 characters per post: the figure every publishing tool
 *   uses; Meta's Graph API reference for /{page-id}/feed documents no limit.
 *   UTF-16 code units, as for Instagram.
 * linkedin — 3,000 characters for a post's commentary, as LinkedIn's post
 *   composer enforces and publishing tools document; LinkedIn's Posts API
 *   reference names no limit. UTF-16 code units (LinkedIn's backend is Java,
 *   whose String.length() counts them).
 *
 * X (Twitter) is left out on purpose: its weighted count (twitter-text: code
 * point ranges weighted 100 or 200, emoji sequences from its own emoji list,
 * NFC normalisation, 280 or 25,000 depending on the account) cannot be
 * expressed as these fields and matched exactly.
 */

/** Mastodon with the default limit of 500; see the source comment for instances with their own. */
export const MASTODON_COUNTING_RULE: CountingRule = freezeCountingRule({
  network: "mastodon",
  unit: "graphemes",
  limits: [{ unit: "graphemes", max: 500 }],
  urlLength: 23,
  mentionCountsUsernameOnly: true,
  contentWarningCounts: true,
  source: "https://github.com/mastodon/mastodon/blob/main/app/validators/status_length_validator.rb",
});

/** Bluesky: 300 grapheme clusters and 3000 UTF-8 bytes, both enforced. */
export const BLUESKY_COUNTING_RULE: CountingRule = freezeCountingRule({
  network: "bluesky",
  unit: "graphemes",
  limits: [
    { unit: "graphemes", max: 300 },
    { unit: "utf8-bytes", max: 3000 },
  ],
  source: "https://github.com/bluesky-social/atproto/blob/main/lexicons/app/bsky/feed/post.json",
});

/** Threads: 500 characters, an emoji counting as its UTF-8 bytes. */
export const THREADS_COUNTING_RULE: CountingRule = freezeCountingRule({
  network: "threads",
  unit: "code-points",
  limits: [{ unit: "code-points", max: 500 }],
  emojiUnit: "utf8-bytes",
  source: "https://developers.facebook.com/docs/threads/posts",
});

/** Instagram captions: 2200 characters. */
export const INSTAGRAM_COUNTING_RULE: CountingRule = freezeCountingRule({
  network: "instagram",
  unit: "utf16",
  limits: [{ unit: "utf16", max: 2200 }],
  source: "https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/media",
});

/** Facebook page posts: 63,206 characters. */
export const FACEBOOK_COUNTING_RULE: CountingRule = freezeCountingRule({
  network: "facebook",
  unit: "utf16",
  limits: [{ unit: "utf16", max: 63_206 }],
  source: "Widely used figure; not in Meta's Graph API reference",
});

/** LinkedIn posts: 3000 characters. */
export const LINKEDIN_COUNTING_RULE: CountingRule = freezeCountingRule({
  network: "linkedin",
  unit: "utf16",
  limits: [{ unit: "utf16", max: 3000 }],
  source: "LinkedIn post composer; not in the Posts API reference",
});

/** The networks that have a built-in {@link CountingRule}. */
export type BuiltInCountingNetwork = "mastodon" | "bluesky" | "threads" | "instagram" | "facebook" | "linkedin";

/**
 * The built-in counting rules, by network id. Frozen; for another network or
 * an instance with its own limit, make a rule with {@link defineCountingRule}.
 *
 * @example
 * ```ts
 * measureText(draft, COUNTING_RULES.bluesky).fits;
 * const ourInstance = defineCountingRule({ ...COUNTING_RULES.mastodon, limits: [{ unit: "graphemes", max: 1000 }] });
 * ```
 */
export const COUNTING_RULES: Readonly<Record<BuiltInCountingNetwork, CountingRule>> = Object.freeze({
  mastodon: MASTODON_COUNTING_RULE,
  bluesky: BLUESKY_COUNTING_RULE,
  threads: THREADS_COUNTING_RULE,
  instagram: INSTAGRAM_COUNTING_RULE,
  facebook: FACEBOOK_COUNTING_RULE,
  linkedin: LINKEDIN_COUNTING_RULE,
});
