import { foldForLexicon, OFFICIALESE, type OfficialesePhrase } from "../lexicons/index.js";
import { tokenizeGerman } from "../readability/index.js";

/** A piece of Amtsdeutsch found in a text. */
export interface OfficialeseHit {
  /** UTF-16 offsets of the words found, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** The entry: its citation form, what to write instead, its kind. */
  readonly entry: OfficialesePhrase;
}

interface Pattern {
  readonly words: readonly { readonly text: string; readonly prefix: boolean }[];
  readonly entry: OfficialesePhrase;
}


/** How many letters of a word index the patterns whose first word is a prefix ("obig*"). */
const PREFIX_KEY = 3;

interface Compiled {
  /** Patterns by their whole first word. */
  readonly byFirst: Map<string, Pattern[]>;
  /** Patterns whose first word is a prefix, by its first {@link PREFIX_KEY} letters. */
  readonly byPrefix: Map<string, Pattern[]>;
  /** Patterns whose first word is a prefix shorter than that. */
  readonly shortPrefix: Pattern[];
}

function compile(entries: readonly OfficialesePhrase[]): Compiled {
  const byFirst = new Map<string, Pattern[]>();
  const byPrefix = new Map<string, Pattern[]>();
  const shortPrefix: Pattern[] = [];
  for (const entry of entries) {
    for (const form of [entry.phrase, ...(entry.forms ?? [])]) {
      const words = foldForLexicon(form)
        .split(" ")
        .filter(Boolean)
        .map((w) => (w.endsWith("*") ? { text: w.slice(0, -1), prefix: true } : { text: w, prefix: false }));
      if (words.length === 0) continue;
      const pattern = { words, entry };
      const first = words[0]!;
      if (!first.prefix) add(byFirst, first.text, pattern);
      else if (first.text.length >= PREFIX_KEY) add(byPrefix, first.text.slice(0, PREFIX_KEY), pattern);
      else shortPrefix.push(pattern);
    }
  }
  return { byFirst, byPrefix, shortPrefix };
}

function add(map: Map<string, Pattern[]>, key: string, pattern: Pattern): void {
  const list = map.get(key);
  if (list) list.push(pattern);
  else map.set(key, [pattern]);
}

// Most words are plain ASCII letters: lower case is their lexicon form.
const ASCII_WORD = /^[A-Za-z]+$/;
function fold(word: string): string {
  return ASCII_WORD.test(word) ? word.toLowerCase() : foldForLexicon(word);
}

/**
 * A matcher for the Amtsdeutsch of {@link OFFICIALESE} (or another list of
 * the same shape): compiled once, then each text is read word by word.
 * Words are compared folded (`foldForLexicon`: case, ä/ae, ß/ss); a
 * phrase's words must follow one another in one sentence; where two hits
 * overlap the longer one counts.
 */
export function createOfficialeseMatcher(entries: readonly OfficialesePhrase[] = OFFICIALESE): (text: string) => OfficialeseHit[] {
  const compiled = compile(entries);
  return (text) => {
    // The tokenizer of the readability formulas (which keeps its last text's
    // tokens, so the plain-language check tokenizes each text once) knows
    // German abbreviations and dates, which do not end a sentence.
    const words = tokenizeGerman(text).words.map((word) => ({ folded: fold(word.text), start: word.start, end: word.end, sentence: word.sentenceIndex }));
    const hits: OfficialeseHit[] = [];
    for (let i = 0; i < words.length; i++) {
      const folded = words[i]!.folded;
      const exact = compiled.byFirst.get(folded);
      const prefixed = compiled.byPrefix.get(folded.slice(0, PREFIX_KEY));
      if (exact) tryPatterns(exact, i);
      if (prefixed) tryPatterns(prefixed, i);
      if (compiled.shortPrefix.length > 0) tryPatterns(compiled.shortPrefix, i);
    }
    function tryPatterns(patterns: readonly Pattern[], i: number): void {
      for (const pattern of patterns) {
        const length = pattern.words.length;
        if (i + length > words.length) continue;
        let fits = true;
        for (let k = 0; k < length && fits; k++) {
          const word = words[i + k]!;
          const want = pattern.words[k]!;
          fits = word.sentence === words[i]!.sentence && (want.prefix ? word.folded.startsWith(want.text) : word.folded === want.text);
        }
        if (fits) hits.push({ start: words[i]!.start, end: words[i + length - 1]!.end, entry: pattern.entry });
      }
    }
    // Longer hits first; a hit inside one already kept goes.
    hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const kept: OfficialeseHit[] = [];
    for (const hit of hits) if (!kept.some((k) => k.start < hit.end && hit.start < k.end)) kept.push(hit);
    return kept.sort((a, b) => a.start - b.start);
  };
}
