import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LOCAL_DATE_RANGE } from "../model/common.js";
import { endOfLocalDate, instantToZonedTime, localDateOf, startOfLocalDate, zonedTimeToInstant } from "./zoned-time.js";

const berlin = "Europe/Berlin";
const iso = (instant: number) => new Date(instant).toISOString();

describe("zonedTimeToInstant in Europe/Berlin", () => {
  it("reads an ordinary winter and summer time with their offsets", () => {
    expect(iso(zonedTimeToInstant({ year: 2026, month: 1, day: 15, hour: 9 }, berlin))).toBe("2026-01-15T08:00:00.000Z");
    expect(iso(zonedTimeToInstant({ year: 2026, month: 7, day: 15, hour: 9 }, berlin))).toBe("2026-07-15T07:00:00.000Z");
  });

  it("moves a time in the spring gap forward by the gap (02:30 → 03:30 CEST)", () => {
    expect(iso(zonedTimeToInstant({ year: 2026, month: 3, day: 29, hour: 2, minute: 30 }, berlin))).toBe("2026-03-29T01:30:00.000Z");
    expect(iso(zonedTimeToInstant({ year: 2026, month: 3, day: 29, hour: 3 }, berlin))).toBe("2026-03-29T01:00:00.000Z");
    expect(iso(zonedTimeToInstant({ year: 2026, month: 3, day: 29, hour: 1, minute: 59 }, berlin))).toBe("2026-03-29T00:59:00.000Z");
  });

  it("takes the first occurrence of a time that exists twice in autumn (02:30 CEST)", () => {
    expect(iso(zonedTimeToInstant({ year: 2026, month: 10, day: 25, hour: 2, minute: 30 }, berlin))).toBe("2026-10-25T00:30:00.000Z");
    expect(iso(zonedTimeToInstant({ year: 2026, month: 10, day: 25, hour: 3 }, berlin))).toBe("2026-10-25T02:00:00.000Z");
  });

  it("refuses a wall-clock time that is not a date", () => {
    expect(() => zonedTimeToInstant({ year: 2026, month: 2, day: 30 }, berlin)).toThrow(/Not a valid wall-clock time/);
    expect(() => zonedTimeToInstant({ year: 2026, month: 1, day: 1 }, "Mars/Olympus")).toThrow(/time zone/);
  });

  it("round-trips every existing wall-clock time (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 0, 1) }), (raw) => {
        const instant = raw - (raw % 60_000);
        const local = instantToZonedTime(instant, berlin);
        const back = zonedTimeToInstant(local, berlin);
        // Exactly the same instant, except in the repeated autumn hour where the first occurrence wins.
        expect(back === instant || back === instant - 3_600_000).toBe(true);
        expect(instantToZonedTime(back, berlin)).toEqual(local);
      }),
    );
  });
});

describe("local days", () => {
  it("knows the short and the long day", () => {
    expect(endOfLocalDate("2026-03-29", berlin) - startOfLocalDate("2026-03-29", berlin)).toBe(23 * 3_600_000);
    expect(endOfLocalDate("2026-10-25", berlin) - startOfLocalDate("2026-10-25", berlin)).toBe(25 * 3_600_000);
    expect(endOfLocalDate("2026-12-31", berlin)).toBe(Date.parse("2026-12-31T23:00:00Z"));
  });

  it("gives the local calendar date of an instant", () => {
    expect(localDateOf(Date.parse("2026-06-30T22:30:00Z"), berlin)).toBe("2026-07-01");
    expect(localDateOf(Date.parse("2026-06-30T22:30:00Z"), "UTC")).toBe("2026-06-30");
  });
});

/** Epoch ms of a UTC date and time, with the years 0 to 99 as written (Date.UTC would add 1900). */
function utc(year: number, month: number, date: number, hour = 0, minute = 0, second = 0): number {
  const value = new Date(0);
  value.setUTCFullYear(year, month - 1, date);
  value.setUTCHours(hour, minute, second, 0);
  return value.getTime();
}

const zones: readonly string[] = Intl.supportedValuesOf("timeZone");

