import { foldForLexicon, NEGATION_SCOPE, NEGATORS } from "../lexicons/index.js";
import type { Token } from "./tokenize.js";

const BOUNDARIES: ReadonlySet<string> = new Set(NEGATION_SCOPE.boundaries.map(foldForLexicon));
const SENTENCE_MARK = /^[.!?…]/;

/** The negators of `NEGATORS`, in lexicon form. */
export const NEGATOR_SET: ReadonlySet<string> = new Set(NEGATORS.map(foldForLexicon));

/**
 * True if `token` ends a clause for negation and intensifiers: a line break,
 * a mark of `NEGATION_SCOPE.boundaries` (or a run of "!" and "?"), or a
 * contrasting conjunction ("aber", "sondern").
 */
export function isClauseBoundary(token: Token): boolean {
  if (token.kind === "break") return true;
  if (token.kind === "punct") return BOUNDARIES.has(token.text) || SENTENCE_MARK.test(token.text);
  return token.kind === "word" && BOUNDARIES.has(token.text);
}

/**
 * True if a negator stands within `reach` words before `tokens[at]` in the
 * same clause ("kein Brand", "niemand verletzt", "keine großen Schäden"),
 * and is not the word "wenig" after "ein" ("ein wenig").
 */
export function negatedBefore(tokens: readonly Token[], at: number, reach: number): boolean {
  let seen = 0;
  for (let previous = at - 1; previous >= 0 && seen < reach; previous--) {
    const token = tokens[previous]!;
    if (isClauseBoundary(token)) return false;
    if (token.kind !== "word") continue;
    seen++;
    if (NEGATOR_SET.has(token.text) && !(token.text === "wenig" && tokens[previous - 1]?.text === "ein")) return true;
  }
  return false;
}
