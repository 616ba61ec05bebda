import { describeBlindDangerSet } from "../test-support/blind-danger-set.js";
import { DANGER_BLIND_REPORTS_21 } from "./danger-blind-reports-21.js";

/*
 * The danger step on the twenty-first set of comments written without
 * looking at its lexicon (see danger-blind-reports-21.ts): people at work
 * who come upon a danger (delivery drivers, care nurses, gardeners, bus
 * drivers, postmen, a farmer, a chimney sweep, security guards) in the words
 * of their trade, people writing in Leichte Sprache and people with
 * dyslexia, in ordinary municipal places. Measured before anything was
 * changed for it, the lists found 142 of the 180 dangers (recall 0.789:
 * threat 8 missed, self-harm 7, accident 6, medical 5, gas 4, tree 3,
 * infrastructure 3, water 2), named the right category for 124, and raised
 * 8 false alarms on the 60 look-alikes. The danger model of that day, not
 * trained on the set, raised recall to 0.939 (right category 148) with the
 * same 8 alarms.
 */

/** Dangers the step still misses (37). */
const STILL_MISSED: ReadonlySet<string> = new Set([
  "Ich bin an der Kreuzung beim Rathaus. Zwei Autos sind zusammen gestoßen. Ein Mann sitzt im Auto. Er kann nicht raus. Bitte kommen Sie schnell.",
  "auf dem feltweg hinter dem friedhof ist ein traktor umgekipt und der fahrer ligt drunter bite hilfe schiken",
  "Kurier hier 🚲 vor der Kita Sonnenschein hat ein SUV beim Rückwärtsausparken ein Kind mit Laufrad erwischt. Kind weint, Mutter schreit. Schnell!!",
  "baustelle neubaugebit süd: der bagger ist beim wenden gegens gerüst gefarn und ein arbeiter ist runtergefalen. er schreit und kan das bein nich bewegen",
  "Gärtnertrupp Fa. Grünwerk: Kollege ist am Friedhof mit dem Aufsitzmäher die Böschung runter, Mäher liegt auf ihm drauf. Wir kriegen ihn zu zweit nicht hoch.",
  "Bahnübergang Mühlweg: Zug hat einen Transporter erwischt 😱 Wrack liegt neben dem Gleis, ich seh jemanden drin",
  "pflegedinst: bei meiner patientin in der kuche sind alle herdknöpfe aufgedreht aber keine flamme, es stinkt extrem, ich hab die fenster auf gemacht, sie ist dement und will nicht raus",
  "Baumpflege Roth: Beim Stubbenfräsen im Park an der Friedhofstraße Leitung erwischt, es bläst hörbar aus dem Loch. Wir haben 50 m abgesperrt.",
  "Ich arbeite im Freibad. Im Technik-Raum riecht es scharf. Nach Chlor. Meine Augen brennen. Ein Kollege hustet sehr.",
  "Haustechnik Rathaus: Heizung, Brennerflamme aus, Magnetventil offen, Heizraum voller Geruch. Keine Schalter betätigen! Noch Personal im Haus.",
  "Ein Mann liegt vor dem Rathaus. Er atmet komisch. Er sagt nichts. Ich habe Angst.",
  "Kita Sonnenblume: Kind hat was mit Nuss gegessen, Lippen schwellen, pfeift beim Atmen, kein Notfallset da",
  "reinigungskraft sporthalle: ein jugendlicher liegt in der umkleide, hat sich übergeben und wir kriegen ihn nicht wach, daneben ne leere flasche wodka",
  "Pflegedienst Tour: Patientin BZ 28, nicht weckbar, kein Glukagon im Haus. Rosenweg 11.",
  "Pflegedienst: Meine Klientin hat mir heute alle Tabletten gezeigt, die sie seit Wochen sammelt, und gesagt, morgen brauch ich nicht mehr zu kommen. Ich muss weiter auf Tour, bitte schickt jemanden zu ihr, Amselweg 3.",
  "ich kan nich mer. ich hab alle schlaftableten genomen. es tut mir leit für alle. ich sitz auf der bank am see.",
  "Postbote: Ein Kunde hat mir eben einen Brief an seine Tochter in die Hand gedrückt, ich soll ihn erst morgen einwerfen, dann sei er eh nicht mehr da. Er war ganz ruhig und seltsam. Lindenallee 20.",
  "Bin Wachmann, Bahnhof Nachtschicht. Ein Mädchen läuft auf den Gleisen Richtung Tunnel und sagt, sie will, dass es endlich aufhört. Ich bleib an ihr dran.",
  "Ich bin auf der Brücke. Ich bin sehr traurig. Ich will springen. Keiner hilft mir.",
  "Hausmeister Seniorenheim: Herr F. hat das Fenster im 4. Stock aufgehebelt und lehnt sich weit raus, sagt, er will zu seiner Frau.",
  "Lkw-Fahrer auf der Talbrücke: Auf dem Standstreifen hat ein Auto gehalten, eine Frau ist ausgestiegen und klettert übers Geländer. Ich halte an und red mit ihr.",
  "Kita: Ein Vater mit Hausverbot rüttelt am Tor und schreit, er holt sein Kind jetzt raus und wer sich in den Weg stellt, kriegt was ab. Er hat einen Baseballschläger dabei.",
  "Ein Mann im Rathaus ist sehr wütend. Er schreit. Er hat ein Messer. Die Leute laufen weg.",
  "Morgen bei der Gemeinderatssitzung nehm ich die Flinte vom Opa mit, dann wird in eurem Saal endlich mal richtig aufgeräumt. Ich weiß, wo ihr sitzt.",
  "Pflegedienst: Der Sohn meiner Patientin hat mich im Flur gegen die Wand gedrückt und gesagt, wenn ich noch mal komme, lieg ich im Keller. Er ist jetzt allein mit seiner Mutter in der Wohnung.",
  "Lehrer, Wandertag Stadtpark: Ein Mann läuft uns seit einer halben Stunde hinterher, fotografiert die Kinder und hat eben versucht, einen Jungen am Arm wegzuziehen.",
  "Nachtwache Seniorenheim: Jemand hat die Glastür am Eingang eingeschlagen, ich höre ihn unten im Erdgeschoss mit einer Stange Türen aufbrechen. Ich hab mich mit zwei Bewohnern im Stationszimmer eingeschlossen.",
  "Ein Mann folgt mir. Er hat gesagt: Ich tu dir weh. Ich bin am Bahnhof. Ich habe Angst.",
  "Gärtner Stadtpark: Ein Mann hat eine Frau am Spielplatz an den Haaren gepackt und zerrt sie Richtung Gebüsch, sie schreit. Wir gehen hin.",
  "Kurier: Mann im Rollstuhl ist am Flussufer die Bootsrampe runter ins Wasser gerollt, treibt ab!!!",
  "In der Turnhalle ist Wasser. Das Wasser kommt von oben. Es wird immer mehr. Der Strom ist noch an.",
  "Hausmeister Sporthalle: Birke am Halleneingang ist angeknackst und lehnt aufs Vordach, jede Böe drückt mehr, um 17 Uhr kommt das Kindertraining.",
  "Wachmann Nachtschicht: Im Park am Rathaus krachen ständig Äste runter, eben einer knapp neben einem Obdachlosen, der da schläft. Hol ihn weg, bitte Weg sperren.",
  "Gärtner: Robinie am Radweg vor der Bahnunterführung reißt gerade auf, man hört es richtig knallen, und die Radler fahren weiter drunter durch.",
  "Sporthalle Nord: Deckenplatten über der Tribüne hängen runter, eine ist schon runtergekracht, Jugendturnier läuft gerade.",
  "Freibad: Die 5-Meter-Plattform am Sprungturm wackelt stark, die Verankerung hat sich gelöst, oben stehen Kinder Schlange.",
  "Schornsteinfeger: Kaminkopf auf dem Dach vom Rathaus Nordflügel ist lose, Steine rieseln schon auf den Eingang, da gehen grad Besucher rein.",
]);

