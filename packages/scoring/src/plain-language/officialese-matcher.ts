import { foldForLexicon, OFFICIALESE, type OfficialesePhrase } from "../lexicons/index.js";
import { tokenizeGerman } from "../readability/index.js";
import { tokenizeForMeasures, type Word } from "../readability/tokenize-german.js";
import type { WordInfo } from "../readability/word-info.js";
import {
  FIRST_TWO_UNITS,
  firstTwoUnits,
  firstTwoUnitsOfFolded,
  foldedKeyOf,
  KEY_UNIT_BITS,
  KEY_UNITS,
  latin1FoldedMatches,
  latin1FoldKey,
  latin1FourthUnit,
  NOT_LATIN1,
} from "./latin1-fold.js";
import { SmallIntMap } from "./small-int-map.js";

/*
 * How the matcher is fast. It reads every word of every draft, and the plain
 * way (fold each word into a new string with `foldForLexicon`, then try the
 * patterns filed under its first three letters) took about 5 µs of a post's
 * 24, a fifth of the plain-language check. Now:
 * - the tokens are those the readability measures keep for the last text;
 * - which patterns a word may open depends on the word alone: it is worked
 *   out once per word and kept on the word's record (readability/word-info.ts),
 *   so a word seen before costs one read;
 * - working it out, a word's first two folded letters, read in place, rule
 *   out most words at once (no pattern starts so);
 * - a Latin-1 word's first three folded letters make a number (its key),
 *   looked up in a table; words and pattern words are compared by key first
 *   and letter by letter in place after (latin1-fold.ts); only a word with
 *   other characters is folded into a string;
 * - a bucket's patterns are ruled out by their fourth letter, and a word's
 *   patterns by the key of the next word ("in" opens seventeen).
 * The property tests hold it to the plain way's hits.
 */

/** A piece of Amtsdeutsch found in a text. */
export interface OfficialeseHit {
  /** UTF-16 offsets of the words found, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** The entry: its citation form, what to write instead, its kind. */
  readonly entry: OfficialesePhrase;
}

/** A word of a pattern, in lexicon form. */
interface PatternWord {
  readonly text: string;
  /** Whether a word of the text only has to start with `text` ("obig*"). */
  readonly prefix: boolean;
  /**
   * A Latin-1 word whose key (`latin1FoldKey`) masked with `mask` is not
   * `key` is not this word: comparing two numbers rules out nearly every
   * word before its letters are read.
   */
  readonly key: number;
  readonly mask: number;
  /** Whether a Latin-1 word that passes the key test is this word (a whole word of at most {@link KEY_UNITS} units: its key holds all of it). */
  readonly keyDecides: boolean;
  /** The fourth unit of `text`, which a matching word's fold has too; -1 for a shorter `text`. */
  readonly fourth: number;
}

interface Pattern {
  readonly words: readonly PatternWord[];
  readonly entry: OfficialesePhrase;
}

/** The patterns whose first word is one whole word, in the order of the list. */
interface FirstWordGroup {
  readonly first: PatternWord;
  readonly patterns: Pattern[];
  /**
   * The keys (without `LONGER`) of the second words of the patterns, when
   * each has one that a Latin-1 word must have: a next word with none of
   * them ends the group ("in" opens seventeen patterns, and most words after
   * "in" continue none). Undefined when a pattern has one word only or a
   * second word any word may fit.
   */
  seconds?: SmallIntMap<true> | undefined;
}

/**
 * The patterns whose first word starts with one key: those whose first word
 * is a whole word (grouped by it: a word of the text is at most one of
 * them), then those whose first word is a prefix ("obig*"), each in the
 * order of the list (where two hits cover the same words, the first
 * pattern's counts).
 */
interface Bucket {
  readonly exact: FirstWordGroup[];
  readonly prefixed: Pattern[];
}

interface Compiled {
  /** Buckets by the key of the first word's first units (`foldedKeyOf` without `LONGER`)… */
  readonly byKey: SmallIntMap<Bucket>;
  /** …or, for first units beyond Latin-1, by those units. */
  readonly byWideKey: ReadonlyMap<string, Bucket>;
  /** 1 at the `firstTwoUnits` of each bucketed pattern's first word: most words start with no pattern's first two letters. */
  readonly starts: Uint8Array;
  /** Patterns whose first word is a prefix shorter than {@link KEY_UNITS}: tried on every word. */
  readonly shortPrefix: Pattern[];
}

