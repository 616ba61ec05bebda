// The whole atproto OAuth flow against the REAL local PDS: a loopback client
// of @atproto/oauth-client-node asks for access, approveOnLocalPds signs in
// and grants (or denies) as a person in the browser would, and the client
// turns the redirect into a DPoP-bound session that can write to the repo.
import { Agent } from "@atproto/api";
import {
  buildAtprotoLoopbackClientMetadata,
  NodeOAuthClient,
  OAuthCallbackError,
  type NodeSavedSession,
  type NodeSavedState,
  type RuntimeLock,
} from "@atproto/oauth-client-node";
import { afterAll, describe, expect, it } from "vitest";
import { startLocalBluesky, type LocalBluesky } from "./local-bluesky.js";
import { approveOnLocalPds } from "./oauth-consent.js";

// One network for the file, started while it is collected (as the other network tests do).
const network: LocalBluesky = await startLocalBluesky();
afterAll(async () => {
  await network.close();
}, 60_000);

const SCOPE = "atproto transition:generic";
const REDIRECT_URI = "http://127.0.0.1/callback";

/** A store in memory, as the client's stateStore/sessionStore. */
function memoryStore<V>() {
  const entries = new Map<string, V>();
  return {
    entries,
    get: async (key: string) => entries.get(key),
    set: async (key: string, value: V) => void entries.set(key, value),
    del: async (key: string) => void entries.delete(key),
  };
}

/**
 * One lock per key in this process, so that two refreshes of the same
 * session never race: the PDS treats a refresh token used twice as stolen
 * and ends the session (see the last test).
 */
function processLock(): RuntimeLock {
  const tails = new Map<string, Promise<unknown>>();
  return async <T>(key: string, fn: () => T | PromiseLike<T>): Promise<T> => {
    const run = (tails.get(key) ?? Promise.resolve()).then(fn, fn);
    tails.set(key, run.catch(() => undefined));
    return run;
  };
}

/** A loopback client (client_id `http://localhost?…`) that resolves handles and DIDs on the local network. */
function oauthClient() {
  const sessions = memoryStore<NodeSavedSession>();
  const client = new NodeOAuthClient({
    clientMetadata: buildAtprotoLoopbackClientMetadata({ scope: SCOPE, redirect_uris: [REDIRECT_URI] }),
    stateStore: memoryStore<NodeSavedState>(),
    sessionStore: sessions,
    // The local PDS answers com.atproto.identity.resolveHandle for its own `.test` handles.
    handleResolver: network.pdsUrl,
    plcDirectoryUrl: network.plcUrl,
    allowHttp: true,
    requestLock: processLock(),
  });
  return { client, sessions };
}

