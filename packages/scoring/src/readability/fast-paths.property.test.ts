import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { repeat } from "../test-support/hostile-text.js";
import { ABBREVIATIONS, ABBREVIATIONS_BEFORE_NUMBERS, CASE_SENSITIVE_ABBREVIATIONS, SENTENCE_FINAL_ABBREVIATIONS } from "./abbreviations.js";
import { ASCII_CLASSES, classAt, classOfCodeUnit, DIGIT, isPictographAt, isUpperCaseUnit, NEWLINE, PAIR, PARAGRAPH, SPACE } from "./char-classes.js";
import { FUNCTION_VERB_CONSTRUCTIONS, type FunctionVerbConstruction } from "./function-verb-constructions.js";
import { loadGermanSyllables } from "./german-syllables.js";
import { LowerCaseWords } from "./lower-case-words.js";
import { constructionsEndingAt, findFunctionVerbConstructions, isNominalWord, mayBeConstructionNoun } from "./nominal-style.js";
import { findPassives, isAuxiliaryAt, PASSIVE_AUXILIARIES } from "./passive-voice.js";
import { sentenceHints, type SentenceHintOptions } from "./sentence-hints.js";
import type { SyllableCounter } from "./syllable-counter.js";
import { isAbbreviation, tokenizeGerman, tokenizeWithoutShortcuts } from "./tokenize-german.js";
import { linkEnd } from "./web-tokens.js";
import { countLetters, isAllCaps, startsLowerCase, startsUpperCase } from "./word-shape.js";

/*
 * The shortcuts of the readability measures, each against the plain way it
 * replaces: on drafts made of the words the shortcuts are about, and on
 * arbitrary and broken text.
 */

const syllables = await loadGermanSyllables();

const piece = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.constantFrom(
      "Die", "Straße", "wird", "WIRD", "gesperrt", "worden", "geworden", "Wochenende", "gibt", "würden", "Würde", "werdende",
      "Einwohnermeldeamt", "Müll-Abfuhr", "Sankt-Martins-Einwohnermeldeamtsfest", "Grundstücksverkehrsgenehmigung", "Schifffahrtsschleusen",
      "Anwendung", "ANWENDUNG", "Zur", "zur", "kommt", "Kenntnis", "genommen", "in", "Betrieb", "Entscheidung", "getroffen",
      "Tennis", "TENNIS", "Millionen", "Ergebnis", "Ergebnisse", "Gemeinschaft", "Freiheit", "Möglichkeit", "Qualität", "Station",
      "Bürger*innen", "geht's", "ÄRZTIN", "İstanbul", "Wİrd", "ǅemal", "Σ", "und", "oder", "beziehungsweise", "bzw", "weil",
    ),
  },
  { weight: 5, arbitrary: fc.constantFrom(" ", " ", " ", "\n", "\n\n", "\t", "\u00a0") },
  { weight: 3, arbitrary: fc.constantFrom(".", "!", "?", ",", ";", ":", "-", "–", "(", ")", "„", "“", "/", "z. B.", "Nr.", "usw.", "am 1. Mai", "1.", "2026") },
  { weight: 2, arbitrary: fc.constantFrom("https://musterstadt.de/a_(b)).", "www.x.de.", "HTTP://A.DE/x?y=1", "www..", "http://„a“", "info@x.de", "#Fest", "@rathaus") },
  { weight: 2, arbitrary: fc.constantFrom("🎉", "👍🏽", "🇩🇪", "\u200d", "\u00ad", "\u0308", "\u0304", "𝐖𝐨𝐫𝐭", "\ud800", "\udc00") },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 10 }) },
);
const draft = fc.array(piece, { maxLength: 50 }).map((pieces) => pieces.join(""));
const anyText = fc.oneof(draft, fc.string({ unit: "binary", maxLength: 200 }));

/** The same counter, made by hand: the measures take nothing for granted about it. */
const byHand: SyllableCounter = { count: (word) => syllables.count(word), split: (word) => syllables.split(word) };

const options: fc.Arbitrary<SentenceHintOptions> = fc.record(
  { maxSentenceWords: fc.nat(25), maxWordSyllables: fc.nat(8), maxWordLetters: fc.nat(25), minNominalWords: fc.nat(3), nominalShare: fc.double({ min: 0, max: 1, noNaN: true }) },
  { requiredKeys: [] },
);

