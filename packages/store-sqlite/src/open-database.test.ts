import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { KommuneError } from "@kommune-sm/core";
import { fixturePost } from "@kommune-sm/core/testkit";
import { afterAll, describe, expect, it } from "vitest";
import { createSqliteStore } from "./create-sqlite-store.js";
import { KOMMUNE_SM_APPLICATION_ID, MIGRATIONS, type Migration } from "./migrations.js";
import { openDatabase } from "./open-database.js";
import { SQLITE_SCHEMA_VERSION } from "./schema-version.js";
import { openRawDatabase, TempFolders } from "./test-support.js";

const temp = new TempFolders();
afterAll(() => temp.removeAll());

const hash = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

/** Opening `file` throws `code`, names the file, and leaves its bytes (and folder) as they were. */
function expectRefused(file: string, code: string, options: { checkIntegrity?: boolean } = {}): KommuneError {
  const before = hash(file);
  let caught: unknown;
  try {
    createSqliteStore({ file, ...options });
  } catch (error) {
    caught = error;
  }
  expect(KommuneError.isInstance(caught, code), `expected ${code}, got ${String(caught)}`).toBe(true);
  expect((caught as Error).message).toContain(file);
  expect(hash(file)).toBe(before);
  expect(existsSync(`${file}-wal`)).toBe(false);
  expect(existsSync(`${file}-shm`)).toBe(false);
  return caught as KommuneError;
}

/** A kommune-sm file with a few posts in it, closed. */
async function filledFile(posts = 200): Promise<string> {
  const file = temp.file();
  const store = createSqliteStore({ file });
  await store.tenant("a").transaction(async (tx) => {
    for (let i = 0; i < posts; i++) await tx.posts.insert(fixturePost("a", `p${i}`, { text: `Beitrag ${i} `.repeat(40) }));
  });
  await store.close();
  return file;
}

