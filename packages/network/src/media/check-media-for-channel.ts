import type { Media } from "@kommune-sm/core";
import type { MediaCapabilitiesV1 } from "../spec/capabilities-v1.js";
import { findMediaProblems, type MediaItemFacts } from "./find-media-problems.js";
import { MEDIA_FORMATS } from "./media-format.js";
import { mediaProblem, type MediaProblem, type MediaProblemKey } from "./media-problem.js";
import type { MediaReadOptions, MediaStore } from "./media-store.js";
import { MediaStoreError, type MediaStoreErrorReason } from "./media-store-error.js";

// What the store's refusals mean for the post; the others are not about the
// medium ("public-url-not-offered") or cannot come from `stat` ("not-stored",
// which is only asked for stored media).
const problemOfReason: Partial<Record<MediaStoreErrorReason, MediaProblemKey>> = {
  "not-found": "not-found",
  "invalid-key": "invalid-key",
  "not-a-file": "not-a-file",
  "unknown-format": "unknown-format",
  "kind-mismatch": "kind-mismatch",
  "too-large": "too-large",
};

/**
 * Checks a post's media against a channel's media capabilities before the
 * network is called, with sizes and types from the media store: every
 * problem of {@link findMediaProblems}, and for each stored medium whether
 * its file is there and of its declared kind. A medium known only by `url`
 * is checked by the size it declares (`sizeBytes`), if any. Each problem
 * names the medium's position and the limit; an empty list means the media
 * fit. The store is asked one medium after the other, for its facts only
 * (`stat`), never for the bytes.
 *
 * @throws the signal's reason when aborted; a store failure that is not about a medium (a failing disk)
 * @example
 * ```ts
 * const problems = await checkMediaForChannel(post.media, adapter.capabilities.media, mediaStore);
 * for (const problem of problems) console.log(describeMediaProblem(problem, "de"));
 * ```
 */
export async function checkMediaForChannel(media: readonly Media[], capabilities: MediaCapabilitiesV1, store: MediaStore, options: MediaReadOptions = {}): Promise<MediaProblem[]> {
  const facts: MediaItemFacts[] = [];
  const storeProblems: MediaProblem[] = [];
  for (const [index, item] of media.entries()) {
    options.signal?.throwIfAborted();
    const { sizeBytes: declaredSize, ...rest } = item;
    let sizeBytes = item.storageKey === undefined ? declaredSize : undefined;
    if (item.storageKey !== undefined) {
      try {
        sizeBytes = (await store.stat(item, options)).size;
      } catch (error) {
        const problem = storeProblem(index, item, error);
        if (problem === undefined) throw error;
        storeProblems.push(problem);
      }
    }
    // One entry per medium, also for one the store could not read, so that positions stay right.
    facts.push({ ...rest, ...(sizeBytes === undefined ? {} : { sizeBytes }) });
  }
  return merge(findMediaProblems(facts, capabilities), storeProblems);
}

function storeProblem(index: number, item: Media, error: unknown): MediaProblem | undefined {
  if (!MediaStoreError.isMediaStoreError(error)) return undefined;
  const key = problemOfReason[error.reason];
  if (key === undefined) return undefined;
  const { details } = error;
  switch (key) {
    case "kind-mismatch": {
      const detected = Object.values(MEDIA_FORMATS).find((format) => format.mimeType === details.detectedMimeType);
      return mediaProblem(index, item.id, key, { declared: item.kind, kind: detected?.kind ?? "unknown", mimeType: details.detectedMimeType ?? "unknown" });
    }
    case "too-large":
      return mediaProblem(index, item.id, key, { kind: item.kind, sizeBytes: details.sizeBytes ?? 0, maxBytes: details.maxBytes ?? 0 });
    default:
      return mediaProblem(index, item.id, key);
  }
}

/** Both lists in the order of the media (stable: within one medium, the store's problem first). */
function merge(checked: readonly MediaProblem[], fromStore: readonly MediaProblem[]): MediaProblem[] {
  return [...fromStore, ...checked].sort((a, b) => a.index - b.index);
}