/** Each sentence of `text` as its word range. */
function sentencesOf(text: string): { words: ReturnType<typeof tokenizeGerman>["words"]; ranges: [number, number][] } {
  const { sentences, words } = tokenizeGerman(text);
  const ranges: [number, number][] = [];
  let first = 0;
  for (const sentence of sentences) {
    ranges.push([first, first + sentence.wordCount]);
    first += sentence.wordCount;
  }
  return { words, ranges };
}

describe("shortcuts of sentenceHints (properties)", () => {
  it("gives the same hints with the patterns' counter (long words judged by the whole word's count) as with a counter made by hand", () => {
    fc.assert(
      fc.property(anyText, options, (text, limits) => {
        expect(sentenceHints(text, syllables, limits)).toEqual(sentenceHints(text, byHand, limits));
      }),
      { numRuns: 1500 },
    );
  });

  it("finds no passive in a sentence without a form of werden, and no Funktionsverbgefüge without one of their nouns", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { words, ranges } = sentencesOf(text);
        const lower = new LowerCaseWords(words);
        for (const [from, to] of ranges) {
          let auxiliary = false;
          let noun = false;
          for (let k = from; k < to; k++) {
            auxiliary ||= isAuxiliaryAt(words, lower, k, from);
            noun ||= constructionsEndingAt(words, lower, k) !== undefined;
          }
          if (!auxiliary) expect(findPassives(text, words, lower, from, to)).toEqual([]);
          if (!noun) expect(findFunctionVerbConstructions(words, lower, from, to)).toEqual([]);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it("tells forms of werden, nouns of abstract suffixes and nouns of Funktionsverbgefüge as the plain tests do", () => {
    // The tests as first written: every suffix of the word's last letter
    // compared with endsWith, the exceptions looked up lowered; every word
    // of w or g lowered and looked up; every word looked up among the nouns.
    const suffixesByLastLetter: Record<string, string[]> = {
      g: ["ung"],
      t: ["schaft", "heit", "keit", "tät"],
      n: ["schaften", "heiten", "keiten", "nissen", "ungen", "ionen", "täten", "ion"],
      s: ["nis"],
      e: ["nisse"],
    };
    const plainNominal = (word: string, lowered: string) => {
      if (word.length < 5 || !startsUpperCase(word)) return false;
      const suffixes = suffixesByLastLetter[String.fromCharCode(word.charCodeAt(word.length - 1) | 0x20)];
      if (suffixes === undefined) return false;
      const written = isUpperCaseUnit(word.charCodeAt(1)) ? lowered : word;
      for (const suffix of suffixes) {
        if (written.endsWith(suffix)) return countLetters(word) >= suffix.length + 2 && !["tennis", "million", "millionen"].includes(lowered);
      }
      return false;
    };
    const plainAuxiliary = (word: string, lowered: string, first: boolean) => {
      const letter = word.charCodeAt(0) | 0x20;
      return (letter === 0x77 || letter === 0x67) && PASSIVE_AUXILIARIES.has(lowered) && (first || startsLowerCase(word) || isAllCaps(word));
    };
    const nouns = new Map<string, FunctionVerbConstruction[]>();
    for (const construction of FUNCTION_VERB_CONSTRUCTIONS) {
      for (const noun of construction.phrase.at(-1)!.split("|")) {
        for (const key of [noun, noun.charAt(0).toUpperCase() + noun.slice(1)]) nouns.set(key, [...(nouns.get(key) ?? []), construction]);
      }
    }
    const plainNoun = (word: string, lowered: string) => nouns.get(word) ?? (isUpperCaseUnit(word.charCodeAt(1)) && isAllCaps(word) ? nouns.get(lowered) : undefined);
    fc.assert(
      fc.property(anyText, (text) => {
        const { words } = tokenizeGerman(text);
        const lower = new LowerCaseWords(words);
        words.forEach((word, k) => {
          const lowered = word.text.toLowerCase();
          expect(isNominalWord(word.text, lower, k)).toBe(plainNominal(word.text, lowered));
          expect(isAuxiliaryAt(words, lower, k, 0)).toBe(plainAuxiliary(word.text, lowered, k === 0));
          expect(constructionsEndingAt(words, lower, k)).toEqual(plainNoun(word.text, lowered));
        });
      }),
      { numRuns: 1500 },
    );
  });

  it("asks each test only of words that pass its first condition, which every word it says yes to passes", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { words } = tokenizeGerman(text);
        const lower = new LowerCaseWords(words);
        words.forEach(({ text: word }, k) => {
          const initial = word.charCodeAt(0);
          if (isNominalWord(word, lower, k)) expect(word.length >= 5 && (initial >= 0x80 || (initial >= 0x41 && initial <= 0x5a))).toBe(true);
          if (isAuxiliaryAt(words, lower, k, 0)) expect([0x77, 0x67]).toContain(initial | 0x20);
          if (constructionsEndingAt(words, lower, k) !== undefined) expect(mayBeConstructionNoun(word)).toBe(true);
        });
      }),
      { numRuns: 1500 },
    );
  });

  it("takes time in proportion to the text on hostile input", () => {
    for (const text of [repeat("wird "), repeat("Anwendung "), repeat("Wİrd "), repeat("Einwohnermeldeamt-")]) {
      const started = performance.now();
      sentenceHints(text, syllables);
      expect(performance.now() - started).toBeLessThan(1500);
    }
  });
});

