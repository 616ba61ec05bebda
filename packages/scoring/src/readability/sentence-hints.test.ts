import { describe, expect, it } from "vitest";
import { KommuneError } from "@kommune-sm/core";
import { FUNCTION_VERB_CONSTRUCTIONS, FUNCTION_VERB_FORMS } from "./function-verb-constructions.js";
import { loadGermanSyllables } from "./german-syllables.js";
import { sentenceHints, type FunctionVerbHint, type SentenceHint, type SentenceHintOptions } from "./sentence-hints.js";

const syllables = await loadGermanSyllables();

const kinds = (text: string, options?: SentenceHintOptions) => sentenceHints(text, syllables, options).map((hint) => hint.kind);
const spans = (text: string, hints: readonly SentenceHint[]) => hints.map((hint) => text.slice(hint.start, hint.end));

describe("sentenceHints: long sentences", () => {
  const long =
    "Am Samstag laden wir alle Bürgerinnen und Bürger herzlich ein, mit uns gemeinsam den neuen Spielplatz im Park an der Lindenallee mit Musik und Kuchen zu feiern.";

  it("marks a sentence of more than 20 words, with its word count", () => {
    const text = `Kurz und gut. ${long}`;
    const hints = sentenceHints(text, syllables).filter((hint) => hint.kind === "long-sentence");
    expect(hints).toEqual([{ kind: "long-sentence", start: 14, end: text.length, sentenceIndex: 1, values: { words: 27, maxWords: 20 } }]);
  });

  it("takes the limit from the options", () => {
    expect(kinds("Das sind genau fünf Wörter.", { maxSentenceWords: 4 })).toEqual(["long-sentence"]);
    expect(kinds("Das sind genau fünf Wörter.", { maxSentenceWords: 5 })).toEqual([]);
  });
});

describe("sentenceHints: long words", () => {
  it("marks a word of more than 5 syllables with its syllables, for a spelling with hyphens", () => {
    const text = "Bitte zum Einwohnermeldeamt gehen.";
    expect(sentenceHints(text, syllables)).toEqual([
      {
        kind: "long-word",
        start: 10,
        end: 27,
        sentenceIndex: 0,
        values: { syllables: 6, letters: 17 },
        syllables: ["Ein", "woh", "ner", "mel", "de", "amt"],
      },
    ]);
  });

  it("marks a word of more than 20 letters even with few syllables", () => {
    const hints = sentenceHints("Die Grundstücksverkehrsgenehmigung liegt vor.", syllables);
    expect(hints.map((hint) => [hint.kind, hint.values])).toEqual([["long-word", { syllables: 8, letters: 30 }]]);
    // Schiff-fahrts-schleu-sen: 4 syllables, 21 letters.
    const fewSyllables = sentenceHints("Die Schifffahrtsschleusen sind offen.", syllables);
    expect(fewSyllables).toMatchObject([{ kind: "long-word", values: { syllables: 4, letters: 21 } }]);
  });

  it("leaves a word of 5 syllables alone, and a compound split by hyphens", () => {
    expect(kinds("Der Abfallkalender ist da.")).toEqual([]);
    expect(kinds("Bitte zum Einwohner-Melde-Amt gehen.")).toEqual([]);
  });

  it("marks only the long part of a compound written with hyphens", () => {
    const text = "Das Sankt-Martins-Einwohnermeldeamtsfest beginnt.";
    const hints = sentenceHints(text, syllables);
    expect(spans(text, hints)).toEqual(["Einwohnermeldeamtsfest"]);
    expect(hints[0]).toMatchObject({ values: { syllables: 7 } });
  });

  it("takes the limits from the options", () => {
    expect(kinds("Der Abfallkalender ist da.", { maxWordSyllables: 4 })).toEqual(["long-word"]);
    expect(kinds("Der Abfallkalender ist da.", { maxWordLetters: 10 })).toEqual(["long-word"]);
  });
});

