import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryText } from "../test-support/arbitrary-text.js";
import { detectAll, detectWithoutPreScan } from "./create-personal-data-finder.js";
import { findAddresses } from "./find-addresses.js";
import { findBirthdates } from "./find-birthdates.js";
import { findEmails } from "./find-emails.js";
import { findIbans } from "./find-ibans.js";
import { findPhones } from "./find-phones.js";
import { findPlates } from "./find-plates.js";
import { KIND_BIT, kindsThatMayOccur } from "./kinds-in-text.js";
import type { PersonalDataKind, RawMatch } from "./personal-data-match.js";

const FINDERS: readonly [PersonalDataKind, (text: string, out: RawMatch[]) => void][] = [
  ["phone", findPhones],
  ["email", findEmails],
  ["iban", findIbans],
  ["address", findAddresses],
  ["plate", findPlates],
  ["birthdate", findBirthdates],
];

// Pieces of personal data and of what stands near it, with the characters
// the finders treat specially (spaces of every kind, dashes, parentheses,
// letters that fold to ASCII: "ſ", "ẞ", the Kelvin sign).
const piece = fc.constantFrom(
  "0", "1", "5", "7", "9", "00", "12", "49", "110", "123", "0151", "07071", "2026", "1980", "123456", "23456789", "1234567890123456",
  " ", " ", "  ", "   ", "\u00a0", "\u202f", "\t", "\n", "-", "–", "/", " / ", " - ", "(", ")", ") - ", ")/", "(0)", "+", "+49 ", ".", ",", ":", "@", "*", "_",
  "Tel. ", "Telefon: ", "Handy ", "Fax", "Az. ", "Nr. ", "Nr ", "Nr.", "Hausnr. ", "Hausnummer ", "Kundennummer ",
  "Hauptstraße", "Hauptstrasse", "HAUPTSTRASSE", "Gartenstr.", "Gartenstr", "Str.", "STR. ", "Lindenweg", "Marktplatz", "Rosenring", "Bring", "Sportplatz",
  "ſtraße", "STRAẞE", "Straße", "Berliner ", "Große ", "Mu\u0308hlweg", "Am ", "am ", "An der ", "Auf dem ", "Im ", "Zum ", "zur ", "Beim ", "Bei der ", "Unter den ",
  "Markt", "Alten", "Kirche", "Mühle", "Juni", "März ", "Mrz. ", "Minuten", "km", "Geräte", ", 72070 Tübingen",
  "TÜ-AB ", "M AB ", "B-X ", "TU\u0308-AB ", "Kennzeichen: ", "E", "H", "DE89 3704 0044 0532 0130 00", "DE89370400440532013000", "NL91ABNA0417164300", "DE", "de", "89",
  "geb. ", "geboren ", "Geburtstag ", "Geb.", "GEB", "* ", "12.03.1980", "12.3.80", "1980-03-12", "12. ", "03.",
  "erika@example.org", "info@stadt.de", "@stadt", "example.org", "ü", "Ä", "K", "\u0308", "🎉", "👩‍👩‍👧", "🇩🇪",
);
const space = fc.constantFrom("", " ", " ", "  ", "   ", "\u00a0", "\u202f", "\t", "\n");
const houseNumber = fc.constantFrom("1", "5", "9", "5a", "12-14", "3 b", "0", "07", "123", "1234", "20 Minuten", "7, 72070 Tübingen", "8 Geräte");
const numberWord = fc.constantFrom("", "", "Nr. ", "Nr ", "Hausnr. ", "Hausnummer ", "Nr.");
const capitalised = fc.constantFrom("Markt", "Alten", "Kirche", "Sportplatz", "Juni", "Berg", "Lindenweg", "Mühle", "Großen", "Mu\u0308hle", "Bürger-Meister", "A", "Abcdefghijklmnopqrstuvwxyzabcdefghijklmn", "Abcdefghijklmnopqrstuvwxyzabcdefghijklmnop");
/** "Am Alten Markt 5", "Bei der Kirche Nr. 3": a beginning, one to four capitalised words, a number. */
const prefixed = fc
  .tuple(fc.constantFrom("Am", "am", "An der", "Auf dem", "Im", "in der", "Zum", "zur", "Unter den", "Hinter dem", "Vor der", "Beim", "Bei der", "Um"), fc.array(fc.tuple(space, capitalised), { minLength: 1, maxLength: 4 }), space, numberWord, houseNumber)
  .map(([beginning, words, gap, word, number]) => beginning + words.map(([s, w]) => s + w).join("") + gap + word + number);
