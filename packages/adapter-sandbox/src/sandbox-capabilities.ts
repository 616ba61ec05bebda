import { defineCountingRule, type CountingRule } from "@kommune-sm/core";
import type { NetworkCapabilitiesV1 } from "@kommune-sm/network";

/**
 * How the sandbox counts text: 500 grapheme clusters, every URL as 23 and a
 * mention `@user@domain` as `@user`, and a post's content warning counted
 * together with its text (as written, its links not shortened), the way
 * Mastodon does by default, so that staff practise with a realistic rule.
 */
export const SANDBOX_COUNTING_RULE: CountingRule = /* @__PURE__ */ defineCountingRule({
  network: "sandbox",
  unit: "graphemes",
  limits: [{ unit: "graphemes", max: 500 }],
  urlLength: 23,
  mentionCountsUsernameOnly: true,
  contentWarningCounts: true,
  source: "kommune-sm sandbox: modelled on Mastodon's default (500 graphemes, URLs as 23, content warning counted with the text)",
});

/** A rate limit: at most `requests` calls within any `perMilliseconds`. */
export interface SandboxRateLimit {
  /** Calls allowed within the window. */
  readonly requests: number;
  /** Length of the sliding window, in milliseconds. */
  readonly perMilliseconds: number;
}

/** The sandbox's default rate limit: 300 calls per 5 minutes per account, like Mastodon. */
export const SANDBOX_DEFAULT_RATE_LIMIT: SandboxRateLimit = Object.freeze({ requests: 300, perMilliseconds: 5 * 60_000 });

/** The metrics the sandbox simulates; `followers` is about the account, the rest about posts. */
export const SANDBOX_METRICS = ["impressions", "reach", "likes", "shares", "comments", "clicks", "followers"] as const;

/** Largest file per media kind, in bytes. */
const maxBytes = { image: 16 * 1024 * 1024, gif: 16 * 1024 * 1024, video: 99 * 1024 * 1024 } as const;

/**
 * The sandbox's capabilities as data. Alt text is required (training for
 * BITV 2.0), idempotency is native (the same key never makes a second post,
 * however late: the sandbox keeps every key, so it declares no
 * `idempotencyWindowMs`), and posts may carry a content warning, shown
 * before the text as on Mastodon.
 *
 * @param rateLimit the enforced limit, or `false` for none (benchmarks)
 */
export function sandboxCapabilities(
  rateLimit: SandboxRateLimit | false = SANDBOX_DEFAULT_RATE_LIMIT,
): NetworkCapabilitiesV1 {
  return {
    text: SANDBOX_COUNTING_RULE,
    media: { kinds: ["image", "video", "gif"], maxItems: 4, maxBytes, altText: "required", altTextMaxLength: 1500, mixedKinds: false },
    threads: false,
    nativeScheduling: false,
    edit: false,
    delete: true,
    metrics: SANDBOX_METRICS,
    interactions: { comments: true, mentions: true, directMessages: false, reply: true },
    idempotency: "native",
    rateLimits: rateLimit === false ? [] : [{ requests: rateLimit.requests, perMilliseconds: rateLimit.perMilliseconds, scope: "account" }],
    profile: true,
    contentWarnings: true,
  };
}