describe("opening a file", () => {
  it("creates a new file with the current schema, WAL mode and kommune-sm's application_id", async () => {
    const file = temp.file();
    const store = createSqliteStore({ file });
    await store.close();
    const db = openRawDatabase(file, { readonly: true });
    expect(db.pragma("application_id", { simple: true })).toBe(KOMMUNE_SM_APPLICATION_ID);
    expect(db.pragma("user_version", { simple: true })).toBe(SQLITE_SCHEMA_VERSION);
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    const tables = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((row) => row.name);
    expect(tables).toEqual(["audit_entries", "entities", "metric_samples", "organisations"]);
    db.close();
  });

  it("accepts an empty (0-byte) file as new", async () => {
    const file = temp.file();
    writeFileSync(file, "");
    const store = createSqliteStore({ file });
    await store.tenant("a").posts.insert(fixturePost("a", "p1"));
    await store.close();
  });

  it("reopens a file without changing its schema or data, however often", async () => {
    const file = await filledFile(3);
    const schema = () => {
      const db = openRawDatabase(file, { readonly: true });
      const result = { version: db.pragma("user_version", { simple: true }), sql: db.prepare("SELECT type, name, sql FROM sqlite_schema ORDER BY name").all() };
      db.close();
      return result;
    };
    const first = schema();
    for (let i = 0; i < 3; i++) {
      const store = createSqliteStore({ file });
      expect(await store.tenant("a").posts.count()).toBe(3);
      await store.close();
      expect(schema()).toEqual(first);
    }
  });

  it("refuses a file that is not SQLite, unchanged", () => {
    const file = temp.file("notes.db");
    writeFileSync(file, "Protokoll der Ratssitzung vom 3. März\n".repeat(100));
    const error = expectRefused(file, "SQLITE_NOT_A_DATABASE");
    expect(error.message).toMatch(/not an SQLite database/);
    const tiny = temp.file("tiny.db");
    writeFileSync(tiny, "x");
    expectRefused(tiny, "SQLITE_NOT_A_DATABASE");
  });

  it("refuses a file whose header is destroyed, unchanged", async () => {
    const file = await filledFile();
    const bytes = readFileSync(file);
    bytes.fill(0x20, 0, 100);
    writeFileSync(file, bytes);
    expectRefused(file, "SQLITE_NOT_A_DATABASE");
  });

  it("refuses a file with damaged pages (with checkIntegrity), unchanged; without it, the first read of a damaged page fails clearly", async () => {
    const file = await filledFile();
    const bytes = readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    // Overwrite every page but the first (the schema) with garbage.
    for (let offset = pageSize; offset < bytes.length; offset++) bytes[offset] = (offset * 7919) & 0xff;
    writeFileSync(file, bytes);
    expectRefused(file, "SQLITE_FILE_CORRUPT", { checkIntegrity: true });

    const before = hash(file);
    let caught: unknown;
    try {
      const store = createSqliteStore({ file });
      try {
        await store.tenant("a").posts.list();
      } finally {
        await store.close().catch(() => {});
      }
    } catch (error) {
      caught = error;
    }
    expect(KommuneError.isInstance(caught, "SQLITE_FILE_CORRUPT"), String(caught)).toBe(true);
    expect((caught as Error).message).toContain(file);
    expect(hash(file)).toBe(before);
  });

  it("refuses an SQLite file of another application, unchanged", () => {
    const other = temp.file("other.db");
    const db = openRawDatabase(other);
    db.pragma("application_id = 0x46534c31");
    db.exec("CREATE TABLE termine (id INTEGER PRIMARY KEY, titel TEXT); INSERT INTO termine (titel) VALUES ('Sperrmüll')");
    db.close();
    expect(expectRefused(other, "SQLITE_FOREIGN_FILE").message).toMatch(/another application \(SQLite application_id 0x46534c31/);

    const noId = temp.file("no-id.db");
    const plain = openRawDatabase(noId);
    plain.exec("CREATE TABLE termine (id INTEGER PRIMARY KEY, titel TEXT)");
    plain.close();
    expect(expectRefused(noId, "SQLITE_FOREIGN_FILE").message).toMatch(/without kommune-sm's application_id/);
  });

  it("refuses a file with a newer schema than this package knows, unchanged", async () => {
    const file = await filledFile(1);
    const db = openRawDatabase(file);
    db.pragma(`user_version = ${SQLITE_SCHEMA_VERSION + 1}`);
    db.close();
    const error = expectRefused(file, "SQLITE_SCHEMA_TOO_NEW");
    expect(error.message).toMatch(/update @kommune-sm\/store-sqlite/);
  });

  it("says when the folder does not exist", () => {
    let caught: unknown;
    try {
      createSqliteStore({ file: join(temp.folder(), "missing", "ksm.db") });
    } catch (error) {
      caught = error;
    }
    expect(KommuneError.isInstance(caught, "SQLITE_OPEN_FAILED"), String(caught)).toBe(true);
  });

  it("refuses invalid options before touching the file", () => {
    const file = temp.file();
    expect(() => createSqliteStore({ file, indexes: { deliveries: [[]] } })).toThrow(expect.objectContaining({ code: "SQLITE_INVALID_OPTION" }));
    expect(() => createSqliteStore({ file, indexes: { "bad'name": ["state"] } })).toThrow(expect.objectContaining({ code: "SQLITE_INVALID_OPTION" }));
    expect(() => createSqliteStore({ file, busyTimeoutMs: -1 })).toThrow(expect.objectContaining({ code: "SQLITE_INVALID_OPTION" }));
    expect(existsSync(file)).toBe(false);
  });
});

describe("schema migrations", () => {
  // Steps after this package's own, as a later version of it would add them.
  const current = MIGRATIONS.length;
  const addColumn: Migration = { version: current + 1, description: "a column for tests", up: (db) => db.exec("ALTER TABLE organisations ADD COLUMN note TEXT") };
  const failing: Migration = {
    version: current + 2,
    description: "a step that fails halfway",
    up(db) {
      db.exec("CREATE TABLE half_done (id TEXT)");
      throw new Error("disk says no");
    },
  };
  const state = (file: string) => {
    const db = openRawDatabase(file, { readonly: true });
    const result = {
      version: db.pragma("user_version", { simple: true }),
      tables: (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((row) => row.name),
      columns: (db.prepare("SELECT name FROM pragma_table_info('organisations')").all() as { name: string }[]).map((row) => row.name),
    };
    db.close();
    return result;
  };

  it("runs the missing steps in order, each in its own transaction, and stops at a failing one", async () => {
    const file = await filledFile(2);
    openDatabase({ file }, [...MIGRATIONS, addColumn]).close();
    expect(state(file)).toMatchObject({ version: current + 1, columns: ["id", "document", "note"] });
    openDatabase({ file }, [...MIGRATIONS, addColumn]).close(); // nothing left to do
    expect(state(file).version).toBe(current + 1);

    let caught: unknown;
    try {
      openDatabase({ file }, [...MIGRATIONS, addColumn, failing]);
    } catch (error) {
      caught = error;
    }
    expect(KommuneError.isInstance(caught, "SQLITE_MIGRATION_FAILED"), String(caught)).toBe(true);
    expect((caught as Error).message).toContain(`stays at version ${current + 1}`);
    expect(state(file)).toMatchObject({ version: current + 1 });
    expect(state(file).tables).not.toContain("half_done");
    // The data survived every step; this package now refuses the file as too new.
    const db = openRawDatabase(file, { readonly: true });
    expect(db.prepare("SELECT count(*) AS n FROM entities").get()).toEqual({ n: 2 });
    db.close();
    expect(() => createSqliteStore({ file })).toThrow(expect.objectContaining({ code: "SQLITE_SCHEMA_TOO_NEW" }));
  });

  it("migrates an empty file from version 0", () => {
    const file = temp.file();
    const db = openDatabase({ file }, [...MIGRATIONS, addColumn]);
    db.close();
    expect(state(file)).toMatchObject({ version: current + 1, tables: ["audit_entries", "entities", "metric_samples", "organisations"] });
  });
});
