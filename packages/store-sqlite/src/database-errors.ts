import { CoreError, KommuneError } from "@kommune-sm/core";
import { SqliteStoreError } from "./sqlite-errors.js";

/** The `code` of an error from better-sqlite3 (`SQLITE_BUSY`, `SQLITE_CORRUPT`, ...), if it is one. */
export function sqliteCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && code.startsWith("SQLITE_") && !KommuneError.isInstance(error) ? code : undefined;
}

/** True for SQLite's codes of a damaged file. */
export function isCorruption(code: string | undefined): boolean {
  return code !== undefined && (code === "SQLITE_NOTADB" || code.startsWith("SQLITE_CORRUPT"));
}

/**
 * Turns an error from a database call on an open store into one of the SDK:
 * kommune-sm errors pass unchanged; a damaged file is `SQLITE_FILE_CORRUPT`;
 * everything else (a lock held too long, a full disk) is core's
 * `CORE_STORE_FAILED`, with the original error as `cause`.
 */
export function toStoreError(error: unknown, file: string): unknown {
  if (KommuneError.isInstance(error)) return error;
  const code = sqliteCode(error);
  if (isCorruption(code)) {
    return new SqliteStoreError(
      "SQLITE_FILE_CORRUPT",
      `The SQLite file ${file} is damaged (${code}). Stop every process that uses it, keep a copy of it, and restore it from a backup.`,
      { file, cause: error },
    );
  }
  if (code?.startsWith("SQLITE_BUSY")) {
    return new CoreError(
      "CORE_STORE_FAILED",
      `The SQLite file ${file} stayed locked by another connection for longer than busyTimeoutMs; nothing was written. Try again, or raise busyTimeoutMs.`,
      { cause: error },
    );
  }
  return new CoreError("CORE_STORE_FAILED", `The SQLite store ${file} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
}
