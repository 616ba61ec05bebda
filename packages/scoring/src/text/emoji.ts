/** Where an emoji is in a text: UTF-16 offsets, end exclusive. */
export interface FoundEmoji {
  readonly start: number;
  readonly end: number;
}

// One emoji as people see it: a pictograph with its variation selector, skin
// tone and ZWJ-joined parts (👩🏽‍🚒), a keycap (1️⃣), or a flag of two regional
// indicators. ©, ® and ™ are pictographs to Unicode but letters to a reader.
// That is, as a pattern:
//   [#*0-9]\uFE0F?\u20E3 | \p{Regional_Indicator}{2}
//   | (?![\u00A9\u00AE\u2122])\p{Extended_Pictographic}[\uFE0E\uFE0F]?\p{Emoji_Modifier}?(?:\u200D\p{Extended_Pictographic}[\uFE0E\uFE0F]?\p{Emoji_Modifier}?)*
// read by hand below: the pattern took half of the accessibility check's
// reading of a post with emoji (about 1 µs of 9).

// Most texts have no character outside Latin-1 and general punctuation: no emoji to look for.
export const MAYBE_EMOJI = /[\u2190-\u2BFF\u3030\u303D\u3297\u3299\u20E3\uD83C-\uD83E]/;

// Whether a code point is \p{Extended_Pictographic}, kept by code point as it
// is first met (0 not yet asked, 1 yes, 2 no); bounded by Unicode: the Basic
// and the Supplementary Multilingual Plane, where every pictograph is.
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
const BASIC = new Uint8Array(0x10000);
const SUPPLEMENTARY = new Uint8Array(0x10000);

/** Is the code point \p{Extended_Pictographic}? */
export function isPictographic(codePoint: number): boolean {
  // No ASCII character is one.
  if (codePoint < 0x80) return false;
  const table = codePoint < 0x10000 ? BASIC : codePoint < 0x20000 ? SUPPLEMENTARY : undefined;
  if (table === undefined) return PICTOGRAPHIC.test(String.fromCodePoint(codePoint));
  const index = codePoint & 0xffff;
  let known = table[index]!;
  if (known === 0) {
    known = PICTOGRAPHIC.test(String.fromCodePoint(codePoint)) ? 1 : 2;
    table[index] = known;
  }
  return known === 1;
}

/**
 * The code point at `index` (a lone surrogate as itself), or -1 past the end.
 * Decoded from the code units by hand: on Node 24 a `codePointAt` at the
 * last index of a text ending in a lone high surrogate was seen (once, in
 * CI) to answer a supplementary code point, as if it read past the end,
 * and an emoji then ended beyond the text.
 */
export function codePointAt(text: string, index: number): number {
  const length = text.length;
  if (index >= length) return -1;
  const high = text.charCodeAt(index);
  if (high >= 0xd800 && high <= 0xdbff && index + 1 < length) {
    const low = text.charCodeAt(index + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return high;
}

const isRegionalIndicator = (codePoint: number) => codePoint >= 0x1f1e6 && codePoint <= 0x1f1ff;
const isModifier = (codePoint: number) => codePoint >= 0x1f3fb && codePoint <= 0x1f3ff;
const sizeOf = (codePoint: number) => (codePoint > 0xffff ? 2 : 1);

/** After a pictograph that ends before `index`: its variation selector and skin tone, if there. */
function afterPictograph(text: string, index: number): number {
  let at = index;
  const selector = text.charCodeAt(at);
  if (selector === 0xfe0e || selector === 0xfe0f) at++;
  if (isModifier(codePointAt(text, at))) at += 2;
  return at;
}

/** Where the emoji that starts at `index` ends, or -1 when none starts there. */
function emojiEnd(text: string, index: number, codePoint: number): number {
  // A keycap: #, * or a digit, a variation selector perhaps, the enclosing keycap.
  if (codePoint === 0x23 || codePoint === 0x2a || (codePoint >= 0x30 && codePoint <= 0x39)) {
    let at = index + 1;
    if (text.charCodeAt(at) === 0xfe0f) at++;
    return text.charCodeAt(at) === 0x20e3 ? at + 1 : -1;
  }
  return pictographEnd(text, index, codePoint);
}

/** Where the emoji that starts with the code point at `index`, no keycap, ends: a flag, or pictographs joined; -1 when none starts there. */
export function pictographEnd(text: string, index: number, codePoint: number): number {
  // A flag.
  if (isRegionalIndicator(codePoint) && isRegionalIndicator(codePointAt(text, index + 2))) return index + 4;
  if (codePoint === 0xa9 || codePoint === 0xae || codePoint === 0x2122 || !isPictographic(codePoint)) return -1;
  let end = afterPictograph(text, index + sizeOf(codePoint));
  // Parts joined by a zero-width joiner, each a pictograph.
  while (text.charCodeAt(end) === 0x200d) {
    const next = codePointAt(text, end + 1);
    if (next === -1 || !isPictographic(next)) break;
    end = afterPictograph(text, end + 1 + sizeOf(next));
  }
  return end;
}

/** The emoji of `text`, in order; a plain text is answered without reading it. */
export function findEmoji(text: string): FoundEmoji[] {
  if (!MAYBE_EMOJI.test(text)) return [];
  const found: FoundEmoji[] = [];
  const length = text.length;
  for (let index = 0; index < length; ) {
    const code = text.charCodeAt(index);
    // Most characters begin no emoji: told from the code unit, without reading a code point.
    if (code < 0xd800 && code !== 0x23 && code !== 0x2a && (code < 0x30 || code > 0x39) && !isPictographic(code)) {
      index++;
      continue;
    }
    const codePoint = codePointAt(text, index);
    const end = emojiEnd(text, index, codePoint);
    if (end > index) {
      found.push({ start: index, end });
      index = end;
    } else {
      index += sizeOf(codePoint);
    }
  }
  return found;
}
