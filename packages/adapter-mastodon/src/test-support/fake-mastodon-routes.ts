import type { AdapterOperation } from "@kommune-sm/network/testkit";
import { accountJson, credentialAccountJson, instanceJson } from "./fake-mastodon-entities.js";
import { showMedia, uploadMedia, type FormFields } from "./fake-mastodon-media.js";
import { obtainToken, registerApp, revokeToken } from "./fake-mastodon-oauth.js";
import type { FakeMastodonState } from "./fake-mastodon-state.js";
import { accountStatuses, createStatus, deleteStatus, listNotifications, notFound, showStatus, statusSource, type FakeAnswer } from "./fake-mastodon-statuses.js";

/**
 * What `failNext` can name: an adapter operation, `capabilitiesFor`
 * (`GET /api/v2/instance`), or a step of connecting an account:
 * `registerApp` (`POST /api/v1/apps`), `obtainToken` (`POST /oauth/token`),
 * `revokeToken` (`POST /oauth/revoke`).
 */
export type FakeMastodonOperation = AdapterOperation | "capabilitiesFor" | "registerApp" | "obtainToken" | "revokeToken";

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
  /** Whether a valid Bearer token of an account is needed. */
  readonly authenticated: boolean;
  /** The token needs one of these scopes (Mastodon's `doorkeeper_authorize!`); else 403. */
  readonly scopes: readonly string[];
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

// The scopes Mastodon's controllers ask for (`doorkeeper_authorize!` / `authorize_if_got_token!`), any one suffices.
const READ_ACCOUNTS = ["read", "read:accounts"];
const READ_STATUSES = ["read", "read:statuses"];
const WRITE_STATUSES = ["write", "write:statuses"];
const WRITE_MEDIA = ["write", "write:media"];
const PUBLIC = null;

/** The route of a request, or undefined for one Mastodon does not have (404). */
export function routeOf(state: FakeMastodonState, request: RouteRequest): Route | undefined {
  const { method, path, query } = request;
  const route = (operations: readonly FakeMastodonOperation[], scopes: readonly string[] | typeof PUBLIC, serve: Route["serve"], mediaUpload = false): Route => ({ operations, authenticated: scopes !== PUBLIC, scopes: scopes ?? [], mediaUpload, serve });
  let id: string | undefined;

  if (method === "GET" && path === "/api/v2/instance") return route(["capabilitiesFor"], PUBLIC, () => ({ status: 200, body: instanceJson(state) }));
  if (method === "GET" && path === "/api/v1/accounts/verify_credentials") return route(["readProfile"], ["profile", ...READ_ACCOUNTS], () => ({ status: 200, body: credentialAccountJson(state) }));
  if (method === "GET" && (id = segment(path, /^\/api\/v1\/accounts\/([^/]+)\/statuses$/)) !== undefined) {
    const accountId = id;
    return route(READS, READ_STATUSES, () => accountStatuses(state, accountId, query, `${request.baseUrl}${path}`));
  }
  if (method === "GET" && (id = segment(path, /^\/api\/v1\/accounts\/([^/]+)$/)) !== undefined) {
    const account = state.accounts.get(id);
    return route(READS, READ_ACCOUNTS, () => (account ? { status: 200, body: accountJson(state, account) } : notFound()));
  }
  if (method === "POST" && path === "/api/v1/statuses") {
    const replying = typeof request.json.in_reply_to_id === "string" && request.json.in_reply_to_id !== "";
    return route([replying ? "reply" : "publish"], WRITE_STATUSES, () => createStatus(state, request.json, request.idempotencyKey));
  }
  if (method === "GET" && (id = segment(path, /^\/api\/v1\/statuses\/([^/]+)\/source$/)) !== undefined) {
    const statusId = id;
    return route(READS, READ_STATUSES, () => statusSource(state, statusId));
  }
  if ((method === "GET" || method === "DELETE") && (id = segment(path, /^\/api\/v1\/statuses\/([^/]+)$/)) !== undefined) {
    const statusId = id;
    return method === "GET" ? route(READS, READ_STATUSES, () => showStatus(state, statusId)) : route(["delete"], WRITE_STATUSES, () => deleteStatus(state, statusId));
  }
  if (method === "POST" && path === "/api/v2/media") return route(["publish"], WRITE_MEDIA, () => uploadMedia(state, request.form), true);
  if (method === "GET" && (id = segment(path, /^\/api\/v1\/media\/([^/]+)$/)) !== undefined) {
    const mediaId = id;
    return route(["publish"], WRITE_MEDIA, () => showMedia(state, mediaId));
  }
  if (method === "GET" && path === "/api/v1/notifications") return route(["fetchInteractions"], ["read", "read:notifications"], () => listNotifications(state, query, `${request.baseUrl}${path}`));
  // Connecting an account: the client authenticates with its id and secret in the body, not with a token.
  if (method === "POST" && path === "/api/v1/apps") return route(["registerApp"], PUBLIC, () => registerApp(state, request.json));
  if (method === "POST" && path === "/oauth/token") return route(["obtainToken"], PUBLIC, () => obtainToken(state, request.json));
  if (method === "POST" && path === "/oauth/revoke") return route(["revokeToken"], PUBLIC, () => revokeToken(state, request.json));
  return undefined;
}
