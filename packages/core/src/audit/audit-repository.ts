import type { AuditEntry, AuditHead, AuditSubject } from "./audit-entry.js";

/**
 * Which entries {@link AuditRepository.list} returns: those with a seq from
 * `fromSeq` (inclusive) to `beforeSeq` (exclusive), only those about
 * `subject` if it is given, in `order`, at most `limit` of them. Every
 * option may be left out; `{}` is the whole log, oldest first.
 *
 * A bad option is refused with `CORE_INVALID_ARGUMENT` naming it (see
 * {@link validateAuditListOptions}): a seq bound that is not an integer of 1
 * or more, a `limit` that is not an integer from 0 to
 * {@link AUDIT_LIST_MAX_LIMIT}, an unknown `order`, a `subject` without a
 * non-empty `type` and `id`.
 *
 * @example
 * ```ts
 * // The 20 newest entries, newest first, then the 20 before them.
 * const first = await repository.list({ order: "desc", limit: 20 });
 * const next = await repository.list({ order: "desc", limit: 20, beforeSeq: first.at(-1)!.seq });
 * // Everything that happened to post p-42, oldest first.
 * const history = await repository.list({ subject: { type: "post", id: "p-42" } });
 * ```
 */
export interface AuditListOptions {
  /** The lowest seq to return, inclusive (default 1). */
  readonly fromSeq?: number;
  /**
   * Only entries with a seq below this one (exclusive; default: up to the
   * head). To page backwards, pass the seq of the last entry of the previous
   * page, with `order: "desc"`.
   */
  readonly beforeSeq?: number;
  /**
   * At most this many entries, from 0 to {@link AUDIT_LIST_MAX_LIMIT}
   * (default: all of them). Taken from the start of the chosen `order`: with
   * `"desc"`, the newest.
   */
  readonly limit?: number;
  /** `"asc"`: oldest first, by ascending seq (the default); `"desc"`: newest first. */
  readonly order?: "asc" | "desc";
  /** Only entries about this subject: both `type` and `id` must be equal. */
  readonly subject?: AuditSubject;
}

/**
 * The largest `limit` of {@link AuditListOptions}: a page a person reads,
 * or a batch a program works through, never needs more; leave `limit` out to
 * read everything (or let {@link AuditLog.exportJsonLines} page for you).
 */
export const AUDIT_LIST_MAX_LIMIT = 1000;

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
   * The entries `options` select (see {@link AuditListOptions}): by default
   * all, in ascending seq. Bad options throw `CORE_INVALID_ARGUMENT` naming
   * the option.
   *
   * A stored entry that cannot be read back (damaged JSON, not an entry) is
   * not skipped: if it lies within what the call reads — between the seq
   * bounds and before `limit` entries are found; with `subject`, unless the
   * store can still tell that it is about another subject — the call throws
   * `CORE_AUDIT_UNREADABLE` naming its seq, and {@link AuditLog.verify}
   * reports it as the problem `unreadable`.
   *
   * Inside a transaction, the entries the transaction appended are listed
   * with the committed ones, under the same options.
   */
  list(options?: AuditListOptions): Promise<AuditEntry[]>;
  /** The last entry's seq, hash and `at`, or `undefined` for an empty log. */
  head(): Promise<AuditHead | undefined>;
}