describe("sentenceHints: nominal style", () => {
  it("marks a sentence in which abstract nouns make up a high share", () => {
    const text = "Die Durchführung der Veranstaltung erfolgt unter Berücksichtigung der Sicherheitsbestimmungen.";
    const hint = sentenceHints(text, syllables).find((found) => found.kind === "nominal-style");
    expect(hint).toEqual({
      kind: "nominal-style",
      start: 0,
      end: text.length,
      sentenceIndex: 0,
      values: { nominalWords: 4, words: 9, share: 4 / 9 },
    });
  });

  it.each([
    "Die Straße ist ab Montag gesperrt.",
    "Ihre Meinung ist uns wichtig.",
    "Wir freuen uns auf Ihren Besuch im neuen Rathaus.",
    "Die Sanierung der Schule beginnt im Juni und dauert bis zum Herbst.",
  ])("leaves a plain sentence alone: %j", (text) => {
    expect(kinds(text)).not.toContain("nominal-style");
  });

  it.each([
    ["Die Regel kommt ab Montag zur Anwendung.", "kommt ab Montag zur Anwendung", "zur-anwendung-kommen", "anwenden"],
    ["Wir werden Sie rechtzeitig in Kenntnis setzen.", "in Kenntnis setzen", "in-kenntnis-setzen", "informieren"],
    ["Die Formulare stehen online zur Verfügung.", "stehen online zur Verfügung", "zur-verfuegung-stehen", "bereitstehen"],
    ["Wir stellen Ihnen Säcke zur Verfügung.", "stellen Ihnen Säcke zur Verfügung", "zur-verfuegung-stellen", "bereitstellen"],
    ["Ihre Hinweise werden Berücksichtigung finden.", "Berücksichtigung finden", "beruecksichtigung-finden", "berücksichtigen"],
    ["Der Rat hat eine Entscheidung getroffen.", "Entscheidung getroffen", "eine-entscheidung-treffen", "entscheiden"],
    ["Die Prüfung nimmt das Amt im Mai vor.", "Prüfung nimmt", "eine-pruefung-vornehmen", "prüfen"],
    ["Die Satzung tritt am 1. Juli in Kraft.", "tritt am 1. Juli in Kraft", "in-kraft-treten", "gelten"],
    ["ZUR ANWENDUNG KOMMT DIE NEUE REGEL.", "ZUR ANWENDUNG KOMMT", "zur-anwendung-kommen", "anwenden"],
  ] as const)("marks the Funktionsverbgefüge in %j with its plain verb", (text, span, id, plain) => {
    const hints = sentenceHints(text, syllables).filter((hint): hint is FunctionVerbHint => hint.kind === "nominal-style" && hint.construction !== undefined);
    expect(hints).toHaveLength(1);
    expect(text.slice(hints[0]!.start, hints[0]!.end)).toBe(span);
    expect(hints[0]!.construction).toEqual({ id, plain });
  });

  it("needs the verb in the same sentence, written as a verb", () => {
    expect(kinds("Die Regel gilt zur Anwendung. Sie kommt morgen.")).not.toContain("nominal-style");
    expect(kinds("Die offenen Stellen stehen im Antrag.")).not.toContain("nominal-style");
  });

  it("keeps its list of Funktionsverbgefüge well formed", () => {
    const ids = new Set<string>();
    for (const construction of FUNCTION_VERB_CONSTRUCTIONS) {
      expect(ids.has(construction.id), construction.id).toBe(false);
      ids.add(construction.id);
      expect(construction.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(FUNCTION_VERB_FORMS[construction.verb], construction.id).toBeDefined();
      expect(construction.plain.length, construction.id).toBeGreaterThan(2);
      for (const word of construction.phrase) expect(word, construction.id).toBe(word.toLowerCase());
    }
  });
});

describe("sentenceHints: all together", () => {
  it("gives no hints for plain short sentences", () => {
    expect(sentenceHints("Heute ist Markt. Kommt vorbei! Es gibt Obst und Gemüse. 🍎 #Musterstadt", syllables)).toEqual([]);
  });

  it("sorts hints by position, a longer span first, and links each to its sentence", () => {
    const text =
      "Die Durchführung der Veranstaltung wird unter Berücksichtigung der Sicherheitsbestimmungen vorgenommen. Bitte zum Einwohnermeldeamt kommen.";
    const hints = sentenceHints(text, syllables);
    expect(hints.map((hint) => [hint.kind, text.slice(hint.start, hint.end), hint.sentenceIndex])).toEqual([
      ["nominal-style", text.slice(0, text.indexOf(".") + 1), 0],
      ["passive", "wird unter Berücksichtigung der Sicherheitsbestimmungen vorgenommen", 0],
      ["long-word", "Sicherheitsbestimmungen", 0],
      ["long-word", "Einwohnermeldeamt", 1],
    ]);
  });

  it.each([
    [{ maxSentenceWords: -1 }, /options\.maxSentenceWords must be a whole number ≥ 0, got -1/],
    [{ maxWordSyllables: 2.5 }, /options\.maxWordSyllables must be a whole number ≥ 0, got 2\.5/],
    [{ maxWordLetters: Number.NaN }, /options\.maxWordLetters must be a whole number ≥ 0, got NaN/],
    [{ minNominalWords: "2" }, /options\.minNominalWords must be a whole number ≥ 0, got 2/],
    [{ nominalShare: 1.5 }, /options\.nominalShare must be a number from 0 to 1, got 1\.5/],
  ])("refuses the option %j, naming it", (options, message) => {
    expect(() => sentenceHints("Hallo.", syllables, options as SentenceHintOptions)).toThrow(message);
    try {
      sentenceHints("Hallo.", syllables, options as SentenceHintOptions);
    } catch (error) {
      expect(KommuneError.isInstance(error, "SCORING_INVALID_ARGUMENT")).toBe(true);
    }
  });

  it("refuses a text that is not a string", () => {
    expect(() => sentenceHints(5 as unknown as string, syllables)).toThrow(/sentenceHints: text must be a string, got number/);
  });
});
