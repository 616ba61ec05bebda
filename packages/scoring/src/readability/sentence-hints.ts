import { constructionsEndingAt, findFunctionVerbConstructions, isNominalWord, mayBeConstructionNoun } from "./nominal-style.js";
import { LowerCaseWords } from "./lower-case-words.js";
import { findPassives, isAuxiliaryAt } from "./passive-voice.js";
import { assertCounter } from "./readability.js";
import { ReadabilityError } from "./readability-errors.js";
import { countsLetterRuns, type SyllableCounter } from "./syllable-counter.js";
import type { Word } from "./tokenize-german.js";
import { measureWords, syllablesOfWord, type WordMeasures } from "./word-measures.js";
import { countLetters, isPartJoiner } from "./word-shape.js";

/** The kinds of {@link SentenceHint}, stable for message catalogues. */
export const SENTENCE_HINT_KINDS = ["long-sentence", "long-word", "passive", "nominal-style"] as const;

/** A kind of {@link SentenceHint}. */
export type SentenceHintKind = (typeof SENTENCE_HINT_KINDS)[number];

interface HintBase {
  /** UTF-16 offset where the highlight starts. */
  readonly start: number;
  /** UTF-16 offset where it ends (exclusive). */
  readonly end: number;
  /** Index of the sentence (as in `tokenizeGerman(text).sentences`). */
  readonly sentenceIndex: number;
}

/** A sentence of more than `maxSentenceWords` words; the span is the sentence. */
export interface LongSentenceHint extends HintBase {
  readonly kind: "long-sentence";
  readonly values: {
    /** Words in the sentence. */
    readonly words: number;
    /** The limit it exceeds. */
    readonly maxWords: number;
  };
}

/**
 * A word (or, in a compound written with hyphens, one part of it) of more
 * than `maxWordSyllables` syllables or more than `maxWordLetters` letters.
 * The span is the word or part; `syllables` is its syllable split, from
 * which a user interface can build a spelling with hyphens or middle dots
 * ("Einwohner-Melde-Amt", "Einwohner·melde·amt") for the person to choose
 * the joints.
 */
export interface LongWordHint extends HintBase {
  readonly kind: "long-word";
  readonly values: {
    /** Syllables of the word or part. */
    readonly syllables: number;
    /** Letters of the word or part. */
    readonly letters: number;
  };
  /** The syllables as written: `["Ein", "woh", "ner", "mel", "de", "amt"]`. */
  readonly syllables: readonly string[];
}

/**
 * A passive ("Die Straße wird ab Montag gesperrt"): the span runs from the
 * form of "werden" to the participle (or the other way round); `values`
 * give both words' offsets so each can be marked.
 */
export interface PassiveHint extends HintBase {
  readonly kind: "passive";
  readonly values: {
    readonly auxiliaryStart: number;
    readonly auxiliaryEnd: number;
    readonly participleStart: number;
    readonly participleEnd: number;
  };
}

/** A sentence in which abstract nouns (-ung, -heit, -keit, -ion, -tät, -nis, -schaft) make up a high share; the span is the sentence. */
export interface NominalShareHint extends HintBase {
  readonly kind: "nominal-style";
  /** Absent: this hint is about the share of nouns, not a Funktionsverbgefüge. */
  readonly construction?: undefined;
  readonly values: {
    /** Abstract nouns in the sentence. */
    readonly nominalWords: number;
    /** Words in the sentence. */
    readonly words: number;
    /** `nominalWords / words`, 0–1. */
    readonly share: number;
  };
}

/**
 * A Funktionsverbgefüge ("zur Anwendung kommen"): the span runs from the
 * noun phrase to the verb (or the other way round).
 */
export interface FunctionVerbHint extends HintBase {
  readonly kind: "nominal-style";
  /** Which construction, and the plain verb a user interface may suggest ("anwenden"). */
  readonly construction: { readonly id: string; readonly plain: string };
  readonly values: {
    readonly phraseStart: number;
    readonly phraseEnd: number;
    readonly verbStart: number;
    readonly verbEnd: number;
  };
}

/** A finding of {@link sentenceHints}. */
export type SentenceHint = LongSentenceHint | LongWordHint | PassiveHint | NominalShareHint | FunctionVerbHint;

/** Limits of {@link sentenceHints}; each has a default from guides to plain official German. */
export interface SentenceHintOptions {
  /** A sentence of more words than this is long (default 20). */
  readonly maxSentenceWords?: number;
  /** A word (or hyphenated part) of more syllables than this is long (default 5). */
  readonly maxWordSyllables?: number;
  /** A word (or hyphenated part) of more letters than this is long (default 20). */
  readonly maxWordLetters?: number;
  /** A sentence needs at least this many abstract nouns for a nominal-style hint (default 2). */
  readonly minNominalWords?: number;
  /** …and at least this share of its words (0–1, default 0.25). */
  readonly nominalShare?: number;
}

