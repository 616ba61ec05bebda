import { describe, expect, it } from "vitest";
import { describeBlindDangerSet } from "../test-support/blind-danger-set.js";
import { createTriage } from "./create-triage.js";
import { DANGER_BLIND_REPORTS_9 } from "./danger-blind-reports-9.js";

/*
 * The danger step on the ninth set of comments written without looking at
 * its lexicon (see danger-blind-reports-9.ts): places and situations the
 * earlier sets did not cover (Freibad, Eisbahn, Kirmes, Tafel, Bürgerbüro,
 * heat, storm, New Year's Eve, a demonstration) and people at risk there.
 * Before the lexicon and the classifier were widened for sets 8 and 9, the
 * step found 134 of the 180 dangers (recall 0.744: self-harm 11 missed,
 * gas 7, threat 7, accident 6, medical 5, infrastructure 5, tree 3, water
 * 2) and raised 10 false alarms on the 60 look-alikes (forest fires in
 * Italy, a crime series, a city-building game, a first-aid course, a storm
 * last February).
 */

const triage = createTriage();
const dangerOf = (text: string) => triage(text).danger;

/** Dangers the step still misses (21). */
const STILL_MISSED: ReadonlySet<string> = new Set([
  "Am Reitweg hinterm Stadtwald ist ein Pferd durchgegangen, die Reiterin liegt im Graben und der Gaul galoppiert ohne sie Richtung Landstraße.",
  "In der Sporthalle an der Schillerschule ist ein Sprossenwand-Element aus der Verankerung gerissen und auf zwei Kinder gefallen. Die Lehrerin ist völlig überfordert.",
  "Tiefgarage Rathausplatz: Das Rolltor ist auf ein Auto runtergerauscht, die Fahrerin hat sich den Kopf angeschlagen und das Tor hängt schief und ruckelt immer noch.",
  "Wir sind mit der Klasse am Kletterfelsen beim Jugendzeltplatz, ein Schüler ist abgerutscht und etwa 4 m tief aufs Geröll gefallen. Hier ist kaum Netz, kann das jemand weiterleiten?",
  "Auf dem Fußballplatz am Sportzentrum ist ein Jugendtor umgefallen und hat einen kleinen Jungen erwischt, der liegt drunter! Warum sind die nicht festgemacht??",
  "Im Vorzelt nebenan läuft seit Stunden so ein Gasheizer, die Leute drin antworten nicht und es riecht komisch. Ich trau mich nicht rein.",
  "In der Kita Regenbogen wurde heute der Boden versiegelt, jetzt riechen die Gruppenräume so scharf, dass sich zwei Kinder übergeben haben. Die Kinder sind noch drin.",
  "Bei ons im Flur schmeckt's so arg noch Gas, des isch doch net normal, gell? D'Nochbere sind au scho naus.",
  "De Keller vun't Seniorenheim löppt vull, dat Water kümmt ut'n Gully hooch, un de Heizung steiht dor ünnen.",
  "morgen knall ich die ganzen wichser vom jobcenter ab, dann wisst ihr mal wie sich das anfühlt",
  "Mein Ex steht wieder unten vor der Haustür. Er hat mir gerade geschrieben, dass er heute reinkommt, egal wie, und dass ich es bereuen werde. Er hat ein Kontaktverbot.",
  "Fasching im Festzelt: Der Typ im Cowboykostüm hat keine Spielzeugpistole, das ist eine echte, er hat sie durchgeladen und fuchtelt damit rum. Bitte!!",
  "Am Kanal beim alten Speicher treten drei Jugendliche auf einen Obdachlosen ein, der liegt in seinem Schlafsack. Jetzt gerade!!",
  "Meine Nachbarin ist hochschwanger und hat mir gerade geschrieben, sie schafft das alles nicht und nimmt jetzt alle Tabletten, die sie im Haus hat. Sie macht die Tür nicht auf.",
  "das wars dann 🖤 danke für nichts. ich geh jetzt zum baggersee und schwimm so weit raus wie es geht",
  "Op'n Markt is en ole Fru ümfullen un kümmt nich wedder hooch, se is ganz blass un seggt nix mehr.",
  "Auf dem Kirmesplatz liegt ein dickes Starkstromkabel in einer Pfütze, die Isolierung ist aufgescheuert und Kinder springen drüber.",
  "Tiefgarage Stadthalle: Von der Decke platzen Betonstücke ab, man sieht die rostigen Eisen, heute ist ein Brocken auf ein Auto gefallen. Die Garage ist trotzdem geöffnet.",
  "Am Bahnsteig 3 ist die Bahnsteigkante auf etwa 3 Metern weggebrochen, da klafft ein Spalt, und Leute mit Koffern laufen im Dunkeln direkt daran vorbei.",
  "Ist das normal, dass der Balkon im 3. Stock vom Wohnblock Kastanienweg so absackt? Seit heute früh hängt er sichtbar schief und es rieseln Steine runter.",
  "Die Zuschauertribüne für den Faschingsumzug am Marktplatz gibt in der Mitte nach, ein Stützbalken hat sich verschoben und oben sitzen an die 200 Leute.",
]);

