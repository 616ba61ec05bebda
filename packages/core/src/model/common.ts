import { z } from "zod";
import { issueParams } from "../validation/validate.js";

/**
 * The id of an entity: a non-empty string of at most 128 characters without
 * whitespace at either end. Ids are opaque; the SDK never derives meaning from
 * their form, so UUIDs, ULIDs and readable slugs ("musterstadt") all work.
 * Surrounding whitespace is rejected rather than trimmed, because a silently
 * trimmed id would no longer match the one the caller keeps.
 */
export const IdSchema = z
  .string()
  .min(1)
  .max(128)
  .refine((value) => !SURROUNDING_WHITESPACE.test(value), issueParams("id.surrounding-whitespace"));

/** An entity id, see {@link IdSchema}. */
export type Id = z.infer<typeof IdSchema>;

const SURROUNDING_WHITESPACE = /^\s|\s$/;

/**
 * An instant in time as an RFC 3339 / ISO 8601 string with `Z` or a UTC offset
 * and with seconds (`2026-03-08T18:00:00+01:00`). The parsed value is
 * normalised to UTC in the form `YYYY-MM-DDTHH:mm:ss.sssZ`, so stored instants
 * compare correctly as strings; fractions finer than a millisecond are cut off.
 * A time without offset is rejected: which zone it means is the organisation's
 * business, see {@link TimeZoneSchema}.
 *
 * @example
 * ```ts
 * InstantSchema.parse("2026-03-08T18:00:00+01:00"); // "2026-03-08T17:00:00.000Z"
 * ```
 */
export const InstantSchema = z.iso
  .datetime({ offset: true })
  .overwrite(toUtcInstant)
  .refine((value) => UTC_INSTANT.test(value), {
    ...issueParams("instant.out-of-range"),
    // Only meaningful for a well-formed instant whose UTC form left the years 0000–9999.
    when: (payload) => payload.issues.length === 0,
  });

/** A UTC instant string `YYYY-MM-DDTHH:mm:ss.sssZ`, see {@link InstantSchema}. */
export type Instant = z.infer<typeof InstantSchema>;

const UTC_INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

function toUtcInstant(value: string): string {
  // Fast path: already in the stored form, which is what a store hands back.
  if (value.length === 24 && UTC_INSTANT.test(value)) return value;
  const epoch = Date.parse(value);
  // The format check has already reported a malformed value; leave it alone.
  return Number.isNaN(epoch) ? value : new Date(epoch).toISOString();
}

/**
 * A calendar date without time or zone, `YYYY-MM-DD`, that exists in the
 * Gregorian calendar (no 30 February, 29 February only in leap years). Which
 * instants it covers depends on the organisation's time zone.
 */
export const LocalDateSchema = z.iso.date();

/** A calendar date `YYYY-MM-DD`, see {@link LocalDateSchema}. */
export type LocalDate = z.infer<typeof LocalDateSchema>;

/**
 * An IANA time zone such as `Europe/Berlin`, checked against the zones that
 * this runtime's `Intl` knows. Fixed offsets like `+01:00` are rejected:
 * they have no daylight-saving rules and so give wrong local times half the year.
 */
export const TimeZoneSchema = z.string().superRefine((zone, ctx) => {
  if (!isKnownTimeZone(zone)) {
    ctx.addIssue({ code: "custom", input: zone, ...issueParams("time-zone.unknown", { value: zone.slice(0, 64) }) });
  }
});

/** An IANA time zone name, see {@link TimeZoneSchema}. */
export type TimeZone = z.infer<typeof TimeZoneSchema>;

const IANA_ZONE_SHAPE = /^[A-Za-z][A-Za-z0-9_+\-]*(?:\/[A-Za-z0-9_+\-]+)*$/;
// Building an Intl.DateTimeFormat costs tens of microseconds, and most
// organisations share a handful of zones. The memo holds only names that Intl
// accepted, is the same for every tenant, and is capped so that hostile input
// cannot grow it.
const knownTimeZones = new Set<string>();
const KNOWN_TIME_ZONES_CAP = 1024;

function isKnownTimeZone(zone: string): boolean {
  if (knownTimeZones.has(zone)) return true;
  if (zone.length > 64 || !IANA_ZONE_SHAPE.test(zone)) return false;
  try {
    new Intl.DateTimeFormat(undefined, { timeZone: zone });
  } catch {
    return false;
  }
  if (knownTimeZones.size < KNOWN_TIME_ZONES_CAP) knownTimeZones.add(zone);
  return true;
}

/**
 * An absolute `http:` or `https:` URL of at most 2048 characters. Other
 * schemes (`javascript:`, `file:`, `mailto:`) are rejected, since these URLs end
 * up as links in posts and on profiles.
 */
export const UrlSchema = z.url({ protocol: /^https?$/ }).max(2048);

/** An http(s) URL, see {@link UrlSchema}. */
export type Url = z.infer<typeof UrlSchema>;

/**
 * A language tag in the common BCP 47 form: a language (`de`, `en`, `tr`),
 * optionally a script (`sr-Latn`) and a region (`de-DE`, `es-419`). Tags are
 * kept as given; compare them case-insensitively.
 */
export const LanguageSchema = z
  .string()
  .refine((value) => LANGUAGE_TAG.test(value), issueParams("language.format"));

/** A BCP 47 language tag, see {@link LanguageSchema}. */
export type Language = z.infer<typeof LanguageSchema>;

const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|\d{3}))?$/;
