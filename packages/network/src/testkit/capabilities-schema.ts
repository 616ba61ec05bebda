import { countingRuleSchema, MediaKindSchema, MetricNameSchema } from "@kommune-sm/core";
import { z } from "zod";

const positiveInteger = z.number().int().positive();
const unique = <T>(items: readonly T[]) => new Set(items).size === items.length;

const rateLimitOperations = ["publish", "delete", "lookup", "metrics", "interactions", "reply", "profile"] as const;

/**
 * Schema of `NetworkCapabilitiesV1`, stricter than the type: limits are
 * positive, lists have no duplicates, a network that takes media takes at
 * least one item, and one that replies can fetch something to reply to.
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
  text: countingRuleSchema.refine((rule) => rule.limits.every((limit) => limit.max > 0), "every text limit must be positive"),
  media: z
    .strictObject({
      kinds: z.array(z.enum(MediaKindSchema.options)).refine(unique, "media kinds must not repeat"),
      maxItems: z.number().int().nonnegative(),
      maxBytes: z.partialRecord(z.enum(MediaKindSchema.options), positiveInteger).optional(),
      altText: z.enum(["required", "supported", "unsupported"]),
      altTextMaxLength: positiveInteger.optional(),
      mixedKinds: z.boolean().optional(),
    })
    .refine((media) => (media.kinds.length === 0) === (media.maxItems === 0), "maxItems is 0 exactly when kinds is empty"),
  threads: z.boolean(),
  nativeScheduling: z.boolean(),
  edit: z.boolean(),
  delete: z.boolean(),
  metrics: z.array(MetricNameSchema).refine(unique, "metric names must not repeat"),
  interactions: z
    .strictObject({ comments: z.boolean(), mentions: z.boolean(), directMessages: z.boolean(), reply: z.boolean() })
    .refine((i) => !i.reply || i.comments || i.mentions || i.directMessages, "reply needs something to reply to: comments, mentions or directMessages"),
  idempotency: z.enum(["native", "lookup", "none"]),
  rateLimits: z.array(
    z.strictObject({
      requests: positiveInteger,
      perMilliseconds: positiveInteger,
      scope: z.enum(["account", "app"]),
      operations: z.array(z.enum(rateLimitOperations)).min(1).refine(unique, "operations must not repeat").optional(),
    }),
  ),
  profile: z.boolean(),
});
