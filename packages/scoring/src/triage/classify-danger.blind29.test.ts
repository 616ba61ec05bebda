import { describeBlindDangerSet } from "../test-support/blind-danger-set.js";
import { DANGER_BLIND_REPORTS_29 } from "./danger-blind-reports-29.js";

/*
 * The danger step on the twenty-ninth set of comments written without
 * looking at its lexicon (see danger-blind-reports-29.ts): people working in
 * or passing through a town that is not theirs (drivers, train staff,
 * carriers, cleaners, tradespeople, care workers on rounds, tourists,
 * cyclists, hikers, commuters), who tell places by landmarks and write in
 * work jargon. Measured before anything was changed for it, the lists found
 * 138 of the 180 dangers (recall 0.767) and raised 12 false alarms on the 60
 * look-alikes. The danger model of that day, not trained on the set, raised
 * recall to 0.956 with 14 alarms.
 */

/** Dangers the lists alone still miss (42). */
const STILL_MISSED: ReadonlySet<string> = new Set([
  "Beim Wanderparkplatz am Steinbruch ist ein Junge vom Felsen abgerutscht, hängt ca 5 m unten auf einem Vorsprung und weint. Wir kommen nicht ran.",
  "Kinder spielen auf den Strohballen bei der Scheune am Radweg und der Stapel ist grad gekippt, einer liegt drunter!!",
  "Beim Kreisel mit der großen Skulptur steht ein Auto, unter der Motorhaube züngelt es, der Fahrer sitzt noch drin und telefoniert?!",
  "Sehen wir vom Wanderweg oben am Aussichtsturm: unten im Tal bei den Gewächshäusern steigt eine riesige dunkelgraue Säule auf und wird immer dicker. Ist das bekannt?",
  "Handwerker hier, beim Flexen auf der Baustelle am Kirchplatz hat die Dämmung was abgekriegt, wir kriegen es nicht aus, es frisst sich die Fassade hoch",
  "Campingplatz Reihe C: bei den Nachbarn im Zelt läuft ein Gasheizer die ganze Nacht durch, die reagieren nicht auf Klopfen",
  "Fahrradtour, Weg am Fluss hinter der Kläranlage: es riecht plötzlich total chemisch und zwei Leute vor uns mussten sich übergeben",
  "Hausmeisterservice: im Heizungsraum der Kita schlägt der Warner an, die Kinder sind noch drin, was muss ich zuerst machen?",
  "Putzfrau hier, in der Firma hat jemand Chlorreiniger und Entkalker in einem Eimer gemischt, das dampft gelblich und im Flur kann man nicht mehr atmen",
  "An der Bushaltestelle am Industriegebiet liegt so ein beißender Nebel über der Straße, kommt von der Fabrik mit den zwei Schornsteinen, Augen brennen",
  "Nachtschicht Security: Alarm im Labor der Firma am Kreisel, da läuft irgendeine Flüssigkeit aus nem Kanister und dampft. Ich geh da nicht rein",
  "Bin mit dem Kajak unterwegs, unterhalb vom Wehr bei der alten Mühle treibt ein Mann im Wasser und hält sich an einem Ast fest, Strömung ist heftig",
  "Tourist hier, am Strandbad ist ein kleines Kind weg, die Mutter schreit, zuletzt vorne am Steg gesehen",
  "Busfahrer: die Straße nach dem Ortsausgang Richtung Hof ist überspült, ich fahr da nicht mehr durch, aber hinter mir fahren PKW einfach rein",
  "Wanderer hier, der Bach in der Klamm ist nach dem Gewitter braun und reißend geworden, eine Gruppe steht auf einer Sandbank in der Mitte fest",
  "Angler ist am Hafenbecken von der Kaimauer gerutscht, kommt die glatte Wand nicht hoch, das Wasser ist eiskalt",
  "leute am flussufer laufen alle aufs sandband raus weil so wenig wasser ist, kinder spielen ganz vorne, und da kommt grad ein riesiger frachter mit welle",
  "Unser Sohn (12) war mit Freunden an der Talsperre baden, die Freunde sind zurück, er nicht, Handy aus, seine Sachen liegen noch am Ufer. Wir sind nur übers Wochenende hier",
  "Lokführer: Baum im Gleis zwischen den beiden Bahnübergängen kurz nach dem Wald, wir haben Schnellbremsung gemacht, Gegenzug muss gewarnt werden",
  "Autobahn kurz vor der Raststätte: Baum liegt halb auf der rechten Spur, Autos weichen in letzter Sekunde aus",
  "Bin Zusteller. Der Typ im Haus mit dem grünen Zaun am Ortsende hat mir heute die Schrotflinte gezeigt und gemeint beim nächsten Mal knallt's. Meine Kollegin muss morgen da hin",
  "Taxifahrer. Hatte einen Fahrgast zum Rathaus, der hat die ganze Fahrt erzählt, dass er dem vom Bauamt morgen die Fresse poliert und die Bude abfackelt. Wirkte ernst, hatte nen Benzinkanister dabei",
  "auf dem rastplatz streiten zwei lkw fahrer, einer hat ein beil aus dem fahrerhaus geholt und geht auf den anderen los",
  "Pflegekraft: der Sohn meiner Patientin hat ihr gesagt, wenn sie das Haus nicht überschreibt, zündet er es an während sie drin liegt. Sie hat Angst, er kommt heute Abend wieder",
  "Ich mach früh die Reinigung im Jobcenter. An der Eingangstür klebt ein Zettel: „Ihr Schweine, Montag räum ich hier auf, mit Blei“",
  "Hab in nem Telegram-Kanal gelesen, dass einer aus eurer Stadt ankündigt, beim Stadtfest am Samstag mit dem Transporter in die Menge zu fahren. Screenshot hab ich. Wem geb ich das?",
  "An der Grundschule gegenüber unserer Baustelle läuft seit 20 min ein Mann mit einer gespannten Armbrust am Zaun hin und her und schaut auf den Pausenhof",
  "Meine Freundin schreibt mir aus einer Mitfahrgelegenheit, der Fahrer hat die Türen verriegelt, droht ihr und lässt sie nicht raus, sie sind auf der Autobahn kurz vor eurer Stadt",
  "Heute morgen im Linienbus: Schüler hat einem anderen eine Pistole an den Kopf gehalten und gesagt morgen ist sie geladen. Beide steigen an der Gesamtschule aus",
  "Mein Fahrgast im Taxi hat die ganze Fahrt gesagt, dass ihn keiner vermisst wenn er weg ist, hat sich nachts am Stausee absetzen lassen und mir sein ganzes Geld als Trinkgeld gegeben. Ich hab ein ganz mieses Gefühl",
  "Bin Disponentin in einer Spedition. Unser Fahrer hat in die Gruppe geschrieben „danke für alles Jungs, passt auf euch auf, ich mach heut Schluss“ und steht irgendwo bei euch an der Raststätte, geht nicht ans Telefon",
  "Wandergruppe: an der Aussichtskanzel am Felsen stehen ordentlich ein Paar Schuhe, daneben Brieftasche und ein Brief, von dem Mann keine Spur, da geht's 60 m runter",
  "Reinigungskraft im Hotel. Zimmer 31 hat seit gestern „Bitte nicht stören“, auf dem Schreibtisch liegt ein Umschlag „Für Mama“, die Badtür ist zu und es antwortet keiner",
  "Kollege auf der Baustelle hat sich vorhin mit dem Cuttermesser absichtlich die Unterarme aufgeschnitten, er sitzt im Container und lässt keinen rein",
  "Fahrgast im stehenden Regionalexpress steht an der offenen Tür und sagt zu mir als Zugbegleiterin „wenn der Güterzug kommt, steig ich aus“. Wir halten am Haltepunkt beim Kieswerk",
  "sie hat in ihren status geschrieben das sie heut nacht zum see geht und nicht wiederkommt, sie ist meine mitbewohnerin aus der ausbildung und grad bei ihren eltern in eurem ort. weiß nicht welche straße",
  "Fahrer hier, hab nen jungen Mann zur Brücke über die Talsperre gebracht, er hat unterwegs gefragt wie hoch die ist und ob man das überlebt. Er steht jetzt am Geländer, ich bin noch da",
  "Autobahnbrücke über die Talstraße: Auto auf dem Standstreifen, Tür offen, ein Mann klettert gerade über die Brüstung. Bin direkt hinter ihm mit dem LKW",
  "taxi fahrer hier, mein fahrgast hinten spuckt blut und ist kaltschweißig, ich fahr richtung krankenhaus aber wo ist die notaufnahme??",
  "Jugendliche haben an der Skaterbahn irgendwelche Pillen eingeworfen, einer liegt jetzt zuckend und überhitzt am Rand, die anderen wollen keinen Krankenwagen wegen Ärger",
  "Im Stau vorm Tunnel: Frau auf dem Beifahrersitz neben mir presst schon, der Mann winkt panisch, das Baby kommt gleich",
  "Meine Oma, bei der ich zu Besuch bin, hat seit einer Stunde Bauchweh, kalten Schweiß, Übelkeit und sagt ihr Kiefer tut weh. Sie will keinen Arzt, aber ich find das komisch",
]);

