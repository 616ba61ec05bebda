import { Agent } from "@atproto/api";
import {
  JoseKey,
  NodeOAuthClient,
  OAuthResponseError,
  OAuthSession,
  requestLocalLock,
  type Keyset,
  type NodeSavedSession,
  type NodeSavedStateStore,
  type OAuthClientOptions,
  type Session,
  type TokenSet,
} from "@atproto/oauth-client-node";
import { classifyThrown, NetworkError, type CredentialsV1 } from "@kommune-sm/network";
import type { BlueskyAccountTarget, BlueskyConnectOptions } from "./bluesky-connect.js";
import { blueskyChannelOptions, type BlueskyChannelOptions, type BlueskyOAuthGrant } from "./bluesky-channel.js";

/**
 * The scope kommune-sm asks for: `atproto` (who the account is) and
 * `transition:generic` (what an app password may do: post, delete, read
 * notifications; no direct messages, no account settings). The granular
 * scopes that replace `transition:generic` are not yet served by every PDS.
 */
export const BLUESKY_OAUTH_SCOPE = "atproto transition:generic";

/** Options of {@link createBlueskyOAuth}: what identifies the application at a PDS. */
export interface BlueskyOAuthOptions {
  /**
   * The client metadata document. In production a web application serves it
   * at an https URL that is its `client_id` (with `token_endpoint_auth_method:
   * "private_key_jwt"`, a `jwks_uri` and the `keyset` below: a confidential
   * client, whose sessions last longest). For development on one machine,
   * `buildAtprotoLoopbackClientMetadata` of `@atproto/oauth-client-node`
   * gives a loopback client that needs no hosting.
   */
  readonly clientMetadata: OAuthClientOptions["clientMetadata"];
  /** The private keys of a confidential client (`JoseKey.fromImportable(...)`); none for a public client. */
  readonly keyset?: Keyset | Iterable<JoseKey>;
  /**
   * Where the state of an authorisation in progress is kept between
   * {@link BlueskyOAuth.authorize} and {@link BlueskyOAuth.complete} (a few
   * minutes): default in memory, so both must run in the same process; give
   * a shared store when several processes serve the callback.
   */
  readonly stateStore?: NodeSavedStateStore;
  /** How handles are resolved: default DNS and `/.well-known/atproto-did`; a PDS URL for tests. */
  readonly handleResolver?: OAuthClientOptions["handleResolver"] | string | URL;
  /** The PLC directory; default `https://plc.directory`. */
  readonly plcDirectoryUrl?: string;
  /** Allow plain http (a local PDS in tests); never in production. */
  readonly allowHttp?: boolean;
}

/** One town hall's connection through atproto OAuth, as {@link createBlueskyOAuth} gives it. */
export interface BlueskyOAuth {
  /** The underlying client of `@atproto/oauth-client-node`, e.g. for `clientMetadata` or `jwks` to serve. */
  readonly client: NodeOAuthClient;
  /**
   * Step 1: the address a person opens in the browser to sign in at their
   * PDS and allow kommune-sm to post. `account` is the handle
   * (`musterstadt.bsky.social`), the DID, or the PDS's address.
   */
  authorize(account: string, options?: { readonly signal?: AbortSignal; readonly state?: string }): Promise<URL>;
  /**
   * Step 2: the PDS sends the browser back to the redirect URI with `code`,
   * `state` and `iss`; hand those query parameters here. The session's
   * tokens and its DPoP key go to the secrets port, the channel is created or
   * updated with the account's handle, PDS, DID and issuer. A refusal by the
   * person (`error=access_denied`) is an `authentication` error.
   */
  complete(params: URLSearchParams, target: BlueskyAccountTarget, options?: BlueskyConnectOptions): Promise<{ readonly handle: string; readonly did: string; readonly state?: string }>;
}

/** The session the client's callback made, waiting for complete() to move it to the secrets port. */
type Handoff = Map<string, NodeSavedSession>;