function compile(entries: readonly OfficialesePhrase[]): Compiled {
  const byKey = new Map<number | string, Bucket>();
  const shortPrefix: Pattern[] = [];
  for (const entry of entries) {
    for (const form of [entry.phrase, ...(entry.forms ?? [])]) {
      const words = foldForLexicon(form)
        .split(" ")
        .filter(Boolean)
        .map((w) => patternWord(w.endsWith("*") ? w.slice(0, -1) : w, w.endsWith("*")));
      if (words.length === 0) continue;
      const pattern = { words, entry };
      const first = words[0]!;
      if (first.prefix && first.text.length < KEY_UNITS) {
        shortPrefix.push(pattern);
        continue;
      }
      const key = bucketKey(foldedKeyOf(first.text));
      let bucket = byKey.get(key);
      if (bucket === undefined) {
        bucket = { exact: [], prefixed: [] };
        byKey.set(key, bucket);
      }
      if (first.prefix) {
        bucket.prefixed.push(pattern);
        continue;
      }
      const group = bucket.exact.find((candidate) => candidate.first.text === first.text);
      if (group) group.patterns.push(pattern);
      else bucket.exact.push({ first, patterns: [pattern] });
    }
  }
  for (const bucket of byKey.values()) for (const group of bucket.exact) group.seconds = secondKeys(group.patterns);
  const numeric = new Map<number, Bucket>();
  const wide = new Map<string, Bucket>();
  for (const [key, bucket] of byKey) {
    if (typeof key === "number") numeric.set(key, bucket);
    else wide.set(key, bucket);
  }
  const starts = new Uint8Array(FIRST_TWO_UNITS);
  for (const bucket of byKey.values()) {
    for (const pattern of [...bucket.exact.flatMap((group) => group.patterns), ...bucket.prefixed]) {
      const two = firstTwoUnitsOfFolded(pattern.words[0]!.text);
      if (two !== -1) starts[two] = 1;
    }
  }
  return { byKey: new SmallIntMap(numeric), byWideKey: wide, starts, shortPrefix };
}

/** See {@link FirstWordGroup.seconds}. */
function secondKeys(patterns: readonly Pattern[]): SmallIntMap<true> | undefined {
  const keys = new Map<number, true>();
  for (const pattern of patterns) {
    const second = pattern.words[1];
    if (second === undefined || (second.mask === 0 && second.key === 0)) return undefined;
    // A second word beyond Latin-1 (mask 0, key -1) fits no Latin-1 word: no key to note.
    if (second.mask !== 0) keys.set(second.key & KEY_UNIT_BITS, true);
  }
  return new SmallIntMap(keys);
}

/** Patterns are filed by the first {@link KEY_UNITS} units of their first word, whatever follows. */
function bucketKey(key: number | string): number | string {
  return typeof key === "number" ? key & KEY_UNIT_BITS : key;
}

function patternWord(text: string, prefix: boolean): PatternWord {
  const key = foldedKeyOf(text);
  const fourth = text.length > 3 ? text.charCodeAt(3) : -1;
  if (typeof key === "string") {
    // A unit above U+00FF among the first: no Latin-1 word is this word.
    return { text, prefix, key: -1, mask: 0, keyDecides: false, fourth };
  }
  if (prefix) {
    // A prefix of fewer units fits any key.
    return text.length < KEY_UNITS
      ? { text, prefix, key: 0, mask: 0, keyDecides: false, fourth }
      : { text, prefix, key: key & KEY_UNIT_BITS, mask: KEY_UNIT_BITS, keyDecides: false, fourth };
  }
  return { text, prefix, key, mask: -1, keyDecides: text.length <= KEY_UNITS, fourth };
}

/** One text being matched under one compiled list: its words and their records. */
interface Reading {
  readonly text: string;
  readonly words: readonly Word[];
  readonly infos: readonly WordInfo[];
  readonly compiled: Compiled;
  readonly hits: OfficialeseHit[];
}

/**
 * What the matcher knows of a word under one compiled list, kept on the
 * word's record (see {@link matcherWordOf}): it depends on the word alone.
 */
interface MatcherWord {
  /** `latin1FoldKey` of the word. */
  readonly key: number;
  /** `foldForLexicon` of the word, made on first need. */
  folded: string | undefined;
  /** The patterns the word opens, or `null` (most words). */
  openings: Openings | null;
}

