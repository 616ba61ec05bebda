import { describe, expect, it } from "vitest";
import { describeBlindDangerSet } from "../test-support/blind-danger-set.js";
import { createTriage } from "./create-triage.js";
import { DANGER_BLIND_REPORTS_8 } from "./danger-blind-reports-8.js";

/*
 * The danger step on the eighth set of comments written without looking
 * at its lexicon (see danger-blind-reports-8.ts): dictated messages without
 * punctuation, alarms of a few words, long complaints with the danger in
 * the middle, thread replies, learners of German, youth slang, very polite
 * letters and jobs not heard before. Before the lexicon and the classifier
 * were widened for sets 8 and 9, the step found 142 of the 180 dangers
 * (recall 0.789: self-harm 10 missed, water 7, threat 5, medical 4, fire 3,
 * gas 3, accident 2, tree 2, infrastructure 2) and raised 16 false alarms
 * on the 60 look-alikes (news from Australia and Italy, a film, a Netflix
 * series, a computer game, a job advert, an exhibition, a drill, smoke from
 * an Osterfeuer settled in a reply).
 */

const triage = createTriage();
const dangerOf = (text: string) => triage(text).danger;

/** Dangers the step still misses (13). */
const STILL_MISSED: ReadonlySet<string> = new Set([
  "Straßenbahn hat Radler erwischt, Marktplatz",
  "alle rennen aus dem Hochhaus am Sonnenhang raus, im Treppenhaus ist alles grau und man sieht die Hand vor Augen nicht, oben schreit noch jemand am Fenster",
  "Forstarbeiter im Stadtwald, Abteilung am Köhlerweg: Bodenfeuer auf ca. 50 m Breite, der Wind treibt es Richtung Kleingärten, wir kommen mit den Feuerpatschen nicht mehr hinterher.",
  "@Stadt Musterhausen ja bei uns in der Südstadt sieht man die schwarze Säule auch, das kommt aus der Lagerhalle am Hafenbecken, es knallt da immer wieder",
  "Im Haus Wiesengrund 3 stehen die Leute ohne Schuhe auf der Straße, keiner traut sich, Licht anzumachen oder zu klingeln, im ganzen Flur hängt so ein Geruch",
  "Mein Sohn (9) war mit Freunden am Flussufer beim Wehr, die Freunde sind zurück, er nicht, sie sagen, er ist reingegangen und dann war er weg. Bitte!",
  "@Stadt Musterhausen Nachtrag: die Sandsäcke an der Uferpromenade halten nicht mehr, es läuft über die Mauer in die Altstadt",
  "hallo stadt der bau mist auf die fahrbahn gefallen an der pappelallee komma da steckt ein auto drunter und der fahrer klopft von innen an die scheibe",
  "Update: Der angeknackste Ahorn am Marktplatz hat sich noch weiter gesenkt, die Krone liegt schon auf dem Gemüsestand, und die Leute kaufen drunter weiter ein",
  "Bitte, in Park bei Denkmal Mann mit Hund und Messer, er schreit dass er wird Leute stechen, Mütter mit Kinderwagen laufen weg",
  "Wer meine Bücher und Pflanzen haben will, kann sie ab morgen aus dem Flur in der Hirschgasse 4 holen. Ich brauch sie nicht mehr. Sagt meiner Schwester, dass es mir leid tut.",
  "Update: Mein Bruder, der vorhin schrieb, er macht Schluss, hat jetzt seinen Standort geteilt, das ist der Aussichtsturm im Stadtwald. Er antwortet nicht.",
  "Die Fußgängerbrücke über den Mühlbach hängt in der Mitte durch und knirscht, das Geländer hat sich gelöst, Schüler gehen trotzdem drüber",
]);

/** Look-alikes that still raise an alarm (7). */
const STILL_ALARMED: ReadonlySet<string> = new Set([
  "Wisst ihr noch, das Hochwasser 1997? Da stand die Altstadt einen Meter unter Wasser. Meine Oma erzählt heute noch davon.",
  "Was muss ich eigentlich tun, wenn ich mal Gasgeruch in der Wohnung bemerke? Gibt es dafür eine eigene Nummer bei den Stadtwerken?",
  "Was macht man eigentlich genau, wenn jemand bewusstlos ist und nicht atmet? Frage für meine Auffrischung vor der Führerscheinprüfung.",
  "Die Berufsfeuerwehr Musterhausen sucht Brandmeisteranwärter (m/w/d). Infotag am 12. Mai in der Hauptwache.",
  "Mein Kuchen ist im Ofen total verkohlt, die ganze Küche roch nach Qualm, aber Fenster auf und alles gut. Nächstes Mal stell ich mir einen Timer 🙈",
  "Bei uns im Büro brennt die Hütte, alle Projekte gleichzeitig, ich bin einfach nur tot.",
  "Der neue Imbiss ‚Flammen-Explosion‘ am Markt hat heute eröffnet, die Flammkuchen sind sehr lecker!",
]);

describeBlindDangerSet({
  name: "blind set 8",
  reports: DANGER_BLIND_REPORTS_8,
  dangers: 180,
  lookAlikes: 60,
  stillMissed: STILL_MISSED,
  stillAlarmed: STILL_ALARMED,
  leastRecall: 0.92,
  mostAlarms: 7,
  leastRightCategory: 0.75,
});

describe("the rules widened for the eighth set", () => {
  it.each([
    ["Ich wollte mich bei allen bedanken. Ab heute müsst ihr euch keine Sorgen mehr um mich machen.", "self-harm"],
    ["Sie hat ihr ganzes Zimmer verschenkt und geschrieben, dass sie jetzt zur Autobahnbrücke geht", "self-harm"],
    ["Ein Schüler sitzt auf dem Dachrand vom Neubau und lässt die Beine baumeln", "self-harm"],
    ["Mein Bruder sagt, er macht sich selbst kaputt, er hat schon Schnitte am Arm", "self-harm"],
    ["Mein Vater hat plötzlich Druck auf der Brust, der linke Arm kribbelt", "medical"],
    ["Eine Seite von Gesicht hängt runter und er kann nicht richtig sprechen", "medical"],
    ["Ein Junge liegt auf der Bank am Skatepark und ist nicht wachzukriegen", "medical"],
    ["Die ganze Eichenstraße ist ein Sturzbach, Autos treiben", "water"],
    ["Hund und Mann im Fluss, Kettenbrücke!", "water"],
    ["Massenschlägerei, Stadtfest Bühne 2", "threat"],
    ["Hello, a car drove into the people at the bus stop", "accident"],
    ["Hello, in Parkstraße there is a manhole open, no cover", "infrastructure"],
  ] as const)("%j reports %s", (text, category) => {
    expect(dangerOf(text)?.category).toBe(category);
  });

  it.each([
    "Schlimm, was in Australien los ist, die Buschbrände sind gigantisch.",
    "Neue Serie auf Netflix über einen Feuerwehrmann, der Leute aus brennenden Häusern holt",
    "Im Stadtmuseum gibt's ab Freitag eine Ausstellung zum Stadtbrand, als die halbe Altstadt in Flammen stand.",
    "Nachtrag: hat sich erledigt, der Rauch kam nur vom angemeldeten Osterfeuer.",
    "Der Sturm letzten Februar hat bei uns drei Bäume umgeworfen.",
    "Sagt meiner Mutter bitte, dass ich später komme",
    "Die Politik wacht einfach nicht auf",
  ])("%j reports no danger", (text) => {
    expect(dangerOf(text)).toBeUndefined();
  });
});
