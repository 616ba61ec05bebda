import { describeBlindDangerSet } from "../test-support/blind-danger-set.js";
import { DANGER_BLIND_REPORTS_46 } from "./danger-blind-reports-46.js";

/*
 * The danger step on the forty-sixth set of comments written without
 * looking at its lexicon (see danger-blind-reports-46.ts): people at their
 * workplace who deal with customers and the public — shop and counter
 * staff, hairdressers, pharmacists, receptionists, clerks, hosts, waiters,
 * market traders, sextons, librarians, pool staff, driving instructors —
 * writing about what happens at or in front of their business.
 * Measured before anything was changed for it, the lists found 142 of the
 * 180 dangers (recall 0.789) and raised 10 false alarms on the 60
 * look-alikes. The danger model of that day (trained on sets up to 39),
 * not trained on the set, raised recall to 0.978 with 10 alarms.
 * The set has since joined the model's training.
 */

/** Dangers the lists alone still miss (38). */
const STILL_MISSED: ReadonlySet<string> = new Set([
  "Vor dem Kino hat ein Auto beim Ausparken ein Kind mitgenommen, die Mutter schreit, alle stehen drum herum. Wer ist zuständig???",
  "Sehr geehrte Damen und Herren, auf dem Parkplatz unseres Marktes wurde soeben eine Seniorin von einem rückwärts fahrenden SUV umgestoßen. Die Fahrerin ist weitergefahren. Die Dame liegt neben den Einkaufswagen. Mit freundlichen Grüßen, Marktleitung Schmitt",
  "Am Bahnübergang hinter der Metzgerei hängt ein Traktor mit Anhänger fest, die Schranke ist auf ihm runtergegangen. Der Fahrer steht daneben und telefoniert, und gleich kommt der Zug!",
  "Bei uns in der Fußgängerzone ist ein Lieferwagen in die Außenbestuhlung vom Café gerollt, da saßen Leute. Mindestens zwei liegen am Boden.",
  "Friseursalon Lockenwerk: Ein süßlich-chemischer Gestank kommt aus dem Gully vor dem Laden, uns tränen die Augen und die Kundin hustet nur noch.",
  "Kollegin ruft aus der Werkstatt vom Autohaus: ein Motor lief bei geschlossenem Tor, zwei Mechaniker sind ganz benommen und torkeln.",
  "Eine Schulklasse spielt am Bach hinter dem Museum, und der ist nach dem Gewitter reißend geworden. Ein Mädchen steht schon auf einem Stein mitten drin und kommt nicht mehr zurück.",
  "Ein Kleinkind ist in den tiefen Zierbrunnen am Marktplatz gefallen, ich renn hin, ruft bitte jemand an!",
  "Am Hafenbecken ist jemand zwischen Kaimauer und Boot gerutscht und hängt nur noch mit den Armen dran.",
  "Baum auf der Oberleitung! Bahnhofstraße Höhe Bäckerei, es funkt und brutzelt.",
  "Kundin sagt, auf der Landstraße Richtung Neudorf liegt hinter der Kurve ein Baum über beiden Spuren, im Dunkeln sieht man ihn nicht.",
  "Der Baum beim Ferienhaus am Waldrand knarrt bei jedem Windstoß und hat sich schon Richtung Dach gelegt. Meine Gäste wollen da heute schlafen.",
  "Unser Wohnungsinteressent hat bei der Absage am Telefon gesagt, er wisse ja jetzt, wo ich wohne, und er werde mir heute Abend das Gesicht zerschneiden.",
  "Im Kino hat ein Besucher einen anderen mit einer Flasche geschlagen, jetzt stehen sie im Foyer und der eine hält den abgebrochenen Flaschenhals in der Hand.",
  "Auf dem Parkplatz vor dem Supermarkt schlägt ein Mann eine Frau, die Kinder sitzen im Auto und weinen.",
  "Eine Stammkundin hat mir zugeflüstert, ihr Mann habe heute früh gesagt, er erschießt sie, wenn sie nicht heimkommt. Er hat einen Jagdschein und Waffen zu Hause. Sie sitzt jetzt bei uns im Hinterzimmer.",
  "Ich arbeite im Museum. In einer anonymen Mail von heute steht, bei der Eröffnung morgen gebe es für jeden Besucher eine Kugel.",
  "Vor dem Schwimmbad warten drei Männer mit Schlagstöcken auf jemanden, die haben zu unserem Kassierer gesagt, wenn der Junge rauskommt, ist er tot.",
  "Chef, falls du hier mitliest: der Lieferant, den wir rausgeschmissen haben, hat auf die Mailbox gesprochen, er kommt heute mit ein paar Freunden, und dann brennt der Laden und wir mit. Ich poste das hier, damit es die Polizei auch weiß.",
  "Meine Kollegin aus der Filiale hat in unsere Gruppe geschrieben: 'Danke für alles, ihr wart die Besten. Ich mach das nicht mehr mit. Kümmert euch um meinen Kater.' Seitdem geht sie nicht ans Handy und ist nicht zur Schicht gekommen.",
  "Sehr geehrte Damen und Herren, auf dem Dach des Parkhauses gegenüber unserem Hotel steht eine junge Frau außen an der Brüstung und schaut runter. Sie reagiert nicht auf Rufe. Bitte kommen Sie schnell.",
  "Ein Kunde an der Tankstelle hat zwei Kanister Benzin gekauft und beim Bezahlen gesagt, er zündet sich heute selber an, damit die alle mal sehen, was sie angerichtet haben. Dann ist er Richtung Wald gefahren.",
  "Eine Kundin hat beim Haareschneiden ganz ruhig erzählt, dass sie sich das heute zum letzten Mal gönnt, weil sie am Wochenende Schluss macht, sie hat schon alles verschenkt. Sie ist eben raus, Richtung Bahnhof.",
  "Auf dem Sprungturm im Schwimmbad sitzt seit einer halben Stunde ein Junge, das Becken ist wegen Reinigung leer. Er hat zum Bademeister gesagt, er springt.",
  "Unsere Reinigungskraft hat mir gerade eine Sprachnachricht geschickt, sie sitzt an den Gleisen und wartet auf den nächsten Zug. Sie weint nur noch. Strecke hinter dem Gewerbegebiet.",
  "Ferienwohnung Am Hang: Der Gast ist seit zwei Tagen nicht rausgekommen, an der Tür klebt ein Zettel: 'Nicht reinkommen, ruft die Polizei. Es tut mir leid.'",
  "Liebe Stadtverwaltung, ein Mann hat heute alle ausgeliehenen Bücher in die Bibliothek zurückgebracht und gesagt, er brauche sie nicht mehr, er bringe sich heute um. Er war ganz ruhig. Er wohnt in der Bergstraße 5.",
  "Der Metzgermeister nebenan hat seine Leute heimgeschickt, mir den Ladenschlüssel gegeben und gesagt, ich soll mich um seine Tochter kümmern. Dann hat er sich mit dem Schlachtmesser im Kühlhaus eingeschlossen.",
  "Im Kino mitten im Film: eine Frau neben meinem Kollegen bekommt keine Luft mehr, Asthma, das Spray ist leer.",
  "Ein Hotelgast hat sich beim Frühstück an einem Stück Brot verschluckt, er läuft rot an, kein Laut mehr, der Kellner klopft ihm auf den Rücken.",
  "Meine Chefin im Blumenladen hat seit zehn Minuten starken Druck auf der Brust, es zieht in den Kiefer, sie will aber weiterarbeiten.",
  "Sehr geehrte Damen und Herren, am Treppenabgang neben unserer Apotheke ist das Geländer komplett locker und hängt nach außen, dahinter geht es drei Meter runter. Er wird täglich von älteren Kunden benutzt. Mit freundlichen Grüßen, Ihre Stadt-Apotheke",
  "Die Fußgängerbrücke zum Freibad hat ein durchgebrochenes Brett, man sieht direkt in den Bach runter, und die Schlange zur Kasse geht genau da drüber.",
  "Das Vordach über dem Eingang zur Post hängt auf einer Seite runter, die Halterungen sind rausgerissen. Die Leute stehen drunter an.",
  "Parkhaus am Markt, Ebene 2: da ist die Betonbrüstung rausgebrochen, nur noch Eisenstangen, und dahinter geht's runter auf die Straße.",
  "Hallo Stadt, der Schachtdeckel auf dem Radweg vor der Bank ist verrutscht und steht hochkant raus, wer da nachts mit dem Rad drüberfährt, fliegt.",
  "Bibliothek: An der Außentreppe ist eine Stufe komplett lose und kippt weg, wenn man drauftritt. Unsere Leser sind oft nicht mehr die Jüngsten.",
  "Vor dem Supermarkt ist die Fahrbahn aufgebrochen, ein Krater mitten in der Spur, zwei Autos haben schon platte Reifen, und der nächste Rollerfahrer legt sich da rein.",
]);

