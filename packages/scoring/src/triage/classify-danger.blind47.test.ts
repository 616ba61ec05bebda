import { describeBlindDangerSet } from "../test-support/blind-danger-set.js";
import { DANGER_BLIND_REPORTS_47 } from "./danger-blind-reports-47.js";

/*
 * The danger step on the forty-seventh set of comments written without
 * looking at its lexicon (see danger-blind-reports-47.ts): people with
 * animals and out in nature — dog owners, riders, beekeepers, anglers,
 * allotment gardeners, joggers and mushroom pickers, shelter and vet
 * staff — who often notice a danger through an animal, threats over
 * animals, and grief for an animal that turns into self-harm talk.
 * Measured before anything was changed for it, the lists found 139 of the
 * 180 dangers (recall 0.772) and raised 12 false alarms on the 60
 * look-alikes. The danger model of that day (trained on sets up to 39),
 * not trained on the set, raised recall to 0.956 with 13 alarms.
 * The set has since joined the model's training.
 */

/** Dangers the lists alone still miss (40). */
const STILL_MISSED: ReadonlySet<string> = new Set([
  "Im Wartezimmer der Tierarztpraxis schreit ein Mann, er bringt die Ärztin um, weil sein Hund gestorben ist. Er wirft mit Stühlen, wir sitzen im Behandlungsraum fest.",
  "Kutsche in der Kurve am Mühlbach umgekippt!!! Kinder waren drin, ein Pferd hängt im Geschirr fest und tritt um sich",
  "Hilfe, im Stall ist ein Heuballen vom Stapel auf meine Kollegin gefallen, sie liegt drunter und bekommt schlecht Luft",
  "Reiter gegen Auto, Ortsdurchfahrt Steinach. Beide am Boden.",
  "Gerade am Feldrand: das Mähwerk hat einen Mann erwischt, der vorher Rehkitze suchen wollte. Er lebt, aber das sieht übel aus.",
  "Bauer Lenz hat im Gewölbekeller mit dem Notstromaggregat gearbeitet, jetzt liegt er da unten und sein Hund bellt durchs Kellerfenster. Wir trauen uns wegen der Abgase nicht rein.",
  "Hilfe, am Wehr bei der Mühle ist ein Mann ins Wasser gerutscht, als er seinen Hund rausholen wollte, er treibt Richtung Walze",
  "Ein Hund ist in den Löschteich gesprungen und kommt die glatte Betonwand nicht hoch. Jetzt steigt der Besitzer hinterher, und ich glaub der kann selber nicht schwimmen. Er paddelt schon so komisch.",
  "Ast über dem Radweg am Hundeübungsplatz hängt nur noch an der Rinde und schaukelt bei jedem Windstoß",
  "Totholzast, locker fünf Meter, hängt am Rand vom Vogelschutzgebiet direkt über dem Beobachtungsturm. Heute ist Sonntag, da sind viele Familien oben.",
  "Zwei Männer verprügeln am Angelsee einen Jungen, einer hat einen Baseballschläger!",
  "Anglerstreit am Wehr eskaliert, einer hat ein Filetiermesser gezogen und den anderen schon am Arm erwischt",
  "Der Nachbar droht seit Wochen. Heute hat er einen Eimer Rattengift über den Zaun gestellt und gesagt, das ist für den Hund und für das Kind. Unser Sohn ist vier.",
  "Ein Betrunkener an der Bushaltestelle tritt auf einen Hund ein und jetzt geht er auf die Besitzerin los",
  "In der WhatsApp-Gruppe der Kleingartenanlage kündigt einer an, er rechnet am Samstag beim Sommerfest „mit dem ganzen Vorstand ab“, und postet dazu ein Foto von seiner Pistole.",
  "Seit Bella tot ist hat nichts mehr Sinn. Ich hab ihre Leine und meine Tabletten auf den Tisch gelegt. Heute Nacht geh ich zu ihr.",
  "Mein Vater hat nach dem Tod seines Pferdes gesagt, er geht jetzt in den Wald und kommt nicht mehr zurück. Er hat das Jagdgewehr mitgenommen und ist seit einer Stunde weg.",
  "Kann jemand nach Frau Berger in Haus 7 schauen? Sie hat mir ihre beiden Katzen gebracht mit einem Zettel: Bitte gut versorgen, ich brauche sie nicht mehr. Jetzt macht sie nicht auf.",
  "hab meinen kater einschläfern lassen und jetzt will ich auch nicht mehr. die restlichen spritzen vom tierarzt hab ich noch hier",
  "Letzter Post hier. Danke an alle im Tierheim, ihr wart immer gut zu mir. Passt auf Rocky auf. Ich mach heute Schluss.",
  "Ich schreib das hier, weil ich sonst keinen mehr hab. Vierzig Jahre hab ich den Hof gemacht, mein Vater davor. Letzte Woche sind die letzten Kühe abgeholt worden, der Stall ist leer, der Hund ist im Frühjahr gestorben. Heute Morgen hab ich auf dem Heuboden einen Strick an den Balken gemacht. Ich will nur, dass jemand die Katzen holt, wenn es vorbei ist, die sitzen im Schuppen. Heute Abend, wenn es dunkel ist. Hof Rieger, hinter dem Wasserturm.",
  "An alle, die meinen Oskar kannten: ich folge ihm. Die Tabletten hab ich schon genommen. Bitte nehmt die Vögel.",
  "Mein Bruder ist Tierpfleger und hat heute auf der Arbeit Narkosemittel eingesteckt. Er sagt, das ist für ihn, seit der Trennung hält er es nicht mehr aus. Er geht nicht mehr ans Telefon.",
  "ich sitz im auto im wald mit dem schlauch am auspuff. nur damit ihr wisst wo mein hund ist, er ist bei meiner mutter",
  "Unser Nachbar hat seine zwei Hunde ins Tierheim gebracht, sein Gewehr geputzt und zu mir gesagt, ab morgen braucht er nichts mehr. Seine Frau ist verreist. Ich hab ein ganz schlechtes Gefühl.",
  "Wie viel von dem Entwurmungsmittel für Pferde bräuchte ein Mensch, damit er nicht mehr aufwacht? Frag für mich selber.",
  "hab alles verschenkt, sogar das aquarium. morgen ist der jahrestag von mimis tod und dann geh ich am baggersee ins wasser",
  "Der Imker vom Hang gegenüber hat mir heute sein ganzes Zeug geschenkt und gesagt, er hat keine Kraft mehr und macht es heute Abend mit dem Strick in der Bienenhütte. Er hat dabei so komisch gelacht.",
  "Bin jetzt oben auf dem Aussichtsturm. Ohne Hektor ist alles leer. Tut mir leid.",
  "Mein Opa hat beim Hühner füttern plötzlich nur noch genuschelt, der Mund hängt auf einer Seite runter und den rechten Arm kann er nicht heben",
  "Ein Pilzsammler hat von seinen selbst gesammelten Pilzen gegessen, jetzt erbricht er ständig, ist ganz gelb im Gesicht und völlig verwirrt",
  "Meine Nachbarin hatte vor ein paar Tagen einen Zeckenbiss und ist jetzt hochfiebrig, der Nacken ist steif und sie redet wirres Zeug",
  "Ein älterer Angler saß seit Stunden in der prallen Sonne am Kanal, hat wirres Zeug geredet und ist jetzt umgefallen. Die Haut ist heiß und ganz trocken.",
  "Bitte RTW zum Hundeübungsplatz Am Sportpark, der Trainer ist beim Rennen umgefallen und atmet nur noch so schnappend",
  "Im alten Stallgebäude vom Tierheim hängt die Decke durch und es rieselt Putz, drunter sind noch Zwinger mit Hunden und die Pfleger",
  "Riesenloch in der Fahrbahn Höhe Angelsportverein, hat einem Radfahrer schon den Reifen zerfetzt, keine Absperrung, nix.",
  "Die Stützmauer am Hohlweg ist teilweise abgerutscht und hängt über den Weg, es fallen schon Steine raus",
  "Brücke über den Mühlbach: die Träger unten sind total weggerostet, man sieht durch die Bohlen durch, und da fahren immer noch Traktoren drüber",
  "An der Bushaltestelle beim Zoohandel hängt die Glasscheibe vom Wartehäuschen nur noch an einer Ecke",
  "Mitten im Waldweg hat sich ein Erdfall aufgetan, ca. 2 m Durchmesser, wie tief sieht man nicht. Nordic-Walking-Rundweg blau, gleich nach dem zweiten Schild.",
]);

