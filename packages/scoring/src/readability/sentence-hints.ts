import { findFunctionVerbConstructions } from "./nominal-style.js";
import { LowerCaseWords } from "./lower-case-words.js";
import { findPassives } from "./passive-voice.js";
import { assertCounter, countWord, scoresOf, type ReadabilityScores, type WordCounts } from "./readability.js";
import { ReadabilityError } from "./readability-errors.js";
import type { SyllableCounter } from "./syllable-counter.js";
import type { Word } from "./tokenize-german.js";
import { measureWords, syllablesOfWord, type WordMeasures } from "./word-measures.js";
import { countLetters, isPartJoiner } from "./word-shape.js";
import { AUXILIARY_ELSEWHERE, AUXILIARY_FIRST, CONSTRUCTION_NOUN, NOMINAL, traitsOf } from "./word-traits.js";

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
  return hintsOf(text, measureWords(text, syllables), syllables, limits, undefined);
}

/**
 * `readability(text, syllables)` and `sentenceHints(text, syllables,
 * options)` in one pass over the words, for the plain-language check, which
 * asks for both (the same arguments checked in the same order, so that it
 * throws what the two would).
 */
export function readabilityAndHints(text: string, syllables: SyllableCounter, options: SentenceHintOptions): { scores: ReadabilityScores; hints: SentenceHint[] } {
  if (typeof text !== "string") {
    throw new ReadabilityError("SCORING_INVALID_ARGUMENT", `readability: text must be a string, got ${typeof text}.`);
  }
  assertCounter(syllables, "readability");
  const measures = measureWords(text, syllables);
  const limits = resolveOptions(options);
  const counts: WordCounts = { syllables: 0, polysyllables: 0, longWords: 0, monosyllables: 0 };
  const hints = hintsOf(text, measures, syllables, limits, counts);
  return { scores: scoresOf(measures.tokens.sentences.length, measures.tokens.words.length, counts), hints };
}

/** The hints of the text of `measures`; with `counts`, each word is counted for the readability scores on the way. */
function hintsOf(text: string, measures: WordMeasures, syllables: SyllableCounter, limits: Required<SentenceHintOptions>, counts: WordCounts | undefined): SentenceHint[] {
  const { sentences, words, infos } = measures.tokens;
  // Made for the first sentence that may hold a passive or a Funktionsverbgefüge: most texts have none.
  let lower: LowerCaseWords | undefined;
  // The patterns' counter counts letter runs (see longWordHints); the measures asked already.
  const additive = measures.countsByWordAlone;
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
    // then neither is looked for. What each word is comes from its record,
    // worked out once for the word (word-traits.ts).
    let nominalWords = 0;
    let sentenceTraits = 0;
    for (let k = first; k < to; k++) {
      if (counts !== undefined) countWord(counts, measures, k, syllables);
      const info = infos[k]!;
      const traits = info.traits !== 0 ? info.traits : traitsOf(info);
      if ((traits & NOMINAL) !== 0) nominalWords++;
      // A form of "werden" is a verb first in a sentence, elsewhere only in lower case or in capitals.
      sentenceTraits |= traits & (k === first ? CONSTRUCTION_NOUN | AUXILIARY_FIRST : CONSTRUCTION_NOUN | AUXILIARY_ELSEWHERE);
      const length = info.length;
      if (length > limits.maxWordSyllables || length > limits.maxWordLetters) {
        // With the patterns' counter, a word short enough and of few enough
        // syllables needs no look at its parts (see longWordHints): most
        // words, told here without the call.
        if (!additive || length > limits.maxWordLetters || measures.syllablesAt(k) > limits.maxWordSyllables) longWordHints(measures, k, sentenceIndex, syllables, limits, additive, hints);
      }
    }
    const mayHaveConstruction = (sentenceTraits & CONSTRUCTION_NOUN) !== 0;
    const mayHavePassive = (sentenceTraits & (AUXILIARY_FIRST | AUXILIARY_ELSEWHERE)) !== 0;
    if (nominalWords >= limits.minNominalWords && nominalWords / sentence.wordCount >= limits.nominalShare) {
      hints.push({
        kind: "nominal-style",
        start: sentence.start,
        end: sentence.end,
        sentenceIndex,
        values: { nominalWords, words: sentence.wordCount, share: nominalWords / sentence.wordCount },
      });
    }
    if (mayHaveConstruction) addConstructionHints(words, (lower ??= new LowerCaseWords(words, infos)), first, to, sentenceIndex, hints);
    if (mayHavePassive) addPassiveHints(text, words, (lower ??= new LowerCaseWords(words, infos)), first, to, sentenceIndex, hints);
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

const DEFAULT_LIMITS: Required<SentenceHintOptions> = Object.freeze({ ...DEFAULTS });

function resolveOptions(options: SentenceHintOptions): Required<SentenceHintOptions> {
  if (typeof options !== "object" || options === null) {
    throw new ReadabilityError("SCORING_INVALID_ARGUMENT", `sentenceHints: options must be an object, got ${options === null ? "null" : typeof options}.`);
  }
  // Each option read once, by name: a lookup by a key held in a variable
  // costs more, on every call.
  const { maxSentenceWords, maxWordSyllables, maxWordLetters, minNominalWords, nominalShare } = options;
  // Most callers set none: then the defaults serve, without a new object.
  if (maxSentenceWords === undefined && maxWordSyllables === undefined && maxWordLetters === undefined && minNominalWords === undefined && nominalShare === undefined) {
    return DEFAULT_LIMITS;
  }
  return {
    maxSentenceWords: wholeNumber(maxSentenceWords, "maxSentenceWords"),
    maxWordSyllables: wholeNumber(maxWordSyllables, "maxWordSyllables"),
    maxWordLetters: wholeNumber(maxWordLetters, "maxWordLetters"),
    minNominalWords: wholeNumber(minNominalWords, "minNominalWords"),
    nominalShare: share(nominalShare),
  };
}

function wholeNumber(value: unknown, key: "maxSentenceWords" | "maxWordSyllables" | "maxWordLetters" | "minNominalWords"): number {
  if (value === undefined) return DEFAULTS[key];
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
    throw new ReadabilityError("SCORING_INVALID_ARGUMENT", `sentenceHints: options.${key} must be a whole number ≥ 0, got ${String(value)}.`);
  }
  return value;
}

function share(value: unknown): number {
  if (value === undefined) return DEFAULTS.nominalShare;
  if (typeof value !== "number" || !(value >= 0 && value <= 1)) {
    throw new ReadabilityError("SCORING_INVALID_ARGUMENT", `sentenceHints: options.nominalShare must be a number from 0 to 1, got ${String(value)}.`);
  }
  return value;
}
