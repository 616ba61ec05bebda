import { describeBlindDangerSet } from "../test-support/blind-danger-set.js";
import { DANGER_BLIND_REPORTS_13 } from "./danger-blind-reports-13.js";

/*
 * The danger step on the thirteenth set of comments written without looking
 * at its lexicon (see danger-blind-reports-13.ts): weighted to self-harm (45),
 * threats (45) and medical emergencies (30), with look-alikes that borrow the
 * language of despair, exhaustion, anger and illness. Measured before
 * anything was changed for it, the lists found 98 of the 180 dangers (recall
 * 0.544: self-harm 32 missed, threat 31, medical 7, accident 4,
 * infrastructure 3, gas 2, water 2, tree 1), named the right category for
 * 86, and raised 10 false alarms on the 60 look-alikes. The danger model as
 * it then was, not trained on the set, raised recall to 0.739 with the same
 * 10 alarms.
 */

/** Dangers the step still misses (29). */
const STILL_MISSED: ReadonlySet<string> = new Set([
  "Letzter Post. Mein Insta ist ab heute Abend tot, genau wie ich. Danke an die drei Leute, die nett waren.",
  "Ihr habt meinen Antrag wieder abgelehnt. Gut. Dann müsst ihr euch ab morgen nicht mehr mit mir rumärgern, ich erspar allen die Arbeit. Das Seil im Stall hält.",
  "Wollte mich nur verabschieden. Danke an die Stadt für die schönen Jahre hier. Meine Katze soll bitte jemand vom Tierheim holen, die Wohnungstür lass ich heute Nacht offen.",
  "Danke für nix. Das ist mein letzter Kommentar hier, ehrlich. Das Zeug wirkt schon, mir ist so schwindelig und alles wird leise.",
  "Meine Schwester hat mir ihre PINs und Passwörter geschickt, „falls was ist“, und dann nur noch „Pass auf Mama auf“. Sie wohnt allein in der Gartenstraße und macht nicht auf. Ich bin 200 km weg.",
  "Kumpel von mir hat grad im Discord geschrieben, er fährt jetzt mit 200 gegen nen Baum auf der B27, er packt's nicht mehr. Schwarzer Golf. Bitte haltet ihn auf",
  "Bin wieder aus der Klinik abgehauen. Steh jetzt am Wehr, es rauscht so laut. Ich will nur, dass der Lärm im Kopf aufhört, ein Schritt noch.",
  "Ganz ruhig und sachlich: Ich habe die Geduld verloren. Freitag, 10 Uhr, Bauausschuss. Ich werde dort sein, und es wird das letzte Mal sein, dass Herr Berger über mich abstimmt.",
  "Mir reicht's mit dem Ordnungsamt. Der Nächste, der mir nen Strafzettel an die Scheibe klemmt, fängt sich eine Kugel. Meine Waffe ist legal, nur so nebenbei.",
  "Wenn am Montag die Kettensägen in unserer Allee anrücken, fällt nicht nur ein Baum. Ich hab meine eigene Säge im Kofferraum und weiß, wer den Auftrag unterschrieben hat.",
  "An der Bushaltestelle Friedhof sitzt eine alte Frau seit Stunden in der prallen Sonne, jetzt ist sie zur Seite gekippt und antwortet nicht.",
  "Kleiner Junge hat auf dem Spielplatz Wiesenweg Beeren vom Busch gegessen, jetzt spuckt er und ist ganz schläfrig. Ich kenn die Eltern nicht.",
  "Im Wartebereich vom Bürgerbüro ist ein Mann vom Stuhl gerutscht, die Mitarbeiterin versucht ihn wach zu kriegen, er macht nur so röchelnde Geräusche.",
  "Ein Radfahrer hat hier am Kreisel angehalten und sich hingesetzt, er sagt, er sieht alles doppelt und sein Arm ist taub. Er spricht total verwaschen.",
  "ein bauarbeiter auf der baustelle am rathausplatz sitzt seit ner weile im schatten, hat sich zweimal übergeben und redet komisch, es sind 36 grad. seine kollegen lachen nur",
  "Opa hat aus Versehen aus der Sprudelflasche im Schuppen getrunken, da war Unkrautvernichter drin. Er sagt, es brennt im Hals, und er wird ganz fahl.",
  "Mein Kollege hat sich in der Kantine tief in die Hand geschnitten, das Blut spritzt richtig im Takt raus, wir drücken ein Geschirrtuch drauf",
  "es riecht in der ganzen siedlung am sonnenhang nach so nem schwefelgestank, wie verdorbene eier, mehrere nachbarn stehen schon draussen",
  "Wohnung unter uns: seit heute früh riecht es aus dem Türspalt süßlich nach Herdgas, drinnen läuft Radio, aber keiner macht auf.",
  "lkw hat beim abbiegen an der ampel am markt eine frau mit kinderwagen mitgenommen 😭😭 bitte schnell",
  "Gerade im Parkhaus: Eine Fahrerin hat Gas und Bremse verwechselt, ist durch die Schranke und hat einen Mann gegen die Wand gedrückt. Er schreit.",
  "Motorradfahrer in der Kurve an der Mühle weggerutscht und gegen die Leitplanke, Helm ab, liegt ganz verdreht da.",
  "Ein Kind ist mit dem Roller zwischen den parkenden Autos raus vor den Linienbus. Der Bus hat noch gebremst, aber der Kleine liegt vor dem Rad und weint nicht.",
  "Im Stadtpark ist ein Hund durchs Eis vom Teich gebrochen, der Besitzer ist hinterher, jetzt sind beide drin und er schreit.",
  "Kind im Baggersee plötzlich weg, die Eltern rennen am Ufer und rufen, man sieht nur noch den Schwimmreifen treiben!!",
  "nach dem gewitter liegt ne riesige krone mitten auf der hauptstrasse, autos fahren übern gehweg drumrum wo die kinder laufen",
  "Das Geländer an der Aussichtsplattform über dem Steinbruch ist weggebrochen, da geht's 30 m runter, und grad sind Schulklassen oben.",
  "Im Neubaugebiet ist die Baugrube neben dem Spielplatz nicht mehr gesichert, der Zaun liegt um, 4 Meter tief, Kinder spielen am Rand.",
  "In der Sporthalle Ost hat die Decke nen großen Riss bekommen und es rieselt Putz runter, gleich ist Training mit den Minis.",
]);

