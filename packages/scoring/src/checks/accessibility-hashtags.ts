// The hashtags of a text and whether each needs CamelCase, for the
// accessibility check. Both were Unicode patterns with property classes
// (\p{L}, \p{N}) run for every text with a "#" and every tag, most of the
// check on such a text. A hashtag of Latin-1 characters, the usual German
// one, is read with tables of what those classes say of Latin-1; a text
// with a hashtag that reaches beyond Latin-1 goes to the general patterns.
// The property test in accessibility-hashtags.property.test.ts holds the
// two to the same on any text and any tag.

/** A hashtag in a text: "#", then letters, numbers and "_", not after a letter, a number, "_", "&", "/" or "#". */
export const HASHTAG_IN_TEXT = /(?<![\p{L}\p{N}_&/#])#([\p{L}\p{N}_]+)/gu;

/** A hashtag found in a text: where its "#" is, and the tag after it. */
export interface HashtagInText {
  readonly index: number;
  readonly tag: string;
}

// What [\p{L}\p{N}_], [\p{L}\p{N}_&/#] and \p{N} say of Latin-1.
const TAG_CHARACTER = new Uint8Array(0x100);
const NOT_BEFORE_TAG = new Uint8Array(0x100);
const NUMBER = new Uint8Array(0x100);
for (let code = 0; code < 0x100; code++) {
  const character = String.fromCharCode(code);
  TAG_CHARACTER[code] = /[\p{L}\p{N}_]/u.test(character) ? 1 : 0;
  NOT_BEFORE_TAG[code] = /[\p{L}\p{N}_&/#]/u.test(character) ? 1 : 0;
  NUMBER[code] = /\p{N}/u.test(character) ? 1 : 0;
}
const BEYOND_LATIN1_NOT_BEFORE_TAG = /^[\p{L}\p{N}]$/u;

/** @internal The hashtags of `text` as HASHTAG_IN_TEXT finds them. */
export function hashtagsGenerally(text: string): HashtagInText[] {
  return [...text.matchAll(HASHTAG_IN_TEXT)].map((match) => ({ index: match.index, tag: match[1]! }));
}

/** The hashtags of `text`, in order: read with tables where they are Latin-1, else by HASHTAG_IN_TEXT. */
export function hashtagsIn(text: string): HashtagInText[] {
  return plainHashtagsIn(text) ?? hashtagsGenerally(text);
}

/** Does the code point that ends before `index` stop a hashtag after it, as the look-behind of HASHTAG_IN_TEXT says? */
function stopsHashtag(text: string, index: number): boolean {
  if (index === 0) return false;
  const code = text.charCodeAt(index - 1);
  if (code < 0x100) return NOT_BEFORE_TAG[code] === 1;
  if (code >= 0xdc00 && code <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return BEYOND_LATIN1_NOT_BEFORE_TAG.test(text.slice(index - 2, index));
  }
  return BEYOND_LATIN1_NOT_BEFORE_TAG.test(text[index - 1]!);
}

/** The hashtags of `text` where every tag ends on Latin-1 (by a character that is no tag character); undefined where one may reach beyond. */
function plainHashtagsIn(text: string): HashtagInText[] | undefined {
  const found: HashtagInText[] = [];
  for (let hash = text.indexOf("#"); hash !== -1; hash = text.indexOf("#", hash + 1)) {
    let end = hash + 1;
    for (; end < text.length; end++) {
      const code = text.charCodeAt(end);
      if (code >= 0x100) return undefined;
      if (TAG_CHARACTER[code] === 0) break;
    }
    if (end === hash + 1 || stopsHashtag(text, hash)) continue;
    found.push({ index: hash, tag: text.slice(hash + 1, end) });
  }
  return found;
}

/** @internal {@link needsCamelCase} by its Unicode patterns. */
export function needsCamelCaseGenerally(tag: string): boolean {
  const letters = tag.replace(/\p{N}+$/u, "");
  if (letters.length < 12 || /[\p{N}_]/u.test(letters)) return false;
  return letters === letters.toLowerCase() || letters === letters.toUpperCase();
}

/**
 * A hashtag of several words all in one case ("#stadtfestmusterstadt",
 * "#stadtfest2026") is read as one word; short ones (#Kita, #kita) are
 * fine. A tag of Latin-1 characters is read with the tables.
 */
export function needsCamelCase(tag: string): boolean {
  let end = tag.length;
  for (let index = 0; index < tag.length; index++) if (tag.charCodeAt(index) >= 0x100) return needsCamelCaseGenerally(tag);
  while (end > 0 && NUMBER[tag.charCodeAt(end - 1)] === 1) end--;
  if (end < 12) return false;
  for (let index = 0; index < end; index++) {
    const code = tag.charCodeAt(index);
    if (NUMBER[code] === 1 || code === 0x5f) return false;
  }
  const letters = end === tag.length ? tag : tag.slice(0, end);
  return letters === letters.toLowerCase() || letters === letters.toUpperCase();
}
