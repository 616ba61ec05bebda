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
 * @example
 * ```ts
 * zonedTimeToInstant({ year: 2026, month: 3, day: 29, hour: 9 }, "Europe/Berlin");
 * // → Date.parse("2026-03-29T07:00:00Z")
 * ```
 */
export function zonedTimeToInstant(local: LocalDateTime, timeZone: string): number {
  const { year, month, day: date, hour = 0, minute = 0, second = 0 } = local;
  const wall = Date.UTC(year, month - 1, date, hour, minute, second);
  const check = new Date(wall);
  if (
    !Number.isFinite(wall) ||
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== date ||
    check.getUTCHours() !== hour ||
    check.getUTCMinutes() !== minute ||
    check.getUTCSeconds() !== second
  ) {
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

/** The wall-clock time of an instant in an IANA time zone. */
export function instantToZonedTime(instant: number, timeZone: string): Required<LocalDateTime> {
  const shifted = new Date(instant + offsetMs(timeZone, instant));
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
}

/** The calendar date ("YYYY-MM-DD") of an instant in an IANA time zone. */
export function localDateOf(instant: number, timeZone: string): string {
  const { year, month, day: date } = instantToZonedTime(instant, timeZone);
  return `${String(year).padStart(4, "0")}-${pad(month)}-${pad(date)}`;
}

/** The first instant of a local calendar date ("YYYY-MM-DD") in an IANA time zone. */
export function startOfLocalDate(localDate: string, timeZone: string): number {
  const [year, month, date] = parseLocalDate(localDate);
  return zonedTimeToInstant({ year, month, day: date }, timeZone);
}

/** The first instant after a local calendar date ("YYYY-MM-DD"), i.e. the start of the next day. */
export function endOfLocalDate(localDate: string, timeZone: string): number {
  const [year, month, date] = parseLocalDate(localDate);
  const next = new Date(Date.UTC(year, month - 1, date + 1));
  return zonedTimeToInstant({ year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() }, timeZone);
}

function parseLocalDate(localDate: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(localDate);
  if (!match) throw new CoreError("CORE_INVALID_ARGUMENT", `Not a local date (YYYY-MM-DD): "${localDate}".`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function offsetMs(timeZone: string, instant: number): number {
  const minutes = tzOffset(timeZone, new Date(instant));
  if (!Number.isFinite(minutes)) throw new CoreError("CORE_INVALID_ARGUMENT", `Unknown time zone "${timeZone}".`);
  return minutes * 60_000;
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}
