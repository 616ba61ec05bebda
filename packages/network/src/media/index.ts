/**
 * Media for adapters: the media store port (`MediaStore`), which hands an
 * adapter a medium's bytes or a signed, expiring public URL; a store over a
 * folder (`createFileMediaStore`) with `verifyMediaUrl` for the handler that
 * serves its URLs; a store in memory for tests; and the checks of a post's
 * media against a channel's capabilities before the call.
 *
 * @module
 */
export type { MediaStore, MediaSource, MediaFacts, OpenedMedia, PublicMediaUrl, MediaReadOptions, PublicMediaUrlOptions } from "./media-store.js";
export { MediaStoreError, MEDIA_STORE_ERROR_CODES, type MediaStoreErrorReason, type MediaStoreErrorDetails } from "./media-store-error.js";
export { storageKeyProblem, isSafeStorageKey, storageKeySegments, MAX_STORAGE_KEY_LENGTH } from "./storage-key.js";
export { sniffMediaFormat, MEDIA_FORMATS, MEDIA_SNIFF_BYTES, type MediaFormat, type MediaFormatName } from "./media-format.js";
export { mediaFileName } from "./media-file-name.js";
export { mediaFactsOf } from "./media-facts.js";
export { MIN_SIGNING_KEY_BYTES, type MediaSigningKey } from "./media-url-signature.js";
export { signMediaUrl, MAX_MEDIA_URL_LIFETIME_MS, type SignMediaUrlOptions } from "./sign-media-url.js";
export { verifyMediaUrl, type VerifyMediaUrlOptions, type MediaUrlVerification, type MediaUrlRefusal } from "./verify-media-url.js";
export type { PublicUrlSettings } from "./public-url-of.js";
export { createFileMediaStore, DEFAULT_MAX_OPEN_BYTES, type FileMediaStore, type FileMediaStoreOptions } from "./file-media-store.js";
export { createMemoryMediaStore, type MemoryMediaStore, type MemoryMediaStoreOptions } from "./memory-media-store.js";
export { sampleMediaBytes } from "./media-samples.js";
export { mediaMessages } from "./media-messages.js";
export { describeMediaProblem, type MediaProblem, type MediaProblemKey } from "./media-problem.js";
export { findMediaProblems, type MediaItemFacts } from "./find-media-problems.js";
export { checkMediaForChannel } from "./check-media-for-channel.js";
