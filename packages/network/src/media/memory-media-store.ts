import { systemClock, type Clock } from "@kommune-sm/core";
import type { MediaFacts, MediaReadOptions, MediaSource, MediaStore, OpenedMedia } from "./media-store.js";
import { MediaStoreError, nameOfMedium } from "./media-store-error.js";
import { mediaFactsOf, storedKeyOf } from "./media-facts.js";
import { publicUrlOf, type PublicUrlSettings } from "./public-url-of.js";
import { storageKeySegments } from "./storage-key.js";

/** Options of {@link createMemoryMediaStore}. */
export interface MemoryMediaStoreOptions extends PublicUrlSettings {
  /** Files to start with, by storage key. */
  readonly files?: Readonly<Record<string, Uint8Array>> | Iterable<readonly [string, Uint8Array]>;
  /** Where the time of signed URLs comes from; default the system clock (pass a `TestClock` in tests). */
  readonly clock?: Clock;
}

/** A {@link MediaStore} in memory, for tests. */
export interface MemoryMediaStore extends MediaStore {
  /** Stores a copy of `bytes` under `storageKey`, replacing what was there. Refuses an unsafe key, as every store does. */
  put(storageKey: string, bytes: Uint8Array): void;
  /** Removes a file; true when there was one. */
  delete(storageKey: string): boolean;
  /** True when a file is stored under `storageKey`. */
  has(storageKey: string): boolean;
  /** The storage keys `open` read, in order, for tests that check what an adapter uploaded. */
  readonly opened: readonly string[];
}

/**
 * A media store that holds bytes by storage key in memory: the test double
 * for adapters and their tests. It follows the same rules as the file store
 * (safe keys, types from the bytes, a kind mismatch refused, `not-stored`
 * for a medium with only a `url`), so an adapter tested against it meets no
 * surprise in production. With `publicBaseUrl` and `signingKey` it signs
 * URLs exactly as the file store does; nothing serves them.
 *
 * @example
 * ```ts
 * const media = createMemoryMediaStore({ files: { "2027/03/stadtfest.png": sampleMediaBytes("png") } });
 * await adapter.publish(request, { ...context, media });
 * expect(media.opened).toEqual(["2027/03/stadtfest.png"]);
 * ```
 */
export function createMemoryMediaStore(options: MemoryMediaStoreOptions = {}): MemoryMediaStore {
  const files = new Map<string, Uint8Array>();
  const opened: string[] = [];
  const put = (storageKey: string, bytes: Uint8Array): void => {
    storageKeySegments(storageKey);
    // A copy: a test that changes its array afterwards must not change the stored file.
    files.set(storageKey, Uint8Array.from(bytes));
  };
  const entries = options.files === undefined ? [] : Symbol.iterator in options.files ? options.files : Object.entries(options.files);
  for (const [storageKey, bytes] of entries as Iterable<readonly [string, Uint8Array]>) put(storageKey, bytes);

  const read = (media: MediaSource, readOptions: MediaReadOptions): { facts: MediaFacts; bytes: Uint8Array; storageKey: string } => {
    readOptions.signal?.throwIfAborted();
    const storageKey = storedKeyOf(media);
    storageKeySegments(storageKey, media.id);
    const bytes = files.get(storageKey);
    if (bytes === undefined) {
      throw new MediaStoreError("not-found", `The storage key ${JSON.stringify(storageKey)} of ${nameOfMedium(media.id)} names no file in the media store.`, { mediaId: media.id, storageKey });
    }
    return { facts: mediaFactsOf(media, storageKey, bytes, bytes.length), bytes, storageKey };
  };
  const stat = async (media: MediaSource, readOptions: MediaReadOptions = {}): Promise<MediaFacts> => read(media, readOptions).facts;

  return {
    stat,
    async open(media, readOptions = {}): Promise<OpenedMedia> {
      const { facts, bytes, storageKey } = read(media, readOptions);
      opened.push(storageKey);
      return { ...facts, bytes: Uint8Array.from(bytes) };
    },
    publicUrl: publicUrlOf(options, options.clock ?? systemClock, stat, "createMemoryMediaStore"),
    put,
    delete: (storageKey) => files.delete(storageKey),
    has: (storageKey) => files.has(storageKey),
    get opened() {
      return [...opened];
    },
  };
}
