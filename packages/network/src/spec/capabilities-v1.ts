import type { CountingRule, MediaKind } from "@kommune-sm/core";

/** How a network treats alternative text of media. */
export type AltTextSupportV1 = "required" | "supported" | "unsupported";

/** What media a network takes in one post. */
export interface MediaCapabilitiesV1 {
  /** Media kinds the network accepts; empty: text only. */
  readonly kinds: readonly MediaKind[];
  /** Most media items in one post. */
  readonly maxItems: number;
  /** Largest file per kind, in bytes; a kind missing here has no documented limit. */
  readonly maxBytes?: Partial<Record<MediaKind, number>>;
  /** Whether alt text is required, possible or impossible. */
  readonly altText: AltTextSupportV1;
  /** Longest alt text the network accepts, in characters. */
  readonly altTextMaxLength?: number;
  /** Whether images and videos may be mixed in one post. */
  readonly mixedKinds?: boolean;
}

/** What a network lets us read and answer. */
export interface InteractionCapabilitiesV1 {
  /** Comments and replies under our posts can be fetched. */
  readonly comments: boolean;
  /** Mentions of the account elsewhere can be fetched. */
  readonly mentions: boolean;
  /** Direct messages can be fetched. */
  readonly directMessages: boolean;
  /** We can reply to an interaction through the adapter. */
  readonly reply: boolean;
}

/**
 * How the network avoids a second post when a publish is repeated:
 * - `"native"`: the adapter sends the idempotency key and the network itself
 *   refuses or merges a repeat (Mastodon's `Idempotency-Key` header, a
 *   client-chosen record key on Bluesky), for as long as it keeps the key
 *   (see {@link NetworkCapabilitiesV1.idempotencyWindowMs});
 * - `"lookup"`: the adapter can find an earlier publish by key or by content
 *   and time ({@link NetworkAdapterV1.lookup}), so the engine asks first;
 * - `"none"`: neither; after a crash in flight the engine cannot know and asks
 *   a person (the delivery becomes `uncertain`).
 */
export type IdempotencySupportV1 = "native" | "lookup" | "none";

/** A documented rate limit: at most `requests` within `perMilliseconds`. */
export interface RateLimitV1 {
  /** Most requests allowed within the window. */
  readonly requests: number;
  /** Length of the window, in milliseconds. */
  readonly perMilliseconds: number;
  /** Whom the limit binds: one account (token), or the whole app. */
  readonly scope: "account" | "app";
  /** Which operations count against it; default: all. */
  readonly operations?: readonly ("publish" | "delete" | "lookup" | "metrics" | "interactions" | "reply" | "profile")[];
}

/**
 * What a network can do, as data. Scoring and reporting read it, and the
 * engine checks drafts against it, so a network without a feature degrades
 * into a warning, not an exception.
 *
 * @example
 * ```ts
 * const capabilities: NetworkCapabilitiesV1 = {
 *   text: COUNTING_RULES.mastodon,
 *   media: { kinds: ["image", "video", "gif"], maxItems: 4, altText: "supported", altTextMaxLength: 1500 },
 *   threads: true, nativeScheduling: true, edit: true, delete: true,
 *   metrics: ["likes", "shares", "comments"],
 *   interactions: { comments: true, mentions: true, directMessages: true, reply: true },
 *   idempotency: "native",
 *   idempotencyWindowMs: 3_600_000,
 *   rateLimits: [{ requests: 300, perMilliseconds: 5 * 60_000, scope: "account" }],
 *   profile: true,
 *   contentWarnings: true,
 * };
 * ```
 */
export interface NetworkCapabilitiesV1 {
  /** How the network counts text and how much it takes (see `COUNTING_RULES` in core). */
  readonly text: CountingRule;
  /** What media a post may carry. */
  readonly media: MediaCapabilitiesV1;
  /** Posts can be chained into threads. */
  readonly threads: boolean;
  /** The network can hold a post and publish it at a later time itself. */
  readonly nativeScheduling: boolean;
  /** A published post can be edited. */
  readonly edit: boolean;
  /** A published post can be deleted through the API. */
  readonly delete: boolean;
  /** Metric names (see `METRIC_NAMES` in core) the adapter can fetch; empty: none. */
  readonly metrics: readonly string[];
  /** Which interactions can be fetched and answered. */
  readonly interactions: InteractionCapabilitiesV1;
  /** How a repeated publish is kept from posting twice. */
  readonly idempotency: IdempotencySupportV1;
  /**
   * How long a `"native"` network honours an idempotency key, in
   * milliseconds from the publish that first carried it; absent: for as long
   * as the post exists. Only with `idempotency: "native"`.
   *
   * Past the window a repeat with the same key is a new post, so the engine
   * no longer simply sends again: once an attempt that may have reached the
   * network is older than the window (measured from the start of that
   * attempt, so that the call of the repeat, too, ends inside it), it looks
   * the post up first, as for `"lookup"`; an adapter that cannot look up
   * (rejects with kind `"unsupported"`) leaves the delivery `uncertain` for a
   * person rather than risk a second post.
   *
   * Mastodon keeps the key for one hour: "Idempotency keys are stored for up
   * to 1 hour" (https://docs.joinmastodon.org/methods/statuses/, Post a new
   * status, header `Idempotency-Key`); its PostStatusService stores the key
   * with `redis.setex(idempotency_key, 3_600, @status.id)` when the status is
   * created, and a repeat within the hour returns that status without
   * renewing the key. So Mastodon declares `3_600_000`.
   */
  readonly idempotencyWindowMs?: number;
  /** The network's documented limits; the engine keeps below them. */
  readonly rateLimits: readonly RateLimitV1[];
  /** The account's profile can be read (for the imprint check). */
  readonly profile: boolean;
  /**
   * The network shows a content warning before a post's text, which readers
   * open to see the post (Mastodon's `spoiler_text`). Absent or false: a
   * post with a content warning for the channel is refused at scheduling
   * (handover problem `content-warning-unsupported`), since dropping the
   * warning would show readers what it was meant to hide. Whether the
   * warning counts toward the text's limits says the counting rule
   * (`text.contentWarningCounts`).
   */
  readonly contentWarnings?: boolean;
}

/**
 * What one account (channel) can do where it differs from the adapter's
 * `capabilities`: e.g. a Mastodon instance's `max_characters` and
 * `characters_reserved_per_url` as the text rule, and its media limits.
 * Fields left out keep the adapter's own.
 */
export interface ChannelCapabilitiesV1 {
  /** How the account's network counts text, with the account's limits. */
  readonly text?: CountingRule;
  /** The account's media limits. */
  readonly media?: Partial<MediaCapabilitiesV1>;
  /** How long the answer holds, in ms; default one day. */
  readonly maxAgeMs?: number;
}
