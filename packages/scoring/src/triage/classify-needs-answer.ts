import {
  ANNOYANCE_MARKERS,
  COMPLAINT_MARKERS,
  DURATION_NUMBERS,
  DURATION_UNITS,
  EMOJI_SENTIMENT,
  foldForLexicon,
  IMPERATIVE_PARTICLES,
  IMPERATIVE_VERBS,
  NEGATED_SERVICE_REACH,
  NEGATED_SERVICE_WORDS,
  NO_ANSWER_MARKERS,
  REQUEST_MARKERS,
  SENTIMENT_WORDS,
  WAITING_SIGNS,
  WAITING_WORDS,
  WISH_REACH,
  WISH_VERBS,
  WISH_WORDS,
} from "../lexicons/index.js";
import { clauseStart, EXCLAMATION_MARK, isCapitalised, QUESTION_MARK, wordWithin } from "./answer-grammar.js";
import { compileQuestions } from "./answer-questions.js";
import { isClauseBoundary, NEGATOR_SET, negatedBefore } from "./clauses.js";
import { emojiKey } from "./emoji-key.js";
import { joinClitics } from "./join-clitics.js";
import { PhraseIndex } from "./phrase-index.js";
import { compileProblemReports } from "./problem-reports.js";
import { ASKS, REQUESTS } from "./sentence-flags.js";
import { registerWord, WordSet } from "./word-ids.js";
import type { Token } from "./tokenize.js";
import { evidenceOfTokens, sortEvidence, type TriageText } from "./triage-text.js";
import type { Evidence, NeedsAnswerReason, NeedsAnswerResult } from "./triage-types.js";