/**
 * Connecting Bluesky accounts with atproto OAuth (the way Bluesky asks apps
 * to log in): no password ever passes through kommune-sm. Built on
 * `@atproto/oauth-client-node` 0.3.x (PAR, PKCE, DPoP, token refresh, the
 * identity resolution); kommune-sm keeps the session's tokens and DPoP key in
 * its secrets port, and its engine refreshes them (serialised per account)
 * through the adapter: hand the same object to `createBlueskyAdapter({ oauth })`.
 *
 * @example
 * ```ts
 * const oauth = createBlueskyOAuth({ clientMetadata, keyset });
 * const url = await oauth.authorize("musterstadt.bsky.social"); // open it in the browser
 * // … the browser comes back to the redirect URI:
 * await oauth.complete(new URL(request.url).searchParams, { store: ksm.store, secrets, channelId: "bluesky-main" });
 * ```
 */
export function createBlueskyOAuth(options: BlueskyOAuthOptions): BlueskyOAuth {
  const handoff: Handoff = new Map();
  const states = new Map<string, unknown>();
  const stateStore: NodeSavedStateStore = options.stateStore ?? {
    get: async (key) => states.get(key) as never,
    set: async (key, value) => void states.set(key, value),
    del: async (key) => void states.delete(key),
  };
  const client = new NodeOAuthClient({
    clientMetadata: options.clientMetadata,
    ...(options.keyset ? { keyset: options.keyset } : {}),
    stateStore,
    // The library refreshes nothing here (the engine does, serialised per
    // account), so a lock across processes is not needed.
    requestLock: requestLocalLock,
    // The client keeps a session only until complete() has moved it to the secrets port.
    sessionStore: {
      get: async (sub) => handoff.get(sub),
      set: async (sub, session) => void handoff.set(sub, session),
      del: async (sub) => void handoff.delete(sub),
    },
    ...(options.handleResolver ? { handleResolver: options.handleResolver as never } : {}),
    ...(options.plcDirectoryUrl ? { plcDirectoryUrl: options.plcDirectoryUrl } : {}),
    ...(options.allowHttp ? { allowHttp: true } : {}),
  });
  const oauth: BlueskyOAuth = {
    client,
    async authorize(account, authorizeOptions = {}) {
      if (typeof account !== "string" || account.trim() === "") throw new NetworkError({ kind: "permanent", message: "Give the account's handle (e.g. musterstadt.bsky.social), its DID or its PDS address." });
      try {
        return await client.authorize(account.trim(), { scope: BLUESKY_OAUTH_SCOPE, ...(authorizeOptions.signal ? { signal: authorizeOptions.signal } : {}), ...(authorizeOptions.state ? { state: authorizeOptions.state } : {}) });
      } catch (error) {
        throw oauthFailure(error, `starting the sign-in of "${account.trim().slice(0, 100)}"`, []);
      }
    },
    async complete(params, target, options = {}) {
      let result: Awaited<ReturnType<NodeOAuthClient["callback"]>>;
      try {
        result = await client.callback(params);
      } catch (error) {
        const denied = params.get("error");
        if (denied) throw new NetworkError({ kind: "authentication", message: `The sign-in at the PDS ended without permission (${denied.slice(0, 50)}): connect the account again and allow access.` });
        throw oauthFailure(error, "completing the sign-in", []);
      }
      const did = result.session.did;
      const saved = handoff.get(did);
      handoff.delete(did);
      if (!saved) throw new NetworkError({ kind: "permanent", message: "The sign-in's session was taken by another completion for the same account at the same moment; connect again." });
      const credentials = credentialsOf(saved.tokenSet, saved.dpopJwk as unknown as Record<string, unknown>);
      const grant: BlueskyOAuthGrant = { issuer: saved.tokenSet.iss, scope: saved.tokenSet.scope, authMethod: saved.authMethod };
      let channelOptions: BlueskyChannelOptions;
      try {
        channelOptions = blueskyChannelOptions({ id: target.channelId, handle: "", options: { service: saved.tokenSet.aud, did, oauth: grant } });
      } catch (error) {
        throw new NetworkError({ kind: "permanent", message: `The PDS gave a session kommune-sm cannot use (${(error as Error).message.slice(0, 300)}).` });
      }
      // The first call made the way every later one is made: proves the stored session works before anything is stored.
      const deadline = AbortSignal.timeout(30_000);
      const agent = await oauthAgentFor(oauth, credentials, channelOptions, { signal: options.signal ? AbortSignal.any([options.signal, deadline]) : deadline });
      const { data: profile } = await agent.com.atproto.server.getSession().catch((error: unknown) => {
        throw oauthFailure(error, "reading the account's handle", [credentials.accessToken, credentials.refreshToken]);
      });
      const organisationId = target.store.organisationId;
      await target.secrets.set({ organisationId, channelId: target.channelId }, credentials);
      const handle = `@${profile.handle}`;
      const bluesky = { service: channelOptions.service, did, oauth: grant };
      const existing = await target.store.channels.get(target.channelId);
      if (existing) await target.store.channels.save({ ...existing, network: "bluesky", handle, active: true, options: { ...existing.options, bluesky } });
      else await target.store.channels.insert({ id: target.channelId, organisationId, network: "bluesky", handle, options: { bluesky }, active: true });
      return { handle, did, ...(result.state ? { state: result.state } : {}) };
    },
  };
  return oauth;
}

