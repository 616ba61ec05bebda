import { MediaKindSchema, type Media, type MediaKind } from "@kommune-sm/core";
import type { AdapterCheck, AdapterCheckArea } from "../adapter-check.js";
import { expectNetworkError } from "../expect-network-error.js";
import type { AdapterTestHarness } from "../harness.js";

function withoutAltText(media: Media): Media {
  const { altText: _dropped, ...rest } = media;
  return rest;
}

/** Expects a publish with `media` to be refused as rejected-content and to leave nothing behind. */
async function expectRefused(harness: AdapterTestHarness, media: readonly Media[], what: string): Promise<void> {
  const request = harness.publishRequest({ media });
  const before = await harness.postsOnNetwork();
  await expectNetworkError(harness.adapter.publish(request, harness.context()), "rejected-content", what);
  await harness.expectNothingPublished(before, request);
}

/** The media limits the adapter declares hold: what is within them publishes, what is not is refused before anything is posted. */
export const mediaChecks: AdapterCheckArea = {
  area: "media",
  checks: ({ media: declared }) => {
    const checks: AdapterCheck[] = [];
    const { kinds, maxItems, altText, altTextMaxLength, maxBytes, mixedKinds } = declared;
    const first = kinds[0];
    const refusedKinds = MediaKindSchema.options.filter((kind) => !kinds.includes(kind));
    if (refusedKinds.length > 0) {
      checks.push({
        name: `refuses media kinds it does not declare (${refusedKinds.join(", ")}) as rejected-content`,
        async run(harness) {
          for (const kind of refusedKinds) await expectRefused(harness, [harness.media(kind)], `a ${kind}`);
        },
      });
    }
    if (first === undefined) return checks;
    const describedIfPossible = (media: Media) => (altText === "unsupported" ? withoutAltText(media) : media);

    checks.push(
      {
        name: `publishes one item of each declared kind (${kinds.join(", ")})${altText === "unsupported" ? "" : " with alt text"}`,
        async run(harness) {
          for (const kind of kinds) await harness.publish({ media: [describedIfPossible(harness.media(kind))] });
        },
      },
      {
        name: `publishes ${maxItems} item(s), the declared maximum, and refuses ${maxItems + 1} as rejected-content`,
        async run(harness) {
          const items = (count: number) => Array.from({ length: count }, (_, index) => describedIfPossible(harness.media(first, index)));
          await harness.publish({ media: items(maxItems) });
          await expectRefused(harness, items(maxItems + 1), `${maxItems + 1} items`);
        },
      },
    );
    if (altText === "required") {
      checks.push({
        name: "refuses media without alt text as rejected-content (alt text is required)",
        async run(harness) {
          await expectRefused(harness, [withoutAltText(harness.media(first))], "an item without alt text");
        },
      });
    }
    if (altText === "supported") {
      checks.push({
        name: "publishes media with and without alt text (alt text is supported)",
        async run(harness) {
          await harness.publish({ media: [harness.media(first)] });
          await harness.publish({ media: [withoutAltText(harness.media(first))] });
        },
      });
    }
    if (altText !== "unsupported" && altTextMaxLength !== undefined) {
      checks.push({
        name: `publishes alt text of ${altTextMaxLength} characters and refuses ${altTextMaxLength + 1} as rejected-content`,
        async run(harness) {
          await harness.publish({ media: [{ ...harness.media(first), altText: "B".repeat(altTextMaxLength) }] });
          await expectRefused(harness, [{ ...harness.media(first), altText: "B".repeat(altTextMaxLength + 1) }], "alt text over the limit");
        },
      });
    }
    const sized = kinds.filter((kind) => maxBytes?.[kind] !== undefined);
    if (sized.length > 0) {
      checks.push({
        name: `publishes files of the declared maximum size and refuses one byte more as rejected-content (${sized.join(", ")})`,
        async run(harness) {
          for (const kind of sized) {
            const limit = maxBytes?.[kind] ?? 0;
            await harness.publish({ media: [{ ...describedIfPossible(harness.media(kind)), sizeBytes: limit }] });
            await expectRefused(harness, [{ ...describedIfPossible(harness.media(kind)), sizeBytes: limit + 1 }], `a ${kind} of ${limit + 1} bytes`);
          }
        },
      });
    }
    const visual = kinds.filter((kind): kind is MediaKind => kind === "image" || kind === "video");
    if (visual.length === 2 && maxItems >= 2 && mixedKinds !== undefined) {
      checks.push({
        name: mixedKinds ? "publishes images and videos mixed in one post (mixedKinds)" : "refuses images and videos mixed in one post as rejected-content (mixedKinds is false)",
        async run(harness) {
          const mixed = [describedIfPossible(harness.media("image")), describedIfPossible(harness.media("video", 1))];
          if (mixedKinds) await harness.publish({ media: mixed });
          else await expectRefused(harness, mixed, "an image and a video");
        },
      });
    }
    return checks;
  },
};
