// The publishing promise against Mastodon (the adapter over real HTTP, a
// stateful fake instance that keeps Mastodon's documented behaviour): an
// instance down for an hour, answers lost after the status was made, 503s;
// a revoked token; a 429 with its reset. Nothing is lost, nothing doubled,
// a dead token is not hammered.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createKommune, MUSTERSTADT_ORGANISATION, TestClock, type Kommune } from "@kommune-sm/core";
import { createMemorySecrets, createPublishing, type Publishing } from "@kommune-sm/network";
import { mastodon } from "@kommune-sm/adapter-mastodon";
import { afterEach, describe, expect, it } from "vitest";
import { startFakeMastodon, type FakeMastodon } from "../../packages/adapter-mastodon/src/test-support/fake-mastodon.js";
import { addEditorialTeam, runEngineFor, scheduleMany } from "./reliability-setup.js";

type Mode = "up" | "down" | "lost" | "503";

/** A loopback proxy in front of the fake: "down" resets connections, "lost" lets a request through and drops its answer, "503" is a proxy's error page. */
async function outageProxy(target: string): Promise<{ url: string; mode: Mode; close(): Promise<void> }> {
  const proxy = { url: "", mode: "up" as Mode, close: async () => {} };
  const server: Server = createServer(async (request: IncomingMessage, response: ServerResponse) => {
    const mode = proxy.mode;
    if (mode === "down") return void request.socket.destroy();
    if (mode === "503") {
      response.writeHead(503, { "content-type": "text/html" });
      return void response.end("<html><body><h1>503 Service Unavailable</h1></body></html>");
    }
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) if (name !== "host" && name !== "content-length" && typeof value === "string") headers.set(name, value);
    const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
    const answer = await fetch(`${target}${request.url}`, { method: request.method ?? "GET", headers, ...(body ? { body } : {}), redirect: "manual" });
    const bytes = Buffer.from(await answer.arrayBuffer());
    // The instance did the work; the answer never arrives.
    if (mode === "lost") return void request.socket.destroy();
    const out: Record<string, string> = {};
    answer.headers.forEach((value, name) => {
      if (name !== "content-length" && name !== "content-encoding" && name !== "transfer-encoding" && name !== "connection") out[name] = value;
    });
    response.writeHead(answer.status, out);
    response.end(bytes);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  proxy.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeAllConnections?.();
  return proxy;
}

interface Rig {
  readonly clock: TestClock;
  readonly fake: FakeMastodon;
  readonly proxy: Awaited<ReturnType<typeof outageProxy>>;
  readonly ksm: Kommune;
  readonly publishing: Publishing;
}

const open: Rig[] = [];
afterEach(async () => {
  for (const rig of open.splice(0)) {
    await rig.ksm.dispose();
    await rig.proxy.close();
    await rig.fake.close();
  }
});

async function rig(): Promise<Rig> {
  const clock = new TestClock("2027-03-01T07:00:00Z");
  const fake = await startFakeMastodon({ now: () => clock.now(), rateLimit: { requests: 10_000, windowMs: 300_000 } });
  const proxy = await outageProxy(fake.url);
  const publishing = createPublishing({
    secrets: createMemorySecrets([[{ organisationId: "musterstadt", channelId: "mastodon-main" }, fake.credentials]]),
    pollIntervalMs: 0,
    random: () => 0.5,
    retry: { maxAttempts: 40, baseMs: 2_000, maxMs: 5 * 60_000 },
    // Longer than a step of runEngineFor: the clock jumps while real requests are in flight, and must not time them out.
    callTimeoutMs: 60_000,
    collector: false,
    imprint: false,
    media: fake.mediaStore,
  });
  const ksm = await createKommune({ organisation: MUSTERSTADT_ORGANISATION, clock, plugins: [mastodon({ mediaPolling: { intervalMs: 10, maxIntervalMs: 20, timeoutMs: 2_000 } }), publishing.plugin] });
  await addEditorialTeam(ksm);
  await ksm.store.channels.insert({
    id: "mastodon-main",
    organisationId: "musterstadt",
    network: "mastodon",
    handle: fake.channel.handle,
    options: { mastodon: { instanceUrl: proxy.url, accountId: fake.account.id } },
    active: true,
  });
  const made = { clock, fake, proxy, ksm, publishing };
  open.push(made);
  return made;
}

const statusPosts = (fake: FakeMastodon) => fake.requests.filter((r) => r.method === "POST" && r.path === "/api/v1/statuses").length;

describe("Mastodon under an unlucky hour", () => {
  it("an instance down for an hour (resets, lost answers, 503 pages): every post goes out exactly once when it is back", { timeout: 120_000 }, async () => {
    const r = await rig();
    const postIds = await scheduleMany(r.ksm, 12, r.clock.now() + 60_000, "mastodon-main");
    // 20 minutes of resets, 20 of answers lost after the status was made, 20 of 503 pages; then up again.
    await runEngineFor(r, 3 * 3_600_000, 30_000, {
      onStep: (elapsed) => {
        r.proxy.mode = elapsed < 20 * 60_000 ? "down" : elapsed < 40 * 60_000 ? "lost" : elapsed < 60 * 60_000 ? "503" : "up";
      },
    });
    const deliveries = await r.publishing.engine.deliveries();
    const ours = r.fake.statuses().filter((status) => status.accountId === r.fake.account.id && !status.deleted);
    expect(deliveries.map((d) => d.state)).toEqual(Array(12).fill("succeeded"));
    expect(ours).toHaveLength(12);
    const texts = ours.map((status) => status.text).sort();
    expect(new Set(texts).size).toBe(12);
    for (const delivery of deliveries) expect(ours.filter((status) => delivery.kind === "post" && status.id === delivery.remoteId)).toHaveLength(1);
    const posts = await Promise.all(postIds.map((id) => r.ksm.store.posts.require(id)));
    expect(posts.every((post) => post.state === "published")).toBe(true);
    const attempts = deliveries.reduce((sum, d) => sum + d.attempts, 0);
    const reconciled = deliveries.filter((d) => d.kind === "post" && d.reconciled).length;
    console.log(`mastodon outage: 12 posts, ${attempts} attempts, ${statusPosts(r.fake)} status requests reached the instance, ${reconciled} found by lookup, all published once`);
    expect(r.fake.contractProblems()).toEqual([]);
  });

  it("a revoked token: one attempt, an authentication problem, a reconnect task; never tried again", { timeout: 60_000 }, async () => {
    const r = await rig();
    r.fake.revokeToken();
    const events: string[] = [];
    r.ksm.bus.onAny((event) => void (event.type.startsWith("account.") && events.push(event.type)));
    await scheduleMany(r.ksm, 1, r.clock.now() + 60_000, "mastodon-main");
    await runEngineFor(r, 2 * 3_600_000, 60_000);
    const [delivery] = await r.publishing.engine.deliveries();
    expect(delivery).toMatchObject({ state: "failed", attempts: 1, problem: { kind: "authentication" } });
    expect(statusPosts(r.fake)).toBe(1);
    await r.publishing.engine.connections.idle();
    expect(await r.publishing.engine.connections.list()).toEqual([expect.objectContaining({ channelId: "mastodon-main", network: "mastodon", status: "reconnect-needed" })]);
    expect(events).toEqual(["account.reconnect-needed"]);
    expect(JSON.stringify(delivery)).not.toContain(r.fake.accessToken);
  });

  it("a 429 without Retry-After: waits until X-RateLimit-Reset, then goes out once", { timeout: 60_000 }, async () => {
    const r = await rig();
    r.fake.control.failNext("publish", "rate-limited", { retryAfterMs: 10 * 60_000 });
    await scheduleMany(r.ksm, 1, r.clock.now() + 60_000, "mastodon-main");
    await runEngineFor(r, 5 * 60_000, 30_000);
    expect(statusPosts(r.fake)).toBe(1);
    expect((await r.publishing.engine.deliveries())[0]).toMatchObject({ state: "retrying", problem: { kind: "rate-limited" } });
    await runEngineFor(r, 10 * 60_000, 30_000);
    expect(statusPosts(r.fake)).toBe(2);
    expect((await r.publishing.engine.deliveries())[0]).toMatchObject({ state: "succeeded" });
    expect(r.fake.statuses().filter((status) => status.accountId === r.fake.account.id)).toHaveLength(1);
  });
});
