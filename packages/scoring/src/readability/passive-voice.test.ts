import { describe, expect, it } from "vitest";
import { loadGermanSyllables } from "./german-syllables.js";
import { looksLikeParticiple } from "./participles.js";
import { sentenceHints, type PassiveHint } from "./sentence-hints.js";

const syllables = await loadGermanSyllables();

/** The passives of `text` as "auxiliary … participle" pairs of words. */
function passives(text: string): string[] {
  return sentenceHints(text, syllables)
    .filter((hint): hint is PassiveHint => hint.kind === "passive")
    .map(({ values }) => `${text.slice(values.auxiliaryStart, values.auxiliaryEnd)} ${text.slice(values.participleStart, values.participleEnd)}`);
}

describe("passive voice", () => {
  it.each([
    ["Die Straße wird ab Montag gesperrt.", "wird gesperrt"],
    ["Der Haushalt wurde gestern beschlossen.", "wurde beschlossen"],
    ["Der Ausweis muss rechtzeitig beantragt werden.", "werden beantragt"],
    ["Die Sitzung wird verschoben.", "wird verschoben"],
    ["Der Müll wird am Freitag abgeholt.", "wird abgeholt"],
    ["Alle Haushalte werden informiert.", "werden informiert"],
    ["Sie werden gebeten, die Unterlagen mitzubringen.", "werden gebeten"],
    ["Es wird empfohlen, Wasser abzukochen.", "wird empfohlen"],
    ["Der Termin wurde abgesagt.", "wurde abgesagt"],
    ["Der Bürgerpreis wird im Mai vergeben.", "wird vergeben"],
    ["Die Halle ist saniert worden.", "worden saniert"],
    ["Die Ergebnisse werden morgen bekannt gegeben.", "werden gegeben"],
    ["Das Angebot wird von vielen anerkannt.", "wird anerkannt"],
    ["Die Brücke wird wieder aufgebaut.", "wird aufgebaut"],
    ["Gesperrt wird die Straße ab Montag.", "wird Gesperrt"],
    ["Wird die Straße gesperrt?", "Wird gesperrt"],
    ["Wir bleiben zu Hause, weil die Straße gesperrt wird.", "wird gesperrt"],
    ["Die Straße wird gesperrt von 8 bis 16 Uhr.", "wird gesperrt"],
    ["Es wird getan, was getan werden muss.", "wird getan"],
    ["DIE STRASSE WIRD GESPERRT.", "WIRD GESPERRT"],
    ["Die Kita würde gern erweitert werden.", "werden erweitert"],
  ] as const)("finds the passive in %j", (text, expected) => {
    expect(passives(text)).toContain(expected);
  });

  it("finds each passive of a sentence with two", () => {
    expect(passives("Die Straße wird gesperrt und der Verkehr wird umgeleitet.")).toEqual(["wird gesperrt", "wird umgeleitet"]);
  });

  it.each([
    ["future tense", "Morgen wird es regnen."],
    ["future tense with an adverb", "Es wird bestimmt regnen."],
    ["future tense", "Er wird kommen."],
    ["future tense of a verb with a prefix", "Die Stadt wird die Sitzung verschieben."],
    ["future tense of a verb with a prefix", "Wir werden Sie informieren."],
    ["future tense of a verb whose participle looks the same", "Sie werden bald Post erhalten."],
    ["werden with an adjective", "Das wird schön."],
    ["werden with an adjective", "Es wird kalt."],
    ["werden with a noun", "Sie wird Bürgermeisterin."],
    ["werden with a number", "Die Kita wird 50 Jahre alt."],
    ["a capitalised noun at the end", "Es wird Zeit."],
    ["perfect tense of werden", "Es ist kalt geworden."],
    ["a participle in another clause", "Die Stadt wird handeln, die Straße ist gesperrt."],
    ["no form of werden", "Die Straße ist ab Montag gesperrt."],
    ["werden as a noun", "Das Werden der Stadt ist beschrieben."],
  ] as const)("finds no passive in %s: %j", (_what, text) => {
    expect(passives(text)).toEqual([]);
  });

  it("marks the span from the form of werden to the participle", () => {
    const text = "Die Straße wird ab Montag gesperrt.";
    const [hint] = sentenceHints(text, syllables);
    expect(hint).toEqual({
      kind: "passive",
      start: 11,
      end: 34,
      sentenceIndex: 0,
      values: { auxiliaryStart: 11, auxiliaryEnd: 15, participleStart: 26, participleEnd: 34 },
    });
    expect(text.slice(hint!.start, hint!.end)).toBe("wird ab Montag gesperrt");
  });
});

describe("looksLikeParticiple", () => {
  it.each([
    "gesperrt", "gebaut", "geschlossen", "gebeten", "getan", "beantragt", "verschoben", "entschieden", "empfohlen", "zerstört",
    "missachtet", "informiert", "saniert", "abgesagt", "freigegeben", "angekündigt", "anerkannt", "vorbereitet",
    "wiederaufgebaut", "zurückgestellt", "übernommen", "unterstützt", "genehmigt", "gestaltet",
  ])("takes %s for a participle", (word) => {
    expect(looksLikeParticiple(word)).toBe(true);
  });

  it.each([
    "regnen", "kommen", "verschieben", "beantragen", "informieren", "schön", "bereit", "bekannt", "erst", "gestern", "gegen",
    "genehmigen", "gestalten", "gehen", "geben", "abgeben", "ausgehen", "erhalten", "bekommen", "verlassen", "umsonst", "überhaupt",
    "jetzt", "zunächst", "zuletzt", "bürger",
  ])("does not take %s for a participle", (word) => {
    expect(looksLikeParticiple(word)).toBe(false);
  });
});
