import { describeBlindDangerSet } from "../test-support/blind-danger-set.js";
import { DANGER_BLIND_REPORTS_42 } from "./danger-blind-reports-42.js";

/*
 * The danger step on the forty-second set of comments written without
 * looking at its lexicon (see danger-blind-reports-42.ts): the seasons and
 * the weather of a town's year — heat waves, thunderstorms and autumn
 * storms, harvest, frost and black ice, Christmas, Silvester, Karneval,
 * Schützenfest, Easter fires and the thaw — told by residents, parents,
 * farmers, dog walkers, commuters, older people and teenagers, often by
 * what is seen, heard or smelled. Measured before anything was changed for
 * it, the lists found 129 of the 180 dangers (recall 0.717) and raised 10
 * false alarms on the 60 look-alikes. The danger model of that day
 * (trained on sets up to 39), not trained on the set, raised recall to
 * 0.928 with 11 alarms.
 * The set has since joined the model's training.
 */

/** Dangers the lists alone still miss (51). */
const STILL_MISSED: ReadonlySet<string> = new Set([
  "Osterfeuer Dorfwiese: ein Helfer ist vom Holzstapel runtergefallen, gut 3 Meter, liegt auf dem Rücken und stöhnt",
  "GLÄTTE!!! Bus Linie 4 an der Haltestelle Kirchplatz in die Wartenden gerutscht 😱 mehrere am Boden",
  "beim karnevalsumzug ist ein kind unter den wagen vom elferrat gekommen, zug steht, die mutter schreit",
  "rakete ist waagerecht in die gruppe an der bushalte geflogen, ein mädel hat was ins auge gekriegt und hält sich das gesicht, sie schreit",
  "Im Keller vom Jugendhaus läuft seit dem Hochwasser das Notstromaggregat, zwei Helfer sind da unten und sagen ihnen ist schwindelig und übel",
  "Nachbarn haben gestern Abend wegen Heizungsausfall einen Holzkohlegrill in die Wohnung gestellt, heute machen sie nicht auf, Rollos unten, Auto steht da",
  "Bauer Lindner ist in die Güllegrube runter um was zu reparieren, jetzt antwortet er nicht mehr und der Knecht will hinterher",
  "Camper am See haben den Gaskocher im Zelt angelassen, die Frau ist gerade rausgetorkelt und hat sich übergeben, ihr Mann liegt noch drin",
  "Wir sind in einer Ferienwohnung mit Gastherme, seit gestern haben alle 4 Kopfschmerzen und Schwindel, ist das normal??",
  "Die Feuerschale steht bei denen im Wintergarten und alles ist zu, Oma und Enkel sitzen drin, Scheiben beschlagen, die Oma war eben am Telefon ganz verwirrt",
  "meine mutter sagt seit der neue gasboiler drin ist wird ihr abends immer schwarz vor augen, heute ist sie in der küche umgekippt",
  "Kinder haben im Bauwagen aufm Abenteuerspielplatz nen alten Gasofen angemacht und Tür zu, einer kam mit Kopfweh raus, die anderen sind noch drin",
  "Am Weiher im Park liegt auf dem Eis eine rote Kindermütze direkt neben einem Loch, ich seh kein Kind",
  "Rhein bei der Fähre: Jugendlicher ist von der Buhne reingesprungen und die Strömung zieht ihn raus, er rudert mit den Armen",
  "Stand-up-Paddler auf dem Stausee, ne Gewitterböe hat ihn weit rausgetrieben, er ist abgerutscht und hält sich nur noch am Board fest, keine Weste",
  "Freibad ist zu, aber Jugendliche sind über den Zaun, einer ist vom 10er gesprungen und seitdem bewegt er sich nicht mehr im Wasser",
  "Angler am Wehr ist ausgerutscht und ins Tosbecken gefallen, wird da unten immer im Kreis gedreht",
  "Im Kurpark knirscht die große Buche bei den Böen so laut, dass man es bis zu den Bänken hört, und die Leute vom Seniorenheim machen grad dort ihren Spaziergang",
  "Eisregen hat die Bäume an der Allee in Glas verwandelt, alle paar Sekunden knallt irgendwo ein Ast runter und die Autos fahren einfach weiter durch",
  "Mein Nachbar hat heute über den Zaun gebrüllt, an Silvester schießt er uns die Raketen ins Dach bis die Bude abbrennt. Der meint das ernst, im Carport stehen schon Kisten voll.",
  "Hab grad auf Insta gesehen dass einer aus der 9b für morgen beim Winterfest was Großes ankündigt, mit Foto von nem Messer und den Namen von zwei Lehrerinnen",
  "Mein Mann ist seit Heiligabend durchgehend betrunken, heute hat er das Küchenmesser genommen und gesagt dieses Jahr erleben wir Neujahr nicht mehr. Ich sitz mit den Kindern im Bad eingeschlossen",
  "In der Straßenbahn hat ein Jugendlicher der alten Dame gegenüber gesagt er schubst sie vor die nächste Bahn, jetzt steigt er mit ihr zusammen am Stadtbad aus",
  "Leute zielen mit Raketen aus dem Fenster vom Hochhaus direkt auf die Leute im Hof, da sind Kinder!!!",
  "Der vom Nachbargrundstück droht meinem Vater seit Tagen wegen dem Laub, heute steht er mit laufender Motorsäge am Zaun und schreit er kommt rüber",
  "Im Kommentarbereich vom Stadtfest-Post droht jemand, er fährt am Samstag mit seinem Transporter in die Menge am Festplatz",
  "Eine Frau läuft gerade ganz langsam aufs Eis vom Stadtweiher raus, wo Betreten verboten steht, sie hat gerufen dass sie nicht mehr will und geht weiter zur Mitte",
  "Mein Vater (78) hat seit Omas Tod im Herbst fast alles verschenkt, heute am Telefon meinte er, den Frühling erlebt er nicht mehr, und den Jagdschein hat er ja noch. Ich wohne 300 km weg, er in der Lindenstraße 9.",
  "silvester alle feiern nur ich nicht. um mitternacht geh ich aufs dach vom parkhaus und dann wars das 🎆",
  "Meine Freundin postet seit Tagen nur noch schwarze Bilder und heute ein Foto von ihrem Unterarm voller Schnitte, drunter steht 'heute tiefer'",
  "Im Schneetreiben steht ein alter Herr im Schlafanzug auf der Autobahnbrücke und sagt zu den Leuten, er will dass es schnell geht",
  "Hab mich in der Garage eingeschlossen und den Motor laufen lassen, irgendwie zitter ich jetzt doch",
  "Die Nachbarin hat mir eben weinend am Zaun erzählt, dass sie alle Schlafmittel von ihrem verstorbenen Mann gesammelt hat und die heute Abend an seinem Geburtstag nimmt. Dann ist sie wieder reingegangen.",
  "sitze ohne strom und heizung weil ich die rechnung nicht zahlen kann, hab den gaskocher hier und überleg einfach die fenster zu lassen und einzuschlafen",
  "Beim Hochwasser wollte mein Onkel nicht raus, jetzt hat er angerufen er bleibt extra da und legt sich hin, ihm ist alles egal. Das Wasser ist schon im Erdgeschoss.",
  "schreib das hier nur weil mich sonst keiner hört. seit november lieg ich nur noch im bett. heute hab ich mir die rasierklingen rausgelegt",
  "Kind im Auto! Parkplatz Baumarkt, silberner Kombi, Baby im Maxi-Cosi, Fenster zu, 34 Grad, es schreit schon nicht mehr",
  "Opa Karl hat beim Schneeschippen Druck auf der Brust gekriegt, er ist grau im Gesicht, sitzt auf der Treppe und der linke Arm tut ihm weh",
  "ältere nachbarin sitzt seit tagen ohne heizung, heute war sie total durcheinander und eiskalt an den händen, erkennt mich nicht mehr",
  "Mein Sohn (4) hat beim Ostereiersuchen im Garten Beeren vom Strauch gegessen, jetzt ist er ganz schlapp und erbricht",
  "Junge ist im Freibad in der prallen Sonne eingeschlafen, jetzt hat er Schüttelfrost, Kopfweh, ist ganz verwirrt und übergibt sich",
  "Kinder vom Ferienlager sind von der Wanderung zurück, drei haben hohes Fieber, eins hat rote Flecken die nicht weggehen wenn man ein Glas draufdrückt",
  "Riesige Eiszapfen, bestimmt nen Meter lang, an der Dachrinne vom Rathaus überm Eingang, einer ist eben runtergekracht, knapp neben einer Frau",
  "Das Flachdach der Turnhalle biegt sich unterm Schnee sichtbar durch, innen knackt es, gleich fängt das Jugendtraining an",
  "Nach dem Starkregen fehlt an der Kreuzung Bahnhofstr./Ringstr. ein Gullideckel, Wasser steht drüber und man sieht das Loch erst wenn man drin ist, Radweg!",
  "Bühne auf dem Weihnachtsmarkt: das Dach hängt nach dem Schneefall schief, eine Stütze ist verbogen, und gleich singt der Kinderchor da drunter",
  "Das Silo bei der Raiffeisen hat einen langen Riss in der Wand, es rieselt Getreide raus und die Wand beult sich aus, direkt daneben der Radweg",
  "schnee rutscht in großen platten vom dach der grundschule direkt auf den pausenhof, kein absperrband nix, pause ist um 10",
  "Die Brücke am Mühlenweg hat nach dem Hochwasser ausgespülte Pfeiler und sackt auf einer Seite ab, Traktoren fahren trotzdem noch drüber",
  "Das Festzelt vom Schützenfest wird bei dem aufziehenden Gewitter an einer Ecke angehoben, die Heringe sind raus, drinnen sitzen Hunderte",
  "Außentreppe zu Gleis 2 ist ein einziger Eispanzer, zwei sind schon hingeknallt, kein Salz, kein Sand, gleich kommt die S-Bahn und alle rennen runter",
]);

