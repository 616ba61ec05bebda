import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeValidate } from "../validation/validate.js";
import { IdSchema, InstantSchema, LanguageSchema, LocalDateSchema, TimeZoneSchema, UrlSchema } from "./common.js";
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

  it("rejects an instant whose UTC form leaves the four-digit years", () => {
    expectCatalogueIssue(InstantSchema, "0000-01-01T00:30:00+01:00", "", "instant.out-of-range");
    expectCatalogueIssue(InstantSchema, "9999-12-31T23:30:00-01:00", "", "instant.out-of-range");
  });

  it("gives the same instant as Date for any moment and offset (property)", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1000-01-02T00:00:00Z"), max: new Date("9999-12-30T00:00:00Z"), noInvalidDate: true }),
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
      fc.property(fc.date({ min: new Date("0001-01-01T00:00:00Z"), max: new Date("9999-12-31T23:59:59Z"), noInvalidDate: true }), (date) => {
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
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (year, month, day) => {
        const date = new Date(0);
        date.setUTCFullYear(year, month - 1, day);
        const exists = date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
        const text = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
        expect(accepts(LocalDateSchema, text)).toBe(exists);
      }),
    );
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
