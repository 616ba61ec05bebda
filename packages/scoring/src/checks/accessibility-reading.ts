import { codePointAt, findEmoji, MAYBE_EMOJI, pictographEnd, type FoundEmoji } from "../text/emoji.js";
import { shoutedWords, type ShoutedWord } from "./shouted-words.js";

/** What the accessibility check reads from a text. */
export interface AccessibilityReading {
  /** The emoji, as `findEmoji` finds them. */
  readonly emoji: readonly FoundEmoji[];
  /** The words in capitals that read as shouting, as `shoutedWords` finds them. */
  readonly shouted: readonly ShoutedWord[];
  /** Whether a code unit of a letter faked from symbols is there (U+D835, U+FF21–U+FF5A, U+24B6–U+24E9). */
  readonly mayHoldPseudo: boolean;
}

// The check read each text three times, each a pass over every character
// (two of them in JavaScript): the emoji, the words in capitals (with a
// list of all the words), and a pattern for letters faked from symbols.
// Those passes were half of the check. Most texts hold no word in capitals
// and no letter beyond Latin-1: for them one pattern finds the places
// where an emoji may start, read with the emoji grammar of text/emoji.ts,
// and tells that no word is in capitals. The rest go to the three readings
// as before. The property test in accessibility-reading.property.test.ts
// holds the two ways to the same reading on any text, and checks the facts
// of Unicode the pattern rests on.

const NONE: readonly never[] = Object.freeze([]);

/**
 * The emoji, the words in capitals that read as shouting, and whether a
 * letter faked from symbols may be there, of `text`: by one pattern where
 * the text is plain (see {@link readPlainText}), else by the three
 * general readings.
 */
export function readForAccessibility(text: string): AccessibilityReading {
  return readPlainText(text) ?? { emoji: findEmoji(text), shouted: shoutedWords(text), mayHoldPseudo: MAYBE_PSEUDO.test(text) };
}

/** @internal The general reading, for the property test that holds the fast one to it. */
export function readGenerally(text: string): AccessibilityReading {
  return { emoji: findEmoji(text), shouted: shoutedWords(text), mayHoldPseudo: MAYBE_PSEUDO.test(text) };
}

/** Each of the code units of the letters faked from symbols: U+1D400–U+1D7FF begin with D835; full-width and circled letters. */
export const MAYBE_PSEUDO = /[\uD835\uFF21-\uFF5A\u24B6-\u24E9]/;

/**
 * @internal The code units the pattern below passes over: Latin-1, and
 * blocks without letters where no emoji starts (punctuation but ‼ and ⁉,
 * currency signs but the keycap's U+20E3, the arrows U+2190–U+2193,
 * variation selectors, the second halves of surrogate pairs). Every other
 * code unit is of note: the start of an emoji perhaps (a pictograph,
 * U+20E3, the first half of a pair of the planes of emoji), or a letter
 * beyond Latin-1.
 */
export const NOTHING_OF_NOTE = "\\u0000-\\u00FF\\u2000-\\u203B\\u203D-\\u2048\\u204A-\\u206F\\u20A0-\\u20E2\\u20E4-\\u20FF\\u2190-\\u2193\\uFE00-\\uFE0F\\uDC00-\\uDFFF";

/**
 * A code unit of note, or three Latin-1 letters in a row that a word in
 * capitals may have: one pattern without Unicode property classes, which
 * irregexp runs in a fraction of the time of a pass in JavaScript over the
 * text's code points. One class of single code units first: alternatives
 * of single characters made it slower by a third.
 */
const OF_NOTE = new RegExp(`[^${NOTHING_OF_NOTE}]|[A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE\\u00AA\\u00BA]{3}`, "g");

/** ℹ, the one pictograph that is also a letter. */
const INFORMATION_SOURCE = 0x2139;

/**
 * @internal Is the code unit of the Basic Plane, beyond Latin-1, where a
 * pictograph may be (every one is), other than ℹ (a pictograph that is also
 * a letter, which the general readings take)?
 */
export function isPictographCandidate(code: number): boolean {
  return code === 0x203c || code === 0x2049 || code === 0x2122 || (code >= 0x2194 && code <= 0x2bff) || code === 0x3030 || code === 0x303d || code === 0x3297 || code === 0x3299;
}

/**
 * The reading of a plain text (Latin-1 letters, punctuation, emoji), or
 * undefined where a word in capitals may be there, or a letter beyond
 * Latin-1: those go to the general readings.
 */
function readPlainText(text: string): AccessibilityReading | undefined {
  let emoji: FoundEmoji[] | undefined;
  let mayHoldPseudo = false;
  let mayHoldEmoji = false;
  const pattern = OF_NOTE;
  pattern.lastIndex = 0;
  // test, not exec: no array for each match. Each match is told by the code
  // unit it ends with: a Latin-1 letter ends three capitals, any other is a
  // code unit of note alone.
  while (pattern.test(text)) {
    const index = pattern.lastIndex - 1;
    const code = text.charCodeAt(index);
    if (code < 0x100) return undefined;
    if (code === 0x20e3) {
      // The end of a keycap: #, * or a digit, a variation selector perhaps, U+20E3.
      mayHoldEmoji = true;
      const base = text.charCodeAt(index - 1) === 0xfe0f ? index - 2 : index - 1;
      const first = text.charCodeAt(base);
      if (first === 0x23 || first === 0x2a || (first >= 0x30 && first <= 0x39)) (emoji ??= []).push({ start: base, end: index + 1 });
      continue;
    }
    if (code >= 0xd800 && code <= 0xdbff) {
      // A letter may be in another plane; the planes of emoji (U+1F000–U+1FFFF) hold none.
      if (code < 0xd83c || code > 0xd83f) return undefined;
      if (code <= 0xd83e) mayHoldEmoji = true;
    } else if (!isPictographCandidate(code)) {
      // A letter beyond Latin-1 may be there, or ℹ: the general readings.
      return undefined;
    }
    if ((code >= 0x2190 && code <= 0x2bff) || code === 0x3030 || code === 0x303d || code === 0x3297 || code === 0x3299) mayHoldEmoji = true;
    // Circled letters (Ⓦ) are symbols to Unicode, in a block without letters.
    if (code >= 0x24b6 && code <= 0x24e9) mayHoldPseudo = true;
    const end = pictographEnd(text, index, codePointAt(text, index));
    if (end > index) {
      (emoji ??= []).push({ start: index, end });
      pattern.lastIndex = end;
      // A pictograph joined on may be ℹ, a letter (for the general readings), or a circled letter.
      for (let at = index + 1; at < end; at++) {
        const part = text.charCodeAt(at);
        if (part === INFORMATION_SOURCE) return undefined;
        if (part >= 0x24b6 && part <= 0x24e9) mayHoldPseudo = true;
      }
    }
  }
  if (emoji !== undefined && !mayHoldEmoji) mayHoldEmoji = MAYBE_EMOJI.test(text);
  return { emoji: emoji !== undefined && mayHoldEmoji ? emoji : NONE, shouted: NONE, mayHoldPseudo };
}
