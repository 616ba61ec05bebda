// Connecting and disconnecting a Bluesky account against a REAL local
// network (PLC, PDS, AppView of @atproto/dev-env) through the loopback proxy:
// what a town hall's admin does once, and what must hold afterwards (tokens
// in the vault only, the channel pointing at the account, a disconnected
// account really cut off).
import { createMemoryStore, silentLogger, type TenantStore } from "@kommune-sm/core";
import { createMemorySecrets, type SecretsPort } from "@kommune-sm/network";
import fc from "fast-check";
import { expectNetworkError } from "@kommune-sm/network/testkit";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { createBlueskyAdapter } from "./bluesky-adapter.js";
import { connectBlueskyAccount, disconnectBlueskyAccount } from "./bluesky-connect.js";
import { startLocalBluesky, type LocalBluesky, type LocalBlueskyAccount } from "./test-support/local-bluesky.js";
import { startXrpcProxy, type XrpcProxy } from "./test-support/xrpc-proxy.js";

const CHANNEL = "bluesky-main";
const ORGANISATION = "musterstadt";
const ref = { organisationId: ORGANISATION, channelId: CHANNEL };

// One network for the file, started while it is collected (as the conformance test does).
const network: LocalBluesky = await startLocalBluesky();
afterAll(async () => {
  await network.close();
}, 60_000);

interface Rig {
  readonly proxy: XrpcProxy;
  readonly store: TenantStore;
  readonly secrets: SecretsPort;
  readonly town: LocalBlueskyAccount;
}

const proxies: XrpcProxy[] = [];
afterEach(async () => {
  for (const proxy of proxies.splice(0)) await proxy.close();
});

/** A fresh account (so that sessions of one test cannot touch another's), a proxy, an empty store and vault. */
async function rig(): Promise<Rig> {
  const proxy = await startXrpcProxy({ target: network.pdsUrl });
  proxies.push(proxy);
  const town = await network.createAccount("musterstadt");
  return { proxy, store: createMemoryStore().tenant(ORGANISATION), secrets: createMemorySecrets(), town };
}

/** An XRPC call straight to the PDS (past the proxy): its status and error name. */
async function xrpc(method: "GET" | "POST", nsid: string, token: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const answer = await fetch(`${network.pdsUrl}/xrpc/${nsid}`, { method, headers: { authorization: `Bearer ${token}` } });
  const text = await answer.text();
  return { status: answer.status, body: text === "" ? {} : (JSON.parse(text) as Record<string, unknown>) };
}

const blueskyChannel = (r: Rig) => ({ id: CHANNEL, handle: `@${r.town.handle}`, options: { service: r.proxy.url, did: r.town.did } });

