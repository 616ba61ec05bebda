import { foldForLexicon, PROBLEM_COMBINATION_REACH, PROBLEM_COMBINATIONS } from "../lexicons/index.js";
import { PhraseIndex } from "./phrase-index.js";
import type { Token } from "./tokenize.js";
import type { TriageText } from "./triage-text.js";

/** Marks that end the reach of a combination: a sentence's end, a line break, a semicolon. A comma does not ("Scheiß Mülleimer, jedes Mal voll"). */
const SENTENCE_END = /^[.!?…;]/;

const endsReach = (token: Token): boolean => token.kind === "break" || (token.kind === "punct" && SENTENCE_END.test(token.text));

/**
 * Compiles `PROBLEM_COMBINATIONS` once. The returned function finds, in a
 * comment, every thing of a group with a state of the same group at most
 * `PROBLEM_COMBINATION_REACH` words before or after it in one sentence
 * (only after it where the group says `stateAfterThing`), as
 * [group name, first token, last token]. Linear in the length of the
 * comment: each thing looks at a bounded window of words.
 */
export function compileProblemReports(): (text: TriageText) => [name: string, first: number, last: number][] {
  const after = PROBLEM_COMBINATIONS.map((group) => group.stateAfterThing === true);
  const things = new PhraseIndex(PROBLEM_COMBINATIONS.flatMap((group, index) => group.things.map((thing) => ({ phrase: foldForLexicon(thing), payload: index }))));
  const states = new PhraseIndex(PROBLEM_COMBINATIONS.flatMap((group, index) => group.states.map((state) => ({ phrase: foldForLexicon(state), payload: index }))));
  return (text) => {
    const thingHits = things.findAll(text);
    if (thingHits.length === 0) return [];
    const stateHits = states.findAll(text);
    if (stateHits.length === 0) return [];
    const { tokens } = text;
    // The states by their first token: the index of the first state hit there, and of the next hit at the same token.
    const stateAt = new Int32Array(tokens.length).fill(-1);
    const nextHere = new Int32Array(stateHits.length).fill(-1);
    for (let hit = stateHits.length - 1; hit >= 0; hit--) {
      const first = stateHits[hit]![1];
      nextHere[hit] = stateAt[first]!;
      stateAt[first] = hit;
    }
    const stateIndex: StateHits = { hits: stateHits, stateAt, nextHere };
    const found: [string, number, number][] = [];
    let reported = -1; // one report per thing is enough
    for (const [group, first, last] of thingHits) {
      if (first <= reported) continue;
      const state = stateNear(tokens, stateIndex, group, first, last, after[group]!);
      if (state === undefined) continue;
      found.push([PROBLEM_COMBINATIONS[group]!.name, Math.min(first, state[0]), Math.max(last, state[1])]);
      reported = last;
    }
    return found;
  };
}

/** The state hits of a comment, found by their first token. */
interface StateHits {
  readonly hits: readonly [group: number, first: number, last: number][];
  /** Per token: the first hit that begins there, or −1. */
  readonly stateAt: Int32Array;
  /** Per hit: the next hit that begins at the same token, or −1. */
  readonly nextHere: Int32Array;
}

/** A state of `group` beginning within the reach before `first` or after `last`, as [first, last] token; undefined if none. */
function stateNear(tokens: readonly Token[], states: StateHits, group: number, first: number, last: number, onlyAfter: boolean): [number, number] | undefined {
  const ofGroup = (at: number): [number, number] | undefined => {
    for (let hit = states.stateAt[at]!; hit >= 0; hit = states.nextHere[hit]!) {
      const [stateGroup, , stateLast] = states.hits[hit]!;
      if (stateGroup === group && (stateLast < first || at > last)) return [at, stateLast];
    }
    return undefined;
  };
  let seen = 0;
  for (let next = last + 1; next < tokens.length && seen < PROBLEM_COMBINATION_REACH; next++) {
    const token = tokens[next]!;
    if (endsReach(token)) break;
    if (token.kind !== "word") continue;
    seen++;
    const hit = ofGroup(next);
    if (hit !== undefined) return hit;
  }
  if (onlyAfter) return undefined;
  seen = 0;
  for (let previous = first - 1; previous >= 0 && seen < PROBLEM_COMBINATION_REACH; previous--) {
    const token = tokens[previous]!;
    if (endsReach(token)) break;
    if (token.kind !== "word") continue;
    seen++;
    const hit = ofGroup(previous);
    if (hit !== undefined) return hit;
  }
  return undefined;
}
