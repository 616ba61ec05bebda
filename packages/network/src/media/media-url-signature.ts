import { createHmac } from "node:crypto";
import { CoreError } from "@kommune-sm/core";

/** The fewest bytes a signing key must have: 256 bits, the size of the HMAC-SHA256 output. */
export const MIN_SIGNING_KEY_BYTES = 32;

/** A key for signing media URLs: at least {@link MIN_SIGNING_KEY_BYTES} bytes, or a string of that many UTF-8 bytes. */
export type MediaSigningKey = string | Uint8Array;

/** The signing key as bytes, checked. */
export function signingKeyBytes(key: unknown, where: string): Buffer {
  const bytes = typeof key === "string" ? Buffer.from(key, "utf8") : key instanceof Uint8Array ? Buffer.from(key) : undefined;
  if (bytes === undefined) throw new CoreError("CORE_INVALID_ARGUMENT", `${where}: signingKey must be a string or a Uint8Array.`);
  if (bytes.length < MIN_SIGNING_KEY_BYTES) {
    throw new CoreError("CORE_INVALID_ARGUMENT", `${where}: signingKey has ${bytes.length} bytes; it needs at least ${MIN_SIGNING_KEY_BYTES} (e.g. randomBytes(32)).`);
  }
  return bytes;
}

/** The public base URL, checked: an absolute http(s) URL without credentials, query or fragment; its path without a trailing slash. */
export function mediaBaseUrl(base: unknown, where: string): URL {
  let url: URL | undefined;
  try {
    url = typeof base === "string" ? new URL(base) : undefined;
  } catch {
    url = undefined;
  }
  if (url === undefined || (url.protocol !== "https:" && url.protocol !== "http:")) {
    throw new CoreError("CORE_INVALID_ARGUMENT", `${where}: publicBaseUrl must be an absolute http(s) URL, got ${JSON.stringify(String(base))}.`);
  }
  if (url.username !== "" || url.password !== "" || url.search !== "" || url.hash !== "") {
    throw new CoreError("CORE_INVALID_ARGUMENT", `${where}: publicBaseUrl must have no user name, password, query or fragment.`);
  }
  url.pathname = url.pathname.replace(/\/+$/, "");
  return url;
}

/**
 * The signature of a storage key and an expiry (Unix seconds, as written in
 * the URL): HMAC-SHA256 over a versioned text, base64url without padding
 * (43 characters). Storage keys contain no line breaks, so the text is
 * unambiguous.
 */
export function mediaUrlSignature(key: Buffer, storageKey: string, expires: string): string {
  return createHmac("sha256", key).update(`kommune-sm media url v1\n${storageKey}\n${expires}`, "utf8").digest("base64url");
}
