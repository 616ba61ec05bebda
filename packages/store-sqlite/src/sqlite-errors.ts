import { defineErrorCodes, KommuneError, type ErrorCode } from "@kommune-sm/core";

/**
 * Every code that `@kommune-sm/store-sqlite` throws itself. Operations on an
 * open store throw core's codes instead (`CORE_CONFLICT`, `CORE_DISPOSED`,
 * `CORE_TENANT_MISMATCH`, `CORE_STORE_FAILED`), so that code written against
 * the store port does not need to know which store it runs on.
 */
export const SQLITE_ERROR_CODES = defineErrorCodes("SQLITE", {
  /** The file exists but is not an SQLite database (another kind of file, or its header is destroyed). */
  SQLITE_NOT_A_DATABASE: "The file is not an SQLite database.",
  /** SQLite found damaged pages; restore the file from a backup. */
  SQLITE_FILE_CORRUPT: "The SQLite file is damaged.",
  /** The file is an SQLite database of another application; kommune-sm does not write into it. */
  SQLITE_FOREIGN_FILE: "The file is an SQLite database of another application.",
  /** The file's schema is newer than this version of the package knows; update the package. */
  SQLITE_SCHEMA_TOO_NEW: "The file was written by a newer version of @kommune-sm/store-sqlite.",
  /** A schema migration failed; the file stays at the version it had before that migration. */
  SQLITE_MIGRATION_FAILED: "A schema migration failed; the file was left at its previous schema version.",
  /** The file could not be opened: missing folder, no permission, or it is locked. */
  SQLITE_OPEN_FAILED: "The file could not be opened.",
  /** An option of `createSqliteStore` is not valid; the message says which. */
  SQLITE_INVALID_OPTION: "An option of createSqliteStore is not valid.",
});

/** A code of {@link SQLITE_ERROR_CODES}. */
export type SqliteErrorCode = ErrorCode<typeof SQLITE_ERROR_CODES>;

/**
 * An error of `@kommune-sm/store-sqlite`, mostly from opening a file. It names
 * the file, and its message says what to do.
 *
 * @example
 * ```ts
 * try { createSqliteStore({ file }) }
 * catch (error) {
 *   if (KommuneError.isInstance(error, "SQLITE_SCHEMA_TOO_NEW")) console.error(error.message);
 * }
 * ```
 */
export class SqliteStoreError extends KommuneError<SqliteErrorCode> {
  /** The database file concerned (absolute path), if any. */
  readonly file: string | undefined;

  constructor(code: SqliteErrorCode, message: string, options: { file?: string; cause?: unknown } = {}) {
    super({ code, message, cause: options.cause });
    this.name = "SqliteStoreError";
    this.file = options.file;
  }
}
