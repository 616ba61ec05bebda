import { createMemoryStore } from "@kommune-sm/core";
import { NetworkError } from "@kommune-sm/network";
import { describe, expect, it } from "vitest";
import { createSandboxNetwork, type SandboxCrash, type SandboxNetworkOptions } from "./create-sandbox-network.js";
import { SandboxError } from "./sandbox-error.js";
import { CHANNEL, callContext, hasSettled, publishRequest, settle, TestClock, TUESDAY_MORNING } from "./test-support.js";

function setup(options: SandboxNetworkOptions = {}) {
  const clock = new TestClock(TUESDAY_MORNING);
  const crashes: SandboxCrash[] = [];
  const network = createSandboxNetwork({ clock, onCrash: (crash) => void crashes.push(crash), ...options });
  return { clock, crashes, ...network, context: (signal?: AbortSignal) => callContext(clock, signal ? { signal } : {}) };
}

async function networkError(promise: Promise<unknown>): Promise<NetworkError> {
  const { error } = await settle(promise);
  expect(NetworkError.isNetworkError(error), String(error)).toBe(true);
  return error as NetworkError;
}

describe("injected faults", () => {
  it("latency delays the answer on the sandbox's clock", async () => {
    const { adapter, faults, context, clock } = setup();
    faults.inject({ kind: "latency", ms: 800, operation: "publish" });
    const call = adapter.publish(publishRequest(), context());
    await clock.advanceBy(799);
    expect(await hasSettled(call)).toBe(false);
    await clock.advanceBy(1);
    await expect(call).resolves.toHaveProperty("remoteId");
    // Used up: the next one is fast.
    await expect(adapter.publish(publishRequest({ idempotencyKey: "k2" }), context())).resolves.toBeDefined();
  });

  it("429 carries its Retry-After; 500 is retryable; neither stores the post", async () => {
    const { adapter, faults, context, control } = setup();
    faults.inject({ kind: "rate-limited", retryAfterMs: 60_000 });
    expect(await networkError(adapter.publish(publishRequest(), context()))).toMatchObject({ kind: "rate-limited", status: 429, retryAfterMs: 60_000, isRetryable: true });
    faults.inject({ kind: "server-error", status: 503 });
    expect(await networkError(adapter.publish(publishRequest(), context()))).toMatchObject({ kind: "retryable", status: 503, isRetryable: true });
    faults.inject({ kind: "server-error" });
    expect((await networkError(adapter.publish(publishRequest(), context()))).status).toBe(500);
    expect(await control.published()).toEqual([]);
    expect(faults.history().map((f) => [f.kind, f.call])).toEqual([
      ["rate-limited", 1],
      ["server-error", 2],
      ["server-error", 3],
    ]);
  });

  it("a 500 after accepting stores the post; the retry with the same key gets it, not a second", async () => {
    const { adapter, faults, context, control } = setup();
    faults.inject({ kind: "server-error", phase: "after-accept" });
    expect((await networkError(adapter.publish(publishRequest(), context()))).kind).toBe("retryable");
    const stored = await control.published();
    expect(stored).toHaveLength(1);
    expect((await adapter.publish(publishRequest(), context())).remoteId).toBe(stored[0]!.remoteId);
    expect(await control.published()).toHaveLength(1);
  });

  it("a timeout rejects retryable after its delay", async () => {
    const { adapter, faults, context, clock } = setup();
    faults.inject({ kind: "timeout", afterMs: 5_000 });
    const call = settle(adapter.publish(publishRequest(), context()));
    await clock.advanceBy(4_999);
    expect(await hasSettled(call)).toBe(false);
    await clock.advanceBy(1);
    const { error } = await call;
    expect(error).toMatchObject({ kind: "retryable", isRetryable: true });
    expect((error as Error).message).toMatch(/timed out after 5000 ms/);
  });

  it("a hang never settles until the call's AbortSignal aborts, then rejects retryable", async () => {
    const { adapter, faults, context, clock, control } = setup();
    faults.inject({ kind: "hang", operation: "publish" });
    const controller = new AbortController();
    const call = settle(adapter.publish(publishRequest(), context(controller.signal)));
    await clock.advanceBy(24 * 3_600_000);
    expect(await hasSettled(call)).toBe(false);
    controller.abort(new Error("engine timeout"));
    const { error } = await call;
    expect(error).toMatchObject({ kind: "retryable" });
    expect((error as Error).cause).toEqual(new Error("engine timeout"));
    expect(await control.published()).toEqual([]);
    // An already aborted signal does not even start a call.
    expect((await networkError(adapter.readProfile({ channel: CHANNEL }, context(AbortSignal.abort())))).kind).toBe("retryable");
  });

  it("abort during latency stops the call and leaves no timer behind", async () => {
    const { adapter, faults, context, clock } = setup();
    faults.inject({ kind: "latency", ms: 60_000 });
    const controller = new AbortController();
    const call = settle(adapter.readProfile({ channel: CHANNEL }, context(controller.signal)));
    await clock.advanceBy(1_000);
    expect(clock.pendingTimers).toBe(1);
    controller.abort();
    expect((await call).error).toMatchObject({ kind: "retryable" });
    expect(clock.pendingTimers).toBe(0);
  });

  it("crash before accepting: onCrash is called and nothing is stored", async () => {
    const { adapter, faults, context, crashes, control } = setup();
    faults.inject({ kind: "crash", point: "before-accept", operation: "publish" });
    const controller = new AbortController();
    const call = settle(adapter.publish(publishRequest({ deliveryId: "d-7", idempotencyKey: "k-7" }), context(controller.signal)));
    expect(await hasSettled(call)).toBe(false);
    expect(crashes).toEqual([{ point: "before-accept", operation: "publish", deliveryId: "d-7", idempotencyKey: "k-7" }]);
    expect(await control.published()).toEqual([]);
    controller.abort();
    expect((await call).error).toMatchObject({ kind: "retryable" });
  });

  it("crash after accepting: the post is stored, the caller never hears of it, and lookup finds it", async () => {
    const { adapter, faults, context, crashes, control } = setup();
    faults.inject({ kind: "crash", point: "after-accept", operation: "publish" });
    const call = adapter.publish(publishRequest({ idempotencyKey: "k-8" }), context());
    expect(await hasSettled(call)).toBe(false);
    expect(crashes.map((c) => c.point)).toEqual(["after-accept"]);
    const [stored] = await control.published();
    expect(stored).toMatchObject({ idempotencyKey: "k-8" });
    const found = await adapter.lookup(
      { channel: CHANNEL, idempotencyKey: "k-8", text: publishRequest().text, notBefore: "2027-01-12T07:00:00Z", notAfter: "2027-01-12T09:00:00Z" },
      context(),
    );
    expect(found).toEqual({ status: "found", remoteId: stored!.remoteId, url: stored!.url });
  });

  it("an onCrash that throws (a test's stand-in for dying) rejects the call with its error", async () => {
    const boom = new Error("process died");
    const { adapter, faults, context } = setup({
      onCrash: () => {
        throw boom;
      },
    });
    faults.inject({ kind: "crash", point: "before-accept" });
    expect((await settle(adapter.publish(publishRequest(), context()))).error).toBe(boom);
  });

  it("control.failNext makes the next call fail with any kind, then it works again", async () => {
    const { adapter, control, context } = setup();
    control.failNext("publish", "authentication");
    expect(await networkError(adapter.publish(publishRequest(), context()))).toMatchObject({ kind: "authentication", status: 401, isRetryable: false });
    control.failNext("publish", "rate-limited", { retryAfterMs: 1_234 });
    expect(await networkError(adapter.publish(publishRequest(), context()))).toMatchObject({ kind: "rate-limited", retryAfterMs: 1_234 });
    control.failNext("publish", "rejected-content", { networkReason: "Bitte sachlich bleiben." });
    expect(await networkError(adapter.publish(publishRequest(), context()))).toMatchObject({ kind: "rejected-content", networkReason: "Bitte sachlich bleiben." });
    control.failNext("fetchMetrics", "unsupported");
    const unsupported = await networkError(adapter.fetchMetrics({ channel: CHANNEL, since: TUESDAY_MORNING }, context()));
    expect(unsupported.kind).toBe("unsupported");
    expect(unsupported.status).toBeUndefined();
    await expect(adapter.publish(publishRequest(), context())).resolves.toHaveProperty("remoteId");
  });
});

