import { describeBlindDangerSet } from "../test-support/blind-danger-set.js";
import { DANGER_BLIND_REPORTS_50 } from "./danger-blind-reports-50.js";

/*
 * The danger step on the fiftieth set of comments written without looking
 * at its lexicon (see danger-blind-reports-50.ts): people in a crisis of
 * their life writing to a town about its offices and institutions —
 * eviction, the Jobcenter, debts, custody and the Jugendamt, residence
 * permits, care for a parent, bullying at school, job loss, divorce,
 * neighbour feuds, loneliness in old age — and office, school and
 * social-services staff, worried relatives, neighbours, colleagues and
 * classmates; 60 of its 180 dangers are threats, 60 self-harm, 60 of the
 * seven other kinds. Measured before anything was changed for it, the
 * lists found 102 of the 180 dangers (recall 0.567) and raised 7 false
 * alarms on the 60 look-alikes; lists and the danger model trained on sets
 * up to 39 found 162 (0.900) with 7 alarms. Since then the lists also read
 * bones broken on purpose ("brech ich ihm jeden einzelnen Knochen") and
 * "tot mehr wert bin" said of oneself: 104 found; lists and the model
 * trained on sets up to 47 (threshold 0.65) find 168 (0.933), with 8
 * alarms. The set is not in the model's training.
 */

