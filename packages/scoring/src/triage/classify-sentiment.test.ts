import { describe, expect, it } from "vitest";
import { createTriage } from "./create-triage.js";

const triage = createTriage();
const sentimentOf = (text: string) => triage(text).sentiment;

describe("sentiment", () => {
  it.each([
    // plain words
    ["Das ist gut", "positive"],
    ["Danke für die Info!", "positive"],
    ["Eine Zumutung, diese Baustelle", "negative"],
    ["Die Sitzung ist am Dienstag um 19 Uhr", "neutral"],
    // negation, forward and backward
    ["nicht gut", "negative"],
    ["Das gefällt mir nicht", "negative"],
    ["nicht schlecht", "positive"],
    ["gar nicht so übel", "positive"],
    ["Schlecht ist das nicht", "positive"],
    // intensifiers
    ["Das ist sehr gut", "positive"],
    ["total unfreundlich am Telefon", "negative"],
    // irony, sarcasm, scare quotes
    ["Na toll, wieder mal super geplant 🙄", "negative"],
    ["Mal wieder nicht abgeholt. Super gemacht!", "negative"],
    ["Danke für den tollen „Service“", "negative"],
    ["Danke für nix.", "negative"],
    // emoji
    ["👍", "positive"],
    ["😡😡", "negative"],
    // greetings carry nothing
    ["Guten Tag, wann ist der Wertstoffhof offen? Liebe Grüße", "neutral"],
    // a question with a positive word is still a question; a wish is no praise
    ["Gibt es die Säcke kostenlos?", "neutral"],
    // profanity does not decide by itself
    ["Scheiße, war das ein geiles Konzert 😍", "positive"],
    ["Scheiße, schon wieder Stau", "negative"],
    // too much, too little; impatience
    ["Die Musik ist viel zu laut", "negative"],
    ["Wann ist endlich die Brücke fertig?", "negative"],
  ] as const)("%j is %s", (text, label) => {
    expect(sentimentOf(text).label).toBe(label);
  });

  it("scores negation of criticism milder than praise, and negated praise mildly negative", () => {
    expect(sentimentOf("nicht schlecht").score).toBeLessThan(sentimentOf("gut").score);
    expect(sentimentOf("nicht überragend").score).toBeGreaterThan(sentimentOf("schlecht").score);
    expect(sentimentOf("kein Problem").label).not.toBe("negative");
  });

  it("strengthens with intensifiers and exclamation marks, weakens with weakeners", () => {
    expect(sentimentOf("sehr gut").score).toBeGreaterThan(sentimentOf("gut").score);
    expect(sentimentOf("etwas gut").score).toBeLessThan(sentimentOf("gut").score);
    expect(sentimentOf("Super!!!").score).toBeGreaterThan(sentimentOf("Super.").score);
  });

  it("lets laughter dampen praise and the eye roll flip it", () => {
    expect(sentimentOf("Tolles Fest 😂").score).toBeLessThan(sentimentOf("Tolles Fest").score);
    expect(sentimentOf("Tolles Fest 🙄").label).toBe("negative");
  });

  it("counts emoji with skin tone and gender sign like the plain emoji", () => {
    expect(sentimentOf("👍🏽").score).toBe(sentimentOf("👍").score);
    expect(sentimentOf("Toll 🤦‍♀️").label).toBe("negative");
  });

  it("gives each valued word as evidence, with its value and what changed it", () => {
    const text = "Das ist nicht gut";
    const { evidence } = sentimentOf(text);
    expect(evidence).toEqual([{ start: 14, end: 17, text: "gut", label: "-0.40 negated" }]);
  });
});

describe("sentiment with a user's lexicon", () => {
  it("adds words to the built-in ones, and a user's value wins", () => {
    const own = createTriage({ sentimentWords: { Wimmelbild: 0.8, gut: -0.5 } });
    expect(own("Ein Wimmelbild").sentiment.label).toBe("positive");
    expect(own("gut").sentiment.label).toBe("negative");
    expect(own("toll").sentiment.label).toBe("positive");
  });

  it("replaces the built-in words where asked", () => {
    const only = createTriage({ sentimentWords: { prächtig: 0.7, "mies*": -0.7 }, replaceSentimentWords: true });
    expect(only("toll").sentiment.label).toBe("neutral");
    expect(only("Prächtig!").sentiment.label).toBe("positive");
    expect(only("Miesepeter").sentiment.label).toBe("negative");
  });

  it("refuses values outside −1 to +1, naming the word", () => {
    expect(() => createTriage({ sentimentWords: { super: 2 } })).toThrow(expect.objectContaining({ code: "CORE_INVALID_ARGUMENT", message: expect.stringContaining('"super"') }));
    expect(() => createTriage({ sentimentWords: { gut: Number.NaN } })).toThrow(expect.objectContaining({ code: "CORE_INVALID_ARGUMENT" }));
  });
});
