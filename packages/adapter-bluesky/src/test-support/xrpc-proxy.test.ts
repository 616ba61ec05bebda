import { AtpAgent } from "@atproto/api";
import type { AdapterOperation } from "@kommune-sm/network/testkit";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBlueskyTestControl, type BlueskyTestControl } from "./bluesky-test-control.js";
import { startLocalBluesky, type LocalBluesky, type LocalBlueskyAccount } from "./local-bluesky.js";
import { failureAnswer } from "./xrpc-failures.js";
import { nsidOf, operationsOf } from "./xrpc-operations.js";
import { startXrpcProxy, type XrpcProxy } from "./xrpc-proxy.js";

/*
 * The proxy and the kit's control against one real local network: a
 * failure hits exactly one request of the named operation, in the shape the
 * PDS answers with; citizens' answers reach our notifications.
 */

const POST = "app.bsky.feed.post";
const ref = { uri: "at://did:plc:abc/app.bsky.feed.post/3kabc", cid: "bafyrei" };

describe("operationsOf", () => {
  it("maps every method the adapter uses to its operation", () => {
    expect(operationsOf("com.atproto.repo.uploadBlob", undefined)).toEqual(["publish"]);
    expect(operationsOf("com.atproto.repo.deleteRecord", { collection: POST })).toEqual(["delete"]);
    expect(operationsOf("com.atproto.repo.getRecord", undefined)).toEqual(["lookup"]);
    expect(operationsOf("app.bsky.feed.getPosts", undefined)).toEqual(["fetchMetrics"]);
    expect(operationsOf("app.bsky.actor.getProfile", undefined)).toEqual(["fetchMetrics", "readProfile"]);
    expect(operationsOf("app.bsky.notification.listNotifications", undefined)).toEqual(["fetchInteractions"]);
    expect(operationsOf("com.atproto.server.createSession", { identifier: "x" })).toEqual([]);
    expect(operationsOf("com.atproto.server.refreshSession", undefined)).toEqual([]);
    expect(operationsOf("com.atproto.repo.createRecord", { collection: "app.bsky.feed.like", record: {} })).toEqual([]);
    expect(operationsOf("com.atproto.repo.applyWrites", { writes: [{ $type: "com.atproto.repo.applyWrites#delete", collection: POST, rkey: "x" }] })).toEqual(["delete"]);
  });

  it("a post write is a reply exactly when the record has `reply`, for createRecord, putRecord and applyWrites", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("com.atproto.repo.createRecord", "com.atproto.repo.putRecord", "com.atproto.repo.applyWrites"),
        fc.boolean(),
        fc.string(),
        fc.dictionary(fc.string().filter((key) => key !== "reply"), fc.jsonValue()),
        (nsid, isReply, text, extra) => {
          const record = { ...extra, $type: POST, text, ...(isReply ? { reply: { root: ref, parent: ref } } : {}) };
          const body = nsid.endsWith("applyWrites")
            ? { repo: "did:plc:abc", writes: [{ $type: "com.atproto.repo.applyWrites#create", collection: POST, value: record }] }
            : { repo: "did:plc:abc", collection: POST, record };
          expect(operationsOf(nsid, body)).toEqual([isReply ? "reply" : "publish"]);
        },
      ),
    );
  });

  it("reads the NSID from XRPC paths only", () => {
    expect(nsidOf("/xrpc/app.bsky.feed.getPosts?uris=at%3A%2F%2Fx")).toBe("app.bsky.feed.getPosts");
    expect(nsidOf("/xrpc/com.atproto.repo.createRecord")).toBe("com.atproto.repo.createRecord");
    expect(nsidOf("/.well-known/atproto-did")).toBeUndefined();
  });
});

describe("failureAnswer", () => {
  it("a rate limit carries the PDS's RateLimit-* headers, no Retry-After, and a reset in epoch seconds within half a second of the wait", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_600_000_000_000, max: 2_000_000_000_000 }), fc.integer({ min: 1, max: 3600 }), (now, seconds) => {
        const answer = failureAnswer("rate-limited", "com.atproto.repo.createRecord", { retryAfterMs: seconds * 1000 }, now);
        expect(answer.status).toBe(429);
        expect(JSON.parse(answer.body)).toEqual({ error: "RateLimitExceeded", message: "Rate Limit Exceeded" });
        const lower = Object.fromEntries(Object.entries(answer.headers).map(([name, value]) => [name.toLowerCase(), value]));
        expect(lower["retry-after"]).toBeUndefined();
        expect(lower["ratelimit-remaining"]).toBe("0");
        expect(lower["ratelimit-policy"]).toBe("3000;w=300");
        expect(Math.abs(Number(lower["ratelimit-reset"]) * 1000 - now - seconds * 1000)).toBeLessThanOrEqual(500);
      }),
    );
  });
});

