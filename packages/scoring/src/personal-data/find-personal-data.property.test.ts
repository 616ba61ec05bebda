import fc from "fast-check";
import { composeIBAN, friendlyFormatIBAN } from "ibantools";
import { describe, expect, it } from "vitest";
import { findPersonalData } from "./create-personal-data-finder.js";
import type { PersonalDataKind } from "./personal-data-match.js";

/** Words of ordinary municipal posts: no street endings, no birth words, no phone words, no plates. */
const HARMLESS_WORDS = [
  "Die", "Stadt", "lädt", "herzlich", "ein", "zum", "Fest", "im", "Park", "am", "Bürgerinnen", "und", "Bürger",
  "Sitzung", "des", "Gemeinderats", "Haushalt", "Rathaus", "Kita", "Schule", "Sperrmüll", "Abholung",
  "Müllabfuhr", "Straßenfest", "Grüße", "aus", "Tübingen", "Mu\u0308nchen", "Öffnungszeiten", "geändert",
  "wegen", "Bauarbeiten", "Bitte", "beachten", "Sie", "die", "Hinweise", "neue", "Termine", "für", "Anmeldung",
  "Frühling", "Café", "🎉", "👍🏽", "🇩🇪", "!", "?", "—", "–", "„Willkommen“", "Kinder", "Eltern,", "Veranstaltung.",
  "Bibliothek", "Schwimmbad", "geöffnet", "geschlossen", "heute", "morgen", "Gebühr", "Info:", "ab", "bis", "um",
  "Uhr", "Euro", "#Musterstadt", "Wochenmarkt", "Marktplatz", "Ringstraße", "gesperrt", "(Anmeldung)",
];

const word = fc.constantFrom(...HARMLESS_WORDS);
const words = fc.array(word, { maxLength: 12 }).map((list) => list.join(" "));
const digits = (min: number, max: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((list) => list.join(""));
const nonZeroDigit = fc.integer({ min: 1, max: 9 }).map(String);

/** Fictitious German phone numbers in the common notations. */
const phoneNumber = fc
  .record({
    area: fc.tuple(nonZeroDigit, digits(1, 4)).map(([first, rest]) => first + rest),
    subscriber: fc.tuple(nonZeroDigit, digits(4, 7)).map(([first, rest]) => first + rest),
    notation: fc.constantFrom("national", "dash", "slash", "spaced-slash", "paren", "plus", "plus-zero", "double-zero", "compact"),
  })
  .filter(({ area }) => !area.startsWith("800")) // 0800 111 0 111 and friends are service numbers
  .map(({ area, subscriber, notation }) => {
    switch (notation) {
      case "national": return `0${area} ${subscriber}`;
      case "dash": return `0${area}-${subscriber}`;
      case "slash": return `0${area}/${subscriber}`;
      case "spaced-slash": return `0${area} / ${subscriber}`;
      case "paren": return `(0${area}) ${subscriber}`;
      case "plus": return `+49 ${area} ${subscriber}`;
      case "plus-zero": return `+49 (0) ${area} ${subscriber}`;
      case "double-zero": return `0049 ${area} ${subscriber}`;
      default: return `0${area}${subscriber}`;
    }
  });

const label = fc.stringMatching(/^[a-z0-9]{1,10}$/u);
/** E-mail addresses with dots, plus signs, hyphens, subdomains and umlaut domains. */
const emailAddress = fc
  .record({
    local: fc.array(label, { minLength: 1, maxLength: 3 }),
    joiner: fc.constantFrom(".", "-", "_", "+"),
    domain: fc.array(fc.oneof(label, fc.constantFrom("müller", "bürger-büro", "stadt")), { minLength: 1, maxLength: 3 }),
    tld: fc.constantFrom("de", "org", "com", "bayern", "info", "eu"),
  })
  .map(({ local, joiner, domain, tld }) => `${local.join(joiner)}@${domain.join(".")}.${tld}`);

/** Valid IBANs (check digits computed by ibantools), electronic or in groups of four. */
const iban = fc
  .oneof(
    digits(18, 18).map((bban) => composeIBAN({ countryCode: "DE", bban })),
    fc.tuple(fc.stringMatching(/^[A-Z]{4}$/u), digits(10, 10)).map(([bank, account]) => composeIBAN({ countryCode: "NL", bban: bank + account })),
    digits(16, 16).map((bban) => composeIBAN({ countryCode: "AT", bban })),
  )
  .map((value) => value!)
  .chain((value) => fc.constantFrom(value, friendlyFormatIBAN(value)!));

const year = fc.integer({ min: 1900, max: 2099 }).map(String);
const postalCode = fc.integer({ min: 1001, max: 99998 }).map((code) => String(code).padStart(5, "0"));
const time = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([hours, minutes]) => `${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`);
const price = fc
  .tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom(" €", " Euro", "€"))
  .map(([euros, cents, unit]) => `${euros},${String(cents).padStart(2, "0")}${unit}`);
const date = fc
  .tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), year)
  .map(([day, month, y]) => `${String(day).padStart(2, "0")}.${String(month).padStart(2, "0")}.${y}`);

describe("findPersonalData, properties", () => {
  it("returns sorted, non-overlapping matches within the text whose text is the slice", () => {
    const fragment = fc.constantFrom(
      "0", "1", "7", "49", " ", " ", "-", "–", "/", "+", "(", ")", "(0)", "@", ".", ",", ":", "a", "Z", "DE", "89",
      "TÜ", "-AB ", "Am ", "Markt ", "straße ", "str.", "weg", "geb. ", "* ", "März ", "Tel. ", "Nr. ", "ü",
      "\u0308", "👩‍👩‍👧", "🇩🇪", "\n", "example.org", "info", "12.03.1980", "0151", "123456",
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 60 }).map((parts) => parts.join("")), (text) => {
        const found = findPersonalData(text);
        let previousEnd = 0;
        for (const match of found) {
          expect(match.start).toBeGreaterThanOrEqual(previousEnd);
          expect(match.end).toBeGreaterThan(match.start);
          expect(match.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(match.start, match.end)).toBe(match.text);
          previousEnd = match.end;
        }
      }),
      { numRuns: 2000 },
    );
  });

  it.each<[PersonalDataKind, fc.Arbitrary<string>]>([
    ["phone", phoneNumber],
    ["email", emailAddress],
    ["iban", iban],
  ])("finds a %s put into any German text at its offsets", (kind, item) => {
    fc.assert(
      fc.property(words, item, words, (before, value, after) => {
        const prefix = before === "" ? "" : `${before} `;
        const text = `${prefix}${value}${after === "" ? "" : ` ${after}`}`;
        expect(findPersonalData(text)).toEqual([{ kind, start: prefix.length, end: prefix.length + value.length, text: value }]);
      }),
      { numRuns: 500 },
    );
  });

  it("finds nothing in harmless words with years, postal codes, times, prices and dates", () => {
    // Each number is followed by a word, as in written text: two bare numbers
    // in a row ("01067 2026") read like a phone number and are out of scope.
    const numberThenWord = fc.tuple(fc.oneof(year, postalCode, time, price, date), word).map(([number, w]) => `${number} ${w}`);
    const text = fc.array(fc.oneof(word, numberThenWord), { maxLength: 30 }).map((parts) => parts.join(" "));
    fc.assert(
      fc.property(text, (value) => {
        expect(findPersonalData(value)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});
