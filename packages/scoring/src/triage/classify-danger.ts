import {
  DANGER_CATEGORIES,
  DANGER_COMBINATION_REACH,
  DANGER_COMBINATIONS,
  DANGER_FALSE_FRIENDS,
  DANGER_NEXT_STEPS,
  DANGER_TERMS,
  foldForLexicon,
  type DangerCategory,
  type DangerCombination,
  type DangerEntry,
} from "../lexicons/index.js";
import { negatedBefore } from "./clauses.js";
import { lastAtOrBefore } from "./sorted-search.js";
import { PhraseIndex } from "./phrase-index.js";
import { TermAutomaton } from "./term-automaton.js";
import { idOfWord, WordTable } from "./word-ids.js";
import { evidenceOfTokens, originalCodeAt, sortEvidence, type TriageText } from "./triage-text.js";
import type { DangerResult } from "./triage-types.js";

/** A danger found in a comment: the term (or the subject and state of a combination) and its tokens. */
export interface DangerHit {
  readonly category: DangerCategory;
  /** The term, or "subject + state" for a combination. */
  readonly label: string;
  /** A phrase or a combination: stronger evidence than a single word. */
  readonly strong: boolean;
  readonly first: number;
  readonly last: number;
}

/**
 * Which category wins when two have equal evidence: a person's life first
 * (self-harm, threat), then what spreads fastest (fire, gas), then people
 * hurt, then damage. "Habe alles verloren beim Hochwasser. Ich will nur
 * noch sterben" is self-harm.
 */
const TIE_ORDER: readonly DangerCategory[] = ["self-harm", "threat", "fire", "gas", "medical", "accident", "water", "tree", "infrastructure"];

/** Dangers that hurt people: where one of them is reported, people hurt by it are part of it, not a medical emergency of their own. */
const CAUSES: readonly DangerCategory[] = ["fire", "gas", "accident", "water", "tree", "infrastructure"];

/**
 * How much a hit weighs for its category: a phrase ("riecht nach gas") says
 * more than a single word ("Feuer"), and self-harm and threats outweigh a
 * place's hazard in the same comment, because a person is at risk.
 */
function weightOf(hit: DangerHit): number {
  const base = hit.strong ? 1.5 : 1;
  return hit.category === "self-harm" || hit.category === "threat" ? base * 2 : base;
}

/** How many words before a danger term a negator cancels it: "kein Brand", "keine schweren Verletzungen". */
const NEGATION_REACH = 2;

/**
 * Prepositions that put a danger word in the past or in the background:
 * "nach dem Hochwasser", "vor dem Starkregen", "vom Unfall gestern", "trotz
 * Glatteis". A word right after one of them (and an article) tells of
 * something over or expected, not of a danger now.
 */
const AFTERMATH_PREPOSITIONS: ReadonlySet<string> = new Set(["nach", "vor", "vom", "trotz"]);
const ARTICLES: ReadonlySet<string> = new Set(["dem", "der", "den", "des", "einem", "einer", "eines", "diesem", "dieser", "letzten", "letztem"]);

/**
 * True if a noun at `at` (written with a capital letter) follows an
 * aftermath preposition: "nach dem Rohrbruch", but not "riecht nach
 * verbranntem Plastik".
 */
function afterPreposition(text: TriageText, at: number): boolean {
  const { tokens } = text;
  const first = originalCodeAt(text, at);
  if (!(first >= 0x41 && first <= 0x5a) && !(first >= 0xc0 && first <= 0xde)) return false;
  let previous = at - 1;
  const before = tokens[previous];
  if (before?.kind === "word" && ARTICLES.has(before.text)) previous--;
  const preposition = tokens[previous];
  return preposition?.kind === "word" && AFTERMATH_PREPOSITIONS.has(preposition.text);
}

/**
 * Compiles the danger lexicons once; the returned function finds danger
 * terms in a prepared comment, minus false friends and negated reports.
 */
