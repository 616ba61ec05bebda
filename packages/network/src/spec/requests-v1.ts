import type { Logger, Media } from "@kommune-sm/core";
import type { MediaStore } from "../media/media-store.js";

/** The account a call is for: a channel of the organisation. */
export interface ChannelRefV1 {
  /** The channel's id in kommune-sm. */
  readonly id: string;
  /** The account's handle on the network, e.g. `@musterstadt@social.example`. */
  readonly handle: string;
  /** This adapter's own options for the channel (`channel.options[adapter.id]`). */
  readonly options: Readonly<Record<string, unknown>>;
}

/**
 * Credentials of one account, from the secrets port. Adapters read what they
 * need; they never log, store or return them.
 */
export interface CredentialsV1 {
  /** Sent with every call; a secret that must never be logged. */
  readonly accessToken: string;
  /** Keep it: a refresh that returns no new refresh token keeps the old one. */
  readonly refreshToken?: string;
  /** RFC 3339 instant when the access token expires, if known. */
  readonly expiresAt?: string;
  /** Anything else the adapter needs (an app password's handle, a page id). */
  readonly extra?: Readonly<Record<string, string>>;
}

/** What every adapter call gets besides its request. */
export interface AdapterCallContextV1 {
  /** The account's credentials for this call. */
  readonly credentials: CredentialsV1;
  /** Aborted when the engine gives up on the call (timeout, shutdown). */
  readonly signal: AbortSignal;
  /** The engine's clock (epoch ms). */
  now(): number;
  /** Named after the adapter; redacts secrets. */
  readonly logger: Logger;
  /**
   * The media store, when the application configured one: the bytes, size
   * and type of a medium with a `storageKey` (for networks that take
   * uploads), or a public, expiring URL for it (for networks that fetch media
   * themselves). Optional, so v1 adapters written before it keep working.
   */
  readonly media?: MediaStore;
}

/** One post on one channel, resolved from the post and its variant for the channel. */
export interface PublishRequestV1 {
  /** The delivery this publish belongs to. */
  readonly deliveryId: string;
  /**
   * Stable for the delivery across retries, restarts and workers. Send it
   * where the network dedupes by it (`idempotency: "native"`), or keep it
   * findable for {@link NetworkAdapterV1.lookup}.
   */
  readonly idempotencyKey: string;
  /** The account to publish to. */
  readonly channel: ChannelRefV1;
  /**
   * The text for this channel (the variant's text, else the post's), to be
   * sent as written: links and hashtags the editor wrote into it are in it;
   * `links` and `hashtags` list them again for networks that take them apart
   * (link cards, tag fields). An adapter never appends them on its own.
   */
  readonly text: string;
  /**
   * The content warning for this channel (the variant's, else the post's),
   * shown before the text, which readers open to see the post: Mastodon's
   * `spoiler_text`. Only for networks that declare `contentWarnings: true`;
   * absent: the post has none. Send it as written, never folded into the
   * text.
   */
  readonly contentWarning?: string;
  /** BCP 47 language of the text. */
  readonly language: string;
  /** Media to attach, in order. */
  readonly media: readonly Media[];
  /** Links in the text, for networks that render link cards. */
  readonly links: readonly string[];
  /** Without "#". */
  readonly hashtags: readonly string[];
  /** This adapter's options for this post (`variant.options[adapter.id]`). */
  readonly options: Readonly<Record<string, unknown>>;
  /** The post's content pillar (topic), for adapters that tag or simulate by topic. */
  readonly pillarId?: string;
  /** The post's campaign, for adapters that tag posts by campaign. */
  readonly campaignId?: string;
}

/** Something the adapter could not do as asked, while the publish went through. */
export interface PublishWarningV1 {
  /** Whether a feature was dropped, the content was changed to fit, or something else. */
  readonly type: "unsupported-feature" | "content-adjusted" | "other";
  /** E.g. `"alt-text"`, `"gif"`. */
  readonly feature?: string;
  /** For people, in English (catalogues translate by `type` and `feature`). */
  readonly message: string;
}

/** A published post on the network. */
export interface PublishResultV1 {
  /** The network's id of the post. */
  readonly remoteId: string;
  /** Public link to the post, if there is one. */
  readonly url?: string;
  /** RFC 3339 instant the network reports, if any. */
  readonly publishedAt?: string;
  /** What the adapter could not do as asked, while the post still went out. */
  readonly warnings?: readonly PublishWarningV1[];
}

/** Find an earlier publish of a delivery, after a crash in flight. */
export interface LookupRequestV1 {
  /** The account the earlier publish went to. */
  readonly channel: ChannelRefV1;
  /** The delivery's idempotency key, as sent with the earlier publish. */
  readonly idempotencyKey: string;
  /** The text that was sent, for a lookup by content. */
  readonly text: string;
  /**
   * For a reply: the network's id of the interaction it answers. A lookup by
   * content must match it too — the same template answer sent to another
   * citizen is not this one.
   */
  readonly inReplyToRemoteId?: string;
  /** RFC 3339: the publish cannot have happened before this instant... */
  readonly notBefore: string;
  /** ...nor after this one. */
  readonly notAfter: string;
}

