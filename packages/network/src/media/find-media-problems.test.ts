import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { MediaCapabilitiesV1 } from "../spec/capabilities-v1.js";
import { findMediaProblems, type MediaItemFacts } from "./find-media-problems.js";
import { describeMediaProblem } from "./media-problem.js";

const mastodonLike: MediaCapabilitiesV1 = {
  kinds: ["image", "video", "gif"],
  maxItems: 4,
  maxBytes: { image: 16 * 1024 * 1024, video: 99 * 1024 * 1024 },
  altText: "required",
  altTextMaxLength: 1500,
  mixedKinds: false,
};
const photo = (id: string, extra: Partial<MediaItemFacts> = {}): MediaItemFacts => ({ id, kind: "image", altText: "Das Rathaus", sizeBytes: 1_000_000, ...extra });

describe("findMediaProblems", () => {
  it("finds nothing in media that fit", () => {
    expect(findMediaProblems([photo("a"), photo("b")], mastodonLike)).toEqual([]);
    expect(findMediaProblems([], mastodonLike)).toEqual([]);
  });

  it("names the first medium too many, the count and the limit", () => {
    const problems = findMediaProblems(["a", "b", "c", "d", "e", "f"].map((id) => photo(id)), mastodonLike);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ index: 4, mediaId: "e", problem: "too-many", severity: "error", values: { count: 6, max: 4, number: 5 } });
    expect(problems[0]!.message).toBe("The post has 6 media items and the channel takes at most 4; item 5 and those after it are too many.");
    expect(describeMediaProblem(problems[0]!, "de")).toBe("Der Beitrag hat 6 Medien, der Kanal nimmt höchstens 4; ab Medium 5 sind es zu viele.");
  });

  it("names a kind the channel does not take, and what it takes", () => {
    const [problem] = findMediaProblems([photo("a"), { id: "flyer", kind: "document", altText: "Flyer" }], mastodonLike);
    expect(problem).toMatchObject({ index: 1, problem: "kind-not-taken" });
    expect(problem!.message).toBe('Item 2 ("flyer") is a document; the channel takes only images, videos, and GIFs.');
    expect(describeMediaProblem(problem!, "de")).toBe("Medium 2 („flyer“) ist ein Dokument; der Kanal nimmt nur Bilder, Videos und GIFs.");
    const [none] = findMediaProblems([photo("a")], { kinds: [], maxItems: 0, altText: "unsupported" });
    expect(describeMediaProblem(none!, "de")).toBe("Der Kanal nimmt keine Medien; Medium 1 („a“) bitte entfernen.");
    expect(findMediaProblems([photo("a"), photo("b")], { kinds: [], maxItems: 0, altText: "unsupported" }).map((p) => p.problem)).toEqual([
      "kind-not-taken",
      "alt-text-unsupported",
      "kind-not-taken",
      "alt-text-unsupported",
    ]);
  });

  it("names a file above the limit of its kind, with both sizes in words", () => {
    const [problem] = findMediaProblems([photo("a"), photo("gross", { sizeBytes: 17_000_000 })], mastodonLike);
    expect(problem).toMatchObject({ index: 1, problem: "too-large", values: { sizeBytes: 17_000_000, maxBytes: 16 * 1024 * 1024, kind: "image" } });
    expect(problem!.message).toBe('Item 2 ("gross") is 17 MB; at most 16.7 MB is allowed.');
    expect(describeMediaProblem(problem!, "de")).toBe("Medium 2 („gross“) ist 17 MB groß; erlaubt sind höchstens 16,7 MB.");
  });

  it("does not check a size that is not known, nor a kind without a documented limit", () => {
    expect(findMediaProblems([photo("a", { sizeBytes: undefined })], mastodonLike)).toEqual([]);
    expect(findMediaProblems([{ id: "g", kind: "gif", altText: "x", sizeBytes: 10e9 }], mastodonLike)).toEqual([]);
    expect(findMediaProblems([photo("a", { sizeBytes: 16 * 1024 * 1024 })], mastodonLike)).toEqual([]);
  });

  it("wants alt text where required, except for decorative images, and blank text is none", () => {
    const problems = findMediaProblems([photo("a", { altText: undefined }), photo("b", { altText: "  " }), photo("c", { altText: undefined, decorative: true })], mastodonLike);
    expect(problems.map((p) => [p.mediaId, p.problem])).toEqual([
      ["a", "alt-text-missing"],
      ["b", "alt-text-missing"],
    ]);
    expect(describeMediaProblem(problems[0]!, "de")).toBe("Medium 1 („a“) braucht einen Alternativtext; ohne ihn nimmt der Kanal es nicht.");
  });

  it("counts alt text in code points against the limit", () => {
    const capabilities: MediaCapabilitiesV1 = { ...mastodonLike, altTextMaxLength: 5 };
    expect(findMediaProblems([photo("a", { altText: "😀😀😀😀😀" })], capabilities)).toEqual([]);
    const [problem] = findMediaProblems([photo("a", { altText: "Ölfass" })], capabilities);
    expect(problem).toMatchObject({ problem: "alt-text-too-long", values: { length: 6, max: 5 } });
    expect(describeMediaProblem(problem!, "de")).toBe("Der Alternativtext von Medium 1 („a“) hat 6 Zeichen; der Kanal nimmt höchstens 5.");
  });

  it("warns, without stopping the post, that alt text is lost where the network shows none", () => {
    const [problem] = findMediaProblems([photo("a", { altText: "x".repeat(3000) })], { kinds: ["image"], maxItems: 1, altText: "unsupported", altTextMaxLength: 10 });
    expect(problem).toMatchObject({ problem: "alt-text-unsupported", severity: "warning" });
    expect(findMediaProblems([photo("a", { altText: undefined })], { kinds: ["image"], maxItems: 1, altText: "unsupported" })).toEqual([]);
  });

  it("names a medium that mixes kinds where the channel does not allow it, against the first medium the channel takes", () => {
    const problems = findMediaProblems([{ id: "flyer", kind: "document", altText: "x" }, photo("a"), { id: "film", kind: "video", altText: "Film" }, photo("b")], mastodonLike);
    expect(problems.map((p) => [p.index, p.problem])).toEqual([
      [0, "kind-not-taken"],
      [2, "mixed-kinds"],
    ]);
    expect(describeMediaProblem(problems[1]!, "de")).toBe("Der Kanal nimmt keine gemischten Medien: Medium 3 („film“) ist ein Video, Medium 2 aber ein Bild.");
    expect(findMediaProblems([photo("a"), { id: "film", kind: "video", altText: "Film" }], { ...mastodonLike, mixedKinds: true })).toEqual([]);
    expect(findMediaProblems([photo("a"), { id: "film", kind: "video", altText: "Film" }], { ...mastodonLike, mixedKinds: undefined })).toEqual([]);
  });
});

