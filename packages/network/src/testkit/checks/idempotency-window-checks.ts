import { expect } from "vitest";
import type { NetworkCapabilitiesV1 } from "../../spec/capabilities-v1.js";
import type { AdapterCheck } from "../adapter-check.js";

/**
 * How long before the end of the window the kit repeats: the engine sends
 * again only when the repeat's call ends inside the window, so the network
 * must still know the key then; a second (or a tenth of a short window)
 * leaves room for the call itself.
 */
const marginOf = (windowMs: number) => Math.min(1_000, Math.floor(windowMs / 10));

/**
 * For a `"native"` network that keeps keys only for a while
 * (`idempotencyWindowMs`): a repeat with the same key inside the declared
 * window still returns the earlier post, and makes no second one. With a
 * control that moves the network's clock (`advance`), the repeats come
 * halfway through the window and just before its end, measured from the
 * start of the first publish, as the engine measures it; without, at once.
 * A network that forgets keys sooner than declared would make a second post
 * where the engine trusts the key.
 */
export function idempotencyWindowChecks(capabilities: NetworkCapabilitiesV1): AdapterCheck[] {
  const windowMs = capabilities.idempotencyWindowMs;
  if (capabilities.idempotency !== "native" || windowMs === undefined) return [];
  return [
    {
      name: `a repeat with the same idempotency key inside the declared window (idempotencyWindowMs ${windowMs} ms; with control.advance, halfway and just before its end) returns the same remoteId and makes no second post`,
      async run(harness) {
        const request = harness.publishRequest();
        const startedAt = harness.now();
        const first = await harness.adapter.publish(request, harness.context());
        const control = harness.control;
        const instants = control?.advance ? [startedAt + Math.floor(windowMs / 2), startedAt + windowMs - marginOf(windowMs)] : [startedAt];
        for (const instant of instants) {
          const wait = instant - harness.now();
          if (wait > 0) await control?.advance?.(wait);
          const repeat = await harness.adapter.publish(request, harness.context());
          expect(repeat.remoteId, `the repeat ${harness.now() - startedAt} ms after the first publish (the window is ${windowMs} ms)`).toBe(first.remoteId);
        }
        const held = (await harness.postsOnNetwork())?.filter((post) => post.text === request.text).length;
        if (held !== undefined) expect(held, "posts on the network").toBe(1);
      },
    },
  ];
}
