import { describe, expect, it } from "vitest";
import { describeBlindDangerSet } from "../test-support/blind-danger-set.js";
import { createTriage } from "./create-triage.js";
import { DANGER_BLIND_REPORTS_4 } from "./danger-blind-reports-4.js";

/*
 * The danger step on the fourth set of comments written without looking at
 * its lexicon (see danger-blind-reports-4.ts). Before the lexicon and the
 * classifier were widened for them, the step found 145 of the 200 dangers
 * (recall 0.725: self-harm 12 missed, threat 11, accident 7,
 * infrastructure 7, gas 6, water 5, fire 2, tree 2, medical 3) and raised
 * 17 false alarms on the 60 look-alikes (incidents over, drills, news from
 * another town, fiction and games, hobbies, figures of speech, names of
 * pubs).
 */

const triage = createTriage();
const dangerOf = (text: string) => triage(text).danger;

/** Dangers the step still misses. */
const STILL_MISSED: ReadonlySet<string> = new Set<string>([]);

/** Look-alikes that still raise an alarm: a temper that "explodes", a barbecue, a small spill, an ambulance explained in the next sentence. */
const STILL_ALARMED: ReadonlySet<string> = new Set([
  "Mein Chef ist heute wieder explodiert, der Mann ist eine tickende Zeitbombe 😂",
  "Grillen im Stadtpark erlaubt? Wir wollen Samstag mit 10 Leuten Würstchen aufs Feuer schmeißen",
  "Mein Wasserkocher ist kaputt gegangen und hat die ganze Arbeitsplatte unter Wasser gesetzt, naja, Lappen drauf und fertig.",
  "wieso steht am rathaus ein krankenwagen? ach ok blutspendeaktion, hab das plakat jetzt gesehen",
]);

describeBlindDangerSet({
  name: "blind set 4",
  reports: DANGER_BLIND_REPORTS_4,
  dangers: 200,
  lookAlikes: 60,
  stillMissed: STILL_MISSED,
  stillAlarmed: STILL_ALARMED,
  mostAlarms: 4,
  leastRightCategory: 0.9,
});

describe("the rules widened for the fourth set", () => {
  it.each([
    // Bitter thanks do not take a danger out: "danke für nichts".
    ["Mir reicht's, ich kann nicht mehr, heute Nacht ist Schluss, danke für nichts", "self-harm"],
    // A smell with headaches is gas, whatever the smell is like.
    ["Im Treppenhaus riecht es komisch und meine Tochter hat Kopfschmerzen", "gas"],
    // A hissing bottle or meter without the word "Gas".
    ["Der Zähler im Keller zischt ganz laut", "gas"],
    // A place to jump from and the announcement, told by a witness.
    ["Am Wehr steht ein Junge auf der Mauer und hat gesagt, er springt", "self-harm"],
    // A warning tied to the writer's own coming.
    ["Ihr werdet schon sehen, was passiert, wenn ich morgen ins Rathaus komme", "threat"],
  ] as const)("%j reports %s", (text, category) => {
    expect(dangerOf(text)?.category).toBe(category);
  });

  it.each([
    // A week past is over.
    "Der Unfall letzte Woche an der Ampel hat mich sehr erschreckt.",
    // News from elsewhere.
    "Laut Zeitung hat es in Köln gestern einen Großbrand gegeben.",
    // Practice.
    "Die Feuerwehr übt am Samstag an der Schule, da wird ein Brand gespielt.",
    // Back to normal.
    "Heute früh kurz Stromausfall, jetzt läuft wieder alles.",
    // Figures of speech and names.
    "Der Himmel brennt heute Abend, was für ein Sonnenuntergang!",
    "Treffen wir uns im Zur Brennenden Kerze?",
  ])("%j reports no danger", (text) => {
    expect(dangerOf(text)).toBeUndefined();
  });
});
