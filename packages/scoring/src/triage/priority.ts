import type { DangerCategory } from "../lexicons/index.js";
import type { DangerResult, NeedsAnswerResult, NetiquetteResult, SentimentResult } from "./triage-types.js";

/**
 * The priority of each danger category, 85 to 100: a life at risk first
 * (self-harm, fire, gas, a medical emergency, an accident), then threats of
 * violence, then damage that endangers people (water, a tree, a road).
 */
export const DANGER_PRIORITY: Readonly<Record<DangerCategory, number>> = Object.freeze({
  "self-harm": 100,
  fire: 98,
  gas: 98,
  medical: 97,
  accident: 95,
  threat: 92,
  water: 90,
  tree: 88,
  infrastructure: 87,
});

/**
 * How urgent a comment is, from 0 to 100; the highest rule that applies wins:
 *
 * | priority | comment |
 * |---:|---|
 * | 85–100 | reports a danger ({@link DANGER_PRIORITY}: self-harm 100, fire and gas 98, medical 97, accident 95, threat 92, water 90, tree 88, infrastructure 87) |
 * | 90 | threatens someone (a threat is also a danger of category threat, 92) |
 * | 60–70 | wants an answer and complains or reports a problem (+5 if negative, +5 with "!!" or more than one reason) |
 * | 50–60 | wants an answer: a question or a request (+5 if negative, +5 with more than one reason) |
 * | 45 | hate, to be hidden |
 * | 35–40 | an insult (40 from severity 2) |
 * | 20 | negative, no answer needed (venting, criticism) |
 * | 15 | profanity alone |
 * | 10 | neutral, no answer needed |
 * | 5 | positive, no answer needed (thanks, praise) |
 */
export function priorityOf(parts: {
  readonly sentiment: SentimentResult;
  readonly needsAnswer: NeedsAnswerResult;
  readonly danger: DangerResult | undefined;
  readonly netiquette: NetiquetteResult;
}): number {
  const { sentiment, needsAnswer, danger, netiquette } = parts;
  let priority = sentiment.label === "negative" ? 20 : sentiment.label === "neutral" ? 10 : 5;
  const raise = (value: number): void => {
    if (value > priority) priority = value;
  };
  if (danger !== undefined) raise(DANGER_PRIORITY[danger.category]);
  if (netiquette.verdict === "threat") raise(90);
  if (needsAnswer.needsAnswer) {
    const complains = needsAnswer.reasons.includes("complaint") || needsAnswer.reasons.includes("report");
    let value = complains ? 60 : 50;
    if (sentiment.label === "negative") value += 5;
    if (needsAnswer.reasons.length > 1) value += 5;
    raise(value);
  }
  if (netiquette.verdict === "hate") raise(45);
  if (netiquette.verdict === "insult") raise(netiquette.severity >= 2 ? 40 : 35);
  if (netiquette.verdict === "profanity") raise(15);
  return priority;
}