/** Dangers the lists alone still miss (76). */
const STILL_MISSED: ReadonlySet<string> = new Set([
  "Die Sachbearbeiterin vom Jugendamt hat mir meine Kinder weggenommen. Sie hat selber zwei, die gehen in die Grundschule am Lindenweg. Mal sehen wie ihr das gefällt, wenn ihre mal nicht nach Hause kommen.",
  "An den Herrn Bauer, Klassenlehrer der 7b: mein Sohn wird wegen Ihnen gemobbt und Sie schauen weg. Passen Sie gut auf, wenn Sie abends allein zu Ihrem Auto gehen.",
  "Mein Ex steht seit drei Tagen jeden Abend vor meinem Haus und hat mir geschrieben „wenn ich die Kinder nicht sehen darf, sieht sie keiner mehr“. Er steht jetzt wieder da. Die Polizei sagt, sie kann nichts machen.",
  "Der Gerichtsvollzieher soll ruhig nochmal kommen. Die Armbrust hängt gleich neben der Tür und ist gespannt.",
  "Sehr geehrte Damen und Herren, hiermit teile ich Ihnen mit, dass ich Ihre Mitarbeiterin Frau Möller persönlich für die Zwangsräumung meiner Familie verantwortlich mache. Mir ist bekannt, welchen Weg sie morgens zur Arbeit nimmt und wann sie ihren Hund ausführt. Sie wird die Konsequenzen ihres Handelns am eigenen Leib spüren. Hochachtungsvoll",
  "die alte hexe von nebenan ruft wegen jedem scheiß das ordnungsamt. nächstes mal kipp ich ihr benzin durch den briefschlitz und werf ein streichholz hinterher",
  "Schulhof Gesamtschule: einer aus der 10 hat ein Messer dabei und sagt er macht den Jonas heute nach der 6. Stunde kalt. Bitte schickt jemand hin!!",
  "Im Klassenchat der 8c schreibt einer, er bringt morgen die Waffe von seinem Vater mit und dann „wird aufgeräumt“. Ich bin Mutter und habe Screenshots gemacht.",
  "Nach 20 Jahren gekündigt. Der Personalchef Kramer wohnt in der Birkenallee 7. Ich sag nur: er sollte heute Nacht seine Haustür gut abschließen.",
  "Ich bin Kollegin im Bürgerbüro. Ein Kunde hat heute beim Rausgehen ganz ruhig gesagt, er kommt Freitag mit einem Kanister wieder und wir sollen schon mal die Fenster aufmachen. Wie ernst muss ich das nehmen?",
  "Mein Nachbar hat mir heute ein Foto von meinem Auto geschickt mit dem Text „Bremsen sind auch nur Schläuche“. Seit dem Streit um die Hecke vergeht kein Tag ohne Drohung.",
  "Frau Dr. Lenz vom Gesundheitsamt, Sie haben mein Kind in die Psychiatrie gesteckt. Sie wissen gar nicht, wie schnell man Ihre Adresse findet. Ihre Kinder sind süß. Bis bald.",
  "Ihr im Rathaus glaubt, ihr könnt mit den Leuten alles machen. Montag bei der Ratssitzung bin ich da. Ich hab einen Jagdschein und die Flinte ist geputzt. Nur so zur Info.",
  "Wenn mein Ex noch einmal ohne Absprache vor der Kita auftaucht, schlitz ich ihm die Kehle auf, das schwör ich bei meinen Kindern.",
  "hallo ich schreibe für meine nachbarin sie spricht kein deutsch. ihr mann hat gesagt wenn sie zum amt geht wegen scheidung, er tötet sie und die kinder. sie hat große angst für heute nacht, er kommt um 10 von arbeit",
  "Ich (Lehrerin) habe heute in Raum 104 in einen Tisch geritzt gefunden: „Frau Albers stirbt am Freitag“, daneben eine gezeichnete Pistole. Freitag ist übermorgen.",
  "Der Mann vom Inkasso hat am Telefon gesagt, wenn ich bis Montag nicht zahle, besuchen sie meine Tochter an der Schule. Er wusste, auf welche Schule sie geht.",
  "Dieser Familienrichter hat mir meine Tochter genommen. Ich weiß, in welchem Verein er dienstags Tennis spielt. Das wird sein letzter Dienstag.",
  "Ich sag es nur einmal: Der nächste vom Jobcenter, der mich anruft, kriegt ne Kugel.",
  "Jemand hat unserer Schulsozialarbeiterin einen Zettel unter die Bürotür geschoben: „Wir wissen, wo dein Sohn Fußball spielt. Hör auf, dich einzumischen.“",
  "Gestern Job verloren, heute will meine Frau die Scheidung. Wenn ich untergehe, gehen die mit. Der Chef, die Frau, ihr Anwalt. Die Liste ist fertig.",
  "Ich bin Pflegekraft im Seniorenheim. Der Sohn einer Bewohnerin hat heute gedroht, er kommt mit Benzin zurück und zündet das Büro der Heimleitung an, weil wir ihm die Mutter nicht mitgeben dürfen.",
  "sag der lehrerin dass sie morgen nicht zur schule kommen soll wenn sie leben will. ich mein das ernst",
  "Seit ich den Nachbarn wegen Lärm gemeldet habe, liegt jeden Morgen ein toter Vogel vor meiner Tür. Heute dazu ein Zettel: „Du bist als Nächstes dran, Petze“.",
  "Meine Ex hat ein Kontaktverbot, trotzdem steht sie seit einer Stunde vor meiner Arbeitsstelle und hat ein Küchenmesser in der Jackentasche, ich hab den Griff gesehen.",
  "Ich kann mein Leben nicht mehr bezahlen, aber eins kann ich noch: den Herrschaften vom Sozialamt das Gebäude unterm Hintern wegsprengen. Ich hab mich schon informiert, wie das geht.",
  "Wer morgen zur Zwangsräumung in die Lerchenstraße 9 kommt, sollte eine Schutzweste tragen.",
  "ich bin so wütend auf meine vermieterin. morgen wenn sie die miete holen kommt tu ich ihr richtig weh, der hammer liegt schon neben der tür",
  "Dem Gutachter, der die Pflegestufe von meinem Vater abgelehnt hat, fahr ich beim nächsten Hausbesuch mit dem Auto über die Füße. Und nicht nur über die Füße. Ich weiß, welchen Wagen er fährt.",
  "Ich möchte höflich ankündigen, dass ich den Mitarbeitern der Schuldnerberatung bei meinem nächsten Termin am 12. etwas antun werde. Ich bitte Sie, dies ernst zu nehmen. Freundliche Grüße",
  "An den Schulleiter des Gymnasiums: Sie haben mein Kind rausgeworfen. Ich werde vor Ihrer Schule stehen, wenn die Kinder rauskommen. Dann wissen Sie, was Verlust heißt.",
  "mein kolege am bau hat gesagt wegen die kündigung er geht morgen zu der firma und schiest den chef. er hat eine gewehr von jagd von seine vater. ich weis nicht was ich machen soll",
  "Ich habe den Räumungstermin am 14. Den Tag werde ich nicht mehr erleben. Das habe ich so entschieden. Danke an alle, die es versucht haben.",
  "An die Stadt: Mein Testament liegt im Küchenschrank. Pfänden kann bei mir dann keiner mehr was. Heute Abend an der Brücke ist Schluss.",
  "Liebe Nachbarn, falls ihr morgen die Feuerwehr bei mir seht: es war meine eigene Entscheidung. Bitte gießt die Geranien weiter.",
  "Unsere Kollegin aus der Leistungsabteilung hat heute ihren Schreibtisch leergeräumt, jedem etwas geschenkt und gesagt „macht's gut, ich brauch das alles nicht mehr“. Sie ist nicht krankgeschrieben und geht nicht ans Telefon.",
  "Die Ausländerbehörde hat meinen Antrag abgelehnt. Ich gehe nicht zurück. Lieber sterbe ich hier. Ich habe schon alles vorbereitet.",
  "Ich bin 84, meine Frau ist tot, die Kinder rufen nicht an. Ich habe mir den Gasherd angesehen und weiß jetzt, wie ich es mache. Ich wollte nur, dass es einer weiß.",
  "schulden 48.000, pfändung, konto leer. ich fahr heut nacht auf die autobahn und lass das lenkrad los",
  "Mein Bruder hat mir geschrieben „pass auf Mama auf, ich kann nicht mehr“ und jetzt ist sein Handy aus. Er wohnt seit der Scheidung allein, Marktstraße 17. Bitte.",
  "Ich habe meinen Hund zu meiner Schwester gebracht und die Wohnung geputzt. Den Schlüssel werfe ich nach dem Termin beim Jobcenter bei der Hausverwaltung ein. Danach brauche ich keine Wohnung mehr.",
  "tschüss an alle. hat eh keiner gemerkt dass ich da war",
  "Wie viele von den Schlaftabletten braucht man, damit man nicht mehr aufwacht? Frage für mich selbst. Nach dem Brief vom Sozialgericht ist das eh egal.",
  "Ich pflege meinen Papa seit 6 Jahren allein, Pflegegrad 4. Ab dem 1. hat er endlich einen Heimplatz. Dann ist er versorgt und ich kann gehen. Richtig gehen, meine ich. Ich hab alles dafür zuhause.",
  "Hallo, meine Nachbarin Frau Weber (72) hat mir heute einen Brief gegeben, den ich „erst nächste Woche öffnen“ soll, und ihr Wellensittich steht im Käfig vor meiner Tür. Seitdem macht sie nicht mehr auf.",
  "ich steh grad auf der brücke am kanal. kalt hier. wollte nur noch sagen dass das amt recht hatte, ich bin nichts wert",
  "Meine Tochter (16) wird in der Schule gemobbt. Heute hat sie all ihre Sachen an Freundinnen verschenkt und in ihrem Tagebuch steht nur „Samstag. Dann ist Ruhe.“ Was soll ich tun?",
  "Nach 31 Jahren in der Firma entlassen. Zahlt die Lebensversicherung eigentlich auch bei Selbstmord, wenn der Vertrag älter als 3 Jahre ist? Die Familie soll wenigstens was haben.",
  "Bitte sagt meiner Tochter, dass ich sie liebe. Das Jugendamt lässt mich nicht zu ihr. Ich hab genug Insulin hier für alles.",
  "Wer braucht noch Möbel? Alles gratis, Abholung bis Donnerstag. Danach ist die Wohnung leer und ich bin auch weg. Für immer.",
  "Ich kenne einen Mann von unserer Tafel, der seit der Räumung im Auto schläft. Heute hat er mir seine Uhr geschenkt und gesagt, er fährt morgen in den Wald, macht die Fenster zu und den Motor nicht aus. Grauer Passat.",
  "Ich habe keinen Aufenthalt, keine Arbeit, keine Familie hier. Ich habe für mich entschieden. Heute Nacht an den Gleisen hinter dem Bahnhof. Bitte schicken Sie meinen Brief an meine Mutter.",
  "Mein Opa ist seit Omas Tod allein. Er hat heute angerufen, sich bei jedem bedankt und gesagt, wir sollen nicht traurig sein, er hat die Pistole vom Schützenverein noch. Jetzt geht er nicht mehr ran.",
  "Meine Klassenkameradin hat auf Insta eine Story gepostet mit einem Haufen Tabletten und „morgen bin ich weg“. Sie heißt Lea und wohnt neben der Kirche.",
  "Hab mein Handy gleich nicht mehr. Katze ist bei Frau Schmitt, Schlüssel unter der Matte. Entschuldigt alles.",
  "seit 3 tagen nix gegessen, bin am see, die steine sind in der jackentasche. will nur noch schlafen",
  "Als Sozialarbeiterin mache ich mir große Sorgen: Ein Klient hat heute gesagt, das sei sein letzter Termin, er habe „ein Datum gewählt“, und hat uns alle seine Unterlagen zurückgegeben. Ich erreiche ihn nicht mehr.",
  "wen die kinder bei mein ex bleiben, ich mache mir das ende. ich hab so viele tablette gesammelt. niemand hilft mir",
  "Meine Frau ist weg, das Haus wird versteigert, am 3. ist der Termin. Am 2. fahre ich noch einmal allein zu unserer Hütte in den Bergen und komme nicht zurück. Das sollen die Kinder wissen.",
  "Ich sitze im Treppenhaus vom Rathaus ganz oben am Fenster. Ich spring da jetzt runter. Sonst hört mir ja keiner zu.",
  "hab grad eine ganze packung paracetamol mit ner flasche wodka genommen. nur damit es jemand weiß. bahnhofstr 2, 3. stock",
  "An die Zuständigen für Pflege und Bestattung: Ich habe meine Mutter versorgt bis zum Schluss, fünf Jahre lang, jede Nacht. Jetzt ist sie seit zwei Wochen tot und ich habe keine Aufgabe mehr, keine Arbeit, keine Freunde, die Rente reicht nicht für die Miete und der Vermieter hat schon geschrieben. Ich folge ihr am Sonntag, das ist ihr Geburtstag. Bitte lassen Sie die Wohnung danach räumen, das Geld für meine Bestattung liegt in einem Umschlag im Flur, und die Nachbarin Frau Lorenz soll die Fotoalben bekommen. Ich bedanke mich für die Geduld Ihrer Mitarbeiter in all den Jahren.",
  "ich will nich mer leben. heute abend ist es so weit",
  "Meine Freundin ist seit der Abschiebung ihres Mannes nicht wiederzuerkennen. Gestern hat sie gefragt, ob ich ihre Tochter großziehe, „falls was passiert“, und heute hat sie mir die Geburtsurkunde und ihre Bankkarte gegeben.",
  "Ich habe alle Passwörter aufgeschrieben und meinem Sohn gemailt. Für danach. Die Schulden nimmt mir dann keiner mehr übel.",
  "wie hoch muss ein parkhaus sein damit es sicher reicht? das am bahnhof hat 7 etagen. egal jetzt, bin schon oben",
  "Meine Oma (88) ist so einsam seit Opa tot ist. Heute hat sie am Telefon gesagt „ich esse jetzt nichts mehr, dann ist es bald vorbei“, und ihre Herztabletten nimmt sie seit Tagen absichtlich nicht.",
  "Wenn ihr das lest, bin ich schon im Fluss. Danke für nichts, Stadt.",
  "Bitte kümmert euch um meine zwei Kaninchen, der Käfig steht im Hof. Ich schaff das alles nicht mehr. Tut mir leid.",
  "Auf dem Parkplatz vom Bürgeramt ist ein Auto rückwärts in die Warteschlange gefahren, zwei Leute liegen am Boden",
  "Kollege vom Bauhof ist unter den umgekippten Gabelstapler geraten, Betriebshof Industriestraße, wir kriegen ihn nicht raus",
  "Im Keller vom Amt stinkt es beißend nach Chemie, zwei Reinigungskräfte sind umgekippt",
  "In der Gemeinschaftsunterkunft haben sie mit einem Holzkohlegrill im Zimmer geheizt, weil die Heizung aus ist, jetzt sind zwei ganz benommen und einer erbricht",
  "Ein Mann ist vor der Sparkasse in den Kanal gesprungen und geht unter",
  "Das Geländer an der Fußgängerbrücke über die Bahn ist komplett rausgebrochen, direkt am Schulweg",
  "Die Decke im Flur vom Jugendamt hat einen breiten Riss und bröckelt, heute ist Sprechstunde und es stehen lauter Mütter mit Kinderwagen drunter",
]);

