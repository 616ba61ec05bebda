/** An election noun in a text: UTF-16 offsets, end exclusive. */
export interface ElectionNoun {
  readonly start: number;
  readonly end: number;
  readonly word: string;
}

/** Words (letters and inner hyphens) of a text, read for the election nouns. */
const WORD = /\p{L}[\p{L}\p{N}-]*/gu;

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

/**
 * The election nouns of `text` (see isElectionNoun), in order, except after
 * "Qual der" ("die Qual der Wahl").
 */
export function electionNouns(text: string): ElectionNoun[] {
  if (!ELECTION_STEMS.test(text)) return [];
  const found: ElectionNoun[] = [];
  for (const match of text.matchAll(WORD)) {
    if (!isElectionNoun(match[0]) || AGONY_BEFORE.test(text.slice(Math.max(0, match.index - 12), match.index))) continue;
    found.push({ start: match.index, end: match.index + match[0].length, word: match[0] });
  }
  return found;
}
