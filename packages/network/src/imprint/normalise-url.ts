import { isTrackingParameter } from "./tracking-parameters.js";

/**
 * The longest address the imprint check looks at, in UTF-16 code units,
 * before and after normalising: the limit of core's `UrlSchema`. Longer
 * strings are not taken for links (they come from a network's answer, and
 * parsing them would be work without end).
 */
export const MAX_URL_LENGTH = 2048;

const UNRESERVED = /^[A-Za-z0-9\-._~]$/;

/**
 * The canonical form of an http(s) address, for telling whether two links
 * open the same page; `undefined` for anything that is not an http(s)
 * address. Pure, and never throws, whatever it is given.
 *
 * What it makes equal:
 * - `http:` and `https:`: both become `https:` (a municipality may have
 *   entered either, and every imprint redirects to https today);
 * - the host's case and its spelling: the WHATWG URL parser (the one
 *   browsers use) lower-cases it and writes an internationalised host in
 *   punycode, `Bürgerbüro.de` → `xn--brgerbro-...de`;
 * - default ports: `:80` on http, `:443` on either;
 * - trailing slashes of the path: `/impressum/` is `/impressum`;
 * - percent-encoding: `%7e` is `~`, `%c3%a4` is `%C3%A4` is `ä`; dot
 *   segments (`/a/../impressum`) are resolved;
 * - the fragment (`#kontakt`) is dropped;
 * - tracking parameters (`utm_*`, `fbclid`, ... see `TRACKING_PARAMETERS`)
 *   are dropped, the remaining query parameters sorted by name, then value.
 *
 * What stays different:
 * - `www.` is NOT stripped: `www.musterstadt.de` and `musterstadt.de` are two
 *   hosts, which two different servers may answer (a different host is a
 *   different site);
 * - the path's case (`/Impressum` is not `/impressum`: servers differ);
 * - any other scheme: `javascript:`, `data:`, `mailto:`, `ftp:` never give a
 *   form, so they never match anything;
 * - addresses with a user name or password (`https://www.musterstadt.de@evil.example/`
 *   is a known phishing trick, and a password must never be stored): no form.
 *
 * The result is ASCII and at most {@link MAX_URL_LENGTH} long; normalising it
 * again gives it back unchanged.
 *
 * @example
 * ```ts
 * normaliseUrl("HTTP://WWW.Musterstadt.de:80/impressum/?utm_source=instagram#top");
 * // "https://www.musterstadt.de/impressum"
 * normaliseUrl("javascript:alert(1)"); // undefined
 * ```
 */
export function normaliseUrl(value: unknown): string | undefined {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_URL_LENGTH) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
  if (url.username !== "" || url.password !== "") return undefined;
  // The parser has dropped the port that is its own scheme's default; compared as https, 443 is one too.
  const port = url.port === "" || url.port === "443" ? "" : `:${url.port}`;
  const path = withoutTrailingSlashes(canonicalPercent(url.pathname)) || "/";
  const result = `https://${url.hostname}${port}${path}${canonicalQuery(url.search)}`;
  return result.length > MAX_URL_LENGTH ? undefined : result;
}

/**
 * True if both are http(s) addresses of the same page by the rules of
 * {@link normaliseUrl}.
 *
 * @example
 * ```ts
 * sameUrl("https://www.musterstadt.de/impressum", "http://www.musterstadt.de/impressum/"); // true
 * sameUrl("https://www.musterstadt.de/impressum", "https://musterstadt.de/impressum"); // false
 * ```
 */
export function sameUrl(a: unknown, b: unknown): boolean {
  const left = normaliseUrl(a);
  return left !== undefined && left === normaliseUrl(b);
}

/** Escapes of unreserved characters decoded, every other escape in upper case (RFC 3986, 6.2.2). */
function canonicalPercent(text: string): string {
  return text.replace(/%([0-9A-Fa-f]{2})/g, (_escape, hex: string) => {
    const char = String.fromCharCode(Number.parseInt(hex, 16));
    return UNRESERVED.test(char) ? char : `%${hex.toUpperCase()}`;
  });
}

// A loop, not /\/+$/: that regular expression backtracks quadratically over a long run of slashes.
function withoutTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 0 && path.charCodeAt(end - 1) === 0x2f) end--;
  return path.slice(0, end);
}

function canonicalQuery(search: string): string {
  if (search === "" || search === "?") return "";
  const kept = [...new URLSearchParams(search)].filter(([name]) => !isTrackingParameter(name));
  if (kept.length === 0) return "";
  // By code unit, not by locale: the same on every machine.
  kept.sort(([aName, aValue], [bName, bValue]) => compare(aName, bName) || compare(aValue, bValue));
  return `?${new URLSearchParams(kept).toString()}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
