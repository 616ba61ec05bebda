import { countingRuleSchema, MediaKindSchema, MetricNameSchema } from "@kommune-sm/core";
import { z } from "zod";

const positiveInteger = z.number().int().positive();

const windowMessage = "must be a whole number of milliseconds above 0 (Mastodon's one hour: 3600000)";
/** A positive whole number of milliseconds, with one message for every way of missing it (a string, 0, 1.5, Infinity). */
const windowMs = z.number({ error: windowMessage }).int({ error: windowMessage }).positive({ error: windowMessage });
const unique = <T>(items: readonly T[]) => new Set(items).size === items.length;

const rateLimitOperations = ["publish", "delete", "lookup", "metrics", "interactions", "reply", "profile"] as const;

/**
 * Schema of `NetworkCapabilitiesV1`, stricter than the type: limits are
 * positive, lists have no duplicates, a network that takes media takes at
 * least one item, one that replies can fetch something to reply to, and an
 * idempotency window is declared only by a network that dedupes by key.
 * Unknown fields are errors, so that a misspelt capability is not silently
 * ignored.
 *
 * @example
 * ```ts
 * const result = networkCapabilitiesV1Schema.safeParse(adapter.capabilities);
 * if (!result.success) console.error(result.error.issues);
 * ```
 */
export const networkCapabilitiesV1Schema = z.strictObject({
  /** How the network counts text; every limit must be positive. */
  text: countingRuleSchema.refine((rule) => rule.limits.every((limit) => limit.max > 0), "every text limit must be positive"),
  /** What media a post may carry; `maxItems` is 0 exactly when `kinds` is empty. */
  media: z
    .strictObject({
      /** Media kinds the network accepts, without repeats; empty: text only. */
      kinds: z.array(z.enum(MediaKindSchema.options)).refine(unique, "media kinds must not repeat"),
      /** Most media items in one post. */
      maxItems: z.number().int().nonnegative(),
      /** Largest file per kind, in bytes, if documented. */
      maxBytes: z.partialRecord(z.enum(MediaKindSchema.options), positiveInteger).optional(),
      /** Whether alt text is required, possible or impossible. */
      altText: z.enum(["required", "supported", "unsupported"]),
      /** Longest alt text the network accepts, in characters. */
      altTextMaxLength: positiveInteger.optional(),
      /** Whether images and videos may be mixed in one post. */
      mixedKinds: z.boolean().optional(),
    })
    .refine((media) => (media.kinds.length === 0) === (media.maxItems === 0), "maxItems is 0 exactly when kinds is empty"),
  /** Posts can be chained into threads. */
  threads: z.boolean(),
  /** The network can publish a post at a later time itself. */
  nativeScheduling: z.boolean(),
  /** A published post can be edited. */
  edit: z.boolean(),
  /** A published post can be deleted through the API. */
  delete: z.boolean(),
  /** Known metric names the adapter can fetch, without repeats. */
  metrics: z.array(MetricNameSchema).refine(unique, "metric names must not repeat"),
  /** What can be fetched and answered; `reply` needs at least one kind to fetch. */
  interactions: z
    .strictObject({
      /** Comments under our posts can be fetched. */
      comments: z.boolean(),
      /** Mentions of the account elsewhere can be fetched. */
      mentions: z.boolean(),
      /** Direct messages can be fetched. */
      directMessages: z.boolean(),
      /** We can reply through the adapter. */
      reply: z.boolean()
    })
    .refine((i) => !i.reply || i.comments || i.mentions || i.directMessages, "reply needs something to reply to: comments, mentions or directMessages"),
  /** How a repeated publish is kept from posting twice. */
  idempotency: z.enum(["native", "lookup", "none"]),
  /** Documented rate limits; the engine keeps below them. */
  rateLimits: z.array(
    z.strictObject({
      /** Most requests allowed within the window. */
      requests: positiveInteger,
      /** Length of the window, in milliseconds. */
      perMilliseconds: positiveInteger,
      /** Whom the limit binds: one account (token), or the whole app. */
      scope: z.enum(["account", "app"]),
      /** Which operations count against it, at least one, without repeats; default: all. */
      operations: z.array(z.enum(rateLimitOperations)).min(1).refine(unique, "operations must not repeat").optional(),
    }),
  ),
  /** The account's profile can be read (for the imprint check). */
  profile: z.boolean(),
  /** How long a "native" network honours an idempotency key (ms); only with idempotency "native". */
  idempotencyWindowMs: windowMs.optional(),
  /** The network shows a content warning before a post's text. */
  contentWarnings: z.boolean().optional(),
}).superRefine(
  (capabilities, ctx) => {
    if (capabilities.idempotencyWindowMs !== undefined && capabilities.idempotency !== "native") {
      ctx.addIssue({
        code: "custom",
        path: ["idempotencyWindowMs"],
        input: capabilities.idempotencyWindowMs,
        message: `is declared only for idempotency "native" (a network that dedupes by key itself); with "${capabilities.idempotency}" the engine looks up before every repeat anyway`,
      });
    }
  },
  // Run even when unrelated fields are wrong, so every problem shows at once; not when the two fields it reads are.
  {
    when: (payload) =>
      typeof payload.value === "object" && payload.value !== null && !payload.issues.some((issue) => issue.path?.[0] === "idempotency" || issue.path?.[0] === "idempotencyWindowMs"),
  },
);
