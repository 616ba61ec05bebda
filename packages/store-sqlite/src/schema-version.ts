import { MIGRATIONS } from "./migrations.js";

/**
 * The schema version (`PRAGMA user_version`) this package writes. A file with
 * a higher one was written by a newer version and is refused with
 * `SQLITE_SCHEMA_TOO_NEW`.
 */
export const SQLITE_SCHEMA_VERSION: number = MIGRATIONS.length;
