import { COUNTING_RULES, defineCountingRule, defineMetricKinds } from "@kommune-sm/core";
import type { ChannelCapabilitiesV1, MediaCapabilitiesV1, NetworkCapabilitiesV1 } from "@kommune-sm/network";
import type { MastodonInstance } from "./mastodon-responses.js";

const MIB = 1024 * 1024;

/**
 * How long Mastodon honours an `Idempotency-Key`: one hour from the status
 * it created ("Idempotency keys are stored for up to 1 hour",
 * https://docs.joinmastodon.org/methods/statuses/#create; PostStatusService
 * keeps it with `redis.setex(key, 3_600, status.id)` and a repeat does not
 * renew it).
 */
export const MASTODON_KEY_WINDOW_MS = 3_600_000;

/**
 * The kinds of the adapter's own metrics, for `accruedWithin` and friends:
 * `quotes`, how often a status was quoted (Mastodon 4.5 and later report
 * `quotes_count`; older instances leave it out, and so does the adapter).
 */
export const MASTODON_METRIC_KINDS = defineMetricKinds({ quotes: "counter" });

/** Mastodon's default media limits (`GET /api/v2/instance` tells each instance's own). */
export const MASTODON_DEFAULT_MEDIA: MediaCapabilitiesV1 = {
  kinds: ["image", "gif", "video"],
  maxItems: 4,
  maxBytes: { image: 16 * MIB, gif: 16 * MIB, video: 99 * MIB },
  altText: "supported",
  altTextMaxLength: 1500,
  // PostStatusService refuses a video or audio beside anything else (`images_and_video`).
  mixedKinds: false,
};

/**
 * What a Mastodon account can do, with Mastodon's defaults; an instance's
 * own limits (`max_characters`, media sizes) come per account through
 * `capabilitiesFor`.
 *
 * Rate limits, from Mastodon's config/initializers/rack_attack.rb and
 * https://docs.joinmastodon.org/api/rate-limits/: 300 requests per 5
 * minutes per token for everything; 30 media uploads per 30 minutes (a
 * publish with media uploads each file, so it is declared per publish and a
 * 429 with its reset time covers the rest); 30 deletions per 30 minutes;
 * 300 new statuses per 3 hours per account (RateLimiter `statuses`).
 */
export const MASTODON_CAPABILITIES: NetworkCapabilitiesV1 = {
  text: COUNTING_RULES.mastodon,
  media: MASTODON_DEFAULT_MEDIA,
  threads: true,
  // Mastodon can hold a status (`scheduled_at`), but the engine schedules itself: that keeps withdrawal and quiet periods in one place.
  nativeScheduling: false,
  edit: false,
  delete: true,
  metrics: ["likes", "shares", "comments", "quotes", "followers"],
  interactions: { comments: true, mentions: true, directMessages: true, reply: true },
  idempotency: "native",
  idempotencyWindowMs: MASTODON_KEY_WINDOW_MS,
  rateLimits: [
    { requests: 300, perMilliseconds: 5 * 60_000, scope: "account" },
    { requests: 30, perMilliseconds: 30 * 60_000, scope: "account", operations: ["publish"] },
    { requests: 30, perMilliseconds: 30 * 60_000, scope: "account", operations: ["delete"] },
    { requests: 300, perMilliseconds: 3 * 3_600_000, scope: "account", operations: ["publish", "reply"] },
  ],
  profile: true,
  contentWarnings: true,
};

/**
 * An account's capabilities from its instance's `GET /api/v2/instance`
 * (`configuration.statuses`, `configuration.media_attachments`): what it
 * reports replaces Mastodon's defaults, what it leaves out keeps them.
 */
export function capabilitiesFromInstance(instance: MastodonInstance): ChannelCapabilitiesV1 {
  const statuses = instance.configuration?.statuses;
  const media = instance.configuration?.media_attachments;
  const max = statuses?.max_characters ?? 500;
  const urlLength = statuses?.characters_reserved_per_url ?? 23;
  const text = defineCountingRule({ ...COUNTING_RULES.mastodon, limits: [{ unit: "graphemes", max }], urlLength });
  const maxBytes = { ...MASTODON_DEFAULT_MEDIA.maxBytes };
  if (media?.image_size_limit !== undefined) {
    maxBytes.image = media.image_size_limit;
    maxBytes.gif = media.image_size_limit;
  }
  if (media?.video_size_limit !== undefined) maxBytes.video = media.video_size_limit;
  const supported = media?.supported_mime_types;
  const kinds = supported === undefined ? MASTODON_DEFAULT_MEDIA.kinds : MASTODON_DEFAULT_MEDIA.kinds.filter((kind) => supported.some((type) => type.startsWith(kind === "video" ? "video/" : "image/")));
  return {
    text,
    media: {
      kinds,
      maxItems: statuses?.max_media_attachments ?? MASTODON_DEFAULT_MEDIA.maxItems,
      maxBytes,
      ...(media?.description_limit ? { altTextMaxLength: media.description_limit } : {}),
    },
  };
}
