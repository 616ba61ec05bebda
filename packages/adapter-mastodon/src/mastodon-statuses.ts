import type { AdapterCallContextV1 } from "@kommune-sm/network";
import { z } from "zod";
import { callMastodon } from "./mastodon-http.js";
import { mastodonStatusSchema, type MastodonStatus } from "./mastodon-responses.js";
import { compareIds, idAt } from "./snowflake.js";

/** Most statuses Mastodon returns on one page of an account's statuses. */
const PAGE_LIMIT = 40;

/** The outcome of reading an account's statuses in a time window. */
export interface StatusWindow {
  /** The statuses made in the window, oldest first. */
  readonly statuses: readonly MastodonStatus[];
  /** Whether the listing reached past the window's end: false when it stopped at `maxPages`. */
  readonly complete: boolean;
}

/**
 * An account's own statuses made between `from` and `to` (epoch ms, both
 * with the margin the caller wants), read forward with `min_id` (a status id
 * made from the instant: ids are time-ordered) in pages of 40, at most
 * `maxPages` pages. Reblogs are left out; replies are kept (a reply is a
 * status of the account too).
 */
export async function statusesInWindow(instanceUrl: string, accountId: string, from: number, to: number, maxPages: number, context: AdapterCallContextV1): Promise<StatusWindow> {
  const found: MastodonStatus[] = [];
  let minId = idAt(from);
  for (let page = 0; page < maxPages; page++) {
    const answer = await callMastodon(
      instanceUrl,
      {
        method: "GET",
        path: `/api/v1/accounts/${encodeURIComponent(accountId)}/statuses`,
        query: { min_id: minId, limit: String(PAGE_LIMIT), exclude_reblogs: "true" },
        accessToken: context.credentials.accessToken,
        schema: z.array(mastodonStatusSchema),
      },
      context,
    );
    // Newest first within the page; the page holds the oldest statuses after min_id.
    const statuses = [...answer.data].sort((a, b) => compareIds(a.id, b.id));
    if (statuses.length === 0) return { statuses: found, complete: true };
    for (const status of statuses) {
      const at = Date.parse(status.created_at);
      if (Number.isFinite(at) && at > to) return { statuses: found, complete: true };
      found.push(status);
    }
    minId = statuses[statuses.length - 1]!.id;
  }
  return { statuses: found, complete: false };
}
