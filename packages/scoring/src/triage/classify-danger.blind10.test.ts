import { describe, expect, it } from "vitest";
import { describeBlindDangerSet } from "../test-support/blind-danger-set.js";
import { createTriage } from "./create-triage.js";
import { DANGER_BLIND_REPORTS_10 } from "./danger-blind-reports-10.js";

/*
 * The danger step on the tenth set of comments written without looking at
 * its lexicon (see danger-blind-reports-10.ts): citizens commenting under
 * unrelated posts of a town's accounts, dangers told mostly by what people
 * see, hear and smell. Measured before anything was widened for it, the
 * step found 138 of the 180 dangers (recall 0.767: self-harm 12 missed,
 * threat 8, water 6, gas 4, tree 3, medical 3, accident 2, fire 2,
 * infrastructure 2), named the right category for 116, and raised 12 false
 * alarms on the 60 look-alikes (a fire-brigade drill, "ein Unfall mit
 * Ansage", a first-aid course, a burning sunset, a play's title, satire).
 */

const triage = createTriage();
const dangerOf = (text: string) => triage(text).danger;

/** Dangers the step still misses (41). */
const STILL_MISSED: ReadonlySet<string> = new Set([
  "Jugendlicher ist vom Steg an der Flusspromenade gesprungen und kommt nicht wieder hoch, die Strömung ist brutal",
  "HILFE vor dem Rewe ist einer rückwärts in die Leute an der Pfandannahme reingefahren",
  "Da is einer mitm Roller in die Baugrube an der Weststraße gefahren, man sieht unten nur noch das Rücklicht",
  "Der Christbaum im Nachbarhaus, Erdgeschoss, ist eine einzige Fackel, da sind Kinder drin",
  "🔥🔥 Gartenhütte Kolonie Sonnenschein, hintere Parzelle links, greift gleich auf die nächste über",
  "Von der Chemiefirma am Hafen zieht eine gelbliche Wolke rüber zu den Wohnblöcken, es kratzt total im Hals",
  "Am Spielplatz Eichenallee kommt aus einem Gully ein Geruch wie aus einem offenen Herd, richtig heftig",
  "Wohnmobilstellplatz am See: die Camper nebenan sagen, ihr Tank leckt, und drinnen läuft noch die Heizung mit offener Flamme",
  "Im Supermarkt an den Kühltruhen riecht es komisch und mehrere Kunden kriegen schlecht Luft, Kühlmittel??",
  "hund ist am kanal durchs eis und herrchen hinterher, jetzt sind beide drin",
  "Fontäne mitten auf der Kreuzung Lessingstraße, der Asphalt wölbt sich hoch",
  "Ist das normal, dass der Damm am Regenrückhaltebecken so nass ist? An drei Stellen quillt es raus und die Erde rutscht nach",
  "Freibad: ein kleiner Junge liegt am Grund vom Nichtschwimmerbecken und keiner sieht es, Bademeister ist weg 😱",
  "Am Campingplatz fangen die Wohnwagen an zu schwimmen, und in ein paar schlafen noch Leute",
  "Hab eben gesehen, wie von der Linde vorm Rathaus ein armdicker Zweig runtergerauscht ist, knapp neben einer Frau mit Kinderwagen. Oben baumeln noch mehr lose.",
  "Die ganze Allee biegt sich wie Gummi, einer ist schon gebrochen und liegt auf zwei geparkten Autos, die anderen wackeln",
  "Eine mächtige Kiefer lehnt seit dem Unwetter an unserer Hauswand und drückt langsam die Dachrinne ein, es knarrt die ganze Zeit",
  "Morgen in der Schule mach ich alle fertig die mich ausgelacht haben. Diesmal richtig.",
  "Im Briefkasten vom Bürgerbüro lag ein Zettel: „Um 15 Uhr fliegt die Halle in die Luft“. Wir sind noch alle drin.",
  "Auf dem Weihnachtsmarkt läuft ein Mann rum und erzählt den Leuten, er hätte was im Rucksack, das sie alle umhaut",
  "Gerade wird in der Unterführung eine Frau von drei Kerlen festgehalten, sie schreit. Ich steh oben an der Treppe, was soll ich tun",
  "Ich hab Angst: Mein Nachbar hat heute gesagt, er legt die Leute aus dem Flüchtlingsheim alle um, und er hat Waffen im Keller",
  "Jemand hat auf den Mitarbeiter an der Info im Rathaus eingeschlagen und hält jetzt die Eingangstür zu",
  "Ein Auto fährt mit Absicht auf die Demo am Rathausplatz zu und gibt Gas, die Leute springen zur Seite",
  "Ich weiß nicht wohin damit, deshalb schreib ich euch: Meine beste Freundin schickt mir seit einer halben Stunde so Nachrichten wie „danke für alles“ und „pass auf meine Katze auf“, und jetzt geht sie nicht mehr ans Handy. Sie wohnt allein in der Weststadt, Birkenweg, und hatte letzten Monat schon mal so eine Phase. Ich sitz im Zug und komm frühestens in einer Stunde hin. Kann da bitte jemand vorbeischauen?",
  "Wozu noch? Keiner würde merken, wenn ich morgen nicht mehr da wäre. Ich hab mir schon alles überlegt.",
  "Das ist mein letzter Kommentar hier. Danke für die schönen Fotos von der Stadt. Ich geh jetzt zum Bahndamm.",
  "Mein Vater hat den Hund zu uns gebracht, sein Testament auf den Tisch gelegt und das Jagdgewehr ist nicht im Schrank. Er geht nicht ran.",
  "Bin auf der Brücke überm Fluss. Mir ist kalt und das Wasser sieht irgendwie friedlich aus grade.",
  "hab gestern alles verschenkt. heute ist es so weit. sorry an alle",
  "Eine Kollegin hat in den Teamchat geschrieben, sie sitzt im Auto in ihrer Garage und lässt den Motor laufen",
  "Unter eurer Stellenanzeige: braucht ihr mich eh nicht, ab morgen bin ich sowieso nicht mehr da 🙂 hab's mir gut überlegt",
  "Ein Junge aus der 8b hat auf Insta „letzter Tag, vergesst mich nicht“ gepostet, mit einem Bild vom Dach der Schule",
  "Mein Mann hat im Schuppen ein Seil an den Balken geknotet und sagt, ich soll ihn in Ruhe lassen",
  "ich steh an gleis 3 und wart auf den güterzug. nicht zum einsteigen.",
  "hab vor ner stunde 30 paracetamol geschluckt und jetzt krieg ich doch angst",
  "Auf dem Bauhof hat ein Kollege bei der Hitze angefangen zu torkeln, redet wirr, ist knallrot und schwitzt gar nicht mehr",
  "Die ältere Nachbarin hab ich seit zwei Tagen nicht gesehen, durch die Tür hör ich sie leise rufen, sie liegt wohl im Flur",
  "Auf dem Stadtfest liegt ein Teenager total zu hinterm Bierwagen, erbricht im Liegen und reagiert auf nichts",
  "Das Balkongeländer am Wohnblock Nord hat sich gelöst und hängt nur noch an einer Schraube über dem Hauseingang",
  "Treppe zum Bahnsteig ist eine einzige Eisbahn, unten liegt schon ein Mann und die Nächsten rutschen",
]);

