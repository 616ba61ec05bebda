import { open, readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import canonicalize from "canonicalize";
import { CoreError } from "../errors/core-errors.js";
import type { AuditAnchorRecord, AuditAnchorSink, AuditAnchorSinkItem } from "./audit-anchor.js";

/** Options of {@link openFileAuditAnchorSink}. */
export interface FileAuditAnchorSinkOptions {
  /**
   * The anchor file: created if missing; an existing one must be an anchor
   * file of kommune-sm. Put it where the database's writers cannot write
   * (another volume or account, a file with the append-only attribute,
   * a folder a log shipper copies away), never beside the database.
   */
  readonly file: string;
}

/** The first line of every anchor file: it tells the file from any other. */
export const AUDIT_ANCHOR_FILE_HEADER = '{"format":"kommune-sm/audit-anchors","version":1}';

// Enough to read the header line of any file without reading a large one.
const headerBytes = 256;

async function firstBytes(file: string): Promise<string | undefined> {
  let handle;
  try {
    handle = await open(file, "r");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  try {
    const buffer = Buffer.alloc(headerBytes);
    const { bytesRead } = await handle.read(buffer, 0, headerBytes, 0);
    return buffer.subarray(0, bytesRead).toString("utf8");
  } finally {
    await handle.close();
  }
}

async function syncFolder(folder: string): Promise<void> {
  // Makes a new file's entry in its folder durable; not every platform can
  // open a folder for that (Windows cannot), and then the file's own fsync is all there is.
  try {
    const handle = await open(folder, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // best effort, see above
  }
}

/**
 * Opens (or creates) an append-only file of anchored heads: one JSON line
 * per record after a header line that marks the file as kommune-sm's. Every
 * record is written with an `fsync` before `append` resolves; nothing in the
 * file is ever changed or removed. A file that exists and is not an anchor
 * file (another program's file, the database itself) is refused with
 * `CORE_INVALID_ARGUMENT` and left as it was.
 *
 * One file may serve several organisations and several processes (appends
 * are single writes to a file opened for appending). A line left half
 * written by a crash is reported by {@link AuditAnchor.read} as
 * `unreadable` and does not spoil the lines after it.
 *
 * It is the sink core ships; one that sends heads to an HTTP service, a
 * timestamping authority or a second database is a plugin's job (see
 * {@link AuditAnchorSink}).
 *
 * @example
 * ```ts
 * const sink = await openFileAuditAnchorSink({ file: "/mnt/anchors/kommune-sm-anchors.jsonl" });
 * ```
 */
export async function openFileAuditAnchorSink(options: FileAuditAnchorSinkOptions): Promise<AuditAnchorSink> {
  if (typeof options?.file !== "string" || options.file === "") {
    throw new CoreError("CORE_INVALID_ARGUMENT", "openFileAuditAnchorSink needs `file`, the path of the anchor file.");
  }
  const file = resolve(options.file);
  const start = await firstBytes(file);
  if (start === undefined || start === "") {
    // New (or empty) file: the header goes in first, durably. "wx" refuses to
    // take over a file that another process created in the meantime.
    const handle = await open(file, start === undefined ? "wx" : "a").catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== "EEXIST") throw error;
      return undefined;
    });
    if (handle) {
      try {
        await handle.write(`${AUDIT_ANCHOR_FILE_HEADER}\n`);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await syncFolder(dirname(file));
    }
    if (!handle && !(await firstBytes(file))?.startsWith(`${AUDIT_ANCHOR_FILE_HEADER}\n`)) notOurs(file);
  } else if (!start.startsWith(`${AUDIT_ANCHOR_FILE_HEADER}\n`) && start !== AUDIT_ANCHOR_FILE_HEADER) {
    notOurs(file);
  }

  let queue: Promise<unknown> = Promise.resolve();
  const where = (line: number) => `line ${line} of ${file}`;

  return {
    kind: `file:${file}`,

    append(record: AuditAnchorRecord): Promise<void> {
      const line = canonicalize({
        organisationId: record.organisationId,
        seq: record.seq,
        hash: record.hash,
        anchoredAt: record.anchoredAt,
        keyId: record.keyId,
        signature: record.signature,
      });
      if (line === undefined) return Promise.reject(new CoreError("CORE_INVALID_ARGUMENT", "An anchor record must be a JSON object."));
      // One append at a time from this process, so that the check for a
      // half-written last line and the write that follows belong together.
      const run = queue.then(async () => {
        const handle = await open(file, "a+");
        try {
          const { size } = await handle.stat();
          let prefix = "";
          if (size > 0) {
            const last = Buffer.alloc(1);
            await handle.read(last, 0, 1, size - 1);
            // A line a crash left without its end: start on a fresh line.
            if (last[0] !== 0x0a) prefix = "\n";
          }
          await handle.write(`${prefix}${line}\n`);
          await handle.sync();
        } finally {
          await handle.close();
        }
      });
      queue = run.catch(() => undefined);
      return run;
    },

    async read(organisationId: string): Promise<readonly AuditAnchorSinkItem[]> {
      const text = await readFile(file, "utf8");
      const lines = text.split("\n");
      if (lines[0] !== AUDIT_ANCHOR_FILE_HEADER) notOurs(file);
      const items: AuditAnchorSinkItem[] = [];
      for (let index = 1; index < lines.length; index++) {
        const line = lines[index]!;
        if (line.trim() === "") continue;
        let value: unknown;
        try {
          value = JSON.parse(line);
        } catch (error) {
          // It cannot be told whose record it was: every organisation hears of it.
          items.push({ where: where(index + 1), unreadable: `the line is not JSON (${error instanceof Error ? error.message : String(error)})` });
          continue;
        }
        const owner = typeof value === "object" && value !== null ? (value as { organisationId?: unknown }).organisationId : undefined;
        // Records of other organisations that share the file are left out;
        // anything that names no organisation is handed on to be reported.
        if (typeof owner === "string" && owner !== organisationId) continue;
        items.push({ where: where(index + 1), record: value });
      }
      return items;
    },
  };
}

function notOurs(file: string): never {
  throw new CoreError(
    "CORE_INVALID_ARGUMENT",
    `The file ${file} is not an audit anchor file of kommune-sm: it does not start with the line ${AUDIT_ANCHOR_FILE_HEADER}. It was left unchanged; give the anchors a file of their own.`,
  );
}
