import { CoreError } from "@kommune-sm/core";
import {
  EMOJI_SENTIMENT,
  foldForLexicon,
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
} from "../lexicons/index.js";
import { emojiKey } from "./emoji-key.js";
import { PhraseIndex } from "./phrase-index.js";
import { ASKS, REQUESTS } from "./sentence-flags.js";
import { TermAutomaton } from "./term-automaton.js";
import { idOfWord, WordTable } from "./word-ids.js";
import type { Token } from "./tokenize.js";
import { evidenceOfTokens, originalCodeAt, type TriageText } from "./triage-text.js";
import type { Evidence, SentimentResult, TriageOptions } from "./triage-types.js";

/** What other classifiers found that bears on the tone. */
export interface SentimentContext {
  /** Markers of a complaint or annoyance: each counts {@link COMPLAINT_VALUE}, and sarcasm markers of effect `flip-if-negative` apply. */
  readonly complaints: readonly Evidence[];
  /** The tokens of a danger report, if any: a report of a danger counts as bad news ({@link DANGER_VALUE}). */
  readonly danger: readonly [first: number, last: number] | undefined;
  /** Evidence of an insult, hate or a threat: hostility is negative whatever the words ({@link HOSTILE_VALUE}). */
  readonly hostility: Evidence | undefined;
  /**
   * For each sentence, whether it asks ({@link ASKS}: praise in a question is
   * a question, "Gibt es das kostenlos?") or asks for something
   * ({@link REQUESTS}: "endlich" there is impatience, "beantwortet endlich
   * meinen Antrag").
   */
  readonly sentenceFlags: Uint8Array;
}

/**
 * The value a danger report adds: a fire, an accident or a person in need
 * is bad news even when told without an evaluative word, and most reports
 * carry alarm.
 */
export const DANGER_VALUE = -0.45;

/** The value of an insult, hate or a threat in the comment. */
export const HOSTILE_VALUE = -0.6;

/** The value of each marker of a complaint or annoyance ("seit Wochen", "schon wieder", "nicht abgeholt"), at most two. */
export const COMPLAINT_VALUE = -0.3;

/** The value of "??" or "?!": exasperation. */
export const EXASPERATION_VALUE = -0.25;

/**
 * The value of "nie", "niemand", "keiner", "nix", "nichts" or "nirgends"
 * when it negates no sentiment word: "erreicht man hier nie jemanden",
 * "niemand hilft", "hört man nix".
 */
export const LONE_NEGATION_VALUE = -0.25;

/** The value of "zu" before an adjective: "zu laut", "viel zu leise", "zu voll" complain of too much or too little. */
export const EXCESS_VALUE = -0.35;

/** The value of a "warum", "wieso" or "weshalb" question: mostly a complaint in a question. */
export const WHY_VALUE = -0.2;

/** Positive words count this much in a question ("Gibt es das kostenlos?") or a wish ("Das wäre super"). */
export const QUESTION_DAMPING = 0.4;

/** A negated positive word counts at most this much: "nicht überragend" is lukewarm, "nicht gut" mildly negative. */
export const NEGATED_PRAISE_LIMIT = -0.4;

/** The factor for the values of a sentence that ends in "!!" or more: emphasis, not a sign of its own. */
export const EXCLAMATION_FACTOR = 1.3;

/**
 * How the sum of values becomes a score in −1 to +1: sum / √(sum² + α).
 * With α = 0.25 one clear word ("toll", 0.7) scores 0.81 and one mild word
 * ("endlich", 0.2) 0.37; a score beyond ±{@link SENTIMENT_THRESHOLD} is
 * positive or negative.
 */
export const SCORE_ALPHA = 0.25;

/** The score from which a comment is positive (or, negated, negative). */
export const SENTIMENT_THRESHOLD = 0.3;

