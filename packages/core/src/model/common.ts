import { z } from "zod";
import { issueParams } from "../validation/validate.js";
import { isWellFormedText } from "../validation/well-formed-text.js";

/**
 * The id of an entity: a non-empty string of at most 128 characters without
 * whitespace at either end. Ids are opaque; the SDK never derives meaning from
 * their form, so UUIDs, ULIDs and readable slugs ("musterstadt") all work.
 * Surrounding whitespace is rejected rather than trimmed, because a silently
 * trimmed id would no longer match the one the caller keeps; so is ill-formed
 * Unicode (a lone surrogate), which a store could not keep as it is.
 */
export const IdSchema = z
  .string()
  .min(1)
  .max(128)
  .refine((value) => !SURROUNDING_WHITESPACE.test(value), issueParams("id.surrounding-whitespace"))
  .refine(isWellFormedText, issueParams("text.ill-formed"));

/** An entity id, see {@link IdSchema}. */
export type Id = z.infer<typeof IdSchema>;

const SURROUNDING_WHITESPACE = /^\s|\s$/;

/**
 * The instants the model accepts: from 1970-01-01T00:00:00.000Z (inclusive)
 * to 2200-01-01T00:00:00.000Z (exclusive), as epoch milliseconds and as
 * stored text.
 *
 * Why these years: every instant in the model is a moment that the SDK or a
 * network records or plans (created, scheduled, published, received,
 * measured). None lies before the Unix epoch, when no social network
 * existed, and none needs to lie more than a lifetime ahead. A year outside
 * is a typo or a broken client (20270 for 2027, 9999 as "never"), and such
 * values break what comes after: `toISOString` writes years past 9999 with
 * six digits, which no longer sort as strings, and other systems refuse them.
 */
export const INSTANT_RANGE = Object.freeze({
  /** First year allowed. */
  firstYear: 1970,
  /** Last year allowed. */
  lastYear: 2199,
  /** First instant allowed, epoch ms (0). */
  startMs: Date.UTC(1970, 0, 1),
  /** First instant no longer allowed, epoch ms. */
  endMs: Date.UTC(2200, 0, 1),
  /** First instant allowed, in the stored form. */
  start: "1970-01-01T00:00:00.000Z",
  /** First instant no longer allowed, in the stored form. */
  end: "2200-01-01T00:00:00.000Z",
});

/**
 * True if `epochMs` is an instant that {@link InstantSchema} accepts: a finite
 * number within {@link INSTANT_RANGE}. For checking a `Date` or a number
 * before it is turned into the stored form; fractions of a millisecond are
 * allowed (`toISOString` drops them).
 *
 * @example
 * ```ts
 * isInstantInRange(Date.parse("2027-03-14T09:00:00Z")); // true
 * isInstantInRange(Date.UTC(10000, 0, 1)); // false
 * isInstantInRange(Number.NaN); // false
 * ```
 */
export function isInstantInRange(epochMs: number): boolean {
  return Number.isFinite(epochMs) && epochMs >= INSTANT_RANGE.startMs && epochMs < INSTANT_RANGE.endMs;
}

/**
 * An instant in time as an RFC 3339 / ISO 8601 string with `Z` or a UTC offset
 * and with seconds (`2026-03-08T18:00:00+01:00`). The parsed value is
 * normalised to UTC in the form `YYYY-MM-DDTHH:mm:ss.sssZ`, so stored instants
 * compare correctly as strings; fractions finer than a millisecond are cut off.
 * A time without offset is rejected: which zone it means is the organisation's
 * business, see {@link TimeZoneSchema}. So is a UTC instant outside the years
 * 1970 to 2199 ({@link INSTANT_RANGE}), with the message `instant.out-of-range`.
 *
 * @example
 * ```ts
 * InstantSchema.parse("2026-03-08T18:00:00+01:00"); // "2026-03-08T17:00:00.000Z"
 * ```
 */
export const InstantSchema = z.iso
  .datetime({ offset: true })
  .overwrite(toUtcInstant)
  .refine((value) => UTC_INSTANT.test(value) && value >= INSTANT_RANGE.start && value < INSTANT_RANGE.end, {
    ...issueParams("instant.out-of-range", { minYear: INSTANT_RANGE.firstYear, maxYear: INSTANT_RANGE.lastYear }),
    // Only meaningful for a well-formed instant; a malformed one has its format issue already.
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
 * The calendar dates the model accepts: 1900-01-01 to 2199-12-31, both
 * inclusive.
 *
 * Why these years: dates in the model are days of plans (a strategy's
 * validity, a campaign, a quiet period, a goal's deadline), which lie in the
 * present and the near future; 1900 leaves room for any date a municipality
 * may want to name in the past. A year outside is a typo ("0050-01-01" for
 * 2050, "0202" for 2026), and before 1900 many time zones had no fixed
 * offsets but local mean time, which makes day boundaries odd.
 */
export const LOCAL_DATE_RANGE = Object.freeze({
  /** First year allowed. */
  firstYear: 1900,
  /** Last year allowed. */
  lastYear: 2199,
  /** First date allowed. */
  first: "1900-01-01",
  /** Last date allowed. */
  last: "2199-12-31",
});

/**
 * True if `date` is a `YYYY-MM-DD` string (with any four-digit year) within
 * {@link LOCAL_DATE_RANGE}. Such dates compare correctly as strings. It does
 * not check that the day exists in the calendar; {@link LocalDateSchema} does.
 */
export function isLocalDateInRange(date: string): boolean {
  return LOCAL_DATE_SHAPE.test(date) && date >= LOCAL_DATE_RANGE.first && date <= LOCAL_DATE_RANGE.last;
}

const LOCAL_DATE_SHAPE = /^\d{4}-\d\d-\d\d$/;

/**
 * A calendar date without time or zone, `YYYY-MM-DD`, that exists in the
 * Gregorian calendar (no 30 February, 29 February only in leap years) and
 * lies in the years 1900 to 2199 ({@link LOCAL_DATE_RANGE}; outside, the
 * message is `local-date.out-of-range`). Which instants it covers depends on
 * the organisation's time zone.
 */
export const LocalDateSchema = z.iso.date().superRefine(
  (date, ctx) => {
    if (!isLocalDateInRange(date)) {
      ctx.addIssue({
        code: "custom",
        input: date,
        ...issueParams("local-date.out-of-range", { value: date, minYear: LOCAL_DATE_RANGE.firstYear, maxYear: LOCAL_DATE_RANGE.lastYear }),
      });
    }
  },
  // Only for a real calendar date; a malformed one has its format issue already.
  { when: (payload) => payload.issues.length === 0 },
);

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
 * An absolute `http:` or `https:` URL of at most 2048 characters, in
 * well-formed Unicode. Other schemes (`javascript:`, `file:`, `mailto:`) are
 * rejected, since these URLs end up as links in posts and on profiles.
 */
export const UrlSchema = z
  .url({ protocol: /^https?$/ })
  .max(2048)
  .refine(isWellFormedText, issueParams("text.ill-formed"));

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
