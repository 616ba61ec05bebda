import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { loadGermanSyllables } from "./german-syllables.js";
import { createSyllableCounter } from "./syllable-counter.js";
import { instantiateSyllablePatterns } from "./syllable-patterns.js";

const syllables = await loadGermanSyllables();

// Syllable counts as a dictionary divides the words (Duden), checked by hand.
const COUNTS: ReadonlyArray<readonly [string, number]> = [
  // The words every German readability tool gets asked about.
  ["Idee", 2], ["Oper", 2], ["Museum", 3], ["Theater", 3], ["Bibliothek", 4], ["Bürgermeister", 4],
  ["Einwohnermeldeamt", 6], ["Feuerwehr", 3], ["Rathaus", 2], ["Poesie", 3], ["Ruine", 3], ["Seeufer", 3],
  ["beantragen", 4], ["Abfallkalender", 5], ["Kita", 2], ["Europa", 3], ["geehrte", 3],
  // One syllable.
  ["Stadt", 1], ["Bus", 1], ["Markt", 1], ["Müll", 1], ["Sport", 1], ["Strom", 1], ["Tee", 1], ["See", 1], ["Schnee", 1], ["Zoo", 1], ["Knie", 1], ["Team", 1],
  // Everyday words of a town hall.
  ["Straße", 2], ["Schule", 2], ["Garten", 2], ["Antrag", 2], ["Termin", 2], ["Ausweis", 2], ["Bahnhof", 2], ["Kreuzung", 2],
  ["Sperrmüll", 2], ["Spielplatz", 2], ["Sitzung", 2], ["Wohnung", 2], ["Brücke", 2], ["Kirche", 2],
  ["Gemeinde", 3], ["Verwaltung", 3], ["Baustelle", 3], ["Umleitung", 3], ["Wertstoffhof", 3], ["Anmeldung", 3], ["Polizei", 3],
  ["Krankenhaus", 3], ["Ausstellung", 3], ["Gebühren", 3], ["Formular", 3], ["Reisepass", 3], ["Ehrenamt", 3],
  ["Veranstaltung", 4], ["Haltestelle", 4], ["Gemeinderat", 4], ["Bürgerbüro", 4], ["Öffnungszeiten", 4], ["Genehmigung", 4], ["Apotheke", 4],
  ["Kommunikation", 5], ["Digitalisierung", 6], ["Öffentlichkeitsarbeit", 6],
  // Vowels meeting across a syllable boundary, and ones that do not.
  ["Chaos", 2], ["Kaffee", 2], ["Allee", 2], ["Ideen", 3], ["Museen", 3], ["Seen", 2], ["Feen", 2], ["Ferien", 3], ["Bauer", 2],
  ["Feuer", 2], ["Eier", 2], ["Ruhe", 2], ["beobachten", 4], ["beenden", 3], ["Theorie", 3], ["Realität", 4], ["Ozean", 3],
  ["Radio", 3], ["Video", 3], ["Auto", 2], ["Situation", 4], ["Kooperation", 5], ["Region", 2], ["Aktion", 2], ["Diät", 2], ["Pietät", 3],
  // Umlauts first and inside.
  ["Ärztin", 2], ["Übergabe", 4], ["Äpfel", 2], ["Äußerung", 3], ["Ökologie", 4], ["Ölheizung", 3], ["Führerschein", 3],
  // Loan words.
  ["online", 2], ["Homepage", 2], ["Workshop", 2], ["Livestream", 2], ["Newsletter", 3], ["Restaurant", 3],
];

describe("loadGermanSyllables: counts", () => {
  it.each(COUNTS)("%s has %i syllables", (word, expected) => {
    expect(syllables.count(word)).toBe(expected);
  });

  it("covers at least 60 words", () => {
    expect(COUNTS.length).toBeGreaterThanOrEqual(60);
  });

  it.each([
    ["RATHAUS", 2],
    ["BÜRGERMEISTER", 4],
    ["EINWOHNERMELDEAMT", 6],
    ["ACHTUNG", 2],
    ["ÜBERGABE", 4],
    ["ÄRZTIN", 2],
    ["STRASSE", 2],
  ] as const)("counts %s in capitals like in lower case (%i)", (word, expected) => {
    expect(syllables.count(word)).toBe(expected);
    expect(syllables.count(word.toLowerCase())).toBe(expected);
  });

  it.each([
    ["Müll-Abfuhr", 3],
    ["E-Mail", 2],
    ["Einwohner-Melde-Amt", 6],
    ["Sankt-Martins-Umzug", 5],
    ["Bürger*innen", 4],
    ["Bürger:innen", 4],
    ["Einwohner·melde·amt", 6],
  ] as const)("counts %s per part (%i)", (word, expected) => {
    expect(syllables.count(word)).toBe(expected);
  });

  it("reads a decomposed umlaut (u + U+0308) like the composed one", () => {
    expect(syllables.count("U\u0308bergabe")).toBe(4);
    expect(syllables.split("Mu\u0308ll-Abfuhr")).toEqual(["Mu\u0308ll", "Ab", "fuhr"]);
  });

  it("ignores apostrophes and soft hyphens inside a word", () => {
    expect(syllables.count("geht's")).toBe(1);
    expect(syllables.count("geht’s")).toBe(1);
    expect(syllables.count("Ein\u00ADwohner")).toBe(3);
  });

  it("reads accented loan words by their base letters", () => {
    expect(syllables.split("Café")).toEqual(["Ca", "fé"]);
    expect(syllables.split("Façade")).toEqual(["Fa", "ça", "de"]);
    expect(syllables.count("naïv")).toBe(2);
  });

  it("counts nothing in numbers, punctuation and empty strings", () => {
    for (const notAWord of ["", "2026", "10.30", "—", "!!!", "🎉", " "]) expect(syllables.count(notAWord)).toBe(0);
    expect(syllables.split("2026")).toEqual([]);
  });

  it("estimates words the patterns cannot read instead of failing", () => {
    expect(syllables.count("Ωmega")).toBe(2);
    expect(syllables.count("Москва")).toBe(1); // no Latin vowel: one syllable at least
  });

  it("counts a word longer than the pattern engine's 61 letters in windows", () => {
    const word = "Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz"; // 63 letters
    const parts = syllables.split(word);
    expect(parts.join("")).toBe(word);
    expect(parts.slice(-4)).toEqual(["tra", "gungs", "ge", "setz"]);
    expect(syllables.count(word)).toBeGreaterThanOrEqual(20);
  });

  it("estimates a run of letters too long to be a word, in time proportional to it", () => {
    const garbage = "Donaudampfschifffahrt".repeat(5000);
    const started = performance.now();
    const parts = syllables.split(garbage);
    expect(performance.now() - started).toBeLessThan(500);
    expect(parts.join("")).toBe(garbage);
    expect(parts.length).toBeGreaterThan(15000);
  });
});

