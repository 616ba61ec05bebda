/**
 * `@kommune-sm/store-sqlite`: the embedded default store of kommune-sm on
 * SQLite (better-sqlite3): one file in WAL mode for any number of
 * organisations, versioned schema migrations, and optimistic concurrency
 * decided in the database, so that several stores and processes can share
 * one file.
 *
 * @packageDocumentation
 * @module @kommune-sm/store-sqlite
 */
export { createSqliteStore } from "./create-sqlite-store.js";
export type { SqliteStoreOptions, DeclaredIndex } from "./sqlite-store-options.js";
export { SQLITE_ERROR_CODES, SqliteStoreError, type SqliteErrorCode } from "./sqlite-errors.js";
export { KOMMUNE_SM_APPLICATION_ID } from "./migrations.js";
export { SQLITE_SCHEMA_VERSION } from "./schema-version.js";
