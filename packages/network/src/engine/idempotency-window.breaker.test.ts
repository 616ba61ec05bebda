// Breaking the idempotency window from outside: a network that dedupes by key
// only for a while (Mastodon: one hour) must never get a post twice, whatever
// the timing of retries, quiet periods, token refreshes, people and clocks;
// and within the window the engine must learn what it needs to know. A
// failing test here is a defect to fix in the code, not in the test.
import { MUSTERSTADT_STRATEGY, TestClock, type CancelTimer, type Clock } from "@kommune-sm/core";
import { describe, expect, it } from "vitest";
import { NetworkError, type NetworkAdapterV1 } from "../spec/index.js";
import { schedulePost, scriptedNetwork, setupEngine, TOKEN, type ScriptedNetworkOptions } from "./engine-test-support.js";

const HOUR = 3_600_000;
const MINUTE = 60_000;

/** Mastodon's idempotency as the scripted network keeps it: native, keys kept one hour from the publish that made the post. */
const mastodonLike = (options: ScriptedNetworkOptions = {}) => scriptedNetwork({ idempotency: "native", idempotencyWindowMs: HOUR, ...options });

/** With jitter fixed at 0.5, a retry policy whose first wait is `ms`. */
const firstRetryAfter = (ms: number) => ({ retry: { baseMs: 2 * ms, maxMs: 2 * ms } });

/** Lets the engine's promise callbacks run until `done()` holds (an adapter call has started). */
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !done(); i++) await new Promise((resolve) => setImmediate(resolve));
  if (!done()) throw new Error("the engine never got there");
}

/** Replaces an adapter method by one that waits, each call, until the test lets it go on. */
function stall<K extends "publish" | "refreshCredentials" | "lookup">(adapter: NetworkAdapterV1, method: K) {
  const waiting: Array<() => void> = [];
  const original = (adapter[method] as (...args: unknown[]) => Promise<unknown>).bind(adapter);
  (adapter as unknown as Record<string, unknown>)[method] = async (...args: unknown[]) => {
    await new Promise<void>((resolve) => waiting.push(resolve));
    return original(...args);
  };
  return { waiting };
}

describe("the window, what held", () => {
  it("a person's retry after the window never sends again without a lookup", async () => {
    const network = mastodonLike({ canLookUp: false });
    network.script.push({ kind: "retryable", afterAccept: true });
    const { ksm, clock, publishing } = await setupEngine({ network, engine: firstRetryAfter(2 * HOUR) });
    const postId = await schedulePost(ksm, "2026-05-04T09:00:00Z");
    await clock.advanceTo("2026-05-04T11:00:00Z");
    await publishing.engine.idle();
    const [uncertain] = await publishing.engine.deliveries(postId);
    expect(uncertain).toMatchObject({ state: "uncertain" });
    for (const person of ["jonas", "anna"]) {
      await publishing.engine.retry(uncertain!.id, person);
      await clock.advanceBy(MINUTE);
      await publishing.engine.idle();
      expect((await publishing.engine.deliveries(postId))[0]).toMatchObject({ state: "uncertain", firstDoubtAt: "2026-05-04T09:00:00.000Z" });
    }
    expect(network.log.map((call) => call.operation)).toEqual(["publish", "lookup", "lookup", "lookup"]);
    expect(network.posts.size).toBe(1);
    await ksm.dispose();
  });

  it("a lookup that fails after the window is tried again; nothing is sent meanwhile", async () => {
    const network = mastodonLike();
    network.script.push({ kind: "retryable", afterAccept: true });
    const lookup = network.adapter.lookup.bind(network.adapter);
    let failures = 1;
    (network.adapter as { lookup: NetworkAdapterV1["lookup"] }).lookup = async (request, context) => {
      if (failures-- > 0) throw new NetworkError({ kind: "retryable", status: 503, message: "search is down" });
      return lookup(request, context);
    };
    const { ksm, clock, publishing } = await setupEngine({ network, engine: { retry: { baseMs: 4 * HOUR, maxMs: 4 * HOUR } } });
    const postId = await schedulePost(ksm, "2026-05-04T09:00:00Z");
    await clock.advanceTo("2026-05-04T09:00:00Z");
    await publishing.engine.idle();
    await clock.advanceTo("2026-05-05T09:00:00Z");
    await publishing.engine.idle();
    expect((await publishing.engine.deliveries(postId))[0]).toMatchObject({ state: "succeeded", reconciled: true });
    expect(network.log.map((call) => call.operation)).toEqual(["publish", "lookup"]);
    expect(network.posts.size).toBe(1);
    await ksm.dispose();
  });
});