describe("connectBlueskyAccount (a real local PDS through the proxy)", () => {
  it("stores the session's tokens under the channel and creates the channel with the handle, the PDS and the DID", { timeout: 60_000 }, async () => {
    const r = await rig();
    const connected = await connectBlueskyAccount({ service: r.proxy.url, identifier: r.town.handle, appPassword: r.town.appPassword }, { store: r.store, secrets: r.secrets, channelId: CHANNEL });

    expect(connected).toEqual({ handle: `@${r.town.handle}`, did: r.town.did });
    const credentials = await r.secrets.get(ref);
    expect(credentials).toEqual({ accessToken: expect.any(String), refreshToken: expect.any(String), expiresAt: expect.any(String) });
    // The PDS's access tokens live two hours.
    const lifetime = Date.parse(credentials!.expiresAt!) - Date.now();
    expect(lifetime).toBeGreaterThan(100 * 60_000);
    expect(lifetime).toBeLessThanOrEqual(120 * 60_000);
    // The tokens are the account's: the PDS knows whose session it is.
    const session = await xrpc("GET", "com.atproto.server.getSession", credentials!.accessToken);
    expect(session).toMatchObject({ status: 200, body: { did: r.town.did, handle: r.town.handle } });

    const channel = await r.store.channels.get(CHANNEL);
    expect(channel).toEqual({ id: CHANNEL, organisationId: ORGANISATION, network: "bluesky", handle: `@${r.town.handle}`, options: { bluesky: { service: r.proxy.url, did: r.town.did } }, active: true });
    // Nothing secret in the channel, which the store keeps in the clear.
    expect(JSON.stringify(channel)).not.toContain(credentials!.accessToken);
    expect(JSON.stringify(channel)).not.toContain(r.town.appPassword);
    // The login went through the PDS named (the proxy), not somewhere else.
    expect(r.proxy.requests.map((request) => request.nsid)).toContain("com.atproto.server.createSession");
  });

  it("connecting again updates the channel, keeps its other options, switches it on and replaces the tokens", { timeout: 60_000 }, async () => {
    const r = await rig();
    const login = { service: r.proxy.url, identifier: r.town.handle, appPassword: r.town.appPassword };
    await connectBlueskyAccount(login, { store: r.store, secrets: r.secrets, channelId: CHANNEL });
    const first = (await r.secrets.get(ref))!;
    const channel = (await r.store.channels.get(CHANNEL))!;
    await r.store.channels.save({ ...channel, active: false, options: { ...channel.options, bluesky: { service: "https://bsky.social", did: "did:plc:aaaaaaaaaaaaaaaaaaaaaaaa" }, signature: { text: "Ihre Stadtverwaltung" } } });

    // The e-mail address is the other identifier a person may type.
    await connectBlueskyAccount({ ...login, identifier: `  ${r.town.handle.replace(/\.test$/, "")}@example.com ` }, { store: r.store, secrets: r.secrets, channelId: CHANNEL });

    const second = (await r.secrets.get(ref))!;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(await r.store.channels.get(CHANNEL)).toEqual({
      id: CHANNEL,
      organisationId: ORGANISATION,
      network: "bluesky",
      handle: `@${r.town.handle}`,
      options: { bluesky: { service: r.proxy.url, did: r.town.did }, signature: { text: "Ihre Stadtverwaltung" } },
      active: true,
    });
    expect(await r.store.channels.list()).toHaveLength(1);
  });

  it("refuses the account's own password before any request, with a message that names app passwords and quotes nothing", { timeout: 60_000 }, async () => {
    const r = await rig();
    const before = r.proxy.requests.length;
    const error = await expectNetworkError(connectBlueskyAccount({ service: r.proxy.url, identifier: r.town.handle, appPassword: r.town.password }, { store: r.store, secrets: r.secrets, channelId: CHANNEL }), "permanent", "error");
    expect(error.message).toMatch(/app password/i);
    expect(error.message).not.toContain(r.town.password);

    // Any password as the PDS makes main passwords (16 characters of base64url), never sent, never quoted.
    await fc.assert(
      fc.asyncProperty(fc.stringMatching(/^[A-Za-z0-9_-]{16}$/), async (password) => {
        const refused = await expectNetworkError(connectBlueskyAccount({ service: r.proxy.url, identifier: r.town.handle, appPassword: password }, { store: r.store, secrets: r.secrets, channelId: CHANNEL }), "permanent", "refused");
        expect(refused.message).not.toContain(password);
      }),
      { numRuns: 50 },
    );
    expect(r.proxy.requests.length).toBe(before);
    expect(await r.secrets.get(ref)).toBeUndefined();
    expect(await r.store.channels.get(CHANNEL)).toBeUndefined();
  });

  it("a channel of another network is refused before any request: its token and options stay", { timeout: 60_000 }, async () => {
    const r = await rig();
    await r.store.channels.insert({ id: CHANNEL, organisationId: ORGANISATION, network: "mastodon", handle: "@stadt@social.bund.de", options: { mastodon: { instanceUrl: "https://social.bund.de" } }, active: true });
    await r.secrets.set(ref, { accessToken: "mastodon-token-0815" });
    const error = await expectNetworkError(connectBlueskyAccount({ service: r.proxy.url, identifier: r.town.handle, appPassword: r.town.appPassword }, { store: r.store, secrets: r.secrets, channelId: CHANNEL }), "permanent", "connecting into a Mastodon channel");
    expect(error.message).toContain("is a mastodon channel");
    expect(r.proxy.requests).toEqual([]);
    expect(await r.secrets.get(ref)).toEqual({ accessToken: "mastodon-token-0815" });
    expect(await r.store.channels.get(CHANNEL)).toMatchObject({ network: "mastodon" });
  });

  it("the channel cannot be written: the vault stays as it was and the new session is ended at the PDS", { timeout: 60_000 }, async () => {
    const r = await rig();
    r.store.channels.insert = () => Promise.reject(new Error("disk full"));
    await expect(connectBlueskyAccount({ service: r.proxy.url, identifier: r.town.handle, appPassword: r.town.appPassword }, { store: r.store, secrets: r.secrets, channelId: CHANNEL })).rejects.toThrow("disk full");
    expect(await r.secrets.get(ref)).toBeUndefined();
    expect(r.proxy.requests.filter((request) => request.nsid === "com.atproto.server.deleteSession").map((request) => request.status)).toEqual([200]);
  });

  it("a PDS address that is not https: refused before any request, naming the login's `service`, not channel options", async () => {
    const store = createMemoryStore().tenant(ORGANISATION);
    const secrets = createMemorySecrets();
    for (const service of ["http://pds.example.org", "bsky.social", "https://musterstadt:geheim-passwort@bsky.social"]) {
      const error = await expectNetworkError(connectBlueskyAccount({ service, identifier: "musterstadt.bsky.social", appPassword: "abcd-efgh-ijkl-mnop" }, { store, secrets, channelId: CHANNEL }), "permanent", "error");
      expect(error.message).toMatch(/\bservice\b/);
      expect(error.message).toMatch(/https/);
      // The person is connecting right now: the channel's options and "connect with connectBlueskyAccount" mean nothing to them.
      expect(error.message).not.toContain("channel.options");
      expect(error.message).not.toContain("connectBlueskyAccount");
      expect(error.message).not.toContain("geheim-passwort");
    }
    expect(await store.channels.list()).toEqual([]);
  });

  it("a wrong app password: an authentication error saying what to check, nothing stored, no channel", { timeout: 60_000 }, async () => {
    const r = await rig();
    const wrong = "abcd-efgh-ijkl-mnop";
    const error = await expectNetworkError(connectBlueskyAccount({ service: r.proxy.url, identifier: r.town.handle, appPassword: wrong }, { store: r.store, secrets: r.secrets, channelId: CHANNEL }), "authentication", "error");
    expect(error.message).toMatch(/app password/i);
    expect(error.message).not.toContain(wrong);
    // The PDS was asked, and said no.
    expect(r.proxy.requests.filter((request) => request.nsid === "com.atproto.server.createSession").map((request) => request.status)).toEqual([401]);
    expect(await r.secrets.get(ref)).toBeUndefined();
    expect(await r.store.channels.get(CHANNEL)).toBeUndefined();
  });
});

