import type { Media, MediaKind } from "@kommune-sm/core";

/** What a {@link MediaStore} reads of a medium: its id and kind, and where it is. */
export type MediaSource = Pick<Media, "id" | "kind" | "storageKey" | "url">;

/** Size and type of a stored medium, read from the store, not from the medium's own fields. */
export interface MediaFacts {
  /** Size in bytes. */
  readonly size: number;
  /** MIME type found in the bytes, e.g. `"image/jpeg"`; send this, not `Media.mimeType`. */
  readonly mimeType: string;
  /** The kind of the format found; always the medium's declared kind (a mismatch is an error). */
  readonly kind: MediaKind;
  /** A file name for uploads: the key's last segment, with the extension of the format found added when it has another one. */
  readonly fileName: string;
}

/**
 * A stored medium, read whole. `bytes` is a plain `Uint8Array` that belongs
 * to the caller:
 * - `new Blob([bytes], { type: mimeType })` goes into a `FormData` for a
 *   multipart upload (Mastodon); on Node 20 `FormData` takes only a Blob or
 *   a string, not a stream, so a streamed medium would have to be read into
 *   memory there anyway;
 * - `bytes` is a `fetch` body as it is (Bluesky's `uploadBlob`), with a
 *   known `Content-Length`, while a stream body needs `duplex: "half"` and
 *   is sent chunked;
 * - it can be sent again when an upload is retried, which a consumed stream
 *   cannot.
 * The networks' limits keep media small enough for memory (tens of
 * megabytes); a store refuses files above its own limit (`"too-large"`).
 */
export interface OpenedMedia extends MediaFacts {
  /** The file's content; a fresh copy for every call. */
  readonly bytes: Uint8Array;
}

/** A public address of a medium, for networks that fetch media themselves. */
export interface PublicMediaUrl {
  /** An http(s) URL that serves the medium's bytes to anybody who has it. */
  readonly url: string;
  /** RFC 3339: when the URL stops working; absent for a medium's own permanent `url`. */
  readonly expiresAt?: string;
}

/** Options of {@link MediaStore.stat} and {@link MediaStore.open}. */
export interface MediaReadOptions {
  /** Stops the read; the call then rejects with the signal's reason. */
  readonly signal?: AbortSignal;
}

/** Options of {@link MediaStore.publicUrl}. */
export interface PublicMediaUrlOptions {
  /** How long the URL must work, in milliseconds: more than 0, at most `MAX_MEDIA_URL_LIFETIME_MS` (7 days). */
  readonly expiresInMs: number;
  /** Stops the call; it then rejects with the signal's reason. */
  readonly signal?: AbortSignal;
}

/**
 * The media port: where an adapter gets a medium's bytes, or a public URL
 * for it. A `Media` names its file by a `storageKey` in the organisation's
 * media store; this is that store.
 *
 * Networks take media in one of two ways. Some take an upload of the bytes
 * (Mastodon, Bluesky): the adapter calls {@link open}. Others fetch the file
 * from a public server themselves (Instagram, Threads): the adapter calls
 * {@link publicUrl} and hands the network a URL that expires soon after.
 *
 * Every implementation checks the bytes, not the names: the type comes from
 * the file's first bytes (see `sniffMediaFormat`), and bytes of another kind
 * than `media.kind` are refused with reason `"kind-mismatch"`, naming both.
 * A storage key is a relative path that cannot lead out of the store (see
 * `storageKeyProblem`).
 *
 * A medium with a `url` and no `storageKey` is not in any store: `open` and
 * `stat` refuse it (`"not-stored"`; fetching from other servers is the
 * adapter's decision, not the store's), and `publicUrl` answers its `url`
 * as it is. A medium with both is read from the store.
 *
 * Failures are {@link MediaStoreError}s with a `reason`; an aborted call
 * rejects with the signal's reason; a failing disk or database rejects with
 * its own error.
 *
 * Implementations: `createFileMediaStore` (a folder), `createMemoryMediaStore`
 * (tests).
 *
 * @example
 * ```ts
 * const file = await media.open(item, { signal });
 * const form = new FormData();
 * form.append("file", new Blob([file.bytes], { type: file.mimeType }), file.fileName);
 * if (item.altText) form.append("description", item.altText);
 * ```
 */
export interface MediaStore {
  /** Size, type and file name of a stored medium, without reading all of it. */
  stat(media: MediaSource, options?: MediaReadOptions): Promise<MediaFacts>;
  /** A stored medium's bytes, with its size, type and file name. */
  open(media: MediaSource, options?: MediaReadOptions): Promise<OpenedMedia>;
  /**
   * A URL that serves the medium publicly until `expiresAt`. Refused with
   * reason `"public-url-not-offered"` by a store that cannot serve media
   * publicly; a medium that has only a `url` gets that.
   */
  publicUrl(media: MediaSource, options: PublicMediaUrlOptions): Promise<PublicMediaUrl>;
}