describe("fault schedules", () => {
  it("once, N times, until cancelled, for one operation or several", async () => {
    const { adapter, faults, context } = setup();
    const three = faults.inject({ kind: "server-error", times: 3, operation: ["readProfile", "lookup"] });
    await adapter.publish(publishRequest(), context()); // not matched
    for (let index = 0; index < 3; index++) expect((await settle(adapter.readProfile({ channel: CHANNEL }, context()))).error).toBeDefined();
    expect(three).toMatchObject({ fired: 3, active: false });
    await expect(adapter.readProfile({ channel: CHANNEL }, context())).resolves.toBeDefined();

    const forever = faults.inject({ kind: "server-error", times: Infinity, operation: "readProfile" });
    for (let index = 0; index < 10; index++) expect((await settle(adapter.readProfile({ channel: CHANNEL }, context()))).error).toBeDefined();
    expect(faults.active()).toHaveLength(1);
    forever.cancel();
    expect(faults.active()).toEqual([]);
    await expect(adapter.readProfile({ channel: CHANNEL }, context())).resolves.toBeDefined();
  });

  it("a probability is drawn from the seed: the same seed strikes the same calls", async () => {
    const run = async (seed: number) => {
      const { adapter, faults, context } = setup({ seed, rateLimit: false });
      faults.inject({ kind: "server-error", times: Infinity, probability: 0.25 });
      const outcomes: boolean[] = [];
      for (let index = 0; index < 200; index++) outcomes.push((await settle(adapter.readProfile({ channel: CHANNEL }, context()))).error === undefined);
      return outcomes;
    };
    const first = await run(1);
    expect(await run(1)).toEqual(first);
    expect(await run(2)).not.toEqual(first);
    const failures = first.filter((ok) => !ok).length;
    expect(failures).toBeGreaterThan(30);
    expect(failures).toBeLessThan(70);
  });

  it("at most one failure per call; latencies add up before it", async () => {
    const { adapter, faults, context, clock } = setup();
    faults.inject({ kind: "latency", ms: 100 });
    faults.inject({ kind: "server-error" });
    faults.inject({ kind: "rate-limited" });
    faults.inject({ kind: "latency", ms: 200 });
    const call = settle(adapter.readProfile({ channel: CHANNEL }, context()));
    await clock.advanceBy(299);
    expect(await hasSettled(call)).toBe(false);
    await clock.advanceBy(1);
    expect((await call).error).toMatchObject({ status: 500 });
    expect(faults.active().map((f) => f.request.kind)).toEqual(["rate-limited"]);
  });

  it("clear removes everything", async () => {
    const { adapter, faults, context } = setup({ transientFailureRate: 1 });
    faults.inject({ kind: "hang" });
    faults.clear();
    await expect(adapter.readProfile({ channel: CHANNEL }, context())).resolves.toBeDefined();
  });

  it("refuses schedules that make no sense", () => {
    const { faults } = setup();
    expect(() => faults.inject({ kind: "server-error", times: 0 })).toThrow(SandboxError);
    expect(() => faults.inject({ kind: "server-error", probability: 1.5 })).toThrow(/probability/);
    expect(() => faults.inject({ kind: "latency", ms: -1 })).toThrow(/ms/);
    expect(() => faults.inject({ kind: "server-error", operation: "post" as never })).toThrow(/unknown operation "post"/);
    expect(() => faults.setTransientFailures({ rate: 2 })).toThrow(SandboxError);
    expect(() => createSandboxNetwork({ transientFailureRate: -0.1 })).toThrow(SandboxError);
    expect(() => createSandboxNetwork({ timeZone: "Europe/Musterstadt" })).toThrow(/IANA/);
    expect(() => createSandboxNetwork({ followers: Number.NaN })).toThrow(/followers/);
    expect(() => createSandboxNetwork({ rateLimit: { requests: 0, perMilliseconds: 1 } })).toThrow(/rateLimit/);
    expect(() => createSandboxNetwork({ store: createMemoryStore().tenant("a"), organisationId: "b" })).toThrow(/differs/);
  });
});

