import { ReadabilityError } from "./readability-errors.js";
import type { SyllableCounter } from "./syllable-counter.js";
import { measureWords, type WordMeasures } from "./word-measures.js";

/**
 * Readability of a German text: the counts the formulas use and three
 * classic formulas. Counts are whole numbers; a score is `undefined` for a
 * text without words (never `NaN` or `Infinity`).
 *
 * Words, sentences and positions are those of `tokenizeGerman`.
 */
export interface ReadabilityScores {
  /** Sentences with at least one word. */
  readonly sentences: number;
  /** Words (runs of letters; numbers, links, handles, hashtags and emoji are not words). */
  readonly words: number;
  /** Syllables of all words together. */
  readonly syllables: number;
  /** Words of three or more syllables ("MS" of the Wiener Sachtextformel counts these). */
  readonly wordsWith3PlusSyllables: number;
  /** Words of more than six letters (hyphens and apostrophes are no letters). */
  readonly wordsOver6Letters: number;
  /** Words of one syllable. */
  readonly monosyllables: number;
  /**
   * Flesch reading ease for German after Amstad (1978):
   * `180 − ASL − 58.5 × ASW` with ASL = words per sentence and ASW =
   * syllables per word. From 0 (very hard, academic) to 100 (very easy);
   * 60–70 is plain everyday language, under 30 hard even for graduates.
   * Not clamped: very short sentences of short words give more than 100,
   * very long ones less than 0.
   */
  readonly fleschAmstad: number | undefined;
  /**
   * First Wiener Sachtextformel (Bamberger & Vanecek 1984) for factual
   * texts: `0.1935·MS + 0.1672·SL + 0.1297·IW − 0.0327·ES − 0.875`, with MS
   * = per cent of words of three or more syllables, SL = words per sentence,
   * IW = per cent of words of more than six letters, ES = per cent of
   * one-syllable words. It estimates a school grade: about 4 is very easy,
   * 15 very hard; plain texts for the public aim at 7–9 or below.
   */
  readonly wienerSachtextformel1: number | undefined;
  /**
   * Läsbarhetsindex LIX (Björnsson 1968): `words / sentences + 100 × (words
   * of more than six letters) / words`. Under 40 easy (children's books,
   * plain news), 40–50 medium (newspapers), 50–60 hard (specialist texts),
   * over 60 very hard (official and legal texts).
   */
  readonly lix: number | undefined;
  /** Words per sentence (ASL). */
  readonly averageSentenceLength: number | undefined;
  /** Syllables per word (ASW). */
  readonly averageSyllablesPerWord: number | undefined;
}

/**
 * Scores the readability of a German text: Flesch-Amstad, the first Wiener
 * Sachtextformel and LIX, with the counts behind them. Pure and fast (a
 * post of 300 characters takes a few microseconds once its words are in the
 * syllable counter's cache).
 *
 * Formulas and sources:
 * - Flesch-Amstad = 180 − ASL − 58.5 × ASW (Toni Amstad, "Wie verständlich
 *   sind unsere Zeitungen?", Zürich 1978). 0–100, higher is easier.
 * - Wiener Sachtextformel 1 = 0.1935·MS + 0.1672·SL + 0.1297·IW − 0.0327·ES
 *   − 0.875 (Richard Bamberger & Erich Vanecek, "Lesen – Verstehen – Lernen
 *   – Schreiben", Wien 1984). About 4 (easy) to 15 (very hard).
 * - LIX = words/sentences + 100 × long words/words, long = more than six
 *   letters (Carl-Hugo Björnsson, "Läsbarhet", Stockholm 1968). Under 40
 *   easy, over 60 very hard.
 *
 * A text without words gives counts of 0 and `undefined` scores.
 *
 * @example
 * ```ts
 * const syllables = await loadGermanSyllables();
 * const scores = readability("Die Straße wird ab Montag gesperrt.", syllables);
 * scores.words;        // 6
 * scores.fleschAmstad; // 180 − 6 − 58.5 × 9/6 = 86.25
 * ```
 */
export function readability(text: string, syllables: SyllableCounter): ReadabilityScores {
  if (typeof text !== "string") {
    throw new ReadabilityError("SCORING_INVALID_ARGUMENT", `readability: text must be a string, got ${typeof text}.`);
  }
  assertCounter(syllables, "readability");
  const measures = measureWords(text, syllables);
  const counts: WordCounts = { syllables: 0, polysyllables: 0, longWords: 0, monosyllables: 0 };
  for (let k = 0; k < measures.tokens.words.length; k++) countWord(counts, measures, k, syllables);
  return scoresOf(measures.tokens.sentences.length, measures.tokens.words.length, counts);
}

/** What the formulas count of the words, added up by {@link countWord}. */
export interface WordCounts {
  syllables: number;
  /** Words of three or more syllables. */
  polysyllables: number;
  /** Words of more than six letters. */
  longWords: number;
  /** Words of one syllable. */
  monosyllables: number;
}

/** Adds word `k` of `measures` (a text measured under `syllables`) to `counts`. */
export function countWord(counts: WordCounts, measures: WordMeasures, k: number, syllables: SyllableCounter): void {
  const info = measures.tokens.infos[k]!;
  // The count kept on the word's record, when it is this counter's (most words: see WordMeasures).
  const count = measures.countsByWordAlone && info.syllableCounter === syllables ? info.syllables : measures.syllablesAt(k);
  counts.syllables += count;
  if (count >= 3) counts.polysyllables++;
  else if (count === 1) counts.monosyllables++;
  // Seven code units at least for seven letters: most words are decided here.
  if (info.length > 6 && (info.letters >= 0 ? info.letters : measures.lettersAt(k)) > 6) counts.longWords++;
}

/** The scores of a text of `sentenceCount` sentences and `wordCount` words with `counts`. */
export function scoresOf(sentenceCount: number, wordCount: number, counts: WordCounts): ReadabilityScores {
  if (wordCount === 0 || sentenceCount === 0) {
    return {
      sentences: sentenceCount,
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
  }
  const asl = wordCount / sentenceCount;
  const asw = counts.syllables / wordCount;
  const ms = (100 * counts.polysyllables) / wordCount;
  const iw = (100 * counts.longWords) / wordCount;
  const es = (100 * counts.monosyllables) / wordCount;
  return {
    sentences: sentenceCount,
    words: wordCount,
    syllables: counts.syllables,
    wordsWith3PlusSyllables: counts.polysyllables,
    wordsOver6Letters: counts.longWords,
    monosyllables: counts.monosyllables,
    fleschAmstad: 180 - asl - 58.5 * asw,
    wienerSachtextformel1: 0.1935 * ms + 0.1672 * asl + 0.1297 * iw - 0.0327 * es - 0.875,
    lix: asl + iw,
    averageSentenceLength: asl,
    averageSyllablesPerWord: asw,
  };
}

/** Throws `SCORING_INVALID_ARGUMENT` unless `syllables` has a `count` method. */
export function assertCounter(syllables: unknown, caller: string): asserts syllables is SyllableCounter {
  if (typeof syllables !== "object" || syllables === null || typeof (syllables as SyllableCounter).count !== "function") {
    throw new ReadabilityError(
      "SCORING_INVALID_ARGUMENT",
      `${caller}: syllables must be a SyllableCounter (from loadGermanSyllables()), got ${syllables === null ? "null" : typeof syllables}.`,
    );
  }
}
