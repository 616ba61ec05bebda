/**
 * The form in which emoji are compared with the lexicons: without the
 * variation selectors U+FE0E and U+FE0F, without skin tones
 * (U+1F3FB–U+1F3FF) and without a gender sign joined by U+200D, so that
 * "👍🏽" is "👍", "🤦‍♀️" is "🤦" and "❤" is "❤️".
 */
export function emojiKey(emoji: string): string {
  // Most emoji carry none of these: answer them without building a string.
  if (!NEEDS_CLEANING.test(emoji)) return emoji;
  return emoji.replace(GENDER, "").replace(MODIFIERS, "");
}

const NEEDS_CLEANING = /[\uFE0E\uFE0F\u200D]|\uD83C[\uDFFB-\uDFFF]/;
const GENDER = /\u200D[\u2640\u2642]\uFE0F?/g;
const MODIFIERS = /[\uFE0E\uFE0F]|\uD83C[\uDFFB-\uDFFF]/g;
