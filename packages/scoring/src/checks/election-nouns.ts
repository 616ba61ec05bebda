import { isLetterCode, isNumberCode } from "../text/code-point-classes.js";

/** An election noun in a text: UTF-16 offsets, end exclusive. */
export interface ElectionNoun {
  readonly start: number;
  readonly end: number;
  readonly word: string;
}

/**
 * Is `word` a noun of elections and their campaigns: "Wahl" and its
 * compounds (Kommunalwahl, Briefwahl, Wahllokal, Wahlplakate, Wiederwahl),
 * candidates, parliamentary groups (SPD-Fraktion) and referendums
 * (Bürgerentscheid, Bürgerbegehren)? Nouns only (capitalised), so that
 * "wählen Sie Ihr Lieblingsmotiv" is left alone; "Auswahl",
 * "Wahlpflichtfach" and the like are not elections. Plain string tests: a
 * pattern of alternatives with look-behinds cost more than the whole check.
 */
function isElectionNoun(word: string): boolean {
  const first = word.charCodeAt(0);
  if (!(first >= 0x41 && first <= 0x5a) && word[0] !== "Ä" && word[0] !== "Ö" && word[0] !== "Ü") return false;
  const lower = word.toLowerCase();
  if (NOT_ELECTION.some((prefix) => lower.startsWith(prefix))) return false;
  return lower.includes("wahl") || lower.startsWith("kandidat") || lower.includes("fraktion") || lower.startsWith("bürgerentscheid") || lower.startsWith("bürgerbegehren") || lower.startsWith("volksentscheid");
}
const NOT_ELECTION = ["auswahl", "vorauswahl", "zahlwahl", "wahlpflicht", "wahlfach", "wahlmöglichkeit", "wahlleistung", "wahlweise"];

/**
 * Could `text` hold an election noun? Each holds one of these in lower case.
 * Most posts hold none, and are not read word by word: a test of the whole
 * text costs a tenth of reading its words (0.1 µs a post, not 1).
 *
 * The pattern ignores case as one without the Unicode flag does, which
 * does not take the Kelvin sign "K" for "k" as lowering does: it names the
 * sign beside "k". The other letters that lower to a–z or ü are the
 * capitals, which it takes, and "İ", which lowers to "i" and a combining
 * dot: that breaks every one of these ("i" never ends one).
 */
const ELECTION_STEMS = /wahl|[k\u212A]andidat|fra[k\u212A]tion|bürgerentscheid|bürgerbegehren|vol[k\u212A]sentscheid/i;

/** "Die Qual der Wahl" (the agony of choice) is no election. */
const AGONY_BEFORE = /qual\s+der\s+$/iu;

/** The stems of {@link ELECTION_STEMS} as a text holds them, for searches of a post's letters (see KeywordPresence). */
export const ELECTION_STEM_WORDS: readonly string[] = Object.freeze(["wahl", "kandidat", "fraktion", "bürgerentscheid", "bürgerbegehren", "volksentscheid"]);

/** {@link ELECTION_STEMS}, each place in turn. */
const STEM = new RegExp(ELECTION_STEMS.source, "gi");

/**
 * The election nouns of `text` (see isElectionNoun), in order, except after
 * "Qual der" ("die Qual der Wahl").
 *
 * Only the words that hold a stem are read: each election noun holds one
 * (see {@link ELECTION_STEMS}), and a text that has one at all has few.
 * Reading every word, with a pattern of letters, cost 5 µs for a post that
 * names an election once.
 */
export function electionNouns(text: string): ElectionNoun[] {
  if (!ELECTION_STEMS.test(text)) return [];
  const found: ElectionNoun[] = [];
  STEM.lastIndex = 0;
  for (let stem = STEM.exec(text); stem !== null; stem = STEM.exec(text)) {
    const start = wordStart(text, stem.index);
    const end = wordEnd(text, stem.index);
    // The word's other stems are read with it.
    STEM.lastIndex = end;
    addNoun(text, start, text.slice(start, end), found);
  }
  return found;
}

/** Adds the word at `start` when it is an election noun, and not "Wahl" after "Qual der". */
function addNoun(text: string, start: number, word: string, found: ElectionNoun[]): void {
  if (!isElectionNoun(word) || AGONY_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return;
  found.push({ start, end: start + word.length, word });
}

/*
 * The words of a text, as the pattern `\p{L}[\p{L}\p{N}-]*` (with the
 * Unicode flag) finds them, read by hand around a place: a word is a run of
 * letters, numbers and hyphens from its first letter on (the numbers and
 * hyphens before that begin no word), by code point.
 */

/** Is the code point part of a word: a letter, a number or "-"? */
function inWord(codePoint: number): boolean {
  return codePoint === 0x2d || isLetterCode(codePoint) || isNumberCode(codePoint);
}

/** Where the word that holds the letter at `index` begins. */
function wordStart(text: string, index: number): number {
  let start = index;
  let at = index;
  while (at > 0) {
    let codePoint = text.charCodeAt(at - 1);
    let size = 1;
    if (codePoint >= 0xdc00 && codePoint <= 0xdfff && at > 1) {
      const high = text.charCodeAt(at - 2);
      if (high >= 0xd800 && high <= 0xdbff) {
        codePoint = ((high - 0xd800) << 10) + (codePoint - 0xdc00) + 0x10000;
        size = 2;
      }
    }
    if (!inWord(codePoint)) break;
    at -= size;
    if (isLetterCode(codePoint)) start = at;
  }
  return start;
}

/** Where the word that holds `index` ends. */
function wordEnd(text: string, index: number): number {
  const length = text.length;
  let at = index;
  while (at < length) {
    let codePoint = text.charCodeAt(at);
    let size = 1;
    if (codePoint >= 0xd800 && codePoint <= 0xdbff && at + 1 < length) {
      const low = text.charCodeAt(at + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        codePoint = ((codePoint - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
        size = 2;
      }
    }
    if (!inWord(codePoint)) break;
    at += size;
  }
  return at;
}
