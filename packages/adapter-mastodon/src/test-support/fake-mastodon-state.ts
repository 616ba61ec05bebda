import type { KnownAccount } from "./fake-mastodon-html.js";
import { createFakeOAuthState, type FakeOAuthState } from "./fake-mastodon-oauth.js";

/** Options of `startFakeMastodon`. */
export interface FakeMastodonOptions {
  /** The instance's domain (`/api/v2/instance` `domain`, handles, links); default `"social.example"`. */
  readonly domain?: string;
  /** `configuration.statuses.max_characters`; default 500. */
  readonly maxCharacters?: number;
  /** `configuration.statuses.characters_reserved_per_url`; default 23. */
  readonly charactersReservedPerUrl?: number;
  /** `configuration.statuses.max_media_attachments`; default 4. */
  readonly maxMediaAttachments?: number;
  /** The fake's clock (epoch ms); default `Date.now`. Ids, timestamps, key expiry and rate-limit windows follow it. */
  readonly now?: () => number;
  /** How many `GET /api/v1/media/:id` of a video or GIF answer 206 before it is processed (200); default 2. */
  readonly mediaProcessingPolls?: number;
  /** The per-token budget of API requests; default 300 per 5 minutes, as Mastodon. */
  readonly rateLimit?: { readonly requests: number; readonly windowMs: number };
}

/** The options with every default applied. */
export interface FakeMastodonSettings {
  readonly domain: string;
  readonly maxCharacters: number;
  readonly charactersReservedPerUrl: number;
  readonly maxMediaAttachments: number;
  readonly now: () => number;
  readonly mediaProcessingPolls: number;
  readonly rateLimit: { readonly requests: number; readonly windowMs: number };
  readonly mediaRateLimit: { readonly requests: number; readonly windowMs: number };
}

/** Mastodon's defaults for what the options leave out. */
export function settingsOf(options: FakeMastodonOptions): FakeMastodonSettings {
  return {
    domain: options.domain ?? "social.example",
    maxCharacters: options.maxCharacters ?? 500,
    charactersReservedPerUrl: options.charactersReservedPerUrl ?? 23,
    maxMediaAttachments: options.maxMediaAttachments ?? 4,
    now: options.now ?? (() => Date.now()),
    mediaProcessingPolls: options.mediaProcessingPolls ?? 2,
    rateLimit: options.rateLimit ?? { requests: 300, windowMs: 5 * 60_000 },
    // throttle_api_media in Mastodon's rack_attack.rb.
    mediaRateLimit: { requests: 30, windowMs: 30 * 60_000 },
  };
}

/** A profile field as written (plain text). */
export interface ProfileField {
  readonly name: string;
  readonly value: string;
}

/** An account the fake holds: ours (local) or a citizen's (usually remote). */
export interface FakeAccount extends KnownAccount {
  /** ActivityPub id, e.g. `https://social.example/users/musterstadt`. */
  readonly uri: string;
  readonly displayName: string;
  /** Epoch ms of the account's creation. */
  readonly createdAt: number;
  /** True for an account of this instance. */
  readonly local: boolean;
  followers: number;
  following: number;
  /** The bio as written (plain text; Mastodon's `source.note`). */
  note: string;
  /** The profile fields as written (Mastodon's `source.fields`). */
  fields: readonly ProfileField[];
}

/** A status as the fake stores it. */
export interface StoredStatus {
  readonly id: string;
  readonly accountId: string;
  /** The text as written (`GET /api/v1/statuses/:id/source`). */
  readonly text: string;
  readonly spoilerText: string;
  readonly sensitive: boolean;
  readonly visibility: "public" | "unlisted" | "private" | "direct";
  readonly language: string | null;
  readonly inReplyToId: string | null;
  readonly inReplyToAccountId: string | null;
  readonly mediaIds: readonly string[];
  /** Epoch ms. */
  readonly createdAt: number;
  /** The Idempotency-Key it was created with. */
  readonly idempotencyKey?: string;
  readonly html: string;
  readonly mentions: readonly KnownAccount[];
  readonly tags: readonly string[];
  counts: { favourites: number; reblogs: number; replies: number; quotes: number };
  deleted: boolean;
}

