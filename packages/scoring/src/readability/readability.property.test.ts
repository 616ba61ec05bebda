import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadGermanSyllables } from "./german-syllables.js";
import { readability } from "./readability.js";
import { sentenceHints } from "./sentence-hints.js";
import { tokenizeGerman } from "./tokenize-german.js";

const syllables = await loadGermanSyllables();

// Pieces of posts, glued together at random: words, the things that look
// like sentence ends but are not, links, handles, emoji, broken UTF-16.
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom("Die", "Straße", "wird", "gesperrt", "Einwohnermeldeamt", "Müll-Abfuhr", "geht's", "Bürger*innen", "ÄRZTIN", "zur", "Anwendung", "kommt", "werden", "beantragt") },
  { weight: 4, arbitrary: fc.constantFrom(" ", " ", "\n", "\n\n", "\r\n", "\t", "\u00a0", "\u2029") },
  { weight: 3, arbitrary: fc.constantFrom(".", "!", "?", "…", "...", ",", ":", "-", "– ", "(", ")", "„", "“", "'", "*", "·", "/") },
  { weight: 2, arbitrary: fc.constantFrom("z. B.", "Nr.", "usw.", "Art.", "1.", "15.03.", "10.30", "2026", "A7", "2er", "- ", "1) ", "a) ") },
  { weight: 2, arbitrary: fc.constantFrom("https://musterstadt.de/a.b", "www.x.de", "musterstadt.de", "info@musterstadt.de", "@rathaus", "@a@b.de", "#Fest2026", "#") },
  { weight: 2, arbitrary: fc.constantFrom("🎉", "👍🏽", "👨‍👩‍👧", "🇩🇪", "1️⃣", "\u200d", "\u00ad", "\u0308", "𝐖𝐨𝐫𝐭") },
  { weight: 1, arbitrary: fc.constantFrom("\ud800", "\udc00", "\udbff\udfff", "\ud83d") },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) },
);
const post = fc.array(piece, { maxLength: 60 }).map((pieces) => pieces.join(""));
const anyText = fc.oneof(post, fc.string({ unit: "binary", maxLength: 300 }));

const PART_JOINERS = /[-\u2010\u2011\u00b7*:_]/g;

describe("readability measures on arbitrary text (properties)", () => {
  it("gives words that lie in the text, in order, each inside its sentence", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { sentences, words } = tokenizeGerman(text);
        let previousEnd = 0;
        for (const word of words) {
          expect(word.start).toBeGreaterThanOrEqual(previousEnd);
          expect(word.end).toBeGreaterThan(word.start);
          expect(word.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(word.start, word.end)).toBe(word.text);
          const sentence = sentences[word.sentenceIndex];
          expect(sentence).toBeDefined();
          expect(word.start).toBeGreaterThanOrEqual(sentence!.start);
          expect(word.end).toBeLessThanOrEqual(sentence!.end);
          previousEnd = word.end;
        }
      }),
      { numRuns: 500 },
    );
  });

  it("gives sentences in order, not overlapping, each with words", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { sentences, words } = tokenizeGerman(text);
        let previousEnd = 0;
        let wordTotal = 0;
        for (const sentence of sentences) {
          expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
          expect(sentence.end).toBeGreaterThan(sentence.start);
          expect(sentence.end).toBeLessThanOrEqual(text.length);
          expect(sentence.wordCount).toBeGreaterThanOrEqual(1);
          wordTotal += sentence.wordCount;
          previousEnd = sentence.end;
        }
        expect(wordTotal).toBe(words.length);
      }),
      { numRuns: 500 },
    );
  });

  it("gives consistent counts and finite scores, or none without words", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const scores = readability(text, syllables);
        for (const count of [scores.sentences, scores.words, scores.syllables, scores.wordsWith3PlusSyllables, scores.wordsOver6Letters, scores.monosyllables]) {
          expect(Number.isInteger(count)).toBe(true);
          expect(count).toBeGreaterThanOrEqual(0);
        }
        expect(scores.monosyllables + scores.wordsWith3PlusSyllables).toBeLessThanOrEqual(scores.words);
        expect(scores.wordsOver6Letters).toBeLessThanOrEqual(scores.words);
        expect(scores.syllables).toBeGreaterThanOrEqual(scores.words);
        expect(scores.sentences).toBeLessThanOrEqual(scores.words);
        const values = [scores.fleschAmstad, scores.wienerSachtextformel1, scores.lix, scores.averageSentenceLength, scores.averageSyllablesPerWord];
        if (scores.words === 0) {
          expect(values.every((value) => value === undefined)).toBe(true);
          expect(scores.sentences).toBe(0);
        } else {
          for (const value of values) expect(Number.isFinite(value)).toBe(true);
          expect(scores.averageSyllablesPerWord).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("gives hints inside the text and inside their sentence, in order", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { sentences } = tokenizeGerman(text);
        const hints = sentenceHints(text, syllables, { maxSentenceWords: 3, maxWordSyllables: 2, nominalShare: 0.1 });
        let previousStart = 0;
        for (const hint of hints) {
          expect(hint.start).toBeGreaterThanOrEqual(previousStart);
          expect(hint.end).toBeGreaterThan(hint.start);
          const sentence = sentences[hint.sentenceIndex]!;
          expect(hint.start).toBeGreaterThanOrEqual(sentence.start);
          expect(hint.end).toBeLessThanOrEqual(sentence.end);
          for (const value of Object.values(hint.values)) expect(Number.isFinite(value)).toBe(true);
          previousStart = hint.start;
        }
      }),
      { numRuns: 300 },
    );
  });

  it("counts every word's syllables as its split, and the split gives back the word", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const { text: word } of tokenizeGerman(text).words) {
          const parts = syllables.split(word);
          expect(syllables.count(word)).toBe(parts.length);
          expect(parts.length).toBeGreaterThanOrEqual(1);
          expect(parts.join("")).toBe(word.replace(PART_JOINERS, ""));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("gives the same results whatever was measured before (no state leaks between texts)", () => {
    fc.assert(
      fc.property(anyText, anyText, (first, second) => {
        const alone = { scores: readability(second, syllables), hints: sentenceHints(second, syllables) };
        readability(first, syllables);
        sentenceHints(first, syllables);
        expect(sentenceHints(second, syllables)).toEqual(alone.hints);
        expect(readability(second, syllables)).toEqual(alone.scores);
      }),
      { numRuns: 200 },
    );
  });
});