const QUOTE_PAIRS: ReadonlyMap<string, string> = new Map(
  IRONY_MARKERS.filter((marker) => marker.form === "quotes").map((marker) => {
    const [open, , close] = [...marker.marker];
    return [open!, close!] as const;
  }),
);

const ALL_EXCLAMATION = /^[!?]*![!?]*!/;
const EXASPERATION = /\?[!?]|![!?]*\?/;
const SENTENCE_MARK = /^[.!?…]/;

/** Negators that speak of nothing and no one: alone they are a complaint's words. */
const ABSOLUTE_NEGATORS: ReadonlySet<string> = new Set(["nie", "niemals", "niemand", "keiner", "nix", "nichts", "nirgends", "nirgendwo"]);
const WHY_WORDS: ReadonlySet<string> = new Set(["warum", "wieso", "weshalb", "weswegen"]);
/** Verbs of the subjunctive that turn praise into a wish: "wäre super", "würde helfen". */
const WISH_WORDS: ReadonlySet<string> = new Set(["waere", "waeren", "wuerde", "wuerden", "haette", "haetten", "koennte", "koennten"]);

/** Compiles the sentiment lexicons once; the returned function scores a prepared comment. */
export function compileSentiment(options: TriageOptions | undefined): (text: TriageText, context: SentimentContext) => SentimentResult {
  const words = new Map<string, number>();
  const stems: { term: string; payload: number }[] = [];
  const add = (key: string, value: number, where: string): void => {
    if (typeof value !== "number" || !Number.isFinite(value) || value < -1 || value > 1) {
      throw new CoreError("CORE_INVALID_ARGUMENT", `createTriage: ${where}[${JSON.stringify(key)}] must be a number from -1 to 1, got ${String(value)}.`);
    }
    const folded = foldForLexicon(key.trim());
    if (folded.length === 0 || folded === "*") return;
    if (folded.endsWith("*")) stems.push({ term: folded.slice(0, -1), payload: value });
    else words.set(folded, value);
  };
  if (options?.replaceSentimentWords !== true) for (const [key, value] of Object.entries(SENTIMENT_WORDS)) add(key, value, "SENTIMENT_WORDS");
  const extra = options?.sentimentWords;
  if (extra !== undefined) {
    if (typeof extra !== "object" || extra === null || Array.isArray(extra)) {
      throw new CoreError("CORE_INVALID_ARGUMENT", "createTriage: options.sentimentWords must be an object of words and values from -1 to 1.");
    }
    for (const [key, value] of Object.entries(extra)) add(key, value, "options.sentimentWords");
  }
  const stemAutomaton = new TermAutomaton(stems);
  const wordTable = new WordTable(words);
  const emojiValues = new Map(Object.entries(EMOJI_SENTIMENT).map(([emoji, value]) => [emojiKey(emoji), value]));
  const intensifierWords = new Map<string, number>();
  const intensifierPhrases = new PhraseIndex<number>(
    Object.entries(INTENSIFIERS).flatMap(([key, factor]) => {
      const folded = foldForLexicon(key);
      if (!folded.includes(" ")) {
        intensifierWords.set(folded, factor);
        return [];
      }
      return [{ phrase: folded, payload: factor }];
    }),
  );
  const negators = new Set(NEGATORS.map(foldForLexicon));
  const backwardNegators = new Set(NEGATION_SCOPE.backwardNegators.map(foldForLexicon));
  const boundaries = new Set(NEGATION_SCOPE.boundaries.map(foldForLexicon));
  const ironyPhrases = new PhraseIndex<IronyEffect>(
    IRONY_MARKERS.filter((marker) => marker.form === "phrase").map((marker) => ({ phrase: foldForLexicon(marker.marker), payload: marker.effect })),
  );
  const ironyEmoji = new Map(IRONY_MARKERS.filter((marker) => marker.form === "emoji").map((marker) => [emojiKey(marker.marker), marker.effect]));
  // What each word does, as bits, looked up once per word by its id.
  const roleLists = new Map<string, number>();
  const addRole = (word: string, role: number): void => {
    roleLists.set(word, (roleLists.get(word) ?? 0) | role);
  };
  for (const word of intensifierWords.keys()) addRole(word, INTENSIFIER);
  for (const word of negators) addRole(word, NEGATOR);
  for (const word of backwardNegators) addRole(word, BACKWARD_NEGATOR);
  for (const word of boundaries) if (/^\p{L}+$/u.test(word)) addRole(word, BOUNDARY);
  for (const word of ABSOLUTE_NEGATORS) addRole(word, ABSOLUTE);
  for (const word of WISH_WORDS) addRole(word, WISHING);
  for (const word of WHY_WORDS) addRole(word, WHY);
  for (const word of SCARE_QUOTE_WORDS) addRole(foldForLexicon(word), SCARE);
  const roles = new WordTable(roleLists);
  const intensifierTable = new WordTable(intensifierWords);
  const neutralPhrases = new PhraseIndex<true>(SENTIMENT_NEUTRAL_PHRASES.map((phrase) => ({ phrase: foldForLexicon(phrase), payload: true as const })));

  /** The value of a word: exact entry first, else the longest star stem it begins with. */
  const wordValue = (word: string, id: number): number | undefined => {
    const exact = wordTable.get(id);
    if (exact !== undefined || stems.length === 0 || !stemAutomaton.mayBegin(word)) return exact;
    const count = stemAutomaton.collect(word);
    let best: number | undefined;
    let bestLength = 0;
    for (let k = 0; k < count; k++) {
      const end = stemAutomaton.hitEnds[k]!;
      const term = stemAutomaton.hitTerms[k]!;
      if (end === stemAutomaton.lengthOf(term) && end > bestLength) {
        const values = stemAutomaton.payloadsOf(term);
        best = values[values.length - 1];
        bestLength = end;
      }
    }
    return best;
  };

  /** The value of a word or emoji token, NaN for none. */
  const tokenValue = (token: Token, id: number): number => {
    if (token.kind === "emoji") return emojiValues.get(token.text) ?? Number.NaN;
    if (token.kind !== "word") return Number.NaN;
    const whole = wordValue(token.text, id);
    if (whole !== undefined) return whole;
    if (token.parts === undefined) return Number.NaN;
    // "Super-Idee", "Kita-Chaos": the strongest part speaks for the word.
    let strongest = Number.NaN;
    for (const part of token.parts) {
      const value = wordValue(part, idOfWord(part));
      if (value !== undefined && !(Math.abs(value) <= Math.abs(strongest))) strongest = value;
    }
    return strongest;
  };


  // Scratch arrays, reused from call to call (the function is synchronous and never re-entered).
  let base = new Float64Array(64); // the word's own value, NaN for none
  let factor = new Float64Array(64);
  let value = new Float64Array(64);
  let flags = new Uint16Array(64); // SKIP, NEGATED and the notes of NOTE_NAMES
  let role = new Uint16Array(64); // the word's roles (INTENSIFIER, NEGATOR, …), BOUNDARY also for punctuation and line breaks
  let sentenceFlags = new Uint8Array(16); // QUESTION, REQUEST, WISH, FLIP, SHOUTED

  return (text, context) => {
    const tokens = text.tokens;
    const count = tokens.length;
    if (base.length < count) {
      const size = Math.max(count, base.length * 2);
      base = new Float64Array(size);
      factor = new Float64Array(size);
      value = new Float64Array(size);
      flags = new Uint16Array(size);
      role = new Uint16Array(size);
    }
    const sentences = count === 0 ? 0 : tokens[count - 1]!.sentence + 1;
    if (sentenceFlags.length < sentences) sentenceFlags = new Uint8Array(Math.max(sentences, sentenceFlags.length * 2));
    sentenceFlags.fill(0, 0, sentences);
    factor.fill(1, 0, count);
    flags.fill(0, 0, count);
    for (let sentence = 0; sentence < sentences && sentence < context.sentenceFlags.length; sentence++) {
      const asked = context.sentenceFlags[sentence]!;
      sentenceFlags[sentence] = ((asked & ASKS) !== 0 ? QUESTION : 0) | ((asked & REQUESTS) !== 0 ? REQUEST : 0);
    }

    // Greetings and formulas carry nothing; multi-word intensifiers are one intensifier.
    for (const [, first, last] of neutralPhrases.findAll(text)) for (let k = first; k <= last; k++) flags[k]! |= SKIP;
    const intensifierPhrasesFound = intensifierPhrases.findAll(text);
    for (let at = 0; at < count; at++) {
      const token = tokens[at]!;
      const id = text.ids[at]!;
      base[at] = (flags[at]! & SKIP) === 0 ? tokenValue(token, id) : Number.NaN;
      if (token.kind === "word") {
        const roleOf = roles.get(id) ?? 0;
        role[at] = roleOf;
        if ((roleOf & WISHING) !== 0) sentenceFlags[token.sentence]! |= WISH;
      } else if (token.kind === "punct") {
        role[at] = boundaries.has(token.text) || SENTENCE_MARK.test(token.text) ? BOUNDARY : 0;
        if (token.text.length > 1 && ALL_EXCLAMATION.test(token.text)) sentenceFlags[token.sentence]! |= SHOUTED;
      } else role[at] = token.kind === "break" ? BOUNDARY : 0;
    }

    // Intensifiers strengthen or weaken the next sentiment word within two words of the same clause.
    let phraseAt = 0;
    for (let at = 0; at < count; at++) {
      if ((flags[at]! & SKIP) !== 0) continue;
      const token = tokens[at]!;
      if (token.kind !== "word") continue;
      let multiplier = (role[at]! & INTENSIFIER) !== 0 ? intensifierTable.get(text.ids[at]!) : undefined;
      let last = at;
      while (phraseAt < intensifierPhrasesFound.length && intensifierPhrasesFound[phraseAt]![1] < at) phraseAt++;
      for (let k = phraseAt; k < intensifierPhrasesFound.length && intensifierPhrasesFound[k]![1] === at; k++) {
        const [phraseFactor, , phraseLast] = intensifierPhrasesFound[k]!;
        if (phraseLast > last) {
          multiplier = phraseFactor;
          last = phraseLast;
        }
      }
      if (multiplier === undefined) continue;
      let seen = 0;
      for (let next = last + 1; next < count && seen < 2; next++) {
        const candidate = tokens[next]!;
        if ((role[next]! & BOUNDARY) !== 0 || candidate.kind !== "word") break;
        seen++;
        if (Number.isNaN(base[next]!)) continue;
        if ((role[next]! & INTENSIFIER) === 0) {
          factor[next]! *= multiplier;
          flags[next]! |= multiplier >= 1 ? INTENSIFIED : WEAKENED;
          // "super freundlich": "super" strengthens and is no praise of its own.
          for (let k = at; k <= last; k++) base[k] = Number.NaN;
        }
        break;
      }
    }

    // Negation: forward over the next words of the clause; backward where a negator ends its clause.
    let loneNegations: number[] | undefined;
    for (let at = 0; at < count; at++) {
      const token = tokens[at]!;
      if ((role[at]! & NEGATOR) === 0 || (flags[at]! & SKIP) !== 0) continue;
      if (token.text === "wenig" && at > 0 && tokens[at - 1]!.text === "ein") continue;
      const next = tokens[at + 1];
      if ((role[at]! & BACKWARD_NEGATOR) !== 0 && (next === undefined || (role[at + 1]! & BOUNDARY) !== 0 || next.kind === "emoji")) {
        let seen = 0;
        for (let previous = at - 1; previous >= 0 && seen < NEGATION_SCOPE.backward; previous--) {
          const candidate = tokens[previous]!;
          if ((role[previous]! & BOUNDARY) !== 0) break;
          if (candidate.kind !== "word") continue;
          seen++;
          if (!Number.isNaN(base[previous]!)) flags[previous]! |= NEGATED;
        }
        continue;
      }
      let seen = 0;
      let negatedSomething = false;
      for (let following = at + 1; following < count && seen < NEGATION_SCOPE.forward; following++) {
        const candidate = tokens[following]!;
        if ((role[following]! & BOUNDARY) !== 0 || candidate.kind === "emoji") break;
        if (candidate.kind !== "word") continue;
        seen++;
        if (!Number.isNaN(base[following]!)) {
          flags[following]! |= NEGATED;
          negatedSomething = true;
        }
      }
      if (!negatedSomething && (role[at]! & ABSOLUTE) !== 0) (loneNegations ??= []).push(at);
    }

    // Values after intensifiers, negation, questions and wishes.
    let anyNegative = false;
    for (let at = 0; at < count; at++) {
      const raw = base[at]!;
      if (Number.isNaN(raw)) {
        value[at] = 0;
        continue;
      }
      let result = Math.max(-1, Math.min(1, raw * factor[at]!));
      if ((flags[at]! & NEGATED) !== 0) {
        result = result > 0 ? Math.max(NEGATED_PRAISE_LIMIT, result * NEGATION_SCOPE.factor) : result * NEGATION_SCOPE.factor;
      }
      const inSentence = sentenceFlags[tokens[at]!.sentence]!;
      if (result > 0 && tokens[at]!.text === "endlich" && ((inSentence & (QUESTION | REQUEST)) !== 0 || context.hostility !== undefined)) {
        // "Wann ist endlich die Brücke fertig?": impatience, not relief.
        result = -raw;
        flags[at]! |= IMPATIENT;
      } else if (result > 0 && (inSentence & (QUESTION | WISH)) !== 0) {
        result *= QUESTION_DAMPING;
        flags[at]! |= (inSentence & QUESTION) !== 0 ? IN_QUESTION : WISHED;
      }
      value[at] = result;
      if (result < 0) anyNegative = true;
    }

    // Irony: markers flip or dampen the positive values.
    let flipAll = false;
    let dampen = false;
    const conditional = anyNegative || context.complaints.length > 0;
    let ironyEvidence: [number, number][] | undefined;
    for (const [effect, first, last] of ironyPhrases.findAll(text)) {
      if (effect === "dampen") dampen = true;
      else if (effect === "flip" || conditional) sentenceFlags[tokens[first]!.sentence]! |= FLIP;
      else continue;
      (ironyEvidence ??= []).push([first, last]);
    }
    for (let at = 0; at < count; at++) {
      const token = tokens[at]!;
      if (token.kind === "emoji") {
        const effect = ironyEmoji.get(token.text);
        if (effect === undefined) continue;
        if (effect === "flip" || (effect === "flip-if-negative" && conditional)) flipAll = true;
        else if (effect === "dampen") dampen = true;
        else continue;
        (ironyEvidence ??= []).push([at, at]);
        continue;
      }
      // Scare quotes around one to three words: „Service“.
      const close = token.kind === "punct" ? QUOTE_PAIRS.get(token.text) : undefined;
      if (close === undefined) continue;
      let end = at + 1;
      while (end < count && end - at <= 4 && tokens[end]!.kind === "word") end++;
      const inside = end - at - 1;
      if (inside < 1 || inside > 3 || tokens[end]?.kind !== "punct" || tokens[end]!.text !== close) continue;
      let scare = false;
      for (let k = at + 1; k < end; k++) {
        if (value[k]! > 0) {
          value[k] = -value[k]!;
          flags[k]! |= SCARE_QUOTED;
          scare = true;
        } else if (value[k] === 0 && (role[k]! & SCARE) !== 0) {
          value[k] = SCARE_QUOTE_SCORE;
          flags[k]! |= SCARE_QUOTED;
          scare = true;
        }
      }
      // Scare quotes are irony: the praise around them is meant the other way ("Danke für den tollen „Service“").
      if (scare) {
        sentenceFlags[token.sentence]! |= FLIP;
        (ironyEvidence ??= []).push([at, end]);
      }
      at = end;
    }
    let positives = 0;
    for (let at = 0; at < count; at++) {
      if (!(value[at]! > 0) || (flags[at]! & SCARE_QUOTED) !== 0) continue;
      if (flipAll || (sentenceFlags[tokens[at]!.sentence]! & FLIP) !== 0) {
        value[at] = -value[at]!;
        flags[at]! |= IRONIC;
      } else {
        if (dampen) {
          value[at]! *= IRONY_DAMPING;
          flags[at]! |= DAMPENED;
        }
        positives += value[at]!;
      }
    }

    let sum = 0;
    const evidence: Evidence[] = [];
    const add = (first: number, last: number, amount: number, why: string): void => {
      sum += amount;
      evidence.push(evidenceOfTokens(text, first, last, `${formatValue(amount)} ${why}`));
    };
    for (let at = 0; at < count; at++) {
      let result = value[at]!;
      const token = tokens[at]!;
      if (result === 0) {
        // Words and marks that complain without an evaluative word.
        if (token.kind === "punct" && token.text.length > 1 && (EXASPERATION.test(token.text) || token.text.startsWith("??"))) add(at, at, EXASPERATION_VALUE, "exasperated");
        else if (token.kind === "word") {
          if ((role[at]! & WHY) !== 0 && (sentenceFlags[token.sentence]! & QUESTION) !== 0) add(at, at, WHY_VALUE, "why");
          else if (token.text === "zu" && excessAfter(text, at + 1)) add(at, at + 1, EXCESS_VALUE, "too much");
        }
        continue;
      }
      if ((sentenceFlags[token.sentence]! & SHOUTED) !== 0) result *= EXCLAMATION_FACTOR;
      // "Scheiße, war das ein geiles Konzert": a curse as an exclamation does not outweigh the praise.
      if (result < 0 && positives > 0 && exclamationAt(tokens, at)) {
        result *= 0.5;
        flags[at]! |= EXCLAIMED;
      }
      sum += result;
      evidence.push(evidenceOfTokens(text, at, at, labelFor(result, flags[at]!)));
    }
    if (loneNegations !== undefined) for (const at of loneNegations) add(at, at, LONE_NEGATION_VALUE, "nobody, nothing");
    for (let k = 0; k < context.complaints.length && k < 2; k++) {
      const complaint = context.complaints[k]!;
      sum += COMPLAINT_VALUE;
      evidence.push({ start: complaint.start, end: complaint.end, text: complaint.text, label: `${formatValue(COMPLAINT_VALUE)} ${complaint.label ?? "complaint"}` });
    }
    if (context.hostility !== undefined) {
      const hostility = context.hostility;
      sum += HOSTILE_VALUE;
      evidence.push({ start: hostility.start, end: hostility.end, text: hostility.text, label: `${formatValue(HOSTILE_VALUE)} hostile` });
    }
    if (context.danger !== undefined) add(context.danger[0], context.danger[1], DANGER_VALUE, "danger");
    if (ironyEvidence !== undefined) for (const [first, last] of ironyEvidence) evidence.push(evidenceOfTokens(text, first, last, "irony marker"));
    const score = sum / Math.sqrt(sum * sum + SCORE_ALPHA);
    const label = score >= SENTIMENT_THRESHOLD ? "positive" : score <= -SENTIMENT_THRESHOLD ? "negative" : "neutral";
    if (evidence.length > 1) evidence.sort((a, b) => a.start - b.start || a.end - b.end);
    return { label, score: Number.isFinite(score) ? score : 0, evidence };
  };
}

