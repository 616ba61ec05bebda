import type { AuditEntry, AuditHead } from "./audit-entry.js";

/** Which entries {@link AuditRepository.list} returns. */
export interface AuditListOptions {
  /** The first seq to return (default 1). */
  readonly fromSeq?: number;
  /** At most this many entries (default all). */
  readonly limit?: number;
}

/**
 * The storage port of one organisation's audit log. The store implementations
 * (in-memory, SQLite, PostgreSQL) implement it; append-only: there is no
 * update or delete. One instance serves one organisation.
 */
export interface AuditRepository {
  /**
   * Appends an entry, holding it to {@link assertAuditAppend} — checked and
   * written atomically (a transaction, a unique key on seq), so that two
   * concurrent writers cannot fork the chain:
   * - `CORE_CONFLICT` if `entry.seq` is not `head.seq + 1` (or 1 on an empty
   *   log) or `entry.prevHash` is not `head.hash`: another writer appended
   *   first; build the entry again on the new head and retry;
   * - `CORE_TENANT_MISMATCH` for an entry of another organisation;
   * - `CORE_AUDIT_BACKDATED` if `entry.at` is before the head's `at`;
   * - `CORE_AUDIT_HASH_MISMATCH` if `entry.hash` is not the hash of its content;
   * - `CORE_INVALID_ARGUMENT` if `at` is not an instant of the log's form or
   *   the content is not JSON.
   *
   * A refused entry leaves nothing behind: the log stays as it was and appendable.
   */
  append(entry: AuditEntry): Promise<void>;
  /**
   * Entries in ascending seq, from `fromSeq` on, at most `limit`. A stored
   * entry that cannot be read back (damaged JSON, not an entry) is not
   * skipped: the call throws `CORE_AUDIT_UNREADABLE` naming its seq, and
   * {@link AuditLog.verify} reports it as the problem `unreadable`.
   */
  list(options?: AuditListOptions): Promise<AuditEntry[]>;
  /** The last entry's seq, hash and `at`, or `undefined` for an empty log. */
  head(): Promise<AuditHead | undefined>;
}
