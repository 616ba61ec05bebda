import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HOSTILE_LENGTH, randomText, repeat } from "../test-support/hostile-text.js";
import { createTriage } from "./create-triage.js";

const triage = createTriage();

/** Pieces of comments for the needs-answer rules: openings, clitics, wishes, imperatives, tags, things and their states, self-answers, mentions. */
const PIECES = [
  "wann", "wo", "wie", "wie lange", "was", "wer", "warum", "welche", "ab wann", "kann man", "gibt's", "Gibt’s", "geht's noch", "'s", "'",
  "Ist", "ist", "Läuft", "die", "der", "Anmeldung", "man", "ich", "du", "nicht", "nix", "kein", "super", "toll", "schön", "gewesen",
  "wäre", "Wäre schön, wenn", "Macht doch mal", "Stellt", "mal", "doch", "bitte", "Bitte", "danke", "Danke", "gern geschehen",
  "Laterne", "aus", "Tonne", "voll", "voller", "Müll", "Loch", "Radweg", "fällt", "warte", "schon", "seit", "3", "Wochen", "abgeholt",
  "niemand", "gemeldet", "oder", "gell", "Frage", ":", "Fehlanzeige", "jemand", "gefunden", "@", "Anna", "guck", "Hallo", "und",
  "?", "!", "?!", ".", ",", "\n", "😂", "👍", "😍", " ", "  ", "-", "ä", "Gru\u0308ße", "\uD800",
];

const comment = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((pieces) => pieces.join(" ")),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((pieces) => pieces.join("")),
  fc.string({ unit: "grapheme", maxLength: 80 }),
);

describe("needs an answer on any text", () => {
  it("keeps its evidence inside the text and equal to its slice, and answers only with a reason", () => {
    fc.assert(
      fc.property(comment, (text) => {
        const { needsAnswer, reasons, evidence } = triage(text).needsAnswer;
        for (const item of evidence) {
          expect(item.start).toBeGreaterThanOrEqual(0);
          expect(item.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(item.start, item.end)).toBe(item.text);
        }
        if (needsAnswer) expect(reasons.length).toBeGreaterThan(0);
        expect(new Set(reasons).size).toBe(reasons.length);
      }),
      { numRuns: 1500 },
    );
  });

  it("answers a plain question on a line of its own, whatever stands before it, unless the comment is hate or a threat", () => {
    fc.assert(
      fc.property(comment, fc.constantFrom("Wann öffnet das Freibad?", "Kann man dort parken?", "Ist der Wertstoffhof samstags offen?"), (before, question) => {
        const result = triage(`${before}\n${question}`);
        const verdict = result.netiquette.verdict;
        if (verdict !== "hate" && verdict !== "threat") expect(result.needsAnswer.needsAnswer).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

// Inputs built to make a careless rule quadratic: long sentences full of the words the rules look back or ahead from.
const HOSTILE: readonly [string, string][] = [
  ["clitics", repeat("Gibt's ")],
  ["apostrophes without a clitic", repeat("gibt' ")],
  ["question words in one sentence", repeat("wann wo wie ")],
  ["question words after lead-ins", repeat("und und und wo ")],
  ["question words after commas", repeat(", wo ")],
  ["verbs first after commas", repeat("Ist es, ")],
  ["wishes", repeat("wäre schön ")],
  ["wishes looking back", repeat("wäre schön gewesen ")],
  ["imperatives", repeat("Macht doch mal ")],
  ["waiting", repeat("warte ")],
  ["service words and negators", repeat("nicht abgeholt gemeldet ")],
  ["things and states", repeat("Laterne Tonne aus voll ")],
  ["lost and found in one sentence", repeat("jemand gefunden ")],
  ["mentions", repeat("@anna du ")],
  ["self-answers", repeat("? Fehlanzeige ")],
  ["question tags", repeat("oder, ")],
  ["emoji between the words", repeat("wäre 😂😂😂 schön ")],
  ["mixed", randomText(["wann ", "wo ", "Ist ", "man ", "'s", "wäre ", "schön ", "mal ", "Macht ", "Laterne ", "aus ", "warte ", "schon ", ", ", "? ", "\n", "😂", "jemand ", "gefunden ", "@", "du "], 11)],
];

describe("needs an answer on hostile input", () => {
  it.each(HOSTILE)("reads 100,000 characters of %s in well under a second", (_name, text) => {
    expect(text.length).toBe(HOSTILE_LENGTH);
    triage(text.slice(0, 1000)); // warm up the engine
    const started = performance.now();
    triage(text);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
