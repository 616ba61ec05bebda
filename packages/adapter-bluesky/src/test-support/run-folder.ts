import { mkdtempSync, chmodSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/*
 * Every start of the local Bluesky network gets its own folder
 * `<tmp>/bsky-run-XXXXXX`: PostgreSQL's data, the PDS's sqlite files and
 * blobs. close() removes it. A run that crashed (a vitest worker that
 * aborted, a killed process) leaves it behind with its PostgreSQL still
 * running; the next start stops that PostgreSQL and removes the folder when
 * the process named in its owner.json has ended, or, without owner.json,
 * when it is older than an hour.
 */

/** Prefix of the per-run folders in the system temp folder. */
export const RUN_FOLDER_PREFIX = "bsky-run-";

const OWNER_FILE = "owner.json";

/** The run folders this process uses now (a crashed run's process id may be ours again). */
const activeFolders = new Set<string>();

/** Makes a fresh run folder, readable by everybody (PostgreSQL runs as the `postgres` user when we are root). */
export function createRunFolder(parent: string = tmpdir()): string {
  const dir = mkdtempSync(join(parent, RUN_FOLDER_PREFIX));
  chmodSync(dir, 0o755);
  writeFileSync(join(dir, OWNER_FILE), JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString() }));
  activeFolders.add(dir);
  return dir;
}

/** Removes a run folder and everything in it; no error when it is gone. */
export function removeRunFolder(dir: string): void {
  // Retries: a process that just ended may leave files appearing for a moment.
  rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  activeFolders.delete(dir);
}

/** True when a process with this id exists (we may not be allowed to signal it: it exists too). */
function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The process id that made the folder, when it wrote one. */
function ownerOf(dir: string): number | undefined {
  try {
    const pid = (JSON.parse(readFileSync(join(dir, OWNER_FILE), "utf8")) as { pid?: unknown }).pid;
    return typeof pid === "number" ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Stops a PostgreSQL still serving a data folder of a crashed run. Only a
 * process whose command line names exactly that folder is signalled, so a
 * reused process id hits nothing else.
 */
async function stopOrphanPostgres(dataDir: string): Promise<void> {
  let pid: number;
  try {
    pid = Number.parseInt(readFileSync(join(dataDir, "postmaster.pid"), "utf8").split("\n")[0] ?? "", 10);
  } catch {
    return;
  }
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    const commandLine = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    if (!commandLine.some((part) => part === dataDir) || !commandLine.some((part) => part.endsWith("postgres"))) return;
    process.kill(pid, "SIGQUIT");
  } catch {
    // Gone already, or not ours to stop.
    return;
  }
  // It writes into the folder while it stops: remove the folder only after.
  for (let wait = 0; wait < 100 && processAlive(pid); wait++) await new Promise((resolve) => setTimeout(resolve, 50));
}

/**
 * Removes run folders of crashed runs: made by a process that no longer
 * runs, or (no owner.json) older than `maxAgeMs` by their last change.
 * Returns the removed paths.
 */
export async function cleanStaleRunFolders(parent: string = tmpdir(), maxAgeMs = 60 * 60_000, now = Date.now()): Promise<string[]> {
  let names: string[];
  try {
    names = readdirSync(parent).filter((name) => name.startsWith(RUN_FOLDER_PREFIX));
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const dir = join(parent, name);
    try {
      const stat = statSync(dir);
      if (!stat.isDirectory() || activeFolders.has(dir)) continue;
      const owner = ownerOf(dir);
      if (owner === undefined) {
        // Without an owner file (being made right now, or not ours): by age only.
        if (now - stat.mtimeMs < maxAgeMs) continue;
      } else if (owner !== process.pid && processAlive(owner)) {
        continue;
      }
      await stopOrphanPostgres(join(dir, "pg"));
      removeRunFolder(dir);
      removed.push(dir);
    } catch {
      // Another run cleans it at the same moment, or it is not ours: leave it.
    }
  }
  return removed;
}