// Flags of a token.
const SKIP = 1;
const NEGATED = 2;
const INTENSIFIED = 4;
const WEAKENED = 8;
const IMPATIENT = 16;
const IN_QUESTION = 32;
const WISHED = 64;
const SCARE_QUOTED = 128;
const IRONIC = 256;
const DAMPENED = 512;
const EXCLAIMED = 1024;
const NOTE_NAMES: readonly [number, string][] = [
  [INTENSIFIED, "intensified"],
  [WEAKENED, "weakened"],
  [NEGATED, "negated"],
  [IMPATIENT, "impatient"],
  [IN_QUESTION, "in a question"],
  [WISHED, "a wish"],
  [SCARE_QUOTED, "scare quotes"],
  [IRONIC, "irony"],
  [DAMPENED, "dampened"],
  [EXCLAIMED, "exclamation"],
];
// Roles of a word.
const INTENSIFIER = 1;
const NEGATOR = 2;
const BACKWARD_NEGATOR = 4;
const BOUNDARY = 8;
const ABSOLUTE = 16;
const WISHING = 32;
const WHY = 64;
const SCARE = 128;
// Flags of a sentence.
const QUESTION = 1;
const REQUEST = 2;
const WISH = 4;
const FLIP = 8;
const SHOUTED = 16;

