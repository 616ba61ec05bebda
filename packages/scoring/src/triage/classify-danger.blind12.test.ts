import { describeBlindDangerSet } from "../test-support/blind-danger-set.js";
import { DANGER_BLIND_REPORTS_12 } from "./danger-blind-reports-12.js";

/*
 * The danger step on the twelfth set of comments written without looking at
 * its lexicon (see danger-blind-reports-12.ts): places other sets rarely
 * cover (farms, building sites, frozen ponds, campsites, fairs, platforms,
 * care homes), dangers told by what happens to people and things. Measured
 * before anything was changed for it, the lists found 140 of the 180
 * dangers (recall 0.778: self-harm 9 missed, threat 8, infrastructure 7,
 * gas 4, water 4, tree 4, accident 2, fire 1, medical 1), named the right
 * category for 119, and raised 8 false alarms on the 60 look-alikes. The
 * danger model as it then was, not trained on the set, raised recall to
 * 0.894 with 9 alarms.
 */

/** Dangers the step still misses (29). */
const STILL_MISSED: ReadonlySet<string> = new Set([
  "Gewerbegebiet Ost, Halle von der Kunststofffirma: riesige schwarze Wolke, man sieht sie bis in die Innenstadt, es knallt immer wieder drin",
  "Freibad: aus der Technikhalle beim Chlorlager zieht eine stechende Wolke übers Gelände, Augen brennen, Badegäste am Beckenrand husten und würgen",
  "Hallo, ich bin Übungsleiterin beim Kinderturnen in der Sporthalle am Schulzentrum. Seit etwa zehn Minuten riecht es im ganzen Umkleidetrakt und vor allem an der Treppe runter zum Heizungskeller ganz stark, so wie wenn man am Herd den Knopf dreht ohne anzuzünden. Der Hausmeister hat alle rausgeschickt und gesagt, keine Handys unten benutzen und keine Schalter anfassen. Wir stehen jetzt mit 25 Kindern auf dem Parkplatz, die Eltern kommen erst um sechs. Kommt da jemand? Muss ich noch was tun?",
  "Kleingartenanlage Sonnenschein: bei der Nachbarlaube ist eine Gasflasche umgefallen, das Ventil ist abgebrochen, es faucht richtig laut",
  "Güterbahnhof: aus einem Kesselwagen tritt zischend was aus, beißt in der Nase, die Bahnleute sperren gerade hektisch ab und schicken uns weg",
  "Mountainbiker am Kammweg oberhalb vom Steinbruch abgerutscht, liegt ca 10 m unterhalb zwischen den Felsen, wir kommen nicht ran, er ruft noch",
  "Vor der Grundschule hat grad ein SUV ein Kind auf dem Zebrastreifen erwischt!! Kind schreit, Knie offen, der Fahrer steht nur da",
  "Kind im Zeltlager hat Nüsse gegessen, roter Ausschlag am ganzen Körper und es hustet pfeifend, sein Notfallpen ist nicht aufzufinden",
  "An der Brücke über die Autobahn beim Industriegebiet sitzt ein Mädchen auf dem Geländer, Beine nach außen, Rucksack liegt daneben",
  "Unter eurem Freibad-Post hat jemand vor 5 Minuten geschrieben „heute ist mein letzter Tag, ich hab alles vorbereitet, macht's gut“. Ist das ernst gemeint? Könnt ihr da was machen?",
  "Frau an der Promenade geht mit allen Klamotten ins Wasser, immer tiefer, und ruft sie will zu ihrem Sohn",
  "Am Baggersee hält ein Betrunkener den Familien am Ufer eine Pistole hin, keine Ahnung ob echt, und lacht dabei",
  "aufm parkplatz vom sportplatz fährt ein mann seit 10 min zwei mädchen mit dem auto hinterher und ruft sie sollen einsteigen",
  "Radweg am Fluss, Höhe Ruderclub: ein Mann hat meine Freundin vom Rad gerissen und in die Büsche gezerrt, ich hör sie schreien und bin noch 100 m weg!!!",
  "Ein Schwimmer draußen auf dem See winkt und ruft, vielleicht 100 m vom Ufer, er geht immer wieder unter",
  "Auf dem Baggersee sind drei Jungs Schlittschuh gelaufen, einer ist durch, die anderen liegen bäuchlings auf dem Eis und ziehen an seiner Jacke",
  "Ein älterer Angler ist am Kanal an der Spundwand abgerutscht und im Wasser, hält sich an einem Tau fest, die Wand ist zu hoch zum Rausziehen",
  "bei uns aufm dachboden tropft es nicht mehr, es LÄUFT! der speicher von der solaranlage ist geplatzt und die decke im kinderzimmer beult sich schon nach unten",
  "Kreisstraße zwischen Oberdorf und Niederdorf komplett zu, eine dicke Eiche liegt drüber, im Dunkeln sieht man die erst im letzten Moment. Ich steh mit Warnblinker davor",
  "Die Linde vor der Kirche verliert bei den Böen ganze Äste, einer hat schon ein Auto eingedellt und jetzt kommen die Leute aus dem Gottesdienst raus",
  "Nach dem Sturm heute Nacht liegt eine Kiefer auf dem Dach vom Kindergarten Wichtelhaus, die Ziegel sind kaputt und gleich bringen die Eltern die Kinder",
  "Wanderweg am Steilhang: eine ganze Buche samt Wurzelteller hat sich gelöst und rutscht langsam Richtung Weg, unten geht grad eine Schulklasse",
  "Der Holzsteg am Badesee gibt nach, zwei Pfosten sind weggeknickt, der Steg hängt schief und da stehen noch 15 Leute drauf",
  "Fahrstuhl im Parkhaus vom Klinikum hängt zwischen 2 und 3 fest, drin ist eine Frau mit Baby und es ist 35 Grad, sie klopft und weint",
  "In der Scheune ist der Heuboden zur Hälfte runtergekommen, die Balken hängen schräg, der Rest ächzt und der Bauer will trotzdem noch rein und die Kälber holen",
  "Hallenbad: über dem Nichtschwimmerbecken ist eine Deckenplatte runtergekracht, die Nachbarplatten hängen schief und im Becken sind noch Kinder vom Schwimmkurs",
  "die tribüne am sportplatz wackelt extrem seit die fans springen, ein stützpfosten ist schon verbogen",
  "Festwiese: das Bühnendach schwankt im Wind, ein Halteseil ist gerissen und peitscht rum, darunter spielt die Band vor ca. 300 Leuten",
  "Im Aufzug vom Seniorenheim sitzen seit 40 min zwei Bewohner fest, der Notrufknopf tut nichts und einer von den beiden braucht Sauerstoff",
]);