const DEFAULTS = {
  maxSentenceWords: 20,
  maxWordSyllables: 5,
  maxWordLetters: 20,
  minNominalWords: 2,
  nominalShare: 0.25,
} as const satisfies Required<SentenceHintOptions>;

const KIND_ORDER: Readonly<Record<SentenceHintKind, number>> = { "long-sentence": 0, "nominal-style": 1, passive: 2, "long-word": 3 };

const byPosition = (a: SentenceHint, b: SentenceHint): number => a.start - b.start || b.end - a.end || KIND_ORDER[a.kind] - KIND_ORDER[b.kind];


/**
 * Findings for plain, citizen-friendly German ("bürgernahe Sprache"), sentence
 * by sentence: long sentences, long words, passive voice and nominal style.
 * Each hint has a stable `kind`, a span to highlight (UTF-16 offsets into
 * `text`) and its numbers in `values`; wording is left to the message
 * catalogues. Hints are sorted by position (a longer span before a shorter
 * one starting at the same place).
 *
 * Throws `SCORING_INVALID_ARGUMENT` for a text that is not a string, a
 * missing counter, or an option out of range (naming it).
 *
 * @example
 * ```ts
 * const syllables = await loadGermanSyllables();
 * sentenceHints("Die Straße wird ab Montag gesperrt.", syllables);
 * // [{ kind: "passive", start: 11, end: 34, sentenceIndex: 0,
 * //    values: { auxiliaryStart: 11, auxiliaryEnd: 15, participleStart: 26, participleEnd: 34 } }]
 * ```
 */
export function sentenceHints(text: string, syllables: SyllableCounter, options: SentenceHintOptions = {}): SentenceHint[] {
  if (typeof text !== "string") {
    throw new ReadabilityError("SCORING_INVALID_ARGUMENT", `sentenceHints: text must be a string, got ${typeof text}.`);
  }
  assertCounter(syllables, "sentenceHints");
  const limits = resolveOptions(options);
  const measures = measureWords(text, syllables);
  const { sentences, words } = measures.tokens;
  const lower = new LowerCaseWords(words);
  const additive = countsLetterRuns(syllables);
  const hints: SentenceHint[] = [];

  let first = 0;
  for (let sentenceIndex = 0; sentenceIndex < sentences.length; sentenceIndex++) {
    const sentence = sentences[sentenceIndex]!;
    const to = first + sentence.wordCount;

    if (sentence.wordCount > limits.maxSentenceWords) {
      hints.push({
        kind: "long-sentence",
        start: sentence.start,
        end: sentence.end,
        sentenceIndex,
        values: { words: sentence.wordCount, maxWords: limits.maxSentenceWords },
      });
    }

    // One pass over the words for what is decided word by word, noting on
    // the way whether the sentence may hold a Funktionsverbgefüge (a noun
    // of one) or a passive (a form of "werden"): most hold neither, and
    // then neither is looked for.
    let nominalWords = 0;
    let mayHaveConstruction = false;
    let mayHavePassive = false;
    // Each test is called only for a word that passes its first, cheap
    // condition, written out here: in a loop this size the engine inlines
    // few calls, and calling four tests for every word cost more than the
    // tests (about 1 µs a post).
    for (let k = first; k < to; k++) {
      const word = words[k]!.text;
      const length = word.length;
      const initial = word.charCodeAt(0);
      // A noun of an abstract suffix has five letters or more and a capital first.
      if (length >= 5 && (initial >= 0x80 || (initial >= 0x41 && initial <= 0x5a)) && isNominalWord(word, lower, k)) nominalWords++;
      if (length > limits.maxWordSyllables || length > limits.maxWordLetters) longWordHints(measures, k, sentenceIndex, syllables, limits, additive, hints);
      if (!mayHaveConstruction && mayBeConstructionNoun(word)) mayHaveConstruction = constructionsEndingAt(words, lower, k) !== undefined;
      // Every form of "werden" starts with w or g.
      if (!mayHavePassive && ((initial | 0x20) === 0x77 || (initial | 0x20) === 0x67)) mayHavePassive = isAuxiliaryAt(words, lower, k, first);
    }
    if (nominalWords >= limits.minNominalWords && nominalWords / sentence.wordCount >= limits.nominalShare) {
      hints.push({
        kind: "nominal-style",
        start: sentence.start,
        end: sentence.end,
        sentenceIndex,
        values: { nominalWords, words: sentence.wordCount, share: nominalWords / sentence.wordCount },
      });
    }
    if (mayHaveConstruction) addConstructionHints(words, lower, first, to, sentenceIndex, hints);
    if (mayHavePassive) addPassiveHints(text, words, lower, first, to, sentenceIndex, hints);
    first = to;
  }
  return hints.length > 1 ? hints.sort(byPosition) : hints;
}

