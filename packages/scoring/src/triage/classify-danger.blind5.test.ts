import { describe, expect, it } from "vitest";
import { describeBlindDangerSet } from "../test-support/blind-danger-set.js";
import { createTriage } from "./create-triage.js";
import { DANGER_BLIND_REPORTS_5 } from "./danger-blind-reports-5.js";

/*
 * The danger step on the fifth set of comments written without looking at
 * its lexicon (see danger-blind-reports-5.ts). Before the lexicon and the
 * classifier were widened for them, the step found 141 of the 200 dangers
 * (recall 0.705: threat 17 missed, water 10, self-harm 9, medical 8,
 * infrastructure 5, accident 4, gas 3, tree 2, fire 1; many in Swiss
 * German and Cologne dialect) and raised 13 false alarms on the 60
 * look-alikes (games, a band's name, crime novels, hyperbole, a crashed
 * laptop, news from abroad, thanks after an illness).
 */

const triage = createTriage();
const dangerOf = (text: string) => triage(text).danger;

/** Dangers the step still misses: whole sentences of dialect, and farewells that name nothing. */
const STILL_MISSED: ReadonlySet<string> = new Set([
  // Cologne throughout: "en et Wasser jefalle, dä kütt nit mieh erop".
  "Dä Pänz is beim Spille am Weiher en et Wasser jefalle, dä kütt nit mieh erop",
  // Swiss German: "denn chunnt er nöd meh ganz hei" (then he won't get home in one piece).
  "Säged em Gmeindspräsident, wenn er mis Gsuech nomal ablehnt, denn chunnt er nöd meh ganz hei",
  // Swiss German: "all sini Tablette gno … er antwortet nüm", about a friend ("Gschpänli") no list knows.
  "Mis Gschpänli schribt mir grad, er heig all sini Tablette gno und well eifach nume schlofe, er antwortet nüm",
  // Cologne: "nit mieh wigger maache well" (does not want to go on).
  "Ming Fründin hät jesaat, dat se hück Naach nit mieh wigger maache well, se sitz jetz allein am Ufer",
  // A farewell that names no means: "alles zurechtgelegt, damit es heute Nacht endlich ruhig wird".
  "Ich glaub, ich bin einfach zu müde für alles. Hab mir gerade alles zurechtgelegt, damit es heute Nacht endlich ruhig wird. Macht euch keine Gedanken.",
  // Swiss German: "d'Barriere gönd nüm abe" (the barriers no longer come down).
  "Bi de Bahnüberfahrt Mattenweg gönd d'Barriere nüm abe, de Zug isch grad düre und d'Auto fahred eifach über d'Gleis",
  // Cologne: "Vun d'r Fassad … fallen Steinplaate op d'r Bürjersteich".
  "Vun d'r Fassad vum Hochhus fallen Steinplaate op d'r Bürjersteich, un do loufe de Lück drunger her",
]);

/** Look-alikes that still raise an alarm: a crowd that "burned", a traffic light's night mode, a threat with a wink. */
const STILL_ALARMED: ReadonlySet<string> = new Set([
  "Boah, dat Spiel gestern, da hat dat Publikum gebrannt, dat Stadion is explodiert!",
  "Wow, die Ampel am Kreisel blinkt schon wieder gelb... nachts um drei, wie jede Nacht. Skandal 🙄",
  // A duty officer may well want to see this one.
  "Ich bring dich um, wenn du mir wieder den letzten Parkplatz wegschnappst – Grüße an meinen Bruder, der das hier garantiert liest 😜",
]);

describeBlindDangerSet({
  name: "blind set 5",
  reports: DANGER_BLIND_REPORTS_5,
  dangers: 200,
  lookAlikes: 60,
  stillMissed: STILL_MISSED,
  stillAlarmed: STILL_ALARMED,
  mostAlarms: 4,
  leastRightCategory: 0.8,
});

describe("the rules widened for the fifth set", () => {
  it.each([
    // Knowing where someone lives.
    ["Wenn der vom Bauamt nochmal so kommt, ich weiß wo der wohnt", "threat"],
    // Idioms of reprisal.
    ["Dann kann er sich warm anziehen, der Herr vom Ordnungsamt", "threat"],
    ["Ihr habt es nicht anders gewollt, Freitag ist es soweit", "threat"],
    ["Wäre schade, wenn da mal was passiert, so ein schönes Haus", "threat"],
    // Reported threats.
    ["Ihr Ex steht vor der Tür und brüllt, dass er sie heute umbringt", "threat"],
    ["Ich besitze eine Waffe und werde Sie in Ihrer Sprechstunde aufsuchen", "threat"],
    // A joke taken back.
    ["Haha ja klar, ich spring heut von der Brücke. Nein im Ernst, ich steh grad hier oben.", "self-harm"],
    ["Er hat keinen Bock mehr auf das Leben und ist nicht mehr erreichbar", "self-harm"],
    // Signs of the body.
    ["Vor dem Supermarkt liegt ein junger Mann, die Lippen blau", "medical"],
    ["Mein Vater hat Schmerzen in der Brust und im linken Arm", "medical"],
    ["Fahrer liegt noch auf der Straße", "medical"],
    // Water.
    ["PERSON IM KANAL TREIBT RICHTUNG WEHR", "water"],
    ["Bei uns im Keller steht das Wasser knietief", "water"],
    // Dialect read as written German: "lit uf de Strass und rüert sich chuum".
    ["Der Velofahrer lit uf de Strass und rüert sich chuum", "medical"],
  ] as const)("%j reports %s", (text, category) => {
    expect(dangerOf(text)?.category).toBe(category);
  });

  it.each([
    "Ich könnte mich erschießen, schon wieder den Termin verpasst",
    "Ich krieg einen Herzinfarkt, wenn ich die neuen Parkgebühren sehe",
    "Mein Laptop ist gecrasht, kann man im Bürgerbüro drucken?",
    "Welche Nummer muss ich anrufen, wenn Notfall ist, 110 oder 112?",
    "Im neuen Krimi bedroht ein Mann den Bürgermeister",
    "Ich möchte mich bei den Sanitätern bedanken, die meinen Mann nach seinem Herzinfarkt versorgt haben",
    "Ich hatte in der Prüfung einen totalen Blackout",
    "Mein Vater treibt viel Sport",
  ])("%j reports no danger", (text) => {
    expect(dangerOf(text)).toBeUndefined();
  });
});
