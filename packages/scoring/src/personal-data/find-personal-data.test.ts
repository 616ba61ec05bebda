import { describe, expect, it } from "vitest";
import { createPersonalDataFinder, findPersonalData } from "./create-personal-data-finder.js";

describe("findPersonalData", () => {
  it("finds every kind in one post, sorted by start", () => {
    const text =
      "Fundsache: Schlüssel bei Erika Muster, Hauptstraße 5, 72070 Tübingen, Tel. 0151 23456789, " +
      "erika@example.org, geb. 12.03.1980, Auto TÜ-AB 123, Konto DE89 3704 0044 0532 0130 00.";
    const found = findPersonalData(text);
    expect(found.map((match) => [match.kind, match.text])).toEqual([
      ["address", "Hauptstraße 5, 72070 Tübingen"],
      ["phone", "0151 23456789"],
      ["email", "erika@example.org"],
      ["birthdate", "12.03.1980"],
      ["plate", "TÜ-AB 123"],
      ["iban", "DE89 3704 0044 0532 0130 00"],
    ]);
    for (const match of found) expect(text.slice(match.start, match.end)).toBe(match.text);
  });

  it("looks only for the kinds asked for", () => {
    const text = "Tel. 0151 23456789, erika@example.org";
    expect(findPersonalData(text, { kinds: ["email"] }).map((match) => match.kind)).toEqual(["email"]);
    expect(findPersonalData(text, { kinds: [] })).toEqual([]);
  });

  it("gives UTF-16 offsets into the original text after emoji, flags and combining marks", () => {
    const text = "👩‍👩‍👧‍👦🇩🇪 Gru\u0308ße aus Mu\u0308nchen! Tel. 0151 23456789 🚒 Cafe\u0301: erika@example.org";
    const found = findPersonalData(text);
    expect(found).toEqual([
      { kind: "phone", start: text.indexOf("0151"), end: text.indexOf("0151") + 13, text: "0151 23456789" },
      { kind: "email", start: text.indexOf("erika"), end: text.length, text: "erika@example.org" },
    ]);
  });

  it("finds a decomposed umlaut in an address and reports it as written", () => {
    const text = "👍 Mu\u0308hlweg 3";
    expect(findPersonalData(text)).toEqual([{ kind: "address", start: 3, end: text.length, text: "Mu\u0308hlweg 3" }]);
  });

  it("finds nothing in a post without personal data", () => {
    const text =
      "Am Samstag, 14.03.2026, ab 10:00 Uhr lädt die Stadt zum Frühjahrsputz ein. Treffpunkt ist der " +
      "Marktplatz. 250 Helferinnen und Helfer werden erwartet, Handschuhe gibt es für 2,50 €. " +
      "Bei Notfällen: 112. Mehr auf musterstadt.de/fruehjahrsputz #Musterstadt @stadt_musterstadt";
    expect(findPersonalData(text)).toEqual([]);
  });

  it("rejects malformed options and text with CORE_INVALID_ARGUMENT naming the field", () => {
    const invalid = expect.objectContaining({ code: "CORE_INVALID_ARGUMENT" });
    expect(() => findPersonalData("x", { kinds: ["phone", "fax" as never] })).toThrow(invalid);
    expect(() => findPersonalData("x", { kinds: ["phone", "fax" as never] })).toThrow(/options\.kinds\[1\] is "fax"/u);
    expect(() => findPersonalData("x", { kinds: "phone" as never })).toThrow(/options\.kinds must be an array/u);
    expect(() => createPersonalDataFinder({ allow: ["ok", 42 as never] })).toThrow(/options\.allow\[1\] must be a string/u);
    expect(() => createPersonalDataFinder({ allow: "0151" as never })).toThrow(invalid);
    expect(() => createPersonalDataFinder(null as never)).toThrow(/options must be an object/u);
    expect(() => findPersonalData(42 as never)).toThrow(/text must be a string/u);
  });
});

