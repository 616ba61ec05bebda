import { describeBlindDangerSet } from "../test-support/blind-danger-set.js";
import { DANGER_BLIND_REPORTS_33 } from "./danger-blind-reports-33.js";

/*
 * The danger step on the thirty-third set of comments written without
 * looking at its lexicon (see danger-blind-reports-33.ts): older people and
 * those who care for them (pensioners in polite full sentences, people in
 * assisted living, family carers, neighbours, home-care workers, relatives
 * far away who cannot reach a parent). Measured before anything was changed
 * for it, the lists found 117 of the 180 dangers (recall 0.650) and raised 7
 * false alarms on the 60 look-alikes. The danger model of that day, not
 * trained on the set, raised recall to 0.906 with 9 alarms.
 */

/** Dangers the lists alone still miss (63). */
const STILL_MISSED: ReadonlySet<string> = new Set([
  "Am Zebrastreifen bei Edeka hat grad ein Lieferwagen einen Herrn mit Stock erwischt... er liegt noch da",
  "Mein Nachbar, 82, ist mit dem Elektromobil in den Graben am Feldweg gerutscht und steckt fest, er kommt allein nicht raus und es wird schon dunkel",
  "Im Seniorenheim am Park ist der Treppenlift stecken geblieben und Herr B. hängt halb schief drin, das Personal kriegt den Gurt nicht auf",
  "Papa wollte die Dachrinne selber sauber machen, mit 84 Jahren!!! Jetzt liegt er unten auf der Terrasse und antwortet nur noch mit ja und nein",
  "Bin beim Schneeschippen ausgerutscht und liege auf dem Rücken in der Einfahrt, komm nicht hoch... mein Enkel tippt das von zuhause für mich, Birkenweg 12",
  "Am Bus zur Wassergymnastik ist ein Herr beim Aussteigen zwischen Tür und Bordstein gefallen und der Fahrer will weiterfahren!",
  "Da steht ein älterer Herr mitten auf der B27 mit seinem Rollator und weiß nicht wohin, die LKWs hupen nur, gleich passiert was",
  "Herr Pfeiffer aus dem 3. Stock ist die Kellertreppe runter. Liegt unten. Atmet, aber redet wirres Zeug. Wir sind nur zwei Nachbarinnen hier",
  "oma ist mitm rad in die straßenbahnschienen gekommen und liegt jetzt auf den gleisen höhe marktplatz, die nächste bahn kommt in paar minuten",
  "Mutti hat die Herdplatte angelassen und ist zum Arzt, ich seh auf der Kamera dass der Topf schon schwarz raucht, ich bin in München!! Gartenstraße 3",
  "Der Opa vom Haus gegenüber verbrennt Laub direkt an der Thujahecke, die hat jetzt auch angefangen und er steht allein davor mit dem Gartenschlauch der nicht reicht",
  "Nachtdienst Pflege-WG: Toaster in Zimmer 4 hat die Küchenrolle angesteckt, der Bewohner sitzt im Rollstuhl daneben und wir sind nur zu zweit",
  "Opa hat den Heizstrahler mit der Propanflasche im Wohnzimmer an weil die Heizung kaputt ist, Fenster alle zu, er ist jetzt so schläfrig und redet ganz langsam",
  "Meine Eltern haben im Wohnwagen den Campingkocher zum Heizen angemacht über Nacht, jetzt geht keiner ans Telefon, Campingplatz am See Stellplatz 14",
  "Nachbar hat im Keller mit dem Notstromaggregat gewerkelt, jetzt liegt er da unten und die Frau steht oben und ruft nur noch",
  "Tante Gerda sagt die Flamme vom Gasofen ist aus aber es strömt weiter, so versteh ich das am Telefon... sie ist ganz durcheinander",
  "In der Tagespflege riecht es im Bastelraum plötzlich beißend nach Chemie, ein Kanister ist umgekippt und die Senioren husten",
  "Bei Opa auf dem Hof zieht der Kohleofen nicht mehr, die ganze Stube ist voll, er sagt ihm ist schlecht und er will sich hinlegen",
  "Der Boiler im Bad von meinem Vater flackert so gelb und im Bad wird ihm dauernd schwindlig, heute ist er fast umgekippt beim Rasieren",
  "Beim Unkrautspritzen hat Herr Nolte die Brühe eingeatmet, er würgt und bekommt schlecht Luft",
  "Enkelin hier: Oma hat seit gestern Kopfweh und Übelkeit, Opa auch, und die Katze liegt nur rum. Sie haben so einen uralten Durchlauferhitzer. Ich mach mir Sorgen",
  "Eine Frau ist am Rheinufer in Kleidung reingelaufen und treibt ab, ich glaub es ist die demente Dame aus dem Heim",
  "Meine Eltern wohnen unten am Flussweg, die Straße ist schon weg und das Wasser steht am Fenster. Sie gehen nicht ans Telefon. Bitte fahrt jemand hin",
  "Eine Frau mit Rollator ist am Durchlass beim Sportplatz weggerutscht und hängt am Geländer, der Bach reißt total",
  "Am Baggersee ist eine Seniorin von der Luftmatratze gerutscht und geht immer wieder unter, ihr Mann schreit am Ufer",
  "Die Eisfläche am Dorfteich ist total dünn und der Herr Wendt aus dem Altenheim geht trotzdem drüber als Abkürzung, gerade wieder, er ist mitten drauf",
  "Hangwasser läuft in Strömen durchs Wohnzimmer von Frau Heinemann am Kirchberg, sie ist bettlägerig und ganz allein",
  "Die große Eiche im Garten meiner Mutter hat sich heute Nacht im Sturm schief gestellt und lehnt jetzt auf dem Schlafzimmerdach. Die Wurzeln kommen schon aus der Erde.",
  "Beim Nachbarn wird gerade eine Pappel gefällt, ohne Absperrung, und der Stamm dreht sich Richtung Gehweg, wo die Leute vom betreuten Wohnen spazieren gehen",
  "Mein Mann hat von der Leiter aus am Kirschbaum gesägt, jetzt liegt der Ast auf ihm drauf und ich krieg ihn nicht weg",
  "Sehr geehrte Damen und Herren, heute haben angebliche Polizeibeamte bei mir angerufen, ich solle mein Geld abheben. Als ich ablehnte, sagten sie, sie wüssten wo ich wohne und kämen heute Abend vorbei. Ich bin allein.",
  "Da läuft ein Typ ums Seniorenheim und schaut in die Zimmerfenster, er hat was Langes unter der Jacke, sah aus wie ein Gewehrlauf",
  "Der Enkel von Frau Brandt setzt sie seit Wochen unter Druck, heute hat er gesagt morgen holt er sich die Rente und wenn sie nicht aufmacht tritt er die Tür ein und dann 'gnade ihr Gott'",
  "Seit gestern ruft ein Mann bei meiner Mutter an, er sei ihr Neffe, jetzt sagt er, er kommt heute Nacht mit seinen Leuten und nimmt sich was er will",
  "Im Bürgerbüro eben: ein älterer Herr hat geschrien, wenn das Geld nicht bis Freitag da ist, kommt er mit der Schrotflinte wieder und dann ist hier keiner mehr sicher",
  "Der Hausmeister im Betreuten Wohnen hat zu Frau Ludwig gesagt, wenn sie ihn nochmal beim Vermieter anschwärzt, findet man sie unten an der Treppe. Das war kein Spaß, sie zittert",
  "Mein Ex-Mann hat mir geschrieben, er kommt morgen zum Geburtstag meiner Mutter ins Pflegeheim und 'macht da reinen Tisch mit allen'. Er hat Waffen zu Hause",
  "Herr Kuhn stand gestern mit dem Spaten vor unserer Tür und hat gesagt, beim nächsten Mal haut er meinem Mann (80) den Schädel ein. Jetzt steht er wieder bei uns im Garten",
  "Unterm Post vom Pflegedienst schreibt einer: 'Die Schwester, die meiner Mutter die Spritze gegeben hat, kriegt morgen was sie verdient, ich weiß wann ihre Tour anfängt'",
  "Sehr geehrte Damen und Herren, meine Nachbarin (84) hat mir heute ihren Schmuck und ihre Katze geschenkt und sich für alles bedankt. Sie sagte, sie werde das alles nicht mehr brauchen. Ich habe ein sehr ungutes Gefühl.",
  "Ein Opa sitzt seit einer Weile auf dem Geländer der Talbrücke, ich habs grad vom Auto aus gesehen, er hat seine Mütze und die Schuhe daneben abgelegt",
  "Pflegedienst: Patient hat alle Insulinpens auf dem Tisch liegen und sagt, er spritzt heute Abend alles auf einmal, dann hat die Familie endlich Ruhe",
  "Meine Mutter hat einen Brief an uns Kinder auf den Küchentisch gelegt und ist mit dem Auto weg, Richtung Steinbruch. Sie ist 79.",
  "Seit Oma die Diagnose hat, redet sie nur noch davon wie sie es macht. Heute hat sie das Seil aus der Garage ins Schlafzimmer getragen. Wir wohnen in Berlin, kann jemand hin?",
  "Mein Nachbar, Witwer, hat seine Waffen vom Schützenverein zu Hause und hat heute gesagt, er geht jetzt zu Erna. Erna ist seit März tot.",
  "Herr S. aus Zimmer 12 hat beim Abendessen gesagt, heute Nacht macht er das Fenster auf und dann ist Schluss. Der meint das so, letzte Woche hat er es schon probiert",
  "Vater hat sich mit Absicht mit dem Brotmesser in den Arm geschnitten, er sagt er will verbluten. Ich bin da aber er lässt mich nicht ran",
  "Meine Tante hat uns allen eine Mail geschickt: 'Danke für alles, ihr Lieben, ich gehe jetzt in den See.' Sie wohnt direkt am Ufer. Keiner erreicht sie.",
  "Alte Frau steht seit 20 Minuten am Bahnübergang Mühlenweg, sie hat zu mir gesagt ich soll weitergehen, sie wartet auf den nächsten Zug. Da hält aber keiner",
  "Herr Albers hat Testament gemacht, den Hund weggegeben und gestern den Schlüssel beim Nachbarn abgegeben 'falls was ist'. Heute sind alle Rollläden unten und er macht nicht auf",
  "Mein Opa hat grad am Telefon gelallt, er hat seine ganzen Herztabletten geschluckt, weil er nicht ins Heim will. Dann hat er aufgelegt.",
  "Meine Eltern, beide über 85, haben mir einen Brief geschickt, dass sie zusammen gehen wollen, bevor einer ins Heim muss. Der Brief ist von vorgestern. Sie gehen nicht ans Telefon.",
  "In der Apotheke hat mir eine Kundin eben gesagt, sie kauft das Schlafmittel 'nicht zum Schlafen, sondern fürs Endgültige'. Sie ist Richtung Friedhof, graue Jacke, Gehstock",
  "Ich pflege meine Frau seit neun Jahren und kann nicht mehr. Ich hab heute das Jagdgewehr geputzt. Ich weiß nicht ob ich morgen früh noch da bin.",
  "Sehr geehrte Damen und Herren, im Wartebereich der Sparkasse ist soeben ein älterer Herr vom Stuhl gesackt und atmet nur noch röchelnd.",
  "Nachbar, 85, lag wohl die ganze Nacht draußen im Garten im Frost. Er zittert nicht mal mehr und redet kaum",
  "Hallo, ich erreiche meinen Vater seit gestern Abend nicht, er hat Herzschwäche und war zuletzt so kurzatmig. Er geht nie aus dem Haus. Kann jemand nach ihm schauen? Grüner Weg 3",
  "Meine Schwester ist bei Oma zu Besuch: Oma hat auf einmal keine Kraft mehr im rechten Arm und findet die Wörter nicht. Seit zehn Minuten.",
  "Meine Enkelin ist zu Besuch und das Baby kommt jetzt, ich sehe schon das Köpfchen. Ich bin 80 und allein mit ihr. Hilfe. Bachstr. 2",
  "Im Seniorenwohnheim Sonnenhof fällt der Strom immer wieder aus, zwei Bewohner hängen an Beatmungsgeräten, die laufen jetzt auf Akku und der ist bald leer",
  "Die Gartenmauer zwischen unserem Grundstück und dem Gehweg hat sich nach dem Regen nach außen gewölbt, es fallen schon Steine raus, gleich kommen die Omas vom Markt vorbei",
  "Das Vordach über dem Eingang vom Pflegeheim hängt auf einer Seite runter, eine Stütze ist weggerostet, und jeder Besucher muss da drunter durch",
  "Blankes Eis auf dem Weg zur Praxis Dr. Hahn, vor der Tür liegen jetzt schon zwei alte Leute die ausgerutscht sind, und keiner streut",
]);

