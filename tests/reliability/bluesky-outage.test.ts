// The publishing promise against Bluesky, through the engine: the adapter
// against a REAL local Bluesky network (PLC, PDS, AppView of @atproto/dev-env)
// behind a loopback proxy that resets connections, drops answers after the
// PDS did the work, and answers like the PDS does when it fails (503 pages,
// 500s, 400 ExpiredToken, 429 with ratelimit-reset). Nothing is lost,
// nothing doubled, a dead session is not hammered.
//
// The engine runs on a TestClock that starts at the real time, so that the
// PDS's instants (the tokens' expiry, ratelimit-reset) mean the same to both;
// the network itself runs in real time.
import { bluesky, connectBlueskyAccount } from "@kommune-sm/adapter-bluesky";
import { createKommune, MUSTERSTADT_ORGANISATION, TestClock, type Kommune } from "@kommune-sm/core";
import { createMemorySecrets, createPublishing, type Delivery, type Publishing, type SecretsPort } from "@kommune-sm/network";
import { addEditorialTeam, runEngineFor, scheduleMany } from "./reliability-setup.js";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { createBlueskyTestControl, type BlueskyTestControl } from "../../packages/adapter-bluesky/src/test-support/bluesky-test-control.js";
import { startLocalBluesky, type LocalBluesky, type LocalBlueskyAccount } from "../../packages/adapter-bluesky/src/test-support/local-bluesky.js";
import type { RetryableShape } from "../../packages/adapter-bluesky/src/test-support/xrpc-failures.js";
import { startXrpcProxy, type XrpcProxy } from "../../packages/adapter-bluesky/src/test-support/xrpc-proxy.js";

const CHANNEL = "bluesky-main";
const ref = { organisationId: MUSTERSTADT_ORGANISATION.id, channelId: CHANNEL };

// One network for the file; every test gets its own account and proxy.
const network: LocalBluesky = await startLocalBluesky();
afterAll(async () => {
  await network.close();
}, 60_000);

interface Rig {
  readonly clock: TestClock;
  readonly proxy: XrpcProxy;
  readonly town: LocalBlueskyAccount;
  /** Reads our account's repository on the PDS directly, never through the proxy. */
  readonly control: BlueskyTestControl;
  readonly secrets: SecretsPort;
  readonly ksm: Kommune;
  readonly publishing: Publishing;
}

const open: Rig[] = [];
afterEach(async () => {
  for (const rig of open.splice(0)) {
    await rig.ksm.dispose();
    await rig.proxy.close();
  }
});

async function rig(): Promise<Rig> {
  const clock = new TestClock(Date.now());
  const proxy = await startXrpcProxy({ target: network.pdsUrl });
  const town = await network.createAccount("musterstadt");
  const secrets = createMemorySecrets();
  const publishing = createPublishing({
    secrets,
    pollIntervalMs: 0,
    random: () => 0.5,
    retry: { maxAttempts: 40, baseMs: 2_000, maxMs: 5 * 60_000 },
    callTimeoutMs: 10_000,
    collector: false,
    imprint: false,
  });
  const ksm = await createKommune({ organisation: MUSTERSTADT_ORGANISATION, clock, plugins: [bluesky(), publishing.plugin] });
  await addEditorialTeam(ksm);
  // As a town hall connects the account: with its app password; the channel then names the proxy as the PDS.
  await connectBlueskyAccount({ service: proxy.url, identifier: town.handle, appPassword: town.appPassword }, { store: ksm.store, secrets, channelId: CHANNEL });
  const made: Rig = { clock, proxy, town, control: createBlueskyTestControl({ network, proxy, account: town }), secrets, ksm, publishing };
  open.push(made);
  return made;
}

/** Requests of one XRPC method the proxy received. */
const requestsOf = (proxy: XrpcProxy, nsid: string) => proxy.requests.filter((request) => request.nsid === nsid);
const putRecords = (proxy: XrpcProxy) => requestsOf(proxy, "com.atproto.repo.putRecord");
/** Requests that reached the PDS (passed on, or passed on with the answer dropped). */
const landed = (requests: ReturnType<typeof requestsOf>) => requests.filter((request) => request.injected === undefined || request.injected === "lost");

