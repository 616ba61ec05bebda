/*
 * The curated German word lists of the scoring package: plain language,
 * sentiment, netiquette, danger, needing an answer, form of address. Data
 * only; the checkers that read them live elsewhere in the package. See
 * README.md in this folder for where the lists come from and how to match
 * them.
 */

export { foldForLexicon } from "./fold-for-lexicon.js";
export { OFFICIALESE, type OfficialeseKind, type OfficialesePhrase } from "./officialese.js";
export {
  EMOJI_SENTIMENT,
  INTENSIFIERS,
  IRONY_DAMPING,
  IRONY_MARKERS,
  NEGATION_SCOPE,
  NEGATORS,
  SCARE_QUOTE_SCORE,
  SCARE_QUOTE_WORDS,
  SENTIMENT_NEUTRAL_PHRASES,
  SENTIMENT_WORDS,
  type IronyEffect,
  type IronyMarker,
  type IronyMarkerForm,
} from "./sentiment.js";
export {
  INSULT_SLOT,
  INSULT_SUFFIX_ENDINGS,
  INSULTS,
  NETIQUETTE_ALLOWLIST,
  NETIQUETTE_RULE_FOR_KIND,
  NETIQUETTE_RULES,
  TARGETED_PATTERNS,
  THREAT_PATTERNS,
  type InsultEntry,
  type InsultKind,
  type InsultMatch,
  type InsultSeverity,
  type NetiquetteRule,
  type NetiquetteRuleId,
  type TargetedPattern,
  type ThreatKind,
  type ThreatPattern,
} from "./netiquette.js";
export {
  DANGER_CATEGORIES,
  DANGER_FALSE_FRIENDS,
  DANGER_NEXT_STEPS,
  DANGER_TERMS,
  type DangerCategory,
  type DangerEntry,
  type DangerMatch,
  type DangerNextStep,
} from "./danger.js";
export { COMPLAINT_MARKERS, NO_ANSWER_MARKERS, QUESTION_WORDS, REQUEST_MARKERS } from "./needs-answer.js";
export { DU_FORMS, DU_HINTS, IHR_VERB_FORMS, SIE_FORMS, SIE_HINTS, type AddressHint } from "./address-form.js";