describe("the window: defects", () => {
  it("in a quiet period, looks up whether the earlier attempt got through, also within the window", async () => {
    // The post went out at 08:00 (its answer lost); at 08:05 the election's quiet period is entered.
    // Within the hour the engine does not look: the delivery is shown "held by quiet period" while
    // the post is online, and nobody takes it down during the election's neutrality period.
    const network = mastodonLike();
    network.script.push({ kind: "retryable", afterAccept: true });
    const { ksm, clock, publishing } = await setupEngine({ network, start: "2027-01-05T08:00:00Z", engine: firstRetryAfter(10 * MINUTE) });
    const postId = await schedulePost(ksm, "2027-01-08T08:00:00Z", { text: "Der Bürgermeister lädt zum Neujahrsempfang", pillarId: "rathaus" });
    await clock.advanceTo("2027-01-08T08:00:00Z");
    await publishing.engine.idle();
    expect((await publishing.engine.deliveries(postId))[0]).toMatchObject({ state: "retrying", mayHaveReachedNetwork: true });
    await clock.advanceTo("2027-01-08T08:05:00Z");
    await ksm.store.strategies.insert({ ...MUSTERSTADT_STRATEGY, quietPeriods: MUSTERSTADT_STRATEGY.quietPeriods.map((p) => ({ ...p, startDate: "2027-01-07" })) });
    await clock.advanceTo("2027-01-08T08:10:00Z");
    await publishing.engine.idle();
    expect(network.posts.size).toBe(1);
    expect(network.log.map((call) => call.operation)).toEqual(["publish", "lookup"]);
    expect((await publishing.engine.deliveries(postId))[0]).toMatchObject({ state: "succeeded", reconciled: true });
    await ksm.dispose();
  });

  it("never posts twice when a token refresh in the repeat carries its call past the window", async () => {
    // Each step stays inside the call deadline (30 s); together (publish refused 401, refresh,
    // publish again) they outlast the lease (70 s) the window check counted on.
    const network = mastodonLike({ canLookUp: true });
    network.script.push({ kind: "retryable", afterAccept: true });
    const publishes = stall(network.adapter, "publish");
    const refreshes = stall(network.adapter, "refreshCredentials");
    // The repeat is claimed at 09:53:49: lease until 09:54:59, inside the hour of the key taken at 09:00 less the engine's five minutes for clocks.
    const { ksm, clock, publishing } = await setupEngine({ network, engine: firstRetryAfter(53 * MINUTE + 49_000) });
    const postId = await schedulePost(ksm, "2026-05-04T09:00:00Z");
    await clock.advanceTo("2026-05-04T09:00:00Z");
    await until(() => publishes.waiting.length === 1);
    publishes.waiting.shift()!();
    await publishing.engine.idle();
    expect((await publishing.engine.deliveries(postId))[0]).toMatchObject({ state: "retrying", nextAttemptAt: "2026-05-04T09:53:49.000Z" });

    network.revoked.add(TOKEN); // the access token expired meanwhile
    await clock.advanceTo("2026-05-04T09:53:49Z");
    await until(() => publishes.waiting.length === 1);
    await clock.advanceBy(29_000);
    publishes.waiting.shift()!(); // 401
    await until(() => refreshes.waiting.length === 1);
    await clock.advanceBy(29_000);
    refreshes.waiting.shift()!(); // 09:54:47: a publish now could end after 09:55, when the key may be gone
    // Whatever else the engine does now, let every call through.
    const drain = setInterval(() => publishes.waiting.splice(0).forEach((go) => go()), 1);
    try {
      await publishing.engine.idle();
      await clock.advanceBy(5 * MINUTE);
      await publishing.engine.idle();
    } finally {
      clearInterval(drain);
    }
    expect(network.posts.size).toBe(1);
    await ksm.dispose();
  });

  it("never posts twice when the worker's clock ran two minutes fast at the first attempt", async () => {
    // The network keeps time correctly; the worker's clock is two minutes ahead until NTP corrects it.
    const real = new TestClock("2026-05-04T07:00:00Z");
    const worker = new SteppingClock(real, 2 * MINUTE);
    const network = mastodonLike();
    network.script.push({ kind: "retryable", afterAccept: true });
    const publish = network.adapter.publish.bind(network.adapter);
    (network.adapter as { publish: NetworkAdapterV1["publish"] }).publish = (request, context) => publish(request, { ...context, now: () => real.now() });
    // A retry 58.5 minutes after the first attempt, by the worker's clock.
    const { ksm, publishing } = await setupEngine({ network, clock: worker as unknown as TestClock, engine: firstRetryAfter(58 * MINUTE + 30_000) });
    const postId = await schedulePost(ksm, "2026-05-04T09:02:00Z");
    await real.advanceTo("2026-05-04T09:00:00Z"); // the worker reads 09:02
    await publishing.engine.idle();
    expect((await publishing.engine.deliveries(postId))[0]).toMatchObject({ state: "retrying", firstDoubtAt: "2026-05-04T09:02:00.000Z", nextAttemptAt: "2026-05-04T10:00:30.000Z" });
    worker.offset = 0; // corrected
    await real.advanceTo("2026-05-04T10:00:30Z"); // the network forgot the key at 10:00
    await publishing.engine.runDue();
    await publishing.engine.idle();
    expect(network.posts.size).toBe(1);
    await ksm.dispose();
  });
});

/** A clock `offset` ms off the real one, as a machine whose clock is wrong until NTP steps it. */
class SteppingClock implements Clock {
  constructor(
    private readonly real: TestClock,
    public offset: number,
  ) {}
  now(): number {
    return this.real.now() + this.offset;
  }
  setTimer(at: number, callback: () => void): CancelTimer {
    return this.real.setTimer(at - this.offset, callback);
  }
}
