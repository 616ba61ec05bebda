/*
 * Small pieces of German word order that the needs-answer signals share:
 * where a sentence or a clause begins, whether a word is written as a
 * noun, what lies within a few words. All bounded lookups on the tokens.
 */
import type { Token } from "./tokenize.js";
import { originalCodeAt, type TriageText } from "./triage-text.js";
import type { WordSet } from "./word-ids.js";

// Bits of a sentence that the needs-answer signals keep besides ASKS and REQUESTS (see `sentence-flags.ts`).
/** The sentence has a "?". */
export const QUESTION_MARK = 4;
/** The sentence has a "!" and no "?". */
export const EXCLAMATION_MARK = 8;
/** The sentence asks nothing the town could answer, whatever its signs ("Kann man nicht meckern", "@Tim kommst du mit?"). */
export const RHETORICAL = 16;

/** Marks after which a new clause begins. */
export const CLAUSE_MARKS: ReadonlySet<string> = new Set([",", ";", ":", "–", "—", "-"]);

/** A mark that ends a sentence. */
export const SENTENCE_MARK = /^[.!?…]/;

/** Words before a question at the start of a sentence that do not make it a statement: "Und wo soll man parken", "Ok und wie lange …". */
const LEAD_INS: ReadonlySet<string> = new Set(["und", "aber", "also", "hallo", "hi", "hey", "ey", "moin", "servus", "ok", "okay", "sorry", "aehm", "aeh", "achso", "oder"]);

/** True if `tokens[at]` is the first word of its sentence (after nothing but emoji, punctuation and lead-ins like "und", "hallo"). */
export function firstWordOfSentence(tokens: readonly Token[], at: number): boolean {
  const sentence = tokens[at]!.sentence;
  for (let previous = at - 1; previous >= 0; previous--) {
    const token = tokens[previous]!;
    if (token.sentence !== sentence) return true;
    if (token.kind === "word" && !LEAD_INS.has(token.text)) return false;
  }
  return true;
}

/** True if `tokens[at]` begins a sentence or follows a mark of {@link CLAUSE_MARKS}. */
export function clauseStart(tokens: readonly Token[], at: number): boolean {
  const previous = tokens[at - 1];
  return (previous?.kind === "punct" && CLAUSE_MARKS.has(previous.text)) || firstWordOfSentence(tokens, at);
}

/** True if the word at `at` begins with a capital letter in the comment as written (a noun, a name) and is not its sentence's first word. */
export function isCapitalised(text: TriageText, at: number): boolean {
  if (text.tokens[at]?.kind !== "word" || firstWordOfSentence(text.tokens, at)) return false;
  const letter = String.fromCharCode(originalCodeAt(text, at));
  return letter !== letter.toLowerCase();
}

/**
 * The index of the first word within `reach` words after `at` (before it
 * with `step` −1) in the same clause whose id is in `words`, if any. The
 * clause ends at a mark, not at a word: "Macht doch mal", "Wäre doch
 * schön".
 */
export function wordWithin(tokens: readonly Token[], ids: Int32Array, at: number, reach: number, words: WordSet, step: 1 | -1 = 1): number | undefined {
  let seen = 0;
  for (let next = at + step; next >= 0 && next < tokens.length && seen < reach; next += step) {
    const token = tokens[next]!;
    if (token.kind === "break" || (token.kind === "punct" && (CLAUSE_MARKS.has(token.text) || SENTENCE_MARK.test(token.text)))) return undefined;
    if (token.kind !== "word") continue;
    seen++;
    if (words.has(ids[next]!)) return next;
  }
  return undefined;
}
