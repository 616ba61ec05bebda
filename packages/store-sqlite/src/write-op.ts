import { assertFollowsHead, CoreError, isWellFormedText, type AuditEntry, type AuditHead, type MetricSample } from "@kommune-sm/core";
import { hasWideCodeUnit } from "./json-field.js";

/** An entity as it is stored: its JSON text and the columns derived from it. */
export interface StoredDocument {
  readonly id: string;
  readonly json: string;
  /** The `revision` field if it is a finite number, else null. */
  readonly revision: number | null;
  /** See the `wide` column in migrations.ts. */
  readonly wide: string | null;
}

/** One write, as a direct call makes it or a transaction records it for its commit. */
export type WriteOp =
  | {
      readonly kind: "put";
      readonly collection: string;
      readonly document: StoredDocument;
      /** insert: the id must be free; save: `expectedRevision`, if given, must match. */
      readonly mode: "insert" | "save";
      readonly expectedRevision?: number;
    }
  | { readonly kind: "delete"; readonly collection: string; readonly id: string }
  | { readonly kind: "audit"; readonly entry: AuditEntry; readonly json: string }
  | { readonly kind: "metrics"; readonly samples: readonly StoredSample[] };

/** A metric sample with its query columns. */
export interface StoredSample {
  readonly channelId: unknown;
  readonly postId: unknown;
  readonly metric: unknown;
  readonly at: unknown;
  readonly json: string;
}

/** What a write's conditions are checked against: the database, or a transaction's view of it. */
export interface WriteConditions {
  /** Whether an entity exists, and its stored revision. */
  current(collection: string, id: string): { readonly exists: boolean; readonly revision: unknown };
  /** The head of the tenant's audit log. */
  auditHead(): AuditHead | undefined;
}

function toJson(value: unknown, what: string): string {
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch (cause) {
    throw new CoreError("CORE_INVALID_ARGUMENT", `The ${what} cannot be stored: it is not JSON (${String(cause)}).`, { cause });
  }
  if (json === undefined || !json.startsWith("{")) throw new CoreError("CORE_INVALID_ARGUMENT", `The ${what} cannot be stored: it is not a JSON object.`);
  return json;
}

/**
 * Serialises an entity. Entities are stored as JSON: what JSON cannot hold
 * (undefined fields, functions) is not kept, as with any JSON store.
 */
export function toStoredDocument(entity: { id?: unknown; revision?: unknown }, collection: string): StoredDocument {
  if (typeof entity.id !== "string") {
    throw new CoreError("CORE_INVALID_ARGUMENT", `An entity of ${collection} needs a string id, got ${typeof entity.id}.`);
  }
  // SQLite keeps text as UTF-8, where every lone surrogate becomes U+FFFD:
  // "\ud800" and "\udc00" would be one id. Core's IdSchema refuses them too.
  if (!isWellFormedText(entity.id)) {
    throw new CoreError("CORE_INVALID_ARGUMENT", `The id of an entity of ${collection} must be well-formed text (it holds a lone surrogate, which SQLite cannot keep apart from others).`);
  }
  const json = toJson(entity, `entity "${entity.id}" of ${collection}`);
  const revision = typeof entity.revision === "number" && Number.isFinite(entity.revision) ? entity.revision : null;
  return { id: entity.id, json, revision, wide: wideFields(json) };
}

/** The top-level fields whose text (as core's compare() sees it) has code units from 0xD800 on; null if none. */
function wideFields(json: string): string | null {
  if (!hasWideCodeUnit(json)) return null;
  const document = JSON.parse(json) as Record<string, unknown>;
  const wide = Object.entries(document)
    .filter(([, value]) => holdsWideText(value))
    .map(([field]) => field);
  return wide.length === 0 ? null : JSON.stringify(wide);
}

/** True if a parsed JSON value has text (a string or a key) with code units from 0xD800 on. */
function holdsWideText(value: unknown): boolean {
  if (typeof value === "string") return hasWideCodeUnit(value);
  if (Array.isArray(value)) return value.some(holdsWideText);
  if (value !== null && typeof value === "object") return Object.entries(value).some(([key, inner]) => hasWideCodeUnit(key) || holdsWideText(inner));
  return false;
}

/** Serialises an audit entry. */
export function toAuditOp(entry: AuditEntry): WriteOp {
  return { kind: "audit", entry, json: toJson(entry, `audit entry ${String(entry.seq)}`) };
}

/** Serialises metric samples. */
export function toMetricsOp(samples: readonly MetricSample[]): WriteOp {
  return {
    kind: "metrics",
    samples: samples.map((sample) => ({
      channelId: sample.channelId,
      postId: sample.postId,
      metric: sample.metric,
      at: sample.at,
      json: toJson(sample, "metric sample"),
    })),
  };
}

/**
 * Throws `CORE_CONFLICT` if `op` may not be applied to `state`: an insert of
 * an existing id, a save at another revision than expected, an audit entry
 * that does not follow the head (and `CORE_AUDIT_BACKDATED` for one dated
 * before the head: core's `assertFollowsHead`). Checked once when the call
 * is made and again, against the database inside the write lock, when it is
 * committed. The rest of the audit rule (organisation, hash) is checked once,
 * by the repository, with core's `assertAuditAppend`.
 */
export function checkConditions(op: WriteOp, state: WriteConditions): void {
  if (op.kind === "put") {
    if (op.mode === "insert") {
      if (state.current(op.collection, op.document.id).exists) {
        throw new CoreError("CORE_CONFLICT", `An entity "${op.document.id}" already exists in ${op.collection}.`);
      }
    } else if (op.expectedRevision !== undefined) {
      const current = state.current(op.collection, op.document.id);
      const revision = current.exists ? current.revision : undefined;
      if (revision !== op.expectedRevision) {
        throw new CoreError(
          "CORE_CONFLICT",
          `${op.collection} "${op.document.id}" is at revision ${current.exists ? String(revision) : "(none)"}, expected ${op.expectedRevision}: it was changed by someone else.`,
        );
      }
    }
  } else if (op.kind === "audit") {
    assertFollowsHead(op.entry, state.auditHead());
  }
}
