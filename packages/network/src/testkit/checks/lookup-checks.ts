import fc from "fast-check";
import { expect } from "vitest";
import type { AdapterCheck, AdapterCheckArea } from "../adapter-check.js";
import { expectNetworkError } from "../expect-network-error.js";

/**
 * Reconciliation after a crash: a lookup finds what was published and never
 * claims to have found what was not. "not-found" is a promise that sending
 * again makes no duplicate, so it must never be said of a published post.
 */
export const lookupChecks: AdapterCheckArea = {
  area: "lookup",
  checks: (capabilities) => {
    if (capabilities.idempotency === "none") {
      return [
        {
          name: 'answers "unknown" (or rejects as unsupported) for a published post, never "not-found" (idempotency "none")',
          async run(harness) {
            const { request } = await harness.publish();
            const outcome = await harness.lookup(request).then(
              (result) => result,
              async (error: unknown) => {
                await expectNetworkError(Promise.reject(error), "unsupported", "lookup");
                return undefined;
              },
            );
            if (outcome) expect(outcome.status, 'lookup of a published post must not promise "not-found"').not.toBe("not-found");
          },
        },
      ] satisfies AdapterCheck[];
    }
    return [
      {
        name: "after a publish, lookup by idempotency key finds it with the same remoteId",
        async run(harness) {
          const { request, result } = await harness.publish();
          const found = await harness.lookup(request);
          expect(found).toMatchObject({ status: "found", remoteId: result.remoteId });
          if (found.status === "found" && found.url !== undefined && result.url !== undefined) expect(found.url).toBe(result.url);
        },
      },
      {
        name: 'lookup of a key never published answers "not-found" or "unknown", never "found"',
        async run(harness) {
          await harness.publish();
          const never = harness.publishRequest({ text: `${harness.tag()}Dieser Beitrag wurde nie gesendet` });
          const outcome = await harness.lookup(never);
          expect(["not-found", "unknown"]).toContain(outcome.status);
          if (outcome.status === "unknown") expect(outcome.reason.length, "an unknown outcome says why").toBeGreaterThan(0);
        },
      },
      {
        name: "among several published posts, each key finds its own post and fresh keys find none",
        async run(harness) {
          await fc.assert(
            fc.asyncProperty(fc.integer({ min: 1, max: 4 }), async (count) => {
              const published = [];
              for (let index = 0; index < count; index++) published.push(await harness.publish());
              for (const { request, result } of published) expect(await harness.lookup(request)).toMatchObject({ status: "found", remoteId: result.remoteId });
              const fresh = harness.publishRequest();
              expect((await harness.lookup(fresh)).status).not.toBe("found");
            }),
            { numRuns: Math.max(3, Math.ceil(harness.numRuns / 3)) },
          );
        },
      },
    ];
  },
};
