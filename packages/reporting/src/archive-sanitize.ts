import type { JsonValue } from "@kommune-sm/core";

/** What replaces a secret in the archive. */
export const REDACTED = "[redacted]";

// Compared without case and without separators: accessToken, access_token,
// X-Api-Key, client-secret, app_password, privateKeyPem ...
const SECRET_WORDS = ["secret", "password", "passwd", "passphrase", "apikey", "privatekey", "credential"];
const SECRET_ENDINGS = ["token", "cookie", "authorization", "sessionid", "bearer", "signingkey"];

/**
 * Whether a field's name says it holds a secret: it contains `secret`,
 * `password`, `passphrase`, `apikey`, `privatekey` or `credential`, or ends
 * in `token`, `cookie`, `authorization`, `sessionid`, `bearer` or
 * `signingkey` — compared without case and separators, so `access_token`,
 * `X-Api-Key` and `clientSecret` all are.
 */
export function isSecretFieldName(name: string): boolean {
  const plain = name.toLowerCase().replace(/[^a-z0-9]/g, "");
  return SECRET_WORDS.some((word) => plain.includes(word)) || SECRET_ENDINGS.some((ending) => plain.endsWith(ending));
}

/** Where redactions are counted, and the secret values to look for. */
export interface Redaction {
  /** Paths redacted so far. */
  readonly paths: string[];
  /** Values that must not appear anywhere (at least 8 characters each). */
  readonly values: readonly string[];
}

const join = (path: string, key: string | number): string => (path === "" ? String(key) : `${path}.${key}`);

/**
 * A JSON copy of `value` in which every field named like a secret holds
 * {@link REDACTED} and every occurrence of a secret value in a string is
 * replaced by it; each replacement's path is added to `redaction.paths`.
 * What JSON cannot hold (functions, symbols, non-finite numbers) is left out.
 */
export function redact(value: unknown, path: string, redaction: Redaction): JsonValue | undefined {
  if (value === null) return null;
  switch (typeof value) {
    case "string": {
      let text = value;
      for (const secret of redaction.values) if (text.includes(secret)) text = text.split(secret).join(REDACTED);
      if (text !== value) redaction.paths.push(path);
      return text;
    }
    case "number":
      return Number.isFinite(value) ? value : undefined;
    case "boolean":
      return value;
    case "object":
      break;
    default:
      return undefined;
  }
  if (Array.isArray(value)) return value.map((item: unknown, index) => redact(item, join(path, index), redaction) ?? null);
  const copy: Record<string, JsonValue> = {};
  for (const [key, field] of Object.entries(value as Record<string, unknown>)) {
    if (field === undefined) continue;
    if (isSecretFieldName(key)) {
      copy[key] = REDACTED;
      redaction.paths.push(join(path, key));
      continue;
    }
    const kept = redact(field, join(path, key), redaction);
    if (kept !== undefined) copy[key] = kept;
  }
  return copy;
}

/**
 * The first field of `value` named like a secret, or the first string
 * holding a secret value, as its path; undefined when there is none. Never
 * returns the value itself.
 */
export function findSecret(value: unknown, path: string, values: readonly string[]): string | undefined {
  if (typeof value === "string") return values.some((secret) => value.includes(secret)) ? path || "(the value)" : undefined;
  if (typeof value !== "object" || value === null) return undefined;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const found = findSecret(value[index], join(path, index), values);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  for (const [key, field] of Object.entries(value as Record<string, unknown>)) {
    if (isSecretFieldName(key) && field !== undefined && field !== null) return join(path, key);
    const found = findSecret(field, join(path, key), values);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Something that can strip what a model does not know: a core schema's `safeParse` and its top-level fields. */
export interface EntitySchema {
  /** Parses (stripping unknown fields at every level) or says it cannot. */
  safeParse(value: unknown): { success: true; data: unknown } | { success: false };
  /** The model's top-level fields. */
  readonly shape: Readonly<Record<string, unknown>>;
}

/**
 * An entity as the archive keeps it: only the fields its model knows (an
 * `accessToken` slipped into a stored post is dropped, at every level the
 * schema describes), then {@link redact}ed, since adapter options and
 * triage data are free JSON. An entity the schema no longer accepts (stored
 * under an older model) keeps its known top-level fields.
 */
export function sanitizeEntity(entity: unknown, schema: EntitySchema, path: string, redaction: Redaction): Record<string, JsonValue> {
  const parsed = schema.safeParse(entity);
  let known: Record<string, unknown>;
  if (parsed.success && typeof parsed.data === "object" && parsed.data !== null) {
    known = parsed.data as Record<string, unknown>;
  } else {
    known = {};
    const source = entity as Record<string, unknown>;
    for (const key of Object.keys(schema.shape)) if (Object.hasOwn(source, key)) known[key] = source[key];
  }
  return (redact(known, path, redaction) ?? {}) as Record<string, JsonValue>;
}

/** The delivery fields the archive keeps (see `ArchiveDelivery`); everything else of a stored delivery is left out. */
export const DELIVERY_FIELDS: readonly string[] = Object.freeze([
  "id",
  "kind",
  "organisationId",
  "postId",
  "replyId",
  "interactionId",
  "channelId",
  "network",
  "state",
  "dueAt",
  "attempts",
  "createdAt",
  "updatedAt",
  "revision",
  "problem",
  "payload",
  "approval",
  "remoteId",
  "url",
  "publishedAt",
  "reconciled",
  "warnings",
  "target",
  "removedAt",
  "notFound",
]);

// A takedown's target carries the idempotency key of the delivery it removes: an engine's internals, not a record.
const TARGET_FIELDS = ["deliveryId", "remoteId", "url", "text", "notBefore"];

/** A stored delivery reduced to {@link DELIVERY_FIELDS} and {@link redact}ed. */
export function sanitizeDelivery(delivery: Record<string, unknown>, path: string, redaction: Redaction): Record<string, JsonValue> {
  const kept: Record<string, unknown> = {};
  for (const field of DELIVERY_FIELDS) if (delivery[field] !== undefined) kept[field] = delivery[field];
  const target = kept.target;
  if (typeof target === "object" && target !== null && !Array.isArray(target)) {
    const slim: Record<string, unknown> = {};
    for (const field of TARGET_FIELDS) if ((target as Record<string, unknown>)[field] !== undefined) slim[field] = (target as Record<string, unknown>)[field];
    kept.target = slim;
  }
  return (redact(kept, path, redaction) ?? {}) as Record<string, JsonValue>;
}
