import { codeAt, isDigit, isLetter } from "./char-classes.js";
import type { RawMatch } from "./personal-data-match.js";

/** RFC 5321 limits: 64 characters before the "@", 255 after. */
const MAX_LOCAL = 64;
const MAX_DOMAIN = 255;

/** Characters of the part before "@": letters (also non-ASCII), digits and . _ % + - */
function isLocalChar(code: number): boolean {
  return isDigit(code) || isLetter(code) || code === 46 || code === 95 || code === 37 || code === 43 || code === 45;
}

/** Characters of a domain label: letters (also non-ASCII, for umlaut domains), digits and "-". */
function isLabelChar(code: number): boolean {
  return isDigit(code) || isLetter(code) || code === 45;
}

/**
 * Reads the domain that starts at `start`: labels separated by single dots,
 * the last one (the top-level domain) letters only and at least two long.
 * Returns the end of the domain, or -1. A dot at the end is left out (end of
 * the sentence); a top-level domain running into "-Wort" is cut there
 * ("info@stadt.de-Adresse" → "info@stadt.de").
 */
function readDomain(text: string, start: number): number {
  let pos = start;
  let labels = 0;
  let lastLabelStart = start;
  let lastLabelEnd = start;
  while (pos - start < MAX_DOMAIN) {
    const labelStart = pos;
    while (pos - start < MAX_DOMAIN && isLabelChar(codeAt(text, pos))) pos++;
    if (pos === labelStart) break;
    labels++;
    lastLabelStart = labelStart;
    lastLabelEnd = pos;
    if (codeAt(text, pos) === 46 && isLabelChar(codeAt(text, pos + 1))) {
      pos++;
      continue;
    }
    break;
  }
  if (labels < 2) return -1;
  // The top-level domain: letters only ("de", "org", "bayern"), or punycode ("xn--…").
  const tld = text.slice(lastLabelStart, lastLabelEnd);
  if (tld.startsWith("xn--")) return lastLabelEnd;
  let letters = 0;
  while (letters < tld.length && isLetter(tld.charCodeAt(letters))) letters++;
  if (letters < 2) return -1;
  if (letters < tld.length && tld.charCodeAt(letters) !== 45) return -1; // "de5"
  // No label may start or end with "-".
  const domain = text.slice(start, lastLabelStart + letters);
  if (/(^|\.)-|-($|\.)/u.test(domain)) return -1;
  return lastLabelStart + letters;
}

/**
 * Finds e-mail addresses: `name@example.org`, with dots, plus signs and
 * hyphens in the name, subdomains and umlaut domains (`bürgerbüro@müllheim.de`).
 *
 * A handle of a social network is not an e-mail address: `@stadt_musterstadt`
 * has nothing before the "@", and in `@erika@mastodon.social` the text before
 * the second "@" begins with "@", which makes the whole a Mastodon handle. The
 * same address written without the leading "@" (`erika@mastodon.social`)
 * cannot be told from an e-mail address and is reported.
 */
export function findEmails(text: string, out: RawMatch[]): void {
  let at = text.indexOf("@");
  while (at !== -1) {
    let localStart = at;
    while (localStart > 0 && at - localStart <= MAX_LOCAL && isLocalChar(text.charCodeAt(localStart - 1))) localStart--;
    // A part before "@" longer than 64 characters is no address.
    const tooLong = at - localStart > MAX_LOCAL;
    // "…, .erika@" or "-erika@": the name cannot begin with "." or "-".
    while (localStart < at && (text.charCodeAt(localStart) === 46 || text.charCodeAt(localStart) === 45)) localStart++;
    const handle = codeAt(text, localStart - 1) === 64;
    const local = text.slice(localStart, at);
    const validLocal = local.length > 0 && !tooLong && !handle && !local.endsWith(".") && !local.includes("..");
    if (validLocal) {
      const end = readDomain(text, at + 1);
      if (end !== -1 && codeAt(text, end) !== 64) {
        out.push({ kind: "email", start: localStart, end, key: text.slice(localStart, end).toLowerCase() });
        at = text.indexOf("@", end);
        continue;
      }
    }
    at = text.indexOf("@", at + 1);
  }
}

/** True for an allow-list entry like "@musterstadt.de" that stands for a whole domain. */
export function emailDomainOf(entry: string): string | null {
  const trimmed = entry.trim().toLowerCase();
  if (!trimmed.startsWith("@") || trimmed.indexOf("@", 1) !== -1) return null;
  const domain = trimmed.slice(1);
  return readDomain(domain, 0) === domain.length ? domain : null;
}