/** The {@link MatcherWord} of the word of `info` under `compiled`, kept on the record (for one compiled list at a time). */
function matcherWordOf(compiled: Compiled, info: WordInfo): MatcherWord {
  if (info.reader === compiled) return info.answer as MatcherWord;
  const word = info.text;
  const known: MatcherWord = { key: latin1FoldKey(word, 0, word.length), folded: undefined, openings: null };
  // Kept before the openings are worked out: they ask for it.
  info.reader = compiled;
  info.answer = known;
  const alone: Reading = { text: word, words: [{ text: word, start: 0, end: word.length, sentenceIndex: 0 }], infos: [info], compiled, hits: [] };
  known.openings = openingsOf(compiled, alone);
  return known;
}

function foldedAt(reading: Reading, k: number): string {
  const known = matcherWordOf(reading.compiled, reading.infos[k]!);
  return (known.folded ??= foldForLexicon(reading.words[k]!.text));
}

/** The key of word `k` (`latin1FoldKey`). */
function keyAt(reading: Reading, k: number): number {
  return matcherWordOf(reading.compiled, reading.infos[k]!).key;
}

/** Whether word `k` is `want`. */
function wordMatches(reading: Reading, k: number, want: PatternWord): boolean {
  const key = keyAt(reading, k);
  if (key !== NOT_LATIN1) {
    if ((key & want.mask) !== want.key) return false;
    if (want.keyDecides) return true;
    const word = reading.words[k]!;
    return latin1FoldedMatches(reading.text, word.start, word.end, want.text, want.prefix);
  }
  const form = foldedAt(reading, k);
  return want.prefix ? form.startsWith(want.text) : form === want.text;
}

/** Adds a hit if the words after word `i` (whose first word matched) are the rest of `pattern`, in the same sentence. */
function tryRest(reading: Reading, pattern: Pattern, i: number): void {
  const { words } = reading;
  const length = pattern.words.length;
  if (i + length > words.length) return;
  const sentence = words[i]!.sentenceIndex;
  for (let k = 1; k < length; k++) {
    if (words[i + k]!.sentenceIndex !== sentence || !wordMatches(reading, i + k, pattern.words[k]!)) return;
  }
  reading.hits.push({ start: words[i]!.start, end: words[i + length - 1]!.end, entry: pattern.entry });
}

/** Whether word `k` may be the second word of a pattern whose second words' keys are `seconds`. */
function mayContinue(reading: Reading, seconds: SmallIntMap<true>, k: number): boolean {
  if (k >= reading.words.length) return false;
  const key = keyAt(reading, k);
  return key === NOT_LATIN1 || seconds.get(key & KEY_UNIT_BITS) !== undefined;
}

/**
 * The patterns a word may open: those whose first word it is. This depends
 * on the word alone, so it is worked out once per word and kept on the
 * word's record (see {@link matcherWordOf}).
 */
interface Openings {
  /** The group of the bucket whose first word the word is, if any (its patterns still need the next words). */
  readonly group: FirstWordGroup | undefined;
  /** The bucket's patterns whose first word (a prefix) the word fits, in the order of the list. */
  readonly prefixed: readonly Pattern[];
  /** The patterns of a short prefix the word fits, in the order of the list. */
  readonly shortPrefixed: readonly Pattern[];
}

/** The {@link Openings} of the one word of `reading`, or `null` when it opens no pattern (most words). */
function openingsOf(compiled: Compiled, reading: Reading): Openings | null {
  let group: FirstWordGroup | undefined;
  const prefixed: Pattern[] = [];
  const bucket = bucketAt(compiled, reading, 0);
  if (bucket !== undefined) {
    // The patterns of a bucket share their first three units; most differ in
    // the fourth ("verbleiben", "vermittels", "verwaltungsakt*", …), which
    // rules them out before their letters are compared (a Latin-1 word's only:
    // -2 asks nothing).
    const word = reading.words[0]!;
    const fourth = keyAt(reading, 0) === NOT_LATIN1 ? -2 : latin1FourthUnit(reading.text, word.start, word.end);
    for (const candidate of bucket.exact) {
      if (fourth !== -2 && candidate.first.fourth !== -1 && candidate.first.fourth !== fourth) continue;
      if (!wordMatches(reading, 0, candidate.first)) continue;
      group = candidate;
      break; // the word is no other group's first word
    }
    for (const pattern of bucket.prefixed) {
      const first = pattern.words[0]!;
      if (fourth !== -2 && first.fourth !== -1 && first.fourth !== fourth) continue;
      if (wordMatches(reading, 0, first)) prefixed.push(pattern);
    }
  }
  const shortPrefixed = compiled.shortPrefix.filter((pattern) => wordMatches(reading, 0, pattern.words[0]!));
  return group === undefined && prefixed.length === 0 && shortPrefixed.length === 0 ? null : { group, prefixed, shortPrefixed };
}

