import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { keepNativeObjectsAlive } from "./native-lifetime.js";

/**
 * Opens a database file directly, beside the store, the way tests look
 * behind its back. Goes through `keepNativeObjectsAlive` like the store
 * does: on Node 24 with better-sqlite3 12, a collected connection or
 * statement aborts the whole test process.
 */
export function openRawDatabase(file: string, options?: Database.Options): Database.Database {
  return keepNativeObjectsAlive(new Database(file, options));
}

/**
 * Temporary folders for database files in tests, all removed by `removeAll`
 * (call it in `afterAll`).
 */
export class TempFolders {
  readonly #folders: string[] = [];

  /** A new, empty folder under the system's temp folder. */
  folder(): string {
    const folder = mkdtempSync(join(tmpdir(), "ksm-store-sqlite-"));
    this.#folders.push(folder);
    return folder;
  }

  /** A path for a database file that does not exist yet. */
  file(name = "ksm.db"): string {
    return join(this.folder(), name);
  }

  /** Removes every folder made so far. */
  removeAll(): void {
    for (const folder of this.#folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  }
}
