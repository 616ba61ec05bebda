/*
 * Plain text to the HTML Mastodon stores as a status's `content`, the way
 * its TextFormatter writes it, so that the adapter's HTML-to-text reading is
 * tested against the shapes real instances send.
 */

/** An account the fake knows, so that a mention of it becomes a link (unknown ones stay text). */
export interface KnownAccount {
  /** The account's id. */
  readonly id: string;
  /** The user name, e.g. `"musterstadt"`. */
  readonly username: string;
  /** Its domain; for a local account the instance's domain. */
  readonly domain: string;
  /** `username` for a local account, `username@domain` for a remote one. */
  readonly acct: string;
  /** The profile page, the mention link's target. */
  readonly url: string;
}

/** Options of {@link renderStatusHtml}. */
export interface RenderStatusHtmlOptions {
  /** The instance's domain: hashtag links point there, and `@user` means a local account. */
  readonly domain: string;
  /** Accounts whose mentions become links. */
  readonly knownAccounts?: readonly KnownAccount[];
}

/** What {@link renderStatus} found in the text, as Mastodon lists it beside the content. */
export interface RenderedStatus {
  /** The HTML. */
  readonly html: string;
  /** The known accounts mentioned, each once, in order of first mention. */
  readonly mentions: readonly KnownAccount[];
  /** The hashtags as written (without `#`), each once (compared case-insensitively). */
  readonly tags: readonly string[];
}

const ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes `& < > " '` as Rails' `h` does. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