describe("approveOnLocalPds (a real local PDS)", () => {
  it("grants the request: the client gets a session of the account that can post", { timeout: 30_000 }, async () => {
    const account = await network.createAccount("oauth");
    const { client, sessions } = oauthClient();

    const authorizeUrl = await client.authorize(account.handle, { scope: SCOPE, state: "town-hall-42" });
    const redirect = await approveOnLocalPds({ authorizeUrl, identifier: account.handle, password: account.password });

    expect(`${redirect.origin}${redirect.pathname}`).toBe(REDIRECT_URI);
    expect(redirect.searchParams.get("code")).toEqual(expect.any(String));
    expect(redirect.searchParams.get("iss")).toBe(new URL(network.pdsUrl).origin);
    const { session, state } = await client.callback(redirect.searchParams);
    expect(state).toBe("town-hall-42");
    expect(session.did).toBe(account.did);
    expect(sessions.entries.has(account.did)).toBe(true);

    // The session writes to the account's repository and reads it back.
    const agent = new Agent(session);
    const text = `Hallo aus dem OAuth-Test ${Date.now()}`;
    const created = await agent.com.atproto.repo.createRecord({
      repo: account.did,
      collection: "app.bsky.feed.post",
      record: { $type: "app.bsky.feed.post", text, createdAt: new Date().toISOString() },
    });
    expect(created.data.uri.startsWith(`at://${account.did}/app.bsky.feed.post/`)).toBe(true);
    const rkey = created.data.uri.split("/").pop()!;
    const read = await agent.com.atproto.repo.getRecord({ repo: account.did, collection: "app.bsky.feed.post", rkey });
    expect(read.data.value).toMatchObject({ text });
  });

  it("denies the request: the client's callback fails with access_denied", { timeout: 30_000 }, async () => {
    const account = await network.createAccount("oauthdeny");
    const { client, sessions } = oauthClient();

    const authorizeUrl = await client.authorize(account.handle, { scope: SCOPE });
    const redirect = await approveOnLocalPds({ authorizeUrl, identifier: account.handle, password: account.password, deny: true });

    expect(redirect.searchParams.get("error")).toBe("access_denied");
    expect(redirect.searchParams.has("code")).toBe(false);
    const outcome = await client.callback(redirect.searchParams).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(outcome).toBeInstanceOf(OAuthCallbackError);
    expect((outcome as OAuthCallbackError).params.get("error")).toBe("access_denied");
    expect(sessions.entries.size).toBe(0);
  });

  it("refuses a wrong password with an error that names the step and does not contain the password", { timeout: 30_000 }, async () => {
    const account = await network.createAccount("oauthpw");
    const { client } = oauthClient();
    const wrong = `${account.password}-not-it`;

    const authorizeUrl = await client.authorize(account.handle, { scope: SCOPE });
    const outcome = await approveOnLocalPds({ authorizeUrl, identifier: account.handle, password: wrong }).then(
      () => undefined,
      (error: unknown) => error,
    );

    expect(outcome).toBeInstanceOf(Error);
    const message = (outcome as Error).message;
    expect(message).toContain(`signing in as ${account.handle}`);
    // The provider's own words for it (not, say, a CSRF or Referer complaint, also HTTP 400).
    expect(message).toContain("HTTP 400");
    expect(message).toContain("Invalid identifier or password");
    expect(message).not.toContain(wrong);
    expect(message).not.toContain(account.password);
  });

  it("restore(did, true) refreshes against the PDS; the refresh token before then is refused and ends the session", { timeout: 30_000 }, async () => {
    const account = await network.createAccount("oauthrefresh");
    const { client, sessions } = oauthClient();
    const authorizeUrl = await client.authorize(account.handle, { scope: SCOPE });
    // The DID works as the sign-in name as well as the handle.
    await client.callback((await approveOnLocalPds({ authorizeUrl, identifier: account.did, password: account.password })).searchParams);
    const before = structuredClone(sessions.entries.get(account.did)!);
    // The local PDS's access tokens live an hour.
    const lifetime = Date.parse(before.tokenSet.expires_at!) - Date.now();
    expect(lifetime).toBeGreaterThan(55 * 60_000);
    expect(lifetime).toBeLessThanOrEqual(60 * 60_000);

    const refreshed = await client.restore(account.did, true);
    const after = sessions.entries.get(account.did)!;
    expect(after.tokenSet.access_token).not.toBe(before.tokenSet.access_token);
    expect(after.tokenSet.refresh_token).not.toBe(before.tokenSet.refresh_token);
    expect(after.dpopJwk).toEqual(before.dpopJwk);
    const { data } = await new Agent(refreshed).com.atproto.server.getSession();
    expect(data.did).toBe(account.did);

    // A second process holding the old copy refreshes with a spent token:
    // the PDS refuses and revokes the whole session, also for the first.
    const stale = oauthClient();
    await stale.sessions.set(account.did, before);
    await expect(stale.client.restore(account.did, true)).rejects.toThrow(/replayed/i);
    await expect(client.restore(account.did, true)).rejects.toThrow(/invalid refresh token/i);
    expect(sessions.entries.has(account.did)).toBe(false);
  });
});
