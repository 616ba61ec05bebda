// A network that dedupes by key does so only for a while (Mastodon: one
// hour). Past that window a repeat with the same key is a second post, so the
// engine must look the post up first, as for a "lookup" network; and where
// the adapter cannot look up, a person decides.
import { TestClock } from "@kommune-sm/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inboxNetwork, setupCollector } from "../collector/collector-test-support.js";
import { interactionIdFor } from "../collector/interaction-id.js";
import type { PostDelivery } from "../outbox/delivery.js";
import { NetworkError, type NetworkAdapterV1 } from "../spec/index.js";
import { schedulePost, scriptedNetwork, setupEngine as setupWith, TRANSACTION_MODES, type ScriptedNetworkOptions } from "./engine-test-support.js";

const SKEW = 5 * 60_000;
const HOUR = 3_600_000;
const MINUTE = 60_000;

/** Mastodon's idempotency as the scripted network keeps it: native, keys kept one hour. */
const mastodonLike = (options: ScriptedNetworkOptions = {}) => scriptedNetwork({ idempotency: "native", idempotencyWindowMs: HOUR, ...options });

/** With jitter fixed at 0.5, a retry policy whose first wait is `ms`. */
const firstRetryAfter = (ms: number) => ({ retry: { baseMs: 2 * ms, maxMs: 2 * ms } });

