import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PostContent, QuietPeriod } from "../model/index.js";
import { blockingQuietPeriods, FUNCTION_WORDS, isWithinQuietPeriod, normaliseForMatching, quietPeriodMatches } from "./quiet-periods.js";

const berlin = "Europe/Berlin";

const period = (over: Partial<QuietPeriod> = {}): QuietPeriod => ({
  id: "wahl",
  kind: "election-neutrality",
  label: "Bürgermeisterwahl",
  startDate: "2026-08-01",
  endDate: "2026-09-27",
  blocks: { scheduling: true, publishing: true },
  matches: { keywords: ["Bürgermeister"] },
  ...over,
});

const content = (text: string, over: Partial<PostContent> = {}): PostContent => ({ text, language: "de", media: [], links: [], hashtags: [], variants: [], ...over });

const matches = (keyword: string, text: string): boolean => quietPeriodMatches(period({ matches: { keywords: [keyword] } }), content(text));

describe("keywords typed to dodge the check", () => {
  const dodges: readonly [what: string, text: string][] = [
    ["as written", "Der Bürgermeister lädt ein"],
    ["in capitals", "DER BÜRGERMEISTER LÄDT EIN"],
    ["transliterated", "Der Buergermeister lädt ein"],
    ["transliterated in capitals", "DER BUERGERMEISTER LÄDT EIN"],
    ["with a decomposed umlaut", "Der Bu\u0308rgermeister lädt ein"],
    ["with a look-alike of the umlaut (ű)", "Der B\u0171rgermeister lädt ein"],
    ["hyphenated", "Der Bürger-meister lädt ein"],
    ["hyphenated with a capital", "Der Bürger-Meister lädt ein"],
    ["with a Unicode hyphen", "Der Bürger\u2010meister lädt ein"],
    ["with a non-breaking hyphen", "Der Bürger\u2011meister lädt ein"],
    ["split", "Der Bürger meister lädt ein"],
    ["split with a capital", "Der Bürger Meister lädt ein"],
    ["split by a no-break space", "Der Bürger\u00A0meister lädt ein"],
    ["split by two spaces", "Der Bürger  meister lädt ein"],
    ["as part of a compound", "Zur Bürgermeisterwahl am Sonntag"],
    ["as the end of a compound", "Die Oberbürgermeisterin lädt ein"],
    ["with a soft hyphen", "Der Bürger\u00ADmeister lädt ein"],
    ["with a zero-width space", "Der Bür\u200Bgermeister lädt ein"],
    ["with zero-width joiners and a word joiner", "Der B\u200Dür\u200Cger\u2060meis\uFEFFter lädt ein"],
    ["with Cyrillic е", "Der Bürgerm\u0435ister lädt ein"],
    ["with Cyrillic о, а, р, с in the word", "Der Bürgermeister \u043E\u0430\u0440\u0441 Bürg\u0435rm\u0435ist\u0435r"],
    ["with Greek ο and ι", "Der Bürgerme\u03B9ster und B\u00FCrgerme\u03B9st\u03BFr"],
    ["with a Cyrillic capital В", "DER \u0412ÜRGERMEISTER"],
    ["in fullwidth letters", "Der \uFF22\uFF55\uFF45\uFF52\uFF47\uFF45\uFF52\uFF4D\uFF45\uFF49\uFF53\uFF54\uFF45\uFF52"],
    ["letter-spaced", "Der B ü r g e r m e i s t e r lädt ein"],
    ["letter-spaced with dots", "Der B.ü.r.g.e.r.m.e.i.s.t.e.r lädt ein"],
    ["in a hashtag", "#BürgerMeisterWahl"],
    ["in a link", "https://www.musterstadt.example/buergermeister-wahl?jahr=2026"],
    ["with several dodges at once", "Der Bu\u0435\u00ADrger-m\u0435ister lädt ein"],
  ];

  it.each(dodges)("finds Bürgermeister %s", (_what, text) => {
    expect(matches("Bürgermeister", text)).toBe(true);
  });

  it("finds the same whatever form the keyword itself has", () => {
    for (const keyword of ["Buergermeister", "BÜRGERMEISTER", "bürgermeister", "Bürger-Meister", "Bürger meister", "Bu\u0308rgermeister"]) {
      for (const text of ["Der Bürgermeister lädt ein", "Der Buergermeister lädt ein", "Der Bürger-meister lädt ein"]) {
        expect(matches(keyword, text), `${keyword} in ${text}`).toBe(true);
      }
    }
  });

  it("treats ß and ss as the same, as capitals and Swiss German do", () => {
    expect(matches("Straße", "Sperrung der STRASSE am Markt")).toBe(true);
    expect(matches("Straße", "Sperrung der Strasse am Markt")).toBe(true);
    expect(matches("Rußland", "Partnerstadt in Russland")).toBe(true);
    expect(matches("Strasse", "Sperrung der Straße am Markt")).toBe(true);
  });

  it("keeps words with a plain ue, ae, oe whole: Steuer, Quelle, Feuer, Michael", () => {
    for (const word of ["Steuer", "Quelle", "Feuerwehr", "Michael", "Poesie"]) {
      expect(matches(word, `Neues zu ${word.toUpperCase()} und mehr`), word).toBe(true);
      expect(matches(word, `Neues zu ${word}`), word).toBe(true);
    }
  });

  it("splits compounds at a space only where both parts are words", () => {
    expect(matches("Stadtrat", "Sitzung im Stadt rat heute")).toBe(true);
    expect(matches("Landrat", "Der Land rat kommt")).toBe(true);
    expect(matches("Amtsblatt", "Im Amts blatt steht es")).toBe(true);
    expect(matches("Amtsblatt", "Im Amts-Blatt steht es")).toBe(true);
    expect(matches("Wahlkampf", "Kein Wahl kampf im Rathaus")).toBe(true);
    expect(matches("Bürgermeisterwahl", "Zur Bürgermeister wahl")).toBe(true);
  });

  it("matches keywords of several words with any separator between them", () => {
    for (const text of ["Anna Schulz", "ANNA  SCHULZ", "Anna-Schulz", "AnnaSchulz", "Anna\nSchulz", "Anna. Schulz"]) {
      expect(matches("Anna Schulz", `Mit ${text} im Gespräch`), text).toBe(true);
    }
  });

  it("still finds emoji and other symbols", () => {
    expect(matches("🌻", "Sonnenblumen 🌻 am Markt")).toBe(true);
    expect(matches("C++", "Kurs: C++ für Einsteiger")).toBe(true);
  });

  it("looks at the title, variants, alt texts, hashtags and links", () => {
    const wahl = period();
    expect(quietPeriodMatches(wahl, content("Neues", { title: "Bürgermeister" }))).toBe(true);
    expect(quietPeriodMatches(wahl, content("Neues", { variants: [{ channelId: "x", text: "Buergermeister" }] }))).toBe(true);
    expect(quietPeriodMatches(wahl, content("Neues", { hashtags: ["BürgerMeister"] }))).toBe(true);
    expect(quietPeriodMatches(wahl, content("Neues", { links: ["https://musterstadt.example/buergermeister"] }))).toBe(true);
    const media = [{ id: "m", kind: "image" as const, url: "https://musterstadt.example/m.jpg", altText: "Bürger meister am Fass" }];
    expect(quietPeriodMatches(wahl, content("Neues", { media }))).toBe(true);
    expect(quietPeriodMatches(wahl, content("Neues", { variants: [{ channelId: "x", media }] }))).toBe(true);
  });
});

