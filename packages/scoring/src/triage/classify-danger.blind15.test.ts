import { describeBlindDangerSet } from "../test-support/blind-danger-set.js";
import { DANGER_BLIND_REPORTS_15 } from "./danger-blind-reports-15.js";

/*
 * The danger step on the fifteenth set of comments written without looking
 * at its lexicon (see danger-blind-reports-15.ts): short messages typed in a
 * hurry while it happens (fragments, a street and what is wrong there), and
 * some longer ones. Measured before anything was changed for it, the lists
 * found 135 of the 180 dangers (recall 0.750: self-harm 8 missed, gas 7,
 * threat 7, infrastructure 7, water 6, medical 4, accident 3, tree 2, fire
 * 1), named the right category for 119, and raised 12 false alarms on the 60
 * look-alikes. The danger model trained that day without the set raised
 * recall to 0.922 with 13 alarms.
 */

/** Dangers the step still misses (44). */
const STILL_MISSED: ReadonlySet<string> = new Set([
  "A7 Ausfahrt Nord Nebel, mind. 5 Autos aufeinander, Warnblinker, Leute laufen auf Fahrbahn",
  "e-scooter typ unter der straßenbahn am marktplatz omg",
  "Gabelstapler auf Arbeiter gekippt Bauhof!! bein drunter",
  "Balkon 3. OG Ringstr: Grill umgekippt, Markise fängt, Leute nicht da",
  "Herdknopf abgebrochen, lässt sich nicht zudrehen, Küche riecht immer schlimmer",
  "im chemieraum riechts mega nach ei, ein hahn am tisch war die ganze stunde offen, lehrerin sagt alle raus",
  "Bi üs im Huus schmöckts wie verfuulti Eier, mer sind alli usse, Kirchwäg 4",
  "Restaurant Adler: Flamme am Herd aus, Geruch wird stärker, Koch steht mit Kippe an der Tür!!",
  "Wir sind in der Turnhalle Am Sportpark beim Kinderturnen, und seit ein paar Minuten riecht es im Umkleidebereich immer stärker, so beißend nach Knoblauch und Schwefel. Die Übungsleiterin hat unsere Gruppe rausgeschickt, aber drüben im Jugendraum ist noch eine Gruppe. Der Hausmeister geht nicht ans Telefon.",
  "ganze ringstraße stinkt faulig, an der ecke blubbert eine pfütze",
  "Straßenbau Hauptstr: Arbeiter torkelt, knallrot, kotzt, Hitze",
  "Hallo, ich bin Pflegerin vom ambulanten Dienst. Frau Berger, 86, Tulpenweg 11, ruft durch die Wohnungstür um Hilfe, sie liegt wohl seit gestern Abend im Flur und kommt nicht hoch. Sie klingt ganz schwach und verwirrt. Den Schlüssel hat nur der Sohn, und der ist in Spanien. Wer kann die Tür öffnen?",
  "Ich bin 78 und allein zu Hause in der Amselstraße 3. Seit einer Stunde habe ich so ein Engegefühl in der Brust, der Schmerz zieht in den Kiefer und mir ist übel und kalt. Ich wollte meine Tochter nicht beunruhigen. Ich weiß nicht, ob ich deswegen jemanden stören darf. Die Haustür ist offen.",
  "Nasenbluten seit 40 min, nimmt Blutverdünner, ihm wird schwarz vor Augen",
  "niemand würd mich vermissen wenn ich heut nacht vom parkhausdach spring. bin schon oben",
  "Ich kann nicht mehr, morgen Abschiebung, ich gehe heute zu Fluss und komme nicht zurück",
  "alles verschenkt. wodka und pillen stehen vor mir. gute nacht welt",
  "Ich weiß nicht, ob das hier richtig ist. Mein Bruder (19) hat eben in unsere Familiengruppe geschrieben, dass er uns allen verzeiht und wir sein Zimmer ausräumen sollen. Seitdem ist sein Handy aus. Sein Auto steht am Wanderparkplatz beim Steinbruch. Er redet seit Wochen davon, nicht mehr da sein zu wollen.",
  "steh auf der eisenbahnbrücke. zug um 22:14. sorry mama",
  "Bitte helft, Nachbar (alt) hat gesagt er macht heut Schluss, hab grad nen Schlauch am Auspuff gesehn",
  "ich schreib das hier weil meine eltern eh nicht zuhören. in der schule machen mich alle fertig, auch jetzt in der insta gruppe. ich hab heute die tabletten von meiner oma genommen, ganz viele, und sitz jetzt im park hinter der realschule. mir ist schon komisch. ist eh egal.",
  "Morgen knallt's auf eurem Weihnachtsmarkt. Ihr werdet sehen 💣",
  "nebenan grad einer durchs fenster eingestiegen, taschenlampe, nachbarn sind im urlaub",
  "Der Sachbearbeiter vom Jobcenter soll heut Abend gut aufpassen, wenn er heimgeht.",
  "Koffer steht seit 1 Std allein am Bahnsteig 3, Drähte gucken raus",
  "An die Stadtverwaltung: Ihr habt mir die Wohnung genommen, das Amt hat mich ausgelacht. Ich habe eure Namen, ich kenne die Öffnungszeiten. Am Montag um acht komme ich ins Bürgerbüro und dann lacht keiner mehr. Die Polizei braucht gar nicht erst anzurufen.",
  "Mann zerrt Kind in Auto, Kind schreit „das ist nicht mein Papa“, Parkplatz Lidl",
  "Dem Gemeinderat sei Hüttn zünd i heut Nacht o, der werd scho seng",
  "Bach über Ufer Mühlweg, Autos treiben weg",
  "Hydrant abgefahren, Fontäne, Straße wird zum Fluss, Ecke Berliner Str",
  "Mann fällt von Boot in Fluss bei Brücke, er kann nicht schwimmen, treibt weg",
  "D'Kinzig kummt! Im Unnerdorf stehts scho bis an d'Hoftür, un's steigt",
  "Wir sind am Rheinufer bei der Fähre. Ein Schwimmer ist zu weit raus, die Strömung zieht ihn Richtung Fahrrinne, er winkt und geht immer wieder unter. Da kommt ein Frachter. Hier gibt es keinen Rettungsring, der Kasten ist leer!",
  "Kleinkind in Gartenteich vom Nachbarn, Mutter zieht grad raus!!",
  "Schneelast, Äste krachen im Friedhof runter, Beerdigung läuft grad",
  "Stamm liegt hinter Kurve auf Landstraße nach Eschach, Nebel, sieht man erst im letzten Moment",
  "im hallenbad hängt ne deckenplatte runter überm becken, bademeister chillt",
  "Treppe von Fußgängerbrücke kaputt, Beton fällt auf Straße, Autos fahren drunter",
  "Schachtdeckel Schulweg verrutscht, Erstklässler hüpfen drum rum",
  "De Brück übern Bach hängt durch un kracht, wenn e Auto driwwer fährt",
  "Heute Morgen nach dem Sturm: Auf dem Feld Richtung Lerchenberg liegt eine der großen Überlandleitungen am Boden, die Masten sind schief. Die Kühe vom Bauern Weiß stehen direkt daneben, und auf dem Feldweg kommen gleich die Schulkinder mit dem Rad vorbei. Es summt richtig laut. Bitte jemand absperren!",
  "Sehr geehrte Damen und Herren, im Seniorenheim Abendrot sitzt seit 40 Minuten eine Bewohnerin im Aufzug fest, zwischen dem 2. und 3. Stock. Sie hat Herzprobleme und bekommt Panik. Der Hausmeister ist nicht erreichbar und der Notruf im Aufzug klingelt ins Leere. Bitte helfen Sie uns.",
  "Tiefgarage Stadthalle: Beton platzt von Decke, Eisen sichtbar, knackt laut",
]);

