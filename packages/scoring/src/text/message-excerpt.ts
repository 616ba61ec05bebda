/** How many UTF-16 code units of a text a finding's message quotes at most. */
export const MESSAGE_EXCERPT_LENGTH = 120;

/**
 * `text` as a message quotes it: whole when short, else its first
 * `max` code units cut at a character boundary (never half an emoji) and
 * "…". A finding's message is shown in lists, and its schema takes at most
 * 2,000 characters: a 3,000-letter "word" of a hostile post must not make
 * the check fail.
 *
 * @example
 * ```ts
 * excerpt("Donaudampfschifffahrtsgesellschaft", 10); // "Donaudampf…"
 * ```
 */
export function excerpt(text: string, max = MESSAGE_EXCERPT_LENGTH): string {
  if (text.length <= max) return text;
  let end = max;
  const last = text.charCodeAt(end - 1);
  // Never end on the first half of a surrogate pair.
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}