describe("the allow list", () => {
  it("works as the example in createPersonalDataFinder's documentation says", () => {
    const findInDraft = createPersonalDataFinder({
      allow: ["Rathaus, Am Markt 1, 72070 Tübingen", "Tel. 07071 204-0", "@tuebingen.de"],
    });
    expect(findInDraft("Fragen an Erika Muster, Tel. 0151 23456789, oder an buergerbuero@tuebingen.de")).toEqual([
      { kind: "phone", start: 29, end: 42, text: "0151 23456789" },
    ]);
  });

  it("does not report the organisation's own phone number, in any notation", () => {
    const find = createPersonalDataFinder({ allow: ["Tel. 07071 204-0"] });
    expect(find("Rufen Sie uns an: 07071 204-0, +49 7071 2040 oder +49 (0) 7071 204 0")).toEqual([]);
    expect(find("Frau Muster: 07071 204-1234").map((match) => match.text)).toEqual(["07071 204-1234"]);
  });

  it("does not report the organisation's e-mail address, whatever its case", () => {
    const find = createPersonalDataFinder({ allow: ["buergerbuero@musterstadt.de"] });
    expect(find("Schreiben Sie an BUERGERBUERO@Musterstadt.de")).toEqual([]);
    expect(find("oder an erika@example.org").map((match) => match.text)).toEqual(["erika@example.org"]);
  });

  it("allows a whole e-mail domain and its subdomains with an entry '@domain'", () => {
    const find = createPersonalDataFinder({ allow: ["@musterstadt.de"] });
    expect(find("vorname.nachname@musterstadt.de, amt@rathaus.musterstadt.de")).toEqual([]);
    expect(find("x@musterstadt.de.example.org, y@evil-musterstadt.de").map((match) => match.text)).toEqual([
      "x@musterstadt.de.example.org",
      "y@evil-musterstadt.de",
    ]);
  });

  it("does not report the organisation's IBAN with or without spaces", () => {
    const find = createPersonalDataFinder({ allow: ["DE89 3704 0044 0532 0130 00"] });
    expect(find("Spenden: DE89370400440532013000 oder de89 3704 0044 0532 0130 00")).toEqual([]);
    expect(find("DE44 5001 0517 5407 3249 31").map((match) => match.kind)).toEqual(["iban"]);
  });

  it("does not report the organisation's addresses, by street and house number", () => {
    const find = createPersonalDataFinder({
      allow: ["Rathaus, Am Markt 1, 72070 Tübingen", "Bürgerbüro: Hauptstr. 5"],
    });
    expect(find("Das Rathaus, Am Markt 1, 72070 Tübingen, ist geöffnet. Auch Am Markt 1.")).toEqual([]);
    expect(find("Bürgerbüro in der Hauptstraße 5")).toEqual([]);
    expect(find("Frau Muster wohnt Am Markt 2.").map((match) => match.text)).toEqual(["Am Markt 2"]);
  });

  it("compares any other match after normalising spaces, dashes and case", () => {
    const find = createPersonalDataFinder({ allow: ["tü-ab 123"] });
    expect(find("Dienstwagen TÜ AB 123 und TÜ-AB 123")).toEqual([]);
    expect(find("TÜ-AB 124").map((match) => match.text)).toEqual(["TÜ-AB 124"]);
  });

  it("reads an entry that holds several items", () => {
    const find = createPersonalDataFinder({
      allow: ["Stadt Musterstadt, Am Markt 1, 72070 Tübingen, Tel. 07071 204-0, info@musterstadt.de"],
    });
    expect(find("Am Markt 1 · 07071 204-0 · info@musterstadt.de")).toEqual([]);
  });

  it("drops an allowed match only after overlaps are settled, so no fragment of it is reported", () => {
    // The allowed IBAN holds "0044 0532 0130 00", which alone would read as a British phone number.
    const find = createPersonalDataFinder({ allow: ["DE89 3704 0044 0532 0130 00"] });
    expect(find("Spendenkonto DE89 3704 0044 0532 0130 00")).toEqual([]);
  });
});
