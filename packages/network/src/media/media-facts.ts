import type { MediaKind } from "@kommune-sm/core";
import type { MediaFacts, MediaSource } from "./media-store.js";
import { MediaStoreError, nameOfMedium } from "./media-store-error.js";
import { MEDIA_FORMATS, sniffMediaFormat } from "./media-format.js";
import { mediaFileName } from "./media-file-name.js";

/**
 * The facts of a stored medium from its first bytes and its size; what every
 * store answers in `stat` and `open`. Without a declared `kind` (a file
 * served by key alone) any known format is fine.
 *
 * @throws MediaStoreError `"unknown-format"` when the bytes are no known format,
 *   `"kind-mismatch"` when they are of another kind than `media.kind` (naming both)
 */
export function mediaFactsOf(media: { readonly id?: string; readonly kind?: MediaKind }, storageKey: string, head: Uint8Array, size: number): MediaFacts {
  const format = sniffMediaFormat(head);
  const details = { ...(media.id === undefined ? {} : { mediaId: media.id }), storageKey };
  if (format === undefined) {
    const known = Object.values(MEDIA_FORMATS)
      .map((entry) => entry.name.toUpperCase())
      .join(", ");
    throw new MediaStoreError("unknown-format", `The file of ${nameOfMedium(media.id)} (${JSON.stringify(storageKey)}) is none of the known formats (${known}).`, details);
  }
  if (media.kind !== undefined && format.kind !== media.kind) {
    throw new MediaStoreError(
      "kind-mismatch",
      `${capitalise(nameOfMedium(media.id))} is declared as ${media.kind}, but its file (${JSON.stringify(storageKey)}) is ${format.kind === "image" ? "an" : "a"} ${format.kind} (${format.mimeType}).`,
      { ...details, declaredKind: media.kind, detectedMimeType: format.mimeType },
    );
  }
  return { size, mimeType: format.mimeType, kind: format.kind, fileName: mediaFileName(storageKey, format) };
}

/**
 * The storage key of a medium a store is asked to read.
 *
 * @throws MediaStoreError `"not-stored"` when it has none
 */
export function storedKeyOf(media: MediaSource): string {
  if (media.storageKey === undefined) {
    throw new MediaStoreError(
      "not-stored",
      `${capitalise(nameOfMedium(media.id))} has no storageKey, so no media store holds it${media.url === undefined ? "" : "; it is found by its url"}.`,
      { mediaId: media.id },
    );
  }
  return media.storageKey;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
