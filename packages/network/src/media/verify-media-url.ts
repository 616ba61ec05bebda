import { timingSafeEqual } from "node:crypto";
import { CoreError } from "@kommune-sm/core";
import { isSafeStorageKey } from "./storage-key.js";
import { mediaBaseUrl, mediaUrlSignature, signingKeyBytes, type MediaSigningKey } from "./media-url-signature.js";

/** Options of {@link verifyMediaUrl}. */
export interface VerifyMediaUrlOptions {
  /** The key the URLs were signed with. */
  readonly signingKey: MediaSigningKey;
  /** The `publicBaseUrl` the URLs were made with; only its path is compared, so a proxy may change the host. */
  readonly publicBaseUrl: string;
  /** The current instant, epoch milliseconds. */
  readonly now: number;
}

/** Why {@link verifyMediaUrl} refused a URL. */
export type MediaUrlRefusal =
  /** Not a URL of this shape: a path outside the base, a bad key, parameters missing, repeated or extra. Answer 404 or 400. */
  | "malformed"
  /** The signature does not match the key and expiry: forged or changed. Answer 403. */
  | "bad-signature"
  /** Signed by us, but its time is up. Answer 410 or 403. */
  | "expired";

/** What {@link verifyMediaUrl} found. */
export type MediaUrlVerification =
  | {
      /** The URL was signed with the key and has not expired: serve `storageKey`. */
      readonly ok: true;
      /** The storage key to serve; a safe key. */
      readonly storageKey: string;
      /** RFC 3339: when the URL stops working; for a `Cache-Control` that ends before it. */
      readonly expiresAt: string;
    }
  | {
      /** The URL must not be served. */
      readonly ok: false;
      /** Why. */
      readonly reason: MediaUrlRefusal;
    };

// Canonical forms only: one spelling per expiry ("0123" is not "123") and per
// signature (the last base64url character has unused bits), so that changing
// any character of either is noticed. Eleven digits reach the year 5138.
const EXPIRES = /^[1-9][0-9]{0,10}$/;
const SIGNATURE = /^[A-Za-z0-9_-]{43}$/;

/**
 * Checks a signed media URL (see `signMediaUrl` and
 * `MediaStore.publicUrl`) for the handler of the embedding application that
 * serves media. Its signature is compared in constant time; a URL is
 * refused when anything is off, and refused as `"expired"` only when the
 * signature is right. `url` may be absolute or, as in an HTTP request line,
 * a path with a query.
 *
 * @throws CoreError `CORE_INVALID_ARGUMENT` for a bad key, base URL or `now`
 * @example
 * ```ts
 * const check = verifyMediaUrl(request.url, { signingKey, publicBaseUrl, now: Date.now() });
 * if (!check.ok) return respond(check.reason === "expired" ? 410 : 403);
 * const file = await store.openKey(check.storageKey);
 * ```
 */
export function verifyMediaUrl(url: string | URL, options: VerifyMediaUrlOptions): MediaUrlVerification {
  const base = mediaBaseUrl(options.publicBaseUrl, "verifyMediaUrl");
  const key = signingKeyBytes(options.signingKey, "verifyMediaUrl");
  const { now } = options;
  if (typeof now !== "number" || !Number.isFinite(now)) throw new CoreError("CORE_INVALID_ARGUMENT", `verifyMediaUrl: now must be a finite number of epoch milliseconds, got ${String(now)}.`);
  let parsed: URL;
  try {
    parsed = new URL(url, base);
  } catch {
    return { ok: false, reason: "malformed" };
  }
  const storageKey = storageKeyOfPath(parsed.pathname, base.pathname);
  if (storageKey === undefined) return { ok: false, reason: "malformed" };
  const names = [...parsed.searchParams.keys()];
  if (names.length !== 2 || !names.includes("expires") || !names.includes("signature")) return { ok: false, reason: "malformed" };
  const expires = parsed.searchParams.get("expires") ?? "";
  const signature = parsed.searchParams.get("signature") ?? "";
  if (!EXPIRES.test(expires) || !SIGNATURE.test(signature)) return { ok: false, reason: "malformed" };
  const expected = Buffer.from(mediaUrlSignature(key, storageKey, expires), "ascii");
  if (!timingSafeEqual(expected, Buffer.from(signature, "ascii"))) return { ok: false, reason: "bad-signature" };
  const expiresAtMs = Number(expires) * 1000;
  if (now >= expiresAtMs) return { ok: false, reason: "expired" };
  return { ok: true, storageKey, expiresAt: new Date(expiresAtMs).toISOString() };
}

/** The storage key below `basePath` in a URL path, decoded once, or undefined when there is no safe one. */
function storageKeyOfPath(pathname: string, basePath: string): string | undefined {
  if (!pathname.startsWith(`${basePath}/`)) return undefined;
  let storageKey: string;
  try {
    storageKey = pathname
      .slice(basePath.length + 1)
      .split("/")
      .map((segment) => decodeURIComponent(segment))
      .join("/");
  } catch {
    return undefined;
  }
  return isSafeStorageKey(storageKey) ? storageKey : undefined;
}
