import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { NetworkAdapter, RateLimitV1 } from "../spec/index.js";
import { CALL_OPERATIONS, RateBudgets, WRITING_OPERATIONS, type CallOperation } from "./rate-budgets.js";

function adapterWith(rateLimits: readonly RateLimitV1[]): NetworkAdapter {
  return { id: "net", displayName: "Net", capabilities: { rateLimits } } as unknown as NetworkAdapter;
}

const limitArb: fc.Arbitrary<RateLimitV1> = fc.record(
  {
    requests: fc.integer({ min: 1, max: 12 }),
    perMilliseconds: fc.integer({ min: 10, max: 2_000 }),
    scope: fc.constantFrom("account" as const, "app" as const),
    operations: fc.subarray([...CALL_OPERATIONS], { minLength: 1 }),
  },
  { requiredKeys: ["requests", "perMilliseconds", "scope"] },
);

interface Granted {
  readonly at: number;
  readonly channelId: string;
  readonly operation: CallOperation;
}

/** The calls that `limit` counts on the account (or, for app scope, on every account) of `channelId`. */
function countedBy(limit: RateLimitV1, granted: readonly Granted[], channelId: string): Granted[] {
  return granted.filter((g) => (!limit.operations || limit.operations.includes(g.operation)) && (limit.scope === "app" || g.channelId === channelId));
}

describe("RateBudgets", () => {
  it("never lets more calls through than any declared limit allows within any window, and a refusal names a time when there is room", () => {
    fc.assert(
      fc.property(
        fc.array(limitArb, { minLength: 1, maxLength: 3 }),
        fc.array(fc.record({ dt: fc.integer({ min: 0, max: 400 }), channel: fc.constantFrom("a", "b", "c"), operation: fc.constantFrom(...CALL_OPERATIONS), block: fc.option(fc.integer({ min: 1, max: 3_000 }), { freq: 12 }) }), { maxLength: 120 }),
        fc.double({ min: 0, max: 0.9, noNaN: true }),
        (limits, calls, reservedShare) => {
          const adapter = adapterWith(limits);
          const budgets = new RateBudgets({ reservedShare });
          const granted: Granted[] = [];
          let now = 1_000_000;
          for (const call of calls) {
            now += call.dt;
            if (call.block !== null) {
              budgets.blockUntil(adapter, call.channel, call.operation, now + call.block, now);
              continue;
            }
            const answer = budgets.take(adapter, call.channel, call.operation, now);
            if (answer.ok) {
              granted.push({ at: now, channelId: call.channel, operation: call.operation });
              const reading = !WRITING_OPERATIONS.includes(call.operation);
              for (const limit of limits) {
                if (limit.operations && !limit.operations.includes(call.operation)) continue;
                const inWindow = countedBy(limit, granted, call.channel).filter((g) => g.at > now - limit.perMilliseconds).length;
                expect(inWindow).toBeLessThanOrEqual(limit.requests);
                // A read leaves the reserved share of every limit that counts it.
                if (reading) expect(inWindow).toBeLessThanOrEqual(limit.requests - Math.min(limit.requests - 1, Math.floor(limit.requests * reservedShare)));
              }
            } else {
              expect(answer.retryAt).toBeGreaterThan(now);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("gives a refused call room at the time it names, when nothing else was taken meanwhile", () => {
    fc.assert(
      fc.property(fc.array(limitArb, { minLength: 1, maxLength: 3 }), fc.array(fc.constantFrom(...CALL_OPERATIONS), { minLength: 1, maxLength: 40 }), (limits, operations) => {
        const adapter = adapterWith(limits);
        const budgets = new RateBudgets();
        let now = 0;
        for (const operation of operations) {
          const answer = budgets.take(adapter, "a", operation, now);
          if (!answer.ok) {
            now = answer.retryAt;
            expect(budgets.take(adapter, "a", operation, now).ok).toBe(true);
          }
        }
      }),
    );
  });

  it("keeps publishing on time while reads hammer the account", () => {
    const adapter = adapterWith([{ requests: 20, perMilliseconds: 1_000, scope: "account" }]);
    const budgets = new RateBudgets({ reservedShare: 0.25 }); // 5 of 20 kept for writes
    let reads = 0;
    for (let now = 0; now < 60_000; now += 5) {
      if (budgets.take(adapter, "a", "interactions", now).ok) reads++;
      // Four writes a second, below the reserve of five: each goes through at once.
      if (now % 250 === 0) expect(budgets.take(adapter, "a", now % 500 === 0 ? "publish" : "reply", now)).toEqual({ ok: true });
    }
    // Reads get what is left above the reserve: 20 a second, less the 5 kept back, less the 4 writes.
    expect(reads).toBeGreaterThanOrEqual(60 * 11 - 11);
    expect(reads).toBeLessThanOrEqual(60 * 11 + 15);
  });

  it("counts app-scope limits across accounts and account-scope limits per account", () => {
    const adapter = adapterWith([
      { requests: 3, perMilliseconds: 1_000, scope: "app" },
      { requests: 2, perMilliseconds: 1_000, scope: "account" },
    ]);
    const budgets = new RateBudgets({ reservedShare: 0 });
    expect(budgets.take(adapter, "a", "publish", 0).ok).toBe(true);
    expect(budgets.take(adapter, "a", "publish", 0).ok).toBe(true);
    expect(budgets.take(adapter, "a", "publish", 0).ok).toBe(false); // account a is full
    expect(budgets.take(adapter, "b", "publish", 0).ok).toBe(true); // the third of the app
    expect(budgets.take(adapter, "c", "publish", 0)).toEqual({ ok: false, retryAt: 1_000 }); // the app is full
  });

  it("counts only the operations a limit names", () => {
    const adapter = adapterWith([{ requests: 1, perMilliseconds: 1_000, scope: "account", operations: ["metrics"] }]);
    const budgets = new RateBudgets();
    expect(budgets.take(adapter, "a", "metrics", 0).ok).toBe(true);
    expect(budgets.take(adapter, "a", "metrics", 1).ok).toBe(false);
    expect(budgets.take(adapter, "a", "publish", 1).ok).toBe(true);
    expect(budgets.take(adapter, "a", "interactions", 1).ok).toBe(true);
  });

  it("after a 429 lets nothing through before the given time, then one call at a time", () => {
    const adapter = adapterWith([{ requests: 10, perMilliseconds: 1_000, scope: "account" }]);
    const budgets = new RateBudgets();
    budgets.blockUntil(adapter, "a", "publish", 5_000, 0);
    expect(budgets.take(adapter, "a", "publish", 4_999)).toEqual({ ok: false, retryAt: 5_000 });
    expect(budgets.take(adapter, "a", "publish", 5_000).ok).toBe(true);
    expect(budgets.take(adapter, "a", "publish", 5_000).ok).toBe(false);
    expect(budgets.take(adapter, "a", "publish", 5_100).ok).toBe(true);
    // A wait nobody can honour is ignored rather than blocking the account for good.
    budgets.blockUntil(adapter, "b", "publish", Number.POSITIVE_INFINITY, 0);
    expect(budgets.take(adapter, "b", "publish", 1).ok).toBe(true);
  });

  it("refuses a reserved share outside [0, 1)", () => {
    expect(() => new RateBudgets({ reservedShare: 1 })).toThrow(/reservedShare/);
    expect(() => new RateBudgets({ reservedShare: Number.NaN })).toThrow(/reservedShare/);
  });
});
