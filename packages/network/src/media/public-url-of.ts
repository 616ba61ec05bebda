import { CoreError, type Clock } from "@kommune-sm/core";
import type { MediaFacts, MediaReadOptions, MediaSource, PublicMediaUrl, PublicMediaUrlOptions } from "./media-store.js";
import { MediaStoreError, nameOfMedium } from "./media-store-error.js";
import { mediaBaseUrl, signingKeyBytes, type MediaSigningKey } from "./media-url-signature.js";
import { checkLifetime, signMediaUrl } from "./sign-media-url.js";

/** The options of a store that may sign public URLs. */
export interface PublicUrlSettings {
  /** Where the embedding application serves media; with `signingKey` only. */
  readonly publicBaseUrl?: string;
  /** The secret its handler checks URLs with; with `publicBaseUrl` only. */
  readonly signingKey?: MediaSigningKey;
}

/**
 * `MediaStore.publicUrl` of a store, from its settings (checked here, when
 * the store is made, so that a misconfiguration shows at start-up) and its
 * `stat`: a URL is signed only for a medium that is there and of its kind,
 * so that a network is never sent to fetch a broken file.
 *
 * @throws CoreError `CORE_INVALID_ARGUMENT` when only one of `publicBaseUrl` and `signingKey` is set, or either is malformed
 */
export function publicUrlOf(
  settings: PublicUrlSettings,
  clock: Clock,
  stat: (media: MediaSource, options: MediaReadOptions) => Promise<MediaFacts>,
  where: string,
): (media: MediaSource, options: PublicMediaUrlOptions) => Promise<PublicMediaUrl> {
  const { publicBaseUrl, signingKey } = settings;
  if ((publicBaseUrl === undefined) !== (signingKey === undefined)) {
    throw new CoreError("CORE_INVALID_ARGUMENT", `${where}: publicBaseUrl and signingKey go together; set both to offer public URLs, or neither.`);
  }
  if (publicBaseUrl !== undefined) mediaBaseUrl(publicBaseUrl, where);
  if (signingKey !== undefined) signingKeyBytes(signingKey, where);
  return async (media, options) => {
    checkLifetime(options?.expiresInMs, "MediaStore.publicUrl");
    options.signal?.throwIfAborted();
    if (media.storageKey === undefined && media.url !== undefined) return { url: media.url };
    if (publicBaseUrl === undefined || signingKey === undefined) {
      throw new MediaStoreError(
        "public-url-not-offered",
        `This media store offers no public URLs (it was made without publicBaseUrl and signingKey), so ${nameOfMedium(media.id)} cannot be handed to a network that fetches media itself.`,
        { mediaId: media.id, ...(media.storageKey === undefined ? {} : { storageKey: media.storageKey }) },
      );
    }
    await stat(media, options.signal === undefined ? {} : { signal: options.signal });
    return signMediaUrl(media.storageKey!, { publicBaseUrl, signingKey, now: clock.now(), expiresInMs: options.expiresInMs });
  };
}
