import { countingRuleSchema, InstantSchema, isWellFormedText, MediaKindSchema, MetricNameSchema, safeValidate } from "@kommune-sm/core";
import { z } from "zod";
import type { InteractionsPageV1, InteractionV1, LookupResultV1, MetricSampleV1, ProfileV1, PublishResultV1 } from "./requests-v1.js";
import type { ChannelCapabilitiesV1 } from "./capabilities-v1.js";
import { AdapterDefectError } from "./adapter-defect.js";

const wellFormed = isWellFormedText;

// Ids and reasons come from outside; generous limits keep a broken adapter
// from filling the outbox and the audit log.
const RemoteIdSchema = z.string().min(1).max(1_000).refine((value) => value.trim() === value && wellFormed(value), "must be well-formed text without surrounding white space");
const ReasonTextSchema = z.string().min(1).max(2_000).refine(wellFormed, "must be well-formed text");

// A link a UI will render: any absolute URL (a practice network has its own
// scheme), but none that runs code or reads local files when clicked.
const UNSAFE_SCHEMES = new Set(["javascript:", "data:", "vbscript:", "file:", "blob:"]);
const PostUrlSchema = z
  .string()
  .max(2_048)
  .refine((value) => {
    if (!URL.canParse(value)) return false;
    const scheme = new URL(value).protocol.toLowerCase();
    return !UNSAFE_SCHEMES.has(scheme);
  }, "must be an absolute URL that is not javascript:, data:, vbscript:, file: or blob:");

/** A `PublishWarningV1` as the spec allows it. */
export const publishWarningV1Schema = z.object({
  type: z.enum(["unsupported-feature", "content-adjusted", "other"]),
  feature: z.string().min(1).max(100).optional(),
  message: ReasonTextSchema,
});

/** What `publish` (and `reply`) must resolve with; see {@link PublishResultV1}. */
export const publishResultV1Schema = z.object({
  remoteId: RemoteIdSchema,
  url: PostUrlSchema.optional(),
  publishedAt: InstantSchema.optional(),
  warnings: z.array(publishWarningV1Schema).max(50).optional(),
});

/** What `lookup` must resolve with; see {@link LookupResultV1}. */
export const lookupResultV1Schema = z.discriminatedUnion("status", [
  z.object({ status: z.literal("found"), remoteId: RemoteIdSchema, url: PostUrlSchema.optional(), publishedAt: InstantSchema.optional() }),
  z.object({ status: z.literal("not-found") }),
  z.object({ status: z.literal("unknown"), reason: ReasonTextSchema }),
]);

// What a network reports about citizens' messages and metrics: bounded like
// the model that stores it, so a broken adapter cannot fill the store.
const InteractionRemoteIdSchema = RemoteIdSchema.max(512);
const TextSchema = (max: number, min = 0) => z.string().min(min).max(max).refine(wellFormed, "must be well-formed text");

/** One `InteractionV1` as the spec allows it. */
export const interactionV1Schema = z.object({
  remoteId: InteractionRemoteIdSchema,
  kind: z.enum(["comment", "reply", "mention", "direct-message"]),
  inReplyToRemoteId: InteractionRemoteIdSchema.optional(),
  author: z.object({ handle: TextSchema(256, 1), displayName: TextSchema(200).optional() }),
  text: TextSchema(100_000),
  language: z.string().min(2).max(35).regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, "must be a BCP 47 language tag").optional(),
  receivedAt: InstantSchema,
  url: PostUrlSchema.optional(),
});

/** The most interactions one page may carry, and the longest cursor. */
export const INTERACTION_PAGE_LIMITS = { maxInteractions: 1_000, maxCursorLength: 4_096 } as const;

/** What `fetchInteractions` must resolve with; see {@link InteractionsPageV1}. */
export const interactionsPageV1Schema = z
  .object({
    interactions: z.array(interactionV1Schema).max(INTERACTION_PAGE_LIMITS.maxInteractions),
    nextCursor: z.string().min(1).max(INTERACTION_PAGE_LIMITS.maxCursorLength).refine(wellFormed, "must be well-formed text").optional(),
  })
  .refine((page) => page.interactions.length === 0 || page.nextCursor !== undefined, { message: "a page with interactions must have a nextCursor", path: ["nextCursor"] });