describe("shortcuts of the tokenizer (properties)", () => {
  it("splits every text as the loop without its shortcuts for spaces and plain words does", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(tokenizeGerman(text)).toEqual(tokenizeWithoutShortcuts(text));
      }),
      { numRuns: 3000 },
    );
    for (const text of [repeat("a "), repeat(" a"), repeat("ab1 "), repeat("Wort h"), repeat("x \u0308"), repeat("a 𝟙")]) {
      expect(tokenizeGerman(text)).toEqual(tokenizeWithoutShortcuts(text));
    }
  });

  it("knows the class of every ASCII character without asking", () => {
    for (let code = 0; code < 0x80; code++) expect(ASCII_CLASSES[code]).toBe(classOfCodeUnit(code));
  });

  it("remembers which characters are pictographs, as the regular expression says", () => {
    const pictograph = /^\p{Extended_Pictographic}$/u;
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 0, max: 0x10ffff }), fc.constantFrom(0x1f389, 0x2600, 0xa9, 0x1f1e9, 0x231a)), (codePoint) => {
        fc.pre(codePoint < 0xd800 || codePoint > 0xdfff);
        const text = `${String.fromCodePoint(codePoint)}x`;
        const expected = codePoint >= 0xa9 && ((codePoint >= 0x1f1e6 && codePoint <= 0x1f1ff) || pictograph.test(String.fromCodePoint(codePoint)));
        expect(isPictographAt(text, 0)).toBe(expected);
        expect(isPictographAt(text, 0)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it("says a word with a lower-case ASCII letter first or second is not in capitals", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", minLength: 2, maxLength: 8 }), fc.nat(1), fc.constantFrom(..."abcxyz"), (word, at, letter) => {
        const withLower = word.slice(0, at) + letter + word.slice(at + 1);
        expect(isAllCaps(withLower)).toBe(false);
      }),
    );
  });

  it("tells abbreviations before a full stop as the plain lookup does (which cuts every word out and lowers it)", () => {
    const forms = new Map<string, string>();
    for (const abbreviation of [...ABBREVIATIONS, ...ABBREVIATIONS_BEFORE_NUMBERS]) {
      forms.set(abbreviation, abbreviation);
      forms.set(abbreviation.charAt(0).toUpperCase() + abbreviation.slice(1), abbreviation);
    }
    const plainIsAbbreviation = (text: string, start: number, end: number, next: number): boolean => {
      if (end - start > 3 && text.slice(end - 3, end) === "str") return true;
      if (end - start > 8) return false;
      if (end - start === 1 || (end - start === 2 && (classAt(text, start) & PAIR) !== 0)) return true;
      const word = text.slice(start, end);
      if (CASE_SENSITIVE_ABBREVIATIONS.has(word)) return true;
      const lower = forms.get(word) ?? (isAllCaps(word) ? word.toLowerCase() : undefined);
      if (lower === undefined) return false;
      const nextCode = next < text.length ? text.charCodeAt(next) : -1;
      if (ABBREVIATIONS_BEFORE_NUMBERS.has(lower)) return nextCode !== -1 && (classAt(text, next) & 15) === DIGIT;
      if (!ABBREVIATIONS.has(lower)) return false;
      if (SENTENCE_FINAL_ABBREVIATIONS.has(lower)) return !(nextCode !== -1 && isUpperCaseUnit(nextCode));
      return true;
    };
    const listed = [...forms.keys(), ...CASE_SENSITIVE_ABBREVIATIONS];
    const word = fc.oneof(
      fc.constantFrom(...listed, ...listed.map((w) => w.toUpperCase()), ...listed.map((w) => w.toLowerCase()), "Uhr", "Rathaus", "Hauptstr", "frei", "İNKL", "BZW", "ẞTR", "ÄRZT", "aB"),
      fc.string({ unit: fc.constantFrom(..."abgmnrstuzäöüßABGMNRSTUZÄÖÜ"), minLength: 1, maxLength: 9 }),
      fc.string({ unit: "binary", minLength: 1, maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.constantFrom("", "Ab ", "("), word, fc.constantFrom("", " 5", " Mai", " mehr", "\n3", " 🎉"), (before, w, after) => {
        const text = `${before}${w}.${after}`;
        const start = before.length;
        const end = start + w.length;
        let next = end + 1;
        while (next < text.length && (text.charCodeAt(next) === 0x20 || text.charCodeAt(next) === 0x0a)) next++;
        expect(isAbbreviation(text, start, end, next)).toBe(plainIsAbbreviation(text, start, end, next));
      }),
      { numRuns: 5000 },
    );
  });

  it("ends a link where the plain scan (a set and a class lookup per character, brackets counted after) ends it", () => {
    const link = fc
      .tuple(
        fc.constantFrom("https://", "http://", "HTTPS://", "www.", "WWW.", "wwx.", "htp://"),
        fc.array(fc.oneof(fc.constantFrom(..."ab.-/?=_#()[]{}<>\"'„“”»«.,:;!?…"), fc.constantFrom(" ", "\n", "\u00a0", "\u2029", "\t", "\u000b", "ä", "🎉", "\ud800")), { maxLength: 25 }),
      )
      .map(([scheme, rest]) => scheme + rest.join(""));
    fc.assert(
      fc.property(fc.constantFrom("", " ", "a", "(", "1"), link, (before, text) => {
        const whole = before + text;
        expect(linkEnd(whole, before.length)).toBe(plainLinkEnd(whole, before.length));
      }),
      { numRuns: 5000 },
    );
  });
});