/** Look-alikes on which the lists alone still raise an alarm (10). */
const STILL_ALARMED: ReadonlySet<string> = new Set([
  "Bei uns im Laden brennt heute die Luft – Sommerschlussverkauf! Kommt vorbei 😉",
  "Gestern Nacht hat der Blitz bei uns in den Baum im Garten eingeschlagen, hat ordentlich gekracht. Die Firma hat ihn heute gefällt, alles gut.",
  "Unser Kater hat den Christbaum umgeworfen, Kugeln kaputt, aber Kater und Baum leben noch 🎄😹",
  "Blitzeis heut morgen, bin im Hof voll auf den Hintern gefallen, aber außer nem blauen Fleck und gekränktem Stolz nix passiert.",
  "Karnevalsumzug war super, nur der Müll danach … Konfetti überall und Scherben an der Bushalte. Wann wird gekehrt?",
  "Gestern war die Unterführung wieder überflutet, heute ist sie trocken. Kann man da mal die Pumpe checken vor dem nächsten Gewitter?",
  "Mein Mann hat beim Grillen die Würstchen verkohlt, jetzt will er sich vom Balkon stürzen 😂 Spaß, er bestellt Pizza",
  "Leute, die Tanne vorm Rathaus ist dieses Jahr echt ein Unfall 😂 so schief und mickrig",
  "In Köln ist gestern auf dem Weihnachtsmarkt eine Bude abgebrannt – hier ist doch hoffentlich alles sicher verkabelt?",
  "Bin gestern beim Schlittschuhlaufen am Rand vom Weiher eingebrochen, nur knietief, bin raus und heim, alles gut, nur nasse Füße 😅",
]);

describeBlindDangerSet({
  name: "blind set 42",
  reports: DANGER_BLIND_REPORTS_42,
  dangers: 180,
  lookAlikes: 60,
  stillMissed: STILL_MISSED,
  stillAlarmed: STILL_ALARMED,
  leastRecall: 0.71,
  mostAlarms: 10,
  leastRightCategory: 0.58,
});