describe("transient failure rate", () => {
  it("fails about the given share of calls with passing failures, the same for the same seed", async () => {
    const run = async () => {
      const { adapter, context, faults, clock, control } = setup({ seed: "zuverlaessigkeit", transientFailureRate: 0.3, rateLimit: false });
      const kinds = new Map<string, number>();
      let failed = 0;
      for (let index = 0; index < 1_000; index++) {
        const call = settle(adapter.publish(publishRequest({ idempotencyKey: `k-${index}` }), context()));
        // Let timeouts run out.
        while (!(await hasSettled(call))) await clock.advanceBy(1_000);
        const { error } = await call;
        if (error) {
          failed++;
          expect(error).toMatchObject({ isRetryable: true });
          const kind = (error as NetworkError).kind;
          kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
        }
      }
      return { failed, kinds, history: faults.history(), stored: (await control.published()).length };
    };
    const first = await run();
    expect(first.failed).toBeGreaterThan(250);
    expect(first.failed).toBeLessThan(350);
    expect([...first.kinds.keys()].sort()).toEqual(["rate-limited", "retryable"]);
    // Half the server errors and timeouts struck after the post was stored.
    const after = first.history.filter((f) => f.phase === "after-accept").length;
    expect(first.stored).toBe(1_000 - first.failed + after);
    const second = await run();
    expect(second.failed).toBe(first.failed);
    expect(second.history).toEqual(first.history);
  });
});
