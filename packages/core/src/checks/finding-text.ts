import type { FindingInputLocation, CheckInput } from "./check.js";

/**
 * The text a finding's location points into, `""` for a field that has no
 * text of its own (a media item, a link, the whole post), or undefined when
 * the location names something the input does not have (a variant of a
 * channel the post does not go to, media item 7 of 2, a hashtag of a reply).
 */
export function textAtLocation(input: CheckInput, location: FindingInputLocation): string | undefined {
  const { field, channelId, index } = location;
  if (input.target !== "post") {
    if (channelId !== undefined || index !== undefined) return undefined;
    if (field === "post") return "";
    if (field !== "text") return undefined;
    return input.target === "reply" ? input.text : input.interaction.text;
  }
  const post = input.post;
  const variant = channelId === undefined ? undefined : post.variants.find((v) => v.channelId === channelId);
  if (channelId !== undefined && !variant) return undefined;
  switch (field) {
    case "post":
      return index === undefined ? "" : undefined;
    case "text":
      return index === undefined ? (variant?.text ?? post.text) : undefined;
    case "contentWarning":
      return index === undefined ? (variant?.contentWarning ?? post.contentWarning ?? "") : undefined;
    case "altText": {
      const media = variant?.media ?? post.media;
      const item = index === undefined ? undefined : media[index];
      return item ? (item.altText ?? "") : undefined;
    }
    case "media": {
      const media = variant?.media ?? post.media;
      return index !== undefined && index < media.length ? "" : undefined;
    }
    case "hashtag":
      return channelId === undefined && index !== undefined && index < post.hashtags.length ? post.hashtags[index] : undefined;
    case "link":
      return channelId === undefined && index !== undefined && index < post.links.length ? "" : undefined;
    default:
      return undefined;
  }
}

/**
 * The grapheme range of a UTF-16 range of `text`, given the offsets at which
 * its clusters start (`graphemeStarts`): a range that begins or ends inside
 * a cluster (between the halves of an emoji) is widened to the whole
 * cluster, so that a UI never highlights half a character.
 */
export function graphemeRange(starts: readonly number[], textLength: number, start: number, end: number): { graphemeStart: number; graphemeEnd: number } {
  const graphemeStart = start >= textLength ? starts.length : countAtMost(starts, start) - 1;
  const graphemeEnd = countBelow(starts, end);
  return { graphemeStart, graphemeEnd: Math.max(graphemeStart, graphemeEnd) };
}

/** How many of the sorted `values` are ≤ `limit`. */
function countAtMost(values: readonly number[], limit: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle]! <= limit) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** How many of the sorted `values` are < `limit`. */
function countBelow(values: readonly number[], limit: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle]! < limit) low = middle + 1;
    else high = middle;
  }
  return low;
}
