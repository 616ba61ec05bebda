import type { MediaKind } from "@kommune-sm/core";
import type { MediaCapabilitiesV1 } from "../spec/capabilities-v1.js";
import { allowedKinds, mediaProblem, type MediaProblem } from "./media-problem.js";

/** What {@link findMediaProblems} reads of a medium. */
export interface MediaItemFacts {
  /** Id of the medium. */
  readonly id: string;
  /** Its declared kind. */
  readonly kind: MediaKind;
  /** Its alternative text, if any. */
  readonly altText?: string;
  /** True for a purely decorative image, which needs no alternative text. */
  readonly decorative?: boolean;
  /** Its size in bytes, best from the media store; undefined when not known (then not checked). */
  readonly sizeBytes?: number;
}

/**
 * Every way a post's media break a channel's media capabilities, in the
 * order of the media: more items than `maxItems`, a kind not in `kinds`, a
 * file above `maxBytes` of its kind, alt text missing where `"required"`,
 * longer than `altTextMaxLength` (counted in Unicode code points) or given
 * where `"unsupported"` (a warning), and kinds mixed where `mixedKinds` is
 * false. Pure: the sizes are given.
 *
 * @example
 * ```ts
 * findMediaProblems([{ id: "foto-1", kind: "image", sizeBytes: 12_400_000, altText: "Rathaus" }], adapter.capabilities.media);
 * ```
 */
export function findMediaProblems(items: readonly MediaItemFacts[], capabilities: MediaCapabilitiesV1): MediaProblem[] {
  const problems: MediaProblem[] = [];
  // Mixing is judged against the first medium of a kind the channel takes.
  const firstIndex = items.findIndex((item) => capabilities.kinds.includes(item.kind));
  const first = items[firstIndex];
  items.forEach((item, index) => {
    if (index === capabilities.maxItems && capabilities.kinds.length > 0) {
      problems.push(mediaProblem(index, item.id, "too-many", { count: items.length, max: capabilities.maxItems }));
    }
    const taken = capabilities.kinds.includes(item.kind);
    if (!taken) problems.push(mediaProblem(index, item.id, "kind-not-taken", { kind: item.kind, allowed: allowedKinds(capabilities.kinds) }));
    const maxBytes = capabilities.maxBytes?.[item.kind];
    if (maxBytes !== undefined && item.sizeBytes !== undefined && item.sizeBytes > maxBytes) {
      problems.push(mediaProblem(index, item.id, "too-large", { kind: item.kind, sizeBytes: item.sizeBytes, maxBytes }));
    }
    const altText = item.altText?.trim() ?? "";
    if (capabilities.altText === "required" && !item.decorative && altText === "") problems.push(mediaProblem(index, item.id, "alt-text-missing"));
    if (capabilities.altText === "unsupported" && altText !== "") problems.push(mediaProblem(index, item.id, "alt-text-unsupported", {}, "warning"));
    if (capabilities.altText !== "unsupported" && capabilities.altTextMaxLength !== undefined && item.altText !== undefined) {
      const length = [...item.altText].length;
      if (length > capabilities.altTextMaxLength) problems.push(mediaProblem(index, item.id, "alt-text-too-long", { length, max: capabilities.altTextMaxLength }));
    }
    // A kind the channel does not take at all is reported once, as such.
    if (capabilities.mixedKinds === false && first !== undefined && taken && item.kind !== first.kind) {
      problems.push(mediaProblem(index, item.id, "mixed-kinds", { kind: item.kind, firstNumber: firstIndex + 1, firstKind: first.kind }));
    }
  });
  return problems;
}
