import { TZDate } from "@date-fns/tz";
import { addDays, addMonths, addYears, getISOWeek, getISOWeekYear, startOfISOWeek } from "date-fns";
import { endOfLocalDate, localDateOf, startOfLocalDate } from "@kommune-sm/core";
import { instantMs } from "./instants.js";
import { ReportingError } from "./reporting-error.js";

/** The lengths of period a report groups by; weeks are ISO weeks (Monday to Sunday), as in Germany. */
export const PERIOD_UNITS = Object.freeze(["day", "week", "month", "quarter", "year"] as const);

/** One of {@link PERIOD_UNITS}. */
export type PeriodUnit = (typeof PERIOD_UNITS)[number];

/**
 * A calendar period in an organisation's time zone: a day, an ISO week, a
 * month, a quarter or a year, with the instants it spans. A day of the
 * change to summer time has 23 hours, the day back 25: `from` and `to` are
 * the local midnights, so a sample belongs to the day on the town hall's
 * calendar, whatever the process's time zone.
 */
export interface ReportPeriod {
  /** The length. */
  readonly unit: PeriodUnit;
  /**
   * The period's name, which {@link parsePeriod} reads back: `2027-03-28`
   * (a day), `2027-W12` (an ISO week), `2027-03`, `2027-Q1`, `2027`.
   */
  readonly key: string;
  /** The time zone its days are counted in, e.g. `Europe/Berlin`. */
  readonly timeZone: string;
  /** Its first day, `YYYY-MM-DD`. */
  readonly firstDay: string;
  /** Its last day, `YYYY-MM-DD`, inclusive. */
  readonly lastDay: string;
  /** Its first instant (the first day's local midnight), as an RFC 3339 instant in UTC; inclusive. */
  readonly from: string;
  /** The first instant after it (the next day's local midnight); exclusive. */
  readonly to: string;
}

const isUnit = (value: unknown): value is PeriodUnit => (PERIOD_UNITS as readonly unknown[]).includes(value);

/** A calendar date as a TZDate in UTC, so that date-fns counts days, weeks and months without the process's time zone. */
function calendarDate(day: string): TZDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (match === null) throw invalid(`"${day}" is not a date written YYYY-MM-DD`);
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const value = new TZDate(Date.UTC(year, month - 1, date), "UTC");
  // Date.UTC takes years below 100 as 19xx; set the year again to read it as written.
  value.setFullYear(year, month - 1, date);
  if (value.getFullYear() !== year || value.getMonth() !== month - 1 || value.getDate() !== date) throw invalid(`"${day}" is no day of the calendar`);
  return value;
}

