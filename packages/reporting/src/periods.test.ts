import { localDateOf } from "@kommune-sm/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nextPeriod, parsePeriod, PERIOD_UNITS, periodContaining, periodOfDay, periodsBetween, previousPeriod, type PeriodUnit } from "./periods.js";
import { ReportingError } from "./reporting-error.js";

const HOUR = 3_600_000;
const hours = (period: { from: string; to: string }): number => (Date.parse(period.to) - Date.parse(period.from)) / HOUR;

describe("periods on the town hall's calendar", () => {
  it("a month starts and ends at local midnight, in winter and summer time", () => {
    const march = periodOfDay("month", "2027-03-15", "Europe/Berlin");
    expect(march).toMatchObject({ key: "2027-03", firstDay: "2027-03-01", lastDay: "2027-03-31", from: "2027-02-28T23:00:00.000Z", to: "2027-03-31T22:00:00.000Z" });
    // 31 days less the hour lost on 28 March.
    expect(hours(march)).toBe(31 * 24 - 1);
  });

  it("the days of the clock changes have 23 and 25 hours", () => {
    expect(hours(periodOfDay("day", "2027-03-28", "Europe/Berlin"))).toBe(23);
    expect(hours(periodOfDay("day", "2027-10-31", "Europe/Berlin"))).toBe(25);
    expect(hours(periodOfDay("day", "2027-06-01", "Europe/Berlin"))).toBe(24);
    // Lord Howe Island changes its clock by half an hour.
    expect(hours(periodOfDay("day", "2027-04-04", "Australia/Lord_Howe"))).toBe(24.5);
  });

  it("a sample just before local midnight belongs to the day on the town's calendar, not the UTC one", () => {
    // 23:30 in Berlin on 31 March (summer time) is 21:30 UTC.
    expect(periodContaining("day", "2027-03-31T21:30:00Z", "Europe/Berlin").key).toBe("2027-03-31");
    expect(periodContaining("month", "2027-03-31T22:00:00Z", "Europe/Berlin").key).toBe("2027-04");
    expect(periodContaining("year", "2026-12-31T23:30:00Z", "Europe/Berlin").key).toBe("2027");
    expect(periodContaining("year", "2026-12-31T23:30:00Z", "UTC").key).toBe("2026");
  });

  it("weeks are ISO weeks, Monday to Sunday, named by their ISO year", () => {
    expect(periodOfDay("week", "2027-01-01", "Europe/Berlin")).toMatchObject({ key: "2026-W53", firstDay: "2026-12-28", lastDay: "2027-01-03" });
    expect(periodOfDay("week", "2027-01-04", "Europe/Berlin")).toMatchObject({ key: "2027-W01", firstDay: "2027-01-04", lastDay: "2027-01-10" });
    expect(parsePeriod("2026-W53", "Europe/Berlin").firstDay).toBe("2026-12-28");
    expect(() => parsePeriod("2027-W53", "Europe/Berlin")).toThrow(/2027 has no ISO week 53/);
  });

  it("quarters, years and the periods between two days", () => {
    expect(periodOfDay("quarter", "2027-08-20", "Europe/Berlin")).toMatchObject({ key: "2027-Q3", firstDay: "2027-07-01", lastDay: "2027-09-30" });
    expect(periodOfDay("year", "2028-02-29", "Europe/Berlin")).toMatchObject({ key: "2028", firstDay: "2028-01-01", lastDay: "2028-12-31" });
    expect(periodsBetween("month", "2027-11-15", "2028-02-01", "Europe/Berlin").map((period) => period.key)).toEqual(["2027-11", "2027-12", "2028-01", "2028-02"]);
    expect(previousPeriod(parsePeriod("2027-Q1", "Europe/Berlin")).key).toBe("2026-Q4");
  });

  it("refuses what is no period, naming it", () => {
    const refused = (run: () => unknown): ReportingError => {
      try {
        run();
      } catch (error) {
        expect(error).toBeInstanceOf(ReportingError);
        expect((error as ReportingError).code).toBe("REPORTING_INVALID_PERIOD");
        return error as ReportingError;
      }
      throw new Error("not refused");
    };
    expect(refused(() => periodOfDay("month", "2027-02-30", "Europe/Berlin")).message).toContain('"2027-02-30" is no day of the calendar');
    expect(refused(() => periodOfDay("fortnight" as PeriodUnit, "2027-02-03", "Europe/Berlin")).message).toContain("day, week, month, quarter, year");
    expect(refused(() => periodOfDay("day", "2027-02-03", "Europe/Bonn")).message).toContain('"Europe/Bonn" is no time zone');
    expect(refused(() => periodContaining("day", "2027-02-03T10:00:00", "Europe/Berlin")).message).toContain("with an offset");
    expect(refused(() => parsePeriod("März 2027", "Europe/Berlin")).message).toContain("write a day 2027-03-28");
    expect(refused(() => periodsBetween("day", "2027-03-02", "2027-03-01", "Europe/Berlin")).message).toContain("comes before");
    expect(refused(() => periodsBetween("day", "2000-01-01", "2027-03-01", "Europe/Berlin")).message).toContain("ask for a longer unit");
  });

  it("property: each instant lies in exactly one period of each unit, the periods follow one another without gap or overlap, and a key reads back", () => {
    const zones = ["Europe/Berlin", "UTC", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata", "Pacific/Chatham"];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2100, 0, 1) }),
        fc.constantFrom(...PERIOD_UNITS),
        fc.constantFrom(...zones),
        (ms, unit, zone) => {
          const period = periodContaining(unit, ms, zone);
          const from = Date.parse(period.from);
          const to = Date.parse(period.to);
          expect(from).toBeLessThanOrEqual(ms);
          expect(ms).toBeLessThan(to);
          const day = localDateOf(ms, zone);
          expect(period.firstDay <= day && day <= period.lastDay).toBe(true);
          const next = nextPeriod(period);
          expect(next.from).toBe(period.to);
          expect(periodContaining(unit, to, zone).key).toBe(next.key);
          expect(periodContaining(unit, to - 1, zone).key).toBe(period.key);
          expect(previousPeriod(next)).toEqual(period);
          expect(parsePeriod(period.key, zone)).toEqual(period);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("property: the days of a month and the months of a year cover it exactly", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1971, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.constantFrom("Europe/Berlin", "America/Sao_Paulo", "Australia/Lord_Howe"), (year, month, zone) => {
        const monthPeriod = parsePeriod(`${year}-${String(month).padStart(2, "0")}`, zone);
        const days = periodsBetween("day", monthPeriod.firstDay, monthPeriod.lastDay, zone);
        expect(days[0]!.from).toBe(monthPeriod.from);
        expect(days[days.length - 1]!.to).toBe(monthPeriod.to);
        for (let index = 1; index < days.length; index++) expect(days[index]!.from).toBe(days[index - 1]!.to);
        const months = periodsBetween("month", `${year}-01-01`, `${year}-12-31`, zone);
        expect(months).toHaveLength(12);
        expect(months[0]!.from).toBe(parsePeriod(String(year), zone).from);
        expect(months[11]!.to).toBe(parsePeriod(String(year), zone).to);
      }),
      { numRuns: 200 },
    );
  });
});
