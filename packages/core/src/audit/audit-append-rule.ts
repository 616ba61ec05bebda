import { CoreError } from "../errors/core-errors.js";
import { AUDIT_GENESIS_HASH, type AuditEntry, type AuditHead } from "./audit-entry.js";
import { hashAuditEntry } from "./hash-audit-entry.js";

// The form the log writes: fixed width, so that comparing two such strings
// compares the instants (no Date parsing on the path of every append).
const instantForm = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** True if `value` is an instant as the audit log writes it: RFC 3339, UTC, with milliseconds (`2026-03-29T07:30:00.000Z`). */
export function isAuditInstant(value: unknown): value is string {
  return typeof value === "string" && instantForm.test(value);
}

const short = (hash: unknown) => (typeof hash === "string" ? `${hash.slice(0, 12)}…` : String(hash));

// The parts of the rule that need no head: the form of `at`, and the hash
// (recomputed once per entry handed to a store: a few microseconds).
function assertSound(organisationId: string, entry: AuditEntry): void {
  if (!isAuditInstant(entry.at)) {
    throw new CoreError(
      "CORE_INVALID_ARGUMENT",
      `Audit entry ${String(entry.seq)} was refused: its at ${JSON.stringify(entry.at) ?? String(entry.at)} is not an RFC 3339 UTC instant with milliseconds (e.g. 2026-03-29T07:30:00.000Z). Nothing was stored.`,
    );
  }
  let hash: string;
  try {
    hash = hashAuditEntry(entry);
  } catch (cause) {
    throw new CoreError("CORE_INVALID_ARGUMENT", `Audit entry ${String(entry.seq)} holds something that is not JSON and cannot be stored.`, { cause });
  }
  if (hash !== entry.hash) {
    throw new CoreError(
      "CORE_AUDIT_HASH_MISMATCH",
      `Audit entry ${String(entry.seq)} of "${organisationId}" was refused: its hash ${short(entry.hash)} is not the hash of its content (${short(hash)}), so it was changed after it was made or made by hand. Nothing was stored. Make entries with createAuditEntry or AuditLog.append.`,
    );
  }
}

/**
 * Throws unless `entry` follows `head` (the log's last entry, or undefined
 * for an empty log): the next `seq` and `prevHash` linking to the head,
 * else `CORE_CONFLICT` (another writer appended first: read the head again
 * and retry); and `at` not before the head's `at`, else
 * `CORE_AUDIT_BACKDATED` (not a race). A head without `at` (recorded
 * elsewhere) is only checked for the link.
 *
 * For store implementations: checked against the head inside the same
 * atomic step as the write, and again when a transaction that recorded the
 * entry commits. Cheap: no hashing.
 */
export function assertFollowsHead(entry: Pick<AuditEntry, "seq" | "prevHash"> & { readonly at?: string }, head: AuditHead | undefined): void {
  if (entry.seq !== (head?.seq ?? 0) + 1 || entry.prevHash !== (head?.hash ?? AUDIT_GENESIS_HASH)) {
    throw new CoreError(
      "CORE_CONFLICT",
      `Audit entry ${entry.seq} does not follow the head (${head ? `${head.seq}` : "empty log"}); another writer appended first. Read the head again and retry.`,
    );
  }
  // Both in the log's fixed-width form: the string order is the time order.
  // An `at` of another form is left to the check of the form.
  if (head?.at !== undefined && isAuditInstant(entry.at) && isAuditInstant(head.at) && entry.at < head.at) {
    throw new CoreError(
      "CORE_AUDIT_BACKDATED",
      `Audit entry ${entry.seq} was refused: it is dated ${entry.at}, before the last entry of the log (${head.seq}, dated ${head.at}). Nothing was stored. createAuditEntry never dates an entry before the head it is given: pass it the head the store returns.`,
    );
  }
}

/**
 * The whole rule of appending to an audit log, for store implementations
 * (the memory store, `@kommune-sm/store-sqlite`, a PostgreSQL store). Throws,
 * in this order, unless
 * - the entry belongs to `organisationId` — else `CORE_TENANT_MISMATCH`;
 * - it follows `head` ({@link assertFollowsHead}): next seq and `prevHash`
 *   linking to the head — else `CORE_CONFLICT`, a lost race the caller
 *   retries on a new head; and not dated before the head — else `CORE_AUDIT_BACKDATED`;
 * - its `at` has the log's form and its content is JSON — else `CORE_INVALID_ARGUMENT`;
 * - its `hash` is the hash of its content (recomputed with
 *   {@link hashAuditEntry}) — else `CORE_AUDIT_HASH_MISMATCH`.
 *
 * A store calls it with its current head before it writes, and checks
 * {@link assertFollowsHead} again inside the atomic step that writes (a
 * transaction's commit, a database's write lock), so that a refused entry
 * leaves nothing behind and the log stays appendable. It costs one hash of
 * the entry (a few microseconds).
 *
 * @example
 * ```ts
 * append(entry) {
 *   assertAuditAppend(organisationId, entry, this.head());
 *   this.rows.push(entry);
 * }
 * ```
 */
export function assertAuditAppend(organisationId: string, entry: AuditEntry, head: AuditHead | undefined): void {
  if (typeof entry !== "object" || entry === null) {
    throw new CoreError("CORE_INVALID_ARGUMENT", `Not an audit entry: ${String(entry)}. Make entries with createAuditEntry or AuditLog.append.`);
  }
  if (entry.organisationId !== organisationId) {
    throw new CoreError(
      "CORE_TENANT_MISMATCH",
      `An audit entry of organisation "${String(entry.organisationId)}" cannot be stored for organisation "${organisationId}".`,
    );
  }
  assertFollowsHead(entry, head);
  assertSound(organisationId, entry);
}
