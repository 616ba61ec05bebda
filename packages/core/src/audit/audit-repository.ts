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
   * Appends an entry. MUST reject with `CoreError("CORE_CONFLICT")` if
   * `entry.seq` is not `head.seq + 1` (or 1 on an empty log) or `entry.prevHash`
   * is not `head.hash` — checked and written atomically (a transaction, a unique
   * key on seq), so that two concurrent writers cannot fork the chain.
   */
  append(entry: AuditEntry): Promise<void>;
  /** Entries in ascending seq, from `fromSeq` on, at most `limit`. */
  list(options?: AuditListOptions): Promise<AuditEntry[]>;
  /** The last entry's seq and hash, or `undefined` for an empty log. */
  head(): Promise<AuditHead | undefined>;
}
