import { emojiKey } from "./emoji-key.js";
import type { FoldedText } from "./folded-text.js";

/**
 * What a token is:
 * - `word`: a run of letters, marks and digits; a hyphenated word is one token;
 * - `emoji`: one emoji as people see it, with its skin tone and joined parts;
 * - `punct`: a punctuation mark or symbol; runs of "!" and "?" are one token ("!!!", "?!");
 * - `break`: a line break, which ends a sentence as a full stop does.
 */
export type TokenKind = "word" | "emoji" | "punct" | "break";

/** A token of a folded text. Offsets are into the folded text (see `FoldedText`). */
export interface Token {
  readonly kind: TokenKind;
  readonly start: number;
  readonly end: number;
  /**
   * Words: the folded word without hyphens ("drecks-verwaltung" →
   * "drecksverwaltung"). Emoji: the emoji in comparison form (see
   * `emojiKey`). Punctuation: the characters.
   */
  readonly text: string;
  /** A hyphenated word's parts ("drecks", "verwaltung"); undefined for any other token. */
  readonly parts: readonly string[] | undefined;
  /** Which sentence the token is in, counted from 0. */
  readonly sentence: number;
}

// One emoji: a pictograph with its variation selector, skin tone and
// ZWJ-joined parts (👩🏽‍🚒), or a flag of two regional indicators.
// ©, ® and ™ are pictographs to Unicode but letters to a reader.
const EMOJI =
  /(?:\p{Regional_Indicator}{2}|(?![\u00A9\u00AE\u2122])\p{Extended_Pictographic}[\uFE0E\uFE0F]?\p{Emoji_Modifier}?(?:\u200D\p{Extended_Pictographic}[\uFE0E\uFE0F]?\p{Emoji_Modifier}?)*)/uy;
const WORD_RUN = /[\p{L}\p{M}\p{N}]+/uy;
const SPACE = /\s/u;

const isAsciiWordChar = (code: number): boolean => (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
const isHyphen = (code: number): boolean => code === 0x2d || code === 0x2010 || code === 0x2011;

/** The end of the run of letters, marks and digits starting at `index`, or `index` if none starts there. */
function wordEnd(text: string, index: number): number {
  let end = index;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if (isAsciiWordChar(code)) {
      end++;
      continue;
    }
    if (code < 0x80) break;
    WORD_RUN.lastIndex = end;
    const run = WORD_RUN.exec(text);
    if (run === null) break;
    end += run[0].length;
  }
  return end;
}

/**
 * The tokens of a folded text, in one pass: words (with their hyphenated
 * parts), emoji, punctuation and line breaks, each with its sentence.
 * Whitespace is dropped. A ".", "!", "?", "…" or line break ends a
 * sentence; a "." between two digits or letters without a space ("2.50",
 * "z.B") does not.
 */
export function tokenize(text: FoldedText): Token[] {
  const folded = text.folded;
  const tokens: Token[] = [];
  let sentence = 0;
  let index = 0;
  const length = folded.length;
  while (index < length) {
    const code = folded.charCodeAt(index);
    if (code === 0x20) {
      index++;
      continue;
    }
    const end = wordEnd(folded, index);
    if (end > index) {
      let wordEndAt = end;
      let parts: string[] | undefined;
      // Join "drecks-verwaltung": a single hyphen between two runs.
      while (isHyphen(folded.charCodeAt(wordEndAt)) && wordEnd(folded, wordEndAt + 1) > wordEndAt + 1) {
        const next = wordEnd(folded, wordEndAt + 1);
        (parts ??= [folded.slice(index, wordEndAt)]).push(folded.slice(wordEndAt + 1, next));
        wordEndAt = next;
      }
      tokens.push({ kind: "word", start: index, end: wordEndAt, text: parts === undefined ? folded.slice(index, wordEndAt) : parts.join(""), parts, sentence });
      index = wordEndAt;
      continue;
    }
    if (code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029) {
      let stop = index + 1;
      while (stop < length && SPACE.test(folded[stop]!)) stop++;
      tokens.push({ kind: "break", start: index, end: index + 1, text: "\n", parts: undefined, sentence });
      sentence++;
      index = stop;
      continue;
    }
    if (code < 0x80 ? false : code >= 0x2000 || code === 0xa9 || code === 0xae) {
      EMOJI.lastIndex = index;
      const emoji = EMOJI.exec(folded);
      if (emoji !== null) {
        tokens.push({ kind: "emoji", start: index, end: index + emoji[0].length, text: emojiKey(emoji[0]), parts: undefined, sentence });
        index += emoji[0].length;
        continue;
      }
    }
    if (code < 0x80 ? code <= 0x20 : SPACE.test(folded[index]!)) {
      index++;
      continue;
    }
    // Punctuation: runs of "!" and "?" are one token; "..." is one.
    let stop = index + 1;
    if (code === 0x21 || code === 0x3f) {
      while (stop < length && (folded.charCodeAt(stop) === 0x21 || folded.charCodeAt(stop) === 0x3f)) stop++;
    } else if (code === 0x2e) {
      while (stop < length && folded.charCodeAt(stop) === 0x2e) stop++;
    } else if (code >= 0xd800 && code <= 0xdbff && (folded.charCodeAt(stop) & 0xfc00) === 0xdc00) {
      stop++;
    }
    const mark = folded.slice(index, stop);
    tokens.push({ kind: "punct", start: index, end: stop, text: mark, parts: undefined, sentence });
    if (endsSentence(folded, mark, index, stop)) sentence++;
    index = stop;
  }
  return tokens;
}

function endsSentence(folded: string, mark: string, start: number, stop: number): boolean {
  const first = mark.charCodeAt(0);
  if (first === 0x21 || first === 0x3f || first === 0x2026) return true;
  if (first !== 0x2e) return false;
  // "2.50", "z.B", "www.musterstadt.de": a single dot glued to word characters on both sides.
  return !(stop - start === 1 && wordEnd(folded, stop) > stop && start > 0 && wordEnd(folded, start - 1) === start);
}
