import { createHash } from "node:crypto";

/**
 * The fingerprint of a reply's text (SHA-256, hex), as its approval records
 * it and the outbox checks it: a text changed after approval — by any
 * route, a direct write to the store included — no longer matches, and is
 * not sent.
 */
export function replyContentHash(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