/** Adds the hits of the patterns that word `i` opens. */
function tryOpenings(reading: Reading, openings: Openings, i: number): void {
  const { group } = openings;
  if (group !== undefined && (group.seconds === undefined || mayContinue(reading, group.seconds, i + 1))) {
    for (const pattern of group.patterns) tryRest(reading, pattern, i);
  }
  for (const pattern of openings.prefixed) tryRest(reading, pattern, i);
  // After the bucket's: of two hits on the same words the first found counts.
  for (const pattern of openings.shortPrefixed) tryRest(reading, pattern, i);
}

const byLengthThenStart = (a: OfficialeseHit, b: OfficialeseHit): number => b.end - b.start - (a.end - a.start) || a.start - b.start;
const byStart = (a: OfficialeseHit, b: OfficialeseHit): number => a.start - b.start;

/** Of overlapping hits the longer counts (of two as long, the earlier; of two on the same words, the first found). */
function withoutOverlaps(hits: OfficialeseHit[]): OfficialeseHit[] {
  if (hits.length <= 1) return hits;
  hits.sort(byLengthThenStart);
  const kept: OfficialeseHit[] = [];
  next: for (const hit of hits) {
    for (const other of kept) if (other.start < hit.end && hit.start < other.end) continue next;
    kept.push(hit);
  }
  return kept.sort(byStart);
}

/** The bucket of the patterns that word `k` may open. */
function bucketAt({ byKey, byWideKey, starts }: Compiled, reading: Reading, k: number): Bucket | undefined {
  const word = reading.words[k]!;
  // Most words start with no pattern's first two letters.
  const two = firstTwoUnits(reading.text, word.start, word.end);
  if (two !== -1 && starts[two] === 0) return undefined;
  const key = keyAt(reading, k);
  if (key !== NOT_LATIN1) return byKey.get(key & KEY_UNIT_BITS);
  const wordKey = bucketKey(foldedKeyOf(foldedAt(reading, k)));
  return typeof wordKey === "number" ? byKey.get(wordKey) : byWideKey.get(wordKey);
}

/**
 * A matcher for the Amtsdeutsch of {@link OFFICIALESE} (or another list of
 * the same shape): compiled once, then each text is read word by word.
 * Words are compared folded (`foldForLexicon`: case, ä/ae, ß/ss); a
 * phrase's words must follow one another in one sentence; where two hits
 * overlap the longer one counts.
 */
export function createOfficialeseMatcher(entries: readonly OfficialesePhrase[] = OFFICIALESE): (text: string) => OfficialeseHit[] {
  const compiled = compiledList(entries);
  return (text) => {
    // The tokens of the readability measures, which keep their last text's:
    // the plain-language check scores, hints and matches a text on one
    // tokenization. The tokenizer knows German abbreviations and dates,
    // which do not end a sentence.
    if (typeof text !== "string") tokenizeGerman(text); // throws the tokenizer's error
    const { words, infos } = tokenizeForMeasures(text);
    const reading: Reading = { text, words, infos, compiled, hits: [] };
    for (let i = 0; i < words.length; i++) {
      const info = infos[i]!;
      const openings = (info.reader === compiled ? (info.answer as MatcherWord) : matcherWordOf(compiled, info)).openings;
      if (openings !== null) tryOpenings(reading, openings, i);
    }
    return withoutOverlaps(reading.hits);
  };
}

// One compiled form per frozen list (such as OFFICIALESE): the matchers of
// the post and the reply check share it, and with it what the words'
// records keep (see matcherWordOf). A list that may still change is compiled
// for each matcher.
const compiledLists = new WeakMap<readonly OfficialesePhrase[], Compiled>();

function compiledList(entries: readonly OfficialesePhrase[]): Compiled {
  if (!Object.isFrozen(entries)) return compile(entries);
  let compiled = compiledLists.get(entries);
  if (compiled === undefined) {
    compiled = compile(entries);
    compiledLists.set(entries, compiled);
  }
  return compiled;
}