export function compileDanger(): { find: (text: TriageText) => DangerHit[]; decide: (text: TriageText, hits: readonly DangerHit[]) => DangerResult | undefined } {
  const wordTermLists = new Map<string, DangerEntry[]>();
  const prefixTerms: { term: string; payload: DangerEntry }[] = [];
  const phraseTerms: { phrase: string; payload: DangerEntry }[] = [];
  for (const entry of DANGER_TERMS) {
    const term = foldForLexicon(entry.term);
    if (entry.match === "phrase") phraseTerms.push({ phrase: term, payload: entry });
    else if (entry.match === "prefix") prefixTerms.push({ term, payload: entry });
    else if (term.includes(" ")) phraseTerms.push({ phrase: term, payload: entry });
    else wordTermLists.set(term, [...(wordTermLists.get(term) ?? []), entry]);
  }
  const wordTerms = new WordTable(wordTermLists);
  const prefixes = new TermAutomaton(prefixTerms);
  const phrases = new PhraseIndex(phraseTerms);
  const friendWords = new TermAutomaton(DANGER_FALSE_FRIENDS.filter((friend) => !friend.includes(" ")).map((friend) => ({ term: foldForLexicon(friend), payload: true })));
  const subjectLists = new Map<string, number[]>();
  const combinationStates = new PhraseIndex<number>(
    DANGER_COMBINATIONS.flatMap((combination: DangerCombination, index) => {
      for (const subject of combination.subjects) {
        const word = foldForLexicon(subject);
        subjectLists.set(word, [...(subjectLists.get(word) ?? []), index]);
      }
      return combination.states.map((state) => ({ phrase: foldForLexicon(state), payload: index }));
    }),
  );
  const combinationSubjects = new WordTable(subjectLists);
  const friendPhrases = new PhraseIndex(DANGER_FALSE_FRIENDS.filter((friend) => friend.includes(" ")).map((friend) => ({ phrase: foldForLexicon(friend), payload: true })));

  /** Whether `entry` is among the first `count` of `found`. */
  const among = (found: readonly DangerEntry[], count: number, entry: DangerEntry): boolean => {
    for (let k = 0; k < count; k++) if (found[k] === entry) return true;
    return false;
  };
  /**
   * Adds to `found` (from index `foundCount` on) the terms in one word (the whole word, or one part of a
   * hyphenated word) that no false friend in the word covers; returns the new count.
   */
  const inWord = (word: string, id: number, found: DangerEntry[], foundCount: number): number => {
    const exact = wordTerms.get(id);
    if (exact !== undefined) for (const entry of exact) if (!among(found, foundCount, entry)) found[foundCount++] = entry;
    if (!prefixes.mayBegin(word)) return foundCount;
    const count = prefixes.collect(word);
    if (count === 0) return foundCount;
    // A false friend covers a prefix hit when it starts at 0 too and is longer ("brandschutz" over "brand").
    const friends = friendWords.collect(word);
    let coverEnd = -1;
    for (let k = 0; k < friends; k++) {
      const end = friendWords.hitEnds[k]!;
      if (end === friendWords.lengthOf(friendWords.hitTerms[k]!) && end > coverEnd) coverEnd = end;
    }
    for (let k = 0; k < count; k++) {
      const term = prefixes.hitTerms[k]!;
      const end = prefixes.hitEnds[k]!;
      if (end !== prefixes.lengthOf(term) || coverEnd > end) continue; // a prefix starts at 0
      for (const entry of prefixes.payloadsOf(term)) if (!among(found, foundCount, entry)) found[foundCount++] = entry;
    }
    return foundCount;
  };

  const inToken: DangerEntry[] = [];
  const find = (text: TriageText): DangerHit[] => {
    const tokens = text.tokens;
    const hits: DangerHit[] = [];
    // Multi-word false friends, by first token, each with the farthest last token of those starting at or before it:
    // a hit is covered when one starting at or before it reaches to its end (and, being of other words, is longer).
    const friendFirst: number[] = [];
    const friendLast: number[] = [];
    for (const [, first, last] of friendPhrases.findAll(text)) {
      friendFirst.push(first);
      friendLast.push(Math.max(last, friendLast[friendLast.length - 1] ?? -1));
    }
    const covered = (first: number, last: number): boolean => {
      if (friendFirst.length === 0) return false;
      const index = lastAtOrBefore(friendFirst, first);
      return index >= 0 && friendLast[index]! >= last && !(friendFirst[index] === first && friendLast[index] === last);
    };
    for (let at = 0; at < tokens.length; at++) {
      const token = tokens[at]!;
      if (token.kind !== "word") continue;
      let found = inWord(token.text, text.ids[at]!, inToken, 0);
      if (token.parts !== undefined) for (const part of token.parts) found = inWord(part, idOfWord(part), inToken, found);
      if (found === 0 || covered(at, at) || negatedBefore(tokens, at, NEGATION_REACH) || afterPreposition(text, at)) continue;
      for (let k = 0; k < found; k++) hits.push({ category: inToken[k]!.category, label: inToken[k]!.term, strong: false, first: at, last: at });
    }
    for (const [entry, at, last] of phrases.findAll(text)) {
      // A phrase that begins with a negator ("kein Strom") is itself the report; it is not negated by one before it.
      if (!covered(at, last) && !negatedBefore(tokens, at, NEGATION_REACH)) hits.push({ category: entry.category, label: entry.term, strong: true, first: at, last });
    }
    findCombinations(text, covered, hits);
    return hits;
  };

  /**
   * Subjects and states of DANGER_COMBINATIONS in one sentence, near each
   * other, the state not negated: one pass, each new subject or state
   * checked against the nearest one of the other kind before it.
   */
  const findCombinations = (text: TriageText, covered: (first: number, last: number) => boolean, hits: DangerHit[]): void => {
    const { tokens, ids } = text;
    const states = combinationStates.findAll(text);
    if (states.length === 0) return;
    let anySubject = false;
    for (let at = 0; at < ids.length && !anySubject; at++) anySubject = combinationSubjects.get(ids[at]!) !== undefined;
    if (!anySubject) return;
    const count = DANGER_COMBINATIONS.length;
    const lastSubject = new Int32Array(count).fill(-1);
    const lastStateFirst = new Int32Array(count).fill(-1);
    const lastStateLast = new Int32Array(count).fill(-1);
    const done = new Uint8Array(count);
    const words = new Int32Array(tokens.length + 1); // words before each token, for distances
    for (let at = 0; at < tokens.length; at++) words[at + 1] = words[at]! + (tokens[at]!.kind === "word" ? 1 : 0);
    const near = (first: number, last: number): boolean =>
      tokens[first]!.sentence === tokens[last]!.sentence && words[last + 1]! - words[first]! <= DANGER_COMBINATION_REACH;
    const report = (combination: number, first: number, last: number, subject: number, stateFirst: number, stateLast: number): void => {
      done[combination] = 1;
      const entry = DANGER_COMBINATIONS[combination]!;
      const state = tokens.slice(stateFirst, stateLast + 1).map((token) => token.text).join(" ");
      hits.push({ category: entry.category, label: `${tokens[subject]!.text} + ${state}`, strong: true, first, last });
    };
    let nextState = 0;
    for (let at = 0; at < tokens.length; at++) {
      // The states that begin here, then the subject here: each checked against the nearest one of the other kind before it.
      for (; nextState < states.length && states[nextState]![1] === at; nextState++) {
        const [combination, , last] = states[nextState]!;
        if (done[combination] === 1 || negatedBefore(tokens, at, NEGATION_REACH) || covered(at, last)) continue;
        const subject = lastSubject[combination]!;
        if (subject >= 0 && near(subject, last)) report(combination, subject, last, subject, at, last);
        else {
          lastStateFirst[combination] = at;
          lastStateLast[combination] = last;
        }
      }
      const combinations = combinationSubjects.get(ids[at]!);
      if (combinations === undefined) continue;
      for (const combination of combinations) {
        if (done[combination] === 1) continue;
        const stateFirst = lastStateFirst[combination]!;
        if (stateFirst >= 0 && lastStateLast[combination]! < at && near(stateFirst, at)) report(combination, stateFirst, at, at, stateFirst, lastStateLast[combination]!);
        else lastSubject[combination] = at;
      }
    }
  };

  const decide = (text: TriageText, hits: readonly DangerHit[]): DangerResult | undefined => {
    if (hits.length === 0) return undefined;
    const weights = new Map<DangerCategory, number>();
    for (const hit of hits) weights.set(hit.category, (weights.get(hit.category) ?? 0) + weightOf(hit));
    // People hurt by a fire, an accident or a fallen tree: the cause is the danger to report, its next steps include the 112.
    if (weights.has("medical") && CAUSES.some((cause) => weights.has(cause))) weights.delete("medical");
    let best: DangerCategory | undefined;
    for (const category of TIE_ORDER) {
      const weight = weights.get(category);
      if (weight !== undefined && (best === undefined || weight > weights.get(best)!)) best = category;
    }
    const category = best ?? DANGER_CATEGORIES[0]!;
    const evidence = sortEvidence(hits.filter((hit) => hit.category === category).map((hit) => evidenceOfTokens(text, hit.first, hit.last, hit.label)));
    return { category, evidence, nextStep: DANGER_NEXT_STEPS[category] };
  };

  return { find, decide };
}
