import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryText } from "../test-support/arbitrary-text.js";
import { electionNouns } from "./election-nouns.js";

// The reading electionNouns skips for most texts: every word tested, as the neutrality check did before.
const NOT_ELECTION = ["auswahl", "vorauswahl", "zahlwahl", "wahlpflicht", "wahlfach", "wahlmöglichkeit", "wahlleistung", "wahlweise"];
function reference(text: string): { start: number; end: number; word: string }[] {
  const found: { start: number; end: number; word: string }[] = [];
  for (const match of text.matchAll(/\p{L}[\p{L}\p{N}-]*/gu)) {
    const word = match[0];
    const first = word.charCodeAt(0);
    if (!(first >= 0x41 && first <= 0x5a) && word[0] !== "Ä" && word[0] !== "Ö" && word[0] !== "Ü") continue;
    const lower = word.toLowerCase();
    if (NOT_ELECTION.some((prefix) => lower.startsWith(prefix))) continue;
    const noun = lower.includes("wahl") || lower.startsWith("kandidat") || lower.includes("fraktion") || lower.startsWith("bürgerentscheid") || lower.startsWith("bürgerbegehren") || lower.startsWith("volksentscheid");
    if (!noun || /qual\s+der\s+$/iu.test(text.slice(Math.max(0, match.index - 12), match.index))) continue;
    found.push({ start: match.index, end: match.index + word.length, word });
  }
  return found;
}

// Election words in every case, the letters that lower to a–z or ü from elsewhere (Kelvin sign, İ, ſ, ı), and what bounds a word.
const PARTS = ["W", "w", "A", "a", "H", "h", "L", "l", "K", "k", "\u212A", "İ", "I", "i", "ı", "ſ", "Ü", "ü", "u\u0308", "Wahl", "WAHL", "wAhL", "Kandidat", "KANDİDAT", "\u212Aandidat", "Fraktion", "FRA\u212ATION", "Bürgerentscheid", "BÜRGERENTSCHEID", "BÜRGERBEGEHREN", "Vol\u212Asentscheid", "VOLKSENTSCHEİD", "Volksentscheid", "Auswahl", "Qual der ", "qual  der ", "Wahlpflicht", "SPD-", "-", " ", "3", "Ä", "Ö",
  // What a word may begin, hold or end with, read by code point: letters and numbers of other planes and scripts, a lone half of a pair.
  "𝗪", "𝟗", "٣", "Ⅻ", "ǅ", "\uD835", "\uDFEA", "9-", "-9", "_", "·"];
const electionText = fc.array(fc.constantFrom(...PARTS), { maxLength: 20 }).map((parts) => parts.join(""));

describe("electionNouns", () => {
  it("finds the election nouns that testing every word found, in any text", () => {
    fc.assert(
      fc.property(fc.oneof(arbitraryText, electionText), (text) => {
        expect(electionNouns(text)).toEqual(reference(text));
      }),
      { numRuns: 20_000 },
    );
  }, 30_000);

  it("finds elections, candidates, groups and referendums written in any case, but not a choice", () => {
    expect(electionNouns("Briefwahl und KOMMUNALWAHL, Vol\u212Asentscheid, SPD-Fraktion; Auswahl, die Qual der Wahl, wählen").map((n) => n.word)).toEqual(["Briefwahl", "KOMMUNALWAHL", "Vol\u212Asentscheid", "SPD-Fraktion"]);
  });
});
