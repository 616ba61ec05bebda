import fc from "fast-check";
import { expect } from "vitest";
import type { AdapterCheck, AdapterCheckArea } from "../adapter-check.js";
import type { AdapterTestHarness } from "../harness.js";
import { idempotencyWindowChecks } from "./idempotency-window-checks.js";

/** How many posts with `text` the network holds, or undefined without control. */
async function countOnNetwork(harness: AdapterTestHarness, text: string): Promise<number | undefined> {
  const posts = await harness.postsOnNetwork();
  return posts?.filter((post) => post.text === text).length;
}

/** A repeated publish never makes a second post; different deliveries do. */
export const idempotencyChecks: AdapterCheckArea = {
  area: "idempotency",
  checks: (capabilities) => {
    const checks: AdapterCheck[] = [
      {
        name: "publishing one text under two idempotency keys makes two posts (the key, not the text, decides)",
        async run(harness) {
          const text = `${harness.tag()}Zweimal derselbe Text, zwei Zustellungen`;
          const first = await harness.publish({ text });
          const second = await harness.publish({ text });
          expect(second.result.remoteId).not.toBe(first.result.remoteId);
          const held = await countOnNetwork(harness, text);
          if (held !== undefined) expect(held, "posts with this text on the network").toBe(2);
        },
      },
    ];
    if (capabilities.idempotency === "native") {
      checks.push(
        {
          name: 'publishing twice with one idempotency key makes one post, and the repeat returns the same remoteId (idempotency "native")',
          async run(harness) {
            const request = harness.publishRequest();
            const first = await harness.adapter.publish(request, harness.context());
            const repeat = await harness.adapter.publish(request, harness.context());
            expect(repeat.remoteId, "the repeat's remoteId").toBe(first.remoteId);
            const held = await countOnNetwork(harness, request.text);
            if (held !== undefined) expect(held, "posts on the network").toBe(1);
          },
        },
        {
          name: "any sequence of publishes, keys repeated at random, makes exactly one post per distinct key",
          async run(harness) {
            await fc.assert(
              // Every sequence repeats at least one key (its first, at a random place), so that no run can pass without a repeat.
              fc.asyncProperty(fc.tuple(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 5 }), fc.nat()).map(([picks, at]) => [...picks.slice(0, (at % picks.length) + 1), picks[0]!, ...picks.slice((at % picks.length) + 1)]), async (picks) => {
                const tag = harness.tag();
                const keys = [0, 1, 2, 3].map(() => harness.key("repeat"));
                const before = (await harness.postsOnNetwork())?.length;
                const idByKey = new Map<string, string>();
                for (const pick of picks) {
                  const key = keys[pick] ?? "";
                  const request = harness.publishRequest({ idempotencyKey: key, text: `${tag}Zustellung ${pick}` });
                  const { remoteId } = await harness.adapter.publish(request, harness.context());
                  expect(remoteId, `key ${pick} published again`).toBe(idByKey.get(key) ?? remoteId);
                  idByKey.set(key, remoteId);
                }
                expect(new Set(idByKey.values()).size).toBe(idByKey.size);
                const after = (await harness.postsOnNetwork())?.length;
                if (before !== undefined && after !== undefined) expect(after - before, "new posts on the network").toBe(idByKey.size);
              }),
              { numRuns: harness.numRuns },
            );
          },
        },
      );
    }
    checks.push(...idempotencyWindowChecks(capabilities));
    if (capabilities.idempotency === "lookup") {
      checks.push({
        name: 'after a publish, lookup by its idempotency key finds it with the same remoteId, so the engine never sends it again (idempotency "lookup")',
        async run(harness) {
          const { request, result } = await harness.publish();
          const found = await harness.lookup(request);
          expect(found).toMatchObject({ status: "found", remoteId: result.remoteId });
          const held = await countOnNetwork(harness, request.text);
          if (held !== undefined) expect(held).toBe(1);
        },
      });
    }
    return checks;
  },
};