/** The credentials kept in the secrets port for an OAuth session: its tokens and the private DPoP key, which proves every call. */
function credentialsOf(tokenSet: TokenSet, dpopJwk: Record<string, unknown>): CredentialsV1 {
  return {
    accessToken: tokenSet.access_token,
    ...(tokenSet.refresh_token ? { refreshToken: tokenSet.refresh_token } : {}),
    ...(tokenSet.expires_at ? { expiresAt: new Date(tokenSet.expires_at).toISOString() } : {}),
    extra: { dpopKey: JSON.stringify(dpopJwk) },
  };
}

/** The token set of the library, rebuilt from what kommune-sm keeps. */
function tokenSetOf(credentials: CredentialsV1, opts: BlueskyChannelOptions & { readonly oauth: BlueskyOAuthGrant }): TokenSet {
  return {
    iss: opts.oauth.issuer,
    sub: opts.did as TokenSet["sub"],
    aud: opts.service,
    scope: opts.oauth.scope as TokenSet["scope"],
    access_token: credentials.accessToken,
    token_type: "DPoP",
    ...(credentials.refreshToken ? { refresh_token: credentials.refreshToken } : {}),
    ...(credentials.expiresAt ? { expires_at: credentials.expiresAt } : {}),
  };
}

async function dpopKeyOf(credentials: CredentialsV1): Promise<JoseKey> {
  const text = credentials.extra?.["dpopKey"];
  if (!text) throw new NetworkError({ kind: "authentication", message: "The stored Bluesky OAuth session has no DPoP key; connect the account again." });
  try {
    return await JoseKey.fromJWK(text);
  } catch {
    throw new NetworkError({ kind: "authentication", message: "The stored Bluesky OAuth session's DPoP key cannot be read; connect the account again." });
  }
}

/** What {@link oauthAgentFor} needs of a call. */
interface OAuthCall {
  readonly signal: AbortSignal;
}

/**
 * An XRPC client over an OAuthSession of the library, made from
 * kommune-sm's credentials for one call (redirects refused, the call's
 * signal obeyed): it signs every request with the DPoP key (and learns the server's
 * nonces), but never refreshes by itself. A refresh here would use up the
 * one-time refresh token outside the engine's per-account serialisation,
 * and the new one would be lost; so an expired token answers 401, the
 * adapter reports `authentication`, and the engine refreshes once through
 * `refreshCredentials` and tries again.
 */
export async function oauthAgentFor(oauth: BlueskyOAuth | undefined, credentials: CredentialsV1, opts: BlueskyChannelOptions, call: OAuthCall): Promise<Agent> {
  const grant = requireGrant(oauth, opts);
  const dpopKey = await dpopKeyOf(credentials);
  const server = await serverFor(grant.oauth, grant.opts, dpopKey);
  const session: Pick<Session, "dpopKey" | "authMethod" | "tokenSet"> = { dpopKey, authMethod: grant.opts.oauth.authMethod, tokenSet: tokenSetOf(credentials, grant.opts) };
  const getter = {
    async getSession(_sub: string, refresh?: boolean | "auto") {
      if (refresh === true) throw new Error("kommune-sm refreshes Bluesky sessions through the engine only");
      return session;
    },
    async delStored() {},
  };
  const oauthSession = new OAuthSession(server, grant.opts.did as TokenSet["sub"], getter as never, (input, init) => fetch(input, { ...init, signal: call.signal, redirect: "error" }));
  return new Agent(oauthSession);
}