describe("findMediaProblems (properties)", () => {
  const kind = fc.constantFrom("image", "video", "gif", "document" as const);
  const item = fc.record({ id: fc.stringMatching(/^[a-z0-9-]{1,8}$/), kind, sizeBytes: fc.option(fc.nat({ max: 200_000_000 }), { nil: undefined }), altText: fc.option(fc.string({ maxLength: 30 }), { nil: undefined }), decorative: fc.option(fc.boolean(), { nil: undefined }) });
  const capabilities: fc.Arbitrary<MediaCapabilitiesV1> = fc.record({
    kinds: fc.subarray(["image", "video", "gif", "document"] as const),
    maxItems: fc.nat({ max: 6 }),
    maxBytes: fc.option(fc.record({ image: fc.nat({ max: 100_000_000 }), video: fc.nat({ max: 100_000_000 }) }, { requiredKeys: [] }), { nil: undefined }),
    altText: fc.constantFrom("required", "supported", "unsupported" as const),
    altTextMaxLength: fc.option(fc.nat({ max: 40 }), { nil: undefined }),
    mixedKinds: fc.option(fc.boolean(), { nil: undefined }),
  });

  it("reports a too-large error for exactly the media whose known size is above their kind's limit", () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 8 }), capabilities, (items, caps) => {
        const problems = findMediaProblems(items, caps);
        const tooLarge = new Set(problems.filter((p) => p.problem === "too-large").map((p) => p.index));
        items.forEach((medium, index) => {
          const limit = caps.maxBytes?.[medium.kind];
          expect(tooLarge.has(index)).toBe(limit !== undefined && medium.sizeBytes !== undefined && medium.sizeBytes > limit);
        });
      }),
    );
  });

  it("names real media, in order, and words every problem in both languages with no placeholder left", () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 8 }), capabilities, (items, caps) => {
        const problems = findMediaProblems(items, caps);
        for (const [i, problem] of problems.entries()) {
          expect(items[problem.index]?.id).toBe(problem.mediaId);
          if (i > 0) expect(problem.index).toBeGreaterThanOrEqual(problems[i - 1]!.index);
          for (const locale of ["de", "en"] as const) expect(describeMediaProblem(problem, locale)).not.toMatch(/\{\w+\}/);
        }
        const errors = problems.filter((p) => p.severity === "error");
        const fits = items.length <= caps.maxItems && items.every((m) => caps.kinds.includes(m.kind));
        if (!fits) expect(errors.length).toBeGreaterThan(0);
      }),
    );
  });
});
