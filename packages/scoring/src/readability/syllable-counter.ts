import { classOfCodePoint, classOfCodeUnit, JOINER, LETTER, MARK } from "./char-classes.js";
import { estimateSyllableBoundaries } from "./syllable-estimate.js";
import { foldLetter } from "./fold-letter.js";
import { ownSlice } from "./own-string.js";
import { MAX_PATTERN_WORD, type SyllablePatterns } from "./syllable-patterns.js";

/**
 * Counts and splits the syllables of German words. Synchronous: load one with
 * `loadGermanSyllables()`. Repeated words cost a map lookup.
 */
export interface SyllableCounter {
  /**
   * The number of syllables of `word`: the sum over its letter runs, so a
   * word with hyphens ("Müll-Abfuhr") counts per part, and 0 for a string
   * without letters ("2026", "", "—"). Case does not matter ("RATHAUS" = 2).
   */
  count(word: string): number;
  /**
   * The syllables of `word` as written (original case, apostrophes kept with
   * their syllable), without the hyphens or other marks between parts:
   * `split("Müll-Abfuhr")` is `["Müll", "Ab", "fuhr"]`; `[]` for a string
   * without letters. A new array on every call.
   */
  split(word: string): string[];
}

/** Options of {@link createSyllableCounter}. */
export interface SyllableCounterOptions {
  /**
   * How many words the cache keeps before it starts over (default 50,000).
   * Words longer than 100 code units are never cached.
   */
  readonly cacheSize?: number;
}

const DEFAULT_CACHE_SIZE = 50_000;
const LONGEST_CACHED_WORD = 100;
/** Boundaries this close to the end of a window are not trusted: the patterns see only the window. */
const WINDOW_MARGIN = 12;
/**
 * Longer letter runs are no German words but pasted garbage or an attack;
 * they get the cheap estimate instead of the patterns (which cost about
 * half a microsecond per letter).
 */
const LONGEST_HYPHENATED_RUN = 200;

const APOSTROPHES = new Set([0x27, 0x2019, 0x2bc, 0x60, 0xb4]);

/** The counters {@link createSyllableCounter} made. */
const patternCounters = new WeakSet<SyllableCounter>();

/**
 * Whether `counter` is one of {@link createSyllableCounter}. Such a counter
 * counts a word as the sum over its letter runs, so a part of a word
 * between hyphens (or other marks that are no letters) has at most the
 * syllables of the whole word; and its count depends on the word alone
 * (its patterns never change), so a count may be kept with the word for
 * later texts. A counter made by hand promises neither.
 */
export function countsByWordAlone(counter: SyllableCounter): boolean {
  return patternCounters.has(counter);
}

/**
 * Builds a {@link SyllableCounter} on loaded patterns. Exported for tests and
 * for callers that load the pattern file themselves; most code wants
 * `loadGermanSyllables()`.
 */
export function createSyllableCounter(patterns: SyllablePatterns, options: SyllableCounterOptions = {}): SyllableCounter {
  const cacheSize = options.cacheSize ?? DEFAULT_CACHE_SIZE;
  const cache = new Map<string, readonly string[]>();

  function syllablesOf(word: string): readonly string[] {
    const cached = cache.get(word);
    if (cached !== undefined) return cached;
    if (word.length > LONGEST_CACHED_WORD) return computeSyllables(word, patterns);
    // A word cut out of a post may be a view of the whole post: the cache
    // keeps a copy of it, and syllables cut from the copy, so as not to
    // keep the post alive.
    for (let index = 0; index < word.length; index++) wordUnits[index] = word.charCodeAt(index);
    const own = ownSlice(wordUnits, 0, word, 0, word.length);
    const parts = computeSyllables(own, patterns);
    // Starting over is cheaper than tracking age, and the words of one
    // town's posts come back within far fewer than 50,000 distinct words.
    if (cache.size >= cacheSize) cache.clear();
    cache.set(own, parts);
    return parts;
  }

  const counter: SyllableCounter = {
    count: (word) => syllablesOf(word).length,
    split: (word) => syllablesOf(word).slice(),
  };
  patternCounters.add(counter);
  return counter;
}

/** Room for the code units of a word to copy (see {@link ownSlice}). */
const wordUnits = new Uint16Array(LONGEST_CACHED_WORD);

/**
 * The syllables of `word`, as described at {@link SyllableCounter.split}.
 * Scans the word for letter runs (letters, combining marks, invisible
 * joiners and apostrophes between letters); anything else separates runs.
 */
