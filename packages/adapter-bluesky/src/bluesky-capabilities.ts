import { COUNTING_RULES, defineMetricKinds } from "@kommune-sm/core";
import type { NetworkCapabilitiesV1 } from "@kommune-sm/network";

/** The largest image blob a post may embed (app.bsky.embed.images, `image` maxSize 1,000,000 bytes). */
export const BLUESKY_MAX_IMAGE_BYTES = 1_000_000;

/** The kinds of the adapter's own metrics: `quotes`, how often a post was quoted (`quoteCount`). */
export const BLUESKY_METRIC_KINDS = defineMetricKinds({ quotes: "counter" });

/**
 * What a Bluesky account can do through the adapter.
 *
 * - Text: 300 graphemes and 3000 UTF-8 bytes, both enforced
 *   (lexicons/app/bsky/feed/post.json); links, mentions and hashtags become
 *   facets with byte offsets.
 * - Images only (up to four, alt text, aspect ratio): videos need Bluesky's
 *   separate video service, which this adapter does not use yet.
 * - Idempotency is certain and has no window: the record key is derived from
 *   the idempotency key, so a repeat can never make a second post, and
 *   lookup asks for exactly that record.
 * - Rate limits (https://docs.bsky.app/docs/advanced-guides/rate-limits):
 *   the PDS allows 5,000 points an hour per account for writes, a created
 *   record costing 3 (so 1,666 an hour), and 3,000 requests per 5 minutes
 *   per IP address for everything.
 */
export const BLUESKY_CAPABILITIES: NetworkCapabilitiesV1 = {
  text: COUNTING_RULES.bluesky,
  media: { kinds: ["image"], maxItems: 4, maxBytes: { image: BLUESKY_MAX_IMAGE_BYTES }, altText: "supported", mixedKinds: false },
  threads: true,
  nativeScheduling: false,
  edit: false,
  delete: true,
  metrics: ["likes", "shares", "comments", "quotes", "followers"],
  interactions: { comments: true, mentions: true, directMessages: false, reply: true },
  idempotency: "native",
  rateLimits: [
    { requests: 1_666, perMilliseconds: 3_600_000, scope: "account", operations: ["publish", "reply", "delete"] },
    { requests: 3_000, perMilliseconds: 5 * 60_000, scope: "app" },
  ],
  profile: true,
  contentWarnings: false,
};
