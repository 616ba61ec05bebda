import { describeBlindDangerSet } from "../test-support/blind-danger-set.js";
import { DANGER_BLIND_REPORTS_43 } from "./danger-blind-reports-43.js";

/*
 * The danger step on the forty-third set of comments written without
 * looking at its lexicon (see danger-blind-reports-43.ts): residents who
 * think in another language (Turkish, Arabic, Ukrainian, Russian, Polish,
 * Romanian, Farsi, Vietnamese, English, Italian) and paste what a
 * translation app made of their message or dictate it — wrong articles,
 * literal idioms, the wrong real word, the first-language sentence left in.
 * Measured before anything was changed for it, the lists found 129 of the
 * 180 dangers (recall 0.717) and raised 11 false alarms on the 60
 * look-alikes. The danger model of that day (trained on sets up to 39),
 * not trained on the set, raised recall to 0.944 with 11 alarms.
 * The set has since joined the model's training.
 */

/** Dangers the lists alone still miss (50). */
const STILL_MISSED: ReadonlySet<string> = new Set([
  "Guten Tag liebe Stadt, ein Kind ist gefallen aus dem Fenster im zweite Etage, 14 Lindenstrase, es liegt auf Boden und weint nicht mehr, bitte schnell!",
  "Моя мама упала на лестнице. Meine Mutter ist gefallen auf Treppe im Haus, sie ist 81 Jahre, sagt Hüfte sehr weh und kann nicht bewegen. Wir wohnen 3 Ahornweg, Wohnung 7.",
  "Guten Abend, mein Sohn (7) ist gefallen vom Klettergerüst auf Spielplatz im Park, danach er hat kurz geschlafen und jetzt er spuckt zwei Mal. Wo ist Notaufnahme?",
  "Dzień dobry. Vor Netto ein Radfahrer hat gefahren gegen offene Autotür, er liegt auf Asphalt, sein Gesicht ist alles rot.",
  "Mein Opa hat mit Rasenmäher sich in Fuß geschnitten, sehr viel Blut kommt, er ist weiß im Gesicht. Adresse 22 Feldweg. Was wir machen?",
  "Buongiorno, scusate. Ein Kran auf Baustelle an Rathausplatz hat Last verloren, Betonteil ist gefallen zwischen Menschen, ein Mann ist getroffen glaube ich.",
  "Ein Junge ist gefallen in Baugrube bei neue Sporthalle, ca 3 Meter tief, er ruft Mama, wir kommen nicht runter zu ihm.",
  "Salam. Ein kleines Mädchen hat gefallen von Balkon erste Stock auf Wiese, sie weint und ihre Arm ist komisch gebogen. Die Eltern sind nicht da.",
  "Die Kerze hat Vorhang angezündet bei Nachbar, ich sehe durch Fenster die Flamme geht hoch bis Decke, im Haus wohnen noch sechs Familien.",
  "Мы чувствуем запах газа. Wir fühlen Geruch von Gas auf ganze Straße Birkenweg, aus dem Gully kommt es.",
  "Gas!!! Hauptstraße vor Apotheke aus Boden kommen Blasen in Pfütze und starke Geruch, Leute rauchen daneben",
  "Bună ziua. Meine Schwester und ihr Baby wachen nicht richtig auf, sie hat Kohleofen an in Zimmer mit Fenster zu, sie sagt Kopf dreht sich und Baby ist schlaff.",
  "Ein Tankwagen hat Leck auf Landstraße bei Ortseingang, da kommt weißer Nebel raus und stinkt scharf, die Augen brennen und Nebel geht zu Häuser",
  "Hello, the river is over the wall on Uferstrasse, Fluss kommt über Mauer, water is coming to the houses very fast, old people live there.",
  "Der Damm an Mühlteich hat Riss und Wasser kommt raus immer mehr, unten sind die Häuser von Siedlung",
  "Mein Nachbar, alter Mann, ist in sein Garten in Pool gefallen glaube ich, ich habe platsch gehört und dann nichts, der Zaun ist zu hoch für mich",
  "Excuse me, a big tree near bus stop Rosenplatz is falling slowly, die Wurzel kommt aus Erde raus, the ground is cracking, people wait for bus under it.",
  "Ein Baum steht sehr schräg neben Kita Eingang, heute Morgen war noch gerade, jetzt die Krone berührt fast das Dach",
  "Mein Ex-Mann schreibt mir er kommt heute und verbrennt die Wohnung mit mir drin, er hat schon einmal geschlagen. Ich habe Angst, wohin soll ich gehen?",
  "Merhaba, vor Moschee stehen Männer mit Stöcke und schreien sie schlagen alle, die Leute kommen gleich aus Gebet.",
  "Ein Schüler hat in WhatsApp Gruppe geschrieben er bringt morgen Waffe in Gesamtschule und alle bezahlen, mein Sohn hat mir gezeigt.",
  "Здравствуйте. Ein Mann folgt mir seit Bahnhof, er sagt auf Russisch er weiß wo ich wohne und er schneidet mich. Ich bin jetzt in Bäckerei.",
  "In Bus 12 ein betrunkener Mann schreit gegen Frau mit Kopftuch, hat sie gespuckt und jetzt hat Hand an ihre Hals, der Fahrer fährt weiter",
  "Dobryi den. Der Hausmeister sagt zu mir wenn ich noch einmal beschwere er schlägt meine Kinder. Er hat Schlüssel von allen Wohnungen.",
  "Chào. Die Jugendliche am Bahnhof haben mein Sohn umringt und einer hält Messer, sie wollen sein Handy, ich sehe von Fenster.",
  "In Facebook Gruppe von unsere Stadt jemand schreibt er wird am Samstag auf Stadtfest schießen, mit Foto von Gewehr.",
  "Dzień dobry, mein Chef auf Baustelle hat mich geschlagen und gesagt wenn ich Polizei rufe er findet meine Familie. Ich bin jetzt versteckt in Container.",
  "Guten Tag, mein Cousin hat geschrieben er will sein Leben beenden heute, er schreibt Abschied an alle. Er wohnt allein in Weststadt, ich bin in andere Stadt.",
  "Ich kann nicht mehr. Ich habe alle Tabletten von Mutter hier auf Tisch. Entschuldigung dass ich hier schreibe, ich weiß nicht wem.",
  "Eine junge Frau sitzt außen auf Geländer von Autobahnbrücke und weint, sie hört nicht wenn ich rede",
  "Merhaba, mein Freund sagt auf Türkisch 'ich will nicht mehr auf dieser Welt sein' und er hat Seil gekauft. Was soll ich machen, er ist 19.",
  "Sehr geehrte Damen und Herren, meine Tochter 15 schneidet sich an Arm und heute sie hat geschrieben es ist das letzte Mal Mama. Sie ist nicht zu Hause.",
  "Мой муж вернулся с войны. Mein Mann ist aus Krieg zurück und heute sagt er geht zum Fluss und kommt nicht zurück. Er ist weg gegangen vor eine Stunde.",
  "Nachbar steht auf Dach von Hochhaus Nr 30 an die Kante, schon 20 Minuten, er schaut nur runter",
  "Hello, my roommate locked herself in bathroom and says she took many pills, sie hat viele Tabletten genommen, sie antwortet jetzt nur leise.",
  "Bună ziua, meine Kollegin hat Nachricht geschickt 'sagt meine Kinder ich liebe sie' und jetzt ihr Handy ist aus. Sie wohnt am Lindenplatz.",
  "Auf Bahnsteig 2 ein Mann steht ganz vorne an Kante und läuft hin und her, sagt laut er springt wenn Zug kommt",
  "Dzień dobry. Meine Schwester hat in Instagram Story Bild von viele Tabletten gepostet und geschrieben gute Nacht für immer.",
  "Guten Abend, ich schreibe für meine Onkel, 70 Jahre, er sagt jeden Tag er ist Last für Familie und heute er sagt morgen ist er nicht mehr da. Er hat viele Medikamente.",
  "Bitte. Mein Cousin hat sich eingeschlossen und wir hören er weint und sagt Gott vergib mir, und dann ist still. Tür geht nicht auf.",
  "Ich bin müde von Leben, ich werde heute Nacht in Wald gehen und nicht zurück kommen. Bitte sagen meine Frau dass es tut mir leid.",
  "Mein Sohn hat Erdnuss gegessen und Gesicht wird dick, er kann nicht gut schlucken, Allergie Spritze haben wir nicht da.",
  "Sehr geehrte Damen und Herren, meine alte Nachbarin hat seit zwei Tage Zeitung nicht genommen und durch Briefschlitz ich höre sie ruft leise Hilfe.",
  "Blut kommt viel aus Nase von meine Tochter seit 40 Minuten und hört nicht auf, sie ist ganz weiß und schläfrig.",
  "Salam, meine Frau ist schwanger 8 Monat und hat gerade viel Blut verloren und Bauch ist hart, Auto haben wir nicht.",
  "Bună ziua. Mein Baby hat Fieber 40,5 und jetzt hat sie Krampf gehabt, Augen sind nach oben gedreht.",
  "Sehr geehrte Damen und Herren, der Balkon über Eingang von Haus 11 verliert große Stücke Beton, heute eins fast auf eine Frau, Eisen schaut raus.",
  "Salam, in Turnhalle von Schule die Decke hat Risse und knackt, eine Platte ist schon runter gefallen in Umkleide, morgen Sportunterricht normal.",
  "Bună ziua. Die Mauer an Hang über Parkplatz von Supermarkt ist gebeult und Steine fallen raus, sieht aus sie fällt um auf Autos und Leute.",
  "Der Aufzug in Hochhaus Nr 4 fährt mit offener Tür und bleibt zwischen Stockwerk stehen, Kinder fahren damit allein.",
]);

