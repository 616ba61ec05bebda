import { describe, expect, it } from "vitest";
import { HOSTILE_LENGTH, randomText, repeat } from "../test-support/hostile-text.js";
import { createTriage } from "./create-triage.js";

const LENGTH = HOSTILE_LENGTH;

// Inputs built to make a careless matcher quadratic: one endless word, runs of the
// same word, emoji or mark, and repeated near misses of phrases, patterns and pairs.
const HOSTILE: readonly [string, string][] = [
  ["one long word", "a".repeat(LENGTH)],
  ["one long compound of insults", repeat("idiot")],
  ["one long compound of allowlisted words", repeat("aufmarsch")],
  ["repeated words", repeat("Müll ")],
  ["emoji", repeat("😂")],
  ["emoji with skin tone and ZWJ", repeat("🤦🏽‍♀️")],
  ["exclamation and question marks", repeat("!?")],
  ["commas", repeat(",")],
  ["line breaks", repeat("gut\n")],
  ["negators", repeat("nicht ")],
  ["negated praise", repeat("nicht gut ")],
  ["intensifiers", repeat("sehr ")],
  ["headless relative clauses", repeat("wer x, ist ")],
  ["rhetorical questions", repeat("kann man nicht meckern? ")],
  ["threat openings", repeat("ich werde dich ")],
  ["insults aimed at people", repeat("ihr seid alle idioten ")],
  ["danger subjects and states in separate sentences", repeat("baum. umgefallen. ")],
  ["group words and generalisations in separate sentences", repeat("zuwanderer. klauen. ")],
  ["false friends", repeat("licht brennt ")],
  ["scare quotes", repeat("„super“ ")],
  ["combining marks", repeat("u\u0308")],
  ["lone surrogates", repeat("\uD800")],
  ["mentions", repeat("@")],
  ["hyphens", repeat("a-")],
  [
    "mixed",
    randomText(["nicht ", "gut", " ", "!", "?", "😂", "idiot", "brand", "-", "„", "“", "wer ", ",", "ü", "\n", "kein ", "@", "ihr ", "du ", "seid ", "baum ", "gas "], 7),
  ],
];

describe("createTriage on hostile input", () => {
  const triage = createTriage();
  const pillars = [{ id: "abfall", keywords: ["Müll", "Tonne", "gut"] }];

  it.each(HOSTILE)("reads 100,000 characters of %s in well under a second", (_name, text) => {
    expect(text.length).toBe(LENGTH);
    triage(text.slice(0, 1000), pillars); // warm up the engine
    const started = performance.now();
    const result = triage(text, pillars);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(1000);
    for (const item of result.sentiment.evidence.slice(0, 50)) expect(text.slice(item.start, item.end)).toBe(item.text);
  });
});
