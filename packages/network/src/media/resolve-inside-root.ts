import { realpath } from "node:fs/promises";
import path from "node:path";
import { MediaStoreError } from "./media-store-error.js";
import { storageKeySegments } from "./storage-key.js";

/**
 * True when `candidate` is strictly below `root`. The prefix ends with a
 * separator, so that `/srv/media-old/x` is not taken to be inside `/srv/media`.
 */
export function isInsideRoot(root: string, candidate: string): boolean {
  const prefix = root.endsWith(path.sep) ? root : `${root}${path.sep}`;
  return candidate.length > prefix.length && candidate.startsWith(prefix);
}

/**
 * The real path of the file a storage key names below `realRoot` (itself a
 * real path, without symbolic links): the key must be safe (see
 * `storageKeyProblem`), and its real path, with every symbolic link
 * resolved, must still be below the root.
 *
 * @throws MediaStoreError `"invalid-key"` for an unsafe key or one that leads
 *   outside the root (the message names the key, never a path);
 *   `"not-found"` when nothing is there
 */
export async function resolveInsideRoot(realRoot: string, storageKey: string, mediaId?: string): Promise<string> {
  const segments = storageKeySegments(storageKey, mediaId);
  const details = { ...(mediaId === undefined ? {} : { mediaId }), storageKey };
  const named = `The storage key ${JSON.stringify(storageKey)}${mediaId === undefined ? "" : ` of medium ${JSON.stringify(mediaId)}`}`;
  const lexical = path.join(realRoot, ...segments);
  // A safe key cannot leave the root lexically; checked all the same, as the
  // last line of defence should the key rules ever be loosened.
  if (!isInsideRoot(realRoot, lexical)) throw new MediaStoreError("invalid-key", `${named} leads outside the media store.`, details);
  let real: string;
  try {
    real = await realpath(lexical);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new MediaStoreError("not-found", `${named} names no file in the media store.`, details, { cause: error });
    if (code === "ELOOP" || code === "ENAMETOOLONG") throw new MediaStoreError("invalid-key", `${named} cannot be resolved (${code}).`, details, { cause: error });
    throw error;
  }
  if (!isInsideRoot(realRoot, real)) throw new MediaStoreError("invalid-key", `${named} leads outside the media store through a symbolic link.`, details);
  return real;
}