/** The remote id a post delivery recorded (an at:// URI); undefined for anything else. */
const remoteIdOf = (delivery: Delivery | undefined): string | undefined => (delivery?.kind === "post" ? delivery.remoteId : undefined);

const SHAPES: readonly RetryableShape[] = ["html-503", "internal-500", "upstream-502"];

describe("Bluesky under an unlucky hour (the engine, a real local network)", () => {
  it("a PDS gone for an hour (resets, answers lost after the write, 5xx): every post goes out exactly once when it is back", { timeout: 180_000 }, async () => {
    const r = await rig();
    const postIds = await scheduleMany(r.ksm, 8, r.clock.now() + 60_000, CHANNEL);
    let step = 0;
    // 20 minutes of resets, 20 of answers lost after the PDS wrote, 20 of 5xx answers to every write and lookup; then up again.
    await runEngineFor(r, 90 * 60_000, 30_000, { hopMs: 1_000, onStep: (elapsed) => {
      if (elapsed < 20 * 60_000) r.proxy.mode = "down";
      else if (elapsed < 40 * 60_000) r.proxy.mode = "lost";
      else if (elapsed < 60 * 60_000) {
        r.proxy.mode = "up";
        r.proxy.clearFailures();
        const retryableAs = SHAPES[step++ % SHAPES.length]!;
        for (let i = 0; i < 8; i++) {
          r.proxy.failNext("publish", "retryable", { retryableAs });
          r.proxy.failNext("lookup", "retryable", { retryableAs });
        }
      } else {
        r.proxy.mode = "up";
        r.proxy.clearFailures();
      }
    } });

    const deliveries = await r.publishing.engine.deliveries();
    const ours = await r.control.published();
    expect(deliveries.map((d) => d.state)).toEqual(Array(8).fill("succeeded"));
    expect(ours).toHaveLength(8);
    expect(new Set(ours.map((post) => post.text)).size).toBe(8);
    for (const delivery of deliveries) expect(ours.filter((post) => delivery.kind === "post" && post.remoteId === delivery.remoteId)).toHaveLength(1);
    const posts = await Promise.all(postIds.map((id) => r.ksm.store.posts.require(id)));
    expect(posts.every((post) => post.state === "published")).toBe(true);
    // Each phase did happen: writes reset, writes landed without an answer, writes answered 5xx.
    const writes = putRecords(r.proxy);
    expect(writes.some((w) => w.injected === "down")).toBe(true);
    expect(writes.some((w) => w.injected === "lost")).toBe(true);
    expect(writes.some((w) => w.injected === "retryable")).toBe(true);

    const attempts = deliveries.reduce((sum, d) => sum + d.attempts, 0);
    const lookups = requestsOf(r.proxy, "com.atproto.repo.getRecord");
    console.log(
      `bluesky outage: 8 posts, ${attempts} attempts, ${writes.length} putRecord requests (${landed(writes).length} reached the PDS, ${writes.filter((w) => w.injected === "lost").length} of them with the answer lost), ${lookups.length} getRecord lookups (${landed(lookups).length} reached the PDS), ${ours.length} records in the repository, all published once`,
    );
  });

  it("an expired access token (400 ExpiredToken): one refresh through the adapter, new tokens stored, the post goes out once", { timeout: 60_000 }, async () => {
    const r = await rig();
    const before = (await r.secrets.get(ref))!;
    r.proxy.failNext("publish", "authentication");
    await scheduleMany(r.ksm, 1, r.clock.now() + 60_000, CHANNEL);
    await runEngineFor(r, 10 * 60_000, 30_000, { hopMs: 1_000 });

    const [delivery] = await r.publishing.engine.deliveries();
    expect(delivery).toMatchObject({ state: "succeeded" });
    expect(requestsOf(r.proxy, "com.atproto.server.refreshSession").map((request) => request.status)).toEqual([200]);
    const after = (await r.secrets.get(ref))!;
    // The PDS rotates the refresh token; the access token may come out the same when made within the second of the first.
    expect(after.refreshToken).not.toBe(before.refreshToken);
    expect(after.expiresAt).toEqual(expect.any(String));
    expect(putRecords(r.proxy).map((w) => w.injected ?? w.status)).toEqual(["authentication", 200]);
    const ours = await r.control.published();
    expect(ours.map((post) => post.remoteId)).toEqual([remoteIdOf(delivery)]);
    await r.publishing.engine.connections.idle();
    expect(await r.publishing.engine.connections.list()).toEqual([]);
  });

  it("a revoked session: one attempt, one refresh attempt, an authentication problem, a reconnect task; never tried again", { timeout: 60_000 }, async () => {
    const r = await rig();
    const credentials = (await r.secrets.get(ref))!;
    // Someone ended the session (as disconnecting elsewhere does); the access token handed out is refused as expired.
    const ended = await fetch(`${network.pdsUrl}/xrpc/com.atproto.server.deleteSession`, { method: "POST", headers: { authorization: `Bearer ${credentials.refreshToken}` } });
    expect(ended.status).toBe(200);
    r.proxy.failNext("publish", "authentication");
    const events: string[] = [];
    r.ksm.bus.onAny((event) => void (event.type.startsWith("account.") && events.push(event.type)));
    await scheduleMany(r.ksm, 1, r.clock.now() + 60_000, CHANNEL);
    await runEngineFor(r, 2 * 3_600_000, 60_000, { hopMs: 1_000 });

    const [delivery] = await r.publishing.engine.deliveries();
    expect(delivery).toMatchObject({ state: "failed", attempts: 1, problem: { kind: "authentication" } });
    expect(putRecords(r.proxy)).toHaveLength(1);
    expect(requestsOf(r.proxy, "com.atproto.server.refreshSession").map((request) => request.status)).toEqual([400]);
    await r.publishing.engine.connections.idle();
    expect(await r.publishing.engine.connections.list()).toEqual([expect.objectContaining({ channelId: CHANNEL, network: "bluesky", status: "reconnect-needed" })]);
    expect(events).toEqual(["account.reconnect-needed"]);
    expect(await r.control.published()).toEqual([]);
    const told = JSON.stringify({ delivery, connections: await r.publishing.engine.connections.list() });
    expect(told).not.toContain(credentials.accessToken);
    expect(told).not.toContain(credentials.refreshToken);
  });

  it("a 429 with ratelimit-reset ten minutes ahead: nothing is sent before the reset, once after", { timeout: 60_000 }, async () => {
    const r = await rig();
    r.proxy.failNext("publish", "rate-limited", { retryAfterMs: 10 * 60_000 });
    await scheduleMany(r.ksm, 1, r.clock.now() + 60_000, CHANNEL);
    // The real time before the step in which the 429 came: no later than the proxy's own now, from which it made the reset.
    let limitedAt: number | undefined;
    let stepStartedAt = Date.now();
    const watch = () => {
      if (limitedAt === undefined && putRecords(r.proxy)[0]?.injected === "rate-limited") limitedAt = stepStartedAt;
      stepStartedAt = Date.now();
    };
    await runEngineFor(r, 5 * 60_000, 30_000, { hopMs: 1_000, onStep: watch });
    expect(putRecords(r.proxy).map((w) => w.injected ?? w.status)).toEqual(["rate-limited"]);
    expect((await r.publishing.engine.deliveries())[0]).toMatchObject({ state: "retrying", problem: { kind: "rate-limited" } });
    await runEngineFor(r, 10 * 60_000, 30_000, { hopMs: 1_000, onStep: watch });

    expect(putRecords(r.proxy).map((w) => w.injected ?? w.status)).toEqual(["rate-limited", 200]);
    const [delivery] = await r.publishing.engine.deliveries();
    expect(delivery).toMatchObject({ state: "succeeded" });
    const ours = await r.control.published();
    expect(ours.map((post) => post.remoteId)).toEqual([remoteIdOf(delivery)]);
    // The record's createdAt is the engine's time of the write that made it: at the reset (to the second), not long after.
    const reset = Math.round((limitedAt! + 10 * 60_000) / 1000) * 1000;
    const sentAt = Date.parse(String(ours[0]!.record["createdAt"]));
    expect(sentAt).toBeGreaterThanOrEqual(reset - 1_000);
    expect(sentAt).toBeLessThanOrEqual(reset + 60_000);
  });
});
