import { applyMetricQuery, TestClock } from "@kommune-sm/core";
import { describe, expect, it } from "vitest";
import { NetworkError } from "../spec/index.js";
import { INBOX_TOKEN, inboxNetwork, publishNow, setupCollector } from "./collector-test-support.js";
import { interactionIdFor } from "./interaction-id.js";

describe("the collector", () => {
  it("collects 10,000 interactions across pages once each, and an interaction arriving later once more", { timeout: 60_000 }, async () => {
    const { ksm, network, publishing, channelIds } = await setupCollector({});
    const handle = `@${channelIds[0]}@inbox.example`;
    for (let i = 0; i < 10_000; i++) network.write(handle, `Nachricht ${i}`);
    const received: string[] = [];
    ksm.bus.on("interaction.received", (event) => void received.push(event.data.interactionId));
    // 40 a page, 20 pages a run: 13 runs, each going on where the last one stopped.
    let runs = 0;
    for (;;) {
      const [run] = await publishing.collector.collectNow(channelIds[0]!, "interactions");
      runs++;
      if (run!.nextAt !== ksm.clock.now()) break;
    }
    await ksm.bus.settled();
    expect(runs).toBe(13);
    expect(await ksm.store.interactions.count()).toBe(10_000);
    expect(new Set(received).size).toBe(10_000);
    expect(received).toHaveLength(10_000);
    // Nothing new: no page stored twice.
    await publishing.collector.collectNow(channelIds[0]!, "interactions");
    expect(await ksm.store.interactions.count()).toBe(10_000);
    const late = network.write(handle, "Noch eine Frage");
    await publishing.collector.collectNow(channelIds[0]!, "interactions");
    await ksm.bus.settled();
    expect(received).toHaveLength(10_001);
    const stored = await ksm.store.interactions.require(interactionIdFor(channelIds[0]!, late.remoteId, "inbox"));
    expect(stored).toMatchObject({ text: "Noch eine Frage", status: "open", channelId: channelIds[0], remoteId: late.remoteId, revision: 1, author: { handle: "@erika@social.example" } });
    await ksm.dispose();
  });

  it("links a comment on our post, and a reply in its thread, to the post through the delivery that published it", async () => {
    const { ksm, network, publishing, channelIds } = await setupCollector({});
    const handle = `@${channelIds[0]}@inbox.example`;
    const { postId, remoteId } = await publishNow(ksm, publishing, channelIds[0]!);
    const comment = network.write(handle, "Wann genau?", { inReplyToRemoteId: remoteId });
    const answer = network.write(handle, "Ab 8 Uhr, oder?", { inReplyToRemoteId: comment.remoteId });
    const elsewhere = network.write(handle, "@stadt Schlagloch in der Hauptstraße");
    const postIds: (string | undefined)[] = [];
    ksm.bus.on("interaction.received", (event) => void postIds.push(event.data.postId));
    await publishing.collector.collectNow(channelIds[0]!, "interactions");
    await ksm.bus.settled();
    expect((await ksm.store.interactions.require(interactionIdFor(channelIds[0]!, comment.remoteId, "inbox"))).postId).toBe(postId);
    expect((await ksm.store.interactions.require(interactionIdFor(channelIds[0]!, answer.remoteId, "inbox"))).postId).toBe(postId);
    expect((await ksm.store.interactions.require(interactionIdFor(channelIds[0]!, elsewhere.remoteId, "inbox"))).postId).toBeUndefined();
    expect(postIds).toEqual([postId, postId, undefined]);
    await ksm.dispose();
  });

  it("stores metric samples once, with where they came from, and only for our own posts", async () => {
    const { ksm, network, publishing, channelIds, clock } = await setupCollector({});
    const handle = `@${channelIds[0]}@inbox.example`;
    const { postId, remoteId } = await publishNow(ksm, publishing, channelIds[0]!);
    // A post made on the network by hand: not ours to count.
    network.account(handle).posts.set("999999999999", { likes: 7, comments: 0, idempotencyKey: "by-hand" });
    network.account(handle).posts.get(remoteId)!.likes = 3;
    const [first] = await publishing.collector.collectNow(channelIds[0]!, "metrics");
    expect(first).toMatchObject({ outcome: "stored", added: 3 });
    // Read again at the same instant: nothing new, nothing stored twice.
    await publishing.collector.collectNow(channelIds[0]!, "metrics");
    await clock.advanceBy(60_000);
    network.account(handle).posts.get(remoteId)!.likes = 5;
    await publishing.collector.collectNow(channelIds[0]!, "metrics");
    const samples = await ksm.store.metrics.query({ channelId: channelIds[0]! });
    expect(samples).toHaveLength(6);
    const likes = applyMetricQuery(samples, { postId, metric: "likes" });
    expect(likes.map((s) => s.value)).toEqual([3, 5]);
    expect(likes[0]!.source).toEqual({ network: "inbox", remoteId, collectedAt: "2026-05-04T07:00:01.000Z" });
    expect(samples.some((s) => s.source?.remoteId === "999999999999")).toBe(false);
    expect(samples.filter((s) => s.metric === "followers" && s.postId === undefined)).toHaveLength(2);
    await ksm.dispose();
  });

  it("backs off after failures, says so in an event without the token, and starts afresh after a success", async () => {
    const { ksm, network, publishing, channelIds, clock } = await setupCollector({ plugin: { collector: { retry: { baseMs: 10_000, maxMs: 600_000 }, random: () => 0.5 } } });
    const failed: { failures: number; reason: string; nextAt: string }[] = [];
    ksm.bus.on("collector.failed", (event) => void failed.push(event.data));
    network.failures.push(
      new NetworkError({ kind: "retryable", status: 503, message: `upstream said no to Bearer ${INBOX_TOKEN}` }),
      new NetworkError({ kind: "retryable", status: 503, message: "still down" }),
    );
    const [one] = await publishing.collector.collectNow(channelIds[0]!, "interactions");
    const [two] = await publishing.collector.collectNow(channelIds[0]!, "interactions");
    await ksm.bus.settled();
    expect(one).toMatchObject({ outcome: "failed" });
    expect(two!.nextAt! - clock.now()).toBeGreaterThan(one!.nextAt! - clock.now());
    expect(failed.map((f) => f.failures)).toEqual([1, 2]);
    expect(JSON.stringify(failed)).not.toContain(INBOX_TOKEN);
    const cursor = await ksm.store.collection("collector-cursors").require(channelIds[0]!);
    expect(cursor.interactions.failures).toBe(2);
    expect(cursor.interactions.lastError).not.toContain(INBOX_TOKEN);
    const [three] = await publishing.collector.collectNow(channelIds[0]!, "interactions");
    expect(three).toMatchObject({ outcome: "stored" });
    expect((await ksm.store.collection("collector-cursors").require(channelIds[0]!)).interactions.failures).toBe(0);
    await ksm.dispose();
  });

  it("keeps reading during a crisis pause, when the inbox matters most", async () => {
    const { ksm, network, publishing, channelIds } = await setupCollector({});
    await publishing.engine.pause("anna", "Unwetterlage: alles anhalten");
    network.write(`@${channelIds[0]}@inbox.example`, "Ist die Brücke gesperrt?");
    const [run] = await publishing.collector.collectNow(channelIds[0]!, "interactions");
    expect(run).toMatchObject({ outcome: "stored", added: 1 });
    await ksm.dispose();
  });

  it("reads on its own schedule once started: more often for a channel with a fresh post", async () => {
    const { ksm, network, publishing, channelIds, clock } = await setupCollector({ channels: 2, plugin: { collector: { interactionsMs: 600_000, freshInteractionsMs: 60_000, metricsMs: 3_600_000 } } });
    await publishNow(ksm, publishing, channelIds[0]!);
    await publishing.collector.start();
    await publishing.collector.idle();
    const reads = (handle: string) => network.log.filter((l) => l.operation === "fetchInteractions" && l.handle === handle).length;
    await clock.advanceBy(600_000);
    await publishing.collector.idle();
    // The fresh channel every minute, the quiet one every ten.
    expect(reads(`@${channelIds[0]}@inbox.example`)).toBe(11);
    expect(reads(`@${channelIds[1]}@inbox.example`)).toBe(2);
    await ksm.dispose();
  });

  it("refuses options that are not positive numbers, naming them", async () => {
    await expect(setupCollector({ plugin: { collector: { interactionsMs: 0 } } })).rejects.toThrow(/collector\.interactionsMs must be a positive number/);
    await expect(setupCollector({ plugin: { collector: { byNetwork: { inbox: { metricsMs: Number.NaN } } } } })).rejects.toThrow(/byNetwork\.inbox\.metricsMs/);
  });

  it("keeps publishing on time while it reads 20 channels as fast as the app's budget lets it", { timeout: 60_000 }, async () => {
    const clock = new TestClock("2026-05-04T07:00:00Z");
    // One app-wide limit shared by all 20 accounts, as Mastodon-style instances and LinkedIn apps have.
    const network = inboxNetwork({ clock, rateLimits: [{ requests: 60, perMilliseconds: 60_000, scope: "app" }] });
    const { ksm, publishing, channelIds } = await setupCollector({ clock, network, channels: 20, plugin: { collector: { interactionsMs: 1, freshInteractionsMs: 1, metricsMs: 1, freshMetricsMs: 1, concurrency: 4 } } });
    for (const id of channelIds) for (let i = 0; i < 100; i++) network.write(`@${id}@inbox.example`, `Frage ${i}`);
    await publishing.engine.start();
    await publishing.collector.start();
    const due = clock.now() + 30_000;
    const created = await ksm.workflow.createPost({ text: "Wahlbenachrichtigungen sind verschickt", variants: [{ channelId: channelIds[7]! }] }, "jonas");
    if (!created.ok) throw new Error(created.refusal.message);
    await ksm.workflow.submit(created.value.id, "jonas");
    await ksm.workflow.approve(created.value.id, "leyla");
    await ksm.workflow.schedule(created.value.id, "jonas", due);
    for (let t = 0; t < 120; t++) {
      await clock.advanceBy(1_000);
      await publishing.collector.idle();
      await publishing.engine.idle();
    }
    const reads = network.log.filter((l) => l.operation !== "publish");
    const publish = network.log.find((l) => l.operation === "publish");
    // The storm used the budget (45 reads a minute: all but the reserved quarter)...
    expect(reads.length).toBeGreaterThanOrEqual(80);
    // ...and the post still went out when it was due.
    expect(publish?.at).toBe(due);
    // No minute ever saw more calls than the app may make.
    for (const call of network.log) expect(network.log.filter((l) => l.at > call.at - 60_000 && l.at <= call.at).length).toBeLessThanOrEqual(60);
    await ksm.dispose();
  });
});