describe.each(TRANSACTION_MODES)("a native network's idempotency window, with %s", (transactions) => {
  const setupEngine = (options: Parameters<typeof setupWith>[0] = {}) => setupWith({ ...options, transactions });

  it("after the window, looks up a publish that timed out after the network took it, finds it, and does not post twice", async () => {
    const network = mastodonLike();
    network.script.push({ kind: "retryable", afterAccept: true });
    const { ksm, clock, publishing } = await setupEngine({ network, engine: firstRetryAfter(2 * HOUR) });
    const postId = await schedulePost(ksm, "2026-05-04T09:00:00Z");
    await clock.advanceTo("2026-05-04T09:00:00Z");
    await publishing.engine.idle();
    expect((await publishing.engine.deliveries(postId))[0]).toMatchObject({
      state: "retrying",
      mayHaveReachedNetwork: true,
      firstDoubtAt: "2026-05-04T09:00:00.000Z",
      nextAttemptAt: "2026-05-04T11:00:00.000Z",
    });
    await clock.advanceTo("2026-05-04T11:00:00Z");
    await publishing.engine.idle();
    expect((await publishing.engine.deliveries(postId))[0]).toMatchObject({ state: "succeeded", reconciled: true, remoteId: expect.stringMatching(/^r-1-/) });
    expect(network.log.map((call) => call.operation)).toEqual(["publish", "lookup"]);
    expect(network.posts.size).toBe(1);
    expect((await ksm.store.posts.require(postId)).state).toBe("published");
    await ksm.dispose();
  });

  it("within the window, sends again with the same key and the network answers with the earlier post", async () => {
    const network = mastodonLike();
    network.script.push({ kind: "retryable", afterAccept: true });
    const { ksm, clock, publishing } = await setupEngine({ network, engine: firstRetryAfter(10 * MINUTE) });
    const postId = await schedulePost(ksm, "2026-05-04T09:00:00Z");
    await clock.advanceTo("2026-05-04T09:10:00Z");
    await publishing.engine.idle();
    const [delivery] = await publishing.engine.deliveries(postId);
    expect(delivery).toMatchObject({ state: "succeeded", remoteId: expect.stringMatching(/^r-1-/) });
    expect((delivery as PostDelivery).reconciled).toBe(false);
    expect(network.log.map((call) => call.operation)).toEqual(["publish", "publish"]);
    expect(network.calls.get(delivery!.idempotencyKey)).toBe(2);
    expect(network.posts.size).toBe(1);
    await ksm.dispose();
  });

  it("measures the window from the first doubtful attempt, kept through the retries after it", async () => {
    const network = mastodonLike();
    // Taken at 09:00, its answer lost; then the network fails every ten minutes without taking anything.
    network.script.push({ kind: "retryable", afterAccept: true }, ...Array.from({ length: 5 }, () => ({ kind: "retryable" as const })));
    const { ksm, clock, publishing } = await setupEngine({ network, engine: { retry: { baseMs: 20 * MINUTE, maxMs: 20 * MINUTE, maxAttempts: 10 } } });
    const postId = await schedulePost(ksm, "2026-05-04T09:00:00Z");
    for (const at of ["09:00", "09:10", "09:20", "09:30", "09:40", "09:50"]) {
      await clock.advanceTo(`2026-05-04T${at}:00Z`);
      await publishing.engine.idle();
      expect((await publishing.engine.deliveries(postId))[0], at).toMatchObject({ state: "retrying", firstDoubtAt: "2026-05-04T09:00:00.000Z" });
    }
    // 10:00: the key taken at 09:00 is forgotten; a repeat would be a second post.
    await clock.advanceTo("2026-05-04T10:00:00Z");
    await publishing.engine.idle();
    expect((await publishing.engine.deliveries(postId))[0]).toMatchObject({ state: "succeeded", reconciled: true });
    expect(network.log.map((call) => call.operation)).toEqual(["publish", "publish", "publish", "publish", "publish", "publish", "lookup"]);
    expect(network.posts.size).toBe(1);
    await ksm.dispose();
  });

  it("leaves the delivery uncertain for a person when the window has passed and the adapter cannot look up", async () => {
    const network = mastodonLike({ canLookUp: false });
    network.script.push({ kind: "retryable", afterAccept: true });
    const { ksm, clock, publishing } = await setupEngine({ network, engine: firstRetryAfter(2 * HOUR) });
    const postId = await schedulePost(ksm, "2026-05-04T09:00:00Z");
    await clock.advanceTo("2026-05-04T11:00:00Z");
    await publishing.engine.idle();
    const [delivery] = await publishing.engine.deliveries(postId);
    expect(delivery).toMatchObject({ state: "uncertain", mayHaveReachedNetwork: true, problem: { kind: "uncertain", code: "NETWORK_UNCERTAIN" } });
    expect(delivery!.problem!.message).toMatch(/2026-05-04T09:00:00\.000Z.*the 1 hour for which Testnetz keeps an idempotency key.*cannot look posts up/);
    expect(network.log.map((call) => call.operation)).toEqual(["publish", "lookup"]);
    expect(network.posts.size).toBe(1);
    await ksm.dispose();
  });

  it("within the window, sends again even when the adapter cannot look up: the network dedupes", async () => {
    const network = mastodonLike({ canLookUp: false });
    network.script.push({ kind: "retryable", afterAccept: true });
    const { ksm, clock, publishing } = await setupEngine({ network, engine: firstRetryAfter(10 * MINUTE) });
    const postId = await schedulePost(ksm, "2026-05-04T09:00:00Z");
    await clock.advanceTo("2026-05-04T09:10:00Z");
    await publishing.engine.idle();
    expect((await publishing.engine.deliveries(postId))[0]).toMatchObject({ state: "succeeded" });
    expect(network.posts.size).toBe(1);
    await ksm.dispose();
  });

  it("measures a worker's crash in flight from the start of its attempt, not from when the delivery was made", async () => {
    const network = mastodonLike({ canLookUp: false });
    const { ksm, clock, publishing } = await setupEngine({ network, engine: { leaseMs: 2 * MINUTE } });
    // Made at 07:00, sent at 09:00; the network takes the post, then the worker dies before it records the outcome.
    const postId = await schedulePost(ksm, "2026-05-04T09:00:00Z");
    const original = ksm.workflow.transitionWithin.bind(ksm.workflow);
    const originalSync = ksm.workflow.transitionWithinSync.bind(ksm.workflow);
    let failures = 0;
    ksm.workflow.transitionWithin = async (tx, id, action, actor, options) => {
      if (action === "mark-published" && failures++ === 0) throw new Error("worker died");
      return original(tx, id, action, actor, options);
    };
    ksm.workflow.transitionWithinSync = (tx, id, action, actor, options) => {
      if (action === "mark-published" && failures++ === 0) throw new Error("worker died");
      return originalSync(tx, id, action, actor, options);
    };
    await clock.advanceTo("2026-05-04T09:00:00Z");
    await publishing.engine.idle();
    expect((await publishing.engine.deliveries(postId))[0]).toMatchObject({ state: "in-flight" });
    // The lease runs out at 09:02: the key taken at 09:00 still holds, so the repeat is safe.
    await clock.advanceBy(2 * MINUTE);
    await publishing.engine.idle();
    expect((await publishing.engine.deliveries(postId))[0]).toMatchObject({ state: "succeeded", firstDoubtAt: "2026-05-04T09:00:00.000Z" });
    expect(network.log.map((call) => call.operation)).toEqual(["publish", "publish"]);
    expect(network.posts.size).toBe(1);
    await ksm.dispose();
  });

  it("a network without a window is trusted with its key however late the repeat (as before)", async () => {
    const network = scriptedNetwork({ idempotency: "native" });
    network.script.push({ kind: "retryable", afterAccept: true });
    const { ksm, clock, publishing } = await setupEngine({ network, engine: firstRetryAfter(2 * HOUR) });
    const postId = await schedulePost(ksm, "2026-05-04T09:00:00Z");
    await clock.advanceTo("2026-05-04T11:00:00Z");
    await publishing.engine.idle();
    expect((await publishing.engine.deliveries(postId))[0]).toMatchObject({ state: "succeeded" });
    expect(network.log.map((call) => call.operation)).toEqual(["publish", "publish"]);
    expect(network.posts.size).toBe(1);
    await ksm.dispose();
  });
});

