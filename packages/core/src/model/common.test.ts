import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeValidate } from "../validation/validate.js";
import {
  IdSchema,
  INSTANT_RANGE,
  InstantSchema,
  isInstantInRange,
  isLocalDateInRange,
  LanguageSchema,
  LOCAL_DATE_RANGE,
  LocalDateSchema,
  TimeZoneSchema,
  UrlSchema,
} from "./common.js";
import { expectCatalogueIssue, issueAt, parsed } from "./test-support.js";

const accepts = (schema: Parameters<typeof safeValidate>[0], input: unknown) => safeValidate(schema, input).success;

describe("IdSchema", () => {
  it("accepts slugs, UUIDs and ids of 128 characters", () => {
    expect(parsed(IdSchema, "musterstadt")).toBe("musterstadt");
    expect(parsed(IdSchema, "0b8d3f4e-8a1c-4d7e-9c52-3e1f0a6b2d91")).toBe("0b8d3f4e-8a1c-4d7e-9c52-3e1f0a6b2d91");
    expect(accepts(IdSchema, "x".repeat(128))).toBe(true);
  });

  it("rejects an empty id and one longer than 128 characters", () => {
    expect(issueAt(IdSchema, "", "").de.code).toBe("too_small");
    expect(issueAt(IdSchema, "x".repeat(129), "").de.code).toBe("too_big");
  });

  it("rejects surrounding whitespace instead of trimming it", () => {
    for (const id of [" musterstadt", "musterstadt ", "\tmusterstadt", "musterstadt\n"]) {
      expectCatalogueIssue(IdSchema, id, "", "id.surrounding-whitespace");
    }
    expect(parsed(IdSchema, "stadt muster")).toBe("stadt muster");
  });
});

describe("InstantSchema", () => {
  it("normalises an offset to UTC with milliseconds", () => {
    expect(parsed(InstantSchema, "2026-03-08T18:00:00+01:00")).toBe("2026-03-08T17:00:00.000Z");
    expect(parsed(InstantSchema, "2026-07-01T00:30:00+02:00")).toBe("2026-06-30T22:30:00.000Z");
    expect(parsed(InstantSchema, "2026-03-08T18:00:00Z")).toBe("2026-03-08T18:00:00.000Z");
    expect(parsed(InstantSchema, "2026-03-08T18:00:00.123456Z")).toBe("2026-03-08T18:00:00.123Z");
  });

  it("rejects a time without offset, without seconds, or on a day that does not exist", () => {
    for (const input of ["2026-03-08T18:00:00", "2026-03-08T18:00Z", "2026-02-29T10:00:00Z", "2026-03-08", "08.03.2026 18:00", ""]) {
      const { de, en } = issueAt(InstantSchema, input, "");
      expect(de.code, input).toBe("invalid_format");
      expect(de.message).toMatch(/Datum/);
      expect(en.message).toMatch(/datetime/i);
    }
  });

  it("rejects an instant whose UTC form lies outside the years 1970 to 2199, naming the field and the years", () => {
    const range = { minYear: 1970, maxYear: 2199 };
    for (const input of ["0000-01-01T00:30:00+01:00", "9999-12-31T23:30:00-01:00", "9999-12-31T23:00:00Z", "1969-12-31T23:59:59.999Z", "2200-01-01T00:00:00Z", "1970-01-01T00:30:00+01:00"]) {
      expectCatalogueIssue(InstantSchema, input, "", "instant.out-of-range", { ...range, field: "input" });
    }
    expect(issueAt(InstantSchema, "9999-12-31T23:00:00Z", "").de.message).toBe("„input“ liegt außerhalb der Jahre 1970 bis 2199 (UTC).");
    expect(issueAt(InstantSchema, "9999-12-31T23:00:00Z", "").en.message).toBe('"input" lies outside the years 1970 to 2199 (UTC).');
  });

  it("accepts the first and the last millisecond of the range, also written with an offset", () => {
    expect(parsed(InstantSchema, "1970-01-01T00:00:00Z")).toBe(INSTANT_RANGE.start);
    expect(parsed(InstantSchema, "2199-12-31T23:59:59.999Z")).toBe("2199-12-31T23:59:59.999Z");
    expect(parsed(InstantSchema, "2200-01-01T00:30:00+01:00")).toBe("2199-12-31T23:30:00.000Z");
    expect(parsed(InstantSchema, "1969-12-31T23:30:00-01:00")).toBe("1970-01-01T00:30:00.000Z");
  });

  it("checks epoch milliseconds against the same range as the schema (property)", () => {
    expect(isInstantInRange(INSTANT_RANGE.startMs)).toBe(true);
    expect(isInstantInRange(INSTANT_RANGE.endMs - 1)).toBe(true);
    expect(isInstantInRange(INSTANT_RANGE.endMs)).toBe(false);
    expect(isInstantInRange(-1)).toBe(false);
    for (const odd of [Number.NaN, Infinity, -Infinity, 8.64e15, Date.UTC(10000, 0, 1)]) expect(isInstantInRange(odd)).toBe(false);
    fc.assert(
      fc.property(fc.integer({ min: -8.64e15, max: 8.64e15 }), (ms) => {
        expect(isInstantInRange(ms)).toBe(safeValidate(InstantSchema, new Date(ms).toISOString()).success);
      }),
      { numRuns: 500 },
    );
  });

  it("gives the same instant as Date for any moment and offset (property)", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1970-01-02T00:00:00Z"), max: new Date("2199-12-30T00:00:00Z"), noInvalidDate: true }),
        fc.integer({ min: -14 * 60, max: 14 * 60 }).filter((minutes) => Math.abs(minutes) < 24 * 60),
        (date, offsetMinutes) => {
          const local = new Date(date.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 23);
          const sign = offsetMinutes < 0 ? "-" : "+";
          const abs = Math.abs(offsetMinutes);
          const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
          expect(parsed(InstantSchema, `${local}${offset}`)).toBe(date.toISOString());
        },
      ),
    );
  });

  it("leaves an already normalised instant unchanged (idempotent)", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(INSTANT_RANGE.startMs), max: new Date(INSTANT_RANGE.endMs - 1), noInvalidDate: true }), (date) => {
        const iso = date.toISOString();
        expect(parsed(InstantSchema, iso)).toBe(iso);
      }),
    );
  });
});