/** Look-alikes that still raise an alarm (8). */
const STILL_ALARMED: ReadonlySet<string> = new Set([
  "Im Ahrtal war das Hochwasser ja furchtbar. Hat unsere Stadt eigentlich einen Plan, falls der Fluss mal so hoch kommt?",
  "Die Straße heißt doch „Am Brandweiher“, warum steht auf dem neuen Schild „Brandweier“?",
  "Unser Rasenmäher ist beim Mähen vom Vereinsplatz abgesoffen, hat jemand nen Tipp für ne Werkstatt?",
  "Gestern ist bei uns im Haus der Aufzug stecken geblieben, aber der Techniker war nach 20 Minuten da und alle waren wieder draußen. Lief alles super.",
  "Gibt's im Seniorenheim eigentlich wieder den Defi-Kurs für Angehörige?",
  "Puh, die Ratssitzung gestern war ja die reinste Explosion 😅",
  "Kommt alle zum Stadtlauf am Sonntag, wir machen euch fertig! 😁 Eure Laufgruppe TSV",
  "Die Ampel am Ring war heute früh ausgefallen, die Polizei hat geregelt und seit 9 läuft sie wieder.",
]);

describeBlindDangerSet({
  name: "blind set 12",
  reports: DANGER_BLIND_REPORTS_12,
  dangers: 180,
  lookAlikes: 60,
  stillMissed: STILL_MISSED,
  stillAlarmed: STILL_ALARMED,
  leastRecall: 0.83,
  mostAlarms: 8,
  leastRightCategory: 0.66,
});
