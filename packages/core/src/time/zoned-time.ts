import { tzOffset } from "@date-fns/tz";
import { CoreError } from "../errors/core-errors.js";

/** A wall-clock time in some time zone, month 1–12. */
export interface LocalDateTime {
  /** Full year, e.g. `2026`. */
  readonly year: number;
  /** 1 (January) to 12 (December). */
  readonly month: number;
  /** Day of the month, from 1. */
  readonly day: number;
  /** 0–23; default 0. */
  readonly hour?: number;
  /** 0–59; default 0. */
  readonly minute?: number;
  /** 0–59; default 0. */
  readonly second?: number;
}

const day = 86_400_000;
// The instants a Date can hold: ±100,000,000 days around the epoch.
const DATE_LIMIT_MS = 8.64e15;

/**
 * The UTC instant (epoch ms) of a wall-clock time in an IANA time zone.
 *
 * The rule for DST days (the same as RFC 5545 and Temporal's "compatible"):
 * - a time that does not exist (spring forward, 02:30 on the last Sunday of
 *   March in Europe/Berlin) is read with the offset before the gap, so it
 *   moves forward by the gap: 02:30 → 03:30 CEST;
 * - a time that exists twice (fall back, 02:30 on the last Sunday of October)
 *   is the first occurrence: 02:30 CEST, not 02:30 CET.
 *
 * Independent of the process time zone: only UTC arithmetic and the zone's
 * offsets from @date-fns/tz are used.
 *
 * Which years: every year from 0 to 9999 is read as written (year 50 is the
 * year 50, not 1950 as `Date.UTC` would have it), with the offsets the zone
 * had then: before standard time that is local mean time, with seconds
 * (Europe/Berlin +0:53:28 until 1893), to the second. For the dates the
 * model accepts (1900 to 2199) and any zone that `Intl` knows this never
 * throws; a wall-clock time that is no date (30 February, hour 24, a
 * fraction), a year outside 0 to 9999 or an unknown zone throws
 * `CORE_INVALID_ARGUMENT`.
 *
 * @example
 * ```ts
 * zonedTimeToInstant({ year: 2026, month: 3, day: 29, hour: 9 }, "Europe/Berlin");
 * // → Date.parse("2026-03-29T07:00:00Z")
 * ```
 */
export function zonedTimeToInstant(local: LocalDateTime, timeZone: string): number {
  const { year, month, day: date, hour = 0, minute = 0, second = 0 } = local;
  const wall = wallClockMs(year, month, date, hour, minute, second);
  if (wall === undefined || year < 0 || year > 9999) {
    throw new CoreError("CORE_INVALID_ARGUMENT", `Not a valid wall-clock time: ${JSON.stringify(local)}.`);
  }
  const before = offsetMs(timeZone, wall - day);
  const after = offsetMs(timeZone, wall + day);
  const candidates = [...new Set([before, after])]
    .map((offset) => wall - offset)
    .filter((instant) => offsetMs(timeZone, instant) === wall - instant)
    .sort((a, b) => a - b);
  // Two candidates: the time exists twice, take the first. None: it falls in
  // a gap, read it with the offset in force before the gap.
  return candidates[0] ?? wall - before;
}

/** The wall-clock time as if it were UTC, in ms; undefined if it is not a real date and time. */
function wallClockMs(year: number, month: number, date: number, hour: number, minute: number, second: number): number | undefined {
  if (![year, month, date, hour, minute, second].every(Number.isInteger)) return undefined;
  // setUTCFullYear, unlike Date.UTC, takes the years 0 to 99 as written.
  const check = new Date(0);
  check.setUTCFullYear(year, month - 1, date);
  check.setUTCHours(hour, minute, second, 0);
  const wall = check.getTime();
  const exact =
    Number.isFinite(wall) &&
    check.getUTCFullYear() === year &&
    check.getUTCMonth() === month - 1 &&
    check.getUTCDate() === date &&
    check.getUTCHours() === hour &&
    check.getUTCMinutes() === minute &&
    check.getUTCSeconds() === second;
  return exact ? wall : undefined;
}

/**
 * The wall-clock time of an instant in an IANA time zone.
 *
 * Any instant a `Date` can hold works (±8.64e15 ms); a number that is no
 * such instant (NaN, Infinity, beyond the `Date` range) or an unknown zone
 * throws `CORE_INVALID_ARGUMENT`. Seconds of a local-mean-time offset are
 * kept, fractions of a second are dropped.
 */