/** Look-alikes on which the lists alone still raise an alarm (7). */
const STILL_ALARMED: ReadonlySet<string> = new Set([
  "Ich bring mich um vor Lachen, das Jobcenter schickt mir einen Brief, dass ich demnächst einen Brief bekomme.",
  "„Die Leiden des jungen Werther“ steht bei meiner Tochter auf dem Lehrplan. Selbstmord als Schulstoff mit 14, muss das sein?",
  "Ich könnte den Drucker im Bürgerbüro erschlagen, der frisst jeden zweiten Antrag.",
  "Na toll, das Jobcenter hat meinen Antrag verloren. Da möchte man doch gleich vom Dach springen. Naja, neuer Antrag, neues Glück.",
  "Warum sagt man eigentlich Suizid und nicht mehr Selbstmord? Meine Tochter fragt für ein Referat in Ethik.",
  "Das Hochwasser im Frühjahr hat uns den Keller ruiniert. Bekommen wir noch Geld aus dem Hilfsfonds? Der Antrag liegt seit Mai.",
  "Beim Nachbarn kommt Rauch aus dem Schornstein, der heizt mit Holz. Ist das erlaubt oder gibt es dazu eine Verordnung?",
]);

describeBlindDangerSet({
  name: "blind set 50",
  reports: DANGER_BLIND_REPORTS_50,
  dangers: 180,
  lookAlikes: 60,
  stillMissed: STILL_MISSED,
  stillAlarmed: STILL_ALARMED,
  leastRecall: 0.57,
  mostAlarms: 7,
  leastRightCategory: 0.53,
});
