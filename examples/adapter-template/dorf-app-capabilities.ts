import { defineCountingRule } from "@kommune-sm/core";
import type { NetworkCapabilitiesV1 } from "@kommune-sm/network";

/**
 * How the Dorf-App counts a post's text (README, "Limits"): at most 1,000
 * characters as a reader sees them (grapheme clusters) and at most 4,000
 * UTF-8 bytes; every http(s) link counts as 30 characters, because the app
 * shows links as short cards.
 */
export const DORF_APP_COUNTING_RULE = defineCountingRule({
  network: "dorf-app",
  unit: "graphemes",
  limits: [
    { unit: "graphemes", max: 1000 },
    { unit: "utf8-bytes", max: 4000 },
  ],
  urlLength: 30,
  source: "Dorf-App API v1, README of examples/adapter-template, section Limits",
});

/**
 * How long the Dorf-App honours an `Idempotency-Key`: 30 days from the post
 * that first carried it (README, section "Idempotency": "A repeat with a key
 * the API has seen in the last **30 days** does nothing and answers `200`
 * with the earlier result"; the fake server keeps each key with the time of
 * that post and forgets it 30 days later, `KEY_RETENTION_MS` in
 * fake-dorf-app.ts). A repeat does not renew it.
 */
export const DORF_APP_KEY_RETENTION_MS = 30 * 24 * 60 * 60_000;

/**
 * What the Dorf-App can do, as data. Scoring, reporting and the engine read
 * this instead of asking the adapter, and the conformance kit holds the
 * adapter to it: every number here is one the kit tests against the network.
 */
export const DORF_APP_CAPABILITIES: NetworkCapabilitiesV1 = {
  text: DORF_APP_COUNTING_RULE,
  media: {
    kinds: ["image", "video"],
    maxItems: 4,
    maxBytes: { image: 5_000_000, video: 50_000_000 },
    // The app is used by many older residents with screen readers: the API refuses media without a description.
    altText: "required",
    altTextMaxLength: 1000,
    mixedKinds: false,
  },
  threads: false,
  nativeScheduling: false,
  edit: false,
  delete: true,
  metrics: ["impressions", "likes", "comments", "followers"],
  interactions: { comments: true, mentions: false, directMessages: false, reply: true },
  // POST /v1/posts takes an Idempotency-Key and answers a repeat with the earlier post,
  // for 30 days (README, "Idempotency"); after that the engine looks the post up before it sends again.
  idempotency: "native",
  idempotencyWindowMs: DORF_APP_KEY_RETENTION_MS,
  rateLimits: [{ requests: 60, perMilliseconds: 60_000, scope: "account" }],
  profile: true,
};
