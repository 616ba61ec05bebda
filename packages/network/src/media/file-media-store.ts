import { constants } from "node:fs";
import { open, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { CoreError, systemClock, type Clock } from "@kommune-sm/core";
import type { MediaFacts, MediaReadOptions, MediaSource, MediaStore, OpenedMedia } from "./media-store.js";
import { MediaStoreError } from "./media-store-error.js";
import { mediaFactsOf, storedKeyOf } from "./media-facts.js";
import { MEDIA_SNIFF_BYTES } from "./media-format.js";
import { publicUrlOf, type PublicUrlSettings } from "./public-url-of.js";
import { resolveInsideRoot } from "./resolve-inside-root.js";

/** The largest file a file media store reads into memory unless told otherwise: 512 MiB. */
export const DEFAULT_MAX_OPEN_BYTES = 512 * 1024 * 1024;

// Large files are read in pieces, so that an abort is noticed between them.
const CHUNK_BYTES = 4 * 1024 * 1024;
// Not following a symbolic link put in place after the check, and not
// waiting for a writer when the key names a FIFO. Both are 0 on Windows.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/** Options of {@link createFileMediaStore}. */
export interface FileMediaStoreOptions extends PublicUrlSettings {
  /** The folder that holds the media; storage keys are paths relative to it. It must exist when the store is first used. */
  readonly root: string;
  /** Where the time of signed URLs comes from; default the system clock. */
  readonly clock?: Clock;
  /** The largest file `open` reads into memory, in bytes; default {@link DEFAULT_MAX_OPEN_BYTES}. */
  readonly maxOpenBytes?: number;
}

/** A {@link MediaStore} over a folder, with what the handler serving its public URLs needs. */
export interface FileMediaStore extends MediaStore {
  /** The root folder, as an absolute path. */
  readonly root: string;
  /**
   * The real path of the file a storage key names, always strictly inside
   * the root: for handing the file to a server that streams it.
   *
   * @throws MediaStoreError `"invalid-key"`, `"not-found"`
   */
  pathOf(storageKey: string): Promise<string>;
  /**
   * A file by its key alone, as the handler of public URLs serves it after
   * `verifyMediaUrl`: any known format, since the kind was checked when
   * the URL was signed.
   */
  openKey(storageKey: string, options?: MediaReadOptions): Promise<OpenedMedia>;
}

/**
 * A media store over a folder of the server. A storage key is a path below
 * `root` (`"2027/03/stadtfest.jpg"`), and the store never reads or hands out
 * a path outside it: unsafe keys are refused (`..`, absolute paths, NUL,
 * backslashes, colons, percent escapes; see `storageKeyProblem`), and a
 * symbolic link that leads out of the root is refused after resolving it.
 * Sizes come from the file system, types from the files' first bytes.
 *
 * With `publicBaseUrl` and `signingKey`, `publicUrl` hands out signed URLs
 * that expire; the embedding application serves them with a small handler
 * that calls `verifyMediaUrl` and {@link FileMediaStore.openKey}. Without,
 * `publicUrl` is refused with reason `"public-url-not-offered"`.
 *
 * The root itself is trusted: whoever may write into it can put any file
 * there. Keep it writable only by the application.
 *
 * @throws CoreError `CORE_INVALID_ARGUMENT` for malformed options
 * @example
 * ```ts
 * const media = createFileMediaStore({
 *   root: "/srv/kommune-sm/media",
 *   publicBaseUrl: "https://medien.musterstadt.example/m",
 *   signingKey: process.env.MEDIA_SIGNING_KEY!,
 * });
 * ```
 */
export function createFileMediaStore(options: FileMediaStoreOptions): FileMediaStore {
  const where = "createFileMediaStore";
  if (typeof options?.root !== "string" || options.root === "") throw new CoreError("CORE_INVALID_ARGUMENT", `${where}: root must be the path of a folder.`);
  const maxOpenBytes = options.maxOpenBytes ?? DEFAULT_MAX_OPEN_BYTES;
  if (!Number.isSafeInteger(maxOpenBytes) || maxOpenBytes < 1) throw new CoreError("CORE_INVALID_ARGUMENT", `${where}: maxOpenBytes must be a positive integer, got ${String(maxOpenBytes)}.`);
  const root = path.resolve(options.root);
  let realRoot: Promise<string> | undefined;

  // Resolved on first use, and remembered only once it worked: the folder
  // may be mounted after the store was made.
  const rootPath = (): Promise<string> => {
    realRoot ??= resolveRoot(root).catch((error: unknown) => {
      realRoot = undefined;
      throw error;
    });
    return realRoot;
  };

  const read = async (media: { readonly id?: string; readonly kind?: MediaSource["kind"] }, storageKey: string, whole: boolean, signal: AbortSignal | undefined): Promise<OpenedMedia> => {
    signal?.throwIfAborted();
    const real = await resolveInsideRoot(await rootPath(), storageKey, media.id);
    const { bytes, size } = await readFile(real, storageKey, media.id, whole ? maxOpenBytes : undefined, signal);
    return { ...mediaFactsOf(media, storageKey, bytes, size), bytes };
  };

  const statMedia = async (media: MediaSource, readOptions: MediaReadOptions = {}): Promise<MediaFacts> => {
    const { bytes: _head, ...facts } = await read(media, storedKeyOf(media), false, readOptions.signal);
    return facts;
  };

  return {
    root,
    stat: statMedia,
    async open(media, readOptions = {}) {
      return read(media, storedKeyOf(media), true, readOptions.signal);
    },
    publicUrl: publicUrlOf(options, options.clock ?? systemClock, statMedia, where),
    async pathOf(storageKey) {
      return resolveInsideRoot(await rootPath(), storageKey);
    },
    async openKey(storageKey, readOptions = {}) {
      return read({}, storageKey, true, readOptions.signal);
    },
  };
}

async function resolveRoot(root: string): Promise<string> {
  let real: string;
  try {
    real = await realpath(root);
  } catch (error) {
    throw new CoreError("CORE_INVALID_ARGUMENT", `createFileMediaStore: the root folder ${JSON.stringify(root)} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}).`, { cause: error });
  }
  if (!(await stat(real)).isDirectory()) throw new CoreError("CORE_INVALID_ARGUMENT", `createFileMediaStore: the root ${JSON.stringify(root)} is not a folder.`);
  return real;
}

/**
 * The first {@link MEDIA_SNIFF_BYTES} bytes of a file (or all of them, when
 * `maxBytes` is given), and its size. The file is checked to be a regular
 * file before it is opened, and to be the same file after.
 */
async function readFile(real: string, storageKey: string, mediaId: string | undefined, maxBytes: number | undefined, signal: AbortSignal | undefined): Promise<{ bytes: Uint8Array; size: number }> {
  const details = { ...(mediaId === undefined ? {} : { mediaId }), storageKey };
  const named = `The storage key ${JSON.stringify(storageKey)}${mediaId === undefined ? "" : ` of medium ${JSON.stringify(mediaId)}`}`;
  const before = await stat(real).catch((error: unknown) => {
    throw missing(error, named, details);
  });
  if (!before.isFile()) throw new MediaStoreError("not-a-file", `${named} names a folder or another thing that is not a file.`, details);
  const handle = await open(real, OPEN_FLAGS).catch((error: unknown) => {
    throw missing(error, named, details);
  });
  try {
    const info = await handle.stat();
    if (!info.isFile() || info.ino !== before.ino || info.dev !== before.dev) {
      throw new MediaStoreError("not-found", `${named} names a file that was replaced while it was opened; try again.`, details);
    }
    if (maxBytes !== undefined && info.size > maxBytes) {
      throw new MediaStoreError("too-large", `${named} names a file of ${info.size} bytes; this store hands out at most ${maxBytes} bytes at once.`, { ...details, sizeBytes: info.size, maxBytes });
    }
    const length = maxBytes === undefined ? Math.min(info.size, MEDIA_SNIFF_BYTES) : info.size;
    const bytes = new Uint8Array(length);
    let filled = 0;
    while (filled < length) {
      signal?.throwIfAborted();
      const { bytesRead } = await handle.read(bytes, filled, Math.min(CHUNK_BYTES, length - filled), filled);
      if (bytesRead === 0) break; // the file got shorter since stat
      filled += bytesRead;
    }
    signal?.throwIfAborted();
    const content = filled === length ? bytes : bytes.slice(0, filled);
    return { bytes: content, size: maxBytes === undefined ? info.size : filled };
  } finally {
    await handle.close();
  }
}

function missing(error: unknown, named: string, details: { storageKey: string; mediaId?: string }): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT" || code === "ENOTDIR") return new MediaStoreError("not-found", `${named} names no file in the media store.`, details, { cause: error });
  // O_NOFOLLOW met a symbolic link put in place after the path was checked.
  if (code === "ELOOP") return new MediaStoreError("invalid-key", `${named} became a symbolic link while it was opened.`, details, { cause: error });
  return error;
}
