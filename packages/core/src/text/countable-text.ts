import type { CountingRule } from "./counting-rule.js";

/*
 * URLs: a pragmatic pattern, not a full URL grammar. It takes what networks
 * link in a post written by a person:
 * - scheme http:// or https:// (any case), not glued to a word before it;
 * - a host of dot-separated labels with a last label of at least two
 *   characters (letters of any script, so IDN hosts work), or an IPv4
 *   address, and an optional port;
 * - then anything up to white space or a quotation mark (German „…“ and «…»
 *   around a link are not part of it);
 * - without trailing punctuation that ends the sentence (. , : ; ! ? …) and
 *   without a closing bracket that has no opening one inside the URL, so
 *   "(siehe https://example.de/a_(b))." keeps "(b)" and drops ").".
 * Links without a scheme ("musterstadt.de") are not counted as URLs, matching
 * Mastodon's server, which only shortens URLs with a scheme.
 */
const urlPattern =
  /(?<![\p{L}\p{M}\p{N}_@#$/.-])https?:\/\/(?:(?:[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}-]*[\p{L}\p{M}\p{N}])?\.)+[\p{L}\p{M}]{2,}[\p{L}\p{M}\p{N}-]*|\d{1,3}(?:\.\d{1,3}){3})(?::\d{1,5})?(?:[/?#][^\s"'«»‹›„“”‚‘’<>]*)?/giu;

const trailingPunctuation = /[.,:;!?…]$/u;
const brackets: Readonly<Record<string, string>> = { ")": "(", "]": "[", "}": "{" };

/**
 * @internal What {@link findUrls} keeps of what its pattern took: no
 * punctuation that ends a sentence at the end, no closing bracket without
 * an opening one. For readers that find links their own way and must end
 * them where findUrls does.
 */
export function trimUrl(candidate: string): string {
  let url = candidate;
  for (;;) {
    const last = url.at(-1) ?? "";
    if (trailingPunctuation.test(last)) {
      url = url.slice(0, -1);
      continue;
    }
    const opening = brackets[last];
    if (opening !== undefined && count(url, opening) < count(url, last)) {
      url = url.slice(0, -1);
      continue;
    }
    return url;
  }
}

function count(text: string, character: string): number {
  let found = 0;
  for (let index = text.indexOf(character); index !== -1; index = text.indexOf(character, index + 1)) found++;
  return found;
}

/** A URL found in a text. */
export interface FoundUrl {
  /** The URL as written. */
  readonly url: string;
  /** UTF-16 offset of its first character. */
  readonly start: number;
  /** UTF-16 offset after its last character. */
  readonly end: number;
}

/**
 * Finds the http(s) URLs in `text` with the pragmatic pattern that
 * {@link measureText} uses for a rule's `urlLength`: a scheme, a host with a
 * top-level domain (or an IPv4 address), then anything up to white space or
 * a quotation mark, minus trailing sentence punctuation and unbalanced
 * closing brackets. Links without a scheme are not found.
 *
 * @example
 * ```ts
 * findUrls("Infos: https://musterstadt.de/abfall. Danke!");
 * // [{ url: "https://musterstadt.de/abfall", start: 7, end: 36 }]
 * ```
 */
export function findUrls(text: string): FoundUrl[] {
  const found: FoundUrl[] = [];
  for (const match of text.matchAll(urlPattern)) {
    const url = trimUrl(match[0]);
    found.push({ url, start: match.index, end: match.index + url.length });
  }
  return found;
}

/*
 * Mentions: the pattern of Mastodon's server (Account::MENTION_RE): "@", a
 * username of ASCII letters, digits and "_" (inner "." and "-" allowed), "@",
 * and a domain of word characters with inner "." or "-". Not after "=", "/"
 * or a word character, so e-mail addresses and URL paths are left alone.
 */
const mentionPattern =
  /(?<![=/\p{L}\p{M}\p{N}\p{Pc}])@([a-z0-9_]+(?:[.-]+[a-z0-9_]+)*)@[\p{L}\p{M}\p{N}\p{Pc}]+(?:[.-]+[\p{L}\p{M}\p{N}\p{Pc}]+)*/giu;

/**
 * The text a network measures under `rule`: each URL replaced by `urlLength`
 * placeholder characters ("x", one unit in every unit) and, if the rule says
 * so, each `@user@domain` shortened to `@user`. Without such fields in the
 * rule, `text` comes back unchanged.
 *
 * @example
 * ```ts
 * countableText("Hallo @rathaus@social.musterstadt.de https://musterstadt.de/a/very/long/path", COUNTING_RULES.mastodon);
 * // "Hallo @rathaus xxxxxxxxxxxxxxxxxxxxxxx"
 * ```
 */
export function countableText(text: string, rule: CountingRule): string {
  let countable = text;
  const { urlLength } = rule;
  if (urlLength !== undefined) {
    const placeholder = "x".repeat(urlLength);
    countable = countable.replace(urlPattern, (match) => placeholder + match.slice(trimUrl(match).length));
  }
  if (rule.mentionCountsUsernameOnly === true) {
    countable = countable.replace(mentionPattern, "@$1");
  }
  return countable;
}