describe("words that only look related", () => {
  const unrelated: readonly [keyword: string, text: string, why: string][] = [
    ["Bürger", "Burger und Pommes", "an umlaut is never simply dropped"],
    ["schön", "Das ist schon geschehen", "an umlaut is never simply dropped"],
    ["Bär", "Neue Bar am Markt", "an umlaut is never simply dropped"],
    ["Müller", "Muller", "an umlaut is never simply dropped"],
    ["Bürgermeister", "Neue Bürger. Meister der Herzen", "separate sentences"],
    ["Bürgermeister", "Neue Bürger, meister", "a comma"],
    ["Bürgermeister", "Neue Bürger\nMeister der Herzen", "separate lines"],
    ["Bürgermeister", "Neue Bürger - Meister", "a dash with spaces"],
    ["Bürgermeister", "Bürger meiste r", "the part after the space is too short"],
    ["Amtsblatt", "Das Amt sblatt", "a part of three letters before the space"],
    ["Rathaus", "Der Rat haus", "a part of three letters before the space (a miss, accepted)"],
    ["Dieter", "Wir sehen die Termine", "an article is no part of a compound"],
    ["Dieter", "Eine Studie Termine", "the keyword starts inside the word before the space"],
    ["Rosen", "Wir wollen Euro senden", "the keyword starts inside the word before the space"],
    ["Weiland", "Kommt, weil Anders es will", "a conjunction is no part of a compound"],
    ["Bürgermeisterin", "Der Bürgermeister in Musterstadt", "a preposition is no part of a compound"],
    ["Wahl", "Wa hl", "two letters before the space"],
    ["!!!", "Achtung!!! Neu", "a keyword without letters matches nothing"],
  ];

  it.each(unrelated)("%s does not find %j (%s)", (keyword, text) => {
    expect(matches(keyword, text)).toBe(false);
  });

  it("does not join two fields of a post", () => {
    expect(quietPeriodMatches(period(), content("meister der Herzen", { title: "Neue Bürger" }))).toBe(false);
    expect(quietPeriodMatches(period(), content("Neu", { hashtags: ["Bürger", "Meister"] }))).toBe(false);
  });

  it("shows its reading of a text", () => {
    expect(normaliseForMatching("Die Bürger-Meisterin. Neu")).toBe("die | buergermeisterin | neu");
    expect(normaliseForMatching("Stadt rat, Amt sblatt")).toBe("stadt rat | amt | sblatt");
    expect(normaliseForMatching("W a h l")).toBe("wahl");
  });
});

