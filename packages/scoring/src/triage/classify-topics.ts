import { foldForLexicon } from "../lexicons/index.js";
import { PhraseIndex } from "./phrase-index.js";
import { TermAutomaton } from "./term-automaton.js";
import { evidenceOfTokens, type TriageText } from "./triage-text.js";
import type { Evidence, TopicPillar, TopicResult } from "./triage-types.js";

/**
 * Endings a keyword may carry at the end of a word: plural and case
 * endings, so that "Tonne" finds "Mülltonnen" and "Baustelle" finds
 * "Dauerbaustellen".
 */
const KEYWORD_ENDINGS: ReadonlySet<string> = new Set(["e", "en", "n", "s", "es", "er", "ern", "in", "innen"]);

/** The pillars' keywords, compiled for matching. */
export type CompiledPillars = (text: TriageText) => TopicResult[];

/**
 * Compiles the keywords of `pillars`: a one-word keyword matches a word
 * that begins with it ("Kita" in "Kitaplatz") or ends with it, with at most
 * a plural or case ending ("Müll" in "Sperrmüll", "Tonne" in "Biotonnen");
 * a keyword of several words matches those words in a row. Both in lexicon
 * form, so "Buergerbuero" finds "Bürgerbüro".
 */
export function compilePillars(pillars: readonly TopicPillar[]): CompiledPillars {
  const single: { term: string; payload: number }[] = [];
  const several: { phrase: string; payload: number }[] = [];
  pillars.forEach((pillar, index) => {
    for (const keyword of pillar.keywords ?? []) {
      const words = foldForLexicon(keyword)
        .split(/[^\p{L}\p{M}\p{N}]+/u)
        .filter((word) => word.length > 0);
      if (words.length === 1) single.push({ term: words[0]!, payload: index });
      else if (words.length > 1) several.push({ phrase: words.join(" "), payload: index });
    }
  });
  const automaton = new TermAutomaton(single);
  const phrases = new PhraseIndex(several);
  return (text) => {
    if (pillars.length === 0) return [];
    const found = new Map<number, Evidence[]>();
    const lastToken = new Map<number, number>(); // per pillar, the last token with evidence: one piece of evidence per token
    const add = (pillar: number, first: number, last: number, keyword: string): void => {
      if (first === last && lastToken.get(pillar) === first) return;
      lastToken.set(pillar, last);
      const list = found.get(pillar);
      const evidence = evidenceOfTokens(text, first, last, keyword);
      if (list === undefined) found.set(pillar, [evidence]);
      else list.push(evidence);
    };
    const { tokens } = text;
    for (let at = 0; at < tokens.length; at++) {
      const token = tokens[at]!;
      if (token.kind !== "word") continue;
      const words = token.parts === undefined ? [token.text] : [token.text, ...token.parts];
      for (const word of words) {
        const count = automaton.collect(word);
        for (let k = 0; k < count; k++) {
          const end = automaton.hitEnds[k]!;
          const term = automaton.hitTerms[k]!;
          const start = end - automaton.lengthOf(term);
          if (start !== 0 && end !== word.length && !KEYWORD_ENDINGS.has(word.slice(end))) continue;
          for (const index of automaton.payloadsOf(term)) add(index, at, at, word.slice(start, end));
        }
      }
    }
    for (const [index, first, last] of phrases.findAll(text)) add(index, first, last, "phrase");
    return [...found.entries()]
      .sort(([a, first], [b, second]) => second.length - first.length || a - b)
      .map(([index, evidence]) => ({ pillarId: pillars[index]!.id, evidence: evidence.sort((x, y) => x.start - y.start) }));
  };
}
