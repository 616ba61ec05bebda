import { describe, expect, it } from "vitest";
import { findPersonalData } from "./create-personal-data-finder.js";

const phones = (text: string) => findPersonalData(text, { kinds: ["phone"] }).map((match) => match.text);

describe("phone numbers", () => {
  it.each([
    ["Rufen Sie an: 0151 23456789", "0151 23456789"],
    ["Handy 0151-23456789.", "0151-23456789"],
    ["mobil +49 151 23456789", "+49 151 23456789"],
    ["Tel. +49 (0) 7071 12345", "+49 (0) 7071 12345"],
    ["Tel. +49 (0)30 1234567", "+49 (0)30 1234567"],
    ["Anrufe unter (07071) 12 34 56 bitte", "(07071) 12 34 56"],
    ["Fax 07071/123456", "07071/123456"],
    ["aus dem Ausland 0049 30 1234567", "0049 30 1234567"],
    ["Tel. 030 12345678.", "030 12345678"],
    ["015123456789", "015123456789"],
    ["+491512345678", "+491512345678"],
    ["Wien: +43 1 5123456", "+43 1 5123456"],
    ["Handy 0170 / 123 45 67", "0170 / 123 45 67"],
    ["(0 70 71) 12 34 56", "(0 70 71) 12 34 56"],
    ["Telefon: 0711 123456-12", "0711 123456-12"],
    ["(0151) 234 567 89", "(0151) 234 567 89"],
    ["0151–234 567 89", "0151–234 567 89"],
    ["0151 - 234 567 89", "0151 - 234 567 89"],
    ["Tel.: 12 34 56", "12 34 56"],
    ["Tel. Nr. 123456", "123456"],
    ["Tel./Fax: 553377", "553377"],
    ["Rufnummer\u00a00151\u00a023456789", "0151\u00a023456789"],
    ["Meine Nummer: +49 1577 1234567 ✌️", "+49 1577 1234567"],
    ["unter der Nummer 0151 23456789", "0151 23456789"],
    ["Ansprechpartnerin Kundennummer +49 151 23456789", "+49 151 23456789"],
  ])("finds %j", (text, expected) => {
    expect(phones(text)).toEqual([expected]);
  });

  it.each([
    "Im Jahr 2026 wird gebaut.",
    "PLZ 72070 Tübingen",
    "01067 Dresden",
    "am 12.03.2026",
    "am 01.03.2026",
    "um 10:30 Uhr",
    "von 08:00–12:00 Uhr",
    "Preis: 12,50 €",
    "nur 0,50 € pro Stück",
    "Hauptstraße 123",
    "Az. 123/2026",
    "Az. 0123/45678",
    "Nr. 012345",
    "Kundennummer 0012345678",
    "Vorgangs-Nr. 0123456789",
    "10-12 Uhr",
    "Öffnungszeiten 08-12 Uhr",
    "Ausgabe 03/2026",
    "Drucksache 012/2026",
    "am 03-12-2026",
    "Einwohnerzahl +150 000",
    "https://example.org/?id=0151234567",
    "ein Spiel 0:3 verloren",
    "DE89 3704 0044 0532 0130 01",
    "Tel. 2026",
    "01067 – 1990 gegründet",
  ])("finds nothing in %j", (text) => {
    expect(phones(text)).toEqual([]);
  });

  it.each([
    "Notruf 110",
    "Feuerwehr und Rettungsdienst: 112",
    "Behördennummer 115",
    "Ärztlicher Bereitschaftsdienst Tel. 116117",
    "Ärztlicher Bereitschaftsdienst Tel. 116 117",
    "Nummer gegen Kummer, Tel. 116 111",
    "Telefonseelsorge 0800 111 0 111",
    "Telefonseelsorge 0800 111 0 222",
    "Telefonseelsorge +49 800 1110111",
    "Hilfetelefon Tel. 116 016",
  ])("never reports the emergency or service number in %j", (text) => {
    expect(findPersonalData(text)).toEqual([]);
  });

  it("reports the number, not the words around it, at the right offsets", () => {
    const text = "Frau Muster (Tel. 0151 23456789) wohnt hier.";
    expect(findPersonalData(text)).toEqual([{ kind: "phone", start: 18, end: 31, text: "0151 23456789" }]);
  });

  it("ends a number before a group that is a time or a price", () => {
    expect(phones("Tel. 0151 2345678 10:30 Uhr")).toEqual(["0151 2345678"]);
    expect(phones("0151 2345678 12,50 €")).toEqual(["0151 2345678"]);
  });

  it("does not read digits before an @ as a phone number", () => {
    expect(findPersonalData("015123456789@example.org")).toEqual([
      { kind: "email", start: 0, end: 24, text: "015123456789@example.org" },
    ]);
  });
});