/** The label of a valued token: its value and what changed it ("-0.40 negated"). */
function labelFor(amount: number, tokenFlags: number): string {
  let label = formatValue(amount);
  if (tokenFlags > SKIP) for (const [flag, name] of NOTE_NAMES) if ((tokenFlags & flag) !== 0) label += label.includes(" ") ? `, ${name}` : ` ${name}`;
  return label;
}

/** A value with its sign and two decimals: "+0.70", "-0.45". */
function formatValue(value: number): string {
  const hundredths = Math.round(Math.abs(value) * 100);
  const digits = `${Math.floor(hundredths / 100)}.${hundredths % 100 < 10 ? "0" : ""}${hundredths % 100}`;
  return value > 0 ? `+${digits}` : value < 0 && hundredths > 0 ? `-${digits}` : digits;
}

/**
 * True if the word at `at` is an adjective or adverb after "zu" ("zu laut",
 * "zu spät"), not an infinitive ("zu holen") or a noun ("zu Hause"): written
 * in lower case and not ending like an infinitive.
 */
function excessAfter(text: TriageText, at: number): boolean {
  const token = text.tokens[at];
  if (token === undefined || token.kind !== "word" || token.text.length < 3) return false;
  const first = originalCodeAt(text, at);
  if (!(first >= 0x61 && first <= 0x7a) && first !== 0xe4 && first !== 0xf6 && first !== 0xfc) return false;
  if (INFINITIVE_ENDING.test(token.text)) return false;
  return !NOT_EXCESS.has(token.text);
}

const INFINITIVE_ENDING = /(?:en|ern|eln)$/;

/** Words after "zu" that are no adjective of degree: prepositions, numerals, particles. */
const NOT_EXCESS: ReadonlySet<string> = new Set(["dritt", "zweit", "viert", "fuenft", "hause", "fuss", "ende", "zeit", "beginn", "mir", "dir", "uns", "euch", "ihm", "ihr", "wem", "tun", "sein"]);

/** True if the word at `at` opens its sentence (perhaps after "heilige", "verfluchte") and a comma follows: a curse as an exclamation. */
function exclamationAt(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  if (next === undefined || next.kind !== "punct" || next.text !== ",") return false;
  let words = 0;
  for (let previous = at - 1; previous >= 0 && tokens[previous]!.sentence === tokens[at]!.sentence; previous--) {
    if (tokens[previous]!.kind === "word") words++;
  }
  return words <= 1;
}
