/**
 * Counts the Unicode code points of `text`. A surrogate pair (an emoji, a
 * rare CJK character) is one; a lone surrogate is one as well, as in
 * `[...text].length`, only without building the array.
 *
 * @example
 * ```ts
 * countCodePoints("👍🏽"); // 2 (thumbs up, skin tone); "👍🏽".length is 4
 * ```
 */
export function countCodePoints(text: string): number {
  const length = text.length;
  let count = 0;
  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < length) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) index++;
    }
    count++;
  }
  return count;
}

/**
 * The number of bytes `text` takes in UTF-8, computed without encoding it. A
 * lone surrogate counts as U+FFFD (3 bytes), which is what `TextEncoder` and
 * every JSON body on the wire turn it into.
 *
 * @example
 * ```ts
 * utf8ByteLength("Straße 🚲"); // 12: ß takes 2 bytes, the bicycle 4
 * ```
 */
export function utf8ByteLength(text: string): number {
  const length = text.length;
  let bytes = 0;
  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < length && isLowSurrogate(text.charCodeAt(index + 1))) {
      bytes += 4;
      index++;
    } else bytes += 3;
  }
  return bytes;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