// Mastodon (twitter-text) ends a URL before white space and characters that cannot stand in one.
const URL_PATTERN = /https?:\/\/[^\s<>"]+/giu;
const TRAILING_PUNCTUATION = /[.,:;!?'*]+$/u;
// A mention starts the text or follows a character that is not a word character or "/".
const MENTION_PATTERN = /(?<![\p{L}\p{N}_/])@([A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?)(?:@([\p{L}\p{N}_.-]*[\p{L}\p{N}_]))?/gu;
// A hashtag starts the text or follows white space, and has at least one letter (Mastodon: "#2027" is no tag).
const HASHTAG_PATTERN = /(?<=^|\s)#([\p{L}\p{N}_]*[\p{L}_][\p{L}\p{N}_]*)/gu;

type Token = { readonly start: number; readonly end: number; readonly html: string };

/** Drops trailing punctuation and an unbalanced closing parenthesis, as twitter-text does. */
function trimUrl(url: string): string {
  let result = url.replace(TRAILING_PUNCTUATION, "");
  while (result.endsWith(")") && (result.match(/\(/g)?.length ?? 0) < (result.match(/\)/g)?.length ?? 0)) result = result.slice(0, -1).replace(TRAILING_PUNCTUATION, "");
  return result;
}

/**
 * A link as Mastodon shortens it: the scheme (and `www.`) hidden, 30
 * characters shown, the rest hidden; the concatenated text is the URL.
 * `rel` gets `me` in profile fields.
 */
export function shortenedLink(url: string, relMe = false): string {
  const prefix = /^https?:\/\/(?:www\.)?/i.exec(url)?.[0] ?? "";
  const rest = url.slice(prefix.length);
  const shown = rest.slice(0, 30);
  const hidden = rest.slice(30);
  const rel = relMe ? "nofollow noopener me" : "nofollow noopener";
  return (
    `<a href="${escapeHtml(url)}" target="_blank" rel="${rel}" translate="no">` +
    `<span class="invisible">${escapeHtml(prefix)}</span>` +
    `<span class="${rest.length > 30 ? "ellipsis" : ""}">${escapeHtml(shown)}</span>` +
    `<span class="invisible">${escapeHtml(hidden)}</span></a>`
  );
}

/** The h-card Mastodon writes for a mention: the link shows `@username`, the domain is left out. */
export function mentionHtml(account: Pick<KnownAccount, "url" | "username">): string {
  return `<span class="h-card" translate="no"><a href="${escapeHtml(account.url)}" class="u-url mention">@<span>${escapeHtml(account.username)}</span></a></span>`;
}

/** The link Mastodon writes for a hashtag. */
export function hashtagHtml(tag: string, domain: string): string {
  return `<a href="https://${escapeHtml(domain)}/tags/${escapeHtml(encodeURIComponent(tag))}" class="mention hashtag" rel="tag">#<span>${escapeHtml(tag)}</span></a>`;
}

function findAccount(known: readonly KnownAccount[], username: string, domain: string | undefined, localDomain: string): KnownAccount | undefined {
  const wantedDomain = (domain ?? localDomain).toLowerCase();
  return known.find((account) => account.username.toLowerCase() === username.toLowerCase() && account.domain.toLowerCase() === wantedDomain);
}

/** One line (no "\n" in it): links, mentions and hashtags as Mastodon writes them, the rest escaped. */
function renderLine(line: string, options: RenderStatusHtmlOptions, mentions: KnownAccount[], tags: string[]): string {
  const tokens: Token[] = [];
  const taken = (start: number, end: number) => tokens.some((token) => start < token.end && end > token.start);
  for (const match of line.matchAll(URL_PATTERN)) {
    const url = trimUrl(match[0]);
    if (/^https?:\/\/$/i.test(url)) continue;
    tokens.push({ start: match.index, end: match.index + url.length, html: shortenedLink(url) });
  }
  for (const match of line.matchAll(MENTION_PATTERN)) {
    const end = match.index + match[0].length;
    if (taken(match.index, end)) continue;
    const account = findAccount(options.knownAccounts ?? [], match[1] ?? "", match[2], options.domain);
    if (account === undefined) continue;
    if (!mentions.includes(account)) mentions.push(account);
    tokens.push({ start: match.index, end, html: mentionHtml(account) });
  }
  for (const match of line.matchAll(HASHTAG_PATTERN)) {
    const end = match.index + match[0].length;
    if (taken(match.index, end)) continue;
    const tag = match[1] ?? "";
    if (!tags.some((known) => known.toLowerCase() === tag.toLowerCase())) tags.push(tag);
    tokens.push({ start: match.index, end, html: hashtagHtml(tag, options.domain) });
  }
  tokens.sort((a, b) => a.start - b.start);
  let html = "";
  let at = 0;
  for (const token of tokens) {
    html += escapeHtml(line.slice(at, token.start)) + token.html;
    at = token.end;
  }
  return html + escapeHtml(line.slice(at));
}

/**
 * A status's text as Mastodon's TextFormatter renders it: every character
 * of the text escaped (`& < > " '`), paragraphs split on exactly `"\n\n"`
 * (`<p>…</p>`), each remaining `"\n"` as `<br />`, http(s) URLs as
 * shortened links, `#hashtags` as tag links, and mentions of known accounts
 * as h-cards (unknown ones stay text). No other white space is changed. The
 * empty text gives `""`. {@link renderStatus} also says what it linked.
 *
 * @example
 * ```ts
 * renderStatusHtml("Stadtfest #Musterstadt\nab 10 Uhr", { domain: "social.example" });
 * // '<p>Stadtfest <a href="https://social.example/tags/Musterstadt" class="mention hashtag" rel="tag">#<span>Musterstadt</span></a><br />ab 10 Uhr</p>'
 * ```
 */
export function renderStatusHtml(text: string, options: RenderStatusHtmlOptions): string {
  return renderStatus(text, options).html;
}

/** {@link renderStatusHtml}, with the accounts it mentioned and the hashtags it linked (Mastodon's `mentions` and `tags`). */
export function renderStatus(text: string, options: RenderStatusHtmlOptions): RenderedStatus {
  const mentions: KnownAccount[] = [];
  const tags: string[] = [];
  if (text === "") return { html: "", mentions, tags };
  const html = text
    .split("\n\n")
    .map((paragraph) => `<p>${paragraph.split("\n").map((line) => renderLine(line, options, mentions, tags)).join("<br />")}</p>`)
    .join("");
  return { html, mentions, tags };
}
