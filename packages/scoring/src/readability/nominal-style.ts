import {
  FUNCTION_VERB_CONSTRUCTIONS,
  FUNCTION_VERB_FORMS,
  FUNCTION_VERB_PARTICLES,
  type FunctionVerb,
  type FunctionVerbConstruction,
} from "./function-verb-constructions.js";
import type { LowerCaseWords } from "./lower-case-words.js";
import type { Word } from "./tokenize-german.js";
import { isUpperCaseUnit } from "./char-classes.js";
import { countLetters, isAllCaps, startsLowerCase, startsUpperCase } from "./word-shape.js";

/*
 * Nominal style ("Nominalstil"): verbs turned into nouns. Two signs:
 * - many nouns of the abstract suffixes -ung, -heit, -keit, -ion, -tät,
 *   -nis, -schaft (and their plurals) in one sentence;
 * - a Funktionsverbgefüge ("zur Anwendung kommen"), see
 *   function-verb-constructions.ts.
 */

/** The abstract suffixes by their last letter, longest first. */
const SUFFIXES_BY_LAST_LETTER: Readonly<Record<string, readonly string[]>> = {
  g: ["ung"],
  t: ["schaft", "heit", "keit", "tät"],
  n: ["schaften", "heiten", "keiten", "nissen", "ungen", "ionen", "täten", "ion"],
  s: ["nis"],
  e: ["nisse"],
};

/** {@link SUFFIXES_BY_LAST_LETTER} of the letter `code` (a switch: no one-letter string to look up for every word). */
function suffixesEndingIn(code: number): readonly string[] | undefined {
  switch (code) {
    case 0x67:
      return SUFFIXES_BY_LAST_LETTER.g;
    case 0x74:
      return SUFFIXES_BY_LAST_LETTER.t;
    case 0x6e:
      return SUFFIXES_BY_LAST_LETTER.n;
    case 0x73:
      return SUFFIXES_BY_LAST_LETTER.s;
    case 0x65:
      return SUFFIXES_BY_LAST_LETTER.e;
    default:
      return undefined;
  }
}

/** Nouns with such an ending that are no nominalised verb or adjective. */
const NOT_NOMINAL = new Set(["tennis", "million", "millionen"]);

/** The suffixes that end a word of {@link NOT_NOMINAL}. */
const SUFFIXES_OF_EXCEPTIONS: ReadonlySet<string> = new Set(
  Object.values(SUFFIXES_BY_LAST_LETTER)
    .flat()
    .filter((suffix) => [...NOT_NOMINAL].some((word) => word.endsWith(suffix))),
);

/**
 * Whether `word` (word `k` of `lower`, as written) is a noun with an
 * abstract suffix: capitalised (or in a text in capitals), at least five
 * letters, and for a compound written with hyphens its last part decides
 * ("Müll-Sammlung").
 */
export function isNominalWord(word: string, lower: LowerCaseWords, k: number): boolean {
  // Cheap tests first: nouns are capitalised (so is a word in capitals), and
  // every suffix ends in g, t, n, s or e.
  if (word.length < 5 || !startsUpperCase(word)) return false;
  const suffixes = suffixesEndingIn(word.charCodeAt(word.length - 1) | 0x20);
  if (suffixes === undefined) return false;
  // A noun's suffix is in lower case as written; only a word in capitals needs lowering.
  const written = isUpperCaseUnit(word.charCodeAt(1)) ? lower.at(k) : word;
  for (const suffix of suffixes) {
    if (!endsWith(written, suffix)) continue;
    if (countLetters(word) < suffix.length + 2) return false;
    // Only a suffix that ends one of the exceptions ("-nis" of "Tennis") needs the word lowered.
    return !SUFFIXES_OF_EXCEPTIONS.has(suffix) || !NOT_NOMINAL.has(lower.at(k));
  }
  return false;
}

