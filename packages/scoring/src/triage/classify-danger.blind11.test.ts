import { describeBlindDangerSet } from "../test-support/blind-danger-set.js";
import { DANGER_BLIND_REPORTS_11 } from "./danger-blind-reports-11.js";

/*
 * The danger step on the eleventh set of comments written without looking at
 * its lexicon (see danger-blind-reports-11.ts): voices detectors handle
 * badly (voice-to-text without punctuation, older writers, teenage slang,
 * non-native German, eight dialects, German mixed with English). Measured
 * before anything was changed for it, the lists found 106 of the 180
 * dangers (recall 0.589: self-harm 12 missed, water 10, gas 9, accident 9,
 * medical 9, threat 7, tree 7, infrastructure 7, fire 4), named the right
 * category for 92, and raised 14 false alarms on the 60 look-alikes. The
 * danger model as it then was, not trained on the set, raised recall to
 * 0.772 with 16 alarms.
 */

/** Dangers the step still misses (67). */
const STILL_MISSED: ReadonlySet<string> = new Set([
  "Grüß Gott, bei dr Gartehütt vom Nochbr kommt's dick raus, des isch koi Grillrauch meh, des knischtert ond kracht ond d Scheibe send scho platzt",
  "hey sorry for the english mix aber the forest next to the Waldspielplatz is smoking heavily, big grey clouds and I can see orange glowing on the ground, nobody there yet",
  "Entschuldigung, in Küche von Restaurant neben mein Laden Marktplatz 7 ist Öl auf Herd ganz hoch gegangen, jetzt Decke ist schwarz und alle rennen raus. Bitte kommen",
  "Moin, bi de ole Schüün an'n Diek kümmt dicken Rook rut un dat knistert luut. Keen Minsch dor. Schickt wen",
  "heyy the whole street Am Mühlbach smells like rotten eggs since 20 min, my neighbor said he heard a hissing from the Schacht, should we leave??",
  "Stellplatz am See: im Wohnmobil neben uns piept seit ner halben Stunde so ein Warner und drin bewegt sich keiner, an der Tür riecht es komisch, Vorhänge sind zu",
  "Guten Tag, wir Firma machen Graben in Birkenweg, Maschine hat Rohr getroffen, jetzt Luft kommt raus mit starke Geruch, Nachbarhaus Leute noch drin",
  "Icke wohn inner Wrangelstraße, im Treppenhaus mieft et so süßlich-faulig dass einem schwindlig wird, und oben bei Krauses flackern Kerzen im Fenster",
  "Em Veedel am Büdche stink et wie fuule Eier, un us dem Gulli bubbelt et. Dä Büdchesmann hät ald zojemaat",
  "In't Backhus an'n Dörpsplatz rüükt dat düchtig na Gas, de Backmeester is al rut. Dor sünd noch de Kinner vun de Backgrupp binnen",
  "Добрий вечір. In meiner Wohnung Flasche von Herd hat Loch, man hört ssssss, Geruch sehr stark, wir stehen draußen, Hausnummer Ringstraße 9",
  "Здравствуйте. Bei Nachbar auf Balkon Grill mit Flasche, Ventil kaputt, macht Geräusch wie Wind und Flasche ist ganz weiß mit Eis. Nachbar betrunken schläft drin",
  "Liebe Stadt... Im Seniorenheim Abendrot riecht es im 2. Stock schon den ganzen Nachmittag so faulig-süß... Die Pfleger sagen das ist der Abfluss... Aber mir ist schon ganz Schwummrig und meiner Zimmernachbarin auch...",
  "bro am kreisel hat ein e-scooter typ voll die motorhaube geküsst und liegt jz aufm asphalt, der autofahrer is einfach weitergefahren wtf",
  "Auf da Staatsstraß bei Oberhaching hat's an Bulldog umghaut, der liegt im Graben und da Bauer is drunter eigklemmt, mia kriagn'n ned raus",
  "omg just happened in the Fußgängerzone, a delivery van rolled into the café terrace, people under the tables, need help asap",
  "Bitte schnell, bei Spielplatz Parkstraße Auto ist rückwärts gefahren gegen Bank, eine Oma war da drauf, jetzt sie liegt und sagt nix",
  "Ich bin auf Radweg am Fluss, Mann mit Fahrrad ist runter von Böschung gefallen, Fahrrad ist oben, er unten bei Steine und ruft, ich komme nicht runter",
  "Op dä Rheinuferstroß han sich jrad zwei Mopeds jeküsst, eine litt do, dä Helm es av un et blööt am Kopp",
  "Op de Landstraat na Husum hett een Auto en Reh drapen un is in'n Graven, dat liggt op de Siet un ik hör de Fru binnen ropen",
  "Ei Leut, am Kerbeplatz is beim Aufbau vom Karussell e Teil vom Lader runnergekracht un hot zwaa Arbeiter erwischt, aaner liegt noch drunner",
  "lol euer post über den neuen radweg 😂 genau da liegt grad einer mit seinem lastenrad umgekippt und die kiste mit den zwei kleinen kids ist auch umgekippt, keiner da",
  "Meine Nachbarin Frau Berger ... antwortet seit gestern nicht ... ihr Rollladen ist unten ... und die Zeitung steckt noch ... durch den Briefschlitz höre ich sie ganz leise Rufen ...",
  "Hallo, mein Vater hat plötzlich Gesicht schief, eine Seite hängt, er spricht komisch und Arm ist schwach. Wir sind in Lindenhof 3. Was machen?",
  "Nachbar Opa liegt im Hof neben Mülltonne, Hitze ist 35 Grad, er ist rot und redet Quatsch, Haut ganz trocken",
  "Dä Jupp vun nebenan litt em Jade, dä hät en Wespe jestoche, jetz es dat Jesich janz decke un hä kritt kaum Luff",
  "Mien Mann is bi't Melken ümfullen, he seggt dat drückt in'n Bost un de linke Arm is ganz lahm. Wi sünd op'n Hoff achter de Kark",
  "Mei Bub hat beim Kinnergeburtstag Erdnuss gesse, jetz hat der lauter rote Flecke un pfeift beim Atme, mir ham kaa Spritz debei",
  "An der Bushaltestelle vor dem Rathaus sitzt seit einer Stunde ein Herr ... ohne Jacke ... bei minus acht Grad ... er zittert nicht mehr und Lallt ... Ich habe ihm meinen Schal gegeben ...",
  "ngl meine freundin hat auf der party iwas genommen und jetzt ist sie nicht mehr wachzukriegen, sie atmet so röchelnd, wir sind im jugendhaus keller",
  "hallo ich bin grad im wartebereich vom bürgeramt und hier sitzt eine schwangere frau die ist vielleicht im siebten monat und die hat auf einmal ganz viel blut an der hose und krümmt sich und sagt sie hat schmerzen wie noch nie die mitarbeiter sind alle hinten in der pause und am schalter ist keiner was mach ich jetzt",
  "Des isch mei letschter Kommentar hier. I hock uf de Gleis hinter em Bahnhof ond wart auf de nägschde Zug. Mir isch alles z viel worre",
  "Ich stehe auf Dach von Parkhaus beim Kaufland, ganz oben. Ich habe alles verloren, Arbeit, Wohnung. Ich springe gleich. Tut mir leid",
  "Всім пробачте. Ich halte das nicht mehr aus, Krieg, alles. Ich bin am Fluss bei der alten Brücke und gehe jetzt ins Wasser. Bitte sagt meiner Schwester",
  "this is my goodbye post lol. sitting on the Aussichtsturm railing rn, legs over the edge. tell my friends from the Gym sorry",
  "Ich hab mich ins Gartenhaus eingeschlossn un den Grill mit Kohle reingeholt, der glüht schon, ich will nur noch pennen un nich mehr uffwachen",
  "Wird mein letzter Kommentar hier. Steh uff'm Dach vom Block inner Gropiusstadt, et reicht mir einfach. Grüßt mir die Jungs",
  "Ik kann nich mehr. Ik sitt an'n Diek, hebb de Taschen vull Steen. Seggt mien Deern ik hebb ehr leev",
  "Ich hab mer die Pulsadern uffgeschnitte, des blut läuft, ich lieg im Bad Eichenweg 8, isch waaß net ob isch des will",
  "Beim Dorffest hot oana a Hackl ausm Kofferraum gholt und schreit er haut'n Bürgermeister zsamm. Er is am Weg zum Festzelt",
  "Am Büdche hät ene Kääl en Knarre jetrocke un hält se dem Verkäufer vör dä Kopp, ich sin em Auto jejenüvver",
  "Op'n Wiehnachtsmarkt hett een Keerl seggt he fohrt mit sien Transporter dor rin, he sitt nu al achter't Stüer un lett den Motor hoch dreihen",
  "wtf am skatepark ballern zwei typen mit schreckschuss oder echt keine ahnung auf leute, wir liegen hinter der rampe",
  "Guten Morgen... aus der Wand in meinem Badezimmer spritzt es seit einer Stunde... es läuft schon die Treppe runter... Ich kriege den Hahn im Keller nicht zu ... ich bin 86 ...",
  "Hilfe, in Unterführung Bahnhof Auto steht, Wasser bis Fenster, Frau sitzt noch drin und Tür geht nicht auf",
  "Mein Sohn ist auf Eis von Stadtteich gegangen, Eis ist gebrochen, er hält sich am Rand fest, ich komme nicht hin",
  "Regen so stark, Wasser kommt von Hang in unser Haus durch Tür, schon 30 cm in Wohnzimmer, Oma im Rollstuhl kann nicht hoch",
  "SUP-board guy just fell off near the Wehr at the Stadtpark and got pulled under the foam, he's not coming up, send someone!!",
  "Dä Rhing es övver de Mauer am Leinpfad, do steiht ene ahle Mann met singem Hungk bes an de Knie dren un kütt nit mih zeröck",
  "Dat Siel bi'n Koog hölt nich mehr, dat Water kümmt över de Weiden op uns Hoff to, de Köh staht al bet an'n Buuk",
  "Seit heute Nacht ... plätschert es unter dem Gehweg vor der Post ... jetzt ist da ein Loch ... und es sprudelt heraus ... es friert schon alles ... Die Leute Rutschen ...",
  "mann im kanal schreit hilfe bei schleuse 3",
  "lowkey läuft die tiefgarage unterm jugendzentrum voll, das wasser kommt die rampe runter wie ein bach und der hausmeister ist noch unten bei seinem auto",
  "Bei dem Sturm heute ... ist die große Pappel an der Schule ... ganz Schief ... die Wurzeln heben schon den Boden hoch ... und gleich ist Schulschluss ...",
  "In Wald hinter Sportplatz Bäume fallen bei Sturm, eins nach andere, ich höre krachen, Jugendmannschaft joggt noch da drin",
  "Im Biergarten am See hot's an riesn Kastanienast obagrissn, der liegt auf de Bierbänk und drunter san no Leit",
  "Em Volksjaade es ene decke Ast vun dä Platan avjebroche, dä hängk noch an zwei Fäddem övver dem Wääch met de Kinderwäge",
  "Bi de Kark is de ole Eek in'n Storm ümfullen, liggt över de Straat un op dat Auto vun'n Pastor, de sitt noch binnen",
  "Im Wald beim Grillplatz is e Baum uff die Hütt gefalle, do warn grad noch Leut drin, mer höre wen rufe",
  "Die Kastanie vor meinem Fenster ... Hauptstraße 22 ... kracht ... jedes Mal wenn der Wind kommt ... und der Stamm hat unten einen großen Spalt ... Darunter ist die Bushaltestelle ...",
  "Im Rathaus hängt da Aufzug zwischen'm zwoatn und drittn Stock, drin is a Frau im Rollstuhl und de klopft scho ganz narrisch",
  "S Geländer an dr Bruck über d Rems isch weggebroche, do isch jetzt a großes Loch, ond grad laufet d Kinder vom Kindergarte drüber",
  "the Fußgängerbrücke over the Bahn is shaking like crazy, some boards are missing and there's a big crack in the middle, people still walking over it",
  "Op dä Severinsbröck es dä Fahrdraht vun dä Bahn erunjefalle, dä litt op dä Schinne un blitz, un de nächste Bahn kütt",
  "De Klappbrüch an'n Haven geiht nich mehr dal, de steiht schief half op un de Autos fohrt dor trotzdem rop",
  "Uff de Zeil am Kaufhaus hängt die Leuchtreklame nur noch an aaner Schraub un schaukelt übber de Leut, jede Windbö rappelt des",
  "Hallo, Riesenrad auf dem Volksfest steht seit 40 min still, wir hängen ganz oben, die Kinder frieren, unten sagt uns keiner was",
]);