/** Look-alikes on which the lists alone still raise an alarm (12). */
const STILL_ALARMED: ReadonlySet<string> = new Set([
  "Rauchmelder im Flur piept seit heute früh, Batterie leer. Wo kriegt man am Sonntag diese 9-Volt-Dinger?",
  "Gestern hat es bei uns am Hof komisch nach Gas gerochen, der Techniker war heute da: die Biogasanlage vom Nachbarn hat planmäßig entlüftet, alles im grünen Bereich.",
  "Muss man Giftköder eigentlich melden, und wenn ja, wo? Hab keine gefunden, will es nur für den Fall wissen.",
  "Unser Hengst heißt Feuerteufel. Totaler Schmusebär.",
  "Ich bin so sauer auf den, der seinen Müll im Wald ablädt. Wenn ich den erwische, kriegt er eine Standpauke, dass ihm die Ohren klingeln, und eine Anzeige obendrauf.",
  "Mein Wellensittich hat heute zum ersten Mal „Feuer!“ gerufen, keine Ahnung wo er das her hat 🤣",
  "Mein Kater ist vor drei Wochen überfahren worden. Ich weine immer noch jeden Abend, aber meine Freundin kommt oft vorbei und wir reden über ihn. Es wird langsam besser.",
  "Bin heute beim Joggen zusammengebrochen – vor Lachen, weil ein Eichhörnchen meinen Müsliriegel geklaut hat.",
  "Der Angelverein hat einen Defibrillator gekauft, hängt jetzt am Vereinsheim. Zum Glück bisher nie gebraucht.",
  "Meine Stute ist dieses Jahr zweimal im Gelände gestolpert und gestürzt, beide Male ohne Folgen. Jetzt hat sie neue Eisen und läuft wieder sicher.",
  "Die Schüsse heute früh im Wald waren die Drückjagd, stand im Amtsblatt, und die Wege waren ausgeschildert.",
  "Vor zehn Jahren ist bei uns der Stall abgebrannt, alle Pferde wurden gerettet. Heute feiern wir mit den Feuerwehrleuten von damals ein kleines Fest. Danke euch!",
]);

describeBlindDangerSet({
  name: "blind set 47",
  reports: DANGER_BLIND_REPORTS_47,
  dangers: 180,
  lookAlikes: 60,
  stillMissed: STILL_MISSED,
  stillAlarmed: STILL_ALARMED,
  leastRecall: 0.77,
  mostAlarms: 12,
  leastRightCategory: 0.67,
});
