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
import { classifyThrown, keepConnectedAccount, NetworkError, type CredentialsV1 } from "@kommune-sm/network";
import type { BlueskyAccountTarget, BlueskyConnectOptions } from "./bluesky-connect.js";
import { asXrpcFailure, classifyXrpcFailure, redactTokens } from "./bluesky-errors.js";
import { boundedSignal } from "./bounded-signal.js";
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
   * person (`error=access_denied`) is an `authentication` error. A sign-in
   * as another account than the one given to `authorize` is refused.
   *
   * Give `expectedState`, the `state` given to `authorize` (e.g. the
   * organisation and the admin's session), so that a callback started by
   * someone else (a link to another organisation's callback, a login
   * CSRF) is refused before anything is stored.
   */
  complete(params: URLSearchParams, target: BlueskyAccountTarget, options?: BlueskyCompleteOptions): Promise<{ readonly handle: string; readonly did: string; readonly state?: string }>;
}

/** Options of {@link BlueskyOAuth.complete}. */
export interface BlueskyCompleteOptions extends BlueskyConnectOptions {
  /** The `state` given to `authorize` for this target; a callback carrying another (or none) is refused, nothing stored. */
  readonly expectedState?: string;
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
  /** The `state` of every callback being completed right now. */
  const completing = new Set<string>();
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
      const input = account.trim();
      const { signal } = authorizeOptions;
      try {
        // The account the admin named: complete() refuses a sign-in as any other (a browser still signed in
        // with a private account). A PDS address names no account: whoever signs in there is taken.
        const expected = /^https?:\/\//i.test(input) ? undefined : (await client.oauthResolver.resolveIdentity(input, signal ? { signal } : {})).did;
        const appState = APP_STATE_PREFIX + JSON.stringify({ ...(expected ? { account: expected } : {}), ...(authorizeOptions.state !== undefined ? { state: authorizeOptions.state } : {}) });
        return await client.authorize(input, { scope: BLUESKY_OAUTH_SCOPE, ...(signal ? { signal } : {}), state: appState });
      } catch (error) {
        throw oauthFailure(error, `starting the sign-in of "${input.slice(0, 100)}"`, []);
      }
    },
    async complete(params, target, options = {}) {
      const state = params.get("state") ?? "";
      // The same callback twice at once (a double click, a browser that retries): the second would spend the code
      // again, and a PDS answers a replayed code by revoking what the first one got. Refused here, before the PDS.
      if (completing.has(state)) throw new NetworkError({ kind: "permanent", message: "This sign-in is being completed already (the same answer of the PDS came twice); wait for the first." });
      completing.add(state);
      try {
        return await completeOnce(params, target, options);
      } finally {
        completing.delete(state);
      }
    },
  };

  async function completeOnce(params: URLSearchParams, target: BlueskyAccountTarget, options: BlueskyCompleteOptions): Promise<{ readonly handle: string; readonly did: string; readonly state?: string }> {
    let result: Awaited<ReturnType<NodeOAuthClient["callback"]>>;
    // The library takes no signal for the code exchange: the wait is bounded here, and a session that comes
    // after the wait was given up is ended at once, since nobody will hold it.
    const exchangeSignal = boundedSignal(options.signal);
    const exchange = client.callback(params);
    try {
      result = await untilAborted(exchange, exchangeSignal);
    } catch (error) {
      if (exchangeSignal.aborted) {
        void exchange.then(
          async (late) => {
            const saved = handoff.get(late.session.did);
            handoff.delete(late.session.did);
            if (saved) await revokeQuietly(oauth, { issuer: saved.tokenSet.iss, scope: saved.tokenSet.scope, authMethod: saved.authMethod }, credentialsOf(saved.tokenSet, JSON.stringify(saved.dpopJwk)));
          },
          () => undefined,
        );
        throw new NetworkError({ kind: "retryable", message: "Completing the sign-in was given up before the sign-in server answered; connect the account again." });
      }
      const denied = params.get("error");
      if (denied) throw new NetworkError({ kind: "authentication", message: `The sign-in at the PDS ended without permission (${denied.slice(0, 50)}): connect the account again and allow access.` });
      throw oauthFailure(error, "completing the sign-in", []);
    }
    const did = result.session.did;
    const saved = handoff.get(did);
    handoff.delete(did);
    if (!saved) throw new NetworkError({ kind: "permanent", message: "The sign-in's session was taken by another completion for the same account at the same moment; connect again." });
    const credentials = credentialsOf(saved.tokenSet, JSON.stringify(saved.dpopJwk));
    const grant: BlueskyOAuthGrant = { issuer: saved.tokenSet.iss, scope: saved.tokenSet.scope, authMethod: saved.authMethod };
    const appState = appStateOf(result.state);
    // Whatever fails from here on, the session just made is ended at the sign-in server: nobody holds it.
    const abandon = async (error: unknown): Promise<never> => {
      await revokeQuietly(oauth, grant, credentials);
      throw error;
    };
    if (options.expectedState !== undefined && appState.state !== options.expectedState) {
      await abandon(new NetworkError({ kind: "permanent", message: "This sign-in was not started for this target (its state differs from the one expected); start the connection again." }));
    }
    if (appState.account !== undefined && appState.account !== did) {
      await abandon(new NetworkError({ kind: "authentication", message: "The person signed in with another account than the one named when the sign-in started; sign out at the PDS and connect the account again." }));
    }
    let channelOptions: BlueskyChannelOptions;
    try {
      channelOptions = blueskyChannelOptions({ id: target.channelId, handle: "", options: { service: saved.tokenSet.aud, did, oauth: grant } });
    } catch (error) {
      return abandon(new NetworkError({ kind: "permanent", message: `The PDS gave a session kommune-sm cannot use (${(error as Error).message.slice(0, 300)}).` }));
    }
    // The first call made the way every later one is made: proves the stored session works before anything is stored.
    let profile: { handle: string };
    try {
      const agent = await oauthAgentFor(oauth, credentials, channelOptions, { signal: boundedSignal(options.signal) });
      ({ data: profile } = await agent.com.atproto.server.getSession());
    } catch (error) {
      return abandon(oauthFailure(error, "reading the account's handle", [credentials.accessToken, credentials.refreshToken]));
    }
    const handle = `@${profile.handle}`;
    try {
      await keepConnectedAccount(target, { network: "bluesky", handle, credentials, options: { service: channelOptions.service, did, oauth: grant } });
    } catch (error) {
      return abandon(error);
    }
    return { handle, did, ...(appState.state !== undefined ? { state: appState.state } : {}) };
  }
  return oauth;
}