/** Look-alikes that still raise an alarm (5). */
const STILL_ALARMED: ReadonlySet<string> = new Set([
  "Erste-Hilfe-Kurs für Eltern von Kleinkindern am 14. März im Familienzentrum. Themen: Verschlucken, Fieberkrampf, Ertrinken. Anmeldung über die Webseite.",
  "Wann wird in der Straße Am Brand endlich der Radweg saniert? Die Schlaglöcher sind eine Zumutung.",
  "Meine Pfanne qualmt immer beim Anbraten, meine Frau sagt, irgendwann rückt die Feuerwehr an 😂 Tipps für ein gutes Öl?",
  "Unser Hund explodiert jedes Mal vor Freude, wenn er den Hundestrand am Baggersee sieht 🐶",
  "Ich bring mich um, wenn ich in der Warteschleife vom Bürgertelefon noch einmal „Bitte haben Sie etwas Geduld“ höre 🙃",
]);

describeBlindDangerSet({
  name: "blind set 9",
  reports: DANGER_BLIND_REPORTS_9,
  dangers: 180,
  lookAlikes: 60,
  stillMissed: STILL_MISSED,
  stillAlarmed: STILL_ALARMED,
  leastRecall: 0.88,
  mostAlarms: 5,
  leastRightCategory: 0.75,
});

describe("the rules widened for the ninth set", () => {
  it.each([
    ["sagt meiner mutter dass es mir leid tut. ich steh auf der autobahnbrücke", "self-harm"],
    ["An der Kläranlage stinkt es beißend nach Chlor, die Kinder husten", "gas"],
    ["Bei der Tafel hat ein Mann angedroht, morgen wiederzukommen und alles anzuzünden", "threat"],
    ["Vor dem Seniorentreff ist eine Robinie auf den Zugang gefallen", "tree"],
    ["morgen knall ich euch alle ab, dann wisst ihr mal wie sich das anfühlt", "threat"],
    ["Der Bagger hat die Wurzeln der alten Eiche weggerissen, jetzt neigt sie sich Richtung Gehweg", "tree"],
    ["Meine Nachbarin hat geschrieben, sie hat alle Tabletten geschluckt", "self-harm"],
  ] as const)("%j reports %s", (text, category) => {
    expect(dangerOf(text)?.category).toBe(category);
  });

  it.each([
    "Schreckliche Bilder aus Italien, die Waldbrände dort sind riesig.",
    "Hat jemand gestern den Tatort gesehen? Wie der Kommissar im Parkhaus niedergestochen wurde, war echt krass gespielt.",
    "In meinem Städtebauspiel hab ich aus Versehen das ganze Rathaus in die Luft gesprengt",
    "Unser Rauchmelder piept seit gestern, weil die Batterie leer ist.",
  ])("%j reports no danger", (text) => {
    expect(dangerOf(text)).toBeUndefined();
  });
});