/** Look-alikes on which the lists alone still raise an alarm (10). */
const STILL_ALARMED: ReadonlySet<string> = new Set([
  "Heute brennt bei uns die Hütte, Sommerschlussverkauf! Kommt vorbei, Kaffee gibt's gratis. Ihr Team vom Modehaus Weber",
  "Kurze Frage: Wen ruft man an, wenn man in der Apotheke Gasgeruch bemerkt, 112 oder die Stadtwerke? Wir wollen das für unsere Notfallmappe klären.",
  "Wasser im Keller? Bei uns nicht mehr! Seit die Stadt den Kanal erneuert hat, bleibt es bei jedem Regen trocken. Ein dickes Lob ans Bauamt.",
  "Hat jemand die Zeitung gelesen? In Hamburg ist ein Kaufhaus abgebrannt. Schlimm, zum Glück wurde niemand verletzt.",
  "Gott sei Dank war es nur der Toaster: gestern roch es in der Teeküche nach Rauch, die Feuerwehr kam, alles harmlos. Sorry für den Einsatz und danke!",
  "Wenn der Chef heute noch einmal fragt, wo die Inventurliste ist, spring ich aus dem Fenster 🙄 Erdgeschoss, keine Sorge.",
  "Heute hat jemand in der Bank gefragt, ob wir einen Defibrillator haben. Ja, hängt neben dem Kontoauszugsdrucker. Falls es noch wer wissen will.",
  "Zum dritten Mal diese Woche kommt ein Kunde mit einem Messer an die Theke – zum Schleifen 😄 Ja, machen wir weiterhin, immer montags.",
  "Wie kommt man an eine Ersthelfer-Schulung für den Betrieb? Wir sind zu fünft in der Praxis und wollen das alle machen.",
  "Sehr geehrte Damen und Herren, wir möchten uns bei der Polizei bedanken, die den Streit vor unserem Lokal am Samstag so ruhig geschlichtet hat. Verletzt wurde niemand. Mit freundlichen Grüßen, Gasthaus Adler",
]);

describeBlindDangerSet({
  name: "blind set 46",
  reports: DANGER_BLIND_REPORTS_46,
  dangers: 180,
  lookAlikes: 60,
  stillMissed: STILL_MISSED,
  stillAlarmed: STILL_ALARMED,
  leastRecall: 0.78,
  mostAlarms: 10,
  leastRightCategory: 0.71,
});
