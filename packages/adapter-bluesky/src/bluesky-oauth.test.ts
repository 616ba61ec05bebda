// Connecting a Bluesky account with atproto OAuth against a REAL local
// network (PLC, PDS with its OAuth provider, AppView of @atproto/dev-env):
// the sign-in a town hall's admin does in the browser (played by
// approveOnLocalPds), then every adapter operation over the DPoP-bound
// session, the engine's refresh, and disconnecting.
import { createMemoryStore, silentLogger } from "@kommune-sm/core";
import { createMemorySecrets, type AdapterCallContextV1, type ChannelRefV1, type CredentialsV1 } from "@kommune-sm/network";
import { expectNetworkError } from "@kommune-sm/network/testkit";
import { afterAll, describe, expect, it } from "vitest";
import { createBlueskyAdapter } from "./bluesky-adapter.js";
import { disconnectBlueskyAccount } from "./bluesky-connect.js";
import type { BlueskyOAuth } from "./bluesky-oauth.js";
import { startLocalBluesky, type LocalBluesky } from "./test-support/local-bluesky.js";
import { approveOnLocalPds } from "./test-support/oauth-consent.js";
import { connectWithOAuth, localOAuthClient, oauthSecretsOf as secretsOf, type OAuthConnected } from "./test-support/oauth-rig.js";

const CHANNEL = "bluesky-main";
const ORGANISATION = "musterstadt";
const ref = { organisationId: ORGANISATION, channelId: CHANNEL };
const POST = "app.bsky.feed.post";

const network: LocalBluesky = await startLocalBluesky();
afterAll(async () => {
  await network.close();
}, 60_000);

const oauthClient = (): BlueskyOAuth => localOAuthClient(network);
type Connected = OAuthConnected;
const connect = (name?: string, oauth?: BlueskyOAuth): Promise<Connected> => connectWithOAuth(network, name, oauth);

function contextFor(credentials: CredentialsV1, channel?: ChannelRefV1): AdapterCallContextV1 & { channel: ChannelRefV1 } {
  return { credentials, signal: AbortSignal.timeout(60_000), now: () => Date.now(), logger: silentLogger, channel: channel! };
}