/** Look-alikes on which the lists alone still raise an alarm (12). */
const STILL_ALARMED: ReadonlySet<string> = new Set([
  "Heute war die Tour so übel, die Bude brennt, 180 Pakete und der Scanner hat gesponnen 😂",
  "Wenn ich noch einmal die Umleitung an der Brücke fahren muss, bring ich mich um mit der Tour, echt. Dreimal im Kreis wegen fehlender Schilder",
  "Im Restaurant am Markt ist heute der Laden explodiert, so viele Gäste auf einmal, die Küche hat geschwitzt. Aber lecker war's",
  "Die Tram hat heute 20 Minuten gestanden weil ein Baum auf den Gleisen lag, der war aber schon weggeräumt als ich kam. Warum sagt einem das keiner vorher?",
  "Suchen Busfahrer (m/w/d) für Linie 5, Schichtdienst, auch Quereinsteiger. Schnell sein lohnt sich – bei uns brennt die Hütte!",
  "Der neue Tatort spielt ja bei euch, die Szene mit der Leiche im Hafenbecken war an der alten Kaimauer, oder? Haben wir auf der Durchreise erkannt",
  "Heute früh hat die Rettungsgasse auf der Autobahnbrücke super geklappt, der RTW kam sauber durch. Mal ein Lob an die Autofahrer",
  "Geiler Auftritt von der Band „Brandherd“ gestern im Jugendzentrum, die Hütte hat gebrannt!",
  "Zugbegleiterin: heute hat mir wieder einer gesagt er bringt mich um wenn der Anschluss weg ist – hat gelacht dabei und sich am Ende entschuldigt. Trotzdem, Leute, wir können nix für die Verspätung",
  "Wie heißt eigentlich der Kreisel mit der Skulptur offiziell? Alle sagen „Explosionskreisel“ wegen der roten Metallzacken, bin nur Pendler und frag mich das schon lang",
  "Ich hab nix gegen Radfahrer, aber wer nachts ohne Licht auf der Landstraße fährt, landet irgendwann unterm Bus. Bitte Licht an, euer Busfahrer",
  "Security-Nachtschicht im Kraftwerk war heute wieder ruhig, nur der Feueralarm-Test um 3 Uhr, danach Kaffee und Kreuzworträtsel. Wer löst mich um 6 ab?",
]);

describeBlindDangerSet({
  name: "blind set 29",
  reports: DANGER_BLIND_REPORTS_29,
  dangers: 180,
  lookAlikes: 60,
  stillMissed: STILL_MISSED,
  stillAlarmed: STILL_ALARMED,
  leastRecall: 0.76,
  mostAlarms: 12,
  leastRightCategory: 0.6,
});
