import { expect } from "vitest";
import type { AdapterCheckArea } from "../adapter-check.js";
import type { InjectedFailureKind } from "../adapter-test-control.js";
import { expectNetworkError } from "../expect-network-error.js";
import { supportedCalls } from "./operation-calls.js";

const retryAfterMs = 7000;

const expected: Record<InjectedFailureKind, { readonly retryable: boolean; readonly says: string }> = {
  retryable: { retryable: true, says: "a passing failure (5xx, reset)" },
  "rate-limited": { retryable: true, says: `429 with Retry-After ${retryAfterMs / 1000} s` },
  authentication: { retryable: false, says: "401, token expired or revoked" },
};

/**
 * Each failure the network answers with comes out of every operation as a
 * `NetworkError` of the right kind, once (no retries inside the adapter), and
 * without the token; the next call works again.
 */
export const errorChecks: AdapterCheckArea = {
  area: "errors",
  checks: (capabilities) =>
    supportedCalls(capabilities).flatMap(({ operation, prepare, answersOffline }) =>
      (Object.keys(expected) as InjectedFailureKind[]).map((kind) => ({
        name: `${operation}: ${expected[kind].says} → NetworkError "${kind}", isRetryable ${expected[kind].retryable}, no token in it; the next call works`,
        async run(harness) {
          const control = harness.requireControl("errors");
          const call = await prepare(harness);
          const before = operation === "publish" ? await harness.postsOnNetwork() : undefined;
          if (answersOffline) {
            // A lookup that answers without asking the network has no failure to pass on.
            const offline = await call().then(answersOffline, () => false);
            if (offline) return;
          }
          await control.failNext(operation, kind, kind === "rate-limited" ? { retryAfterMs } : {});
          const error = await expectNetworkError(call(), kind, `${operation} after an injected ${kind} failure`);
          expect(error.isRetryable, "isRetryable").toBe(expected[kind].retryable);
          if (kind === "rate-limited") {
            expect(error.retryAfterMs, "retryAfterMs from Retry-After").toBeTypeOf("number");
            expect(Math.abs((error.retryAfterMs ?? 0) - retryAfterMs), `retryAfterMs ${error.retryAfterMs} for Retry-After of ${retryAfterMs} ms`).toBeLessThanOrEqual(1000);
          }
          if (before) {
            const known = new Set(before.map((post) => post.remoteId));
            expect((await harness.requireControl("errors").published()).filter((post) => !known.has(post.remoteId)), "a failed publish must leave nothing on the network").toEqual([]);
          }
          // The failure was one-shot: the adapter keeps no broken state.
          await call();
        },
      })),
    ),
};