/** Look-alikes that still raise an alarm (12). */
const STILL_ALARMED: ReadonlySet<string> = new Set([
  "Was macht man eigentlich, wenn man Gas riecht? Frage für die Schülerzeitung",
  "Sonnenuntergang überm See, Himmel wie in Flammen 🧡",
  "Lesung „Das Feuer von Brandenburg“ in der Stadtbücherei, wann?",
  "Straße Am Brandweiher wann wieder frei?",
  "kleine Überschwemmung im Bad nach dem Baden mit den Kids 😂",
  "Dreh am Marktplatz mit Polizeiautos und Explosion, keine Sorge, ist für eine Serie",
  "Bei uns auf der Arbeit brennt die Hütte, Quartalsende 😵",
  "Waldbrandstufe 4, darf man im Wald noch rauchen?",
  "Wir planen am Samstag mit der Jugendfeuerwehr eine Schauübung am Schulzentrum, mit Rauchmaschine und „verletzten“ Darstellern. Bitte nicht erschrecken und keinen Notruf wählen, wenn Rauch aus dem Gebäude kommt, es ist alles gestellt. Beginn 14 Uhr, Zuschauer willkommen.",
  "Rauchmelder piept alle 30 Sek kurz, Batterie leer oder?",
  "Früher hatten wir im Dorf noch die Sirene auf dem Schulhaus, und bei jedem Feuer ist das ganze Dorf gerannt. Mein Vater war 30 Jahre bei der Wehr. Schön, dass ihr die alten Fotos zeigt, da werden Erinnerungen wach.",
  "Zum Fotowettbewerb „Unsere Stadt im Herbst“: Darf man Fotos vom umgestürzten Baum am Schlosspark einreichen? Der liegt ja seit dem Sturm im Oktober abgesperrt da und sieht mit dem Moos echt spannend aus.",
]);

describeBlindDangerSet({
  name: "blind set 15",
  reports: DANGER_BLIND_REPORTS_15,
  dangers: 180,
  lookAlikes: 60,
  stillMissed: STILL_MISSED,
  stillAlarmed: STILL_ALARMED,
  leastRecall: 0.75,
  mostAlarms: 12,
  leastRightCategory: 0.66,
});
