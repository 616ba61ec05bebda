/**
 * Query parameters that only say where a click came from (campaign tags and
 * click ids of ad, newsletter and social networks). They never change which
 * page a link opens, so the imprint check drops them before it compares two
 * addresses: `https://www.musterstadt.de/impressum?utm_source=instagram` is
 * the imprint all the same. Compared case-insensitively.
 *
 * The one place to extend when a network invents a new one.
 */
export const TRACKING_PARAMETERS: readonly string[] = Object.freeze([
  // Google Ads / Analytics / DoubleClick
  "gclid",
  "gclsrc",
  "dclid",
  "gbraid",
  "wbraid",
  "_ga",
  "_gl",
  // Meta (Facebook, Instagram)
  "fbclid",
  "igshid",
  "igsh",
  // Microsoft Ads, Yandex, X (Twitter), TikTok, LinkedIn
  "msclkid",
  "yclid",
  "twclid",
  "ttclid",
  "li_fat_id",
  // Newsletters: Mailchimp, HubSpot, Marketo, Vero
  "mc_eid",
  "mc_cid",
  "_hsenc",
  "_hsmi",
  "mkt_tok",
  "vero_id",
]);

/** Name prefixes of tracking parameters: every `utm_*` campaign tag (utm_source, utm_medium, ...). */
export const TRACKING_PARAMETER_PREFIXES: readonly string[] = Object.freeze(["utm_"]);

const exact = new Set(TRACKING_PARAMETERS);

/**
 * True if the query parameter `name` only tracks a click (see
 * {@link TRACKING_PARAMETERS} and {@link TRACKING_PARAMETER_PREFIXES}).
 *
 * @example
 * ```ts
 * isTrackingParameter("utm_campaign"); // true
 * isTrackingParameter("FBCLID"); // true
 * isTrackingParameter("lang"); // false
 * ```
 */
export function isTrackingParameter(name: string): boolean {
  const lower = name.toLowerCase();
  return exact.has(lower) || TRACKING_PARAMETER_PREFIXES.some((prefix) => lower.startsWith(prefix));
}