/** "Berliner Straße 12", "Gartenstr.7", "STRAẞE 5": a name with a street ending, a number. */
const suffixed = fc
  .tuple(fc.constantFrom("", "Berliner ", "Große ", "in der "), fc.constantFrom("Haupt", "Garten", "Linden", "Markt", ""), fc.constantFrom("straße", "strasse", "str.", "Str.", "STR.", "str", "weg", "platz", "ring", "gasse", "allee", "chaussee", "promenade", "damm", "ufer", "steig", "stieg", "pfad", "STRAẞE", "ſtraße", "ſtr.", "GASſE", "Weg"), space, numberWord, houseNumber)
  .map(([before, name, ending, gap, word, number]) => before + name + ending + gap + word + number);
/** Phone numbers and what looks like them: groups of digits with the separators of every notation. */
const group = fc.constantFrom("1", "7", "12", "123", "1234", "12345", "123456", "0", "00", "0151", "07071", "0049", "49", "110", "116");
const separator = fc.constantFrom(" ", "-", "–", "/", " / ", " - ", " – ", "(", ")", ") ", ") - ", " (0) ", "(0)", ".", ",", ":", "", "\u00a0");
const phone = fc
  .tuple(fc.constantFrom("", "+", "(", "Tel. ", "Handy: ", "Az. "), fc.array(fc.tuple(group, separator), { minLength: 1, maxLength: 4 }))
  .map(([before, groups]) => before + groups.flat().join(""));
const plate = fc
  .tuple(fc.constantFrom("TÜ", "M", "B", "S", "TU\u0308", "XYZ", "DIN"), fc.constantFrom("-", " ", "\u00a0", "\u202f"), fc.constantFrom("A", "AB", "ABC"), fc.constantFrom(" ", "\u00a0", "\t"), fc.constantFrom("1", "12", "123", "1234", "12345", "0", "42H", "1E"))
  .map((parts) => parts.join(""));
const birthdate = fc
  .tuple(fc.constantFrom("geb. ", "Geboren am ", "GEB ", "* ", "(*", "am ", ""), fc.constantFrom("12.03.1980", "12.3.80", "1980-03-12", "12. März 1980", "1. Mrz. 1980", "31.12.2099", "12.03."), fc.constantFrom("", " geboren", ")", "."))
  .map((parts) => parts.join(""));
const personalText = fc
  .array(fc.oneof(piece, prefixed, suffixed, phone, plate, birthdate), { maxLength: 12 })
  .chain((parts) => fc.constantFrom(parts.join(""), parts.join(" ")));
const anyText = fc.oneof(arbitraryText, personalText);

describe("kindsThatMayOccur", () => {
  it("leaves out only kinds whose finder finds nothing in the text", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const kinds = kindsThatMayOccur(text);
        for (const [kind, find] of FINDERS) {
          if ((kinds & KIND_BIT[kind]) !== 0) continue;
          const found: RawMatch[] = [];
          find(text, found);
          expect(found, kind).toEqual([]);
        }
      }),
      { numRuns: 30_000 },
    );
  }, 120_000);

  it("makes the finder find what every detector on the whole text finds", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(detectAll(text)).toEqual(detectWithoutPreScan(text));
      }),
      { numRuns: 10_000 },
    );
  }, 60_000);

  // Where the pre-scan's tests are tightest: the widest separator between
  // two groups of a phone number, a street ending in folded letters, three
  // words after "Am", a number word between street and number.
  it.each([
    ["phone", "(0151) - 123"],
    ["phone", "+49 (0) 30 1234"],
    ["phone", "Tel. 12 34 56"],
    ["address", "Gartenstr.7"],
    ["address", "GARTENSTR.  7"],
    ["address", "Hauptſtraße 5"],
    ["address", "Berliner STRAẞE 5"],
    ["address", "Am Alten Großen Markt 5"],
    ["address", "Hauptstraße Nr. 5"],
    ["address", "Am Markt Hausnummer 3"],
    ["plate", "TÜ-AB 1234"],
    ["birthdate", "geb. 1980-03-12"],
    ["iban", "DE89370400440532013000"],
  ])("lets a %s through in %j", (kind, text) => {
    expect(detectAll(text).map((match) => match.kind)).toEqual([kind]);
  });

  it("lets every kind through where one is written", () => {
    const text = "Erika Muster, Hauptstraße 5, Tel. 0151 23456789, erika@example.org, geb. 12.03.1980, TÜ-AB 123, DE89 3704 0044 0532 0130 00";
    const kinds = kindsThatMayOccur(text);
    for (const [kind] of FINDERS) expect(kinds & KIND_BIT[kind], kind).not.toBe(0);
  });

  it("rules out every kind in a post of times, dates, prices and counts", () => {
    const text = "Am Samstag, 14. März, ab 10 Uhr: Frühjahrsputz am Marktplatz. 250 Helferinnen, Handschuhe für 2,50 €, Di–Fr 10–18 Uhr.";
    expect(kindsThatMayOccur(text)).toBe(0);
  });
});
