import { foldForLexicon, OFFICIALESE, type OfficialesePhrase } from "../lexicons/index.js";

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

const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;
const SENTENCE_END = /[.!?;:\n]/;

function compile(entries: readonly OfficialesePhrase[]): { byFirst: Map<string, Pattern[]>; starFirst: Pattern[] } {
  const byFirst = new Map<string, Pattern[]>();
  const starFirst: Pattern[] = [];
  for (const entry of entries) {
    for (const form of [entry.phrase, ...(entry.forms ?? [])]) {
      const words = foldForLexicon(form)
        .split(" ")
        .filter(Boolean)
        .map((w) => (w.endsWith("*") ? { text: w.slice(0, -1), prefix: true } : { text: w, prefix: false }));
      if (words.length === 0) continue;
      const pattern = { words, entry };
      if (words[0]!.prefix) starFirst.push(pattern);
      else {
        const list = byFirst.get(words[0]!.text);
        if (list) list.push(pattern);
        else byFirst.set(words[0]!.text, [pattern]);
      }
    }
  }
  return { byFirst, starFirst };
}

/**
 * A matcher for the Amtsdeutsch of {@link OFFICIALESE} (or another list of
 * the same shape): compiled once, then each text is read word by word.
 * Words are compared folded (`foldForLexicon`: case, ä/ae, ß/ss); a
 * phrase's words must follow one another in one sentence; where two hits
 * overlap the longer one counts.
 */
export function createOfficialeseMatcher(entries: readonly OfficialesePhrase[] = OFFICIALESE): (text: string) => OfficialeseHit[] {
  const { byFirst, starFirst } = compile(entries);
  return (text) => {
    const words: { folded: string; start: number; end: number; sentence: number }[] = [];
    let sentence = 0;
    let last = 0;
    for (const match of text.matchAll(WORD)) {
      if (SENTENCE_END.test(text.slice(last, match.index))) sentence++;
      words.push({ folded: foldForLexicon(match[0]), start: match.index, end: match.index + match[0].length, sentence });
      last = match.index + match[0].length;
    }
    const hits: OfficialeseHit[] = [];
    for (let i = 0; i < words.length; i++) {
      const candidates = byFirst.get(words[i]!.folded);
      for (const pattern of candidates ? [...candidates, ...starFirst] : starFirst) {
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
