import { InstantSchema, isWellFormedText, safeValidate } from "@kommune-sm/core";
import { z } from "zod";
import type { LookupResultV1, PublishResultV1 } from "./requests-v1.js";
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
  z.object({ status: z.literal("found"), remoteId: RemoteIdSchema, url: PostUrlSchema.optional() }),
  z.object({ status: z.literal("not-found") }),
  z.object({ status: z.literal("unknown"), reason: ReasonTextSchema }),
]);

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
  const issues = result.error.issues.map((issue) => `${issue.path || "(the result)"}: ${issue.message}`).join("; ");
  throw new AdapterDefectError(adapterId, operation, `resolved with a malformed result (${issues})`);
}