function requireGrant(oauth: BlueskyOAuth | undefined, opts: BlueskyChannelOptions): { oauth: BlueskyOAuth; opts: BlueskyChannelOptions & { readonly oauth: BlueskyOAuthGrant } } {
  if (!opts.oauth) throw new Error("internal: not an OAuth channel");
  if (!oauth) throw new NetworkError({ kind: "permanent", message: "This Bluesky channel was connected with OAuth: give the same createBlueskyOAuth(...) to createBlueskyAdapter({ oauth })." });
  return { oauth, opts: opts as BlueskyChannelOptions & { readonly oauth: BlueskyOAuthGrant } };
}

async function serverFor(oauth: BlueskyOAuth, opts: BlueskyChannelOptions & { readonly oauth: BlueskyOAuthGrant }, dpopKey: JoseKey) {
  try {
    return await oauth.client.serverFactory.fromIssuer(opts.oauth.issuer, opts.oauth.authMethod as never, dpopKey);
  } catch (error) {
    throw oauthFailure(error, "reading the sign-in server's metadata", []);
  }
}

/**
 * A new token set for the channel's OAuth session (the adapter's
 * `refreshCredentials`). The refresh token can be used once: the request is
 * never aborted once sent, so that the new tokens are not lost with it.
 */
export async function refreshOAuthCredentials(oauth: BlueskyOAuth | undefined, credentials: CredentialsV1, opts: BlueskyChannelOptions): Promise<CredentialsV1> {
  const grant = requireGrant(oauth, opts);
  if (!credentials.refreshToken) throw new NetworkError({ kind: "authentication", message: "The Bluesky OAuth session has no refresh token; connect the account again." });
  const dpopKey = await dpopKeyOf(credentials);
  const server = await serverFor(grant.oauth, grant.opts, dpopKey);
  let fresh: TokenSet;
  try {
    fresh = await server.refresh(tokenSetOf(credentials, grant.opts));
  } catch (error) {
    throw oauthFailure(error, "refreshing the OAuth session", [credentials.accessToken, credentials.refreshToken]);
  }
  if (fresh.sub !== grant.opts.did) throw new NetworkError({ kind: "authentication", message: "The sign-in server refreshed the session for another account; connect the account again." });
  return credentialsOf(fresh, JSON.parse(credentials.extra!["dpopKey"]!) as Record<string, unknown>);
}

/** Revokes the session's refresh token (and with it the session) at the sign-in server; false if that could not be done. */
export async function revokeOAuthCredentials(oauth: BlueskyOAuth | undefined, credentials: CredentialsV1, opts: BlueskyChannelOptions): Promise<boolean> {
  try {
    const grant = requireGrant(oauth, opts);
    const server = await serverFor(grant.oauth, grant.opts, await dpopKeyOf(credentials));
    await server.revoke(credentials.refreshToken ?? credentials.accessToken);
    return true;
  } catch {
    return false;
  }
}

/** A failure of the OAuth library as the engine needs it; tokens and the key never in the message. */
function oauthFailure(error: unknown, operation: string, tokens: readonly (string | undefined)[]): NetworkError {
  if (NetworkError.isNetworkError(error)) return error;
  const scrub = (text: string) => tokens.reduce<string>((out, token) => (token && token.length >= 8 ? out.replaceAll(token, "[redacted]") : out), text);
  if (error instanceof OAuthResponseError) {
    const reason = scrub(`${error.error ?? "error"}${error.errorDescription ? `: ${error.errorDescription}` : ""}`).slice(0, 300);
    const message = `${operation} failed with HTTP ${error.status} (${reason})`;
    if (error.status === 429) return new NetworkError({ kind: "rate-limited", status: 429, message });
    if (error.status >= 500) return new NetworkError({ kind: "retryable", status: error.status, message });
    // invalid_grant: the refresh token was used, revoked or has expired; invalid_client: the client's key changed.
    return new NetworkError({ kind: "authentication", status: error.status, message, networkReason: reason });
  }
  const thrown = classifyThrown(error);
  return new NetworkError({ kind: thrown.kind === "retryable" ? "retryable" : "permanent", message: `${operation} failed: ${scrub(thrown.message).slice(0, 300)}` });
}
