import { MediaStoreError } from "./media-store-error.js";

/** The longest storage key, as `Media.storageKey` allows. */
export const MAX_STORAGE_KEY_LENGTH = 1024;

// C0 and C1 control characters, NUL and DEL among them: a NUL ends a path in C
// (the file system would open a shorter path than the one checked), a line
// break forges log lines.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// "%2e%2e%2f" is "../" to every layer that decodes URLs once more.
const PERCENT_ESCAPE = /%[0-9A-Fa-f]{2}/;
// "..", ".", "...", ". .": Windows drops trailing dots and spaces, so any of
// these can mean the folder itself or its parent there.
const DOTS_ONLY = /^[. ]+$/;
// Device names open a device instead of a file on Windows, whatever follows the dot.
const WINDOWS_DEVICE = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?:\..*)?$/i;

/**
 * What is wrong with `key` as a storage key, in English, or undefined when it
 * is a safe one: a relative path of names joined by `/`, which can only mean
 * a file below the folder it is resolved in, on any operating system and
 * after any number of URL decodings. Refused: an empty or over-long key,
 * control characters (NUL among them), backslashes, colons (drive letters,
 * Windows streams), an absolute path, a percent escape (`%2e%2e`), empty
 * segments (`a//b`, a trailing `/`), segments of dots (`.`, `..`, `. .`) and
 * Windows device names (`con`, `nul.jpg`).
 *
 * Umlauts, spaces inside names and other Unicode letters are fine:
 * `"2027/03/Stadtfest Übersicht.jpg"` is a safe key.
 */
export function storageKeyProblem(key: unknown): string | undefined {
  if (typeof key !== "string" || key.length === 0) return "must be a non-empty string";
  if (key.length > MAX_STORAGE_KEY_LENGTH) return `is ${key.length} characters long, more than the ${MAX_STORAGE_KEY_LENGTH} allowed`;
  if (CONTROL.test(key)) return "contains a control character (such as NUL or a line break)";
  if (key.includes("\\")) return "contains a backslash; separate folders with /";
  if (key.startsWith("/")) return "is an absolute path; it must be relative to the media store";
  if (key.includes(":")) return "contains a colon (a drive letter or a Windows file stream)";
  if (PERCENT_ESCAPE.test(key)) return "contains a percent escape such as %2e; store the plain name";
  for (const segment of key.split("/")) {
    if (segment === "") return "has an empty segment (// or a trailing /)";
    if (DOTS_ONLY.test(segment)) return `has the segment ${JSON.stringify(segment)}, made of dots; it could lead out of the media store`;
    if (WINDOWS_DEVICE.test(segment)) return `has the segment ${JSON.stringify(segment)}, a device name on Windows`;
  }
  return undefined;
}

/** True when `key` is a safe storage key, see {@link storageKeyProblem}. */
export function isSafeStorageKey(key: unknown): key is string {
  return storageKeyProblem(key) === undefined;
}

/**
 * The segments of a safe storage key, e.g. `["2027", "03", "stadtfest.jpg"]`.
 *
 * @throws MediaStoreError with reason `"invalid-key"` naming what is wrong (see {@link storageKeyProblem})
 */
export function storageKeySegments(key: unknown, mediaId?: string): readonly string[] {
  const problem = storageKeyProblem(key);
  if (problem !== undefined) {
    const shown = typeof key === "string" ? JSON.stringify(key.length > 120 ? `${key.slice(0, 120)}…` : key) : typeof key;
    throw new MediaStoreError("invalid-key", `The storage key ${shown}${mediaId === undefined ? "" : ` of medium ${JSON.stringify(mediaId)}`} ${problem}.`, {
      ...(mediaId === undefined ? {} : { mediaId }),
      ...(typeof key === "string" ? { storageKey: key } : {}),
    });
  }
  return (key as string).split("/");
}
