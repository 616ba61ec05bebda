import { friendlyFormatIBAN } from "ibantools";
import { describe, expect, it } from "vitest";
import { findPersonalData } from "./create-personal-data-finder.js";

const ibans = (text: string) => findPersonalData(text, { kinds: ["iban"] }).map((match) => match.text);

// Example IBANs of the IBAN registry and the banks' documentation; all have right check digits.
const VALID = [
  "DE89370400440532013000",
  "DE44500105175407324931",
  "GB29NWBK60161331926819",
  "NL91ABNA0417164300",
  "AT611904300234573201",
  "CH9300762011623852957",
  "FR1420041010050500013M02606",
  "BE68539007547034",
  "ES9121000418450200051332",
  "IT60X0542811101000000123456",
  "PL61109010140000071219812874",
  "LU280019400644750000",
  "NO9386011117947",
  "DK5000400440116243",
];

describe("IBANs", () => {
  it.each(VALID)("finds %s without spaces and in groups of four", (iban) => {
    expect(ibans(`Spenden an ${iban} bitte`)).toEqual([iban]);
    const grouped = friendlyFormatIBAN(iban)!;
    expect(ibans(`IBAN: ${grouped}.`)).toEqual([grouped]);
  });

  it.each([
    ["de89370400440532013000", "de89370400440532013000"],
    ["IBAN DE89 3704 0044 0532 0130 00 (Sparkasse)", "DE89 3704 0044 0532 0130 00"],
    ["DE89\u00a03704\u00a00044\u00a00532\u00a00130\u00a000", "DE89\u00a03704\u00a00044\u00a00532\u00a00130\u00a000"],
  ])("finds %j", (text, expected) => {
    expect(ibans(text)).toEqual([expected]);
  });

  it.each([
    "DE89 3704 0044 0532 0130 01",
    "DE89370400440532013001",
    "DE00 3704 0044 0532 0130 00",
    "DE89 3704 0044 0532 0130",
    "DE89 3704 0044 0532 0130 0012",
    "XX89370400440532013000",
    "DE8937040044053201300A",
    "US12345678901234567890",
    "ADE89370400440532013000",
    "DE89370400440532013000X",
    "GB29 NWBK 6016 1331 9268 18",
    "NL91ABNA0417164301",
    "Kontonummer 0532013000, BLZ 37040044",
    "CO2 und DE12 als Kürzel",
    "DE89  3704 0044 0532 0130 00",
  ])("finds nothing in %j", (text) => {
    expect(ibans(text)).toEqual([]);
  });

  it("reports nothing at all for an IBAN with wrong check digits, not even its digits as a phone number", () => {
    expect(findPersonalData("Bitte an DE89 3704 0044 0532 0130 01 überweisen")).toEqual([]);
  });

  it("reports a valid IBAN once, not the phone-like digits inside it", () => {
    const text = "IBAN DE89 3704 0044 0532 0130 00";
    expect(findPersonalData(text)).toEqual([{ kind: "iban", start: 5, end: 32, text: "DE89 3704 0044 0532 0130 00" }]);
  });
});