/** The signs of a question, a request, a complaint and annoyance found in a comment, before the decision. */
export interface AnswerSignals {
  readonly question: readonly Evidence[];
  /** Requests that praise may carry ("Bitte öfter!"): no answer when the comment is praise. */
  readonly request: readonly Evidence[];
  /**
   * Requests for something new or for an answer ("Wäre schön, wenn der Bus
   * auch sonntags fährt", "Ich würde mich über eine Rückmeldung freuen",
   * "Macht doch mal eine Ampel hin"): they want an answer also in a
   * friendly comment, unless it praises something besides.
   */
  readonly wish: readonly Evidence[];
  /** A concrete problem: a complaint about a service, or a report of something broken, dirty or missing. */
  readonly complaint: readonly Evidence[];
  /** Annoyance without a concrete problem ("schon wieder", "Katastrophe"): no reason to answer, but a sign of a negative tone. */
  readonly annoyance: readonly Evidence[];
  /** For each sentence, whether it asks ({@link ASKS}) or asks for something ({@link REQUESTS}). */
  readonly sentenceFlags: Uint8Array;
  /** The comment consists of nothing but thanks, praise and emoji of `NO_ANSWER_MARKERS`. */
  readonly onlyThanks: boolean;
  /** A sentence that asks for nothing praises something ("Tolle Idee! Wäre schön, wenn …"). */
  readonly praiseBesides: boolean;
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

const DIGITS = /^\d+$/;

/**
 * Request markers that ask with a modal verb ("Könnten Sie …", "Würdet ihr
 * …"): a request only where they open a clause or the sentence asks;
 * "Geld verbrennen können sie" is scorn.
 */
const MODAL_REQUEST_START: ReadonlySet<string> = new Set(["könnten", "können", "könnt", "könntet", "würden", "würdet"].map(foldForLexicon));

/** Request markers (in lexicon form) that ask for an answer or for something new: they want an answer also in a friendly comment. */
const ANSWER_REQUEST = /rueckmeldung|antwort|rueckruf|beantrag|erbitte|bitten? um|brauch|benoetig|fordere|hilfe|wissen|gewusst|wuesste/;

/** Negators that say where, not whether: "man kommt nirgends mehr durch" is traffic, not a service left undone. */
const NOT_SERVICE_NEGATORS: ReadonlySet<string> = new Set(["nirgends", "nirgendwo", "wenig", "null", "weder", "mitnichten", "ohne"]);

/** Words that open a subordinate clause: a negator before them does not negate the verb after them ("nicht erschrecken, wenn der Alarm kommt"). */
const SUBORDINATORS: ReadonlySet<string> = new Set(["wenn", "dass", "weil", "ob", "obwohl", "falls", "als", "damit", "bevor", "nachdem", "sobald", "sodass"]);

/** From this sentiment value a word is praise ("Tolle Idee! Wäre schön, wenn …"). */
const PRAISE_FROM = 0.3;

/** Compiles the marker lists once; the returned functions find the signals and decide. */
export function compileNeedsAnswer(): {
  signals: (text: TriageText) => AnswerSignals;
  decide: (signals: AnswerSignals, context: AnswerContext) => NeedsAnswerResult;
} {
  const questions = compileQuestions();
  const negators = new WordSet([...NEGATOR_SET]);
  const praiseWords = new WordSet(Object.entries(SENTIMENT_WORDS).filter(([word, value]) => !word.endsWith("*") && value >= PRAISE_FROM).map(([word]) => foldForLexicon(word)));
  const praiseEmoji = new Set(Object.entries(EMOJI_SENTIMENT).filter(([, value]) => value >= PRAISE_FROM).map(([emoji]) => emojiKey(emoji)));
  const requests = new PhraseIndex(REQUEST_MARKERS.map((marker) => ({ phrase: foldForLexicon(marker), payload: { marker, forAnswer: ANSWER_REQUEST.test(foldForLexicon(marker)) } })));
  const wishVerbs = new WordSet(WISH_VERBS.map(foldForLexicon));
  const wishWords = new WordSet(WISH_WORDS.map(foldForLexicon));
  const imperatives = new WordSet(IMPERATIVE_VERBS.map(foldForLexicon));
  const imperativeParticles = new WordSet(IMPERATIVE_PARTICLES.map(foldForLexicon));
  const complaints = new PhraseIndex(COMPLAINT_MARKERS.map((marker) => ({ phrase: foldForLexicon(marker), payload: marker })));
  const annoyances = new PhraseIndex(ANNOYANCE_MARKERS.map((marker) => ({ phrase: foldForLexicon(marker), payload: marker })));
  const serviceWords = new WordSet(NEGATED_SERVICE_WORDS.map(foldForLexicon));
  const waitingWords = new WordSet(WAITING_WORDS.map(foldForLexicon));
  const waitingSigns = new WordSet(WAITING_SIGNS.map(foldForLexicon));
  const durationUnits = new WordSet(DURATION_UNITS.map(foldForLexicon));
  const durationNumbers = new WordSet(DURATION_NUMBERS.map(foldForLexicon));
  const looksBack = new WordSet(["gewesen"]);
  const seit = registerWord("seit");
  const problems = compileProblemReports();
  const thanks = new PhraseIndex(NO_ANSWER_MARKERS.map((marker) => ({ phrase: foldForLexicon(marker), payload: true })));
  const thanksEmoji = new Set(NO_ANSWER_MARKERS.filter((marker) => !/\p{L}/u.test(marker)).map(emojiKey));

  const signals = (prepared: TriageText): AnswerSignals => {
    // "Gibt's", "geht's": the clitic is part of its word, as the lists spell it.
    const text = joinClitics(prepared);
    const { tokens, ids } = text;
    const sentences = tokens.length === 0 ? 0 : tokens[tokens.length - 1]!.sentence + 1;
    const flags = new Uint8Array(sentences); // ASKS, REQUESTS and the bits of answer-grammar.ts
    const firstToken = new Int32Array(sentences).fill(-1);
    const afterComma = new Int32Array(sentences).fill(-1);
    let emoji = false;
    for (let at = 0; at < tokens.length; at++) {
      const token = tokens[at]!;
      if (firstToken[token.sentence] === -1) firstToken[token.sentence] = at;
      if (token.kind === "emoji") emoji = true;
      if (token.kind !== "punct") continue;
      if (token.text.includes("?")) flags[token.sentence]! |= QUESTION_MARK;
      else if (token.text.includes("!")) flags[token.sentence]! |= EXCLAMATION_MARK;
      if (token.text === "," && afterComma[token.sentence] === -1) afterComma[token.sentence] = at + 1;
    }
    const question = questions(text, { flags, firstToken, afterComma });

    const request: Evidence[] = [];
    const wish: Evidence[] = [];
    for (const [{ marker, forAnswer }, at, last] of requests.findAll(text)) {
      const token = tokens[at]!;
      if (MODAL_REQUEST_START.has(token.text) && (flags[token.sentence]! & QUESTION_MARK) === 0 && !clauseStart(tokens, at)) continue;
      (forAnswer ? wish : request).push(evidenceOfTokens(text, at, last, marker));
      flags[token.sentence]! |= REQUESTS;
    }
    const complaint: Evidence[] = [];
    for (let at = 0; at < tokens.length; at++) {
      const id = ids[at]!;
      if (id < 0) continue;
      if (wishVerbs.has(id)) {
        // "Wäre schön, wenn …", "Eine zweite Leerung wäre echt hilfreich"; not "Wäre schön gewesen".
        const wished = wordWithin(tokens, ids, at, WISH_REACH, wishWords);
        if (wished !== undefined && wordWithin(tokens, ids, at, WISH_REACH + 2, looksBack) === undefined) {
          wish.push(evidenceOfTokens(text, at, wished, "wish"));
          flags[tokens[at]!.sentence]! |= REQUESTS;
        }
      } else if (imperatives.has(id) && clauseStart(tokens, at)) {
        // "Macht doch mal …", "Stellt da mal …", "Sorgt endlich dafür"; not "Macht doch nix", "Macht doch Spaß".
        const particle = wordWithin(tokens, ids, at, 2, imperativeParticles);
        if (particle !== undefined && wordWithin(tokens, ids, at, 3, negators) === undefined && !(tokens[particle]!.text === "doch" && isCapitalised(text, particle + 1))) {
          wish.push(evidenceOfTokens(text, at, particle, "imperative"));
          flags[tokens[at]!.sentence]! |= REQUESTS;
        }
      }
      if (serviceWords.has(id)) {
        // "Wieder kein Papier abgeholt", "Niemand hat sich bei mir gemeldet".
        const negator = negatorNear(tokens, at);
        if (negator !== undefined) complaint.push(evidenceOfTokens(text, Math.min(at, negator), Math.max(at, negator), "not done"));
      } else if (waitingWords.has(id)) {
        // "Ich warte jetzt schon ewig auf meinen Bescheid", "dass man drei Monate auf einen Pass wartet".
        const sign = wordWithin(tokens, ids, at, NEGATED_SERVICE_REACH, waitingSigns) ?? wordWithin(tokens, ids, at, NEGATED_SERVICE_REACH, waitingSigns, -1);
        if (sign !== undefined) complaint.push(evidenceOfTokens(text, Math.min(at, sign), Math.max(at, sign), "waiting"));
      } else if (id === seit && at + 2 < tokens.length && tokens[at + 1]!.kind === "word" && durationUnits.has(ids[at + 2]!)) {
        // "seit zwei Wochen", "seit 3 Monaten": a problem left unresolved.
        if (durationNumbers.has(ids[at + 1]!) || DIGITS.test(tokens[at + 1]!.text)) complaint.push(evidenceOfTokens(text, at, at + 2, "seit …"));
      }
    }
    for (const [marker, at, last] of complaints.findAll(text)) {
      // "Ich will mich nicht beschweren" complains of nothing.
      if (!negatedBefore(tokens, at, 2)) complaint.push(evidenceOfTokens(text, at, last, marker));
    }
    for (const [name, first, last] of problems(text)) complaint.push(evidenceOfTokens(text, first, last, name));
    const annoyance: Evidence[] = [];
    for (const [marker, at, last] of annoyances.findAll(text)) annoyance.push(evidenceOfTokens(text, at, last, marker));

    // Praise in a sentence that asks for nothing: "Tolle Idee! Wäre schön, wenn …" is praise with a wish.
    let praiseBesides = false;
    if (wish.length > 0) {
      for (let at = 0; at < tokens.length && !praiseBesides; at++) {
        const token = tokens[at]!;
        if ((flags[token.sentence]! & (REQUESTS | ASKS)) !== 0) continue;
        praiseBesides = token.kind === "emoji" ? praiseEmoji.has(token.text) : token.kind === "word" && praiseWords.has(ids[at]!) && !negatedBefore(tokens, at, 2);
      }
    }

    // Nothing but thanks, praise and emoji (and mentions)?
    let onlyThanks = false;
    const thanked = thanks.findAll(text);
    if (thanked.length > 0 || emoji) {
      onlyThanks = true;
      let covered = -1;
      let next = 0;
      let words = false;
      for (let at = 0; at < tokens.length && onlyThanks; at++) {
        for (; next < thanked.length && thanked[next]![1] <= at; next++) covered = Math.max(covered, thanked[next]![2]);
        const token = tokens[at]!;
        if (token.kind === "emoji") onlyThanks = at <= covered || thanksEmoji.has(token.text);
        else if (token.kind === "word") onlyThanks = at <= covered || mention(text, at);
        words ||= token.kind === "word" || token.kind === "emoji";
      }
      onlyThanks &&= words;
    }
    return { question, request, wish, complaint, annoyance, sentenceFlags: flags, onlyThanks, praiseBesides };
  };

  const decide = (found: AnswerSignals, context: AnswerContext): NeedsAnswerResult => {
    const reasons: NeedsAnswerReason[] = [];
    const evidence: Evidence[] = [];
    const use = (reason: NeedsAnswerReason, items: readonly Evidence[]): void => {
      if (items.length === 0) return;
      if (!reasons.includes(reason)) reasons.push(reason);
      evidence.push(...items);
    };
    use("question", found.question);
    // Praise with a wish ("Bitte öfter!", "Bitte nächstes Jahr wieder!") and praise that mentions a fixed problem
    // ("Nicht schlecht, wie schnell das Schlagloch zu war") want no answer; a wish for something new
    // ("Wäre schön, wenn der Bus auch sonntags fährt") does, unless the comment praises something besides.
    const praise = context.sentiment === "positive";
    if (!praise || found.question.length > 0) use("request", found.request);
    if (!praise || found.question.length > 0 || !found.praiseBesides) use("request", found.wish);
    if (!praise) use("complaint", found.complaint);
    if (context.dangerReport) reasons.push("report");
    // Threats are escalated and hate is hidden, not answered; the reasons stay for the record.
    const needsAnswer = !context.threat && !context.hate && !found.onlyThanks && reasons.length > 0;
    return { needsAnswer, reasons, evidence: sortEvidence(evidence) };
  };

  return { signals, decide };
}

/** The index of a negator within `NEGATED_SERVICE_REACH` words of `at` in the same clause, if any. */
function negatorNear(tokens: readonly Token[], at: number): number | undefined {
  for (const step of [-1, 1]) {
    let seen = 0;
    for (let next = at + step; next >= 0 && next < tokens.length && seen < NEGATED_SERVICE_REACH; next += step) {
      const token = tokens[next]!;
      if (isClauseBoundary(token) || SUBORDINATORS.has(token.text)) break;
      if (token.kind !== "word") continue;
      seen++;
      if (NEGATOR_SET.has(token.text) && !NOT_SERVICE_NEGATORS.has(token.text)) return next;
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
