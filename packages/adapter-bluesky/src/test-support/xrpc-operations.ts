import type { AdapterOperation } from "@kommune-sm/network/testkit";

/*
 * Which adapter operation an XRPC request belongs to, so that
 * `failNext(operation)` hits the right request. The adapter talks to the
 * PDS only; the PDS passes `app.bsky.*` on to the AppView.
 *
 * - publish: writes of an `app.bsky.feed.post` without `reply`
 *   (createRecord, putRecord, applyWrites) and uploadBlob (the first step
 *   of a post with media);
 * - reply: the same writes of a post with `reply`;
 * - delete: deleteRecord (and applyWrites#delete);
 * - lookup: getRecord;
 * - fetchMetrics: getPosts and getProfile (follower counts);
 * - fetchInteractions: listNotifications;
 * - readProfile: getProfile.
 *
 * getProfile belongs to both fetchMetrics and readProfile: a pending
 * failure of either fails it.
 */

const POST = "app.bsky.feed.post";

/** Operations by NSID, for the methods whose operation does not depend on the body. */
const BY_NSID: Readonly<Record<string, readonly AdapterOperation[]>> = {
  "com.atproto.repo.uploadBlob": ["publish"],
  "com.atproto.repo.deleteRecord": ["delete"],
  "com.atproto.repo.getRecord": ["lookup"],
  "app.bsky.feed.getPosts": ["fetchMetrics"],
  "app.bsky.actor.getProfile": ["fetchMetrics", "readProfile"],
  "app.bsky.notification.listNotifications": ["fetchInteractions"],
};

const RECORD_WRITES = new Set(["com.atproto.repo.createRecord", "com.atproto.repo.putRecord"]);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** publish or reply for a post record (anything else: none). */
function postWrite(collection: unknown, record: unknown): AdapterOperation | undefined {
  if (collection !== POST) return undefined;
  return isObject(record) && record.reply !== undefined ? "reply" : "publish";
}

/**
 * The operations an XRPC request belongs to; empty for the rest (login,
 * session refresh, describeRepo, …), which never fail by `failNext`.
 *
 * @param nsid The method, from the path `/xrpc/<nsid>`.
 * @param body The request body parsed as JSON, for procedures; anything else is ignored.
 */
export function operationsOf(nsid: string, body: unknown): readonly AdapterOperation[] {
  const fixed = BY_NSID[nsid];
  if (fixed) return fixed;
  if (!isObject(body)) return [];
  if (RECORD_WRITES.has(nsid)) {
    const operation = postWrite(body.collection, body.record);
    return operation ? [operation] : [];
  }
  if (nsid === "com.atproto.repo.applyWrites" && Array.isArray(body.writes)) {
    const found = new Set<AdapterOperation>();
    for (const write of body.writes) {
      if (!isObject(write)) continue;
      const type = typeof write.$type === "string" ? write.$type : "";
      if (type.endsWith("#delete")) found.add("delete");
      else {
        const operation = postWrite(write.collection, write.value);
        if (operation) found.add(operation);
      }
    }
    return [...found];
  }
  return [];
}

/** The NSID of an XRPC path (`/xrpc/<nsid>?…`), or undefined for other paths. */
export function nsidOf(url: string): string | undefined {
  const match = /^\/xrpc\/([A-Za-z0-9.-]+)(?:[?#]|$)/.exec(url);
  return match?.[1];
}
