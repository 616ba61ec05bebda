import { createMemoryStore } from "@kommune-sm/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createSandboxNetwork } from "./create-sandbox-network.js";
import { callContext, publishRequest, settle, TestClock, TUESDAY_MORNING } from "./test-support.js";

describe("native idempotency (property)", () => {
  it("for any sequence of publishes with repeated keys, the timeline holds exactly one post per distinct key", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            key: fc.constantFrom("a", "b", "c", "d", "ä-ß", " key with spaces "),
            // Blank texts are refused (an empty post), so their key stays free.
            text: fc.oneof(fc.string({ minLength: 1, maxLength: 60 }), fc.constantFrom("", "  ")),
            concurrent: fc.boolean(),
            afterAcceptFailure: fc.boolean(),
            advanceMs: fc.integer({ min: 0, max: 120_000 }),
          }),
          { maxLength: 30 },
        ),
        // The timeline's insert runs in the store's syncTransaction where it has one, else in its transaction.
        fc.boolean(),
        async (publishes, withSyncTransaction) => {
          const clock = new TestClock(TUESDAY_MORNING);
          const { syncTransaction: _, ...withoutSync } = createMemoryStore().tenant("musterstadt");
          const store = withSyncTransaction ? createMemoryStore().tenant("musterstadt") : withoutSync;
          const { adapter, control, faults } = createSandboxNetwork({ clock, store, rateLimit: false });
          const firstRemoteId = new Map<string, string>();
          const pending: Promise<unknown>[] = [];
          for (const { key, text, concurrent, afterAcceptFailure, advanceMs } of publishes) {
            // A failure after the sandbox stored the post: the caller does not learn the id.
            if (afterAcceptFailure) faults.inject({ kind: "server-error", phase: "after-accept", operation: "publish" });
            const call = settle(adapter.publish(publishRequest({ idempotencyKey: key, text }), callContext(clock))).then(({ value }) => {
              if (!value) return;
              const known = firstRemoteId.get(key);
              if (known) expect(value.remoteId).toBe(known);
              else firstRemoteId.set(key, value.remoteId);
            });
            if (concurrent) pending.push(call);
            else await call;
            await clock.advanceBy(advanceMs);
          }
          await Promise.all(pending);
          const posts = await store.collection("sandbox-posts").list();
          const keys = posts.map((post) => post.idempotencyKey);
          expect(keys.length).toBe(new Set(keys).size);
          expect(new Set(keys)).toEqual(new Set(publishes.filter((p) => p.text.trim() !== "").map((p) => p.key)));
          expect((await control.published()).length).toBe(posts.length);
          for (const post of posts) {
            const id = firstRemoteId.get(post.idempotencyKey);
            if (id) expect(post.id).toBe(id);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