/** Look-alikes that still raise an alarm (8). */
const STILL_ALARMED: ReadonlySet<string> = new Set([
  "Hat jemand den Tatort gestern gesehen? Die Explosion am Anfang war echt gut gemacht.",
  "Wann wird der Baum an der Schulstraße nachgepflanzt, der im Februarsturm umgefallen ist?",
  "Mein Beitrag zum Fotowettbewerb: Sonnenuntergang überm Stausee, sieht aus als würde der Himmel brennen 🌅",
  "Die Straße heißt echt „Brandweg“? Ich dachte erst, da brennt was 😄",
  "Das Hochwasser 2021 hatte unseren Keller komplett geflutet, gut dass jetzt endlich der Damm gebaut wird.",
  "Heute früh lag ein kleiner Ast auf dem Radweg am Friedhof, hab ihn zur Seite gelegt, ist jetzt frei.",
  "Hab mich total verbrannt beim Grillwettbewerb am Marktfest – Sonnenbrand deluxe 😂",
  "Ist der Mann, der gestern am Bahnhof umgekippt ist, gut versorgt worden? Der Rettungsdienst war ja sofort da.",
]);

describeBlindDangerSet({
  name: "blind set 21",
  reports: DANGER_BLIND_REPORTS_21,
  dangers: 180,
  lookAlikes: 60,
  stillMissed: STILL_MISSED,
  stillAlarmed: STILL_ALARMED,
  leastRecall: 0.78,
  mostAlarms: 8,
  leastRightCategory: 0.68,
});