describe("a reply on a native network with a window", () => {
  /**
   * The inbox network of the collector's tests, keeping a reply's key one
   * hour from the reply that created it, as Mastodon keeps a status's; its
   * first reply is taken and then its answer lost. The lookup is the
   * adapter's own search of the account, so it finds a reply whatever the
   * window.
   */
  function forgetfulInbox(clock: TestClock) {
    const network = inboxNetwork({ clock });
    const adapter = network.adapter as { -readonly [K in keyof NetworkAdapterV1]: NetworkAdapterV1[K] };
    adapter.capabilities = { ...adapter.capabilities, idempotencyWindowMs: HOUR };
    const forgotten: { remoteId: string; idempotencyKey: string }[] = [];
    const reply = adapter.reply!.bind(adapter);
    const lookup = adapter.lookup.bind(adapter);
    let answered = 0;
    adapter.reply = async (request, context) => {
      const known = network.replies.get(request.idempotencyKey);
      if (known && context.now() >= known.at + HOUR) {
        forgotten.push({ remoteId: known.remoteId, idempotencyKey: request.idempotencyKey });
        network.replies.delete(request.idempotencyKey);
      }
      const result = await reply(request, context);
      if (answered++ === 0) throw new NetworkError({ kind: "retryable", message: "the answer was lost after the network took the reply" });
      return result;
    };
    adapter.lookup = async (request, context) => {
      const earlier = forgotten.find((r) => r.idempotencyKey === request.idempotencyKey);
      return earlier ? { status: "found", remoteId: earlier.remoteId } : lookup(request, context);
    };
    return { network, repliesOnTheNetwork: () => network.replies.size + forgotten.length };
  }

  it("after the window, is looked up before it is sent again, and goes to the citizen once", async () => {
    const clock = new TestClock("2026-05-04T07:00:00Z");
    const { network, repliesOnTheNetwork } = forgetfulInbox(clock);
    const { ksm, publishing } = await setupCollector({ clock, network, plugin: { collector: false, imprint: false, retry: { baseMs: 4 * HOUR, maxMs: 4 * HOUR } } });
    const question = network.write("@kanal-1@inbox.example", "Wann wird die Laterne repariert?", { at: clock.now() - HOUR });
    const interactionId = interactionIdFor("kanal-1", question.remoteId, "inbox");
    await ksm.store.interactions.insert({ id: interactionId, organisationId: "musterstadt", channelId: "kanal-1", kind: "mention", remoteId: question.remoteId, author: question.author, text: question.text, receivedAt: question.receivedAt, status: "open", revision: 1 });
    await publishing.engine.start();
    const draft = await ksm.workflow.draftReply(interactionId, "Am Montag.", "jonas");
    if (!draft.ok) throw new Error(draft.refusal.message);
    if (!(await ksm.workflow.approveReply(draft.value.id, "leyla")).ok) throw new Error("approve refused");
    const delivery = await publishing.engine.sendReply(draft.value.id, "jonas");
    await clock.advanceBy(1_000);
    await publishing.engine.runDue();
    expect((await ksm.store.collection("deliveries").require(delivery.id))).toMatchObject({ state: "retrying", mayHaveReachedNetwork: true });
    await clock.advanceBy(2 * HOUR);
    await publishing.engine.runDue();
    expect(await ksm.store.collection("deliveries").require(delivery.id)).toMatchObject({ state: "succeeded", reconciled: true });
    expect(network.log.filter((call) => call.operation === "reply" || call.operation === "lookup").map((call) => call.operation)).toEqual(["reply", "lookup"]);
    expect(repliesOnTheNetwork()).toBe(1);
    await ksm.dispose();
  });
});