describe("disconnectBlueskyAccount (a real local PDS through the proxy)", () => {
  it("ends the session at the PDS, forgets the tokens and switches the channel off; the old refresh token is dead", { timeout: 60_000 }, async () => {
    const r = await rig();
    await connectBlueskyAccount({ service: r.proxy.url, identifier: r.town.handle, appPassword: r.town.appPassword }, { store: r.store, secrets: r.secrets, channelId: CHANNEL });
    const old = (await r.secrets.get(ref))!;

    expect(await disconnectBlueskyAccount({ store: r.store, secrets: r.secrets, channelId: CHANNEL })).toEqual({ revoked: true });

    expect(r.proxy.requests.filter((request) => request.nsid === "com.atproto.server.deleteSession").map((request) => request.status)).toEqual([200]);
    expect(await r.secrets.get(ref)).toBeUndefined();
    expect(await r.store.channels.get(CHANNEL)).toMatchObject({ id: CHANNEL, active: false, options: { bluesky: { service: r.proxy.url, did: r.town.did } } });
    // The PDS: the session is gone.
    expect(await xrpc("POST", "com.atproto.server.refreshSession", old.refreshToken!)).toMatchObject({ status: 400, body: { error: "ExpiredToken" } });
    // The engine's refresh through the adapter: an authentication failure, so the channel gets a reconnect task.
    const refused = await expectNetworkError(createBlueskyAdapter().refreshCredentials!(old, { channel: blueskyChannel(r), signal: AbortSignal.timeout(30_000), now: () => Date.now(), logger: silentLogger }), "authentication", "refused");
    expect(refused.message).not.toContain(old.refreshToken);
  });

  it("while the PDS cannot be reached: still forgets the tokens and switches the channel off, and says the session was not revoked", { timeout: 60_000 }, async () => {
    const r = await rig();
    await connectBlueskyAccount({ service: r.proxy.url, identifier: r.town.handle, appPassword: r.town.appPassword }, { store: r.store, secrets: r.secrets, channelId: CHANNEL });
    const old = (await r.secrets.get(ref))!;
    r.proxy.mode = "down";

    expect(await disconnectBlueskyAccount({ store: r.store, secrets: r.secrets, channelId: CHANNEL })).toEqual({ revoked: false });

    expect(r.proxy.requests.filter((request) => request.nsid === "com.atproto.server.deleteSession").map((request) => request.injected)).toEqual(["down"]);
    expect(await r.secrets.get(ref)).toBeUndefined();
    expect(await r.store.channels.get(CHANNEL)).toMatchObject({ active: false });
    // "revoked: false" is the truth: the session still lives at the PDS (the app password must be revoked by hand).
    r.proxy.mode = "up";
    const refreshed = await createBlueskyAdapter().refreshCredentials!(old, { channel: blueskyChannel(r), signal: AbortSignal.timeout(30_000), now: () => Date.now(), logger: silentLogger });
    expect(refreshed.accessToken).toEqual(expect.any(String));
    // A second disconnect with nothing stored is no error.
    expect(await disconnectBlueskyAccount({ store: r.store, secrets: r.secrets, channelId: CHANNEL })).toEqual({ revoked: false });
  });
});
