// A channel connected with atproto OAuth, used by the real engine against a
// REAL local network: a post goes out over the DPoP-bound session, the
// engine's credential broker refreshes a refused token once and keeps the
// new one, a revoked session becomes a reconnect task, and no token or key
// reaches the audit log, a delivery or an event.
import { buildAtprotoLoopbackClientMetadata } from "@atproto/oauth-client-node";
import { createKommune, MUSTERSTADT_ORGANISATION, type Kommune } from "@kommune-sm/core";
import { createMemorySecrets, createPublishing, type CredentialsV1, type Publishing, type SecretsPort } from "@kommune-sm/network";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { BLUESKY_OAUTH_SCOPE, createBlueskyOAuth, revokeOAuthCredentials, type BlueskyOAuth } from "./bluesky-oauth.js";
import { blueskyChannelOptions } from "./bluesky-channel.js";
import { bluesky } from "./index.js";
import { startLocalBluesky, type LocalBluesky, type LocalBlueskyAccount } from "./test-support/local-bluesky.js";
import { approveOnLocalPds } from "./test-support/oauth-consent.js";
import { connectWithOAuth, localOAuthClient, oauthSecretsOf as secretsOf, type OAuthConnected } from "./test-support/oauth-rig.js";

const CHANNEL = "bluesky-main";
const ref = { organisationId: MUSTERSTADT_ORGANISATION.id, channelId: CHANNEL };

const network: LocalBluesky = await startLocalBluesky();
afterAll(async () => {
  await network.close();
}, 60_000);

interface Rig {
  readonly ksm: Kommune;
  readonly publishing: Publishing;
  readonly secrets: SecretsPort;
  readonly oauth: BlueskyOAuth;
  readonly town: LocalBlueskyAccount;
  /** Every event the bus carried, as JSON. */
  readonly events: string[];
}

const open: Rig[] = [];
afterEach(async () => {
  for (const rig of open.splice(0)) await rig.ksm.dispose();
});

async function rig(): Promise<Rig> {
  const oauth = createBlueskyOAuth({
    clientMetadata: buildAtprotoLoopbackClientMetadata({ scope: BLUESKY_OAUTH_SCOPE, redirect_uris: ["http://127.0.0.1/callback"] }),
    handleResolver: network.pdsUrl,
    plcDirectoryUrl: network.plcUrl,
    allowHttp: true,
  });
  const town = await network.createAccount("musterstadt");
  const secrets = createMemorySecrets();
  const publishing = createPublishing({ secrets, pollIntervalMs: 0, callTimeoutMs: 30_000, collector: false, imprint: false });
  const ksm = await createKommune({ organisation: MUSTERSTADT_ORGANISATION, plugins: [bluesky({ oauth }), publishing.plugin] });
  const events: string[] = [];
  ksm.bus.onAny((event) => void events.push(JSON.stringify(event)));
  await ksm.store.teamMembers.insert({ id: "jonas", organisationId: "musterstadt", name: "Jonas Weber", roles: ["editor"], competencies: [], active: true });
  await ksm.store.teamMembers.insert({ id: "leyla", organisationId: "musterstadt", name: "Leyla Yılmaz", roles: ["approver"], competencies: [], active: true });
  const back = await approveOnLocalPds({ authorizeUrl: await oauth.authorize(town.handle), identifier: town.handle, password: town.password });
  await oauth.complete(back.searchParams, { store: ksm.store, secrets, channelId: CHANNEL });
  const made = { ksm, publishing, secrets, oauth, town, events };
  open.push(made);
  return made;
}

/** Writes, approves and schedules a post for half a second from now, then lets the engine work it off. */
async function publishOne(r: Rig, text: string): Promise<string> {
  const created = await r.ksm.workflow.createPost({ text, variants: [{ channelId: CHANNEL }] }, "jonas");
  if (!created.ok) throw new Error(created.refusal.message);
  await r.ksm.workflow.submit(created.value.id, "jonas");
  await r.ksm.workflow.approve(created.value.id, "leyla");
  const scheduled = await r.ksm.workflow.schedule(created.value.id, "jonas", Date.now() + 500);
  if (!scheduled.ok) throw new Error(scheduled.refusal.message);
  await new Promise((resolve) => setTimeout(resolve, 600));
  await r.publishing.engine.runDue();
  await r.publishing.engine.idle();
  return created.value.id;
}

describe("an OAuth channel in the engine (a real local network)", () => {
  it("publishes over the session; a token the PDS refuses is refreshed once by the engine and the new tokens are kept; nothing secret is stored or told", { timeout: 90_000 }, async () => {
    const r = await rig();
    const connected = (await r.secrets.get(ref))!;
    // The access token the vault holds no longer works (a signature the PDS does not know), the refresh token still does.
    await r.secrets.set(ref, { ...connected, accessToken: `${connected.accessToken.slice(0, -6)}AAAAAA` });

    const postId = await publishOne(r, "Der Wochenmarkt ist am Samstag auf dem Rathausplatz.");

    const [delivery] = await r.publishing.engine.deliveries(postId);
    expect(delivery).toMatchObject({ kind: "post", state: "succeeded" });
    const remoteId = delivery!.kind === "post" ? delivery!.remoteId! : "";
    const { data } = await r.town.agent.com.atproto.repo.getRecord({ repo: r.town.did, collection: "app.bsky.feed.post", rkey: remoteId.split("/").pop()! });
    expect((data.value as { text: string }).text).toBe("Der Wochenmarkt ist am Samstag auf dem Rathausplatz.");
    // The engine refreshed: new tokens in the vault, the same key.
    const now = (await r.secrets.get(ref))!;
    expect(now.refreshToken).not.toBe(connected.refreshToken);
    expect(now.extra).toEqual(connected.extra);
    expect((await r.publishing.calls.readProfile(CHANNEL)).handle).toBe(`@${r.town.handle}`);

    const audit = JSON.stringify(await r.ksm.store.audit.list());
    const deliveries = JSON.stringify(await r.publishing.engine.deliveries());
    for (const secret of [...secretsOf(connected), ...secretsOf(now), r.town.password]) {
      expect(audit).not.toContain(secret);
      expect(deliveries).not.toContain(secret);
      for (const event of r.events) expect(event).not.toContain(secret);
    }
  });

  it("a session revoked at the sign-in server: the post is not retried, the channel gets a reconnect task", { timeout: 90_000 }, async () => {
    const r = await rig();
    const credentials = (await r.secrets.get(ref))!;
    const channel = (await r.ksm.store.channels.get(CHANNEL))!;
    expect(await revokeOAuthCredentials(r.oauth, credentials, blueskyChannelOptions({ id: channel.id, handle: channel.handle, options: channel.options["bluesky"] as Record<string, unknown> }))).toBe(true);

    const postId = await publishOne(r, "Die Bürgersprechstunde fällt heute aus.");

    const [delivery] = await r.publishing.engine.deliveries(postId);
    expect(delivery).toMatchObject({ state: "failed", problem: { kind: "authentication" } });
    await r.publishing.engine.connections.idle();
    expect(await r.publishing.engine.connections.list()).toEqual([expect.objectContaining({ channelId: CHANNEL, status: "reconnect-needed", code: "NETWORK_AUTHENTICATION" })]);
    expect(r.events.some((event) => event.includes('"account.reconnect-needed"'))).toBe(true);
  });
});
