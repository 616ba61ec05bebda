import { describe, expect, it } from "vitest";
import { findPersonalData } from "./create-personal-data-finder.js";

const birthdates = (text: string) => findPersonalData(text, { kinds: ["birthdate"] }).map((match) => match.text);

describe("dates of birth", () => {
  it.each([
    ["geb. 12.03.1980", "12.03.1980"],
    ["geboren am 12.03.1980", "12.03.1980"],
    ["Geburtsdatum: 12.03.1980", "12.03.1980"],
    ["Geburtstag: 12. März 1980", "12. März 1980"],
    ["Erika Muster * 12.03.1980", "12.03.1980"],
    ["Erika Muster (*12.03.1980)", "12.03.1980"],
    ["geb. am 3.4.80", "3.4.80"],
    ["Erika Mustermann, geb. Schmidt, 12.03.1980", "12.03.1980"],
    ["Sie ist am 12.03.1980 in Tübingen geboren.", "12.03.1980"],
    ["geboren 1980-03-12", "1980-03-12"],
    ["Geb.-Datum 12.03.1980", "12.03.1980"],
    ["geboren am 1. Januar 1950", "1. Januar 1950"],
    ["Geburtsdatum: Mi., 12.03.1980", "12.03.1980"],
    ["zum 80. Geburtstag am 12.03.2026", "12.03.2026"],
    ["geb. 12. 03. 1980", "12. 03. 1980"],
    ["geb. 12. Mrz. 1980", "12. Mrz. 1980"],
    ["geboren am 29.02.1980", "29.02.1980"],
  ])("finds %j", (text, expected) => {
    expect(birthdates(text)).toEqual([expected]);
  });

  it.each([
    "Die Sitzung findet am 12.03.2026 statt.",
    "12.03.1980",
    "geb. 1980",
    "Jahrgang 1980",
    "Er ist 1960 geboren. Am 12.03.2026 kommt er zu Besuch.",
    "Die Geburtstagsfeier am 12.03.2026",
    "geb. 32.03.1980",
    "geb. 12.13.1980",
    "geb. 12.03.",
    "Sitzung am 12.03.2026, Geburtstag von Erika",
    "Bürger*innen 12.03.2026",
    "Erika Mustermann geb. Schmidt wohnt seit dem 01.01.2000 hier",
    "geb. 12.03.1980,5",
    "geboren am 12.03.1780",
    "Geburtstag! 12.03.1980",
  ])("finds nothing in %j", (text) => {
    expect(birthdates(text)).toEqual([]);
  });

  it("reports the date only, not the birth word", () => {
    const text = "Max Muster, geboren am 12. März 1980, wohnt hier.";
    expect(findPersonalData(text)).toEqual([{ kind: "birthdate", start: 23, end: 36, text: "12. März 1980" }]);
  });
});
