import type { Token } from "./tokenize.js";
import { idOfWord } from "./word-ids.js";
import type { TriageText } from "./triage-text.js";

/** Apostrophes people type before a clitic "s". */
const APOSTROPHES: ReadonlySet<string> = new Set(["'", "’", "‘", "´", "`"]);

/**
 * The comment with every clitic "'s" joined to its word: "Gibt's noch
 * Karten" is read as "gibts noch karten", "geht's noch" as "gehts noch",
 * the way the needs-answer lists spell them. The tokenizer keeps the
 * apostrophe as a mark of its own, which would cut the word off from what
 * follows. Only an apostrophe with a word right before it and an "s" right
 * after it, without spaces, joins. The joined token spans both parts, so
 * evidence keeps pointing into the comment; sentences are unchanged.
 * Linear; returns `text` itself when it has no clitic.
 */
export function joinClitics(text: TriageText): TriageText {
  const { tokens } = text;
  let joined: Token[] | undefined;
  let ids: number[] | undefined;
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at]!;
    const mark = tokens[at + 1];
    const clitic = tokens[at + 2];
    if (
      token.kind === "word" &&
      mark?.kind === "punct" &&
      APOSTROPHES.has(mark.text) &&
      clitic?.kind === "word" &&
      clitic.text === "s" &&
      token.end === mark.start &&
      mark.end === clitic.start
    ) {
      if (joined === undefined) {
        joined = tokens.slice(0, at);
        ids = Array.from(text.ids.subarray(0, at));
      }
      const word = token.text + "s";
      joined.push({ kind: "word", start: token.start, end: clitic.end, text: word, parts: undefined, sentence: token.sentence });
      ids!.push(idOfWord(word));
      at += 2;
      continue;
    }
    if (joined !== undefined) {
      joined.push(token);
      ids!.push(text.ids[at]!);
    }
  }
  return joined === undefined ? text : { folded: text.folded, tokens: joined, ids: Int32Array.from(ids!) };
}