/** An uploaded medium. */
export interface StoredMedia {
  readonly id: string;
  readonly accountId: string;
  /** Mastodon's type: a GIF becomes `gifv` (Mastodon turns it into a video). */
  readonly type: "image" | "gifv" | "video" | "audio";
  readonly mimeType: string;
  readonly size: number;
  readonly fileName: string;
  readonly description: string | null;
  /** False while Mastodon processes it (video, GIF): `url` is null and a status cannot take it yet. */
  processed: boolean;
  /** How many more `GET /api/v1/media/:id` answer 206 before it is processed. */
  pollsLeft: number;
  /** The status it was attached to; then `GET /api/v1/media/:id` answers 404. */
  statusId?: string;
}

/** A notification of our account. */
export interface StoredNotification {
  readonly id: string;
  readonly type: "mention";
  /** Who caused it. */
  readonly accountId: string;
  readonly statusId: string;
  /** Epoch ms. */
  readonly createdAt: number;
}

/** Everything the fake instance holds. */
export interface FakeMastodonState {
  readonly settings: FakeMastodonSettings;
  readonly me: FakeAccount;
  readonly accounts: Map<string, FakeAccount>;
  readonly statuses: Map<string, StoredStatus>;
  readonly media: Map<string, StoredMedia>;
  readonly notifications: StoredNotification[];
  /** Idempotency keys of our account: key → status id and when it was stored (epoch ms). */
  readonly idempotencyKeys: Map<string, { readonly statusId: string; readonly at: number }>;
  /** Registered apps, authorisation codes and access tokens. */
  readonly oauth: FakeOAuthState;
  /** A new Snowflake-like id: `(ms << 16) | sequence`, always above the last one. */
  nextId(): string;
  /** A new notification id: a growing number, as Mastodon's. */
  nextNotificationId(): string;
  /** Accounts whose mentions become links. */
  knownAccounts(): KnownAccount[];
  /** A status that is there (not deleted). */
  liveStatus(id: string | undefined | null): StoredStatus | undefined;
}

/**
 * The state as a request of `account` sees it: "our account" (`me`) is the
 * one the request's token acts for; everything else is shared.
 */
export function stateAs(state: FakeMastodonState, account: FakeAccount): FakeMastodonState {
  return account === state.me ? state : { ...state, me: account };
}

/** A fresh instance with our account "musterstadt" and its default profile. */
export function createFakeMastodonState(settings: FakeMastodonSettings): FakeMastodonState {
  let lastId = 0n;
  let sequence = 0n;
  let notificationId = 41_000n;
  const nextId = (): string => {
    sequence = (sequence + 1n) & 0xffffn;
    let id = (BigInt(Math.floor(settings.now())) << 16n) | sequence;
    if (id <= lastId) id = lastId + 1n;
    lastId = id;
    return String(id);
  };
  const { domain } = settings;
  const me: FakeAccount = {
    id: nextId(),
    username: "musterstadt",
    domain,
    acct: "musterstadt",
    url: `https://${domain}/@musterstadt`,
    uri: `https://${domain}/users/musterstadt`,
    displayName: "Stadt Musterstadt",
    createdAt: Date.UTC(2022, 10, 7),
    local: true,
    followers: 1234,
    following: 12,
    note: "Offizieller Account der Stadt Musterstadt.\n\nImpressum: https://www.musterstadt.example/impressum",
    fields: [{ name: "Impressum", value: "https://www.musterstadt.example/impressum" }],
  };
  const accounts = new Map<string, FakeAccount>([[me.id, me]]);
  const statuses = new Map<string, StoredStatus>();
  return {
    settings,
    me,
    accounts,
    statuses,
    media: new Map(),
    notifications: [],
    idempotencyKeys: new Map(),
    oauth: createFakeOAuthState(),
    nextId,
    nextNotificationId: () => String(++notificationId),
    knownAccounts: () => [...accounts.values()],
    liveStatus: (id) => {
      const status = id === undefined || id === null ? undefined : statuses.get(id);
      return status && !status.deleted ? status : undefined;
    },
  };
}