/** `word.endsWith(suffix)`, compared from the end (a call of the built-in for each of up to eight suffixes cost more than the rest of the test). */
function endsWith(word: string, suffix: string): boolean {
  const offset = word.length - suffix.length;
  if (offset < 0) return false;
  for (let index = suffix.length - 1; index >= 0; index--) {
    if (word.charCodeAt(offset + index) !== suffix.charCodeAt(index)) return false;
  }
  return true;
}

/** A Funktionsverbgefüge found in a sentence. */
export interface ConstructionFinding {
  /** The entry of {@link FUNCTION_VERB_CONSTRUCTIONS}. */
  readonly construction: FunctionVerbConstruction;
  /** First and last word of the noun phrase. */
  readonly phraseStart: Word;
  readonly phraseEnd: Word;
  /** The function verb. */
  readonly verb: Word;
}

// Keyed by the noun in lower case and capitalised, so that a word as written
// is looked up without lowering it first.
const byNoun = new Map<string, FunctionVerbConstruction[]>();
for (const construction of FUNCTION_VERB_CONSTRUCTIONS) {
  for (const noun of construction.phrase.at(-1)!.split("|")) {
    for (const key of [noun, noun.charAt(0).toUpperCase() + noun.slice(1)]) {
      const list = byNoun.get(key) ?? [];
      list.push(construction);
      byNoun.set(key, list);
    }
  }
}

// The pairs of ASCII first and last code units of the nouns of byNoun, in
// either case (a word in capitals is looked up lowered): three words in four
// are ruled out by one array read instead of a lookup each. A word with a
// character beyond ASCII first or last is always looked up.
const NOUN_ENDS = new Uint8Array(0x80 * 0x80);
for (const key of byNoun.keys()) {
  const first = key.charCodeAt(0);
  const last = key.charCodeAt(key.length - 1);
  if (first >= 0x80 || last >= 0x80) continue;
  for (const f of bothCases(first)) for (const l of bothCases(last)) NOUN_ENDS[(f << 7) | l] = 1;
}

function bothCases(code: number): number[] {
  const lower = code | 0x20;
  return lower >= 0x61 && lower <= 0x7a ? [lower, lower & ~0x20] : [code];
}

/**
 * Whether `written` may be (as written or lowered) the noun of a
 * Funktionsverbgefüge: false rules it out (see {@link constructionsEndingAt}).
 */
export function mayBeConstructionNoun(written: string): boolean {
  const first = written.charCodeAt(0);
  const last = written.charCodeAt(written.length - 1);
  return first >= 0x80 || last >= 0x80 || NOUN_ENDS[(first << 7) | last] === 1;
}

// Form → the function verbs it belongs to ("nimmt" → nehmen; "vornimmt" → vornehmen).
const verbsOfForm = new Map<string, FunctionVerb[]>();
for (const [verb, forms] of Object.entries(FUNCTION_VERB_FORMS) as [FunctionVerb, readonly string[]][]) {
  for (const form of forms) verbsOfForm.set(form, [...(verbsOfForm.get(form) ?? []), verb]);
}

/**
 * The Funktionsverbgefüge whose noun word `k` is, if any: a sentence
 * without such a word has none (most sentences; the caller may then skip
 * {@link findFunctionVerbConstructions}).
 */
export function constructionsEndingAt(words: readonly Word[], lower: LowerCaseWords, k: number): readonly FunctionVerbConstruction[] | undefined {
  const written = words[k]!.text;
  if (!mayBeConstructionNoun(written)) return undefined;
  // Only a word in capitals ("ANWENDUNG") needs lowering for the lookup.
  return byNoun.get(written) ?? (isUpperCaseUnit(written.charCodeAt(1)) && isAllCaps(written) ? byNoun.get(lower.at(k)) : undefined);
}

/**
 * Finds the Funktionsverbgefüge among `words[from]` … `words[to − 1]` (one
 * sentence). Each phrase is reported once, with the nearest form of its
 * verb.
 */
