import {
  ANNOYANCE_MARKERS,
  COMPLAINT_MARKERS,
  DURATION_NUMBERS,
  DURATION_UNITS,
  foldForLexicon,
  NEGATED_SERVICE_REACH,
  NEGATED_SERVICE_WORDS,
  NO_ANSWER_MARKERS,
  QUESTION_VERBS,
  QUESTION_WORDS,
  REQUEST_MARKERS,
  RHETORICAL_QUESTIONS,
  STATEMENT_PARTICLES,
} from "../lexicons/index.js";
import { isClauseBoundary, NEGATOR_SET, negatedBefore } from "./clauses.js";
import { emojiKey } from "./emoji-key.js";
import { PhraseIndex } from "./phrase-index.js";
import { ASKS, REQUESTS } from "./sentence-flags.js";
import { WordSet } from "./word-ids.js";
import type { Token } from "./tokenize.js";
import { evidenceOfTokens, sortEvidence, type TriageText } from "./triage-text.js";
import type { Evidence, NeedsAnswerReason, NeedsAnswerResult } from "./triage-types.js";

/** The signs of a question, a request, a complaint and annoyance found in a comment, before the decision. */
export interface AnswerSignals {
  readonly question: readonly Evidence[];
  readonly request: readonly Evidence[];
  readonly complaint: readonly Evidence[];
  /** Annoyance without a concrete problem ("schon wieder", "Katastrophe"): no reason to answer, but a sign of a negative tone. */
  readonly annoyance: readonly Evidence[];
  /** For each sentence, whether it asks ({@link ASKS}) or asks for something ({@link REQUESTS}). */
  readonly sentenceFlags: Uint8Array;
  /** The comment consists of nothing but thanks, praise and emoji of `NO_ANSWER_MARKERS`. */
  readonly onlyThanks: boolean;
}

/** What the other classifiers found that decides whether a comment wants an answer. */
export interface AnswerContext {
  /** The comment reports a danger to people (not a threat): a report always wants a reaction. */
  readonly dangerReport: boolean;
  /** The comment threatens someone: it is escalated, not answered. */
  readonly threat: boolean;
  /** The comment is hate: it is hidden, not answered. */
  readonly hate: boolean;
  /** The comment's tone. */
  readonly sentiment: "positive" | "neutral" | "negative";
}

/** Question words that open an indirect question after a comma as well ("ich frage mich, warum …"); the others are also relative words. */
const CLAUSE_QUESTION_WORDS: ReadonlySet<string> = new Set(["warum", "wieso", "weshalb", "weswegen", "wann", "wozu"]);

// Bits of a sentence, besides ASKS and REQUESTS.
const QUESTION_MARK = 4;
const EXCLAMATION_MARK = 8;
const RHETORICAL = 16;

const DIGITS = /^\d+$/;

/** Marks after which a new clause begins. */
const CLAUSE_MARKS: ReadonlySet<string> = new Set([",", ";", ":", "–", "—", "-"]);

/** Laughter after a question makes it rhetorical: "Wer hat das geplant, ein Praktikant? 😂". */
const LAUGHTER: ReadonlySet<string> = new Set(["😂", "🤣", "😅", "😆", "😜", "🙃", "🤡"]);

/** Verbs that follow the clause of a headless relative "wer": "Wer Müll in den Wald kippt, ist ein Schwein" asks nothing. */
const AFTER_RELATIVE_WER: ReadonlySet<string> = new Set(["ist", "hat", "braucht", "soll", "sollte", "muss", "kann", "darf", "bekommt", "kriegt", "zahlt", "wird", "der", "bleibt", "handelt"]);

/**
 * Request markers that ask with a modal verb ("Könnten Sie …", "Würdet ihr
 * …"): a request only where they open a clause or the sentence asks;
 * "Geld verbrennen können sie" is scorn.
 */
const MODAL_REQUEST_START: ReadonlySet<string> = new Set(["könnten", "können", "könnt", "könntet", "würden", "würdet"].map(foldForLexicon));

type QuestionKind = "word" | "opening";

