/*
 * Triage of citizens' comments: sentiment, whether an answer is needed,
 * danger, netiquette, topic and priority, each with the evidence that led
 * to it. See `createTriage`.
 */
export type {
  DangerResult,
  Evidence,
  NeedsAnswerReason,
  NeedsAnswerResult,
  NetiquetteResult,
  NetiquetteSuggestion,
  NetiquetteVerdict,
  SentimentResult,
  TopicPillar,
  TopicResult,
  Triage,
  TriageOptions,
} from "./triage-types.js";
export { createTriage } from "./create-triage.js";
export { parseSentiWsLines } from "./parse-sentiws.js";
export { DANGER_PRIORITY, priorityOf } from "./priority.js";
export { DANGER_MODEL } from "../lexicons/danger-model.js";
export { MODEL_LABEL } from "./classify-danger.js";
export type { DangerModelClass, DangerModelData } from "./danger-model.js";
