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
export { HATE_GENERALISATION_REACH, HATE_GENERALISATIONS, HATE_GROUP_TERMS } from "./hate-generalisations.js";
export {
  DANGER_ALARM_TERMS,
  DANGER_ALARMS,
  DANGER_CATEGORIES,
  DANGER_COMBINATION_REACH,
  DANGER_COMBINATIONS,
  DANGER_CONTEXTS,
  DANGER_CONTRAST_WORDS,
  DANGER_FALSE_FRIENDS,
  DANGER_NEXT_STEPS,
  DANGER_REQUEST_WORDS,
  DANGER_SUFFIX_ENDINGS,
  DANGER_TERMS,
  type DangerCategory,
  type DangerCombination,
  type DangerContext,
  type DangerContextKind,
  type DangerEntry,
  type DangerMatch,
  type DangerNextStep,
} from "./danger.js";
export {
  ANNOYANCE_MARKERS,
  COMPLAINT_MARKERS,
  DURATION_NUMBERS,
  DURATION_UNITS,
  FINITE_VERBS,
  IMPERATIVE_PARTICLES,
  IMPERATIVE_VERBS,
  LOST_AND_FOUND,
  NEGATED_SERVICE_REACH,
  NEGATED_SERVICE_WORDS,
  NO_ANSWER_MARKERS,
  NOT_QUESTIONS,
  PROBLEM_COMBINATION_REACH,
  PROBLEM_COMBINATIONS,
  QUESTION_SUBJECTS,
  QUESTION_VERBS,
  QUESTION_VERBS_BEFORE_SUBJECT,
  QUESTION_WORDS,
  REQUEST_MARKERS,
  RHETORICAL_QUESTIONS,
  SELF_ANSWERS,
  STATEMENT_PARTICLES,
  WAITING_SIGNS,
  WAITING_WORDS,
  WISH_REACH,
  WISH_VERBS,
  WISH_WORDS,
  type ProblemCombination,
} from "./needs-answer.js";
export { DU_FORMS, DU_HINTS, IHR_VERB_FORMS, SIE_FORMS, SIE_HINTS, type AddressHint } from "./address-form.js";