/** Compiles the marker lists once; the returned functions find the signals and decide. */
export function compileNeedsAnswer(): {
  signals: (text: TriageText) => AnswerSignals;
  decide: (signals: AnswerSignals, context: AnswerContext) => NeedsAnswerResult;
} {
  const questionWords = new PhraseIndex<QuestionKind>(
    QUESTION_WORDS.map((word) => ({ phrase: foldForLexicon(word), payload: word.includes(" ") || word === "gibts" ? "opening" : "word" })),
  );
  const questionVerbs = new WordSet(QUESTION_VERBS.map(foldForLexicon));
  const statementParticles = new WordSet(STATEMENT_PARTICLES.map(foldForLexicon));
  const rhetorical = new PhraseIndex(RHETORICAL_QUESTIONS.map((phrase) => ({ phrase: foldForLexicon(phrase), payload: phrase })));
  const requests = new PhraseIndex(REQUEST_MARKERS.map((marker) => ({ phrase: foldForLexicon(marker), payload: marker })));
  const complaints = new PhraseIndex(COMPLAINT_MARKERS.map((marker) => ({ phrase: foldForLexicon(marker), payload: marker })));
  const annoyances = new PhraseIndex(ANNOYANCE_MARKERS.map((marker) => ({ phrase: foldForLexicon(marker), payload: marker })));
  const serviceWords = new WordSet(NEGATED_SERVICE_WORDS.map(foldForLexicon));
  const durationUnits = new WordSet(DURATION_UNITS.map(foldForLexicon));
  const durationNumbers = new WordSet(DURATION_NUMBERS.map(foldForLexicon));
  const since = new WordSet(["seit"]);
  const thanks = new PhraseIndex(NO_ANSWER_MARKERS.map((marker) => ({ phrase: foldForLexicon(marker), payload: true })));
  const thanksEmoji = new Set(NO_ANSWER_MARKERS.filter((marker) => !/\p{L}/u.test(marker)).map(emojiKey));

  const signals = (text: TriageText): AnswerSignals => {
    const { tokens, ids } = text;
    const sentences = tokens.length === 0 ? 0 : tokens[tokens.length - 1]!.sentence + 1;
    const flags = new Uint8Array(sentences); // ASKS, REQUESTS and the local bits below
    const firstToken = new Int32Array(sentences).fill(-1);
    const afterComma = new Int32Array(sentences).fill(-1); // the token after a sentence's first comma
    for (let at = 0; at < tokens.length; at++) {
      const token = tokens[at]!;
      if (firstToken[token.sentence] === -1) firstToken[token.sentence] = at;
      if (token.kind !== "punct") continue;
      if (token.text.includes("?")) flags[token.sentence]! |= QUESTION_MARK;
      else if (token.text.includes("!")) flags[token.sentence]! |= EXCLAMATION_MARK;
      if (token.text === "," && afterComma[token.sentence] === -1) afterComma[token.sentence] = at + 1;
    }
    for (const [, first] of rhetorical.findAll(text)) flags[tokens[first]!.sentence]! |= RHETORICAL;
    const question: Evidence[] = [];
    const ask = (sentence: number, first: number, last: number): void => {
      if ((flags[sentence]! & RHETORICAL) !== 0) return;
      question.push(evidenceOfTokens(text, first, last, "question"));
      flags[sentence]! |= ASKS;
    };
    const clauseStart = (at: number): boolean => {
      const previous = tokens[at - 1];
      return firstWordOfSentence(tokens, at) || (previous?.kind === "punct" && CLAUSE_MARKS.has(previous.text));
    };
    const statementAfter = (at: number): boolean => statementParticles.has(ids[at + 1] ?? -1);

    // Question marks, unless laughter makes the sentence rhetorical.
    for (let at = 0; at < tokens.length; at++) {
      const token = tokens[at]!;
      if (token.kind === "punct" && token.text.includes("?")) {
        if (laughterAfter(tokens, at)) flags[token.sentence]! |= RHETORICAL;
        else ask(token.sentence, firstToken[token.sentence]!, at);
      }
    }
    // Question words and openings at the start of a clause; verbs at the start of a sentence.
    for (const [kind, at, last] of questionWords.findAll(text)) {
      const token = tokens[at]!;
      const sentence = token.sentence;
      if (!clauseStart(at) || statementAfter(at) || statementAfter(last)) continue;
      const atSentenceStart = firstWordOfSentence(tokens, at);
      if (kind === "word" && !atSentenceStart && !CLAUSE_QUESTION_WORDS.has(token.text)) continue;
      const asked = (flags[sentence]! & QUESTION_MARK) !== 0;
      // "Was für ein Konzert!" exclaims; "Wer Müll in den Wald kippt, ist …" is a relative clause.
      if (kind === "word" && !asked && ((flags[sentence]! & EXCLAMATION_MARK) !== 0 || (token.text === "was" && tokens[last + 1]?.text === "fuer"))) continue;
      if (token.text === "wer" && !asked && afterComma[sentence]! >= 0 && AFTER_RELATIVE_WER.has(tokens[afterComma[sentence]!]?.text ?? "")) continue;
      ask(sentence, at, last);
    }
    for (let at = 0; at < tokens.length; at++) {
      if (!questionVerbs.has(ids[at]!)) continue;
      const token = tokens[at]!;
      if (tokens[at + 1]?.kind !== "word" || statementAfter(at) || (flags[token.sentence]! & EXCLAMATION_MARK) !== 0 || !firstWordOfSentence(tokens, at)) continue;
      ask(token.sentence, at, at);
    }

    const request: Evidence[] = [];
    for (const [marker, at, last] of requests.findAll(text)) {
      const token = tokens[at]!;
      if (MODAL_REQUEST_START.has(token.text) && (flags[token.sentence]! & QUESTION_MARK) === 0 && !clauseStart(at)) continue;
      request.push(evidenceOfTokens(text, at, last, marker));
      flags[token.sentence]! |= REQUESTS;
    }
    const complaint: Evidence[] = [];
    for (const [marker, at, last] of complaints.findAll(text)) {
      // "Ich will mich nicht beschweren" complains of nothing.
      if (!negatedBefore(tokens, at, 2)) complaint.push(evidenceOfTokens(text, at, last, marker));
    }
    for (let at = 0; at < tokens.length; at++) {
      if (!serviceWords.has(ids[at]!)) continue;
      const negator = negatorNear(tokens, at);
      if (negator !== undefined) complaint.push(evidenceOfTokens(text, Math.min(at, negator), Math.max(at, negator), "not done"));
    }
    // "seit zwei Wochen", "seit 3 Monaten": a problem left unresolved.
    for (let at = 0; at + 2 < tokens.length; at++) {
      if (!since.has(ids[at]!) || tokens[at + 1]!.kind !== "word" || !durationUnits.has(ids[at + 2]!)) continue;
      if (durationNumbers.has(ids[at + 1]!) || DIGITS.test(tokens[at + 1]!.text)) complaint.push(evidenceOfTokens(text, at, at + 2, "seit …"));
    }
    const annoyance: Evidence[] = [];
    for (const [marker, at, last] of annoyances.findAll(text)) annoyance.push(evidenceOfTokens(text, at, last, marker));

    // Nothing but thanks, praise and emoji (and mentions)?
    let onlyThanks = false;
    const thanked = thanks.findAll(text);
    if (thanked.length > 0 || tokens.some((token) => token.kind === "emoji")) {
      onlyThanks = true;
      let covered = -1;
      let next = 0;
      for (let at = 0; at < tokens.length && onlyThanks; at++) {
        for (; next < thanked.length && thanked[next]![1] <= at; next++) covered = Math.max(covered, thanked[next]![2]);
        const token = tokens[at]!;
        if (token.kind === "emoji") onlyThanks = at <= covered || thanksEmoji.has(token.text);
        else if (token.kind === "word") onlyThanks = at <= covered || mention(text, at);
      }
      onlyThanks &&= tokens.some((token) => token.kind === "word" || token.kind === "emoji");
    }
    return { question, request, complaint, annoyance, sentenceFlags: flags, onlyThanks };
  };

  const decide = (found: AnswerSignals, context: AnswerContext): NeedsAnswerResult => {
    const reasons: NeedsAnswerReason[] = [];
    const evidence: Evidence[] = [];
    const use = (reason: NeedsAnswerReason, items: readonly Evidence[]): void => {
      if (items.length === 0) return;
      reasons.push(reason);
      evidence.push(...items);
    };
    use("question", found.question);
    // Praise with a wish ("Bitte öfter!", "Bitte nächstes Jahr wieder!") and praise that mentions a fixed problem
    // ("Nicht schlecht, wie schnell das Schlagloch zu war") want no answer.
    const praise = context.sentiment === "positive";
    if (!praise || found.question.length > 0) use("request", found.request);
    if (!praise) use("complaint", found.complaint);
    if (context.dangerReport) reasons.push("report");
    // Threats are escalated and hate is hidden, not answered; the reasons stay for the record.
    const needsAnswer = !context.threat && !context.hate && !found.onlyThanks && reasons.length > 0;
    return { needsAnswer, reasons, evidence: sortEvidence(evidence) };
  };

  return { signals, decide };
}