// The link scan as first written (web-tokens.ts), for the property above.
const STOPPERS = new Set([0x22, 0x27, 0xab, 0xbb, 0x2039, 0x203a, 0x201e, 0x201c, 0x201d, 0x201a, 0x2018, 0x2019, 0x3c, 0x3e]);
const TRAILING = new Set([0x2e, 0x2c, 0x3a, 0x3b, 0x21, 0x3f, 0x2026]);
function plainLinkEnd(text: string, index: number): number {
  const lowerAt = (at: number) => (text.charCodeAt(at) >= 0x41 && text.charCodeAt(at) <= 0x5a ? text.charCodeAt(at) + 0x20 : text.charCodeAt(at));
  const startsWith = (prefix: string) => [...prefix].every((character, k) => lowerAt(index + k) === character.charCodeAt(0));
  const isBreak = (at: number) => [SPACE, NEWLINE, PARAGRAPH].includes(classAt(text, at) & 15);
  const second = lowerAt(index + 1);
  if (second !== 0x74 && second !== 0x77) return -1;
  if (index > 0 && /[\p{L}\p{M}\p{N}_]/u.test(text.charAt(index - 1))) return -1;
  const body = startsWith("https://") ? index + 8 : startsWith("http://") ? index + 7 : startsWith("www.") ? index + 4 : -1;
  if (body === -1 || body >= text.length || isBreak(body)) return -1;
  let end = body;
  while (end < text.length && !STOPPERS.has(text.charCodeAt(end)) && !isBreak(end)) end++;
  const count = (code: number) => [...text.slice(index, end)].filter((character) => character.charCodeAt(0) === code).length;
  let [openRound, closeRound, openSquare, closeSquare, openCurly, closeCurly] = [0x28, 0x29, 0x5b, 0x5d, 0x7b, 0x7d].map(count) as [number, number, number, number, number, number];
  while (end > index) {
    const last = text.charCodeAt(end - 1);
    if (TRAILING.has(last)) end--;
    else if (last === 0x29 && openRound < closeRound) (closeRound--, end--);
    else if (last === 0x5d && openSquare < closeSquare) (closeSquare--, end--);
    else if (last === 0x7d && openCurly < closeCurly) (closeCurly--, end--);
    else break;
  }
  void openRound;
  void openSquare;
  void openCurly;
  return end;
}