export function findFunctionVerbConstructions(
  words: readonly Word[],
  lower: LowerCaseWords,
  from: number,
  to: number,
): ConstructionFinding[] {
  const found: ConstructionFinding[] = [];
  // Where each function verb occurs in the sentence, found in one pass on
  // the first phrase: looking again for every phrase would take time
  // quadratic in a sentence of many phrases.
  let verbs: VerbPositions | undefined;
  for (let k = from; k < to; k++) {
    const candidates = constructionsEndingAt(words, lower, k);
    if (candidates === undefined) continue;
    for (const construction of candidates) {
      const first = k - construction.phrase.length + 1;
      if (first < from || !phraseMatches(construction, lower, first)) continue;
      verbs ??= findVerbs(words, lower, from, to);
      const verb = nearestVerb(verbs, construction.verb, first, k);
      if (verb === -1) continue;
      found.push({ construction, phraseStart: words[first]!, phraseEnd: words[k]!, verb: words[verb]! });
      break;
    }
  }
  return found;
}

function phraseMatches(construction: FunctionVerbConstruction, lower: LowerCaseWords, first: number): boolean {
  for (let p = 0; p < construction.phrase.length - 1; p++) {
    if (lower.at(first + p) !== construction.phrase[p]) return false;
  }
  return true;
}

interface VerbPositions {
  /** Ascending word indices of each function verb's forms. */
  readonly positions: Map<FunctionVerb, number[]>;
  /** Ascending word indices of particles ("vor"), by particle. */
  readonly particles: Map<string, number[]>;
}

/** The particles of separable function verbs ("vor"). */
const PARTICLE_WORDS: ReadonlySet<string> = new Set(Object.values(FUNCTION_VERB_PARTICLES).map((split) => split.particle));

function findVerbs(words: readonly Word[], lower: LowerCaseWords, from: number, to: number): VerbPositions {
  const positions = new Map<FunctionVerb, number[]>();
  const particles = new Map<string, number[]>();
  for (let k = from; k < to; k++) {
    // A verb is written in lower case, except first in a sentence or in capitals:
    // "Stellen" in "Die Stellen im Antrag" is a noun.
    const written = words[k]!.text;
    if (k !== from && !startsLowerCase(written) && !isAllCaps(written)) continue;
    const form = lower.at(k);
    for (const verb of verbsOfForm.get(form) ?? []) {
      const list = positions.get(verb);
      if (list === undefined) positions.set(verb, [k]);
      else list.push(k);
    }
    if (PARTICLE_WORDS.has(form)) {
      const list = particles.get(form);
      if (list === undefined) particles.set(form, [k]);
      else list.push(k);
    }
  }
  return { positions, particles };
}

/** The index of the form of `verb` nearest to the phrase `first`…`last`, outside it; -1 if none. */
function nearestVerb(verbs: VerbPositions, verb: FunctionVerb, first: number, last: number): number {
  let best = nearestOutside(verbs.positions.get(verb), first, last);
  // A separable verb split in two: "nimmt … vor".
  const split = FUNCTION_VERB_PARTICLES[verb];
  if (split !== undefined && verbs.particles.has(split.particle)) {
    const base = nearestOutside(verbs.positions.get(split.base), first, last);
    if (base !== -1 && (best === -1 || distance(base, first, last) < distance(best, first, last))) best = base;
  }
  return best;
}

/** The entry of the ascending `positions` nearest to `first`…`last` and outside it; -1 if none. */
function nearestOutside(positions: readonly number[] | undefined, first: number, last: number): number {
  if (positions === undefined || positions.length === 0) return -1;
  // Binary search for the first position after `last`.
  let low = 0;
  let high = positions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (positions[middle]! <= last) low = middle + 1;
    else high = middle;
  }
  const after = low < positions.length ? positions[low]! : -1;
  // …and for the last position before `first`.
  let index = low - 1;
  while (index >= 0 && positions[index]! >= first) index--;
  const before = index >= 0 ? positions[index]! : -1;
  if (after === -1) return before;
  if (before === -1) return after;
  return distance(before, first, last) <= distance(after, first, last) ? before : after;
}

function distance(k: number, first: number, last: number): number {
  return k < first ? first - k : k - last;
}