function dayOf(date: Date): string {
  return `${String(date.getFullYear()).padStart(4, "0")}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const pad = (value: number): string => String(value).padStart(2, "0");

function invalid(what: string): ReportingError {
  return new ReportingError("REPORTING_INVALID_PERIOD", `${what}.`);
}

function checkZone(timeZone: unknown): string {
  if (typeof timeZone !== "string" || timeZone.length === 0) throw invalid(`the time zone must be an IANA name such as "Europe/Berlin", got ${JSON.stringify(timeZone)}`);
  try {
    new Intl.DateTimeFormat("en", { timeZone });
  } catch {
    throw invalid(`"${timeZone}" is no time zone this runtime knows (an IANA name such as "Europe/Berlin")`);
  }
  return timeZone;
}

/** The first and last day of the period of `unit` that holds the calendar date `day`, and its key. */
function bounds(unit: PeriodUnit, day: TZDate): { first: TZDate; last: TZDate; key: string } {
  const year = day.getFullYear();
  switch (unit) {
    case "day":
      return { first: day, last: day, key: dayOf(day) };
    case "week": {
      const first = startOfISOWeek(day);
      return { first, last: addDays(first, 6), key: `${String(getISOWeekYear(day)).padStart(4, "0")}-W${pad(getISOWeek(day))}` };
    }
    case "month": {
      const first = calendarDate(`${String(year).padStart(4, "0")}-${pad(day.getMonth() + 1)}-01`);
      return { first, last: addDays(addMonths(first, 1), -1), key: dayOf(first).slice(0, 7) };
    }
    case "quarter": {
      const quarter = Math.floor(day.getMonth() / 3);
      const first = calendarDate(`${String(year).padStart(4, "0")}-${pad(quarter * 3 + 1)}-01`);
      return { first, last: addDays(addMonths(first, 3), -1), key: `${String(year).padStart(4, "0")}-Q${quarter + 1}` };
    }
    case "year": {
      const first = calendarDate(`${String(year).padStart(4, "0")}-01-01`);
      return { first, last: addDays(addYears(first, 1), -1), key: String(year).padStart(4, "0") };
    }
  }
}

function periodFromDay(unit: PeriodUnit, day: TZDate, timeZone: string): ReportPeriod {
  const { first, last, key } = bounds(unit, day);
  const firstDay = dayOf(first);
  const lastDay = dayOf(last);
  // The calendar ends at 0000-01-01 and 9999-12-31: a week or period reaching past them has no instants.
  if (first.getFullYear() < 0 || last.getFullYear() > 9999 || firstDay.startsWith("-") || key.startsWith("-")) throw invalid(`the ${unit} of ${dayOf(day)} reaches beyond the years 0000 to 9999`);
  return Object.freeze({
    unit,
    key,
    timeZone,
    firstDay,
    lastDay,
    from: instantText(startOfLocalDate, firstDay, timeZone),
    to: instantText(endOfLocalDate, lastDay, timeZone),
  });
}

/** A day's start or end as an instant, with core's refusal turned into this package's. */
function instantText(of: (day: string, timeZone: string) => number, day: string, timeZone: string): string {
  try {
    return new Date(of(day, timeZone)).toISOString();
  } catch (error) {
    throw invalid(`the day ${day} in ${timeZone} has no instant this runtime can write (${(error as Error).message})`);
  }
}

/**
 * The period of `unit` that holds `day` (a calendar date `YYYY-MM-DD`) in
 * `timeZone`.
 *
 * @example
 * ```ts
 * periodOfDay("month", "2027-03-15", "Europe/Berlin");
 * // { key: "2027-03", firstDay: "2027-03-01", lastDay: "2027-03-31",
 * //   from: "2027-02-28T23:00:00.000Z", to: "2027-03-31T22:00:00.000Z", … }
 * ```
 */
export function periodOfDay(unit: PeriodUnit, day: string, timeZone: string): ReportPeriod {
  if (!isUnit(unit)) throw invalid(`the unit must be one of ${PERIOD_UNITS.join(", ")}, got ${JSON.stringify(unit)}`);
  return periodFromDay(unit, calendarDate(String(day)), checkZone(timeZone));
}

/**
 * The period of `unit` that holds the instant `at` (an RFC 3339 string or
 * epoch milliseconds) on the calendar of `timeZone`: `from <= at < to`.
 */
export function periodContaining(unit: PeriodUnit, at: string | number, timeZone: string): ReportPeriod {
  const ms = instantMs(at, true);
  if (!Number.isFinite(ms)) {
    throw invalid(`the instant must be epoch milliseconds or an RFC 3339 instant with an offset, got ${JSON.stringify(at)}`);
  }
  const zone = checkZone(timeZone);
  return periodOfDay(unit, localDateOf(ms, zone), zone);
}

/** The period right after `period`, in the same unit and time zone. */
export function nextPeriod(period: ReportPeriod): ReportPeriod {
  return periodFromDay(period.unit, addDays(calendarDate(period.lastDay), 1), period.timeZone);
}

/** The period right before `period`, in the same unit and time zone (the comparison a report shows beside it). */
export function previousPeriod(period: ReportPeriod): ReportPeriod {
  return periodFromDay(period.unit, addDays(calendarDate(period.firstDay), -1), period.timeZone);
}

/** The most periods {@link periodsBetween} lists: ten years of days. */
export const MOST_PERIODS = 3660;

/**
 * The periods of `unit` from the one that holds `firstDay` to the one that
 * holds `lastDay` (both `YYYY-MM-DD`, inclusive), in order, each starting
 * where the one before ends. Refuses more than {@link MOST_PERIODS}.
 */
export function periodsBetween(unit: PeriodUnit, firstDay: string, lastDay: string, timeZone: string): ReportPeriod[] {
  const first = periodOfDay(unit, firstDay, timeZone);
  const last = periodOfDay(unit, lastDay, timeZone);
  if (last.firstDay < first.firstDay) throw invalid(`the last day ${lastDay} comes before the first day ${firstDay}`);
  const periods = [first];
  while (periods[periods.length - 1]!.key !== last.key) {
    if (periods.length === MOST_PERIODS) throw invalid(`from ${firstDay} to ${lastDay} are more than ${MOST_PERIODS} periods of a ${unit}; ask for a longer unit`);
    periods.push(nextPeriod(periods[periods.length - 1]!));
  }
  return periods;
}

/**
 * Reads a period's key back: `2027-03-28`, `2027-W12`, `2027-03`,
 * `2027-Q1` or `2027`, on the calendar of `timeZone`.
 */
export function parsePeriod(key: string, timeZone: string): ReportPeriod {
  const text = String(key);
  let match: RegExpExecArray | null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return periodOfDay("day", text, timeZone);
  if ((match = /^(\d{4})-W(\d{2})$/.exec(text)) !== null) {
    const [year, week] = [Number(match[1]), Number(match[2])];
    // 4 January is always in week 1 of its ISO year.
    const period = periodFromDay("week", addDays(startOfISOWeek(calendarDate(`${match[1]}-01-04`)), (week - 1) * 7), checkZone(timeZone));
    if (week < 1 || period.key !== `${match[1]}-W${match[2]}`) throw invalid(`"${text}": ${year} has no ISO week ${week}`);
    return period;
  }
  if ((match = /^(\d{4})-(\d{2})$/.exec(text)) !== null) return periodOfDay("month", `${text}-01`, timeZone);
  if ((match = /^(\d{4})-Q([1-4])$/.exec(text)) !== null) return periodOfDay("quarter", `${match[1]}-${pad((Number(match[2]) - 1) * 3 + 1)}-01`, timeZone);
  if (/^\d{4}$/.test(text)) return periodOfDay("year", `${text}-01-01`, timeZone);
  throw invalid(`"${text}" is no period; write a day 2027-03-28, a week 2027-W12, a month 2027-03, a quarter 2027-Q1 or a year 2027`);
}
