import { measureText } from "@kommune-sm/core";
import fc from "fast-check";
import { expect } from "vitest";
import type { AdapterCheck, AdapterCheckArea } from "../adapter-check.js";
import { expectNetworkError, preview } from "../expect-network-error.js";
import type { AdapterTestHarness } from "../harness.js";
import { describeLimitText, textsAtLimit, textsOverLimit } from "../text-at-limit.js";
import { citizenText } from "./arbitraries.js";
import { contentWarningChecks } from "./content-warning-checks.js";

/** Texts at a limit, with and without a long URL when the rule weights URLs. */
function limitTexts(harness: AdapterTestHarness, index: number, over: boolean): string[] {
  const rule = harness.capabilities.text;
  const make = over ? textsOverLimit : textsAtLimit;
  const texts = make(rule, index, harness.tag());
  if (rule.urlLength !== undefined) {
    texts.push(...make(rule, index, `${harness.tag()}Mehr unter https://www.musterstadt.example/${"rathaus/".repeat(8)}termine-2027 `).slice(0, 2));
  }
  return texts;
}

async function expectHeld(harness: AdapterTestHarness, remoteId: string, text: string): Promise<void> {
  const posts = await harness.postsOnNetwork();
  if (!posts) return;
  const post = posts.find((candidate) => candidate.remoteId === remoteId);
  expect(post, `the network must hold the post ${remoteId}`).toBeDefined();
  expect(post?.text, "the network must hold the text unchanged").toBe(text);
}

/** Publishing returns a remote id, and the declared text limits hold exactly (with content warnings, where the network shows them). */
export const publishChecks: AdapterCheckArea = {
  area: "publish",
  checks: (capabilities) => [
    {
      name: "publishes a post and returns its remote id; the network holds the text unchanged",
      async run(harness) {
        const { request, result } = await harness.publish();
        await expectHeld(harness, result.remoteId, request.text);
      },
    },
    ...capabilities.text.limits.flatMap((limit, index): AdapterCheck[] => [
      {
        name: `publishes texts exactly at limit ${index + 1} (${limit.max} ${limit.unit}, as measureText counts)`,
        async run(harness) {
          const texts = limitTexts(harness, index, false);
          expect(texts.length, `limit ${index + 1} cannot be reached without breaking another limit; remove it from the counting rule`).toBeGreaterThan(0);
          for (const text of texts) {
            const published = await harness.publish({ text }).catch((error: unknown) => {
              expect.unreachable(`${describeLimitText(text, capabilities.text, index, "refused")} (${preview(error)})`);
            });
            await expectHeld(harness, published!.result.remoteId, text);
          }
        },
      },
      {
        name: `refuses texts one unit over limit ${index + 1} (${limit.max} ${limit.unit}) as rejected-content, and publishes nothing`,
        async run(harness) {
          const texts = limitTexts(harness, index, true);
          expect(texts.length).toBeGreaterThan(0);
          for (const text of texts) {
            const request = harness.publishRequest({ text });
            const before = await harness.postsOnNetwork();
            const attempt = harness.adapter.publish(request, harness.context());
            const accepted = await attempt.then(
              () => true,
              () => false,
            );
            if (accepted) expect.unreachable(describeLimitText(text, capabilities.text, index, "accepted"));
            const error = await expectNetworkError(attempt, "rejected-content", `a text of ${measureText(text, capabilities.text).limits[index]?.used} ${limit.unit}`);
            expect(error.isRetryable).toBe(false);
            await harness.expectNothingPublished(before, request);
          }
        },
      },
    ]),
    {
      name: "publishes any text within the limits (markup, emoji, line breaks) and the network holds it unchanged",
      async run(harness) {
        const tag = harness.tag();
        const within = citizenText.filter((text) => measureText(tag + text, capabilities.text).fits);
        await fc.assert(
          fc.asyncProperty(within, async (text) => {
            const { request, result } = await harness.publish({ text: tag + text });
            await expectHeld(harness, result.remoteId, request.text);
          }),
          { numRuns: harness.numRuns },
        );
      },
    },
    ...contentWarningChecks(capabilities),
  ],
};
