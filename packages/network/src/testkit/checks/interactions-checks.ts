import fc from "fast-check";
import { expect } from "vitest";
import type { InteractionV1 } from "../../spec/requests-v1.js";
import type { AdapterCheckArea } from "../adapter-check.js";
import { expectNetworkError } from "../expect-network-error.js";
import { expectInstant, expectLink, type AdapterTestHarness } from "../harness.js";
import { citizenText, trickyTexts } from "./arbitraries.js";
import { fetchesInteractions, interactionKindFor, receiveOnNewPost, requireReceiver } from "./operation-calls.js";

/**
 * Fetches every page after `cursor` with pages of at most `limit`, and checks
 * that no page is larger than asked and no interaction comes twice. Returns
 * what came and where to go on from (the last cursor the adapter gave).
 */
async function drain(harness: AdapterTestHarness, cursor: string | undefined, limit: number): Promise<{ interactions: InteractionV1[]; cursor: string | undefined }> {
  const seen = new Set<string>();
  const interactions: InteractionV1[] = [];
  let position = cursor;
  for (let page = 0; page < 200; page++) {
    const result = await harness.adapter.fetchInteractions({ channel: harness.channel, limit, ...(position === undefined ? {} : { cursor: position }) }, harness.context());
    expect(result.interactions.length, `page ${page} is larger than the limit of ${limit}`).toBeLessThanOrEqual(limit);
    for (const interaction of result.interactions) {
      expect(seen.has(interaction.remoteId), `interaction ${interaction.remoteId} came twice while paging`).toBe(false);
      seen.add(interaction.remoteId);
      interactions.push(interaction);
    }
    if (result.interactions.length > 0) {
      // Without a cursor after a non-empty page, the next fetch could only start over and repeat it.
      expect(result.nextCursor, "a non-empty page must say where to go on (nextCursor)").toBeTypeOf("string");
    }
    if (result.interactions.length === 0 || result.nextCursor === undefined) return { interactions, cursor: result.nextCursor ?? position };
    position = result.nextCursor;
  }
  throw new Error("fetchInteractions did not run dry within 200 pages");
}

/** Interactions arrive as written, once each, page by page. */
export const interactionsChecks: AdapterCheckArea = {
  area: "interactions",
  checks: (capabilities) =>
    fetchesInteractions(capabilities)
      ? [
          {
            name: "an interaction that arrives is fetched with its text exactly as written (markup, emoji), its author and the post it answers",
            async run(harness) {
              const text = `${trickyTexts[0]} ${trickyTexts[2]} ${trickyTexts[3]}`;
              const { postId, interactionId } = await receiveOnNewPost(harness, "interactions", text);
              const { interactions } = await drain(harness, undefined, 50);
              const fetched = interactions.find((interaction) => interaction.remoteId === interactionId);
              expect(fetched, `interaction ${interactionId} must be fetched`).toBeDefined();
              if (!fetched) return;
              expect(fetched.text).toBe(text);
              expect(fetched.kind).toBe(interactionKindFor(capabilities));
              // As written, or with the server a federated network adds to it (Mastodon: "@anwohnerin@social.example").
              expect(fetched.author.handle, "the author's handle").toMatch(/^@anwohnerin([-.@][a-z0-9.-]+)?$/i);
              if (fetched.kind !== "direct-message") expect(fetched.inReplyToRemoteId).toBe(postId);
              expectInstant(fetched.receivedAt, "receivedAt");
              if (fetched.url !== undefined) expectLink(fetched.url, "url");
            },
          },
          {
            name: "paging from a cursor with any page size returns every new interaction once, oldest first, texts unchanged; later ones follow from the last cursor",
            async run(harness) {
              const receive = requireReceiver(harness, "interactions");
              const { result: post } = await harness.publish();
              const kind = interactionKindFor(capabilities) ?? "comment";
              let { cursor } = await drain(harness, undefined, 50);
              await fc.assert(
                fc.asyncProperty(fc.array(citizenText, { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 4 }), async (texts, limit) => {
                  // Start each run caught up, so that a failed run (and fast-check's shrinking) does not spill into the next.
                  cursor = (await drain(harness, cursor, 50)).cursor;
                  const received: string[] = [];
                  for (const text of texts) {
                    received.push((await receive({ kind, text, ...(kind === "direct-message" ? {} : { inReplyToRemoteId: post.remoteId }), author: { handle: "@buerger" } })).remoteId);
                  }
                  const page = await drain(harness, cursor, limit);
                  expect(page.interactions.map((interaction) => interaction.remoteId)).toEqual(received);
                  expect(page.interactions.map((interaction) => interaction.text)).toEqual(texts);
                  cursor = page.cursor;
                }),
                { numRuns: harness.numRuns },
              );
            },
          },
        ]
      : [
          {
            name: "rejects fetchInteractions as unsupported (no comments, mentions or direct messages)",
            async run(harness) {
              await expectNetworkError(harness.adapter.fetchInteractions({ channel: harness.channel }, harness.context()), "unsupported", "fetchInteractions");
            },
          },
        ],
};