/** Look-alikes on which the lists alone still raise an alarm (11). */
const STILL_ALARMED: ReadonlySet<string> = new Set([
  "Das Essen auf Stadtfest war Feuer, besonders Döner Stand, 10 von 10!",
  "Hello, is it allowed to make barbecue fire in the park? Darf man Grill machen mit Feuer im Stadtpark? Danke.",
  "Wer hat Feuer gefunden? Ich meine Feuerzeug, ich habe meins verloren auf Konzert gestern am Marktplatz, schwarz mit Adler drauf.",
  "In Nachrichten ich sehe Überschwemmung in Rumänien bei Dorf von meine Eltern, sie sind in Sicherheit Gott sei Dank. Beten für alle dort.",
  "Der Baum vor Rathaus ist so schön im Herbst, wie Feuer rot und gelb! Foto im Anhang.",
  "Die Kinder in Kita haben heute Besuch von Rettungswagen bekommen, sie durften Sirene anmachen, mein Sohn will jetzt Sanitäter werden 🚑",
  "Letzte Winter Baum ist gefallen auf unsere Gartenzaun, Stadt hat schnell weggemacht, danke. Kann ich Holz behalten für Ofen?",
  "Gestern Abend war Feuerwehr in unsere Straße wegen Rauch, aber war nur Grill von Nachbar, alles okay, niemand verletzt.",
  "Der Bürgermeister hat eine Bombe Rede gehalten bei Neujahrsempfang, Respekt!",
  "Hat jemand gesehen das Feuerwerk gestern an See? Der Himmel war brennend, wunderschön!",
  "Ich habe Feuer in meine Seele für Fußball, gibt es Verein für Frauen in unsere Stadt?",
]);

describeBlindDangerSet({
  name: "blind set 43",
  reports: DANGER_BLIND_REPORTS_43,
  dangers: 180,
  lookAlikes: 60,
  stillMissed: STILL_MISSED,
  stillAlarmed: STILL_ALARMED,
  leastRecall: 0.71,
  mostAlarms: 11,
  leastRightCategory: 0.63,
});
