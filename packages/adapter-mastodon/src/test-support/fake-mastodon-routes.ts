import type { AdapterOperation } from "@kommune-sm/network/testkit";
import { accountJson, credentialAccountJson, instanceJson } from "./fake-mastodon-entities.js";
import { showMedia, uploadMedia, type FormFields } from "./fake-mastodon-media.js";
import type { FakeMastodonState } from "./fake-mastodon-state.js";
import { accountStatuses, createStatus, deleteStatus, listNotifications, notFound, showStatus, statusSource, type FakeAnswer } from "./fake-mastodon-statuses.js";

/** What `failNext` can name: an adapter operation, or `capabilitiesFor` (`GET /api/v2/instance`). */
export type FakeMastodonOperation = AdapterOperation | "capabilitiesFor";

/** A request as the routes see it. */
export interface RouteRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  /** The JSON body (or form-encoded fields), `{}` when none. */
  readonly json: Record<string, unknown>;
  /** The multipart fields, when the body was `multipart/form-data`. */
  readonly form?: FormFields;
  readonly idempotencyKey?: string;
  /** The fake's base URL, for absolute links (Link headers). */
  readonly baseUrl: string;
}

/** A matched route. */
export interface Route {
  /** The operations whose `failNext` this request fails. */
  readonly operations: readonly FakeMastodonOperation[];
  /** Whether a valid Bearer token is needed. */
  readonly authenticated: boolean;
  /** Whether the media upload budget (30 per 30 minutes) applies. */
  readonly mediaUpload: boolean;
  serve(): FakeAnswer | Promise<FakeAnswer>;
}

// "lookup" and "fetchMetrics" read the same endpoints; failNext of either fails the next of them.
const READS: readonly FakeMastodonOperation[] = ["lookup", "fetchMetrics"];

const segment = (path: string, pattern: RegExp): string | undefined => {
  const raw = pattern.exec(path)?.[1];
  if (raw === undefined) return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
};

/** The route of a request, or undefined for one Mastodon does not have (404). */
export function routeOf(state: FakeMastodonState, request: RouteRequest): Route | undefined {
  const { method, path, query } = request;
  const route = (operations: readonly FakeMastodonOperation[], serve: Route["serve"], authenticated = true, mediaUpload = false): Route => ({ operations, authenticated, mediaUpload, serve });
  let id: string | undefined;

  if (method === "GET" && path === "/api/v2/instance") return route(["capabilitiesFor"], () => ({ status: 200, body: instanceJson(state) }), false);
  if (method === "GET" && path === "/api/v1/accounts/verify_credentials") return route(["readProfile"], () => ({ status: 200, body: credentialAccountJson(state) }));
  if (method === "GET" && (id = segment(path, /^\/api\/v1\/accounts\/([^/]+)\/statuses$/)) !== undefined) {
    const accountId = id;
    return route(READS, () => accountStatuses(state, accountId, query, `${request.baseUrl}${path}`));
  }
  if (method === "GET" && (id = segment(path, /^\/api\/v1\/accounts\/([^/]+)$/)) !== undefined) {
    const account = state.accounts.get(id);
    return route(READS, () => (account ? { status: 200, body: accountJson(state, account) } : notFound()));
  }
  if (method === "POST" && path === "/api/v1/statuses") {
    const replying = typeof request.json.in_reply_to_id === "string" && request.json.in_reply_to_id !== "";
    return route([replying ? "reply" : "publish"], () => createStatus(state, request.json, request.idempotencyKey));
  }
  if (method === "GET" && (id = segment(path, /^\/api\/v1\/statuses\/([^/]+)\/source$/)) !== undefined) {
    const statusId = id;
    return route(READS, () => statusSource(state, statusId));
  }
  if ((method === "GET" || method === "DELETE") && (id = segment(path, /^\/api\/v1\/statuses\/([^/]+)$/)) !== undefined) {
    const statusId = id;
    return method === "GET" ? route(READS, () => showStatus(state, statusId)) : route(["delete"], () => deleteStatus(state, statusId));
  }
  if (method === "POST" && path === "/api/v2/media") return route(["publish"], () => uploadMedia(state, request.form), true, true);
  if (method === "GET" && (id = segment(path, /^\/api\/v1\/media\/([^/]+)$/)) !== undefined) {
    const mediaId = id;
    return route(["publish"], () => showMedia(state, mediaId));
  }
  if (method === "GET" && path === "/api/v1/notifications") return route(["fetchInteractions"], () => listNotifications(state, query, `${request.baseUrl}${path}`));
  return undefined;
}
