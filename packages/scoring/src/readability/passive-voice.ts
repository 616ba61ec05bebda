import { looksLikeInfinitive, looksLikeParticiple } from "./participles.js";
import type { LowerCaseWords } from "./lower-case-words.js";
import type { Word } from "./tokenize-german.js";
import { isAllCaps, startsLowerCase } from "./word-shape.js";

/*
 * Passive voice ("Vorgangspassiv"): a form of "werden" and a past
 * participle in the same clause.
 *
 * German puts the participle at the end of the clause, before any other
 * verbs there: "Die Straße wird ab Montag gesperrt", "…, weil die Straße
 * gesperrt wird", "Der Antrag muss beantragt werden". So the participle is
 * looked for (a) as the last word of the clause once the closing verbs
 * (werden, sein, modal verbs) are set aside, (b) right after "werden" when
 * the clause does not end in an infinitive ("Die Straße wird gesperrt von 8
 * bis 16 Uhr") and (c) first in the sentence before "werden" ("Gesperrt
 * wird ab Montag"). Future tense ("wird kommen", "wird verschieben") and
 * "werden" as a full verb ("wird schön", "wird Bürgermeister") have no
 * participle in those places. Participles are lower case (a capitalised
 * word is a noun) unless they open the sentence or the text is in capitals.
 */

/** Forms of "werden" that make a passive with a participle. */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set([
  "werden", "wird", "wurde", "wurden", "worden", "geworden", "werde", "wirst", "werdet", "wurdest", "wurdet",
  "würde", "würden", "würdest", "würdet",
]);

/** Verbs that may close a clause after the participle: "gesperrt werden muss", "verschoben worden ist". */
const CLOSING_VERBS = new Set([
  ...PASSIVE_AUXILIARIES,
  "sein", "ist", "sind", "war", "waren", "wäre", "wären", "sei", "seien",
  "müssen", "muss", "musste", "mussten", "müsste", "müssten", "können", "kann", "konnte", "konnten", "könnte", "könnten",
  "sollen", "soll", "sollte", "sollten", "dürfen", "darf", "durfte", "durften", "dürfte", "dürften", "wollen", "will", "wollte",
  "wollten", "möchte", "möchten", "mag", "mögen",
]);

/** Conjunctions that start a new clause (startsClause knows their first letters). */
const CLAUSE_CONJUNCTIONS = new Set(["und", "oder", "aber", "sondern", "denn", "sowie", "bzw", "beziehungsweise"]);

/** Whether `code`, between two words, separates clauses: , ; : ( ) [ ] – — - " „ “ ” « » / */
function isClauseMark(code: number): boolean {
  if (code < 0x80) {
    return code === 0x2c || code === 0x3b || code === 0x3a || code === 0x28 || code === 0x29 || code === 0x5b || code === 0x5d || code === 0x2d || code === 0x22 || code === 0x2f;
  }
  return code === 0x2013 || code === 0x2014 || code === 0x201e || code === 0x201c || code === 0x201d || code === 0xab || code === 0xbb;
}

/** Adverbs of participle form that follow "wird" in future tense: "Es wird bestimmt regnen". */
const ADVERBS_AFTER_AUXILIARY = new Set(["bestimmt", "gewiss", "vermutlich", "sicherlich", "bekanntlich"]);

/** A passive found in a sentence: the form of "werden" and the participle. */
export interface PassiveFinding {
  /** The form of "werden". */
  readonly auxiliary: Word;
  /** The past participle. */
  readonly participle: Word;
}

/**
 * Finds the passives among `words[from]` … `words[to − 1]` (one sentence of
 * `text`).
 */
export function findPassives(text: string, words: readonly Word[], lower: LowerCaseWords, from: number, to: number): PassiveFinding[] {
  const found: PassiveFinding[] = [];
  // A clause without a form of "werden" has no passive, and most sentences
  // have none at all: then there are no clauses to tell apart.
  let auxiliary = false;
  for (let k = from; k < to && !auxiliary; k++) auxiliary = isAuxiliaryAt(words, lower, k, from);
  if (!auxiliary) return found;
  let clauseStart = from;
  for (let k = from + 1; k <= to; k++) {
    if (k === to || startsClause(text, words, k)) {
      passiveInClause(words, lower, clauseStart, k, from, found);
      clauseStart = k;
    }
  }
  return found;
}

