import type { DangerCategory, DangerNextStep, NetiquetteRuleId } from "../lexicons/index.js";
import type { DangerModelData } from "./danger-model.js";

/**
 * A piece of the comment that led to a finding: UTF-16 offsets into the text
 * as given (end exclusive), with `text === comment.slice(start, end)`.
 */
export interface Evidence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** What the piece stands for: a lexicon term, a pattern id, a reason ("question", "negated", "irony"). */
  readonly label?: string;
}

/** The tone of a comment. */
export interface SentimentResult {
  readonly label: "positive" | "neutral" | "negative";
  /** From −1 (very negative) to +1 (very positive); the label follows from thresholds on it. */
  readonly score: number;
  /** The words and emoji that carried a value, labelled with the value they counted with. */
  readonly evidence: readonly Evidence[];
}

/** Why a comment wants an answer from the town hall. */
export type NeedsAnswerReason = "question" | "request" | "complaint" | "report";

/** Whether the town hall should answer a comment. */
export interface NeedsAnswerResult {
  readonly needsAnswer: boolean;
  /** Every reason found, in the order question, request, complaint, report; empty when none. */
  readonly reasons: readonly NeedsAnswerReason[];
  readonly evidence: readonly Evidence[];
}

/** A comment that may report a danger to people, with what to do about it. */
export interface DangerResult {
  readonly category: DangerCategory;
  readonly evidence: readonly Evidence[];
  readonly nextStep: DangerNextStep;
}

/** The netiquette verdicts, gravest first: threat > hate > insult > profanity > ok. */
export type NetiquetteVerdict = "ok" | "profanity" | "insult" | "hate" | "threat";

/** What the moderation team might do: a suggestion only; a person decides. */
export type NetiquetteSuggestion = "none" | "answer" | "hide" | "escalate";

/** Whether a comment keeps to the netiquette. */
export interface NetiquetteResult {
  readonly verdict: NetiquetteVerdict;
  /** 0 for ok; else 1 (rude), 2 (clear breach), 3 (slur, dehumanising, threat). */
  readonly severity: 0 | 1 | 2 | 3;
  /** True when an insult is aimed at a person or group ("ihr seid alle …", "du …", "der Bürgermeister ist …"). */
  readonly targeted: boolean;
  /** The netiquette rule the finding breaks; absent for ok. */
  readonly rule?: NetiquetteRuleId;
  readonly suggestion: NetiquetteSuggestion;
  readonly evidence: readonly Evidence[];
}

/** A content pillar the comment is about. */
export interface TopicResult {
  readonly pillarId: string;
  /** Where its keywords occur. */
  readonly evidence: readonly Evidence[];
}

/** A content pillar as triage reads it: its id and the keywords that mark a comment as being about it. */
export interface TopicPillar {
  readonly id: string;
  readonly keywords?: readonly string[];
}

/** Everything triage says about one comment. */
export interface Triage {
  readonly sentiment: SentimentResult;
  readonly needsAnswer: NeedsAnswerResult;
  /** Absent when the comment reports no danger. */
  readonly danger?: DangerResult;
  readonly netiquette: NetiquetteResult;
  /** The pillars whose keywords occur, most evidence first; empty when none or no pillars were given. */
  readonly topics: readonly TopicResult[];
  /** 0 to 100, see `priorityOf`: danger highest, then threats, then complaints that want an answer. */
  readonly priority: number;
}

/** Options of `createTriage`. */
export interface TriageOptions {
  /**
   * Extra or replacing sentiment words, from −1 to +1, keyed by word (folded
   * with `foldForLexicon` when read; a key ending in `*` matches every word
   * that begins with what comes before it). For example a lexicon file the
   * user supplies, such as SentiWS read with `parseSentiWsLines`, which this
   * project must not bundle. An extra word overrides a built-in one.
   */
  readonly sentimentWords?: Readonly<Record<string, number>>;
  /** Use only `sentimentWords`, not the built-in `SENTIMENT_WORDS`. */
  readonly replaceSentimentWords?: boolean;
  /**
   * The danger step's second signal: a model over the words of a comment
   * and the runs of letters in them, asked where the danger lists see no
   * danger word in a sentence (see the README, "How far to trust the danger
   * step"). Absent: `DANGER_MODEL`, trained on this package's labelled
   * comments. Your own model made with `pnpm train:danger`, or `false` for
   * the lists alone, which find fewer dangers told by what people see and
   * raise slightly fewer false alarms.
   */
  readonly dangerModel?: false | DangerModelData;
}
