import { describeBlindDangerSet } from "../test-support/blind-danger-set.js";
import { DANGER_BLIND_REPORTS_40 } from "./danger-blind-reports-40.js";

/*
 * The danger step on the fortieth set of comments written without looking
 * at its lexicon (see danger-blind-reports-40.ts): people on the move
 * (commuters on trains, trams and buses, bus, taxi, truck and delivery
 * drivers, cyclists, e-scooter riders, pedestrians, parents on the school
 * run, at stations, car parks, service areas, bridges and underpasses),
 * writing from the road, short and hurried, the place often named vaguely.
 * Measured before anything was changed for it, the lists found 144 of the
 * 180 dangers (recall 0.800) and raised 11 false alarms on the 60
 * look-alikes. The danger model of that day (trained on sets up to 39), not
 * trained on the set, raised recall to 0.983 with 12 alarms.
 * The set has since joined the model's training.
 */

/** Dangers the lists alone still miss (36). */
const STILL_MISSED: ReadonlySet<string> = new Set([
  "Tram Linie 4 hat an der Haltestelle Marktplatz einen Radfahrer erwischt, er liegt noch halb unter dem Wagen",
  "Lieferwagen am Bahnübergang Feldweg vom Regionalzug erwischt, Wagen komplett zerlegt, Zug steht 200 m weiter",
  "kind mit fahrrad unter transporter geraten ecke schillerstr",
  "Auf der Autobahnbrücke ist ein Wohnmobil in die Leitplanke, hängt halb drüber, drinnen bewegt sich wer",
  "hallo ich steh an der raststätte am wald da ist grad ein sattelzug in die parkreihe rein zwei pkw platt in einem sitzt noch jemand",
  "scooter typ grad von nem linksabbieger umgenietet an der ampel nach dem kreisel er steht nicht auf",
  "Straßenbahn Höhe Depot aus den Schienen gesprungen, Wagen steht schräg, Fahrgäste klopfen an die Scheiben",
  "tram gegen radler, liegt",
  "gelbe wolke über dem gewerbegebiet zieht rüber zum radweg, schmeckt irgendwie metallisch im mund",
  "Auf der Umgehungsstraße sind Fässer vom LKW gefallen, eins ist aufgeplatzt und die Flüssigkeit schäumt und dampft auf dem Asphalt",
  "Kollege hat im Lieferwagen in der geschlossenen Halle die Standheizung laufen lassen und ist jetzt ganz benommen, redet wirr",
  "fahr mit dem scooter an der kläranlage vorbei und es riecht so krass nach chlor dass ich kaum luft krieg",
  "grünliche pfütze unter dem laster auf dem schulparkplatz es dampft und die kinder laufen mitten durch",
  "Kind ist beim Steinewerfen von der Böschung in den Fluss gerutscht und treibt Richtung Wehr!!",
  "Bus steht in der Senke vor dem Kreisel fest, unten läuft Wasser rein, Fahrgäste stehen schon auf den Sitzen",
  "Schwimmer am Baggersee winkt seit Minuten und geht immer wieder unter, keiner von der Wasserwacht da",
  "kind im kanal!!",
  "Vom Baum vor dem Kindergarten fallen ständig dicke tote Äste, heute hätte einer fast eine Mutter mit Kinderwagen getroffen",
  "baum auf a7 abfahrt raststätte halb auf der spur",
  "Typ im Bus Linie 7 hält dem Fahrer ein Messer hin weil er kein Ticket hat, wir sind Höhe Marktplatz",
  "Gruppe Jugendlicher bedrängt in der Unterführung eine ältere Frau, sie zerren an ihrer Tasche und schubsen sie",
  "Fahrgast würgt den Busfahrer, Bus steht schräg an der Haltestelle Uhlandstraße",
  "Kontrolleur am Bahnsteig von drei Männern eingekreist, einer hat eine Flasche abgeschlagen und fuchtelt damit",
  "ich fahr morgen früh auf der hauptstraße die radfahrer über den haufen, mit absicht, einen nach dem anderen",
  "An der Haltestelle vor der Gesamtschule hängt ein Zettel: morgen um 8 erwisch ich euch alle, darunter drei Schülernamen und ein gemaltes Messer",
  "Junger Mann läuft im Gleisbett Richtung Tunnel und reagiert auf kein Rufen",
  "hab alle meine tabletten eingesteckt und fahr jetzt irgendwo hin wo mich keiner findet",
  "Seit Wochen fahre ich jeden Morgen über die Talbrücke und denke, ich lenke einfach rüber. Heute ist es so stark wie nie.",
  "Der Mann, der immer an unserer Haltestelle sitzt, hat heute seine ganzen Sachen verschenkt und gesagt, morgen braucht er nichts mehr. Er ist Richtung Brücke gelaufen.",
  "bin busfahrer, ein fahrgast hat mir gesagt er springt an der endhaltestelle vom damm, er sitzt noch hinten",
  "Frau am Kanalufer hat sich Steine in die Manteltaschen gesteckt und geht langsam aufs Wasser zu",
  "Mann im Parkhaus Ebene 5 fragt die Leute, wie hoch das ist und ob man das überlebt, jetzt klettert er übers Gitter",
  "will nur noch vor den nächsten lkw laufen steh an der raststätte am wald",
  "kollegin hat im pausenraum vom busdepot gesagt sie nimmt sich nach der schicht das leben und jetzt ist sie mit dem auto weg",
  "Mann im Parkhaus hat sich übergeben und sagt er hat Kopfschmerzen wie noch nie, sieht alles doppelt",
  "Parkhaus Ebene 1: aus der Decke hängt ein Betonbrocken, rostiger Stahl schaut raus, direkt über den Stellplätzen",
]);