function startsClause(text: string, words: readonly Word[], k: number): boolean {
  // Conjunctions are written in lower case within a sentence.
  const word = words[k]!.text;
  // Each conjunction starts with a, b, d, o, s or u: most words need no lookup.
  const first = word.charCodeAt(0);
  if ((first === 0x75 || first === 0x6f || first === 0x61 || first === 0x73 || first === 0x64 || first === 0x62) && CLAUSE_CONJUNCTIONS.has(word)) return true;
  for (let index = words[k - 1]!.end; index < words[k]!.start; index++) {
    if (isClauseMark(text.charCodeAt(index))) return true;
  }
  return false;
}

function passiveInClause(
  words: readonly Word[],
  lower: LowerCaseWords,
  start: number,
  end: number,
  sentenceStart: number,
  found: PassiveFinding[],
): void {
  const auxiliaries: number[] = [];
  for (let k = start; k < end; k++) {
    if (isAuxiliaryAt(words, lower, k, sentenceStart)) auxiliaries.push(k);
  }
  if (auxiliaries.length === 0) return;

  // (a) The last word before the closing verbs.
  let last = end - 1;
  while (last >= start && CLOSING_VERBS.has(lower.at(last))) last--;
  if (last >= start && isParticipleAt(words, lower, last, sentenceStart)) {
    report(words, auxiliaries, last, found);
    return;
  }
  // (b) Right after "werden", when the clause does not close with an infinitive (future tense).
  if (last < start || !looksLikeInfinitive(lower.at(last)) || !mayBeVerb(words[last]!.text, false)) {
    for (const auxiliary of auxiliaries) {
      const next = auxiliary + 1;
      if (next < end && !ADVERBS_AFTER_AUXILIARY.has(lower.at(next)) && isParticipleAt(words, lower, next, sentenceStart)) {
        report(words, auxiliaries, next, found);
        return;
      }
    }
  }
  // (c) A participle opening the sentence, "werden" right after it.
  if (start === sentenceStart && auxiliaries[0] === start + 1 && isParticipleAt(words, lower, start, sentenceStart)) {
    report(words, auxiliaries, start, found);
  }
}

/** Reports the passive of `participle` with the form of "werden" nearest to it. */
function report(words: readonly Word[], auxiliaries: readonly number[], participle: number, found: PassiveFinding[]): void {
  let nearest = auxiliaries[0]!;
  for (const auxiliary of auxiliaries) {
    if (Math.abs(auxiliary - participle) < Math.abs(nearest - participle)) nearest = auxiliary;
  }
  found.push({ auxiliary: words[nearest]!, participle: words[participle]! });
}

/** Whether `word` is all ASCII (then lowering it keeps its length). */
function isAscii(word: string): boolean {
  for (let index = 0; index < word.length; index++) if (word.charCodeAt(index) >= 0x80) return false;
  return true;
}

/**
 * Whether word `k` is a form of "werden" used as a verb (`sentenceStart`:
 * the index of the sentence's first word). A sentence without one has no
 * passive (most sentences; the caller may then skip {@link findPassives}).
 */
export function isAuxiliaryAt(words: readonly Word[], lower: LowerCaseWords, k: number, sentenceStart: number): boolean {
  // Every form of "werden" starts with w, but for "geworden", and has four
  // to eight letters: most words need no lowering.
  const written = words[k]!.text;
  const first = written.charCodeAt(0) | 0x20;
  if (first !== 0x77 && first !== 0x67) return false;
  if ((written.length < 4 || written.length > 8) && isAscii(written)) return false;
  return PASSIVE_AUXILIARIES.has(lower.at(k)) && mayBeVerb(written, k === sentenceStart);
}

function isParticipleAt(words: readonly Word[], lower: LowerCaseWords, k: number, sentenceStart: number): boolean {
  return !PASSIVE_AUXILIARIES.has(lower.at(k)) && mayBeVerb(words[k]!.text, k === sentenceStart) && looksLikeParticiple(lower.at(k));
}

/** A verb is written in lower case, except first in a sentence or in a text in capitals. */
function mayBeVerb(word: string, firstInSentence: boolean): boolean {
  return firstInSentence || startsLowerCase(word) || isAllCaps(word);
}
