import { createHash, randomBytes } from "node:crypto";
import type { FakeAccount, FakeMastodonState } from "./fake-mastodon-state.js";
import { refuse, type FakeAnswer } from "./fake-mastodon-statuses.js";

/*
 * OAuth as Mastodon does it with Doorkeeper (config/initializers/doorkeeper.rb):
 * apps registered with `POST /api/v1/apps`, the authorisation code grant
 * with PKCE (S256 only), codes that are single use and expire after ten
 * minutes, tokens that never expire and are reused for the same account,
 * app and scopes (`reuse_access_token`), and revocation (RFC 7009 as
 * Doorkeeper answers it). Error texts are Doorkeeper's English ones.
 */

/** The scopes a Mastodon 4.5 instance knows (`default_scopes` and `optional_scopes`); `enforce_configured_scopes` refuses others. */
export const KNOWN_SCOPES: ReadonlySet<string> = new Set([
  "read", "write", "follow", "push", "profile", "crypto",
  ...["accounts", "blocks", "bookmarks", "favourites", "filters", "follows", "lists", "mutes", "notifications", "search", "statuses"].map((name) => `read:${name}`),
  "read:me",
  ...["accounts", "blocks", "bookmarks", "conversations", "favourites", "filters", "follows", "lists", "media", "mutes", "notifications", "reports", "statuses"].map((name) => `write:${name}`),
  "admin:read", "admin:write",
  ...["accounts", "reports", "domain_allows", "domain_blocks", "ip_blocks", "email_domain_blocks", "canonical_email_blocks"].flatMap((name) => [`admin:read:${name}`, `admin:write:${name}`]),
]);

/** Doorkeeper's native redirect: the code is shown to the person instead of sent back. */
export const OOB_REDIRECT_URI = "urn:ietf:wg:oauth:2.0:oob";
/** Doorkeeper's default `authorization_code_expires_in` (Mastodon keeps it). */
export const CODE_LIFETIME_MS = 10 * 60_000;

/** A registered app (Doorkeeper::Application). */
export interface FakeOAuthApp {
  readonly id: string;
  readonly name: string;
  readonly website: string | null;
  readonly redirectUris: readonly string[];
  readonly scopes: readonly string[];
  readonly clientId: string;
  readonly clientSecret: string;
}

/** An access token the fake knows. */
export interface FakeOAuthToken {
  readonly token: string;
  /** The app it was issued to; none for the token the fake starts with (as a personal token in the settings). */
  readonly clientId?: string;
  /** The account it acts for; none for an app token (client credentials). */
  readonly accountId?: string;
  readonly scopes: readonly string[];
  /** Epoch ms. */
  readonly createdAt: number;
  revoked: boolean;
}

/** An authorisation code (Doorkeeper::AccessGrant). */
interface FakeOAuthGrant {
  readonly clientId: string;
  readonly accountId: string;
  readonly redirectUri: string;
  readonly scopes: readonly string[];
  readonly codeChallenge?: string;
  readonly expiresAt: number;
  used: boolean;
}

/** What the fake holds for OAuth. */
export interface FakeOAuthState {
  /** By client id. */
  readonly apps: Map<string, FakeOAuthApp>;
  /** By token. */
  readonly tokens: Map<string, FakeOAuthToken>;
  /** By code. */
  readonly grants: Map<string, FakeOAuthGrant>;
}

/** Empty OAuth state. */
export function createFakeOAuthState(): FakeOAuthState {
  return { apps: new Map(), tokens: new Map(), grants: new Map() };
}

/** A random secret as Doorkeeper makes them: 32 bytes, base64url, 43 characters. */
export const randomSecret = (): string => randomBytes(32).toString("base64url");

const INVALID_CLIENT = "Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method.";
const INVALID_GRANT = "The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.";
const oauthError = (status: number, error: string, description: string): FakeAnswer => ({ status, body: { error, error_description: description } });
const text = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);
const scopesOf = (value: string | undefined): string[] => (value ?? "").split(/[\s+]+/).filter((scope) => scope !== "");

/** Why a redirect URI is refused (Doorkeeper's RedirectUriValidator and Mastodon's `forbid_redirect_uri`), or undefined. */
function redirectUriProblem(uri: string): string | undefined {
  if (uri === OOB_REDIRECT_URI) return undefined;
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return "must be an absolute URI.";
  }
  if (url.hash !== "" || uri.includes("#")) return "cannot contain a fragment.";
  if (["data:", "vbscript:", "javascript:"].includes(url.protocol)) return "is forbidden by the server.";
  return undefined;
}

