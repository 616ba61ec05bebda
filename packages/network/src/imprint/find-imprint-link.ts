import { linksInBio } from "./bio-links.js";
import type { ImprintCheckResult } from "./imprint-check-result.js";
import { normaliseUrl } from "./normalise-url.js";

/** The most entries of a profile's `links` looked at; further ones are not. */
export const MAX_PROFILE_LINKS = 100;

// A path segment that names the imprint page: /impressum, /Impressum.html, /imprint.php.
const IMPRINT_SEGMENT = /^(?:impressum|imprint)(?:\.[a-z0-9]{1,5})?$/i;

/**
 * Looks for the imprint link on a profile (what an adapter's `readProfile`
 * returned). `expected` are the imprint addresses that satisfy the duty:
 * the organisation's `imprintUrl` and, if set, the channel's own; either one
 * will do.
 *
 * - `ok`: a link on the profile (`links`, or an address in the bio) leads
 *   to an expected imprint, compared by {@link normaliseUrl};
 * - `wrong`: none does, but a link is marked as the imprint: labelled so in
 *   the bio ("Impressum: https://…", "Impressum unter https://…"), or its
 *   address names it (a path segment `impressum` or `imprint`) — the
 *   profile means to link the imprint and links something else;
 * - `missing`: neither;
 * - `unreadable` (`malformed-profile`): the profile is not an object with a
 *   `links` list, or its `bio` is neither text nor absent.
 *
 * The profile comes from the network and is treated as hostile: huge texts
 * are cut (see `MAX_BIO_LENGTH`), at most {@link MAX_PROFILE_LINKS} links and
 * `MAX_BIO_LINKS` addresses in the bio are looked at, links that are not
 * http(s) addresses (`javascript:`, `data:`, not a string) never match, and
 * nothing it does throws. The result holds normalised addresses only, never
 * the profile's text.
 *
 * @example
 * ```ts
 * findImprintLink(
 *   { handle: "@musterstadt", bio: "Offizielles Konto. Impressum: http://musterstadt.de/impressum/", links: [] },
 *   ["https://musterstadt.de/impressum"],
 * ); // { status: "ok", link: "https://musterstadt.de/impressum" }
 * ```
 */
export function findImprintLink(profile: unknown, expected: readonly string[]): ImprintCheckResult {
  try {
    const read = readProfile(profile);
    if (!read) return { status: "unreadable", reason: "malformed-profile" };
    const accepted = new Map<string, string>();
    for (const address of expected) {
      const normalised = normaliseUrl(address);
      if (normalised !== undefined && !accepted.has(normalised)) accepted.set(normalised, address);
    }
    let wrong: string | undefined;
    const consider = (raw: unknown, labelled: boolean): string | undefined => {
      const link = normaliseUrl(raw);
      if (link === undefined) return undefined;
      if (accepted.has(link)) return link;
      if (wrong === undefined && (labelled || namesImprint(link))) wrong = link;
      return undefined;
    };
    for (const raw of read.links) {
      const found = consider(raw, false);
      if (found) return { status: "ok", link: found };
    }
    for (const { url, labelled } of linksInBio(read.bio)) {
      const found = consider(url, labelled);
      if (found) return { status: "ok", link: found };
    }
    return wrong === undefined ? { status: "missing" } : { status: "wrong", link: wrong, expected: [...accepted.values()] };
  } catch {
    // A profile whose getters throw (a proxy, a revoked object): nothing can be said about it.
    return { status: "unreadable", reason: "malformed-profile" };
  }
}

/** True if a path segment of the normalised address names the imprint page. */
function namesImprint(normalised: string): boolean {
  const path = new URL(normalised).pathname;
  return path.split("/").some((segment) => IMPRINT_SEGMENT.test(segment));
}

function readProfile(profile: unknown): { links: unknown[]; bio: unknown } | undefined {
  if (typeof profile !== "object" || profile === null) return undefined;
  const { links, bio } = profile as { links?: unknown; bio?: unknown };
  if (!Array.isArray(links)) return undefined;
  if (bio !== undefined && bio !== null && typeof bio !== "string") return undefined;
  // Index by index, never the whole array: its length may be anything.
  const first: unknown[] = [];
  const count = Math.min(links.length, MAX_PROFILE_LINKS);
  for (let i = 0; i < count; i++) first.push(links[i]);
  return { links: first, bio };
}
