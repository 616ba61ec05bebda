import { describeBlindDangerSet } from "../test-support/blind-danger-set.js";
import { DANGER_BLIND_REPORTS_28 } from "./danger-blind-reports-28.js";

/*
 * The danger step on the twenty-eighth set of comments written without
 * looking at its lexicon (see danger-blind-reports-28.ts): people new to
 * German and to Germany (refugees and migrants, students and au-pairs,
 * seasonal workers, residents of shared accommodation, delivery riders)
 * writing German as they can: wrong articles and word order, infinitives,
 * English or home-language words in between, translation-app German,
 * phonetic spelling. Measured before anything was changed for it, the
 * lists found 125 of the 180 dangers (recall 0.694) and raised 12 false
 * alarms on the 60 look-alikes. The danger model of that day, not trained
 * on the set, raised recall to 0.950 with 12 alarms.
 */

/** Dangers the step still misses (55). */
const STILL_MISSED: ReadonlySet<string> = new Set([
  "In Schlachthof eine Kollegin ist mit Hand in Maschine gekommen, sehr viel Blut, Vorarbeiter sagt nicht telefonieren aber ich habe Angst um sie",
  "Gabelstapler fahrt über Fuß von mein Freund in Lager Halle 3, Fuß ist ganz flach, er ist weiss im Gesicht und zittert",
  "Leiter ist weggerutscht auf Baustelle Gartenweg, Arbeiter von 2. Stock runter, liegt auf Beton und sagt nix 😰",
  "Mein Bruder liefert Essen mit Fahrrad, Straßenbahn hat ihn erwischt an Haltestelle Post, er liegt halb unter Bahn, bitte bitte!!",
  "Kollege ist vom Erntewagen gefallen beim Spargel stechen, Kopf auf Stein, jetzt redet er komisch und muss brechen. Wir sind Feld an Kreisstraße bei Windrad",
  "Dorfstraße 17 Auto gegen Hauswand gefahren, Fahrer hängt in Gurt und aus Motor kommt Dampf",
  "Motorrad hat Reh getroffen auf Waldstraße Richtung Sportplatz, Fahrer liegt 20 meter weiter und bewegt nur Hand. Ich habe Warnblinker an, was jetzt?",
  "Ich liefere Pizza und sehe Auto auf Parkplatz Rewe, vorne kommt Flamme unter Motorhaube raus, niemand ist da",
  "Nachbarin alte Frau macht Tür nicht auf, aus ihre Wohnung kommt Geruch wie von Herd Gas und Radio läuft laut",
  "wir sind 3 Personen in Zimmer und alle schwindelig und Kopfweh und müde, Therme in Bad macht komisch Geräusch und Flamme ist gelb",
  "Campingkocher in Zelt von Erntehelfer, Kartusche undicht, ganze Zelt stinkt und Kollege schläft drin, er wacht nicht richtig auf",
  "Hissing noise from a pipe next to school entrance, smell like eggs, children coming out now for pause",
  "Straße ist aufgerissen bei Kanalarbeiten, in Pfütze es blubbert und stinkt wie Schwefel, Bauarbeiter sind in Pause weg",
  "Kollege hat in Werkstatt Propanflasche offen gelassen über Wochenende, Halle voll mit Geruch und jetzt andere will Schweißgerät anmachen",
  "Ich bin schwanger 8. monat, Wasser ist gekommen und viel Blut, Mann ist auf Arbeit, ich bin allein und habe kein Auto",
  "Schwiegermutter seit 2 Tage nicht essen, nicht trinken, jetzt antwortet sie nicht mehr und Augen halb offen",
  "Tochter Asthma Spray leer, sie atmet mit Pfeifen und sitzt vorne gebeugt, Lippen grau, Apotheke zu",
  "Frau von Zimmer neben mir hat Schmerz in Bauch ganz stark, liegt gekrümmt und schreit seit eine Stunde, Security sagt warten bis Morgen",
  "Junge Frau steht auf Brücke über Bahngleise, auf die andere Seite von Geländer, sie weint und hält nur mit eine Hand. Ich bin Fahrradkurier und stehe hier",
  "Mein Freund schreibt mir gerade lange Abschied Nachricht und schickt Foto von sehr viele Tabletten auf Tisch, er wohnt Wohnheim Block 2 Zimmer 108",
  "Nachbar aus Afghanistan hat heute Brief von Abschiebung bekommen, jetzt hat er Seil an Decke in Zimmer gehängt, ich habe gesehen durch Tür",
  "ich kann nicht mehr. heute nacht ich gehe zum fluss und komme nicht zurück. sorry für alles",
  "Studentin in mein WG schneidet sich in Bad mit Rasierklinge, Blut kommt unter Tür raus, sie macht nicht auf",
  "Kollege auf Hof sagt er trinkt Pflanzenschutzmittel weil Familie in Rumänien alles verloren hat, er sitzt hinter Halle mit Flasche in Hand",
  "Meine Frau hat gesagt Kinder haben besser Leben ohne sie und ist raus gelaufen in Nacht ohne Schuhe, Richtung Bahnstrecke",
  "Instagram Story von Mädchen aus meine Sprachkurs: Foto von oben von Hochhaus Dach, Text „letztes Mal ich sehe diese Stadt“. Sie wohnt hier in Stadt, Story ist 10 min alt",
  "Mann auf Parkhaus oberste Etage sitzt mit Beine über Rand und sagt zu Leute sie sollen weggehen",
  "Bitte, mein Zimmernachbar isst 3 Tage nicht, heute er hat Messer und schneidet in Arm und sagt Gott soll ihn holen",
  "Saisonarbeiter von uns ist auf Silo geklettert und ruft er springt, Vorarbeiter lacht aber ich glaube er meint ernst",
  "Mein Sohn 16 hat in Handy gesucht wie viel Paracetamol man braucht um nicht aufwachen, jetzt Packung ist leer und er schläft sehr tief",
  "In Hof von Unterkunft ein Mann hat Benzin über sich gegossen und hält Feuerzeug, schreit wegen Ablehnung von Asyl",
  "Mann in Park hat Gürtel um Hals gemacht und an Ast gebunden, steht auf Bank, ich bin zu weit weg!!",
  "Jemand schreibt in Kommentar unter euer Post über Moschee: „Freitag komme ich mit Benzin vorbei“. Freitag ist morgen, bitte Polizei gucken!",
  "Chef von Schlachthof hat unsere Pässe genommen und sagt wer Polizei ruft, dem bricht er Knochen. Er steht jetzt mit Knüppel vor Container",
  "An Zaun von Grundschule steht Mann und ruft zu Kinder er nimmt eins mit, er hat Auto mit offen Tür, Lehrer merken nicht",
  "Vermieter kommt ohne Erlaubnis in Zimmer und sagt wenn ich nicht 500 Euro bar gebe, er verbrennt mein Sachen und mich. Er ist jetzt unten im Flur mit Kanister",
  "Someone with gun near the Rathaus entrance shouting, people running, I am inside Bürgerbüro hiding under desk",
  "Mein Cousin hat geschrieben er geht morgen in Schule und alle die ihn auslachen sollen bezahlen, er hat Bilder von Waffen von sein Vater geschickt",
  "Ehemaliger Kollege von Bauhof sitzt in Auto vor Verwaltung, hat in WhatsApp Gruppe geschrieben „heute zahlt ihr alle“ mit Foto von Axt im Kofferraum",
  "Weihnachtsmarkt bei Karussell Person mit Rucksack sagt laut sie sprengt alles in Luft, hält Hand in Rucksack",
  "Ich bin Studentin, mein Ex hat noch Schlüssel von Wohnung und schreibt er kommt heute Nacht und macht mein Gesicht kaputt. Er ist schon in Stadt, Freundin hat ihn gesehen",
  "Kind ist in Teich gefallen bei Stadtpark, man sieht nur Hand noch, ich kann nicht schwimmen!!",
  "Fluss ist über Ufer bei Campingplatz, Wohnwagen von Saisonarbeiter stehen schon in Wasser, Leute schlafen noch drin",
  "Mann beim Angeln in Kanal gerutscht, Strömung nimmt ihn mit, er ruft, wir laufen neben am Ufer",
  "hund auf eis gelaufen bei see, junge hinterher und eis ist gebrochen, er ist drin!!",
  "Wasser läuft von Straße in Keller Wohnung wo Familie mit Baby wohnt, schon bis Knie und steigt schnell",
  "Student von uns ist vom Tretboot gefallen mitten auf See, keine Schwimmweste, wir sehen Kopf noch manchmal",
  "Water coming from the street into our ground floor room in container camp, childrens beds already wet, still rising fast",
  "Jemand liegt mit Gesicht in Bach unter Fußgängerbrücke, bewegt nicht, Jacke treibt",
  "Regen seit gestern, Tiefgarage Wasser schon bis Autotür, Mann ist runter gegangen sein Auto holen und kommt nicht zurück",
  "Wind hat Baum umgedrückt, er lehnt jetzt an Haus nr 9, Fenster von Schlafzimmer kaputt, wir sind drin und es knackt weiter",
  "Balkon von Unterkunft hat große Riss und hängt nach unten, Leute stehen noch drauf und rauchen",
  "Treppe an Fußgängerbrücke Bahnhof, Stufen sind abgebrochen und Eisen kommt raus, viele Leute laufen schnell zum Zug",
  "Traffic light at Hauptstraße/Ringstraße is dead, all off, a truck almost hit kids at the crossing, please send police",
  "Im Containerdorf liegt Stromkabel in Wasser auf Boden, wenn man Türgriff anfasst es kribbelt und schlägt",
]);