/** Marks the library's app state as kommune-sm's own: the account named at authorize() and the caller's state. */
const APP_STATE_PREFIX = "kommune-sm:";

/** The caller's state and the account expected, from the library's app state (kept in the state store, never sent to the browser). */
function appStateOf(appState: string | null | undefined): { readonly account?: string; readonly state?: string } {
  if (typeof appState !== "string" || !appState.startsWith(APP_STATE_PREFIX)) return appState ? { state: appState } : {};
  try {
    const parsed = JSON.parse(appState.slice(APP_STATE_PREFIX.length)) as { account?: unknown; state?: unknown };
    return { ...(typeof parsed.account === "string" ? { account: parsed.account } : {}), ...(typeof parsed.state === "string" ? { state: parsed.state } : {}) };
  } catch {
    return {};
  }
}

/**
 * The promise, or the signal's reason once it aborts. The library's caches
 * let a second caller wait for the first caller's fetch whatever its own
 * signal says; this makes every caller's signal count.
 */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    void promise.catch(() => undefined);
    return Promise.reject(signal.reason as Error);
  }
  return new Promise<T>((resolve, reject) => {
    const stop = () => reject(signal.reason as Error);
    signal.addEventListener("abort", stop, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", stop);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", stop);
        reject(error as Error);
      },
    );
  });
}

