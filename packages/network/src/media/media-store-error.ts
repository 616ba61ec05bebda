import { PublishingError, type NetworkErrorCode } from "../spec/network-error.js";

/**
 * Why a {@link MediaStore} could not answer, as a stable key:
 * - `"not-stored"`: the medium has no `storageKey`, so no store holds it;
 * - `"not-found"`: nothing is stored under its `storageKey`;
 * - `"invalid-key"`: the `storageKey` is not a safe relative path, or it
 *   leads outside the store (through a symbolic link);
 * - `"not-a-file"`: the key names a folder or another thing that is no file;
 * - `"unknown-format"`: the bytes are none of the formats the store knows;
 * - `"kind-mismatch"`: the bytes are of another kind than the medium declares;
 * - `"too-large"`: the file is larger than the store hands out in one piece;
 * - `"public-url-not-offered"`: the store cannot give out public URLs.
 */
export type MediaStoreErrorReason =
  | "not-stored"
  | "not-found"
  | "invalid-key"
  | "not-a-file"
  | "unknown-format"
  | "kind-mismatch"
  | "too-large"
  | "public-url-not-offered";

/**
 * The code each reason is thrown with. These are the nearest codes of the
 * network package's table; the reason (`MediaStoreError.reason`) is the
 * precise, stable part to branch on.
 */
export const MEDIA_STORE_ERROR_CODES: Readonly<Record<MediaStoreErrorReason, NetworkErrorCode>> = Object.freeze({
  "not-stored": "NETWORK_MEDIA_NOT_FOUND",
  "not-found": "NETWORK_MEDIA_NOT_FOUND",
  "invalid-key": "NETWORK_MEDIA_INVALID",
  "not-a-file": "NETWORK_MEDIA_INVALID",
  "unknown-format": "NETWORK_MEDIA_INVALID",
  "kind-mismatch": "NETWORK_MEDIA_INVALID",
  "too-large": "NETWORK_MEDIA_INVALID",
  "public-url-not-offered": "NETWORK_MEDIA_URL_UNAVAILABLE",
});

/** The facts behind a {@link MediaStoreError}, beside its message. */
export interface MediaStoreErrorDetails {
  /** Id of the medium, when the error is about one. */
  readonly mediaId?: string;
  /** The storage key it is about. */
  readonly storageKey?: string;
  /** The kind the medium declares (`"kind-mismatch"`). */
  readonly declaredKind?: string;
  /** The MIME type found in the bytes (`"kind-mismatch"`). */
  readonly detectedMimeType?: string;
  /** The file's size in bytes (`"too-large"`). */
  readonly sizeBytes?: number;
  /** The largest size the store hands out, in bytes (`"too-large"`). */
  readonly maxBytes?: number;
}

/**
 * A medium a {@link MediaStore} cannot hand out, with a stable `reason` and
 * the facts behind it. The message, in English, names the medium, its key
 * and what is wrong; it never names a path on the server.
 *
 * @example
 * ```ts
 * try { await store.open(media) }
 * catch (error) {
 *   if (MediaStoreError.isMediaStoreError(error) && error.reason === "not-found") ...
 * }
 * ```
 */
export class MediaStoreError extends PublishingError {
  /** Why the store could not answer. */
  readonly reason: MediaStoreErrorReason;
  /** The facts behind it. */
  readonly details: MediaStoreErrorDetails;

  constructor(reason: MediaStoreErrorReason, message: string, details: MediaStoreErrorDetails = {}, options: { cause?: unknown } = {}) {
    super(MEDIA_STORE_ERROR_CODES[reason], message, options);
    this.name = "MediaStoreError";
    this.reason = reason;
    this.details = Object.freeze({ ...details });
  }

  /** True for a {@link MediaStoreError} from any copy of this package. */
  static isMediaStoreError(error: unknown): error is MediaStoreError {
    return (
      PublishingError.isInstance(error) &&
      (error as Error).name === "MediaStoreError" &&
      typeof (error as MediaStoreError).reason === "string" &&
      Object.hasOwn(MEDIA_STORE_ERROR_CODES, (error as MediaStoreError).reason)
    );
  }
}

/** `medium "foto-1"` for messages; the id is quoted as JSON so control characters cannot forge log lines. */
export function nameOfMedium(mediaId: string | undefined): string {
  return mediaId === undefined ? "the medium" : `medium ${JSON.stringify(mediaId)}`;
}
