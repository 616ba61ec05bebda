import { Agent } from "@atproto/api";
import type { TenantStore } from "@kommune-sm/core";
import { assertChannelFreeFor, keepConnectedAccount, NetworkError, type SecretsPort } from "@kommune-sm/network";
import { blueskyChannelOptions, type BlueskyChannelOptions } from "./bluesky-channel.js";
import { revokeOAuthCredentials, type BlueskyOAuth } from "./bluesky-oauth.js";
import { boundedSignal } from "./bounded-signal.js";
import { classifyXrpcFailure } from "./bluesky-errors.js";
import { expiryOf, scopeOf } from "./session-expiry.js";

/** Where a connected account ends up. */
export interface BlueskyAccountTarget {
  /** The organisation's store: the channel is created or updated there. */
  readonly store: TenantStore;
  /** The secrets port: the session's tokens are stored there, under the channel. */
  readonly secrets: SecretsPort;
  /** The channel's id, e.g. "bluesky-main". */
  readonly channelId: string;
}

/** What a person enters to connect an account. */
export interface BlueskyLogin {
  /** The account's PDS; default `https://bsky.social` (accounts hosted by Bluesky). */
  readonly service?: string;
  /** The handle (`musterstadt.bsky.social`) or the account's e-mail address. */
  readonly identifier: string;
  /**
   * An app password (Settings → Privacy and security → App passwords, like
   * `abcd-efgh-ijkl-mnop`), never the account's own password: an app
   * password can be revoked on its own and cannot change the account.
   */
  readonly appPassword: string;
}

/** Options of {@link connectBlueskyAccount} and {@link disconnectBlueskyAccount}. */
export interface BlueskyConnectOptions {
  /** Aborts the calls; default: 30 seconds per call. */
  readonly signal?: AbortSignal;
}

/** Options of {@link disconnectBlueskyAccount}. */
export interface BlueskyDisconnectOptions extends BlueskyConnectOptions {
  /** The OAuth client a channel connected with OAuth was connected through (`createBlueskyOAuth`): its session is revoked there. */
  readonly oauth?: BlueskyOAuth;
}

function safeChannelOptions(channel: { id: string; handle: string; options: Record<string, unknown> }): BlueskyChannelOptions | undefined {
  try {
    return blueskyChannelOptions({ id: channel.id, handle: channel.handle, options: (channel.options["bluesky"] as Record<string, unknown> | undefined) ?? {} });
  } catch {
    return undefined;
  }
}

const APP_PASSWORD = /^[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}$/;

/** Whether a session's access token was made with an app password (`com.atproto.appPass…` scopes of the PDS). */
function isAppPasswordSession(accessJwt: string): boolean {
  const scope = scopeOf(accessJwt);
  return scope !== undefined && scope.startsWith("com.atproto.appPass");
}

function context(options: BlueskyConnectOptions) {
  return { signal: boundedSignal(options.signal), now: () => Date.now() };
}

/**
 * Connects a Bluesky account to a channel with an app password: creates a
 * session (`com.atproto.server.createSession`), stores its tokens in the
 * secrets port (the engine refreshes them through the adapter's
 * `refreshCredentials`), and creates or updates the channel with the
 * account's handle, PDS and DID. Resolves with the handle.
 *
 * The other way is atproto OAuth (`createBlueskyOAuth`): no password at all,
 * but the application must serve a client metadata document and take the
 * browser's redirect. An app password needs neither.
 *
 * @example
 * ```ts
 * const { handle } = await connectBlueskyAccount({ identifier: "musterstadt.bsky.social", appPassword }, { store: ksm.store, secrets, channelId: "bluesky-main" });
 * ```
 */