/** Look-alikes that still raise an alarm (11). */
const STILL_ALARMED: ReadonlySet<string> = new Set([
  // Alarms again since "Erdgeschoss" is no joke marker: it silenced real emergencies on ground floors.
  "Wenn ich noch einmal das Wort „Haushaltssperre“ höre, spring ich aus dem Fenster. Erdgeschoss, keine Sorge 😄",
  "Kommt jemand mit zum Erste-Hilfe-Kurs am Samstag im DRK-Haus? Da lernt man auch, was man bei Bewusstlosigkeit und Herzstillstand macht.",
  "Wie sind denn die Besuchszeiten im Klinikum über die Feiertage? Meine Mutter liegt da nach ihrer Hüft-OP.",
  "Ich will nicht mehr... auf den Bus warten! Linie 4 kam heute wieder 25 Minuten zu spät.",
  "Die Krimiserie, die bei uns am Marktplatz gedreht wurde – die Szene mit der Leiche im Brunnen hat mich echt gegruselt. Wann läuft Folge 2?",
  "Mein letzter Arbeitstag im Rathaus nach 38 Jahren 🥲 Ich verabschiede mich von allen Kolleginnen und Kollegen, es war mir eine Ehre. Jetzt geht's ab in die Rente!",
  "„Ich weiß, wo du wohnst“ – so heißt doch die Lesung mit der Krimiautorin am Freitag in der Stadtbibliothek, oder? Gibt's noch Karten?",
  "In Hamburg gab's gestern Gasalarm an einer Schule, hoffentlich passiert sowas bei uns nie.",
  "Was kostet eigentlich ein Feuerwehreinsatz, wenn der Rauchmelder aus Versehen losgeht?",
  "Der Aufzug im Rathaus ist heute früh kurz stecken geblieben, aber der Techniker hat uns nach fünf Minuten rausgeholt. Alles gut, war sogar lustig 😄",
  "Foto des Monats: Das alte Feuerwehrauto vor dem glühend roten Sonnenuntergang ist der Hammer 🔥🔥",
]);

describeBlindDangerSet({
  name: "blind set 13",
  reports: DANGER_BLIND_REPORTS_13,
  dangers: 180,
  lookAlikes: 60,
  stillMissed: STILL_MISSED,
  stillAlarmed: STILL_ALARMED,
  leastRecall: 0.83,
  mostAlarms: 11,
  leastRightCategory: 0.47,
});