/** The page's frame, checked as a whole; its items are checked one by one. */
const interactionsPageFrameSchema = z
  .object({
    interactions: z.array(z.unknown()).max(INTERACTION_PAGE_LIMITS.maxInteractions),
    nextCursor: z.string().min(1).max(INTERACTION_PAGE_LIMITS.maxCursorLength).refine(wellFormed, "must be well-formed text").optional(),
  })
  .refine((page) => page.interactions.length === 0 || page.nextCursor !== undefined, { message: "a page with interactions must have a nextCursor", path: ["nextCursor"] });

/** An interaction of a page that broke the spec's rules for items: left out, and reported. */
export interface RefusedInteractionV1 {
  /** Its remote id, if it had a readable one (at most 200 characters). */
  readonly remoteId?: string;
  /** What was wrong, for the person who reads the collector's report. */
  readonly reason: string;
}

/** A checked page: the interactions that keep the spec, and those left out. */
export interface CheckedInteractionsPageV1 extends InteractionsPageV1 {
  /** Interactions left out because they broke the spec's rules for items. */
  readonly refused: readonly RefusedInteractionV1[];
}

/** One `MetricSampleV1` as the spec allows it. */
export const metricSampleV1Schema = z.object({
  remoteId: RemoteIdSchema.optional(),
  at: InstantSchema,
  metric: MetricNameSchema,
  value: z.number().finite(),
});

/** What `fetchMetrics` must resolve with: at most 50,000 samples. */
export const metricSamplesV1Schema = z.array(metricSampleV1Schema).max(50_000);

/** What `readProfile` must resolve with; see {@link ProfileV1}. */
export const profileV1Schema = z.object({
  handle: TextSchema(256, 1),
  displayName: TextSchema(200).optional(),
  bio: TextSchema(20_000).optional(),
  links: z.array(TextSchema(2_048)).max(100),
  url: PostUrlSchema.optional(),
});

/**
 * Checks what an adapter's operation resolved with against the spec and
 * returns it cleaned (unknown fields dropped); throws an
 * {@link AdapterDefectError} naming each wrong field otherwise. The engine
 * never stores or emits an adapter's result unchecked.
 */
export function checkPublishResult(adapterId: string, operation: "publish" | "reply", raw: unknown): PublishResultV1 {
  return check(publishResultV1Schema, adapterId, operation, raw) as PublishResultV1;
}

/** {@link checkPublishResult} for `lookup`. */
export function checkLookupResult(adapterId: string, raw: unknown): LookupResultV1 {
  return check(lookupResultV1Schema, adapterId, "lookup", raw) as LookupResultV1;
}

/**
 * {@link checkPublishResult} for `fetchInteractions`, with one difference:
 * the page's frame (at most 1,000 items, a cursor) is checked as a whole,
 * but its items one by one. Texts with lone surrogates are repaired (U+FFFD);
 * an item that still breaks the rules is left out and reported in
 * `refused`, so one bad message cannot stop a channel's inbox.
 */
export function checkInteractionsPage(adapterId: string, raw: unknown): CheckedInteractionsPageV1 {
  const frame = check(interactionsPageFrameSchema, adapterId, "fetchInteractions", raw) as { interactions: unknown[]; nextCursor?: string };
  const interactions: InteractionV1[] = [];
  const refused: RefusedInteractionV1[] = [];
  for (const item of frame.interactions) {
    let parsed: ReturnType<typeof interactionV1Schema.safeParse>;
    try {
      parsed = interactionV1Schema.safeParse(repairTexts(item));
    } catch {
      refused.push({ reason: "the interaction cannot be read (a getter or proxy threw)" });
      continue;
    }
    if (parsed.success) {
      interactions.push(parsed.data as InteractionV1);
      continue;
    }
    const remoteId = readRemoteId(item);
    refused.push({ ...(remoteId !== undefined ? { remoteId } : {}), reason: parsed.error.issues.slice(0, 3).map((issue) => `${issue.path.join(".") || "(the item)"}: ${issue.message}`).join("; ") });
  }
  return { interactions, ...(frame.nextCursor !== undefined ? { nextCursor: frame.nextCursor } : {}), refused };
}

/** A copy of an item with its texts made well-formed (a lone surrogate becomes U+FFFD): a citizen's emoji cut in half is no reason to lose the message. */
function repairTexts(item: unknown): unknown {
  if (typeof item !== "object" || item === null || Array.isArray(item)) return item;
  const record = item as Record<string, unknown>;
  const fix = (value: unknown) => (typeof value === "string" ? wellFormedText(value) : value);
  const author = record["author"];
  return {
    ...record,
    text: fix(record["text"]),
    ...(typeof author === "object" && author !== null ? { author: { ...(author as Record<string, unknown>), handle: fix((author as Record<string, unknown>)["handle"]), displayName: fix((author as Record<string, unknown>)["displayName"]) } } : {}),
  };
}

