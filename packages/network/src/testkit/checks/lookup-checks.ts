import fc from "fast-check";
import { expect } from "vitest";
import type { AdapterCheck, AdapterCheckArea } from "../adapter-check.js";
import type { LookupResultV1 } from "../../spec/requests-v1.js";
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
    // With native idempotency the engine sends again with the same key inside
    // the window and needs lookup only past it: a network that cannot look a
    // post up may answer "unknown" (the delivery then waits for a person).
    // With "lookup" idempotency the engine has nothing else: it must find.
    const mayNotKnow = capabilities.idempotency === "native";
    const expectFoundOrUnknown = (found: LookupResultV1, remoteId: string, url: string | undefined, what: string) => {
      if (mayNotKnow && found.status === "unknown") {
        expect(found.reason.length, `${what}: an unknown outcome says why`).toBeGreaterThan(0);
        return;
      }
      expect(found, mayNotKnow ? `${what}: "found" with the post's remoteId, or "unknown" (never "not-found": the engine would send it again)` : what).toMatchObject({ status: "found", remoteId });
      if (found.status === "found" && found.url !== undefined && url !== undefined) expect(found.url).toBe(url);
    };
    return [
      {
        name: mayNotKnow
          ? 'after a publish, lookup by idempotency key finds it with the same remoteId, or answers "unknown" with a reason (idempotency "native"); never "not-found"'
          : "after a publish, lookup by idempotency key finds it with the same remoteId",
        async run(harness) {
          const { request, result } = await harness.publish();
          expectFoundOrUnknown(await harness.lookup(request), result.remoteId, result.url, "lookup of a published post");
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
        name: "among several published posts, each key finds its own post (or is unknown, where allowed) and fresh keys find none",
        async run(harness) {
          await fc.assert(
            fc.asyncProperty(fc.integer({ min: 1, max: 4 }), async (count) => {
              const published = [];
              for (let index = 0; index < count; index++) published.push(await harness.publish());
              for (const { request, result } of published) expectFoundOrUnknown(await harness.lookup(request), result.remoteId, undefined, "lookup among several posts");
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