/** Look-alikes that still raise an alarm (12). */
const STILL_ALARMED: ReadonlySet<string> = new Set([
  "Wann ist denn die nächste Übung der Freiwilligen Feuerwehr? Letztes Mal dachten alle, das Rathaus brennt wirklich 😄",
  "Der neue Radweg ist ein Unfall mit Ansage. Wer hat das geplant?",
  "Gibt es noch Plätze im Erste-Hilfe-Kurs am Samstag im DRK-Heim? Da lernt man ja auch Herzdruckmassage und was man bei Schlaganfall macht.",
  "Die umgestürzte Eiche vom Oktober liegt immer noch hinten auf der Wiese am Graben – könnte man die nicht als Brennholz verkaufen?",
  "Für den Fotowettbewerb würde ich das Bild vom brennenden Sonnenuntergang überm Stausee nehmen.",
  "Unsere Kita war auf Ausflug bei der Rettungswache, die Kinder durften in den Rettungswagen und das Blaulicht anmachen, danke!",
  "In Hamburg soll es einen riesigen Rohrbruch gegeben haben, zum Glück nicht bei uns.",
  "Die Ampel an der Lessingstraße war gestern kaputt, heute geht sie wieder, danke für die schnelle Reparatur.",
  "Der Keller vom Jugendzentrum ist bei der Party gestern regelrecht abgesoffen – in Bier, versteht sich 🍺",
  "Wir spielen am Sonntag im Stadttheater „Biedermann und die Brandstifter“, Karten an der Abendkasse.",
  "Achtung Satire: Laut Stadtrat ist der Marktplatz ab sofort offizielles Überschwemmungsgebiet für Glühwein.",
  "Die Bäume in der Allee sollen im Winter zurückgeschnitten werden, weil einige Äste morsch sind – wann genau?",
]);

describeBlindDangerSet({
  name: "blind set 10",
  reports: DANGER_BLIND_REPORTS_10,
  dangers: 180,
  lookAlikes: 60,
  stillMissed: STILL_MISSED,
  stillAlarmed: STILL_ALARMED,
  leastRecall: 0.76,
  mostAlarms: 12,
  leastRightCategory: 0.60,
});