/** Look-alikes on which the lists alone still raise an alarm (7). */
const STILL_ALARMED: ReadonlySet<string> = new Set([
  "Wie funktioniert eigentlich so ein Hausnotrufknopf? Meine Mutter hat Angst, dass gleich der Notarzt vor der Tür steht, wenn sie aus Versehen draufdrückt.",
  "Der Bus 12 ist heute schon wieder nicht gekommen. Wir alten Leute stehen uns die Beine in den Bauch, irgendwann erfriert hier noch einer. Unverschämt!",
  "Rauchmelder bei Oma piept alle paar Minuten einmal ganz kurz – heißt das nur Batterie leer? Es brennt nichts, sie hat nur Sorge.",
  "Gestern roch es bei der Nachbarin nach Gas, die Stadtwerke waren sofort da, es war nur die Biotonne unterm Fenster. Alles gut, danke für die schnelle Hilfe.",
  "Mutti ist vor drei Wochen gestürzt und hat sich den Oberschenkel gebrochen. Jetzt ist sie in der Reha und macht schon wieder Witze. Danke an die Sanitäter!",
  "Beim Bingo im Gemeindezentrum ging es gestern heiß her, Frau Schmitz hat vor Freude fast einen Herzinfarkt gekriegt, als sie gewonnen hat 😄",
  "Bei den Sitzungen vom Seniorenbeirat hat man immer so einen Brand... es gibt nichts zu trinken! Bitte Wasserflaschen hinstellen.",
]);

describeBlindDangerSet({
  name: "blind set 33",
  reports: DANGER_BLIND_REPORTS_33,
  dangers: 180,
  lookAlikes: 60,
  stillMissed: STILL_MISSED,
  stillAlarmed: STILL_ALARMED,
  leastRecall: 0.65,
  mostAlarms: 7,
  leastRightCategory: 0.5,
});