// String.prototype.toWellFormed, which the compile target's library does not declare yet.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function wellFormedText(text: string): string {
  return wellFormed(text) ? text : text.replace(LONE_SURROGATE, "\uFFFD");
}

function readRemoteId(item: unknown): string | undefined {
  try {
    const value = typeof item === "object" && item !== null ? (item as Record<string, unknown>)["remoteId"] : undefined;
    return typeof value === "string" ? wellFormedText(value.slice(0, 200)) : undefined;
  } catch {
    return undefined;
  }
}

/** {@link checkPublishResult} for `fetchMetrics`. */
export function checkMetricSamples(adapterId: string, raw: unknown): readonly MetricSampleV1[] {
  return check(metricSamplesV1Schema, adapterId, "fetchMetrics", raw) as MetricSampleV1[];
}

// An account's answer comes from outside: bounded, and never laxer than any
// network plausibly is — a misread field (10^9 characters) would let every
// post pass scheduling and fail only when it is due, when nobody can fix it.
const ANSWER_BOUNDS = { textMax: 1_000_000, maxItems: 20, altTextMax: 100_000, maxBytes: 10 * 1024 ** 3 } as const;

/** What `capabilitiesFor` must resolve with; see {@link ChannelCapabilitiesV1}. */
export const channelCapabilitiesV1Schema = z.strictObject({
  text: countingRuleSchema
    .safeExtend({
      network: z.string().min(1).max(100),
      source: z.string().max(2_048).optional(),
      limits: z.array(z.object({ unit: countingRuleSchema.shape.limits.element.shape.unit, max: z.number().int().positive().max(ANSWER_BOUNDS.textMax) })).min(1).max(8),
    })
    .strict()
    .optional(),
  media: z
    .strictObject({
      kinds: z.array(z.enum(MediaKindSchema.options)).max(MediaKindSchema.options.length).refine((kinds) => new Set(kinds).size === kinds.length, "media kinds must not repeat").optional(),
      maxItems: z.number().int().nonnegative().max(ANSWER_BOUNDS.maxItems).optional(),
      maxBytes: z.partialRecord(z.enum(MediaKindSchema.options), z.number().int().positive().max(ANSWER_BOUNDS.maxBytes)).optional(),
      altText: z.enum(["required", "supported", "unsupported"]).optional(),
      altTextMaxLength: z.number().int().positive().max(ANSWER_BOUNDS.altTextMax).optional(),
      mixedKinds: z.boolean().optional(),
    })
    .optional(),
  maxAgeMs: z.number().int().positive().max(30 * 86_400_000).optional(),
});

/** {@link checkPublishResult} for `capabilitiesFor`. */
export function checkChannelCapabilities(adapterId: string, raw: unknown): ChannelCapabilitiesV1 {
  return check(channelCapabilitiesV1Schema, adapterId, "capabilitiesFor", raw) as ChannelCapabilitiesV1;
}

/** {@link checkPublishResult} for `readProfile`. */
export function checkProfile(adapterId: string, raw: unknown): ProfileV1 {
  return check(profileV1Schema, adapterId, "readProfile", raw) as ProfileV1;
}

/** `delete` resolves with nothing; anything else is tolerated (some clients return the deleted object) but ignored. */
export function checkDeleteResult(): void {}

function check(schema: z.ZodType, adapterId: string, operation: string, raw: unknown): unknown {
  let result: ReturnType<typeof safeValidate>;
  try {
    result = safeValidate(schema, raw, { locale: "en", entity: `${operation} result` });
  } catch {
    // A getter or a proxy trap threw while the result was read.
    throw new AdapterDefectError(adapterId, operation, "resolved with a result that cannot be read (a getter or proxy threw)");
  }
  if (result.success) return result.data;
  // The first few issues say what is wrong; a page of a thousand bad items must not make a message of a thousand lines.
  const all = result.error.issues;
  const issues = all.slice(0, 5).map((issue) => `${issue.path || "(the result)"}: ${issue.message}`).join("; ") + (all.length > 5 ? `; and ${all.length - 5} more` : "");
  throw new AdapterDefectError(adapterId, operation, `resolved with a malformed result (${issues})`);
}
