import { createHash } from "node:crypto";
import canonicalize from "canonicalize";
import type { AuditEntry } from "./audit-entry.js";

/**
 * The fields of an entry that are hashed, in a fresh object: exactly the
 * fields of the contract, so that a store returning extra columns does not
 * change the hash, and absent optional fields are left out rather than `undefined`.
 */
export function auditEntryContent(entry: Omit<AuditEntry, "hash">): Omit<AuditEntry, "hash"> {
  const { actor, subject } = entry;
  return {
    organisationId: entry.organisationId,
    seq: entry.seq,
    at: entry.at,
    prevHash: entry.prevHash,
    actor: actor.name === undefined ? { kind: actor.kind, id: actor.id } : { kind: actor.kind, id: actor.id, name: actor.name },
    action: entry.action,
    subject: { type: subject.type, id: subject.id },
    ...(entry.from === undefined ? {} : { from: entry.from }),
    ...(entry.to === undefined ? {} : { to: entry.to }),
    ...(entry.reason === undefined ? {} : { reason: entry.reason }),
    ...(entry.data === undefined ? {} : { data: entry.data }),
  };
}

/**
 * The hash of an audit entry, as lower-case hex:
 *
 * `SHA-256( UTF-8( prevHash + JCS(entry without hash) ) )`
 *
 * where JCS is the JSON Canonicalization Scheme of RFC 8785 (sorted keys, no
 * white space, ECMAScript number form), and the entry holds exactly the fields
 * of {@link AuditEntry} except `hash`, absent optional fields left out. The
 * recipe is fixed: a store or an auditor in another language can recompute
 * it, and changing it would invalidate every log ever written.
 *
 * Throws if the entry holds something JCS refuses (a lone surrogate,
 * a non-finite number); entries made by {@link createAuditEntry} never do.
 *
 * @example
 * ```ts
 * const { hash, ...rest } = entry;
 * if (hashAuditEntry(rest) !== hash) console.warn(`entry ${entry.seq} was changed`);
 * ```
 */
export function hashAuditEntry(entry: Omit<AuditEntry, "hash">): string {
  const canonical = canonicalize(auditEntryContent(entry));
  if (canonical === undefined) throw new TypeError("An audit entry must be a JSON object.");
  return createHash("sha256").update(entry.prevHash, "utf8").update(canonical, "utf8").digest("hex");
}
