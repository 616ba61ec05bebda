import { measurePostText } from "@kommune-sm/core";
import { expect } from "vitest";
import type { NetworkCapabilitiesV1 } from "../../spec/capabilities-v1.js";
import type { AdapterCheck } from "../adapter-check.js";
import { expectNetworkError } from "../expect-network-error.js";
import type { AdapterTestHarness } from "../harness.js";
import { postTextsAtLimit, postTextsOverLimit } from "../text-at-limit.js";

/** A warning as a town hall writes one: umlauts, a dash, an emoji; and markup, which must arrive as written, not escaped. */
const WARNING = "⚠️ Unfall auf der B 27 – <Verletzte>";

/**
 * The warnings the limit checks publish with, longest first. Where the rule
 * shortens links, one warning carries a link: the network counts a link in
 * the warning as written (only the text's links are shortened), and a
 * network that shortened it too would take a post one unit over the limit.
 */
function warningsFor(capabilities: NetworkCapabilitiesV1): string[] {
  const warnings = [WARNING, "Unfall", "!"];
  if (capabilities.text.urlLength !== undefined) warnings.unshift(`Unfall, Details: https://www.musterstadt.example/${"verkehr/".repeat(4)}b27`);
  return warnings;
}

/** Pairs of warning and text at limit `index` (or one unit over), with and without a link in the text. */
function postsAtLimit(harness: AdapterTestHarness, index: number, over: boolean): { readonly contentWarning: string; readonly text: string }[] {
  const rule = harness.capabilities.text;
  const make = over ? postTextsOverLimit : postTextsAtLimit;
  const posts: { contentWarning: string; text: string }[] = [];
  for (const contentWarning of warningsFor(harness.capabilities)) {
    const texts = make(rule, index, contentWarning, harness.tag());
    if (texts.length === 0) continue;
    // The first warning that leaves room is enough for every building block; a link in the text as well, for two of them.
    posts.push(...texts.map((text) => ({ contentWarning, text })));
    if (rule.urlLength !== undefined) {
      const linked = make(rule, index, contentWarning, `${harness.tag()}Mehr unter https://www.musterstadt.example/${"rathaus/".repeat(8)}termine-2027 `).slice(0, 2);
      posts.push(...linked.map((text) => ({ contentWarning, text })));
    }
    break;
  }
  return posts;
}

/** What the network holds of a post: the text unchanged, and the warning as sent (none where none was sent). */
async function expectHeldWithWarning(harness: AdapterTestHarness, remoteId: string, text: string, contentWarning: string | undefined): Promise<void> {
  const posts = await harness.postsOnNetwork();
  if (!posts) return;
  const post = posts.find((candidate) => candidate.remoteId === remoteId);
  expect(post, `the network must hold the post ${remoteId}`).toBeDefined();
  expect(post?.text, "the network must hold the text unchanged (the warning is never folded into it)").toBe(text);
  if (contentWarning === undefined) {
    expect(post?.contentWarning ?? "", "a post sent without a content warning must have none on the network").toBe("");
  } else {
    expect(
      post?.contentWarning,
      "the network must hold the content warning as sent (its control's published() reports it as NetworkPostRecord.contentWarning)",
    ).toBe(contentWarning);
  }
}

/**
 * The checks of a network that shows content warnings (`contentWarnings:
 * true`): the warning reaches the network as sent, in its own field, and
 * text and warning together are held to the counting rule as
 * `measurePostText` counts them (both together where the rule says
 * `contentWarningCounts`, else the text alone).
 */
export function contentWarningChecks(capabilities: NetworkCapabilitiesV1): AdapterCheck[] {
  if (capabilities.contentWarnings !== true) return [];
  const counts = capabilities.text.contentWarningCounts === true;
  // What is measured against the limit, as the rule says.
  const measured = counts ? "a content warning that, together with the text," : "a content warning (which the rule does not count) whose text alone";
  return [
    {
      name: "publishes a post with a content warning; the network holds the warning as sent, in its own field, the text unchanged, and no warning on a post sent without one",
      async run(harness) {
        const text = `${harness.tag()}Die B 27 ist zwischen Nord und Süd gesperrt.`;
        const { result } = await harness.publish({ text, contentWarning: WARNING });
        await expectHeldWithWarning(harness, result.remoteId, text, WARNING);
        const plain = await harness.publish();
        await expectHeldWithWarning(harness, plain.result.remoteId, plain.request.text, undefined);
      },
    },
    ...capabilities.text.limits.flatMap((limit, index): AdapterCheck[] => [
      {
        name: `publishes posts with ${measured} uses limit ${index + 1} exactly (${limit.max} ${limit.unit}, as measurePostText counts), with the warning held as sent`,
        async run(harness) {
          const posts = postsAtLimit(harness, index, false);
          expect(posts.length, `limit ${index + 1} cannot be reached with a content warning without breaking another limit`).toBeGreaterThan(0);
          for (const { contentWarning, text } of posts) {
            const { result } = await harness.publish({ text, contentWarning });
            await expectHeldWithWarning(harness, result.remoteId, text, contentWarning);
          }
        },
      },
      {
        name: `refuses posts with ${measured} goes one unit over limit ${index + 1} (${limit.max} ${limit.unit}) as rejected-content, and publishes nothing`,
        async run(harness) {
          const posts = postsAtLimit(harness, index, true);
          expect(posts.length).toBeGreaterThan(0);
          for (const { contentWarning, text } of posts) {
            const request = harness.publishRequest({ text, contentWarning });
            const before = await harness.postsOnNetwork();
            const used = measurePostText(text, contentWarning, capabilities.text).limits[index]?.used;
            const error = await expectNetworkError(harness.adapter.publish(request, harness.context()), "rejected-content", `a post of ${used} ${limit.unit} with its content warning`);
            expect(error.isRetryable).toBe(false);
            await harness.expectNothingPublished(before, request);
          }
        },
      },
    ]),
  ];
}
