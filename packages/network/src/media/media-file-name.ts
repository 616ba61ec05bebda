import type { MediaFormat } from "./media-format.js";

/**
 * The file name an upload should carry: the storage key's last segment, with
 * the format's usual extension appended when the name has none of the
 * format's extensions. Some networks check that a file's name and its bytes
 * agree, so `foto.png` holding a JPEG goes out as `foto.png.jpg`.
 *
 * @example
 * ```ts
 * mediaFileName("2027/03/stadtfest.JPG", MEDIA_FORMATS.jpeg); // "stadtfest.JPG"
 * mediaFileName("2027/03/stadtfest", MEDIA_FORMATS.jpeg);     // "stadtfest.jpg"
 * ```
 */
export function mediaFileName(storageKey: string, format: MediaFormat): string {
  const name = storageKey.slice(storageKey.lastIndexOf("/") + 1);
  const dot = name.lastIndexOf(".");
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
  return format.extensions.includes(extension) ? name : `${name}.${format.extensions[0]!}`;
}
