import { describe, expect, it } from "vitest";
import { loadGermanSyllables } from "./german-syllables.js";
import { readability } from "./readability.js";
import { sentenceHints } from "./sentence-hints.js";
import { tokenizeGerman } from "./tokenize-german.js";

const syllables = await loadGermanSyllables();

// Texts of 100,000 characters built to make a naive scanner or a regular
// expression with backtracking take quadratic time or worse. Each must be
// tokenized, scored and hinted in well under a second (typically 2–90 ms);
// the bound is loose because the test machine is shared.
const HOSTILE: ReadonlyArray<readonly [string, string]> = [
  ["full stops between letters", "a.".repeat(50_000)],
  ["abbreviations", "z. B. ".repeat(16_667)],
  ["one long word", "Donaudampfschifffahrt".repeat(4_762)],
  ["one letter repeated", "a".repeat(100_000)],
  ["ordinals", "1. ".repeat(33_333)],
  ["at signs between letters", "a@".repeat(50_000)],
  ["an e-mail address with a huge local part", `${"x".repeat(99_980)}@musterstadt.de`],
  ["link schemes", "http://a".repeat(12_500)],
  ["www prefixes", "www.a".repeat(20_000)],
  ["hashes", "#".repeat(100_000)],
  ["hyphens between letters", "a-".repeat(50_000)],
  ["gender stars", "Bürger*in".repeat(11_111)],
  ["emoji", "🎉".repeat(50_000)],
  ["lone surrogates", "\ud800".repeat(100_000)],
  ["list items", "\n- a".repeat(25_000)],
  ["full stops", ".".repeat(100_000)],
  ["domains", "a.de".repeat(25_000)],
  ["passives", "wird gesperrt ".repeat(7_143)],
  ["werden without participle", "werden ".repeat(14_286)],
  ["nouns of nominal style", "Zur Anwendung ".repeat(7_143)],
  ["closing brackets after a link", `https://a.de/${")".repeat(99_980)}`],
];

describe("hostile input", () => {
  it.each(HOSTILE)("handles %s (100,000 characters) in well under a second", (_what, text) => {
    expect(text.length).toBeGreaterThanOrEqual(99_990);
    const started = performance.now();
    const tokens = tokenizeGerman(text);
    const scores = readability(text, syllables);
    const hints = sentenceHints(text, syllables);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(1000);
    expect(scores.words).toBe(tokens.words.length);
    expect(Array.isArray(hints)).toBe(true);
  });
});
