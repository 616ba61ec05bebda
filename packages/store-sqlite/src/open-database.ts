import { closeSync, existsSync, openSync, readSync, rmSync, statSync } from "node:fs";
import { resolve } from "node:path";
import Database from "better-sqlite3";
import { KommuneError } from "@kommune-sm/core";
import { isCorruption, sqliteCode } from "./database-errors.js";
import { keepNativeObjectsAlive } from "./native-lifetime.js";
import { createDeclaredIndexes } from "./declared-indexes.js";
import { KOMMUNE_SM_APPLICATION_ID, MIGRATIONS, type Migration } from "./migrations.js";
import { SqliteStoreError } from "./sqlite-errors.js";
import type { SqliteStoreOptions } from "./sqlite-store-options.js";

type Connection = Database.Database;

/** What a file holds, as far as opening it is concerned. */
type FileState = { readonly kind: "empty" } | { readonly kind: "kommune-sm"; readonly version: number };

const hex = (id: number) => `0x${(id >>> 0).toString(16).padStart(8, "0")}`;

/**
 * Reads (never writes) what the file is: empty, or a kommune-sm database at
 * some schema version. Throws for a file of another application and for a
 * schema newer than `latest`.
 */
function inspect(db: Connection, file: string, latest: number): FileState {
  const applicationId = db.pragma("application_id", { simple: true }) as number;
  const version = db.pragma("user_version", { simple: true }) as number;
  if (applicationId === KOMMUNE_SM_APPLICATION_ID) {
    if (version > latest) {
      throw new SqliteStoreError(
        "SQLITE_SCHEMA_TOO_NEW",
        `The SQLite file ${file} has kommune-sm schema version ${version}, but this @kommune-sm/store-sqlite knows versions up to ${latest}. ` +
          "A newer version of kommune-sm wrote it: update @kommune-sm/store-sqlite (all @kommune-sm packages share one version). The file was not changed.",
        { file },
      );
    }
    return { kind: "kommune-sm", version };
  }
  const objects = (db.prepare("SELECT count(*) AS n FROM sqlite_schema").get() as { n: number }).n;
  if (applicationId === 0 && objects === 0 && version === 0) return { kind: "empty" };
  const what =
    applicationId !== 0
      ? `belongs to another application (SQLite application_id ${hex(applicationId)}; kommune-sm's is ${hex(KOMMUNE_SM_APPLICATION_ID)})`
      : `is an SQLite database with ${objects} tables, indexes or views but without kommune-sm's application_id ${hex(KOMMUNE_SM_APPLICATION_ID)}`;
  throw new SqliteStoreError(
    "SQLITE_FOREIGN_FILE",
    `The SQLite file ${file} ${what}. kommune-sm does not write into another application's database: give the store a new file name. The file was not changed.`,
    { file },
  );
}

/** A kommune-sm error for an error that SQLite raised while opening or inspecting `file`. */
function openError(error: unknown, file: string): unknown {
  if (KommuneError.isInstance(error)) return error;
  const code = sqliteCode(error);
  const detail = error instanceof Error ? error.message : String(error);
  if (code === "SQLITE_NOTADB") {
    return new SqliteStoreError(
      "SQLITE_NOT_A_DATABASE",
      `The file ${file} is not an SQLite database (or its header is destroyed). Check the path; if it should be a kommune-sm database, restore it from a backup. The file was not changed.`,
      { file, cause: error },
    );
  }
  if (isCorruption(code)) {
    return new SqliteStoreError(
      "SQLITE_FILE_CORRUPT",
      `The SQLite file ${file} is damaged (${detail}). Keep a copy of it and restore it from a backup. The file was not changed.`,
      { file, cause: error },
    );
  }
  return new SqliteStoreError(
    "SQLITE_OPEN_FAILED",
    `The SQLite file ${file} could not be opened (${detail}). Check that its folder exists and that this process may read and write both.`,
    { file, cause: error },
  );
}

/**
 * Checks an existing file through a read-only connection, before anything
 * could write to it: a read-write connection would already change a foreign
 * file's bytes by switching it to WAL or by rolling back a leftover journal.
 */