export function instantToZonedTime(instant: number, timeZone: string): Required<LocalDateTime> {
  assertInstant(instant);
  const shifted = new Date(instant + offsetMs(timeZone, instant));
  if (Number.isNaN(shifted.getTime())) throw new CoreError("CORE_INVALID_ARGUMENT", `The local time of ${instant} in ${timeZone} lies outside what a Date can hold.`);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
}

/**
 * The calendar date ("YYYY-MM-DD") of an instant in an IANA time zone.
 *
 * Throws `CORE_INVALID_ARGUMENT` where {@link instantToZonedTime} does, and
 * for a local date outside the years 0 to 9999, which `YYYY-MM-DD` cannot
 * write. Every instant that `InstantSchema` accepts has such a date.
 */
export function localDateOf(instant: number, timeZone: string): string {
  const { year, month, day: date } = instantToZonedTime(instant, timeZone);
  if (year < 0 || year > 9999) throw new CoreError("CORE_INVALID_ARGUMENT", `The local date of ${instant} in ${timeZone} has the year ${year}, which YYYY-MM-DD cannot write.`);
  return `${String(year).padStart(4, "0")}-${pad(month)}-${pad(date)}`;
}

/**
 * The first instant of a local calendar date ("YYYY-MM-DD") in an IANA time
 * zone: midnight, or the first instant after a gap that swallowed midnight.
 * On a day a zone skipped entirely (Pacific/Apia, 30 December 2011) it equals
 * {@link endOfLocalDate}: the day has no instants.
 *
 * Never throws for a date that `LocalDateSchema` accepts and a zone that
 * `Intl` knows; other years from 0000 to 9999 work as described at
 * {@link zonedTimeToInstant}. A string that is not `YYYY-MM-DD`, a day that
 * does not exist (2027-02-30) or an unknown zone throws `CORE_INVALID_ARGUMENT`.
 */
export function startOfLocalDate(localDate: string, timeZone: string): number {
  const [year, month, date] = parseLocalDate(localDate);
  return zonedTimeToInstant({ year, month, day: date }, timeZone);
}

/**
 * The first instant after a local calendar date ("YYYY-MM-DD"), i.e. the
 * start of the next day; never before {@link startOfLocalDate} of the same
 * date. Throws as {@link startOfLocalDate} does; 9999-12-31 ends at the
 * start of the year 10000.
 */
export function endOfLocalDate(localDate: string, timeZone: string): number {
  const [year, month, date] = parseLocalDate(localDate);
  // Checks the date itself first: 2027-02-30 must not pass as 2027-03-02.
  const start = zonedTimeToInstant({ year, month, day: date }, timeZone);
  const next = new Date(0);
  next.setUTCFullYear(year, month - 1, date + 1);
  const nextYear = next.getUTCFullYear();
  // The day after 9999-12-31: zonedTimeToInstant takes no year 10000, so read it here.
  const end =
    nextYear > 9999
      ? next.getTime() - offsetMs(timeZone, next.getTime() - day)
      : zonedTimeToInstant({ year: nextYear, month: next.getUTCMonth() + 1, day: next.getUTCDate() }, timeZone);
  return Math.max(start, end);
}

function parseLocalDate(localDate: string): [number, number, number] {
  const match = typeof localDate === "string" ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(localDate) : null;
  if (!match) throw new CoreError("CORE_INVALID_ARGUMENT", `Not a local date (YYYY-MM-DD): "${String(localDate).slice(0, 64)}".`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function assertInstant(instant: number): void {
  if (typeof instant !== "number" || !Number.isFinite(instant) || Math.abs(instant) > DATE_LIMIT_MS) {
    throw new CoreError("CORE_INVALID_ARGUMENT", `Not an instant (epoch ms within ±8.64e15): ${String(instant)}.`);
  }
}

/** The zone's offset at the instant in ms, rounded to whole seconds (local mean time has seconds, the library gives fractional minutes). */
function offsetMs(timeZone: string, instant: number): number {
  const minutes = tzOffset(timeZone, new Date(instant));
  if (!Number.isFinite(minutes)) throw new CoreError("CORE_INVALID_ARGUMENT", `Unknown time zone "${timeZone}".`);
  return Math.round(minutes * 60) * 1000;
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}