/** Look-alikes on which the lists alone still raise an alarm (11). */
const STILL_ALARMED: ReadonlySet<string> = new Set([
  "Die Unfallstatistik für den Landkreis ist raus, deutlich weniger Verletzte auf den Radwegen. Gute Arbeit!",
  "mir ist heut im bus der kaffee umgekippt totaler unfall sorry an die dame neben mir 🙈",
  "Wann wird eigentlich das Bushäuschen repariert, das im Frühjahr ein LKW gerammt hat? Wir stehen seitdem im Regen.",
  "Mein Sohn hat mit dem Bobbycar die Katze angefahren, beide unverletzt und beide beleidigt 😂",
  "bin heut mit dem rad total abgesoffen im regen nass bis auf die unterhose 😂",
  "war heut im zug so müde bin fast umgekippt wie ein gefällter baum 😴",
  "Polizeibericht aus der Nachbarstadt: Schlägerei am Bahnhof. Wird bei uns die Videoüberwachung eigentlich auch ausgebaut?",
  "Der Typ neben mir an der Ampel: ‚ich mach dich fertig‘ – war ein Wettrennen Lastenrad gegen Tretroller, gewonnen hat am Ende meine Tochter 😄",
  "Noch eine Woche Schienenersatzverkehr und ich spring von der Brücke 🙄 nein Quatsch, alles gut, bin nur genervt",
  "Der Rettungswagen stand heute zehn Minuten hinter einem Falschparker in der Gartenstraße. War zum Glück wohl nichts Schlimmes, aber bitte mehr kontrollieren.",
  "bewusstlos vor langeweile im stau auf der a8 💤",
]);

describeBlindDangerSet({
  name: "blind set 40",
  reports: DANGER_BLIND_REPORTS_40,
  dangers: 180,
  lookAlikes: 60,
  stillMissed: STILL_MISSED,
  stillAlarmed: STILL_ALARMED,
  leastRecall: 0.8,
  mostAlarms: 11,
  leastRightCategory: 0.71,
});
