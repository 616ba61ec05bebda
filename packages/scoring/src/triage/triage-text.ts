import { foldText, originalEnd, originalStart, type FoldedText } from "./folded-text.js";
import { tokenize, type Token } from "./tokenize.js";
import { idOfWord } from "./word-ids.js";
import type { Evidence } from "./triage-types.js";

/** A comment prepared once for every classifier: folded, with offsets back to the original, and tokenised. */
export interface TriageText {
  readonly folded: FoldedText;
  readonly tokens: readonly Token[];
  /** For each token, the id of its word in the phrase lists (see `word-ids.ts`), or -1. */
  readonly ids: Int32Array;
}

/**
 * Folds and tokenises `text` (linear in its length). Build every phrase
 * list first: a word that a list registers later has no id in a text
 * prepared before.
 */
export function prepareText(text: string): TriageText {
  const folded = foldText(text);
  const tokens = tokenize(folded);
  const ids = new Int32Array(tokens.length);
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at]!;
    ids[at] = token.kind === "word" ? idOfWord(token.text) : -1;
  }
  return { folded, tokens, ids };
}

/** Evidence for the folded range [start, end), in the original's offsets. */
export function evidenceOfRange(text: TriageText, start: number, end: number, label?: string): Evidence {
  const folded = text.folded;
  const from = originalStart(folded, start);
  const to = end > start ? originalEnd(folded, end - 1) : from;
  const slice = folded.original.slice(from, to);
  return label === undefined ? { start: from, end: to, text: slice } : { start: from, end: to, text: slice, label };
}

/** The original character code at the start of a token: its case says whether a German word is a noun. */
export function originalCodeAt(text: TriageText, token: number): number {
  return text.folded.original.charCodeAt(originalStart(text.folded, text.tokens[token]!.start));
}

/** Evidence for the tokens `first` to `last` (inclusive). */
export function evidenceOfTokens(text: TriageText, first: number, last: number, label?: string): Evidence {
  return evidenceOfRange(text, text.tokens[first]!.start, text.tokens[last]!.end, label);
}

/** Sorts evidence by position and drops repeats of the same span and label. */
export function sortEvidence(evidence: Evidence[]): Evidence[] {
  evidence.sort((a, b) => a.start - b.start || a.end - b.end);
  return evidence.filter((item, index) => {
    const previous = evidence[index - 1];
    return previous === undefined || previous.start !== item.start || previous.end !== item.end || previous.label !== item.label;
  });
}
