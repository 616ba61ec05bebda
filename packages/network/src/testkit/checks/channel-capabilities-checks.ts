import { expect } from "vitest";
import type { ChannelCapabilitiesV1 } from "../../spec/capabilities-v1.js";
import { checkChannelCapabilities } from "../../spec/adapter-result-schemas.js";
import { NetworkError } from "../../spec/network-error.js";
import type { AdapterCallContextV1 } from "../../spec/requests-v1.js";
import type { AdapterCheck, AdapterFeatures } from "../adapter-check.js";
import { expectNetworkError } from "../expect-network-error.js";
import type { AdapterTestHarness } from "../harness.js";
import { textsAtLimit, textsOverLimit } from "../text-at-limit.js";

/** How long an aborted call may take to settle: the engine has stopped waiting, and a call that goes on holds a connection. */
const SETTLE_AFTER_ABORT_MS = 5_000;

/** `capabilitiesFor` of the adapter behind the harness's guard (which searches its answers and errors for credentials). */
function askFor(harness: AdapterTestHarness, context: AdapterCallContextV1 = harness.context()): Promise<ChannelCapabilitiesV1> {
  const ask = harness.adapter.capabilitiesFor;
  if (typeof ask !== "function") throw new Error("The adapter lost capabilitiesFor between collecting and running the checks.");
  return ask.call(harness.adapter, { channel: harness.channel }, context);
}

/** `promise`, or a rejection with a plain Error (not a NetworkError, so the check fails) when it has not settled within `ms`. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not settle within ${ms} ms after its signal aborted`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** The spec's check of an answer, as a failure that names each wrong field. */
function expectWellFormed(adapterId: string, answer: unknown): ChannelCapabilitiesV1 {
  try {
    return checkChannelCapabilities(adapterId, answer);
  } catch (error) {
    return expect.unreachable(`capabilitiesFor answered what the engine refuses: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * The checks of an adapter that answers per account (`capabilitiesFor`):
 * the answer is a `ChannelCapabilitiesV1` that `checkChannelCapabilities`
 * accepts and holds no credential, the call honours the abort signal, and
 * the network takes what the answer's text rule allows, and no more.
 */
export function channelCapabilitiesChecks(adapter: AdapterFeatures | undefined): AdapterCheck[] {
  if (typeof adapter?.capabilitiesFor !== "function") return [];
  return [
    {
      name: "capabilitiesFor answers for the test account with what checkChannelCapabilities accepts (ChannelCapabilitiesV1), without a credential in it",
      async run(harness) {
        // The guard fails the check on a credential in the answer or the error, and on a rejection that is not a NetworkError.
        const answer = await askFor(harness);
        expectWellFormed(harness.adapter.id, answer);
      },
    },
    {
      name: "capabilitiesFor honours the abort signal: aborted before the call, it rejects with a retryable NetworkError; aborted during the call, it settles at once",
      async run(harness) {
        const before = new AbortController();
        before.abort(new Error("the engine gave up on the call"));
        await expectNetworkError(
          within(askFor(harness, { ...harness.context(), signal: before.signal }), SETTLE_AFTER_ABORT_MS, "capabilitiesFor"),
          "retryable",
          "capabilitiesFor with a signal aborted before the call",
        );
        const during = new AbortController();
        const pending = askFor(harness, { ...harness.context(), signal: during.signal });
        during.abort(new Error("the engine gave up on the call"));
        // Answering anyway is harmless (the engine no longer waits); hanging on, or failing with anything but a NetworkError, is not.
        await within(
          pending.catch((error: unknown) => {
            if (!NetworkError.isNetworkError(error)) throw error;
          }),
          SETTLE_AFTER_ABORT_MS,
          "capabilitiesFor",
        );
      },
    },
    {
      name: "the network takes texts exactly at each limit of the text rule capabilitiesFor answers for the account, and refuses one unit more as rejected-content",
      async run(harness) {
        const { text: rule } = expectWellFormed(harness.adapter.id, await askFor(harness));
        // Without a rule of its own the account keeps the adapter's, which the publish area checks.
        if (!rule) return;
        for (const [index, limit] of rule.limits.entries()) {
          const atLimit = textsAtLimit(rule, index, harness.tag());
          expect(atLimit.length, `limit ${index + 1} of the account's rule cannot be reached without breaking another`).toBeGreaterThan(0);
          for (const text of atLimit) await harness.publish({ text });
          for (const text of textsOverLimit(rule, index, harness.tag())) {
            const request = harness.publishRequest({ text });
            const before = await harness.postsOnNetwork();
            await expectNetworkError(harness.adapter.publish(request, harness.context()), "rejected-content", `a text one unit over the account's limit ${index + 1} (${limit.max} ${limit.unit})`);
            await harness.expectNothingPublished(before, request);
          }
        }
      },
    },
  ];
}