/** The credentials kept in the secrets port for an OAuth session: its tokens and the private DPoP key (JWK as JSON), which proves every call. */
function credentialsOf(tokenSet: TokenSet, dpopKey: string): CredentialsV1 {
  return {
    accessToken: tokenSet.access_token,
    ...(tokenSet.refresh_token ? { refreshToken: tokenSet.refresh_token } : {}),
    ...(tokenSet.expires_at ? { expiresAt: new Date(tokenSet.expires_at).toISOString() } : {}),
    extra: { dpopKey },
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
  let key: JoseKey;
  try {
    key = await JoseKey.fromJWK(text);
  } catch {
    throw new NetworkError({ kind: "authentication", message: "The stored Bluesky OAuth session's DPoP key cannot be read; connect the account again." });
  }
  // A key without its private part (or a symmetric one) signs no DPoP proof: every call would fail
  // before reaching the PDS, as "no answer", and be retried for ever.
  if (!key.isPrivate || !key.bareJwk) throw new NetworkError({ kind: "authentication", message: "The stored Bluesky OAuth session's DPoP key is not a private key that can sign; connect the account again." });
  return key;
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
  const server = await serverFor(grant.oauth, grant.opts.oauth, dpopKey, call.signal);
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

/** The library's agent for the grant's sign-in server; its metadata read under `signal`. */
async function serverFor(oauth: BlueskyOAuth, grant: BlueskyOAuthGrant, dpopKey: JoseKey, signal: AbortSignal) {
  let metadata: Awaited<ReturnType<NodeOAuthClient["oauthResolver"]["getAuthorizationServerMetadata"]>>;
  try {
    metadata = await untilAborted(oauth.client.oauthResolver.getAuthorizationServerMetadata(grant.issuer, { signal }), signal);
  } catch (error) {
    throw oauthFailure(error, "reading the sign-in server's metadata", [], signal);
  }
  return agentOn(oauth, metadata, grant, dpopKey);
}

async function agentOn(oauth: BlueskyOAuth, metadata: Parameters<NodeOAuthClient["serverFactory"]["fromMetadata"]>[0], grant: BlueskyOAuthGrant, dpopKey: JoseKey) {
  try {
    return await oauth.client.serverFactory.fromMetadata(metadata, grant.authMethod as never, dpopKey);
  } catch (error) {
    // The key fits none of the server's DPoP algorithms, or the client's key the session was made with is gone from the keyset.
    throw new NetworkError({ kind: "authentication", message: `The stored Bluesky OAuth session cannot be used with its sign-in server (${String((error as Error)?.message).slice(0, 200)}); connect the account again.` });
  }
}

/**
 * A new token set for the channel's OAuth session (the adapter's
 * `refreshCredentials`). The refresh token can be used once: the request is
 * never aborted once sent, so that the new tokens are not lost with it.
 */
export async function refreshOAuthCredentials(oauth: BlueskyOAuth | undefined, credentials: CredentialsV1, opts: BlueskyChannelOptions, call?: OAuthCall): Promise<CredentialsV1> {
  const grant = requireGrant(oauth, opts);
  if (!credentials.refreshToken) throw new NetworkError({ kind: "authentication", message: "The Bluesky OAuth session has no refresh token; connect the account again." });
  const dpopKey = await dpopKeyOf(credentials);
  // Only the metadata is read under the signal; the refresh itself, once sent, is not given up.
  const server = await serverFor(grant.oauth, grant.opts.oauth, dpopKey, call?.signal ?? boundedSignal());
  let fresh: TokenSet;
  try {
    fresh = await server.refresh(tokenSetOf(credentials, grant.opts));
  } catch (error) {
    // The account's DID no longer names this sign-in server (it moved to another PDS, or the channel's issuer is not its own):
    // the library refused before sending the refresh token; only connecting again helps.
    if (error instanceof TypeError && error.message === "Issuer mismatch") {
      throw new NetworkError({ kind: "authentication", message: "The account's PDS no longer names the sign-in server this session came from (moved to another PDS?); connect the account again." });
    }
    throw oauthFailure(error, "refreshing the OAuth session", [credentials.accessToken, credentials.refreshToken]);
  }
  if (fresh.sub !== grant.opts.did) throw new NetworkError({ kind: "authentication", message: "The sign-in server refreshed the session for another account; connect the account again." });
  return credentialsOf(fresh, credentials.extra!["dpopKey"]!);
}

/**
 * Revokes the session's refresh token (and with it the session) at the
 * account's sign-in server; false if that could not be done. The token goes
 * to the sign-in server the account's DID names (resolved afresh), never to
 * one the channel merely claims: a channel's issuer changed by someone else
 * must not be a way to collect tokens.
 */
export async function revokeOAuthCredentials(oauth: BlueskyOAuth | undefined, credentials: CredentialsV1, opts: BlueskyChannelOptions, call?: OAuthCall): Promise<boolean> {
  try {
    const grant = requireGrant(oauth, opts);
    return await revokeAt(grant.oauth, grant.opts.did, grant.opts.oauth, credentials, call?.signal ?? boundedSignal());
  } catch {
    return false;
  }
}

async function revokeAt(oauth: BlueskyOAuth, did: string, grant: BlueskyOAuthGrant, credentials: CredentialsV1, signal: AbortSignal): Promise<boolean> {
  const dpopKey = await dpopKeyOf(credentials);
  const resolved = await untilAborted(oauth.client.oauthResolver.resolveFromIdentity(did, { signal, noCache: true }), signal);
  await revokeOn(await agentOn(oauth, resolved.metadata, grant, dpopKey), credentials, signal);
  return true;
}

/** Revokes the session's refresh token (the access token if there is none) at `server`. */
async function revokeOn(server: Awaited<ReturnType<typeof agentOn>>, credentials: CredentialsV1, signal: AbortSignal): Promise<void> {
  await untilAborted(server.request("revocation", { token: credentials.refreshToken ?? credentials.accessToken }), signal);
}

/** Ends a session nobody will hold (a completion that failed after the sign-in); failures are of no consequence. */
async function revokeQuietly(oauth: BlueskyOAuth, grant: BlueskyOAuthGrant, credentials: CredentialsV1): Promise<void> {
  try {
    const signal = boundedSignal();
    await revokeOn(await serverFor(oauth, grant, await dpopKeyOf(credentials), signal), credentials, signal);
  } catch {
    // The session expires by itself.
  }
}

/**
 * Errors of the sign-in server (RFC 6749 5.2, RFC 9449) that say nothing
 * about the session: a DPoP nonce not yet known (the library learns it from
 * the answer; the next try carries it), a proof refused because a clock runs
 * off (the `iat`), a server busy. Asking a person to reconnect would not help.
 */
const PASSING_ERRORS = new Set(["use_dpop_nonce", "invalid_dpop_proof", "temporarily_unavailable", "server_error"]);

/**
 * A failure of the OAuth library as the engine needs it; tokens and the key never in the message.
 *
 * @internal Exported for its tests only.
 */
export function oauthFailure(error: unknown, operation: string, tokens: readonly (string | undefined)[], signal?: AbortSignal): NetworkError {
  if (NetworkError.isNetworkError(error)) return error;
  if (signal?.aborted) return new NetworkError({ kind: "retryable", message: `${operation} was given up before the sign-in server answered.` });
  if (error instanceof OAuthResponseError) {
    const reason = redactTokens(`${error.error ?? "error"}${error.errorDescription ? `: ${error.errorDescription}` : ""}`, tokens).slice(0, 300);
    const message = `${operation} failed with HTTP ${error.status} (${reason})`;
    const base = { status: error.status, message, networkReason: reason };
    if (error.status === 429 || error.error === "slow_down") return new NetworkError({ ...base, kind: "rate-limited" });
    if (error.status >= 500 || (error.error !== undefined && PASSING_ERRORS.has(error.error))) return new NetworkError({ ...base, kind: "retryable" });
    // invalid_grant: the refresh token was used, revoked or has expired; invalid_client: the client's key changed;
    // and whatever else the server refuses: only connecting again can help.
    return new NetworkError({ ...base, kind: "authentication" });
  }
  // The PDS answered an XRPC call (the first call of complete()): its own rules, 5xx retryable.
  if (asXrpcFailure(error)) {
    return classifyXrpcFailure(error, operation, Date.now(), signal ?? new AbortController().signal, tokens);
  }
  const thrown = classifyThrown(error);
  return new NetworkError({ kind: thrown.kind === "retryable" ? "retryable" : "permanent", message: `${operation} failed: ${redactTokens(thrown.message, tokens).slice(0, 300)}` });
}