/** Look-alikes that still raise an alarm (12). */
const STILL_ALARMED: ReadonlySet<string> = new Set([
  "Fotowettbewerb: ich will Foto von Sonnenuntergang schicken, Himmel sieht aus wie Feuer 🔥 wie groß darf Datei sein?",
  "Ich bin neu, was ist Nummer für Notfall in Deutschland? 112 für alles oder 110 Polizei? Nur Frage für später, alles gut",
  "Ich lese in Zeitung: in Hamburg große Explosion in Fabrik. Gibt es bei uns in Stadt auch solche Fabrik?",
  "Mein Kollege sagt Chef „bringt ihn um“ wenn er wieder zu spät kommt. Ist nur Spruch, oder? Ich lerne noch Deutsch",
  "Weihnachtsmarkt Stand mit Feuerzangenbowle, was ist das? Brennt Getränk wirklich? 😄",
  "Warum heißt Straße „Am Brandweiher“? War da mal Feuer? Wir ziehen nächsten Monat dahin",
  "Im Sprachkurs wir lernen Wörter Notfall, Krankenwagen, Feuerwehr. Hat Stadt eine Karte mit Bildern für Kinder?",
  "Beim Vereinsfest Grillmeister ruft „Achtung es brennt!“ und alle lachen, war nur Würstchen schwarz 😂 schönes Fest danke",
  "Meine Familie in Polen schreibt von großem Feuer im Wald bei ihnen, zum Glück weit weg von Dorf. Kann man von hier spenden?",
  "Ampel in Bahnhofstraße war gestern aus, heute wieder normal, nur zur Info, danke",
  "Mein Gastvater hat gesagt „ich bring dich um“ weil ich letzte Nutella gegessen hab, alle haben gelacht. Deutscher Humor? 😂",
  "Hallo liebe Stadt, ich schreibe lange weil ich möchte danke sagen. Vor zwei Monate in unsere Wohnung war Rauch aus Küche weil mein Sohn hat Topf vergessen, Feuerwehr kam in 5 Minuten, alle waren sehr freundlich, auch mit meine schlechte Deutsch. Niemand verletzt, nur Küche schwarz, jetzt alles neu gemacht. Ein Feuerwehrmann hat meinem Sohn erklärt wie Rauchmelder funktioniert und jetzt er kontrolliert jeden Sonntag. In Afghanistan wir hatten so etwas nicht. Gibt es Möglichkeit, dass ich Kuchen bringe zur Wache? Oder ist das nicht erlaubt für Beamte?",
]);

describeBlindDangerSet({
  name: "blind set 28",
  reports: DANGER_BLIND_REPORTS_28,
  dangers: 180,
  lookAlikes: 60,
  stillMissed: STILL_MISSED,
  stillAlarmed: STILL_ALARMED,
  leastRecall: 0.69,
  mostAlarms: 12,
  leastRightCategory: 0.61,
});
