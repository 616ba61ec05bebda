import { findUrls, trimUrl, type FoundUrl } from "@kommune-sm/core";

// The links of a text for the accessibility check: what core's findUrls
// finds (a scheme), and addresses that begin with "www.". Both are Unicode
// patterns over the whole text, with property classes and a look-behind:
// they were a sixth of the check on the posts with a link. Most links are
// ASCII up to the next space; for those the same patterns without the u
// flag and with ASCII classes, tried only where a link can begin (before
// each "://" and at each "www."), find the same. A text with a link that
// is not all ASCII goes to the general patterns. The property test in
// accessibility-links.property.test.ts holds the two to the same links.

/** Addresses people write without a scheme ("www.musterstadt.de/kita"); findUrls finds those with one. */
export const WWW = /(?<![\p{L}\p{N}./@])www\.[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+(?:\/[^\s]*)?/gu;

/** The links of `text` (by the fast reading where it can tell, else the general one), ordered by where they start. */
export function linksIn(text: string): FoundUrl[] {
  return plainLinksIn(text) ?? linksGenerally(text);
}

/** @internal The links as the check found them before the fast reading: findUrls and the pattern WWW. */
export function linksGenerally(text: string): FoundUrl[] {
  const found = text.includes("://") ? findUrls(text) : [];
  if (text.includes("www.")) {
    for (const match of text.matchAll(WWW)) {
      const url = match[0].replace(/[.,;:!?)]+$/, "");
      if (!found.some((f) => f.start <= match.index && match.index < f.end)) found.push({ url, start: match.index, end: match.index + url.length });
    }
  }
  return found.sort(byStart);
}

const byStart = (a: FoundUrl, b: FoundUrl) => a.start - b.start;

// findUrls's pattern with ASCII classes: the same on a stretch of ASCII
// up to a space, where [\p{L}\p{M}\p{N}] are [A-Za-z0-9], and the i flag
// without u folds only ASCII letters (there is no ſ or K to fold).
const URL_ASCII = /https?:\/\/(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}[A-Za-z0-9-]*|\d{1,3}(?:\.\d{1,3}){3})(?::\d{1,5})?(?:[/?#][^\s"'«»‹›„“”‚‘’<>]*)?/iy;
const WWW_ASCII = /www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:\/[^\s]*)?/y;

// What stops a link before it: for findUrls [\p{L}\p{M}\p{N}_@#$/.-], for WWW [\p{L}\p{N}./@].
const ASCII_BEFORE_URL = /[A-Za-z0-9_@#$/.-]/;
const ASCII_BEFORE_WWW = /[A-Za-z0-9./@]/;
const BEYOND_ASCII_BEFORE_URL = /^[\p{L}\p{M}\p{N}]$/u;
const BEYOND_ASCII_BEFORE_WWW = /^[\p{L}\p{N}]$/u;
const WHITE_SPACE = /^\s$/;

/** The code point that ends before `index`, as a string (a surrogate pair whole, a lone half alone). */
function characterBefore(text: string, index: number): string {
  const code = text.charCodeAt(index - 1);
  if (code >= 0xdc00 && code <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(index - 2, index);
  }
  return text[index - 1]!;
}

/** Does the character before `index` stop a link there, as the look-behind of the pattern (ASCII, and the rest) says? */
function stops(text: string, index: number, ascii: RegExp, beyond: RegExp): boolean {
  if (index === 0) return false;
  const before = characterBefore(text, index);
  return before.charCodeAt(0) < 0x80 ? ascii.test(before) : beyond.test(before);
}

/** Is the stretch from `start` to the next white space (or the end) all ASCII? */
function asciiToSpace(text: string, start: number): boolean {
  let index = start;
  for (; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0x80 || code === 0x20 || (code >= 0x09 && code <= 0x0d)) break;
  }
  return index === text.length || WHITE_SPACE.test(text[index]!);
}

/** Where findUrls's pattern may begin a link whose "://" is at `colon`: before "https" or "http" in any case; -1 for none; -2 where an ſ may fold into the s. */
function schemeStart(text: string, colon: number): number {
  const last = text.charCodeAt(colon - 1);
  if (last === 0x17f) return -2;
  const start = (last | 0x20) === 0x73 ? colon - 5 : colon - 4;
  return start >= 0 && text.slice(start, start + 4).toLowerCase() === "http" ? start : -1;
}

/** The links of `text` where each is ASCII up to the next space, as the general reading finds them; undefined where one is not. */
function plainLinksIn(text: string): FoundUrl[] | undefined {
  const found: FoundUrl[] = [];
  // Links with a scheme: findUrls takes each after the one before.
  let from = 0;
  for (let colon = text.indexOf("://"); colon !== -1; colon = text.indexOf("://", colon + 1)) {
    const start = schemeStart(text, colon);
    if (start === -2) return undefined;
    if (start < from) continue;
    if (!asciiToSpace(text, start)) return undefined;
    if (stops(text, start, ASCII_BEFORE_URL, BEYOND_ASCII_BEFORE_URL)) continue;
    URL_ASCII.lastIndex = start;
    const match = URL_ASCII.exec(text);
    if (match === null) continue;
    from = start + match[0].length;
    const url = trimUrl(match[0]);
    found.push({ url, start, end: start + url.length });
  }
  // Addresses with www., unless inside a link found before.
  from = 0;
  for (let start = text.indexOf("www."); start !== -1; start = text.indexOf("www.", start + 1)) {
    if (start < from) continue;
    if (!asciiToSpace(text, start)) return undefined;
    if (stops(text, start, ASCII_BEFORE_WWW, BEYOND_ASCII_BEFORE_WWW)) continue;
    WWW_ASCII.lastIndex = start;
    const match = WWW_ASCII.exec(text);
    if (match === null) continue;
    from = start + match[0].length;
    const url = match[0].replace(/[.,;:!?)]+$/, "");
    if (!found.some((f) => f.start <= start && start < f.end)) found.push({ url, start, end: start + url.length });
  }
  return found.sort(byStart);
}
