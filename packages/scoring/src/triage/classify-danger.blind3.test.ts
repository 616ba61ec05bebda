import { describe, expect, it } from "vitest";
import { describeBlindDangerSet } from "../test-support/blind-danger-set.js";
import { createTriage } from "./create-triage.js";
import { DANGER_BLIND_REPORTS_3 } from "./danger-blind-reports-3.js";

/*
 * The danger step on the third set of comments written without looking at
 * its lexicon (see danger-blind-reports-3.ts). Before the lexicon and the
 * classifier were widened for them, the step found 142 of the 260 dangers
 * (recall 0.55: self-harm 27 missed, threat 24, medical 15, infrastructure
 * 13, accident 11, tree 11, water 9, gas 6, fire 2) and raised 16 false
 * alarms on the 90 look-alikes (past events, hypotheticals, figures of
 * speech, names, history, fiction).
 */

const triage = createTriage();
const dangerOf = (text: string) => triage(text).danger;

/** Dangers the step still misses: indirect hints that no general rule of the lexicon reads without raising false alarms. */
const STILL_MISSED: ReadonlySet<string> = new Set([
  // A motorbike across the road and its rider "two metres further, without a helmet": nothing says fallen or hurt.
  "Wollte nur Brötchen holen. Vor der Bäckerei am Anger steht jetzt ein Motorrad quer und der Fahrer liegt zwei Meter weiter ohne Helm. Leute stehen nur rum und filmen.",
  // "über d'Straß ghaut": the apostrophe cuts the article from its noun, and "ghaut" is no participle the lists derive.
  "Do hod's an Baam über d'Straß ghaut, Richtung Waldkirchen, do kimmt koana mehr durch und es is stockfinster",
  // Swabian throughout: "hau i dem oine, dass er nemme aufstoht".
  "I schwör, wenn dr Hausmeischter vo dr Schul mi no oimol ausm Hof schmeißt, no hau i dem oine, dass er nemme aufstoht",
  // Revenge told without a verb of violence: "jetzt nehm ich mir was von denen … die am Schalter 3 zuerst".
  "Die vom Sozialamt haben mir alles genommen, jetzt nehm ich mir was von denen. Die mit den roten Haaren am Schalter 3 zuerst.",
  // A gesture, not a word: "hat dabei auf seine Jackentasche geklopft".
  "Beim Elternabend hat ein Vater gesagt, er bringt nächstes Mal was mit, damit die Schulleitung endlich zuhört, und hat dabei auf seine Jackentasche geklopft.",
  // A question about a car park's height, told as one's own only by "Frage für mich".
  "Kann mir einer sagen, wie hoch das Parkhaus am Bahnhof ist? Ganz oben, meine ich. Frage für mich.",
  // The "lol" at the end reads as a joke, which takes self-harm out.
  "ich hab mir den balkon im 9. stock nochmal genau angeguckt. das geländer ist ja gar nicht so hoch. lol",
  // Told by what she did: a key given away, "schlafen" in quotes, empty pill boxes.
  "Die alte Dame von nebenan hat mir ihren Wohnungsschlüssel gegeben und gesagt, ich soll morgen nach ihr schauen, sie wird dann 'schlafen'. Dabei hat sie so komisch gelächelt, und vorher hat sie ganz viele leere Tablettenschachteln in den Müll getragen.",
]);

/** Look-alikes that still raise an alarm: a figure of speech that is also how a real fire is told, and pruning told with its reason. */
const STILL_ALARMED: ReadonlySet<string> = new Set([
  "Baumpflegearbeiten im Kurpark ab Montag, Wege teilweise gesperrt. Gut, dass die morschen Äste jetzt endlich wegkommen.",
  "Der Stadtrat ist doch eh ein brennendes Haus, die kriegen gar nix gebacken",
]);

describeBlindDangerSet({
  name: "blind set 3",
  reports: DANGER_BLIND_REPORTS_3,
  dangers: 260,
  lookAlikes: 90,
  stillMissed: STILL_MISSED,
  stillAlarmed: STILL_ALARMED,
  mostAlarms: 4,
  leastRightCategory: 0.85,
});

describe("the rules widened for the third set", () => {
  it.each([
    // A person named in one sentence, a state only a person is in in the next.
    ["Auf der Parkbank schläft ein Mann seit gestern. Hab ihn angesprochen, er zuckt nur.", "medical"],
    // A negator before "und" belongs to the verb before it.
    ["Ein Radler ist gestürzt, der redet nicht mehr und blutet aus der Nase", "medical"],
    // A clitic "'s" read as "es".
    ["Am Montag bin ich im Ordnungsamt, und dann knallt's.", "threat"],
    // A dialect word with a spoken ending after "sch": "Gasflaschn" as "Gasflaschen".
    ["Am Stellplatz steht a Gasflaschn offn", "gas"],
  ] as const)("%j reports %s", (text, category) => {
    expect(dangerOf(text)?.category).toBe(category);
  });

  it.each([
    // A cost that "explodes" is a figure of speech.
    "Die Nebenkosten sind dieses Jahr explodiert, wer soll das zahlen?",
    // A year after a danger word dates it.
    "Die Ausstellung über das Hochwasser von 1784 ist sehenswert.",
    // Two sentences apart is too far for a state that things can be in too.
    "Die Linde am Markt ist so schön. Sie hängt voller Blüten.",
  ])("%j reports no danger", (text) => {
    expect(dangerOf(text)).toBeUndefined();
  });
});
