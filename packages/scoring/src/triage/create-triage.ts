import { CoreError } from "@kommune-sm/core";
import { DANGER_NEXT_STEPS } from "../lexicons/index.js";
import { compileDanger } from "./classify-danger.js";
import { DANGER_MODEL } from "../lexicons/danger-model.js";
import { compileDangerModel, type CompiledDangerModel } from "./danger-model.js";
import { compileNeedsAnswer } from "./classify-needs-answer.js";
import { compileNetiquette } from "./classify-netiquette.js";
import { compileSentiment } from "./classify-sentiment.js";
import { compilePillars, type CompiledPillars } from "./classify-topics.js";
import { priorityOf } from "./priority.js";
import { evidenceOfRange, prepareText } from "./triage-text.js";
import type { DangerResult, TopicPillar, Triage, TriageOptions } from "./triage-types.js";

/** The shipped danger model, decoded on first use and shared: a comment is read in one synchronous call, so instances cannot interleave in it. */
let shippedModel: CompiledDangerModel | undefined;

/** The danger model a triage uses: the shipped one unless told otherwise, none for `false`, or the caller's own. */
function dangerModelFor(option: TriageOptions["dangerModel"]): CompiledDangerModel | undefined {
  if (option === false) return undefined;
  if (option === undefined) return (shippedModel ??= compileDangerModel(DANGER_MODEL));
  return compileDangerModel(option);
}

function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value)) return "an array";
  return value === null ? "null" : typeof value;
}

/**
 * Makes a triage function for citizens' comments, with every lexicon,
 * pattern and option compiled once here. The function is pure, synchronous
 * and linear in the length of the comment; it says for one comment:
 *
 * - **sentiment**: positive, neutral or negative, from the lexicon
 *   `SENTIMENT_WORDS` (or the words of the options) with negation,
 *   intensifiers, irony markers, scare quotes, emoji and "!!!";
 * - **needsAnswer**: whether the town hall should answer (a question, a
 *   request, a complaint, a report of a danger); thanks and praise alone
 *   do not need one, and threats are escalated instead;
 * - **danger**: a report of a danger to people, with the next step and the
 *   numbers to call (`DANGER_NEXT_STEPS`); a threat against people is a
 *   danger of category "threat";
 * - **netiquette**: threat > hate > insult > profanity > ok, with a
 *   suggestion for the team (a suggestion only: a person decides);
 * - **topics**: the content pillars whose keywords occur;
 * - **priority**: 0 to 100, see {@link priorityOf}.
 *
 * All evidence is given as UTF-16 offsets into the comment as given.
 *
 * @throws CoreError `CORE_INVALID_ARGUMENT` when an option is malformed (a sentiment value outside −1 to +1), when the text is no string, or when a pillar has no id
 *
 * @example
 * ```ts
 * const triage = createTriage();
 * const result = triage("Es riecht nach Gas im Treppenhaus Lindenstraße 8!!", [
 *   { id: "sicherheit", keywords: ["Feuerwehr", "Gas", "Unwetter"] },
 * ]);
 * result.danger?.category; // "gas"
 * result.danger?.nextStep.emergencyNumbers; // ["112"]
 * result.needsAnswer.reasons; // ["report"]
 * result.priority; // 98
 * ```
 */
export function createTriage(options?: TriageOptions): (text: string, pillars?: readonly TopicPillar[]) => Triage {
  if (options !== undefined && (typeof options !== "object" || options === null || Array.isArray(options))) {
    throw new CoreError("CORE_INVALID_ARGUMENT", `createTriage: options must be an object, got ${describe(options)}.`);
  }
  const sentimentOf = compileSentiment(options);
  const danger = compileDanger(dangerModelFor(options?.dangerModel));
  const netiquetteOf = compileNetiquette();
  const answers = compileNeedsAnswer();
  const compiledPillars = new WeakMap<readonly TopicPillar[], CompiledPillars>();
  const topicsOf = (pillars: readonly TopicPillar[]): CompiledPillars => {
    let compiled = compiledPillars.get(pillars);
    if (compiled === undefined) {
      checkPillars(pillars);
      compiled = compilePillars(pillars);
      compiledPillars.set(pillars, compiled);
    }
    return compiled;
  };

  return (text, pillars) => {
    if (typeof text !== "string") throw new CoreError("CORE_INVALID_ARGUMENT", `triage: text must be a string, got ${describe(text)}.`);
    // The pillars' keywords first: their words must be known when the text is prepared.
    const findTopics = pillars === undefined ? undefined : topicsOf(pillars);
    const prepared = prepareText(text);
    const netiquette = netiquetteOf(prepared);
    const dangerHits = danger.find(prepared);
    let dangerResult: DangerResult | undefined;
    if (netiquette.threats.length > 0) {
      // A threat against people is a danger of its own: the police, not an answer.
      dangerResult = {
        category: "threat",
        evidence: netiquette.threats.map((threat) => evidenceOfRange(prepared, threat.start, threat.end, threat.pattern.id)),
        nextStep: DANGER_NEXT_STEPS.threat,
      };
    } else dangerResult = danger.decide(prepared, dangerHits);
    const signals = answers.signals(prepared);
    const dangerTokens = dangerHits.length > 0 && dangerResult !== undefined ? dangerSpan(dangerHits) : undefined;
    const verdict = netiquette.result.verdict;
    const hostile = verdict === "insult" || verdict === "hate" || verdict === "threat";
    const sentiment = sentimentOf(prepared, {
      complaints: signals.complaint.length > 0 ? [...signals.complaint, ...signals.annoyance] : signals.annoyance,
      danger: dangerTokens,
      hostility: hostile ? (netiquette.result.evidence[0] ?? { start: 0, end: 0, text: "" }) : undefined,
      sentenceFlags: signals.sentenceFlags,
    });
    // A threat the writer makes is escalated, not answered; a report of violence or a bomb found is a report like any danger.
    const threat = verdict === "threat";
    const needsAnswer = answers.decide(signals, {
      dangerReport: dangerResult !== undefined && !threat,
      threat,
      hate: verdict === "hate",
      sentiment: sentiment.label,
    });
    const topics = findTopics === undefined ? [] : findTopics(prepared);
    const priority = priorityOf({ sentiment, needsAnswer, danger: dangerResult, netiquette: netiquette.result });
    const triage: Triage = { sentiment, needsAnswer, netiquette: netiquette.result, topics, priority };
    return dangerResult === undefined ? triage : { ...triage, danger: dangerResult };
  };
}

/** The tokens of the first danger hit, for the sentiment's evidence. */
function dangerSpan(hits: readonly { first: number; last: number }[]): [number, number] {
  return [hits[0]!.first, hits[0]!.last];
}

function checkPillars(pillars: unknown): void {
  if (!Array.isArray(pillars)) throw new CoreError("CORE_INVALID_ARGUMENT", `triage: pillars must be an array, got ${describe(pillars)}.`);
  pillars.forEach((pillar: unknown, index) => {
    if (typeof pillar !== "object" || pillar === null || typeof (pillar as { id?: unknown }).id !== "string") {
      throw new CoreError("CORE_INVALID_ARGUMENT", `triage: pillars[${index}] must be an object with a string id, got ${describe(pillar)}.`);
    }
    const keywords = (pillar as { keywords?: unknown }).keywords;
    if (keywords !== undefined && (!Array.isArray(keywords) || keywords.some((keyword) => typeof keyword !== "string"))) {
      throw new CoreError("CORE_INVALID_ARGUMENT", `triage: pillars[${index}].keywords must be an array of strings.`);
    }
  });
}