/** Adds a hint for each Funktionsverbgefüge of the sentence `first` … `to − 1`. */
function addConstructionHints(words: readonly Word[], lower: LowerCaseWords, first: number, to: number, sentenceIndex: number, hints: SentenceHint[]): void {
  for (const found of findFunctionVerbConstructions(words, lower, first, to)) {
    const phraseStart = found.phraseStart.start;
    const phraseEnd = found.phraseEnd.end;
    hints.push({
      kind: "nominal-style",
      start: Math.min(phraseStart, found.verb.start),
      end: Math.max(phraseEnd, found.verb.end),
      sentenceIndex,
      construction: { id: found.construction.id, plain: found.construction.plain },
      values: { phraseStart, phraseEnd, verbStart: found.verb.start, verbEnd: found.verb.end },
    });
  }
}

/** Adds a hint for each passive of the sentence `first` … `to − 1`. */
function addPassiveHints(text: string, words: readonly Word[], lower: LowerCaseWords, first: number, to: number, sentenceIndex: number, hints: SentenceHint[]): void {
  for (const { auxiliary, participle } of findPassives(text, words, lower, first, to)) {
    hints.push({
      kind: "passive",
      start: Math.min(auxiliary.start, participle.start),
      end: Math.max(auxiliary.end, participle.end),
      sentenceIndex,
      values: {
        auxiliaryStart: auxiliary.start,
        auxiliaryEnd: auxiliary.end,
        participleStart: participle.start,
        participleEnd: participle.end,
      },
    });
  }
}

/** Adds a long-word hint for each part of `word` (split at hyphens, middle dots, gender marks) that is too long. */
function longWordHints(
  measures: WordMeasures,
  k: number,
  sentenceIndex: number,
  syllables: SyllableCounter,
  limits: Required<SentenceHintOptions>,
  additive: boolean,
  hints: SentenceHint[],
): void {
  const { text: word, start: offset } = measures.tokens.words[k]!;
  // A part has no more letters (nor syllables) than code units.
  if (word.length <= limits.maxWordSyllables && word.length <= limits.maxWordLetters) return;
  // Most words are neither: with the patterns' counter a part has no more
  // syllables than the whole word (they count letter runs, and parts are
  // made of whole runs), and the whole word's count is known already; so a
  // word short enough and of few enough syllables needs no look at its parts.
  if (additive && word.length <= limits.maxWordLetters && measures.syllablesAt(k) <= limits.maxWordSyllables) return;
  let partStart = 0;
  for (let index = 0; index <= word.length; index++) {
    if (index < word.length && !isPartJoiner(word.charCodeAt(index))) continue;
    if (index > partStart) {
      const whole = partStart === 0 && index === word.length;
      const part = whole ? word : word.slice(partStart, index);
      const letters = whole ? measures.lettersAt(k) : countLetters(part);
      // A syllable has a letter at least: a short part needs no lookup.
      const needsCount = letters > limits.maxWordSyllables || letters > limits.maxWordLetters;
      const count = !needsCount ? 0 : whole ? measures.syllablesAt(k) : syllablesOfWord(syllables, part);
      if (count > limits.maxWordSyllables || letters > limits.maxWordLetters) {
        const split = typeof syllables.split === "function" ? syllables.split(part) : [part];
        hints.push({
          kind: "long-word",
          start: offset + partStart,
          end: offset + index,
          sentenceIndex,
          values: { syllables: count, letters },
          syllables: split,
        });
      }
    }
    partStart = index + 1;
  }
}

function resolveOptions(options: SentenceHintOptions): Required<SentenceHintOptions> {
  if (typeof options !== "object" || options === null) {
    throw new ReadabilityError("SCORING_INVALID_ARGUMENT", `sentenceHints: options must be an object, got ${options === null ? "null" : typeof options}.`);
  }
  // One literal, each option read once: no copy of the defaults to write
  // into and no list of keys to walk on every call.
  return {
    maxSentenceWords: wholeNumber(options, "maxSentenceWords"),
    maxWordSyllables: wholeNumber(options, "maxWordSyllables"),
    maxWordLetters: wholeNumber(options, "maxWordLetters"),
    minNominalWords: wholeNumber(options, "minNominalWords"),
    nominalShare: share(options),
  };
}

function wholeNumber(options: SentenceHintOptions, key: "maxSentenceWords" | "maxWordSyllables" | "maxWordLetters" | "minNominalWords"): number {
  const value = options[key];
  if (value === undefined) return DEFAULTS[key];
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
    throw new ReadabilityError("SCORING_INVALID_ARGUMENT", `sentenceHints: options.${key} must be a whole number ≥ 0, got ${String(value)}.`);
  }
  return value;
}

function share(options: SentenceHintOptions): number {
  const value = options.nominalShare;
  if (value === undefined) return DEFAULTS.nominalShare;
  if (typeof value !== "number" || !(value >= 0 && value <= 1)) {
    throw new ReadabilityError("SCORING_INVALID_ARGUMENT", `sentenceHints: options.nominalShare must be a number from 0 to 1, got ${String(value)}.`);
  }
  return value;
}
