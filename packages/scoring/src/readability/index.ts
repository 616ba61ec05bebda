/**
 * Readability of German drafts: syllables, tokens with positions, the
 * classic formulas (Flesch-Amstad, Wiener Sachtextformel, LIX) and hints
 * for plain, citizen-friendly language.
 */
export { loadGermanSyllables } from "./german-syllables.js";
export { createSyllableCounter, type SyllableCounter, type SyllableCounterOptions } from "./syllable-counter.js";
export { instantiateSyllablePatterns, type SyllablePatterns } from "./syllable-patterns.js";
export { tokenizeGerman, type GermanTokens, type Sentence, type Word } from "./tokenize-german.js";
export { readability, type ReadabilityScores } from "./readability.js";
export {
  sentenceHints,
  SENTENCE_HINT_KINDS,
  type SentenceHint,
  type SentenceHintKind,
  type SentenceHintOptions,
  type LongSentenceHint,
  type LongWordHint,
  type PassiveHint,
  type NominalShareHint,
  type FunctionVerbHint,
} from "./sentence-hints.js";
export {
  FUNCTION_VERB_CONSTRUCTIONS,
  FUNCTION_VERB_FORMS,
  type FunctionVerb,
  type FunctionVerbConstruction,
} from "./function-verb-constructions.js";
export { READABILITY_ERROR_CODES, ReadabilityError, type ReadabilityErrorCode } from "./readability-errors.js";