describe("loadGermanSyllables: split", () => {
  it.each([
    ["Einwohnermeldeamt", ["Ein", "woh", "ner", "mel", "de", "amt"]],
    ["Bürgermeister", ["Bür", "ger", "meis", "ter"]],
    ["EINWOHNERMELDEAMT", ["EIN", "WOH", "NER", "MEL", "DE", "AMT"]],
    ["Müll-Abfuhr", ["Müll", "Ab", "fuhr"]],
    ["geht's", ["geht's"]],
  ] as const)("splits %s as written", (word, expected) => {
    expect(syllables.split(word)).toEqual(expected);
  });

  it("hands out a new array each time, so a caller cannot spoil the cache", () => {
    const first = syllables.split("Rathaus");
    first.push("x");
    expect(syllables.split("Rathaus")).toEqual(["Rat", "haus"]);
  });
});

describe("loadGermanSyllables: loading", () => {
  it("gives every caller the same counter, also when asked at once", async () => {
    const [a, b] = await Promise.all([loadGermanSyllables(), loadGermanSyllables()]);
    expect(a).toBe(syllables);
    expect(b).toBe(syllables);
  });

  it("is not disturbed by hyphenopoly configured elsewhere in the process", async () => {
    // Another library using hyphenopoly's global configuration with settings
    // that would break a counter built on it: soft hyphens, orphan control
    // (which strips the marks from a text's last word), no mixed case.
    const specifier = "hyphenopoly"; // hyphenopoly ships no types
    const { default: hyphenopoly } = (await import(specifier)) as {
      default: { config(options: object): Map<string, Promise<(text: string) => string>> };
    };
    const hyphenators = hyphenopoly.config({
      require: ["de"],
      hyphen: "\u00AD",
      orphanControl: 3,
      mixedCase: false,
      minWordLength: 10,
      loader: async (file: string, patternDir: URL) => readFile(new URL(file, patternDir)),
    });
    const hyphenateGerman = await hyphenators.get("de");
    expect(hyphenateGerman?.("die bürgermeisterwahl ist heute")).toContain("\u00AD");
    expect(syllables.count("Einwohnermeldeamt")).toBe(6);
    expect(syllables.count("Rathaus")).toBe(2);
    expect(syllables.count("Idee")).toBe(2);
  });

  it("keeps two loaded instances of the patterns apart when used in turn", async () => {
    const file = createRequire(import.meta.url).resolve("hyphenopoly/patterns/de-x-syllable.wasm");
    const bytes = await readFile(file);
    const one = createSyllableCounter(await instantiateSyllablePatterns(bytes));
    const two = createSyllableCounter(await instantiateSyllablePatterns(bytes));
    for (let index = 0; index < COUNTS.length; index++) {
      const [word, expected] = COUNTS[index]!;
      const [otherWord, otherExpected] = COUNTS[COUNTS.length - 1 - index]!;
      expect(one.count(word)).toBe(expected);
      expect(two.count(otherWord)).toBe(otherExpected);
    }
  });

  it("stays right when its cache starts over", async () => {
    const file = createRequire(import.meta.url).resolve("hyphenopoly/patterns/de-x-syllable.wasm");
    const small = createSyllableCounter(await instantiateSyllablePatterns(await readFile(file)), { cacheSize: 3 });
    for (let round = 0; round < 3; round++) {
      for (const [word, expected] of COUNTS.slice(0, 10)) expect(small.count(word)).toBe(expected);
    }
  });

  it("refuses a file that is not the syllable patterns", async () => {
    // The smallest valid WebAssembly module: no exports at all.
    const empty = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);
    await expect(instantiateSyllablePatterns(empty)).rejects.toThrow(/does not export mem, hyphenate and lct/);
  });
});
