import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createTriage } from "./create-triage.js";
import type { Evidence, Triage } from "./triage-types.js";

const triage = createTriage();
const pillars = [
  { id: "abfall", keywords: ["Müll", "Tonne"] },
  { id: "verkehr", keywords: ["Bus", "Deutschland Ticket"] },
];

/** Pieces of comments: words of every classifier, umlauts in both spellings, emoji with skin tone and ZWJ, broken surrogates. */
const PIECES = [
  "nicht", "gut", "kein", "Problem", "sehr", "super", "Na toll", "🙄", "😂", "👍🏽", "🤦‍♀️", "❤️", "!!!", "??", "?!", ".", ",", "„", "“", "\"",
  "Brand", "Brandschutzübung", "riecht nach Gas", "Baum", "umgefallen", "bewusstlos", "Unfall", "nach dem", "Idiot", "ihr seid alle",
  "du", "Arschbombe", "Aufmarsch", "Scheiß", "Mist", "Ratten", "ich bring dich um", "Zuwanderer", "klauen", "wer", "was für", "kann man",
  "Ist", "bitte", "nicht abgeholt", "schon wieder", "zu", "laut", "Müll", "Bus", "Deutschland Ticket", "Grüße", "GRÜSSE", "Gru\u0308ße",
  "İ", "ß", "ẞ", "\uD800", "\uDC00", "\u0308", "\n", " ", "  ", "-", "@stadt", "#Müll", "e\u0301", "ﬁ", "Σ",
];

const comment = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((pieces) => pieces.join(" ")),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((pieces) => pieces.join("")),
  fc.string({ unit: "grapheme", maxLength: 80 }),
  fc.string({ unit: "binary", maxLength: 80 }), // any code unit, lone surrogates included
);

function allEvidence(result: Triage): Evidence[] {
  return [
    ...result.sentiment.evidence,
    ...result.needsAnswer.evidence,
    ...(result.danger?.evidence ?? []),
    ...result.netiquette.evidence,
    ...result.topics.flatMap((topic) => topic.evidence),
  ];
}

describe("createTriage on any text", () => {
  it("never throws, keeps every piece of evidence inside the text and equal to its slice, and stays in range", () => {
    fc.assert(
      fc.property(comment, (text) => {
        const result = triage(text, pillars);
        for (const item of allEvidence(result)) {
          expect(Number.isInteger(item.start) && Number.isInteger(item.end)).toBe(true);
          expect(item.start).toBeGreaterThanOrEqual(0);
          expect(item.end).toBeGreaterThanOrEqual(item.start);
          expect(item.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(item.start, item.end)).toBe(item.text);
        }
        expect(Number.isFinite(result.sentiment.score)).toBe(true);
        expect(Math.abs(result.sentiment.score)).toBeLessThanOrEqual(1);
        expect(result.priority).toBeGreaterThanOrEqual(0);
        expect(result.priority).toBeLessThanOrEqual(100);
        expect([0, 1, 2, 3]).toContain(result.netiquette.severity);
        expect(result.netiquette.verdict === "ok").toBe(result.netiquette.severity === 0);
      }),
      { numRuns: 1500 },
    );
  });

  it("gives the same result for the same text, also from another instance and after other texts", () => {
    const other = createTriage();
    fc.assert(
      fc.property(comment, comment, (text, before) => {
        const first = triage(text, pillars);
        other(before, pillars);
        expect(other(text, pillars)).toEqual(first);
        expect(triage(text, pillars)).toEqual(first);
      }),
      { numRuns: 500 },
    );
  });

  it("labels the sentiment by its score", () => {
    fc.assert(
      fc.property(comment, (text) => {
        const { label, score } = triage(text).sentiment;
        if (label === "positive") expect(score).toBeGreaterThan(0);
        if (label === "negative") expect(score).toBeLessThan(0);
      }),
      { numRuns: 500 },
    );
  });
});