/**
 * The outcome of a lookup. `"not-found"` is a promise: the adapter looked at
 * everything the account published in the window and the post is not there,
 * so sending again cannot make a duplicate. When in doubt, answer `"unknown"`.
 */
export type LookupResultV1 =
  | {
      /** The earlier publish reached the network. */
      readonly status: "found";
      /** The network's id of the post found. */
      readonly remoteId: string;
      /** Public link to the post found, if there is one. */
      readonly url?: string;
      /** RFC 3339: when the network says it went out, if it tells; a reply's first response is dated by it. */
      readonly publishedAt?: string
    }
  | {
      /** The post is certainly not on the network; publishing again is safe. */
      readonly status: "not-found"
    }
  | {
      /** The adapter cannot tell; a person decides. */
      readonly status: "unknown";
      /** Why the lookup could not tell, for the person who decides. */
      readonly reason: string
    };

/** Remove a published post. */
export interface DeleteRequestV1 {
  /** The account the post was published on. */
  readonly channel: ChannelRefV1;
  /** The network's id of the post to remove. */
  readonly remoteId: string;
}

/** Metrics of the account and its posts since an instant. */
export interface MetricsRequestV1 {
  /** The account to measure. */
  readonly channel: ChannelRefV1;
  /** RFC 3339 instant, inclusive. */
  readonly since: string;
  /** Only these posts; default: the account and all its recent posts. */
  readonly remoteIds?: readonly string[];
}

/** One measured value; without `remoteId` it is about the account. */
export interface MetricSampleV1 {
  /** The network's id of the post measured; absent for account metrics. */
  readonly remoteId?: string;
  /** RFC 3339 instant of the measurement. */
  readonly at: string;
  /** A metric name, see `METRIC_NAMES` in core. */
  readonly metric: string;
  /** The measured value (a count, unless the metric says otherwise). */
  readonly value: number;
}

/** Comments, mentions and messages after a cursor. */
export interface InteractionsRequestV1 {
  /** The account whose interactions to fetch. */
  readonly channel: ChannelRefV1;
  /** Where the previous page ended; none: start with the oldest interaction the network still offers. */
  readonly cursor?: string;
  /** Most interactions on one page; default: what the network returns. */
  readonly limit?: number;
}

/** A citizen's comment, mention or message, as the network reports it. */
export interface InteractionV1 {
  /** The network's id of the interaction; reply to it with this. */
  readonly remoteId: string;
  /** How the citizen reached the account. */
  readonly kind: "comment" | "reply" | "mention" | "direct-message";
  /** The remote id of the post it answers, if any. */
  readonly inReplyToRemoteId?: string;
  /** Who wrote it, as the network shows them. */
  readonly author: {
    /** The author's handle on the network. */
    readonly handle: string;
    /** The name the author shows, if set. */
    readonly displayName?: string
  };
  /** As written; escape it wherever it is rendered. */
  readonly text: string;
  /** BCP 47 language, if the network reports one. */
  readonly language?: string;
  /** RFC 3339. */
  readonly receivedAt: string;
  /** Public link to the interaction, if there is one. */
  readonly url?: string;
}

/** A page of interactions. */
export interface InteractionsPageV1 {
  /** The interactions on this page, oldest first. */
  readonly interactions: readonly InteractionV1[];
  /**
   * Pass it as `cursor` to get what came after. A page with interactions
   * always has one (new ones may arrive later); an empty page may leave it
   * out, meaning: nothing new since `cursor`, ask again with the same one.
   */
  readonly nextCursor?: string;
}

/** Answer a citizen. */
export interface ReplyRequestV1 {
  /** The account to answer from. */
  readonly channel: ChannelRefV1;
  /** The network's id of the interaction being answered. */
  readonly inReplyToRemoteId: string;
  /** The answer, sent as written. */
  readonly text: string;
  /** Stable across retries, so a repeated reply is not posted twice. */
  readonly idempotencyKey: string;
}

/** Read the account's public profile. */
export interface ProfileRequestV1 {
  /** The account whose profile to read. */
  readonly channel: ChannelRefV1;
}

/** The account's public profile, for the imprint check. */
export interface ProfileV1 {
  /** The account's handle on the network. */
  readonly handle: string;
  /** The name shown on the profile, if set. */
  readonly displayName?: string;
  /** The profile text, as written. */
  readonly bio?: string;
  /** Links on the profile (website fields, links in the bio). */
  readonly links: readonly string[];
  /** Public link to the profile, if there is one. */
  readonly url?: string;
}

