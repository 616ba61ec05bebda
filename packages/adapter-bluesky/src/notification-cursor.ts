import { createHash } from "node:crypto";
import { NetworkError } from "@kommune-sm/network";
import { z } from "zod";

/**
 * How far back the adapter looks behind the newest interaction it handed
 * out. Bluesky sorts notifications by `min(createdAt, indexedAt)`
 * (the AppView's `sortAt`), so a citizen's reply whose phone clock runs
 * behind, or that was posted late after a dead spot, sorts below answers
 * that were read before it: a plain "everything after the last one" cursor
 * would lose it for good.
 */
export const LOOK_BACK_MS = 24 * 3_600_000;

/** Most notifications the cursor remembers as handed out: it is stored with the collector's cursor, so it stays small. */
const MAX_SEEN = 2_000;

/**
 * The adapter's interaction cursor (opaque to the engine, base64url JSON):
 * - `at`: the newest `sortAt` handed out (epoch seconds);
 * - `seen`: notifications handed out within {@link LOOK_BACK_MS} before
 *   `at`, as short hashes of their at:// URIs with their `sortAt`, so that
 *   re-reading the look-back window hands out only what was not yet;
 * - `deeper`: Bluesky's page cursor where the last read stopped before
 *   reaching the window's start (more new notifications than one call may
 *   read): the next call goes on from there, oldest first, instead of
 *   skipping them.
 */
export interface NotificationCursor {
  readonly at?: number;
  readonly seen: readonly (readonly [hash: string, at: number])[];
  readonly deeper?: string;
}

const cursorSchema = z.object({
  v: z.literal(1),
  at: z.number().int().nonnegative().optional(),
  seen: z.array(z.tuple([z.string().regex(/^[A-Za-z0-9_-]{1,16}$/), z.number().int().nonnegative()])).max(MAX_SEEN),
  deeper: z.string().max(2_000).optional(),
});

/** The cursor a call was given; none: start with the oldest the network offers. A cursor this adapter did not make is refused. */
export function readCursor(cursor: string | undefined): NotificationCursor {
  if (cursor === undefined) return { seen: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    parsed = undefined;
  }
  const checked = cursorSchema.safeParse(parsed);
  if (!checked.success) {
    throw new NetworkError({ kind: "permanent", message: `"${cursor.slice(0, 80)}" is not an interaction cursor of the Bluesky adapter; start again without one (interactions already stored are not stored twice).` });
  }
  const { at, seen, deeper } = checked.data;
  return { ...(at === undefined ? {} : { at }), seen, ...(deeper === undefined ? {} : { deeper }) };
}

/** The cursor as a string for the engine. */
export function writeCursor(cursor: NotificationCursor): string {
  const seen = [...cursor.seen].sort((a, b) => b[1] - a[1]).slice(0, MAX_SEEN);
  return Buffer.from(JSON.stringify({ v: 1, ...(cursor.at === undefined ? {} : { at: cursor.at }), seen, ...(cursor.deeper === undefined ? {} : { deeper: cursor.deeper }) })).toString("base64url");
}

/** A notification's short name in the cursor: 12 characters of its URI's SHA-256. */
export function seenHash(uri: string): string {
  return createHash("sha256").update(uri).digest("base64url").slice(0, 12);
}

/** The seen entries still inside the look-back window before `at`. */
export function pruneSeen(seen: readonly (readonly [string, number])[], at: number | undefined): (readonly [string, number])[] {
  if (at === undefined) return [...seen];
  const from = at - LOOK_BACK_MS / 1000;
  return seen.filter(([, when]) => when >= from);
}