/** `POST /api/v1/apps`: registers an app; answers the CredentialApplication (4.4: with `client_secret_expires_at`). */
export function registerApp(state: FakeMastodonState, body: Record<string, unknown>): FakeAnswer {
  const name = text(body.client_name)?.trim() ?? "";
  // Mastodon takes a string (whitespace-separated, as Doorkeeper stores it) or, since 4.3, an array.
  const raw = body.redirect_uris;
  const redirectUris = (Array.isArray(raw) ? raw.filter((item): item is string => typeof item === "string").map((uri) => uri.trim()) : (text(raw) ?? "").split(/\s+/)).filter((uri) => uri !== "");
  const scopes = scopesOf(text(body.scopes) ?? "read");
  const website = text(body.website)?.trim() || null;
  if (name === "") return refuse(422, "Validation failed: Application name can't be blank");
  if (redirectUris.length === 0) return refuse(422, "Validation failed: Redirect URI can't be blank");
  for (const uri of redirectUris) {
    const problem = redirectUriProblem(uri);
    if (problem) return refuse(422, `Validation failed: Redirect URI ${problem}`);
  }
  if (scopes.some((scope) => !KNOWN_SCOPES.has(scope))) return refuse(422, "Validation failed: Scopes doesn't match configured on the server.");
  const app: FakeOAuthApp = { id: String(state.oauth.apps.size + 1), name, website, redirectUris, scopes: [...new Set(scopes)], clientId: randomSecret(), clientSecret: randomSecret() };
  state.oauth.apps.set(app.clientId, app);
  return {
    status: 200,
    body: {
      id: app.id,
      name: app.name,
      website: app.website,
      scopes: app.scopes,
      redirect_uri: app.redirectUris.join("\n"),
      redirect_uris: app.redirectUris,
      client_id: app.clientId,
      client_secret: app.clientSecret,
      client_secret_expires_at: 0,
      vapid_key: "BCk-QqERU0q-CfYZjcuB6lnyyOYfJ2AifKqfeGIm7Z-HiTU5T9eTG5GxVA0_OH5mMlI4UkkDTpaZwozy0TzdZ2M=",
    },
  };
}

/** An OAuth error of the authorisation page: thrown by `authorise` when the page would not hand out a code. */
export class FakeOAuthError extends Error {
  constructor(
    /** Doorkeeper's error code, e.g. `invalid_scope`. */
    readonly error: string,
    /** Doorkeeper's description. */
    readonly errorDescription: string,
    /** Where the browser would be sent with the error (`redirect_uri?error=…`); undefined when the page shows it itself. */
    readonly redirectUrl: string | undefined,
  ) {
    super(`${error}: ${errorDescription}`);
    this.name = "FakeOAuthError";
  }
}

/** What the person's browser carries back after allowing access. */
export interface FakeAuthorisationGrant {
  readonly code: string;
  /** The `state` of the request, as sent; undefined when none was sent. */
  readonly state: string | undefined;
  /** `redirect_uri` with `code` and `state`; undefined for `urn:ietf:wg:oauth:2.0:oob`, where the page shows the code. */
  readonly redirectUrl: string | undefined;
}

/** What the person's browser carries back after denying access. */
export interface FakeAuthorisationRefusal {
  readonly error: "access_denied";
  readonly errorDescription: string;
  readonly state: string | undefined;
  readonly redirectUrl: string | undefined;
}

/**
 * A person at `GET /oauth/authorize` (Doorkeeper's pre-authorisation
 * checks, then the consent form): logged in as `account`, allowing or
 * denying. Throws {@link FakeOAuthError} for a request the page refuses.
 */
export function authoriseAt(state: FakeMastodonState, query: URLSearchParams, account: FakeAccount, approve: boolean): FakeAuthorisationGrant | FakeAuthorisationRefusal {
  const clientId = query.get("client_id") ?? "";
  const app = state.oauth.apps.get(clientId);
  // Without a known client or a registered redirect URI the page shows the error: there is nowhere safe to send it.
  if (!app) throw new FakeOAuthError("invalid_client", INVALID_CLIENT, undefined);
  const redirectUri = query.get("redirect_uri") ?? "";
  if (!app.redirectUris.includes(redirectUri)) throw new FakeOAuthError("invalid_redirect_uri", "The requested redirect uri is malformed or doesn't match client redirect URI.", undefined);
  const sentState = query.get("state") ?? undefined;
  const back = (params: Record<string, string>): string | undefined => {
    if (redirectUri === OOB_REDIRECT_URI) return undefined;
    const url = new URL(redirectUri);
    for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
    if (sentState !== undefined) url.searchParams.set("state", sentState);
    return url.toString();
  };
  const fail = (error: string, description: string): never => {
    throw new FakeOAuthError(error, description, back({ error, error_description: description }));
  };
  if (query.get("response_type") !== "code") fail("unsupported_response_type", "The authorization server does not support this response type.");
  const scopes = scopesOf(query.get("scope") ?? "read");
  // Doorkeeper compares scope names as they are: "read" at the app does not cover "read:accounts" in the request.
  if (scopes.length === 0 || scopes.some((scope) => !app.scopes.includes(scope))) fail("invalid_scope", "The requested scope is invalid, unknown, or malformed.");
  const codeChallenge = query.get("code_challenge") ?? undefined;
  const method = query.get("code_challenge_method") ?? undefined;
  if (codeChallenge === undefined && method !== undefined) fail("invalid_request", "Missing required parameter: code_challenge.");
  if (codeChallenge !== undefined && method !== "S256") fail("invalid_request", "The code challenge method must be S256.");
  if (!approve) {
    const description = "The resource owner or authorization server denied the request.";
    return { error: "access_denied", errorDescription: description, state: sentState, redirectUrl: back({ error: "access_denied", error_description: description }) };
  }
  const code = randomSecret();
  state.oauth.grants.set(code, { clientId, accountId: account.id, redirectUri, scopes, ...(codeChallenge === undefined ? {} : { codeChallenge }), expiresAt: state.settings.now() + CODE_LIFETIME_MS, used: false });
  return { code, state: sentState, redirectUrl: back({ code }) };
}

