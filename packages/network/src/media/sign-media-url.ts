import { CoreError } from "@kommune-sm/core";
import type { PublicMediaUrl } from "./media-store.js";
import { storageKeySegments } from "./storage-key.js";
import { mediaBaseUrl, mediaUrlSignature, signingKeyBytes, type MediaSigningKey } from "./media-url-signature.js";

/** The longest a signed media URL may work: 7 days. Networks fetch a medium within minutes of being told. */
export const MAX_MEDIA_URL_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

/** Options of {@link signMediaUrl}. */
export interface SignMediaUrlOptions {
  /** Where the embedding application serves media, e.g. `"https://medien.musterstadt.example/m"`. */
  readonly publicBaseUrl: string;
  /** The secret shared with the handler that serves the URLs (see {@link verifyMediaUrl}). */
  readonly signingKey: MediaSigningKey;
  /** The current instant, epoch milliseconds. */
  readonly now: number;
  /** How long the URL works, in milliseconds: more than 0, at most {@link MAX_MEDIA_URL_LIFETIME_MS}. */
  readonly expiresInMs: number;
}

/**
 * A signed, expiring URL for a storage key:
 * `<publicBaseUrl>/<key>?expires=<Unix seconds>&signature=<HMAC-SHA256>`.
 * The expiry is rounded up to the next whole second, so the URL works at
 * least `expiresInMs`. The signature covers the key and the expiry, not the
 * host, so the URL stays valid behind a proxy that rewrites the host.
 *
 * @throws MediaStoreError `"invalid-key"` for an unsafe key; CoreError
 *   `CORE_INVALID_ARGUMENT` for a bad base URL, key or lifetime
 * @example
 * ```ts
 * signMediaUrl("2027/03/stadtfest.jpg", { publicBaseUrl, signingKey, now: Date.now(), expiresInMs: 15 * 60_000 });
 * // { url: "https://medien.musterstadt.example/m/2027/03/stadtfest.jpg?expires=1805…&signature=…", expiresAt: "2027-…Z" }
 * ```
 */
export function signMediaUrl(storageKey: string, options: SignMediaUrlOptions): Required<PublicMediaUrl> {
  const segments = storageKeySegments(storageKey);
  const base = mediaBaseUrl(options.publicBaseUrl, "signMediaUrl");
  const key = signingKeyBytes(options.signingKey, "signMediaUrl");
  const { now, expiresInMs } = options;
  if (typeof now !== "number" || !Number.isFinite(now)) throw new CoreError("CORE_INVALID_ARGUMENT", `signMediaUrl: now must be a finite number of epoch milliseconds, got ${String(now)}.`);
  checkLifetime(expiresInMs, "signMediaUrl");
  const expiresSeconds = Math.ceil((now + expiresInMs) / 1000);
  // verifyMediaUrl reads at most eleven digits: refuse a clock that is far off rather than sign a URL it refuses.
  if (!(expiresSeconds >= 1 && expiresSeconds < 1e11)) throw new CoreError("CORE_INVALID_ARGUMENT", `signMediaUrl: now (${now}) is not a plausible instant.`);
  const expires = String(expiresSeconds);
  const path = `${base.pathname}/${segments.map((segment) => encodeURIComponent(segment)).join("/")}`;
  const url = new URL(base.href);
  url.pathname = path;
  url.search = `?expires=${expires}&signature=${mediaUrlSignature(key, storageKey, expires)}`;
  return { url: url.href, expiresAt: new Date(expiresSeconds * 1000).toISOString() };
}

/** Checks a URL lifetime: a number of milliseconds above 0 and at most {@link MAX_MEDIA_URL_LIFETIME_MS}. */
export function checkLifetime(expiresInMs: unknown, where: string): void {
  if (typeof expiresInMs !== "number" || !(expiresInMs > 0 && expiresInMs <= MAX_MEDIA_URL_LIFETIME_MS)) {
    throw new CoreError("CORE_INVALID_ARGUMENT", `${where}: expiresInMs must be a number above 0 and at most ${MAX_MEDIA_URL_LIFETIME_MS} (7 days), got ${String(expiresInMs)}.`);
  }
}