function computeSyllables(word: string, patterns: SyllablePatterns): string[] {
  const parts: string[] = [];
  const length = word.length;
  let index = 0;
  while (index < length) {
    const runStart = index;
    let runEnd = index;
    while (index < length) {
      const width = widthAt(word, index);
      const kind = classAtIndex(word, index, width);
      if (kind === LETTER || kind === MARK || kind === JOINER) {
        index += width;
        runEnd = index;
      } else if (APOSTROPHES.has(word.charCodeAt(index)) && runEnd > runStart && isLetterAtIndex(word, index + 1)) {
        index += 1;
      } else {
        break;
      }
    }
    if (runEnd > runStart) {
      syllabifyRun(word, runStart, runEnd, patterns, parts);
    } else {
      index += widthAt(word, index);
    }
  }
  return parts;
}

function widthAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(index + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return 2;
  }
  return 1;
}

function classAtIndex(text: string, index: number, width: number): number {
  return width === 2 ? classOfCodePoint(text.codePointAt(index)!) : classOfCodeUnit(text.charCodeAt(index));
}

function isLetterAtIndex(text: string, index: number): boolean {
  if (index >= text.length) return false;
  const width = widthAt(text, index);
  return classAtIndex(text, index, width) === LETTER;
}

/**
 * Splits `word.slice(start, end)` (one letter run) into syllables and
 * appends them to `parts`.
 */
function syllabifyRun(word: string, start: number, end: number, patterns: SyllablePatterns, parts: string[]): void {
  const boundaries: number[] = [];
  if (end - start > LONGEST_HYPHENATED_RUN) {
    estimateSyllableBoundaries(word, start, end, boundaries);
    pushParts(word, start, end, boundaries, parts);
    return;
  }
  // The key is what the patterns see: lower case, umlauts composed, accents
  // removed. `origin[k]` is the offset in `word` of key character k.
  let key = "";
  const origin: number[] = [];
  let supported = true;
  for (let index = start; index < end; ) {
    const code = word.charCodeAt(index);
    const width = widthAt(word, index);
    const kind = classAtIndex(word, index, width);
    if (kind === LETTER) {
      const folded = width === 1 ? foldLetter(code) : undefined;
      if (folded === undefined) {
        supported = false;
      } else {
        for (let k = 0; k < folded.length; k++) {
          if (!patterns.alphabet.has(folded.charCodeAt(k))) supported = false;
          origin.push(index);
        }
        key += folded;
      }
    } else if (kind === MARK && code === 0x308 && key.length > 0) {
      // A decomposed umlaut: "u" + U+0308 is "ü".
      const last = key.charAt(key.length - 1);
      const umlaut = last === "a" ? "ä" : last === "o" ? "ö" : last === "u" ? "ü" : last;
      key = key.slice(0, -1) + umlaut;
    }
    // Other marks, joiners (soft hyphen, ZWJ) and apostrophes add nothing.
    index += width;
  }
  if (origin.length === 0) {
    // Only marks, or letters we cannot fold: one syllable at least.
    parts.push(word.slice(start, end));
    return;
  }

  if (!supported || key.length > LONGEST_HYPHENATED_RUN) {
    estimateSyllableBoundaries(word, start, end, boundaries);
  } else {
    keyBoundaries(key, patterns, boundaries);
    for (let b = 0; b < boundaries.length; b++) boundaries[b] = origin[boundaries[b]!]!;
  }
  pushParts(word, start, end, boundaries, parts);
}

/** Appends the pieces of `word.slice(start, end)` cut at `boundaries` (ascending offsets) to `parts`. */
function pushParts(word: string, start: number, end: number, boundaries: readonly number[], parts: string[]): void {
  let from = start;
  for (const boundary of boundaries) {
    if (boundary > from && boundary < end) {
      parts.push(word.slice(from, boundary));
      from = boundary;
    }
  }
  parts.push(word.slice(from, end));
}

/**
 * Syllable boundaries (key offsets) of `key`. Keys longer than the engine
 * takes are hyphenated in overlapping windows, each starting at the last
 * boundary found well inside the window before it.
 */
function keyBoundaries(key: string, patterns: SyllablePatterns, into: number[]): void {
  let start = 0;
  const scratch: number[] = [];
  while (key.length - start > MAX_PATTERN_WORD) {
    scratch.length = 0;
    patterns.boundaries(key.slice(start, start + MAX_PATTERN_WORD), scratch, start);
    let next = start;
    for (const boundary of scratch) {
      if (boundary - start <= MAX_PATTERN_WORD - WINDOW_MARGIN) {
        into.push(boundary);
        next = boundary;
      }
    }
    // No boundary in the trusted part (a run of consonants): move on anyway.
    start = next > start ? next : start + MAX_PATTERN_WORD - WINDOW_MARGIN;
  }
  patterns.boundaries(start === 0 ? key : key.slice(start), into, start);
}