/** `POST /oauth/token`: the authorisation code grant (with PKCE) and client credentials. */
export function obtainToken(state: FakeMastodonState, body: Record<string, unknown>): FakeAnswer {
  const grantType = text(body.grant_type);
  if (grantType === undefined || grantType === "") return oauthError(400, "invalid_request", "Missing required parameter: grant_type.");
  if (grantType !== "authorization_code" && grantType !== "client_credentials") return oauthError(400, "unsupported_grant_type", "The authorization grant type is not supported by the authorization server.");
  const app = state.oauth.apps.get(text(body.client_id) ?? "");
  if (!app || text(body.client_secret) !== app.clientSecret) return oauthError(401, "invalid_client", INVALID_CLIENT);
  const now = state.settings.now();
  if (grantType === "client_credentials") {
    const scopes = scopesOf(text(body.scope) ?? "read");
    if (scopes.some((scope) => !app.scopes.includes(scope))) return oauthError(400, "invalid_scope", "The requested scope is invalid, unknown, or malformed.");
    return tokenAnswer(issue(state, { clientId: app.clientId, scopes, createdAt: now }));
  }
  const code = text(body.code);
  if (code === undefined || code === "") return oauthError(400, "invalid_request", "Missing required parameter: code.");
  const grant = state.oauth.grants.get(code);
  const verifier = text(body.code_verifier);
  if (grant?.codeChallenge !== undefined && (verifier === undefined || verifier === "")) return oauthError(400, "invalid_request", "Missing required parameter: code_verifier.");
  const redirectUri = text(body.redirect_uri);
  if (redirectUri === undefined || redirectUri === "") return oauthError(400, "invalid_request", "Missing required parameter: redirect_uri.");
  if (!grant || grant.used || grant.expiresAt <= now || grant.clientId !== app.clientId) return oauthError(400, "invalid_grant", INVALID_GRANT);
  if (grant.redirectUri !== redirectUri) return oauthError(400, "invalid_grant", INVALID_GRANT);
  if (grant.codeChallenge !== undefined && createHash("sha256").update(verifier ?? "").digest("base64url") !== grant.codeChallenge) return oauthError(400, "invalid_grant", INVALID_GRANT);
  grant.used = true;
  // reuse_access_token: the same account, app and scopes get the token they already have, while it is not revoked.
  const reusable = [...state.oauth.tokens.values()].find((token) => !token.revoked && token.clientId === app.clientId && token.accountId === grant.accountId && sameScopes(token.scopes, grant.scopes));
  return tokenAnswer(reusable ?? issue(state, { clientId: app.clientId, accountId: grant.accountId, scopes: grant.scopes, createdAt: now }));
}

const sameScopes = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((scope) => b.includes(scope));

/** Stores a new token. */
export function issue(state: FakeMastodonState, token: Omit<FakeOAuthToken, "token" | "revoked"> & { readonly token?: string }): FakeOAuthToken {
  const stored: FakeOAuthToken = { ...token, token: token.token ?? randomSecret(), revoked: false };
  state.oauth.tokens.set(stored.token, stored);
  return stored;
}

function tokenAnswer(token: FakeOAuthToken): FakeAnswer {
  return { status: 200, body: { access_token: token.token, token_type: "Bearer", scope: token.scopes.join(" "), created_at: Math.floor(token.createdAt / 1000) } };
}

/** `POST /oauth/revoke` (Doorkeeper's TokensController#revoke): 200 `{}` also for a token it does not know. */
export function revokeToken(state: FakeMastodonState, body: Record<string, unknown>): FakeAnswer {
  const app = state.oauth.apps.get(text(body.client_id) ?? "");
  if (!app || text(body.client_secret) !== app.clientSecret) return oauthError(401, "invalid_client", INVALID_CLIENT);
  const token = state.oauth.tokens.get(text(body.token) ?? "");
  if (token === undefined) return { status: 200, body: {} };
  if (token.clientId !== undefined && token.clientId !== app.clientId) return oauthError(403, "unauthorized_client", "You are not authorized to revoke this token");
  token.revoked = true;
  return { status: 200, body: {} };
}
