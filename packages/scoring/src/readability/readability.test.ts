import { describe, expect, it } from "vitest";
import { loadGermanSyllables } from "./german-syllables.js";
import { readability } from "./readability.js";
import type { SyllableCounter } from "./syllable-counter.js";

const syllables = await loadGermanSyllables();

describe("readability: formula values computed by hand", () => {
  it("scores one short sentence", () => {
    // Die(1) Stra-ße(2) wird(1) ab(1) Mon-tag(2) ge-sperrt(2)
    // 6 words, 1 sentence, 9 syllables; ≥3 syllables: none;
    // more than 6 letters: gesperrt; one syllable: Die, wird, ab.
    const scores = readability("Die Straße wird ab Montag gesperrt.", syllables);
    expect(scores).toMatchObject({
      sentences: 1,
      words: 6,
      syllables: 9,
      wordsWith3PlusSyllables: 0,
      wordsOver6Letters: 1,
      monosyllables: 3,
      averageSentenceLength: 6,
      averageSyllablesPerWord: 1.5,
    });
    // 180 − 6 − 58.5 × 1.5 = 86.25
    expect(scores.fleschAmstad).toBeCloseTo(86.25, 10);
    // MS = 0, SL = 6, IW = 100/6, ES = 50:
    // 0.1672·6 + 0.1297·16.667 − 0.0327·50 − 0.875 = 1.0032 + 2.16167 − 1.635 − 0.875 = 0.65487
    expect(scores.wienerSachtextformel1).toBeCloseTo(0.654867, 5);
    // 6 + 100 · 1/6 = 22.667
    expect(scores.lix).toBeCloseTo(22.666667, 5);
  });

  it("scores two sentences with long words", () => {
    // Das(1) Ein-woh-ner-mel-de-amt(6) ist(1) ge-schlos-sen(3). Bit-te(2) kom-men(2) Sie(1) mor-gen(2) wie-der(2)!
    // 9 words, 2 sentences, 20 syllables; ≥3: Einwohnermeldeamt, geschlossen;
    // more than 6 letters: the same two; one syllable: Das, ist, Sie.
    const scores = readability("Das Einwohnermeldeamt ist geschlossen. Bitte kommen Sie morgen wieder!", syllables);
    expect(scores).toMatchObject({
      sentences: 2,
      words: 9,
      syllables: 20,
      wordsWith3PlusSyllables: 2,
      wordsOver6Letters: 2,
      monosyllables: 3,
      averageSentenceLength: 4.5,
    });
    // 180 − 4.5 − 58.5 · 20/9 = 175.5 − 130 = 45.5
    expect(scores.fleschAmstad).toBeCloseTo(45.5, 10);
    // MS = IW = 200/9, SL = 4.5, ES = 300/9:
    // 4.3 + 0.7524 + 2.882222 − 1.09 − 0.875 = 5.969622
    expect(scores.wienerSachtextformel1).toBeCloseTo(5.969622, 5);
    // 4.5 + 22.2222 = 26.7222
    expect(scores.lix).toBeCloseTo(26.722222, 5);
  });

  it("scores a post with a date, an abbreviation, a link, a hashtag and an emoji", () => {
    // Am(1) Mai(1) gibt(1) es(1) z(1) B(1) Mu-sik(2) Es-sen(2) und(1) Spie-le(2) für(1) Kin-der(2). In-fos(2)
    // "1." is a date (no sentence end, no word), "z. B." is two one-letter
    // words, link, hashtag and emoji are no words: 13 words, 2 sentences,
    // 18 syllables, none of ≥3 syllables or more than 6 letters, 8 of one syllable.
    const scores = readability("Am 1. Mai gibt es z. B. Musik, Essen und Spiele für Kinder. Infos: https://musterstadt.de #Maifest 🎉", syllables);
    expect(scores).toMatchObject({
      sentences: 2,
      words: 13,
      syllables: 18,
      wordsWith3PlusSyllables: 0,
      wordsOver6Letters: 0,
      monosyllables: 8,
      averageSentenceLength: 6.5,
    });
    // 180 − 6.5 − 58.5 · 18/13 = 173.5 − 81 = 92.5
    expect(scores.fleschAmstad).toBeCloseTo(92.5, 10);
    // SL = 6.5, ES = 800/13: 1.0868 − 2.012308 − 0.875 = −1.800508
    expect(scores.wienerSachtextformel1).toBeCloseTo(-1.800508, 5);
    // 6.5 + 0
    expect(scores.lix).toBeCloseTo(6.5, 10);
  });
});

describe("readability: edge cases", () => {
  const empty = {
    sentences: 0,
    words: 0,
    syllables: 0,
    wordsWith3PlusSyllables: 0,
    wordsOver6Letters: 0,
    monosyllables: 0,
    fleschAmstad: undefined,
    wienerSachtextformel1: undefined,
    lix: undefined,
    averageSentenceLength: undefined,
    averageSyllablesPerWord: undefined,
  };

  it.each(["", "   \n\n ", "🎉🎉🎉", "2026 10.30 3,5", "#Musterstadt @rathaus https://musterstadt.de info@musterstadt.de", "!!! … ???"])(
    "gives counts of 0 and no scores for %j",
    (text) => {
      expect(readability(text, syllables)).toEqual(empty);
    },
  );

  it("rates short plain sentences as easier than a long nominal one", () => {
    const plain = readability("Wir bauen die Straße neu. Sie ist ab Montag zu. Das dauert zwei Wochen.", syllables);
    const official = readability(
      "Die Durchführung der Sanierungsmaßnahmen erfolgt unter Berücksichtigung der verkehrsrechtlichen Anordnung ab Montag.",
      syllables,
    );
    expect(plain.fleschAmstad!).toBeGreaterThan(official.fleschAmstad!);
    expect(plain.wienerSachtextformel1!).toBeLessThan(official.wienerSachtextformel1!);
    expect(plain.lix!).toBeLessThan(official.lix!);
    expect(official.lix!).toBeGreaterThan(60);
  });

  it("counts at least one syllable per word whatever a hand-made counter says", () => {
    const broken: SyllableCounter = { count: () => Number.NaN, split: (word) => [word] };
    const zero: SyllableCounter = { count: () => 0, split: (word) => [word] };
    for (const counter of [broken, zero]) {
      const scores = readability("Hallo Welt.", counter);
      expect(scores.syllables).toBe(2);
      expect(Number.isFinite(scores.fleschAmstad)).toBe(true);
    }
  });

  it("refuses a text that is not a string and a missing counter, naming them", () => {
    expect(() => readability(undefined as unknown as string, syllables)).toThrow(/readability: text must be a string, got undefined/);
    expect(() => readability("Hallo", undefined as unknown as SyllableCounter)).toThrow(/readability: syllables must be a SyllableCounter/);
  });
});
