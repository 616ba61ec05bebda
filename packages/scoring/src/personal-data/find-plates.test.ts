import { describe, expect, it } from "vitest";
import { findPersonalData } from "./create-personal-data-finder.js";
import { DISTRICT_CODES } from "./district-codes.js";

const plates = (text: string) => findPersonalData(text, { kinds: ["plate"] }).map((match) => match.text);

describe("vehicle registration plates", () => {
  it.each([
    ["TÜ-AB 123", "TÜ-AB 123"],
    ["M AB 1234", "M AB 1234"],
    ["B-X 1E", "B-X 1E"],
    ["S-KM 42H", "S-KM 42H"],
    ["HH-AB 12", "HH-AB 12"],
    ["K-LN 1", "K-LN 1"],
    ["RT-XY 99", "RT-XY 99"],
    ["SÜW-A 12", "SÜW-A 12"],
    ["LÖ-AB 123", "LÖ-AB 123"],
    ["MZ-AB 12E", "MZ-AB 12E"],
    ["BGL-ZZ 9", "BGL-ZZ 9"],
    ["KÜN-AB 123", "KÜN-AB 123"],
    ["HRO-X 42", "HRO-X 42"],
    ["F-AB 1234", "F-AB 1234"],
    ["Das Auto mit dem Kennzeichen TÜ-AB 123 parkt falsch.", "TÜ-AB 123"],
    ["(DIN-AB 12)", "DIN-AB 12"],
    ["TU\u0308-AB 123", "TU\u0308-AB 123"],
    // Right after "Kennzeichen", any district: invented ones in examples, new or foreign codes.
    ["mit dem Kennzeichen XY-Z 99 wird abgeschleppt", "XY-Z 99"],
    ["Kfz-Kennzeichen: QZ-LM 2024", "QZ-LM 2024"],
  ])("finds %j", (text, expected) => {
    expect(plates(text)).toEqual([expected]);
  });

  it.each([
    "CO 2",
    "PS 150",
    "AB 12",
    "UHR 12",
    "AB SO 12 Uhr",
    "HEUTE AB 12 UHR",
    "DIN A 4",
    "DIN EN 1234",
    "XY-AB 123",
    "TÜ-AB 0123",
    "TÜ-AB 12345",
    "KÜN-AB 1234",
    "TÜ-ABC 123",
    "S-Bahn 12",
    "TÜ-ab 123",
    "Tü-AB 123",
    "ATÜ-AB 123",
    "Autobahn A 8",
    "B 27",
    "TÜ-AB 12,5",
  ])("finds nothing in %j", (text) => {
    expect(plates(text)).toEqual([]);
  });

  it("knows the district codes of the official list", () => {
    expect(DISTRICT_CODES.size).toBeGreaterThanOrEqual(700);
    for (const code of ["B", "M", "HH", "TÜ", "RT", "SÜW", "NRW", "THW", "KYF", "LDS", "MSE", "VG"]) {
      expect(DISTRICT_CODES.has(code), code).toBe(true);
    }
    for (const code of ["XY", "UHR", "ABC", "ZZZ"]) expect(DISTRICT_CODES.has(code), code).toBe(false);
    for (const code of DISTRICT_CODES) expect(code).toMatch(/^[A-ZÄÖÜ]{1,3}$/u);
  });
});