/** Look-alikes that still raise an alarm (13). */
const STILL_ALARMED: ReadonlySet<string> = new Set([
  "Ist die Übung ... mit dem Rauch und den vielen Feuerwehrautos ... an der Gesamtschule heute um 10 Uhr ... wieder so Laut? ... Mein Hund hat Angst ...",
  "Des Foto vom Maibaumaufstelln is ja a Traum, mia san vor Lachn fast umgfalln wia da Xaver den Baum umarmt hot 😂",
  "lol the Weihnachtsmarkt was literally on fire last night 🔥 best Glühwein ever, thanks Stadtmarketing",
  "Die Äppelwoi-Kneipe „Zum brennende Berg“ macht zu? Des is e Katastroph!",
  "Vor 50 Jahren ... ist die alte Mühle abgebrannt ... Ich war damals dabei ... Gibt es noch Fotos davon im Stadtarchiv? ...",
  "Ich habe gelesen in Zeitung in Polen ist großes Hochwasser in Kłodzko, hoffentlich alles gut dort. Hier bei uns alles trocken zum Glück",
  "Mein Mann ist letzten Winter ... auf dem Glatteis vor der Kirche gestürzt ... Er hat sich gut erholt ... Ich wollte nur fragen ob dieses Jahr früher Gestreut wird ...",
  "Ich habe Laden „Feuer & Flamme Grill“ in Hauptstraße neu eröffnet, kommt vorbei, 10% Rabatt diese Woche!",
  "Die Wasserrohrbruch-Baustelle inner Müllerstraße is endlich fertig, nach drei Wochen. Danke an die Wasserbetriebe!",
  "Der Rettungswagen ... stand heute Morgen lange vor Nummer 14 ... Ich habe nachgefragt ... Herr Möller ist gut im Krankenhaus angekommen ... Danke für Alles ...",
  "Gibt es in der Stadt eine Selbsthilfegruppe für Angehörige nach Suizid? Mein Bruder ist vor zwei Jahren gestorben, ich suche Austausch",
  "Straße heißt „Am Brandweiher“, aber da ist gar kein Weiher mehr, warum? Nur interessant",
  "Ist normal dass Rauchmelder piept einmal jede Minute ganz kurz? Ich glaube Batterie leer. Wo kaufen?",
]);

describeBlindDangerSet({
  name: "blind set 11",
  reports: DANGER_BLIND_REPORTS_11,
  dangers: 180,
  lookAlikes: 60,
  stillMissed: STILL_MISSED,
  stillAlarmed: STILL_ALARMED,
  leastRecall: 0.62,
  mostAlarms: 13,
  leastRightCategory: 0.51,
});