describe("the window's edge (property)", () => {
  it("for any wait before the repeat: one post on the network; a repeat only while its call ends inside the window", async () => {
    const leaseMs = 70_000;
    await fc.assert(
      // Half the waits near the edge, where a repeat's call would end just inside or just outside the window.
      fc.asyncProperty(fc.oneof(fc.integer({ min: 1, max: 3 * HOUR }), fc.integer({ min: HOUR - SKEW - leaseMs - 5_000, max: HOUR - SKEW - leaseMs + 5_000 })), fc.boolean(), async (waitMs, canLookUp) => {
        const network = mastodonLike({ canLookUp });
        network.script.push({ kind: "retryable", afterAccept: true });
        const { ksm, clock, publishing } = await setupWith({ network, engine: { leaseMs, retry: { baseMs: 2 * waitMs, maxMs: 2 * waitMs } } });
        try {
          const postId = await schedulePost(ksm, "2026-05-04T09:00:00Z");
          await clock.advanceTo("2026-05-04T09:00:00Z");
          await publishing.engine.idle();
          const wait = Date.parse((await publishing.engine.deliveries(postId))[0]!.nextAttemptAt) - Date.parse("2026-05-04T09:00:00Z");
          await clock.advanceBy(wait);
          await publishing.engine.idle();
          const [delivery] = await publishing.engine.deliveries(postId);
          const operations = network.log.map((call) => call.operation);
          // Never a second post, whatever the wait.
          expect(network.posts.size).toBe(1);
          // The engine takes a margin for clocks off the window (default five minutes).
          if (wait + leaseMs < HOUR - SKEW) {
            expect(operations).toEqual(["publish", "publish"]);
            expect(delivery).toMatchObject({ state: "succeeded" });
          } else {
            expect(operations).toEqual(["publish", "lookup"]);
            expect(delivery).toMatchObject({ state: canLookUp ? "succeeded" : "uncertain" });
          }
        } finally {
          await ksm.dispose();
        }
      }),
      { numRuns: 60 },
    );
  });
});
