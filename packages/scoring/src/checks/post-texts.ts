import type { FindingInputLocation, PostCheckInput } from "@kommune-sm/core";

/** One text of a post that a check reads, and where a finding in it is located. */
export interface PostText {
  /** The text. */
  readonly text: string;
  /** Its place: the post's text or content warning, or a variant's (with `channelId`). */
  readonly location: FindingInputLocation;
}

/**
 * The texts of a post as readers see them: the post's text and content
 * warning, and each variant's own text and warning where a variant has one
 * (a variant without its own text shows the post's, which is read once).
 */
export function postTexts(post: PostCheckInput["post"], options: { readonly contentWarnings?: boolean } = {}): PostText[] {
  const texts: PostText[] = [{ text: post.text, location: { field: "text" } }];
  if (options.contentWarnings !== false && post.contentWarning) texts.push({ text: post.contentWarning, location: { field: "contentWarning" } });
  for (const variant of post.variants) {
    if (variant.text !== undefined && variant.text !== post.text) texts.push({ text: variant.text, location: { field: "text", channelId: variant.channelId } });
    if (options.contentWarnings !== false && variant.contentWarning && variant.contentWarning !== post.contentWarning) {
      texts.push({ text: variant.contentWarning, location: { field: "contentWarning", channelId: variant.channelId } });
    }
  }
  return texts;
}

/**
 * `location` narrowed to the range `start`–`end` of its text. Made as one
 * object literal with all its keys, not spread and then added to: on Node 20
 * a spread copy with keys added made each finding's place cost more than
 * finding it.
 */
export function at(location: FindingInputLocation, start: number, end: number): FindingInputLocation {
  const { field, channelId, index } = location;
  if (index === undefined) return channelId === undefined ? { field, start, end } : { field, channelId, start, end };
  return channelId === undefined ? { field, index, start, end } : { field, channelId, index, start, end };
}