export async function connectBlueskyAccount(login: BlueskyLogin, target: BlueskyAccountTarget, options: BlueskyConnectOptions = {}): Promise<{ readonly handle: string; readonly did: string }> {
  const service = login.service ?? "https://bsky.social";
  let checked: string;
  try {
    checked = blueskyChannelOptions({ id: target.channelId, handle: "", options: { service, did: "did:plc:aaaaaaaaaaaaaaaaaaaaaaaa" } }).service;
  } catch {
    throw new NetworkError({ kind: "permanent", message: "Give the account's PDS as service: an https address without user name, password, query or fragment, e.g. https://bsky.social (plain http only on 127.0.0.1 or localhost)." });
  }
  if (typeof login.identifier !== "string" || login.identifier.trim() === "") throw new NetworkError({ kind: "permanent", message: "Give the account's handle (e.g. musterstadt.bsky.social) or e-mail address." });
  if (typeof login.appPassword !== "string" || !APP_PASSWORD.test(login.appPassword.trim())) {
    throw new NetworkError({ kind: "permanent", message: "Give an app password (four groups of four letters or digits, like abcd-efgh-ijkl-mnop; Settings → Privacy and security → App passwords), not the account's own password." });
  }
  await assertChannelFreeFor(target, "bluesky");
  const ctx = context(options);
  const agent = new Agent({ service: checked, fetch: (input, init) => fetch(input, { ...init, signal: ctx.signal, redirect: "error" }) });
  let session;
  try {
    ({ data: session } = await agent.com.atproto.server.createSession({ identifier: login.identifier.trim(), password: login.appPassword.trim() }));
  } catch (error) {
    const failure = classifyXrpcFailure(error, "logging in", ctx.now(), ctx.signal, [login.appPassword.trim()]);
    if (failure.kind === "authentication") throw new NetworkError({ kind: "authentication", status: failure.status, message: "Bluesky did not accept the handle and app password: check both, or create a new app password." });
    throw failure;
  }
  // An app password's session says so in its scope; the account's own password (even one shaped like an app password) does not.
  if (!isAppPasswordSession(session.accessJwt)) {
    await endSession(checked, session.refreshJwt, ctx.signal);
    throw new NetworkError({ kind: "permanent", message: "That was the account's own password, not an app password: create an app password (Settings → Privacy and security → App passwords) and connect with it." });
  }
  const expiresAt = expiryOf(session.accessJwt);
  const handle = `@${session.handle}`;
  try {
    await keepConnectedAccount(target, { network: "bluesky", handle, credentials: { accessToken: session.accessJwt, refreshToken: session.refreshJwt, ...(expiresAt ? { expiresAt } : {}) }, options: { service: checked, did: session.did } });
  } catch (error) {
    // Not kept: the session is ended, so that nobody holds it.
    await endSession(checked, session.refreshJwt, ctx.signal);
    throw error;
  }
  return { handle, did: session.did };
}

/** Ends an app-password session at the PDS (its refresh token revoked); false when that could not be done. */
async function endSession(service: string, refreshJwt: string, signal: AbortSignal): Promise<boolean> {
  const ending = new Agent({ service, headers: { authorization: `Bearer ${refreshJwt}` }, fetch: (input, init) => fetch(input, { ...init, signal, redirect: "error" }) });
  return ending.com.atproto.server.deleteSession().then(
    () => true,
    () => false,
  );
}

/**
 * Disconnects the channel's account: ends the session at the PDS
 * (`com.atproto.server.deleteSession`, which revokes its refresh token),
 * forgets the tokens and switches the channel off. The tokens are forgotten
 * even when the PDS cannot be reached (`revoked: false`); then revoke the
 * app password in the account's settings. An access token already handed
 * out stays valid until it expires (two hours at most).
 */
export async function disconnectBlueskyAccount(target: BlueskyAccountTarget, options: BlueskyDisconnectOptions = {}): Promise<{ readonly revoked: boolean }> {
  if (typeof target.secrets.delete !== "function") {
    throw new NetworkError({ kind: "permanent", message: "The secrets port cannot delete credentials (SecretsPort.delete); the tokens would stay behind." });
  }
  const ref = { organisationId: target.store.organisationId, channelId: target.channelId };
  const channel = await target.store.channels.get(target.channelId);
  const credentials = await target.secrets.get(ref);
  let revoked = false;
  const opts = channel && safeChannelOptions(channel);
  if (opts?.oauth && credentials) {
    revoked = await revokeOAuthCredentials(options.oauth, credentials, opts, { signal: context(options).signal });
  } else if (opts && credentials?.refreshToken) {
    revoked = await endSession(opts.service, credentials.refreshToken, context(options).signal);
  }
  await target.secrets.delete(ref);
  if (channel && channel.active) await target.store.channels.save({ ...channel, active: false });
  return { revoked };
}
