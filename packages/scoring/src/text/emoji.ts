/** Where an emoji is in a text: UTF-16 offsets, end exclusive. */
export interface FoundEmoji {
  readonly start: number;
  readonly end: number;
}

// One emoji as people see it: a pictograph with its variation selector, skin
// tone and ZWJ-joined parts (👩🏽‍🚒), a keycap (1️⃣), or a flag of two regional
// indicators. ©, ® and ™ are pictographs to Unicode but letters to a reader.
const EMOJI =
  /(?:[#*0-9]\uFE0F?\u20E3|\p{Regional_Indicator}{2}|(?![\u00A9\u00AE\u2122])\p{Extended_Pictographic}[\uFE0E\uFE0F]?\p{Emoji_Modifier}?(?:\u200D\p{Extended_Pictographic}[\uFE0E\uFE0F]?\p{Emoji_Modifier}?)*)/gu;

// Most texts have no character outside Latin-1 and general punctuation: no emoji to look for.
const MAYBE_EMOJI = /[\u2190-\u2BFF\u3030\u303D\u3297\u3299\u20E3\uD83C-\uD83E]/;

/** The emoji of `text`, in order; a plain text is answered without running the pattern. */
export function findEmoji(text: string): FoundEmoji[] {
  if (!MAYBE_EMOJI.test(text)) return [];
  const found: FoundEmoji[] = [];
  for (const match of text.matchAll(EMOJI)) found.push({ start: match.index, end: match.index + match[0].length });
  return found;
}
