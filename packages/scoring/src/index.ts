/**
 * `@kommune-sm/scoring`: checks on drafts and replies (plain German,
 * accessibility, channel fit, neutrality, personal data, brand voice) that
 * the editorial workflow runs as an approval gate, and triage of citizens'
 * messages.
 *
 * @packageDocumentation
 * @module @kommune-sm/scoring
 */
export { scoring, scoringChecks, type ScoringOptions, type ScoringChecksOptions, type ScoringPlugin } from "./scoring-plugin.js";
export { InteractionTriager, byTriagePriority, dangerReply, triageData, triageLabels, TRIAGE_PRODUCER } from "./inbox/triage-interactions.js";
export { checksTriage, CHECKS_PRODUCER } from "./inbox/interaction-checks.js";
export { interactionPersonalDataCheck, interactionPersonalDataMessages } from "./inbox/interaction-personal-data-check.js";
export * from "./triage/index.js";
export { plainLanguageCheck, replyPlainLanguageCheck, type PlainLanguageOptions } from "./plain-language/plain-language-check.js";
export { createOfficialeseMatcher, type OfficialeseHit } from "./plain-language/officialese-matcher.js";
export * from "./readability/index.js";
export { accessibilityCheck, type AccessibilityOptions } from "./checks/accessibility-check.js";
export { channelFitCheck, type ChannelFitOptions } from "./checks/channel-fit-check.js";
export { neutralityCheck, GERMAN_PARTIES, type NeutralityOptions } from "./checks/neutrality-check.js";
export { personalDataCheck, replyPersonalDataCheck, type PersonalDataCheckOptions } from "./checks/personal-data-check.js";
export { brandVoiceCheck, replyBrandVoiceCheck } from "./checks/brand-voice-check.js";
export { addressFormCheck, replyAddressFormCheck } from "./checks/address-form-check.js";
export { addressUses, type AddressUse } from "./checks/address-form.js";
export { postTexts, type PostText } from "./checks/post-texts.js";
export { keywordRanges, type KeywordRange } from "./text/keyword-ranges.js";
export { findEmoji, type FoundEmoji } from "./text/emoji.js";
export { scoringMessages, type ScoringMessageKey } from "./scoring-messages.js";
export {
  contentPerformance,
  postFormat,
  type ContentPerformanceOptions,
  type Normalisation,
  type PerformanceDimension,
  type PerformanceGroup,
  type PostFormat,
  type PostOutcome,
} from "./performance/content-performance.js";
export { collectOutcomes, type CollectOutcomesOptions, type OutcomeSource } from "./performance/collect-outcomes.js";
export type { ConfidenceLevel } from "./performance/student-t.js";
export * from "./personal-data/index.js";
export * from "./lexicons/index.js";
