import fc from "fast-check";
import { describe, expect, it } from "vitest";
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