describe("LocalDateSchema", () => {
  it("accepts real calendar dates, 29 February only in leap years", () => {
    expect(parsed(LocalDateSchema, "2027-03-14")).toBe("2027-03-14");
    expect(accepts(LocalDateSchema, "2028-02-29")).toBe(true);
    expect(accepts(LocalDateSchema, "2000-02-29")).toBe(true);
    expect(accepts(LocalDateSchema, "2027-02-29")).toBe(false);
    expect(accepts(LocalDateSchema, "1900-02-29")).toBe(false);
    expect(accepts(LocalDateSchema, "2027-04-31")).toBe(false);
    expect(accepts(LocalDateSchema, "2027-13-01")).toBe(false);
    expect(accepts(LocalDateSchema, "14.03.2027")).toBe(false);
  });

  it("accepts a date exactly when the calendar has it (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2199 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (year, month, day) => {
        const date = new Date(0);
        date.setUTCFullYear(year, month - 1, day);
        const exists = date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
        const text = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
        expect(accepts(LocalDateSchema, text)).toBe(exists);
      }),
    );
  });

  it("refuses a real date outside the years 1900 to 2199, such as the year 50, naming the date and the years", () => {
    for (const date of ["0050-01-01", "0000-01-01", "1899-12-31", "2200-01-01", "9999-12-31"]) {
      expectCatalogueIssue(LocalDateSchema, date, "", "local-date.out-of-range", { field: "input", value: date, minYear: 1900, maxYear: 2199 });
      expect(isLocalDateInRange(date)).toBe(false);
    }
    expect(issueAt(LocalDateSchema, "0050-01-01", "").de.message).toBe("„input“ (0050-01-01) liegt außerhalb der Jahre 1900 bis 2199.");
    for (const date of [LOCAL_DATE_RANGE.first, LOCAL_DATE_RANGE.last, "2027-03-14"]) {
      expect(parsed(LocalDateSchema, date)).toBe(date);
      expect(isLocalDateInRange(date)).toBe(true);
    }
    expect(isLocalDateInRange("14.03.2027")).toBe(false);
  });

  it("says what is wrong in German and English", () => {
    const { de, en } = issueAt(LocalDateSchema, "2027-02-30", "");
    expect(de.message).toMatch(/Ungültig/);
    expect(en.message).toMatch(/Invalid/);
  });
});

describe("TimeZoneSchema", () => {
  it("accepts IANA zones", () => {
    for (const zone of ["Europe/Berlin", "Europe/Vienna", "America/Argentina/Buenos_Aires", "UTC", "Etc/GMT-1"]) {
      expect(parsed(TimeZoneSchema, zone)).toBe(zone);
    }
  });

  it("rejects unknown zones and fixed offsets with the catalogue message", () => {
    for (const zone of ["Europe/Musterstadt", "Mars/Olympus_Mons", "+01:00", "MEZ und MESZ", ""]) {
      expectCatalogueIssue(TimeZoneSchema, zone, "", "time-zone.unknown", { value: zone });
    }
    expect(issueAt(TimeZoneSchema, "Europe/Musterstadt", "").de.message).toBe(
      "„Europe/Musterstadt“ ist keine bekannte IANA-Zeitzone (zum Beispiel Europe/Berlin).",
    );
  });
});

describe("well-formed Unicode in ids and URLs", () => {
  it("refuses a lone surrogate with the catalogue message", () => {
    expectCatalogueIssue(IdSchema, "post-\uD83D", "", "text.ill-formed", { field: "input" });
    expectCatalogueIssue(UrlSchema, "https://musterstadt.example/\uDE00", "", "text.ill-formed", { field: "input" });
    expect(parsed(IdSchema, "post-🎉")).toBe("post-🎉");
  });
});

describe("UrlSchema", () => {
  it("accepts http and https URLs", () => {
    expect(parsed(UrlSchema, "https://www.musterstadt.example/impressum")).toBe("https://www.musterstadt.example/impressum");
    expect(accepts(UrlSchema, "http://localhost:8080/sandbox")).toBe(true);
  });

  it("rejects other schemes and relative URLs", () => {
    for (const url of ["javascript:alert(1)", "ftp://musterstadt.example/", "mailto:info@musterstadt.example", "/impressum", "www.musterstadt.example"]) {
      const { de, en } = issueAt(UrlSchema, url, "");
      expect(de.message, url).toMatch(/URL/);
      expect(en.message).toMatch(/URL/);
    }
  });
});

describe("LanguageSchema", () => {
  it("accepts language, script and region tags", () => {
    for (const tag of ["de", "en", "de-DE", "de-AT", "tr", "sr-Latn", "zh-Hant-TW", "es-419", "gsw"]) {
      expect(accepts(LanguageSchema, tag), tag).toBe(true);
    }
  });

  it("rejects what is no language tag", () => {
    for (const tag of ["", "deutsch", "de_DE", "d", "de-", "DE DE"]) {
      expectCatalogueIssue(LanguageSchema, tag, "", "language.format");
    }
  });
});