function inspectExisting(file: string, latest: number, checkIntegrity: boolean): void {
  // SQLite itself takes a file shorter than its header for an empty database
  // and would write over it; so the magic string is checked first.
  if (!startsWithSqliteHeader(file)) {
    throw openError(Object.assign(new Error("file is not a database"), { code: "SQLITE_NOTADB" }), file);
  }
  // A read-only connection to a WAL file leaves -wal and -shm files behind;
  // those it created are removed again when the file is refused.
  const created = [`${file}-wal`, `${file}-shm`].filter((companion) => !existsSync(companion));
  let db: Connection | undefined;
  let refused = true;
  try {
    db = keepNativeObjectsAlive(new Database(file, { readonly: true, fileMustExist: true }));
    inspect(db, file, latest);
    if (checkIntegrity) {
      const problems = (db.pragma("quick_check") as { quick_check: string }[]).map((row) => row.quick_check).filter((text) => text !== "ok");
      if (problems.length > 0) {
        throw new SqliteStoreError(
          "SQLITE_FILE_CORRUPT",
          `The SQLite file ${file} is damaged (${problems.slice(0, 3).join("; ")}). Keep a copy of it and restore it from a backup. The file was not changed.`,
          { file },
        );
      }
    }
    refused = false;
  } catch (error) {
    throw openError(error, file);
  } finally {
    db?.close();
    const walIsEmpty = !existsSync(`${file}-wal`) || statSync(`${file}-wal`).size === 0;
    if (refused && walIsEmpty) for (const companion of created) rmSync(companion, { force: true });
  }
}

const SQLITE_HEADER = Buffer.from("SQLite format 3\0", "latin1");

function startsWithSqliteHeader(file: string): boolean {
  const head = Buffer.alloc(SQLITE_HEADER.length);
  const fd = openSync(file, "r");
  try {
    return readSync(fd, head, 0, head.length, 0) === head.length && head.equals(SQLITE_HEADER);
  } finally {
    closeSync(fd);
  }
}

/**
 * Brings the schema to the latest version, one migration per transaction.
 * Each transaction takes the write lock first and looks at the file again,
 * so two processes opening a new file at once migrate it once.
 */
function migrate(db: Connection, file: string, migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) throw new Error(`Migration ${index + 1} has version ${migration.version}; versions must be 1, 2, 3, ...`);
  });
  for (;;) {
    const applied = db
      .transaction(() => {
        const state = inspect(db, file, migrations.length);
        const next = migrations[state.kind === "empty" ? 0 : state.version];
        if (!next) return false;
        try {
          next.up(db);
          db.pragma(`application_id = ${KOMMUNE_SM_APPLICATION_ID}`);
          db.pragma(`user_version = ${next.version}`);
        } catch (error) {
          throw new SqliteStoreError(
            "SQLITE_MIGRATION_FAILED",
            `Migrating the SQLite file ${file} to schema version ${next.version} (${next.description}) failed: ${error instanceof Error ? error.message : String(error)}. ` +
              `The file stays at version ${next.version - 1}; keep a copy of it and report the error.`,
            { file, cause: error },
          );
        }
        return true;
      })
      .immediate();
    if (!applied) return;
  }
}

/** The absolute path of the store's file, or `":memory:"`. */
export function resolveFile(file: string): string {
  return file === ":memory:" ? file : resolve(file);
}

/**
 * Opens (or creates) a kommune-sm database file: checks what it is without
 * writing, switches it to WAL, migrates it and creates the declared indexes.
 *
 * @internal `migrations` is a parameter for the package's own tests.
 */
export function openDatabase(options: SqliteStoreOptions, migrations: readonly Migration[] = MIGRATIONS): Connection {
  const file = resolveFile(options.file);
  if (file !== ":memory:") {
    let size: number | undefined;
    try {
      size = statSync(file).size;
    } catch (error) {
      if ((error as { code?: unknown }).code !== "ENOENT") throw openError(error, file);
    }
    if (size !== undefined && size > 0) inspectExisting(file, migrations.length, options.checkIntegrity ?? false);
  }
  let db: Connection;
  try {
    db = keepNativeObjectsAlive(new Database(file, { timeout: options.busyTimeoutMs ?? 5000 }));
  } catch (error) {
    throw openError(error, file);
  }
  try {
    if (file !== ":memory:") {
      const mode = db.pragma("journal_mode = WAL", { simple: true });
      if (mode !== "wal") throw new Error(`SQLite could not switch the file to WAL mode (it stays in "${String(mode)}")`);
    }
    db.pragma(`synchronous = ${options.synchronous === "normal" ? "NORMAL" : "FULL"}`);
    migrate(db, file, migrations);
    createDeclaredIndexes(db, options.indexes ?? {});
    return db;
  } catch (error) {
    db.close();
    throw openError(error, file);
  }
}
