import { describe, expect, it } from "vitest";
import { describeBlindDangerSet } from "../test-support/blind-danger-set.js";
import { createTriage } from "./create-triage.js";
import { DANGER_BLIND_REPORTS_6 } from "./danger-blind-reports-6.js";

/*
 * The danger step on the sixth set of comments written without looking at
 * its lexicon (see danger-blind-reports-6.ts): ordinary colloquial German,
 * most dangers told indirectly. Before the lexicon and the classifier were
 * widened for them, the step found 129 of the 200 dangers (recall 0.645:
 * threat 14 missed, self-harm 14, gas 10, medical 9, tree 8, water 5,
 * infrastructure 5, fire 4, accident 2) and raised 10 false alarms on the
 * 60 look-alikes (a street named "Brandstraße", a crime series, a film, a
 * fee called "der reinste Überfall", "ertrunken in Arbeit", "mein Herz
 * blutet", a tree felled as planned).
 */

const triage = createTriage();
const dangerOf = (text: string) => triage(text).danger;

/** Dangers the step still misses: what only a reader who pictures the scene understands. */
const STILL_MISSED: ReadonlySet<string> = new Set([
  // An orange glow and half a roof gone, asked as a question.
  "Wieso ist an der alten Scheune vom Hof Brenner so ein orangener Schein? Von der Straße sieht es aus als wär das halbe Dach weg",
  // "nach Glas... Gas meine ich": the correction of a typo.
  "Hier in der Siedlung am Weiher stinkts nach Glas... Gas meine ich, blöde Autokorrektur. Schon der dritte Nachbar der rauskommt und schnüffelt. Wer ist zuständig??",
  // Low German throughout: "dat Water steiht all bi de Döör".
  "Dat Water steiht all bi de Döör, de Siel is dicht un dat hört nich op to regen",
  // Bitter thanks around a branch that fell: the thanks take the sentence out.
  "Danke an die Stadt, dass ihr die morsche Eiche am Kindergarten stehen lasst, eben ist der dicke Ast aufs Klettergerüst gefallen. Die Kinder waren zum Glück drin. Der Rest hängt noch oben.",
  // "ein letztes Mal an den See": also said before a holiday ends.
  "Mir wird das alles zu viel. Job weg, Wohnung weg, Frau weg. Ich fahr jetzt noch ein letztes Mal an den See.",
  // Standing at a level crossing with the train due: also how people wait at the barrier.
  "Sorry für den Post aber ich weiß nicht wohin. Ich steh am Bahnübergang und der nächste Zug kommt in 10 Minuten",
  // A will handed over and a hunting rifle at home, told calmly.
  "Mein Vater ist seit dem Tod meiner Mutter ganz anders, heute hat er mir sein Testament gegeben und gesagt, ich soll gut auf mich aufpassen, er hätte es dann ja hinter sich. Er hat ein Jagdgewehr im Haus",
]);

/**
 * Look-alikes the step raises. "bring ich dich um" ends its clause before the emoji and is read as a threat since the lists
 * know the verb before its subject ("Morgen bring ich dich um"); laughter never takes a threat back (a duty officer reads it).
 */
const STILL_ALARMED: ReadonlySet<string> = new Set(["Haha @Jana, wenn du nochmal mein Fahrrad ausleihst ohne zu fragen, bring ich dich um 😂 kuss"]);

describeBlindDangerSet({
  name: "blind set 6",
  reports: DANGER_BLIND_REPORTS_6,
  dangers: 200,
  lookAlikes: 60,
  stillMissed: STILL_MISSED,
  stillAlarmed: STILL_ALARMED,
  mostAlarms: 4,
  leastRightCategory: 0.8,
});

describe("the rules widened for the sixth set", () => {
  it.each([
    // Knowing a person's home, car or children.
    ["Man weiß ja, wo die Frau vom Ordnungsamt wohnt. Nur so als Info.", "threat"],
    ["Frau Bürgermeisterin, wir kennen Ihr Auto und Ihre Kinder.", "threat"],
    // A veiled threat in two sentences.
    ["Nicht dass da mal was passiert in der neuen Unterkunft. Wär ja schade, so ein Holzbau.", "threat"],
    // Farewells and giving up.
    ["Ich werd hier nicht mehr lange kommentieren. Macht's gut 🖤", "self-harm"],
    ["Wer will meinen Hund? Ich brauch ihn ab morgen nicht mehr.", "self-harm"],
    ["Er schreibt, dass er bald niemandem mehr zur Last fällt", "self-harm"],
    // Fumes, leaks and a gas appliance.
    ["Im Hallenbad riecht es stechend nach Chlor, mehrere Leute husten", "gas"],
    ["An der Baustelle zischt es so, der Bagger hat ein Rohr aufgerissen und es stinkt", "gas"],
    // A tree lying in the road, a branch in a windscreen.
    ["Mitten auf der Straße nach Hohenfeld liegt ein Baum", "tree"],
    // Bitter thanks do not take out what "leider" adds.
    ["Danke für die schöne Beleuchtung, leider brennt jetzt der Tannenbaum lichterloh", "fire"],
    // Signs of the body.
    ["Mein Mann redet nur noch halbe Sätze und kann den rechten Arm nicht heben", "medical"],
    ["Vor der Disco liegt ein Mädel und wird nicht wach", "medical"],
  ] as const)("%j reports %s", (text, category) => {
    expect(dangerOf(text)?.category).toBe(category);
  });

  it.each([
    "Die Bauarbeiten in der Brandstraße nerven ohne Ende",
    "Warum sind die Gebühren schon wieder gestiegen? Das ist ja der reinste Überfall!",
    "Ich bin total ertrunken in Arbeit diese Woche",
    "Mein Herz blutet, wenn ich sehe, dass die alte Schule abgerissen wird",
    "Endlich wurde die morsche Eiche am Friedhof fachgerecht gefällt",
    "In der Serie gestern ist die ganze Brücke eingestürzt",
    "Unsere Heizung riecht beim ersten Anschalten immer nach Staub, ist das normal?",
    "Von 8 bis 14 Uhr ist das Gas abgestellt, nur zur Info",
  ])("%j reports no danger", (text) => {
    expect(dangerOf(text)).toBeUndefined();
  });
});