describe("dates of other centuries", () => {
  it("reads the year 50 as the year 50, not 1950, and does not throw", () => {
    // Before standard time (1893) Berlin kept local mean time, 0:53:28 ahead of UTC.
    const lmt = (53 * 60 + 28) * 1000;
    expect(startOfLocalDate("0050-01-01", berlin)).toBe(utc(50, 1, 1) - lmt);
    expect(endOfLocalDate("0050-12-31", berlin)).toBe(utc(51, 1, 1) - lmt);
    expect(zonedTimeToInstant({ year: 99, month: 12, day: 31, hour: 23 }, "UTC")).toBe(utc(99, 12, 31, 23));
    expect(localDateOf(utc(50, 6, 1), "UTC")).toBe("0050-06-01");
  });

  it("keeps whole seconds of a local-mean-time offset", () => {
    const start = startOfLocalDate("1890-01-01", berlin);
    expect(Number.isInteger(start)).toBe(true);
    expect(start).toBe(utc(1890, 1, 1) - (53 * 60 + 28) * 1000);
    expect(instantToZonedTime(start, berlin)).toEqual({ year: 1890, month: 1, day: 1, hour: 0, minute: 0, second: 0 });
  });

  it("ends the last day that YYYY-MM-DD can write at the start of the year 10000", () => {
    expect(endOfLocalDate("9999-12-31", "UTC")).toBe(utc(10000, 1, 1));
  });

  it("never throws for a date LocalDateSchema accepts, in any zone Intl knows, and gives a sensible day (property)", () => {
    const first = Date.parse(`${LOCAL_DATE_RANGE.first}T00:00:00Z`);
    const last = Date.parse(`${LOCAL_DATE_RANGE.last}T00:00:00Z`);
    fc.assert(
      fc.property(fc.integer({ min: first / 86_400_000, max: last / 86_400_000 }), fc.constantFrom(...zones), (days, zone) => {
        const date = new Date(days * 86_400_000).toISOString().slice(0, 10);
        const start = startOfLocalDate(date, zone);
        const end = endOfLocalDate(date, zone);
        expect(Number.isInteger(start) && Number.isInteger(end)).toBe(true);
        expect(end).toBeGreaterThanOrEqual(start);
        // Zones have shifted by up to a day (Pacific/Apia skipped 2011-12-30), never more.
        expect(end - start).toBeLessThanOrEqual(48 * 3_600_000);
        if (end > start) {
          expect(localDateOf(start, zone)).toBe(date);
          expect(localDateOf(end - 1, zone)).toBe(date);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("knows a day that a zone skipped entirely: it has no instants", () => {
    expect(endOfLocalDate("2011-12-30", "Pacific/Apia")).toBe(startOfLocalDate("2011-12-30", "Pacific/Apia"));
  });
});

describe("what is not a date, an instant or a zone", () => {
  it("throws CORE_INVALID_ARGUMENT naming the problem", () => {
    expect(() => startOfLocalDate("2027-02-30", berlin)).toThrow(/Not a valid wall-clock time/);
    expect(() => endOfLocalDate("2027-02-30", berlin)).toThrow(/Not a valid wall-clock time/);
    expect(() => endOfLocalDate("27-02-01", berlin)).toThrow(/Not a local date/);
    expect(() => zonedTimeToInstant({ year: 2027, month: 1, day: 1, hour: 0.5 }, berlin)).toThrow(/Not a valid wall-clock time/);
    expect(() => zonedTimeToInstant({ year: 10_000, month: 1, day: 1 }, "UTC")).toThrow(/Not a valid wall-clock time/);
    for (const instant of [Number.NaN, Infinity, 8.64e15 + 1]) {
      expect(() => instantToZonedTime(instant, berlin)).toThrow(/Not an instant/);
      expect(() => localDateOf(instant, berlin)).toThrow(expect.objectContaining({ code: "CORE_INVALID_ARGUMENT" }));
    }
    expect(() => localDateOf(-8.64e15, "UTC")).toThrow(/cannot write/);
  });
});
