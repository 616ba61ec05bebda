/**
 * An expression index over top-level fields of one collection's documents:
 * one field name, or several for a composite index (equality fields first,
 * then the field that is compared by range or sorted by).
 */
export type DeclaredIndex = string | readonly string[];

/** Options of {@link createSqliteStore}. */
export interface SqliteStoreOptions {
  /**
   * The database file. Created with the current schema if it does not exist
   * (or is empty); an existing kommune-sm file is migrated to the current
   * schema. `":memory:"` gives a private in-memory database (for tests; it
   * cannot be shared between two stores).
   */
  readonly file: string;
  /**
   * Expression indexes for fields that a collection is often filtered or
   * sorted by, per collection. Lists with `where` on these fields (and
   * `orderBy` the last one) are then answered from the index instead of by
   * reading every document. Indexes are created when the store opens (which
   * takes a moment on a large file) and are never dropped automatically.
   *
   * @example
   * ```ts
   * createSqliteStore({ file, indexes: { deliveries: [["state", "dueAt"], "channelId"] } });
   * ```
   */
  readonly indexes?: Readonly<Record<string, readonly DeclaredIndex[]>>;
  /**
   * How long a write waits for another connection's write lock (another
   * store on the same file, another process) before it fails with
   * `CORE_STORE_FAILED`, in milliseconds. Default 5,000. better-sqlite3 waits
   * synchronously; writes hold the lock only for one short synchronous step,
   * never across an `await`.
   */
  readonly busyTimeoutMs?: number;
  /**
   * `"full"` (default): a committed write survives a power cut; `"normal"`:
   * it survives a crash of the process, and the last commits may be lost on a
   * power cut, for faster writes. The publishing engine relies on `"full"` to
   * never send a delivery twice.
   */
  readonly synchronous?: "full" | "normal";
  /**
   * Run SQLite's `quick_check` over the whole file when it opens, so that a
   * damaged file is refused at once rather than at the first read of a
   * damaged page. Default `false`; it reads the whole file.
   */
  readonly checkIntegrity?: boolean;
}