describe("xrpc proxy and Bluesky test control on a local network", () => {
  let bluesky: LocalBluesky;
  let proxy: XrpcProxy;
  let town: LocalBlueskyAccount;
  let control: BlueskyTestControl;
  /** Our account, logged in with the app password through the proxy (as the adapter will be). */
  let agent: AtpAgent;

  beforeAll(async () => {
    bluesky = await startLocalBluesky();
    proxy = await startXrpcProxy({ target: bluesky.pdsUrl });
    town = await bluesky.createAccount("musterstadt");
    control = createBlueskyTestControl({ network: bluesky, proxy, account: town });
    agent = new AtpAgent({ service: proxy.url });
    await agent.login({ identifier: town.handle, password: town.appPassword });
  }, 180_000);

  afterAll(async () => {
    await proxy?.close();
    await bluesky?.close();
  }, 60_000);

  /** A raw XRPC call through the proxy with our access token. */
  const call = (nsid: string, init: { body?: unknown; query?: Record<string, string> } = {}) => {
    const url = new URL(`/xrpc/${nsid}`, proxy.url);
    for (const [name, value] of Object.entries(init.query ?? {})) url.searchParams.set(name, value);
    return fetch(url, {
      method: init.body === undefined ? "GET" : "POST",
      headers: { authorization: `Bearer ${agent.session!.accessJwt}`, ...(init.body === undefined ? {} : { "content-type": "application/json" }) },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
  };
  const createPost = (text: string, extra: Record<string, unknown> = {}) =>
    call("com.atproto.repo.createRecord", { body: { repo: town.did, collection: POST, record: { $type: POST, text, createdAt: new Date().toISOString(), ...extra } } });

  it("passes requests on, and points the agent's session at the proxy, not at the PDS", async () => {
    // The session's DID document names the PDS; the proxy writes its own URL there.
    expect(agent.pdsUrl?.origin).toBe(proxy.url);
    const before = proxy.requests.length;
    const post = await agent.post({ text: "Hallo aus dem Rathaus" });
    expect(post.uri).toMatch(new RegExp(`^at://${town.did}/app\\.bsky\\.feed\\.post/`));
    expect(proxy.requests.slice(before).map((r) => [r.nsid, r.operations, r.status])).toEqual([["com.atproto.repo.createRecord", ["publish"], 200]]);
  });

  it("retryable: one publish gets the reverse proxy's HTML 503, nothing is posted, the next passes", async () => {
    const before = (await control.published()).length;
    control.failNext("publish", "retryable");
    const failed = await createPost("eins");
    expect(failed.status).toBe(503);
    expect(failed.headers.get("content-type")).toMatch(/text\/html/);
    expect(await failed.text()).toContain("503 Service Temporarily Unavailable");
    expect((await control.published()).length).toBe(before);
    expect((await createPost("zwei")).status).toBe(200);
    expect((await control.published()).length).toBe(before + 1);
  });

  it("retryable on app.bsky.*: 502 UpstreamFailure as the PDS answers when the AppView is unreachable; 500 and HTML on request", async () => {
    control.failNext("fetchMetrics", "retryable");
    const failed = await call("app.bsky.feed.getPosts", { query: { uris: `at://${town.did}/${POST}/3kabc` } });
    expect(failed.status).toBe(502);
    expect(await failed.json()).toEqual({ error: "UpstreamFailure", message: "Upstream service unreachable" });
    control.failNext("lookup", "retryable", { retryableAs: "internal-500" });
    const internal = await call("com.atproto.repo.getRecord", { query: { repo: town.did, collection: POST, rkey: "3kabc" } });
    expect(internal.status).toBe(500);
    expect(await internal.json()).toEqual({ error: "InternalServerError", message: "Internal Server Error" });
  });

  it("rate-limited: 429 RateLimitExceeded with the PDS's headers and a reset retryAfterMs from now; @atproto/api sees it", async () => {
    control.failNext("publish", "rate-limited", { retryAfterMs: 7000 });
    const error = await agent.post({ text: "zu schnell" }).then(() => undefined, (e: unknown) => e as { status: number; error: string; message: string; headers: Record<string, string> });
    expect(error).toMatchObject({ status: 429, error: "RateLimitExceeded", message: "Rate Limit Exceeded" });
    expect(error!.headers["retry-after"]).toBeUndefined();
    expect(error!.headers["ratelimit-remaining"]).toBe("0");
    expect(error!.headers["ratelimit-limit"]).toBe("3000");
    expect(error!.headers["ratelimit-policy"]).toBe("3000;w=300");
    expect(Math.abs(Number(error!.headers["ratelimit-reset"]) * 1000 - Date.now() - 7000)).toBeLessThan(1000);
    expect(proxy.pendingFailures()).toBe(0);
  });

  it("authentication: 400 ExpiredToken as the PDS answers an expired access token", async () => {
    control.failNext("delete", "authentication");
    const failed = await call("com.atproto.repo.deleteRecord", { body: { repo: town.did, collection: POST, rkey: "3kabcdefghijk" } });
    expect(failed.status).toBe(400);
    expect(await failed.json()).toEqual({ error: "ExpiredToken", message: "Token has expired" });
  });

  it("pitfall: an AtpAgent with a password session hides ExpiredToken (it refreshes and repeats the request)", async () => {
    // Access tokens carry their issue time in whole seconds and no nonce: a
    // refresh within the second of the login gives the same token, and then
    // the agent hands the ExpiredToken answer back instead of repeating.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    control.failNext("publish", "authentication");
    const before = proxy.requests.length;
    await agent.post({ text: "trotzdem gepostet" });
    expect(proxy.requests.slice(before).map((r) => [r.nsid, r.status])).toEqual([
      ["com.atproto.repo.createRecord", 400],
      ["com.atproto.server.refreshSession", 200],
      ["com.atproto.repo.createRecord", 200],
    ]);
  });

  it("fails only the named operation: a publish failure leaves replies alone and the other way round", async () => {
    const root = await agent.post({ text: "Wurzel" });
    control.failNext("reply", "retryable");
    expect((await createPost("kein Reply")).status).toBe(200);
    expect((await createPost("Antwort", { reply: { root, parent: root } })).status).toBe(503);
    expect((await createPost("Antwort", { reply: { root, parent: root } })).status).toBe(200);
    control.failNext("publish", "retryable");
    expect((await createPost("Antwort 2", { reply: { root, parent: root } })).status).toBe(200);
    expect((await createPost("Post")).status).toBe(503);
  });

  it("getProfile fails for fetchMetrics and readProfile; getPosts only for fetchMetrics; each failure once", async () => {
    const profile = () => call("app.bsky.actor.getProfile", { query: { actor: town.did } });
    const posts = () => call("app.bsky.feed.getPosts", { query: { uris: `at://${town.did}/${POST}/3kabc` } });
    control.failNext("readProfile", "retryable");
    expect((await posts()).status).toBe(200);
    expect((await profile()).status).toBe(502);
    expect((await profile()).status).toBe(200);
    control.failNext("fetchMetrics", "retryable");
    expect((await profile()).status).toBe(502);
    expect((await posts()).status).toBe(200);
    control.failNext("fetchInteractions", "retryable");
    expect((await call("app.bsky.notification.listNotifications")).status).toBe(502);
    expect((await call("app.bsky.notification.listNotifications")).status).toBe(200);
  });

  it("failures queue up per operation, oldest first", async () => {
    control.failNext("lookup", "rate-limited", { retryAfterMs: 2000 });
    control.failNext("lookup", "authentication");
    const get = () => call("com.atproto.repo.getRecord", { query: { repo: town.did, collection: POST, rkey: "3kabcdefghijk" } });
    expect((await get()).status).toBe(429);
    expect((await get()).status).toBe(400);
    expect((await get()).status).toBe(400); // the PDS's own answer now: RecordNotFound
    expect(proxy.pendingFailures()).toBe(0);
  });

  it("reset, lost and down: the client sees a broken connection; `lost` writes reach the network anyway", async () => {
    const operations: AdapterOperation[] = ["publish"];
    control.failNext(operations[0]!, "reset");
    await expect(createPost("reset")).rejects.toThrow();
    const before = (await control.published()).length;
    control.failNext("publish", "lost");
    await expect(createPost("verloren")).rejects.toThrow();
    expect((await control.published()).map((p) => p.text)).toContain("verloren");
    expect((await control.published()).length).toBe(before + 1);

    proxy.mode = "down";
    await expect(createPost("offline")).rejects.toThrow();
    await expect(call("app.bsky.actor.getProfile", { query: { actor: town.did } })).rejects.toThrow();
    proxy.mode = "lost";
    await expect(createPost("offline verloren")).rejects.toThrow();
    proxy.mode = "up";
    const texts = (await control.published()).map((p) => p.text);
    expect(texts).not.toContain("offline");
    expect(texts).toContain("offline verloren");
    expect((await createPost("wieder da")).status).toBe(200);
  });

  it("a citizen's comment reaches our notifications as a reply to our post", async () => {
    const post = await agent.post({ text: "Sperrmüll am Montag" });
    const { remoteId } = await control.receiveInteraction({ kind: "comment", text: "Auch in der Altstadt? 🙂 <b>", inReplyToRemoteId: post.uri, author: { handle: "@anwohnerin", displayName: "Anna Anwohnerin" } });
    const citizen = control.citizen("@anwohnerin")!;
    expect(remoteId).toMatch(new RegExp(`^at://${citizen.did}/app\\.bsky\\.feed\\.post/`));
    expect(citizen.handle).toMatch(/^anwohnerin-[0-9a-f]{6}\.test$/);
    const notification = (await agent.listNotifications()).data.notifications.find((n) => n.uri === remoteId);
    expect(notification).toMatchObject({ reason: "reply", author: { did: citizen.did, displayName: "Anna Anwohnerin" } });
    expect((notification!.record as { text: string }).text).toBe("Auch in der Altstadt? 🙂 <b>");
    // The same author writes again from the same account.
    const again = await control.receiveInteraction({ kind: "reply", text: "Und noch was", inReplyToRemoteId: remoteId, author: { handle: "@anwohnerin" } });
    expect(again.remoteId.startsWith(`at://${citizen.did}/`)).toBe(true);
    const thread = (await agent.listNotifications()).data.notifications.find((n) => n.uri === again.remoteId);
    expect(thread?.reason).toBe("reply");
    expect((thread!.record as { reply: { root: { uri: string } } }).reply.root.uri).toBe(post.uri);
  });

  it("a mention starts with our handle and reaches our notifications as a mention", async () => {
    const post = await agent.post({ text: "Bürgersprechstunde" });
    const { remoteId } = await control.receiveInteraction({ kind: "mention", text: "wann genau?", inReplyToRemoteId: post.uri, author: { handle: "@buerger" } });
    const notification = (await agent.listNotifications()).data.notifications.find((n) => n.uri === remoteId);
    expect(notification?.reason).toBe("mention");
    expect((notification!.record as { text: string }).text).toBe(`@${town.handle} wann genau?`);
    await expect(control.receiveInteraction({ kind: "direct-message", text: "privat", author: { handle: "@buerger" } })).rejects.toThrow(/direct messages/);
  });

  it("published() lists our posts without answers, replies() our answers under what they answer; deleted posts are gone", async () => {
    const post = await agent.post({ text: "Neue Öffnungszeiten" });
    const { remoteId } = await control.receiveInteraction({ kind: "comment", text: "Danke!", inReplyToRemoteId: post.uri, author: { handle: "@anwohnerin" } });
    const citizenPost = await agent.com.atproto.repo.getRecord({ repo: remoteId.split("/")[2]!, collection: POST, rkey: remoteId.split("/").pop()! });
    const answer = await agent.post({ text: "Gern!", reply: { root: post, parent: { uri: remoteId, cid: citizenPost.data.cid! } } });
    const published = await control.published();
    expect(published.map((p) => p.remoteId)).toContain(post.uri);
    expect(published.map((p) => p.remoteId)).not.toContain(answer.uri);
    expect(published.find((p) => p.remoteId === post.uri)).toMatchObject({ text: "Neue Öffnungszeiten" });
    expect(await control.replies()).toContainEqual({ remoteId: answer.uri, inReplyToRemoteId: remoteId, text: "Gern!" });
    await agent.deletePost(post.uri);
    expect((await control.published()).map((p) => p.remoteId)).not.toContain(post.uri);
  });

  it("published() pages through more than 100 posts", async () => {
    const bulk = await bluesky.createAccount("viel");
    const writes = Array.from({ length: 130 }, (_, i) => ({ $type: "com.atproto.repo.applyWrites#create" as const, collection: POST, value: { $type: POST, text: `Nr. ${i}`, createdAt: new Date().toISOString() } }));
    await bulk.agent.com.atproto.repo.applyWrites({ repo: bulk.did, writes });
    const bulkControl = createBlueskyTestControl({ network: bluesky, proxy, account: bulk });
    const texts = (await bulkControl.published()).map((p) => p.text);
    expect(texts).toHaveLength(130);
    expect(new Set(texts).size).toBe(130);
  });
});
