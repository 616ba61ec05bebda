import { describe, expect, it } from "vitest";
import { describeBlindDangerSet } from "../test-support/blind-danger-set.js";
import { createTriage } from "./create-triage.js";
import { DANGER_BLIND_REPORTS_7 } from "./danger-blind-reports-7.js";

/*
 * The danger step on the seventh set of comments written without looking
 * at its lexicon (see danger-blind-reports-7.ts): many voices (a nurse, a
 * bus driver, a farmer, newcomers writing simple German), often under posts
 * about something else. Before the lexicon and the classifier were widened
 * for them, the step found 148 of the 180 dangers (recall 0.822, after the
 * widening for sets 5 and 6: threat 8 missed, self-harm 7, accident 5,
 * water 4, infrastructure 4, gas 2, tree 1, medical 1) and raised 17 false
 * alarms on the 60 look-alikes (a mailbox that "burns", a drill explained
 * in the next sentence, a role-playing game, a snack bar called "Zur
 * Explosion", "eine Bombe platzen lassen", grandpa "almost fainting with
 * joy", a garden fire bowl).
 */

const triage = createTriage();
const dangerOf = (text: string) => triage(text).danger;

/** Dangers the step still misses. */
const STILL_MISSED: ReadonlySet<string> = new Set([
  // "Skater-Kid" is split at the hyphen into a word no list knows as a person.
  "Skater-Kid ist an der Rampe im Jugendpark kopfüber auf den Beton geknallt, war kurz weg und ist jetzt total verwirrt. Ist schon jemand unterwegs?",
  // Bavarian throughout: "hod's a Birkn umgschmissn … obn hängt no a Trumm".
  "Bei uns am Feldweg hod's a Birkn umgschmissn, de liegt jetzt aufm Zaun vom Spielplatz und obn hängt no a Trumm.",
]);

/** Look-alikes that still raise an alarm: a car park's barrier, a near miss in dialect, a general question. */
const STILL_ALARMED: ReadonlySet<string> = new Set([
  // Alarms again since "Erdgeschoss" is no joke marker: it silenced real emergencies on ground floors.
  "Wenn ich noch einmal die Warteschleife vom Bürgerbüro höre, spring ich aus dem Fenster 🙃 (Erdgeschoss, keine Sorge)",
  "Pumpt die Feuerwehr eigentlich auch Keller aus, wenn nur 2 cm Wasser drinstehen, oder muss man eine Firma holen? Nicht dringend, war nach dem Regen letzten Monat.",
  "Die Schranke vom Rathausparkplatz ist kaputt, man kommt ohne Ticket rein und raus. Gratis parken, danke Stadt 😂",
  "Was macht man eigentlich, wenn jemand einen epileptischen Anfall hat? Frage für unseren Elternabend, wir wollen das mal besprechen.",
  "Heut hod's beim Maibaumaufstelln fast gscheppert, weil da Baum so gwackelt hod 😂 aber jetzt steht er, Prost!",
]);

describeBlindDangerSet({
  name: "blind set 7",
  reports: DANGER_BLIND_REPORTS_7,
  dangers: 180,
  lookAlikes: 60,
  stillMissed: STILL_MISSED,
  stillAlarmed: STILL_ALARMED,
  mostAlarms: 5,
  leastRightCategory: 0.8,
});

describe("the rules widened for the seventh set", () => {
  it.each([
    ["Ein Radfahrer ist gerade unter einen Transporter gekommen", "accident"],
    ["Da liegt n Motorradfahrer auf der Strasse", "medical"],
    ["Leute werfen Flaschen auf die Leute vom Ordnungsamt", "threat"],
    ["Am Empfang lag ein Brief mit weißem Pulver", "threat"],
    ["Eine Schülerin ist beim Baden nicht wieder aufgetaucht", "water"],
    ["Die Tabletten hab ich schon abgezählt", "self-harm"],
    ["Auf dem Dach vom Parkhaus sitzt eine junge Frau ganz außen an der Kante", "self-harm"],
    ["Stromleitung liegt auf dem Feldweg, es funkt am Boden", "infrastructure"],
    ["Der Kunde sagt noch was und sackt dann im Flur zusammen", "medical"],
  ] as const)("%j reports %s", (text, category) => {
    expect(dangerOf(text)?.category).toBe(category);
  });

  it.each([
    "Mein Postfach brennt heute, 200 Mails seit dem Urlaub",
    "Der Bürgermeister hat eine Bombe platzen lassen: drei Millionen für das Hallenbad",
    "Mein Opa ist fast umgekippt vor Freude, als er beim Bingo gewonnen hat",
    "Hat jemand die Öffnungszeiten vom Imbiss Zur Explosion?",
    "Ich ertrinke gerade in Papierkram für den Bauantrag",
    "Die Ampel an der Kreuzung war letzten Dienstag aus, ist längst wieder repariert.",
    "Wir hatten ein Feuer in der Feuerschale im Garten und der Rauch ist zum Nachbarn gezogen, gibt es eine Satzung?",
  ])("%j reports no danger", (text) => {
    expect(dangerOf(text)).toBeUndefined();
  });

  // "Erdgeschoss" was a joke marker for this one, and silenced everyone who lives and falls ill on a ground floor.
  it.fails("reports no danger for a jump from the ground floor, not yet", () => {
    expect(dangerOf("Wenn ich noch einmal die Warteschleife höre, spring ich aus dem Fenster (Erdgeschoss)")).toBeUndefined();
  });
});
