import { createHash } from "node:crypto";
import { TID } from "@atproto/common-web";

// 2023-01-01T00:00:00Z in microseconds, and a span of about 8.9 years after it.
const BASE_US = 1_672_531_200_000_000n;
const SPAN_US = 280_000_000_000_000n;

/**
 * The record key of a post, derived from its idempotency key: a valid TID
 * (what the post collection's lexicon asks for), the same for the same key
 * on every worker and after every restart, and for different keys different
 * with the odds of a SHA-256 collision in 63 bits.
 *
 * This is what makes publishing to Bluesky certain: a repeat writes the same
 * record key, which can never hold two posts, and a lookup asks for that
 * very record. The TID's time part is taken from the hash, not from the
 * clock (it does not order posts; Bluesky sorts by `createdAt`).
 *
 * @example
 * ```ts
 * recordKeyFor("ksm-delivery-42"); // "3l…" (13 characters), always the same
 * ```
 */
export function recordKeyFor(idempotencyKey: string): string {
  const hash = createHash("sha256").update(`kommune-sm:${idempotencyKey}`).digest();
  const offset = hash.readBigUInt64BE(0) % SPAN_US;
  const clockId = hash.readUInt16BE(8) & 0x3ff;
  return TID.fromTime(Number(BASE_US + offset), clockId).toString();
}