const unique = (label: string) => `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

describe("createBlueskyOAuth: connecting with atproto OAuth (a real local PDS)", () => {
  it("keeps the tokens and the DPoP key in the vault, and the channel with handle, PDS, DID and grant, nothing secret in it", { timeout: 60_000 }, async () => {
    const c = await connect();
    expect(c.credentials).toEqual({ accessToken: expect.any(String), refreshToken: expect.any(String), expiresAt: expect.any(String), extra: { dpopKey: expect.any(String) } });
    expect(JSON.parse(c.credentials.extra!["dpopKey"]!)).toMatchObject({ kty: "EC", crv: expect.any(String), d: expect.any(String) });
    const channel = await c.store.channels.get(CHANNEL);
    expect(channel).toEqual({
      id: CHANNEL,
      organisationId: ORGANISATION,
      network: "bluesky",
      handle: `@${c.town.handle}`,
      options: { bluesky: { service: new URL(network.pdsUrl).origin, did: c.town.did, oauth: { issuer: expect.any(String), scope: expect.stringContaining("atproto"), authMethod: { method: "none" } } } },
      active: true,
    });
    const clear = JSON.stringify(channel);
    for (const secret of [...secretsOf(c.credentials), c.town.password]) expect(clear).not.toContain(secret);
    // The token is bound to the key: without a DPoP proof the PDS refuses it, so the key must be kept with it.
    const bare = await fetch(`${network.pdsUrl}/xrpc/com.atproto.server.getSession`, { headers: { authorization: `Bearer ${c.credentials.accessToken}` } });
    expect(bare.status).toBeGreaterThanOrEqual(400);
    expect(bare.status).toBeLessThan(500);
  });

  it("a person who denies access: an authentication error, nothing stored, no channel", { timeout: 60_000 }, async () => {
    const oauth = oauthClient();
    const town = await network.createAccount("verweigert");
    const store = createMemoryStore().tenant(ORGANISATION);
    const secrets = createMemorySecrets();
    const url = await oauth.authorize(town.handle);
    const back = await approveOnLocalPds({ authorizeUrl: url, identifier: town.handle, password: town.password, deny: true });
    const error = await expectNetworkError(oauth.complete(back.searchParams, { store, secrets, channelId: CHANNEL }), "authentication", "error");
    expect(error.message).toMatch(/connect the account again/);
    expect(await secrets.get(ref)).toBeUndefined();
    expect(await store.channels.list()).toEqual([]);
  });

  it("a callback replayed (the same code twice) is refused and leaves the first connection as it was", { timeout: 60_000 }, async () => {
    const oauth = oauthClient();
    const town = await network.createAccount("zweimal");
    const store = createMemoryStore().tenant(ORGANISATION);
    const secrets = createMemorySecrets();
    const back = await approveOnLocalPds({ authorizeUrl: await oauth.authorize(town.handle), identifier: town.handle, password: town.password });
    await oauth.complete(back.searchParams, { store, secrets, channelId: CHANNEL });
    const first = await secrets.get(ref);
    await expectNetworkError(oauth.complete(back.searchParams, { store, secrets, channelId: CHANNEL }), ["authentication", "permanent"], "a replayed callback");
    expect(await secrets.get(ref)).toEqual(first);
  });

  it("a caller that gives up during the code exchange gets a retryable error at once, and nothing is stored", { timeout: 60_000 }, async () => {
    const oauth = oauthClient();
    const town = await network.createAccount("ungeduldig");
    const store = createMemoryStore().tenant(ORGANISATION);
    const secrets = createMemorySecrets();
    const back = await approveOnLocalPds({ authorizeUrl: await oauth.authorize(town.handle), identifier: town.handle, password: town.password });
    const gone = new AbortController();
    gone.abort();
    const started = Date.now();
    await expectNetworkError(oauth.complete(back.searchParams, { store, secrets, channelId: CHANNEL }, { signal: gone.signal }), "retryable", "a completion given up");
    expect(Date.now() - started).toBeLessThan(1_000);
    // The exchange the library started goes on; what it brings is ended, not stored.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await secrets.get(ref)).toBeUndefined();
    expect(await store.channels.list()).toEqual([]);
  });

  it("an empty account name is refused before any request", async () => {
    const error = await expectNetworkError(oauthClient().authorize("  "), "permanent", "error");
  });
});

describe("createBlueskyAdapter({ oauth }): every operation over the DPoP-bound session", () => {
  it("publishes (a repeat finds the same post), looks up, reads the answer of a citizen, answers it, counts, reads the profile, deletes", { timeout: 120_000 }, async () => {
    const c = await connect();
    const adapter = createBlueskyAdapter({ oauth: c.oauth });
    const context = () => contextFor(c.credentials, c.channel);
    const key = unique("oauth-post");
    const request = { deliveryId: key, idempotencyKey: key, channel: c.channel, text: "Der Wochenmarkt ist ab Samstag auf dem Rathausplatz. #Musterstadt", language: "de-DE", media: [], links: [], hashtags: [], options: {} };
    const published = await adapter.publish(request, context());
    expect(published.remoteId).toMatch(new RegExp(`^at://${c.town.did}/${POST}/`));
    expect((await adapter.publish(request, context())).remoteId).toBe(published.remoteId);
    const lookup = { channel: c.channel, idempotencyKey: key, text: request.text, notBefore: new Date(Date.now() - 60_000).toISOString(), notAfter: new Date(Date.now() + 60_000).toISOString() };
    expect(await adapter.lookup(lookup, context())).toMatchObject({ status: "found", remoteId: published.remoteId });

    // A citizen answers the post.
    await network.processAll();
    const citizen = await network.createAccount("anwohnerin");
    const parent = await citizen.agent.com.atproto.repo.getRecord({ repo: c.town.did, collection: POST, rkey: published.remoteId.split("/").pop()! });
    const parentRef = { uri: parent.data.uri, cid: parent.data.cid! };
    await citizen.agent.com.atproto.repo.createRecord({ repo: citizen.did, collection: POST, record: { $type: POST, text: "Gibt es dort auch Parkplätze?", createdAt: new Date().toISOString(), reply: { root: parentRef, parent: parentRef } } });
    await network.processAll();

    const page = await adapter.fetchInteractions({ channel: c.channel, limit: 50 }, context());
    const question = page.interactions.find((interaction) => interaction.text === "Gibt es dort auch Parkplätze?");
    expect(question).toMatchObject({ kind: "comment", inReplyToRemoteId: published.remoteId });
    const answerKey = unique("oauth-answer");
    const answer = await adapter.reply!({ channel: c.channel, inReplyToRemoteId: question!.remoteId, text: "Ja, im Parkhaus am Markt.", idempotencyKey: answerKey }, context());
    expect(answer.remoteId).toMatch(new RegExp(`^at://${c.town.did}/`));
    await network.processAll();

    const samples = await adapter.fetchMetrics({ channel: c.channel, since: new Date(Date.now() - 3_600_000).toISOString(), remoteIds: [published.remoteId] }, context());
    expect(samples.find((sample) => sample.metric === "comments" && sample.remoteId === published.remoteId)?.value).toBe(1);
    expect(await adapter.readProfile!({ channel: c.channel }, context())).toMatchObject({ handle: `@${c.town.handle}` });

    await adapter.delete!({ channel: c.channel, remoteId: published.remoteId }, context());
    expect(await adapter.lookup(lookup, context())).toMatchObject({ status: "not-found" });
  });

  it("the engine's refresh gives new tokens that work, keeps the DPoP key, and kills the old refresh token", { timeout: 60_000 }, async () => {
    const c = await connect();
    const adapter = createBlueskyAdapter({ oauth: c.oauth });
    const fresh = await adapter.refreshCredentials!(c.credentials, contextFor(c.credentials, c.channel));
    expect(fresh.accessToken).not.toBe(c.credentials.accessToken);
    expect(fresh.refreshToken).not.toBe(c.credentials.refreshToken);
    expect(fresh.extra).toEqual(c.credentials.extra);
    expect(Date.parse(fresh.expiresAt!)).toBeGreaterThan(Date.now());
    expect(await adapter.readProfile!({ channel: c.channel }, contextFor(fresh, c.channel))).toMatchObject({ handle: `@${c.town.handle}` });
    // Refresh tokens are used once: the old one is an authentication failure (a reconnect task), quoting nothing.
    const refused = await expectNetworkError(adapter.refreshCredentials!(c.credentials, contextFor(c.credentials, c.channel)), "authentication", "refused");
    for (const secret of secretsOf(c.credentials)) expect(refused.message).not.toContain(secret);
    // And a replay ends the whole session at the PDS, the new tokens with it: why only the engine may refresh (one at a time per account).
    await expectNetworkError(adapter.refreshCredentials!(fresh, contextFor(fresh, c.channel)), "authentication", "the call");
  });

  it("a token the PDS refuses is an authentication failure for the engine to refresh, and the adapter never refreshes on its own", { timeout: 60_000 }, async () => {
    const c = await connect();
    const adapter = createBlueskyAdapter({ oauth: c.oauth });
    // The same token with its signature changed: 401 invalid_token at the PDS.
    const forged = { ...c.credentials, accessToken: `${c.credentials.accessToken.slice(0, -4)}${c.credentials.accessToken.endsWith("AAAA") ? "BBBB" : "AAAA"}` };
    const error = await expectNetworkError(adapter.readProfile!({ channel: c.channel }, contextFor(forged, c.channel)), "authentication", "error");
    for (const secret of [...secretsOf(c.credentials), forged.accessToken]) expect(error.message).not.toContain(secret);
    // Had the library refreshed inside the call, this one-time refresh token would be spent now.
    const fresh = await adapter.refreshCredentials!(c.credentials, contextFor(c.credentials, c.channel));
    expect(await adapter.readProfile!({ channel: c.channel }, contextFor(fresh, c.channel))).toMatchObject({ handle: `@${c.town.handle}` });
  });

  it("credentials without their DPoP key: an authentication failure (connect again); an adapter without the OAuth client: says how to set it up", { timeout: 60_000 }, async () => {
    const c = await connect();
    const withoutKey: CredentialsV1 = { accessToken: c.credentials.accessToken, refreshToken: c.credentials.refreshToken! };
    const noKey = await expectNetworkError(createBlueskyAdapter({ oauth: c.oauth }).readProfile!({ channel: c.channel }, contextFor(withoutKey, c.channel)), "authentication", "noKey");
    const brokenKey = await expectNetworkError(createBlueskyAdapter({ oauth: c.oauth }).readProfile!({ channel: c.channel }, contextFor({ ...c.credentials, extra: { dpopKey: "{not a key at all}" } }, c.channel)), "authentication", "brokenKey");
    const unset = await expectNetworkError(createBlueskyAdapter().readProfile!({ channel: c.channel }, contextFor(c.credentials, c.channel)), "permanent", "unset");
    expect(unset.message).toContain("createBlueskyAdapter({ oauth })");
  });
});

describe("disconnectBlueskyAccount with an OAuth channel", () => {
  it("revokes the session at the sign-in server, forgets tokens and key, switches the channel off", { timeout: 60_000 }, async () => {
    const c = await connect();
    expect(await disconnectBlueskyAccount({ store: c.store, secrets: c.secrets, channelId: CHANNEL }, { oauth: c.oauth })).toEqual({ revoked: true });
    expect(await c.secrets.get(ref)).toBeUndefined();
    expect(await c.store.channels.get(CHANNEL)).toMatchObject({ active: false });
    const refused = await expectNetworkError(createBlueskyAdapter({ oauth: c.oauth }).refreshCredentials!(c.credentials, contextFor(c.credentials, c.channel)), "authentication", "refused");
  });

  it("without the OAuth client: still forgets everything, and says the session was not revoked", { timeout: 60_000 }, async () => {
    const c = await connect();
    expect(await disconnectBlueskyAccount({ store: c.store, secrets: c.secrets, channelId: CHANNEL })).toEqual({ revoked: false });
    expect(await c.secrets.get(ref)).toBeUndefined();
    expect(await c.store.channels.get(CHANNEL)).toMatchObject({ active: false });
  });
});