// ---------------------------------------------------------------------------
// Properties

/** The matching form of plain German letters, written independently of the code under test. */
const fold = (text: string): string => text.toLowerCase().replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/ß/g, "ss");

const LOOK_ALIKES: Readonly<Record<string, readonly string[]>> = {
  a: ["\u0430", "\u03B1"], c: ["\u0441"], e: ["\u0435"], i: ["\u0456", "\u03B9"], o: ["\u043E", "\u03BF", "\u0585"], p: ["\u0440", "\u03C1"],
  s: ["\u0455"], x: ["\u0445"], y: ["\u0443"], h: ["\u04BB"], k: ["\u03BA"], u: ["\u03C5", "\u057D"], n: ["\u0578"],
  A: ["\u0410", "\u0391"], B: ["\u0412", "\u0392"], C: ["\u0421"], E: ["\u0415", "\u0395"], H: ["\u041D", "\u0397"], I: ["\u0406", "\u0399"],
  K: ["\u041A", "\u039A"], M: ["\u041C", "\u039C"], N: ["\u039D"], O: ["\u041E", "\u039F"], P: ["\u0420", "\u03A1"], S: ["\u0405"],
  T: ["\u0422", "\u03A4"], X: ["\u0425", "\u03A7"], Z: ["\u0396"],
};
const INVISIBLES = ["\u00AD", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u034F", "\uFE0F"];
const HYPHENS = ["-", "\u2010", "\u2011", "\uFE63", "\uFF0D"];
const LETTERS = "abcdefghiklmnoprstuwäöüß";

/** One letter of the keyword, typed in one of the ways a dodger might. */
function typedLetter(letter: string): fc.Arbitrary<string> {
  const upper = letter === "ß" ? ["SS", "\u1E9E"] : [letter.toUpperCase()];
  const cases = [letter, ...upper];
  const options: fc.Arbitrary<string>[] = [fc.constantFrom(...cases)];
  const umlaut = ({ ä: "a", ö: "o", ü: "u" } as Record<string, string>)[letter];
  if (umlaut !== undefined) options.push(fc.constantFrom(`${umlaut}e`, `${umlaut.toUpperCase()}E`, `${umlaut}\u0308`, `${umlaut.toUpperCase()}\u0308`));
  if (letter === "ü") options.push(fc.constant("\u0171"));
  if (letter === "ß") options.push(fc.constant("ss"));
  for (const form of cases) {
    if (LOOK_ALIKES[form]) options.push(fc.constantFrom(...LOOK_ALIKES[form]!));
    if (/^[a-zA-Z]$/.test(form)) options.push(fc.constant(String.fromCharCode(form.charCodeAt(0) + 0xfee0)));
  }
  return fc.oneof(...options);
}

const keywordWord = fc.array(fc.constantFrom(...LETTERS), { minLength: 3, maxLength: 10 }).map((letters) => letters.join(""));

/**
 * A keyword word typed with any mix of the dodges: case, transliteration,
 * look-alikes, fullwidth forms, invisible characters and hyphens between the
 * letters, and at most one space where the rule allows a split.
 */
function dodged(word: string): fc.Arbitrary<string> {
  const letters = [...word];
  const splits = letters
    .map((_, index) => index)
    .filter((index) => {
      const before = fold(letters.slice(0, index).join(""));
      const after = fold(letters.slice(index).join(""));
      return before.length >= 4 && after.length >= 3 && !FUNCTION_WORDS.has(before) && !FUNCTION_WORDS.has(after);
    });
  return fc
    .tuple(
      fc.tuple(...letters.map(typedLetter)),
      fc.array(fc.oneof(fc.constant(""), fc.constantFrom(...INVISIBLES), fc.constantFrom(...HYPHENS)), { minLength: letters.length, maxLength: letters.length }),
      splits.length > 0 ? fc.option(fc.constantFrom(...splits)) : fc.constant(null),
      fc.constantFrom(" ", "  ", "\u00A0", "\t"),
    )
    .map(([typed, between, split, space]) =>
      typed.map((letter, index) => (index === 0 ? "" : index === split ? space : between[index]!) + letter).join(""),
    );
}

const filler = fc.array(fc.constantFrom("Neues", "aus", "dem", "Rathaus", "Musterstadt", "heute", "Termin", "für", "alle", "🎉"), { maxLength: 5 }).map((words) => words.join(" "));

describe("properties of keyword matching", () => {
  it("finds a keyword in a text that contains it, under any mix of the dodges (property)", () => {
    fc.assert(
      fc.property(
        fc.array(keywordWord, { minLength: 1, maxLength: 2 }).chain((words) => fc.tuple(fc.constant(words), fc.tuple(...words.map(dodged)))),
        filler,
        filler,
        fc.constantFrom(". ", "! ", "\n", ": "),
        ([words, typed], before, after, stop) => {
          const keyword = words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join(" ");
          const text = `${before}${stop}${typed.join(" ")} ${after}`;
          expect(matches(keyword, text), `${JSON.stringify(keyword)} in ${JSON.stringify(text)}`).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("never finds a keyword in a text that has none of its letters, however written (property)", () => {
    const base = "abcdefghijklmnopqrstuvwxyz";
    const partition = fc
      .subarray([...base], { minLength: 1, maxLength: 25 })
      .map((mine) => ({ keyword: mine, text: [...base].filter((letter) => !mine.includes(letter)) }))
      .filter(({ text }) => text.length > 0);
    fc.assert(
      fc.property(
        partition.chain(({ keyword, text }) => {
          const has = (letters: string[], needed: string) => [...needed].every((letter) => letters.includes(letter));
          const extras = (letters: string[]) => [...(has(letters, "ae") ? ["ä"] : []), ...(has(letters, "oe") ? ["ö"] : []), ...(has(letters, "ue") ? ["ü"] : []), ...(has(letters, "s") ? ["ß"] : [])];
          const keywordLetters = [...keyword, ...extras(keyword)];
          const textForms = [...text, ...extras(text)].flatMap((letter) => [
            letter,
            letter.toUpperCase(),
            ...(LOOK_ALIKES[letter] ?? []),
            ...(LOOK_ALIKES[letter.toUpperCase()] ?? []),
            ...(/^[a-z]$/.test(letter) ? [String.fromCharCode(letter.charCodeAt(0) + 0xfee0)] : []),
          ]);
          const separators = [" ", "  ", "-", ". ", "\n", ", ", "\u00A0", ...INVISIBLES, ...HYPHENS, "0", "7", "🎉", "漢", "!"];
          return fc.tuple(
            fc.array(fc.constantFrom(...keywordLetters), { minLength: 1, maxLength: 12 }).map((letters) => letters.join("")),
            fc.array(fc.constantFrom(...textForms, ...separators), { maxLength: 80 }).map((parts) => parts.join("")),
          );
        }),
        ([keyword, text]) => {
          expect(matches(keyword, text), `${JSON.stringify(keyword)} in ${JSON.stringify(text)}`).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("never throws, whatever the keyword and the text (property)", () => {
    const anyText = fc.oneof(
      fc.string({ unit: "binary", maxLength: 60 }),
      fc.string({ unit: "grapheme", maxLength: 60 }),
      fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 }).map((codes) => String.fromCharCode(...codes)),
    );
    fc.assert(
      fc.property(anyText, anyText, (keyword, text) => {
        expect(typeof matches(keyword, text)).toBe("boolean");
      }),
      { numRuns: 500 },
    );
  });
});

describe("quiet periods in time", () => {
  const at = Date.parse("2026-09-01T08:00:00Z");

  it("covers whole local days: from 00:00 on the first day to 24:00 on the last, in the organisation's zone", () => {
    const day = period({ startDate: "2026-09-01", endDate: "2026-09-01" });
    expect(isWithinQuietPeriod(day, Date.parse("2026-08-31T21:59:59.999Z"), berlin)).toBe(false);
    expect(isWithinQuietPeriod(day, Date.parse("2026-08-31T22:00:00Z"), berlin)).toBe(true);
    expect(isWithinQuietPeriod(day, Date.parse("2026-09-01T21:59:59.999Z"), berlin)).toBe(true);
    expect(isWithinQuietPeriod(day, Date.parse("2026-09-01T22:00:00Z"), berlin)).toBe(false);
    expect(isWithinQuietPeriod(day, Date.parse("2026-08-31T22:30:00Z"), "UTC")).toBe(false);
  });

  it("lets a period of the year 50 from an old store not break the check of the others", () => {
    const old = period({ id: "alt", startDate: "0050-01-01", endDate: "0050-12-31", matches: { all: true } });
    const found = blockingQuietPeriods([old, period()], content("Die Bürgermeisterin lädt ein"), at, "scheduling", berlin);
    expect(found.map((p) => p.id)).toEqual(["wahl"]);
    expect(isWithinQuietPeriod(old, at, berlin)).toBe(false);
  });

  it("blocks with a stored period reaching back to the year 50 the days it names, and ignores one with unreadable dates", () => {
    const long = period({ id: "lang", startDate: "0050-01-01", endDate: "2026-12-31", matches: { all: true } });
    const broken = period({ id: "kaputt", startDate: "01.08.2026", endDate: "", matches: { all: true } });
    const found = blockingQuietPeriods([broken, long], content("Neues"), at, "publishing", berlin);
    expect(found.map((p) => p.id)).toEqual(["lang"]);
  });

  it("skips stored keywords that are no text", () => {
    const odd = period({ matches: { keywords: [42 as unknown as string, "Bürgermeister"] } });
    expect(blockingQuietPeriods([odd], content("Der Buergermeister"), at, "publishing", berlin)).toHaveLength(1);
  });

  it("reports only periods that block what is asked", () => {
    const publishingOnly = period({ id: "trauer", blocks: { scheduling: false, publishing: true }, matches: { all: true } });
    expect(blockingQuietPeriods([publishingOnly], content("Neues"), at, "scheduling", berlin)).toEqual([]);
    expect(blockingQuietPeriods([publishingOnly], content("Neues"), at, "publishing", berlin)).toEqual([publishingOnly]);
  });
});
