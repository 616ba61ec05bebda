import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { NetworkErrorKind } from "../spec/index.js";
import { schedulePost, scriptedNetwork, setupEngine, TRANSACTION_MODES } from "./engine-test-support.js";

const failure = fc.record({
  kind: fc.constantFrom<NetworkErrorKind>("retryable", "rate-limited", "retryable", "rejected-content", "not-found", "permanent"),
  afterAccept: fc.boolean(),
  retryAfterMs: fc.option(fc.integer({ min: 1_000, max: 120_000 }), { nil: undefined }),
});

describe("publishing engine (properties)", () => {
  it("for any sequence of network failures: never twice on the network, every delivery settles, the post follows its deliveries", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof({ weight: 4, arbitrary: failure }, { weight: 1, arbitrary: fc.constant("hang" as const) }), { maxLength: 12 }),
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom("lookup" as const, "native" as const),
        fc.constantFrom(...TRANSACTION_MODES),
        async (script, posts, idempotency, transactions) => {
          const network = scriptedNetwork({ idempotency });
          network.script.push(...script.map((step) => (step === "hang" ? step : { kind: step.kind, afterAccept: step.afterAccept && step.kind === "retryable", ...(step.retryAfterMs && step.kind === "rate-limited" ? { retryAfterMs: step.retryAfterMs } : {}) })));
          const { ksm, clock, publishing } = await setupEngine({ network, transactions, engine: { callTimeoutMs: 5_000, retry: { maxAttempts: 6 } } });
          const ids: string[] = [];
          for (let i = 0; i < posts; i++) ids.push(await schedulePost(ksm, "2026-05-04T09:00:00Z", { text: `Beitrag ${i}` }));
          for (let step = 0; step < 400; step++) await clock.advanceBy(30_000);
          await publishing.engine.idle();

          const deliveries = await publishing.engine.deliveries();
          expect(deliveries).toHaveLength(posts);
          for (const delivery of deliveries) {
            // Never twice: at most one post on the network per idempotency key.
            const copies = [...network.posts.keys()].filter((key) => key === delivery.idempotencyKey || key.startsWith(`${delivery.idempotencyKey}#`));
            expect(copies.length).toBeLessThanOrEqual(1);
            expect(["succeeded", "failed", "uncertain"]).toContain(delivery.state);
            // Succeeded exactly when the network has it (the lookup here is honest).
            expect(delivery.state === "succeeded").toBe(copies.length === 1);
            if (delivery.state === "failed") expect(delivery.problem?.message).toBeTruthy();
          }
          for (const id of ids) {
            const post = await ksm.store.posts.require(id);
            const mine = deliveries.filter((d) => d.postId === id);
            if (mine.some((d) => d.state === "succeeded")) expect(post.state).toBe("published");
            else if (mine.every((d) => d.state === "failed")) expect(post.state).toBe("approved");
          }
          expect((await ksm.audit.verify()).ok).toBe(true);
          await ksm.dispose();
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);
});