/** True if `tokens[at]` is the first word of its sentence (after nothing but emoji and punctuation). */
function firstWordOfSentence(tokens: readonly Token[], at: number): boolean {
  const sentence = tokens[at]!.sentence;
  for (let previous = at - 1; previous >= 0; previous--) {
    const token = tokens[previous]!;
    if (token.sentence !== sentence) return true;
    if (token.kind === "word" && !(token.text === "und" || token.text === "aber" || token.text === "also" || token.text === "hallo")) return false;
  }
  return true;
}

/** True if the question mark at `at` is followed by laughter before the next word. */
function laughterAfter(tokens: readonly Token[], at: number): boolean {
  for (let next = at + 1; next < tokens.length && next <= at + 3; next++) {
    const token = tokens[next]!;
    if (token.kind === "emoji" && LAUGHTER.has(token.text)) return true;
    if (token.kind === "word") return false;
  }
  return false;
}

/** The index of a negator within `NEGATED_SERVICE_REACH` words of `at` in the same clause, if any. */
function negatorNear(tokens: readonly Token[], at: number): number | undefined {
  for (const step of [-1, 1]) {
    let seen = 0;
    for (let next = at + step; next >= 0 && next < tokens.length && seen < NEGATED_SERVICE_REACH; next += step) {
      const token = tokens[next]!;
      if (isClauseBoundary(token)) break;
      if (token.kind !== "word") continue;
      seen++;
      if (NEGATOR_SET.has(token.text) && token.text !== "ohne") return next;
    }
  }
  return undefined;
}

/** True if the word at `at` is a mention ("@Marco"): it does not make thanks a question. */
function mention(text: TriageText, at: number): boolean {
  const token = text.tokens[at]!;
  const previous = text.tokens[at - 1];
  return previous?.kind === "punct" && previous.text === "@" && previous.end === token.start;
}
