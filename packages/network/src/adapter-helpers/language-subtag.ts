/**
 * The primary language subtag of a BCP 47 tag, lower-cased (`"de-DE"` →
 * `"de"`, `"gsw-CH"` → `"gsw"`), or undefined when it is no ISO 639 code of
 * two or three letters. What Mastodon (`language`) and Bluesky (`langs`)
 * take; a post's language in kommune-sm is a full tag.
 *
 * @example
 * ```ts
 * primaryLanguageSubtag("de-DE"); // "de"
 * primaryLanguageSubtag("x-klingon"); // undefined
 * ```
 */
export function primaryLanguageSubtag(tag: string): string | undefined {
  const primary = tag.split("-")[0]?.toLowerCase();
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : undefined;
}
