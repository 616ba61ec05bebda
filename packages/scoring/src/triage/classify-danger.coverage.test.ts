import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DangerCategory } from "../lexicons/index.js";
import { createTriage } from "./create-triage.js";

/*
 * How people report dangers in comments under a town's posts, written for
 * this test by thinking through each category the way a dispatcher and a
 * town's social-media team meet them: colloquial, misspelt, without
 * capitals, in dialect, with emoji; subjects and states in many orders and
 * forms. And as many harmless comments that share their words: false
 * friends, negations, past events, thanks afterwards, drills and events,
 * figures of speech, hyperbole, questions of preparedness.
 */

const triage = createTriage();
const dangerOf = (text: string) => triage(text).danger;

type Expected = DangerCategory | readonly DangerCategory[];

const FIRE: readonly (readonly [string, Expected])[] = [
  ["hinterm edeka brennts 😱", "fire"],
  ["Flächenbrand an der Bahnböschung bei Unterau, der Wind dreht Richtung Gärten", "fire"],
  ["Carportbrand in der Ulmenstraße, die Nachbarn stehen alle draußen", "fire"],
  ["🔥🔥 Scheune vom Huber-Hof, die Feuerwehr ist unterwegs", "fire"],
  ["Da glimmt was im Wald oberhalb vom Sportplatz, überall Glutnester", "fire"],
  ["Der Rauchmelder bei meiner Nachbarin piept seit 10 Minuten und sie macht nicht auf", "fire"],
  ["Aus dem Motorraum von dem Bus an der Haltestelle kommen Flammen", "fire"],
  ["Schwarzer Rauch steigt über dem Gewerbegebiet auf, sieht man bis Birkenhain", "fire"],
  ["Akku vom E-Scooter hat im Hausflur Feuer gefangen!!", "fire"],
  ["es raucht aus dem dach vom alten bahnhof", "fire"],
  ["Jemand hat die Altkleidercontainer am Markt angezündet!", "fire"],
  ["Brennende Mülltonne direkt neben dem Kindergarten", "fire"],
  ["Da lodert was im Hinterhof der Pizzeria", "fire"],
  ["Feuerschein über dem Wald bei der Grillhütte, man sieht es von der Brücke", "fire"],
  ["Hausbrand in der Rosenau, bitte weiträumig umfahren", "fire"],
  ["Da steht ein Auto in Vollbrand auf dem Aldi-Parkplatz", "fire"],
  ["Es brent in der Hauptstraße!!! Feuerwehr rufen", "fire"],
  ["Rauchschwaden über der Siedlung, Fenster zu!!", "fire"],
  ["ES BRENNT IN DER TURNHALLE", "fire"],
  ["Im Treppenhaus riecht es verschmort und aus dem Sicherungskasten kommt Rauch", "fire"],
  ["do brennd wos aufm Feld beim Huberbauer", "fire"],
  ["Garagenbrände in der Siedlung, schon die zweite heute Nacht", "fire"],
  ["Der Wald am Steinbruch hat Feuer gefangen, die Flammen kommen näher", "fire"],
  ["Die Gartenlaube vom Nachbarn steht lichterloh in Flammen 🔥🚒", "fire"],
  ["Dicke Rauchwolke über Oberdorf, brennt da die Lagerhalle?", "fire"],
  ["Der Feueralarm in der Grundschule geht, Kinder stehen auf dem Hof und es riecht nach Rauch", "fire"],
  ["🔥 im Keller vom Wohnblock Lindenstraße!!!", "fire"],
  ["die hecke am spielplatz kokelt vor sich hin, hat wohl einer ne kippe reingeworfen", "fire"],
];

const GAS: readonly (readonly [string, Expected])[] = [
  ["Im Hausflur stinkt es seit heute früh nach faulem Ei", "gas"],
  ["Gasgeruch!! Lindenstraße 12, Erdgeschoss", "gas"],
  ["riecht in der ganzen straße nach gas", "gas"],
  ["Der Bagger hat die Gasleitung erwischt, die Straße ist gesperrt", "gas"],
  ["Der CO-Melder im Bad schlägt Alarm, die Therme läuft", "gas"],
  ["Die Gasflasche vom Imbisswagen ist undicht, es strömt was raus", "gas"],
  ["Es riecht nach Schwefel im Keller, kann das Gas sein?", "gas"],
  ["Im Treppenhaus so ein Gasgestank, dass einem schlecht wird", "gas"],
  ["gas geruch in der tiefgarage vom rewe", "gas"],
  ["Am Spielplatz zischt es laut aus einem Rohr und es riecht stechend", "gas"],
  ["Bei uns im Haus ist Gas ausgetreten, alle stehen auf der Straße", "gas"],
  ["Der Gasmelder in der Kita hat angeschlagen, die Kinder sind draußen", "gas"],
  ["Mein Nachbar hat ne Gasflasche im Keller, die zischt und stinkt", "gas"],
  ["Gasleitung bei den Bauarbeiten aufgerissen, es zischt ohne Ende", "gas"],
  ["Leute, am Bahnhof riechts extrem nach Gas, geht da nicht hin", "gas"],
];

const ACCIDENT: readonly (readonly [string, Expected])[] = [
  ["Autounfall an der Abfahrt Rosenau, zwei Wagen total demoliert", "accident"],
  ["LKW umgekippt auf der Kreisstraße, die Ladung liegt überall", "accident"],
  ["Gerade hat einer den Radler am Kreisel voll erwischt, der liegt da und bewegt sich nicht", ["accident", "medical"]],
  ["Crash auf der B 27, Motorrad gegen Auto, Hubschrauber landet gerade", "accident"],
  ["ein auto ist in die bäckerei reingefahren!!!", "accident"],
  ["Motorradfahrer liegt nach Sturz auf der Fahrbahn, Ecke Mühlweg", ["accident", "medical"]],
  ["E-Scooter-Fahrer vom Auto erfasst, Ecke Bahnhofstraße", "accident"],
  ["Bus hat an der Haltestelle einen Fußgänger mitgeschleift", "accident"],
  ["Zwei Autos sind an der Kreuzung kollidiert, einer steht quer", "accident"],
  ["Radlerin vom Lkw beim Abbiegen übersehen, sie liegt unter dem Anhänger", ["accident", "medical"]],
  ["Auto im Mühlbach gelandet, der Fahrer sitzt noch drin", "accident"],
  ["bin grad an nem verunfallten auto vorbei, da hilft keiner", "accident"],
  ["Schwerer Busunfall vor der Realschule!!", "accident"],
  ["Der Transporter ist in die Bushaltestelle gerast, da standen Leute", "accident"],
  ["Auto liegt auf dem Dach im Straßengraben an der K 12", "accident"],
  ["Radfahrer und Fußgängerin zusammengeprallt am Fluss, sie blutet", ["accident", "medical"]],
  ["💥 Kreuzung Goethestraße, zwei Autos ineinander verkeilt", "accident"],
  ["Ein PKW hat die Hauswand in der Kirchgasse gerammt", "accident"],
];

const MEDICAL: readonly (readonly [string, Expected])[] = [
  ["Älterer Herr an der Bushaltestelle ist nicht ansprechbar", "medical"],
  ["Meine Nachbarin reagiert nicht mehr, sie liegt im Flur", "medical"],
  ["Junge ist im Freibad untergegangen und wurde rausgezogen, atmet er??", "medical"],
  ["Die Dame vor mir in der Schlange ist einfach umgefallen", "medical"],
  ["Kind im heißen Auto eingesperrt auf dem Parkplatz vom Baumarkt!!", "medical"],
  ["Diabetiker im Bus ist unterzuckert, zittert und redet wirr", "medical"],
  ["Da liegt einer mitten auf dem Radweg und rührt sich nicht", "medical"],
  ["Kind ist in den Weiher gefallen und treibt im Wasser!!", "medical"],
  ["jemand hat einen epileptischen Anfall am Busbahnhof", "medical"],
  ["Mann mit starken Schmerzen in der Brust sitzt auf der Bank am See, ganz blass", "medical"],
  ["Hilfe, mein Vater ist zusammengesackt und atmet ganz komisch", "medical"],
  ["Ein Jugendlicher liegt reglos vor dem Bahnhof, Notruf ist raus", "medical"],
  ["Ein Bauarbeiter ist vom Gerüst gestürzt und liegt am Boden", ["medical", "accident", "infrastructure"]],
  ["Der Mann auf der Parkbank ist blau im Gesicht und reagiert nicht", "medical"],
  ["Ein Hund hat ein Kind am Spielplatz gebissen, es blutet stark", "medical"],
  ["Frau ist auf dem Eis eingebrochen, sie hält sich noch am Rand fest!!", "medical"],
  ["Jemand hat sich bei der Hitze auf dem Markt übergeben und ist weggekippt", "medical"],
  ["Ruft jemand einen RTW, da ist ein Mann die Treppe runtergefallen", "medical"],
  ["Ich hab 112 gewählt, die Oma an der Kasse ist zusammengebrochen", "medical"],
];

const SELF_HARM: readonly (readonly [string, Expected])[] = [
  ["Ich hab keine Kraft mehr. Die Tabletten liegen schon bereit.", "self-harm"],
  ["ich will einfach nur noch weg, für immer. niemand würde mich vermissen", "self-harm"],
  ["Es wäre für alle besser, wenn ich nicht mehr da bin", "self-harm"],
  ["Heute Nacht spring ich von der Brücke", "self-harm"],
  ["Ich werde mir was antun, wenn ich die Wohnung verliere", "self-harm"],
  ["Mein Leben ist sinnlos geworden, ich mach dem jetzt ein Ende", "self-harm"],
  ["ich mag nicht mehr leben", "self-harm"],
  ["Keiner hilft mir, ich seh keinen Grund mehr weiterzuleben", "self-harm"],
  ["Ich hab die ganze Packung Schlaftabletten genommen", "self-harm"],
  ["Ich will einfach einschlafen und nie wieder aufwachen", "self-harm"],
  ["Wenn das Amt mir die Kinder wegnimmt, nehm ich mir das Leben", "self-harm"],
  ["Ich ritz mich schon wieder, weil ich es nicht mehr aushalte", "self-harm"],
  ["Ich steh auf dem Dach vom Parkhaus und spring gleich", "self-harm"],
  ["Alle wären ohne mich besser dran", "self-harm"],
  ["Ich will nicht mehr weiterleben, seit meine Frau tot ist", "self-harm"],
  ["hab mir schon nen strick besorgt", "self-harm"],
];

const THREAT: readonly (readonly [string, Expected])[] = [
  ["Wenn der Bescheid nicht zurückgenommen wird, fackel ich euer Rathaus ab", "threat"],
  ["Ich komm morgen mit der Knarre vorbei, dann seht ihr mal", "threat"],
  ["Vor dem Jugendzentrum prügeln sich gerade zehn Leute", "threat"],
  ["Der Nachbar steht mit einer Axt im Hof und schreit rum", "threat"],
  ["Jemand wird vor dem Club zusammengeschlagen, schnell Polizei!!", "threat"],
  ["Dem Sachbearbeiter stech ich ab, wenn ich ihn erwische", "threat"],
  ["Ein Mann fuchtelt in der Fußgängerzone mit einer Pistole rum", "threat"],
  ["Ich zünd euch die Bude an", "threat"],
  ["In der S-Bahn wurde gerade ein Mädchen mit dem Messer angegriffen", "threat"],
  ["Ihr werdet das bereuen, ich weiß, wo euer Büro ist", "threat"],
  ["Am Kiosk hat einer eine Waffe gezogen!!", "threat"],
  ["Der Typ vom Amt ist fällig, den mach ich kalt", "threat"],
];

const WATER: readonly (readonly [string, Expected])[] = [
  ["Der Gully vor unserem Haus sprudelt wie ein Springbrunnen", "water"],
  ["Abwasser drückt aus der Toilette im Erdgeschoss hoch, alles voller Rückstau", "water"],
  ["Keller komplett abgesoffen, das Wasser steht kniehoch", "water"],
  ["Hauptwasserleitung in der Goethestraße geplatzt, Fontäne bis zum ersten Stock", "water"],
  ["In der Tiefgarage steht knietief Wasser", "water"],
  ["uberschwemmung am sportplatz, kommt keiner mehr durch", "water"],
  ["Das Regenrückhaltebecken läuft über und die Gärten saufen ab", "water"],
  ["Wasser kommt aus der Decke und tropft in die Steckdose", "water"],
  ["Wasserleitung unter dem Gehweg gebrochen, der Gehweg sackt ab", ["water", "infrastructure"]],
  ["Die Unterführung ist ueberflutet und ein Auto steckt fest", "water"],
  ["Überschwemmte Straßen in Unterau, die Feuerwehr pumpt", "water"],
  ["Der Bach ist übergelaufen, die Hauptstraße ist ein See 🌊", "water"],
  ["Bei uns drückt das Wasser durch die Kellerwand rein", "water"],
  ["Hydrant abgebrochen, das Wasser schießt meterhoch", "water"],
];

const TREE: readonly (readonly [string, Expected])[] = [
  ["Riesige Kastanie auf der Parkstraße umgeknickt, alles blockiert", "tree"],
  ["Der Sturm hat die alte Linde umgeweht, sie liegt auf zwei Autos", "tree"],
  ["Straßenbaum in der Allee ist umgefallen", "tree"],
  ["Der Blitz hat in die Eiche am Friedhof eingeschlagen, die ist gespalten und wackelt", "tree"],
  ["Eine Birke ist auf das Dach vom Kindergarten gekracht", "tree"],
  ["Äste liegen nach dem Gewitter überall auf der Fahrbahn", "tree"],
  ["Großer Ast ist auf den Gehweg runtergekracht, knapp neben einer Frau", "tree"],
  ["Die Pappel am Bolzplatz ist angebrochen und schwankt bei jedem Windstoß", "tree"],
  ["Mehrere Bäume sind im Stadtwald umgekracht, der Weg ist dicht", "tree"],
  ["ast runtergefallen auf spielplatz, zum glück war keiner drunter", "tree"],
  ["Nach dem Sturm heute Nacht: Obstbaum quer über der Dorfstraße", "tree"],
  ["Umgestürzte Bäume auf der Straße nach Birkenhain, kein Durchkommen", "tree"],
  ["Baum umgesturzt an der B 27", "tree"],
  ["A Baam is umgfalln, direkt aufm Radweg", "tree"],
  ["🌳 liegt quer über der Zufahrt zum Wertstoffhof", "tree"],
];

const INFRASTRUCTURE: readonly (readonly [string, Expected])[] = [
  ["Gullideckel fehlt mitten auf der Straße vor der Schule", "infrastructure"],
  ["Stromkabel liegt offen am Spielplatz, die Kinder spielen daneben", "infrastructure"],
  ["Die Straßenlaterne an der Ecke ist umgeknickt und hängt über dem Gehweg", "infrastructure"],
  ["Spiegelglatt auf der Brücke, drei Autos sind schon ineinander gerutscht", ["infrastructure", "accident"]],
  ["Ein LKW hat Teile seiner Ladung auf der Autobahnzufahrt verloren", "infrastructure"],
  ["Die Ampel am Bahnhof blinkt nur noch gelb, alle fahren kreuz und quer", "infrastructure"],
  ["Schranke am Bahnübergang geht nicht runter, obwohl der Zug kommt", "infrastructure"],
  ["Riesiges Loch in der Fahrbahn, da ist die Straße eingebrochen", "infrastructure"],
  ["Eiszapfen hängen vom Dach der Sparkasse über dem Gehweg und tropfen", "infrastructure"],
  ["Dachlawine vom Rathausdach, da laufen Leute drunter", "infrastructure"],
  ["Das Brückengeländer am Mühlbach fehlt, da fällt noch ein Kind rein", "infrastructure"],
  ["Der Baukran am Neubaugebiet schwankt bei dem Wind gefährlich", "infrastructure"],
  ["Die Fassade vom alten Kino bröckelt, Brocken fallen auf den Gehweg", "infrastructure"],
  ["Diesel läuft aus einem LKW auf die Fahrbahn", "infrastructure"],
  ["Der Kanaldeckel hat sich gehoben und der Schacht ist offen", "infrastructure"],
  ["Auf der Landstraße liegt ein Sofa mitten auf der Fahrbahn", "infrastructure"],
  ["Freiliegende Stromkabel an der Baustelle am Schulweg", "infrastructure"],
  ["Bauzaun ist auf den Radweg gekippt", "infrastructure"],
  ["Mast der Oberleitung ist umgeknickt und die Leitung liegt auf den Gleisen", "infrastructure"],
  ["Straße nach Oberdorf ist komplett vereist, Autos rutschen in den Graben", ["infrastructure", "accident"]],
  ["Ein Stück vom Dach der Turnhalle hat sich gelöst und fliegt rum", "infrastructure"],
  ["Kinder spielen auf dem zugefrorenen Weiher, das Eis knackt schon", "infrastructure"],
];

/** A second round, written after the first was met, in other voices: headlines, questions, narrative, dialect, typos, emoji. */
const MORE: readonly (readonly [string, Expected])[] = [
  ["Brand im Hochhaus Rosenau?? Überall Blaulicht", "fire"],
  ["wohnung im 4. stock brennt, leute stehen am fenster", "fire"],
  ["Im Trafohäuschen knallt es und es kommt Rauch raus", "fire"],
  ["Mülltonnen fackeln gerade ab in der Kirchgasse", "fire"],
  ["🔥🔥🔥 Halle am Bahnhof", "fire"],
  ["Akku explodiert, das Zimmer ist voller Rauch", "fire"],
  ["Im Haus riecht es komisch, wie Gas oder so", "gas"],
  ["Gasherd war die ganze Nacht an, die Wohnung riecht", "gas"],
  ["Kind von Auto erwischt am Zebrastreifen", "accident"],
  ["Da ist grad ein Radler voll gegen eine Autotür geknallt", "accident"],
  ["Bus in Straßengraben gerutscht, Kinder drin!", "accident"],
  ["Motorrad gegen Auto an der Ampel Bahnhofstraße", "accident"],
  ["LKW hat die Brücke gerammt", "accident"],
  ["Im Schwimmbad wird gerade jemand wiederbelebt", "medical"],
  ["Ältere Dame ist gestürzt und kommt nicht mehr hoch", "medical"],
  ["Jugendlicher nach zu viel Alkohol nicht mehr ansprechbar", "medical"],
  ["Hab keine Lust mehr zu leben", "self-harm"],
  ["Am liebsten würde ich einfach sterben", "self-harm"],
  ["Ich hab mir Tabletten besorgt, damit es endlich aufhört", "self-harm"],
  ["Ich bring mich heute Nacht um", "self-harm"],
  ["Ich kann so nicht weiterleben", "self-harm"],
  ["Ich fackel die Bude ab, wenn ihr mir den Strom abstellt", "threat"],
  ["Wer mir nochmal ein Knöllchen gibt, kriegt eine aufs Maul", "threat"],
  ["Wassereinbruch im Keller der Schule", "water"],
  ["Unterführung voll gelaufen, da hängt ein Auto fest", "water"],
  ["Riesenast abgebrochen, hängt über dem Radweg", "tree"],
  ["Bäume knicken um wie Streichhölzer im Stadtwald", "tree"],
  ["Ölfilm auf dem ganzen Fluss, stinkt nach Diesel", "infrastructure"],
  ["Die Brücke über den Bach hat sich abgesenkt", "infrastructure"],
  ["Die Schranken am Bahnübergang Lindenweg sind oben, obwohl es klingelt", "infrastructure"],
  ["Gully offen, kein Deckel drauf!!", "infrastructure"],
  ["Eisplatten fallen vom Dach der Kirche", "infrastructure"],
];

/** Comments that share words with dangers and report none. */
const HARMLESS: readonly string[] = [
  // drills, events, announcements
  "Brandschutzübung an der Grundschule am Freitag, bitte nicht wundern über die Sirene",
  "Morgen Katastrophenschutzübung: Ein Unfall mit vielen Verletzten wird nachgestellt",
  "Die Feuerwehr lädt zum Tag der offenen Tür, mit Löschvorführung",
  "Im Bürgerhaus gibt es am Dienstag einen Vortrag über Brandschutz und Rauchmelder",
  "Wann gibt es wieder einen Erste-Hilfe-Kurs im Bürgerhaus?",
  "Gestern war die Feuerwehrübung an der Kita, die Kinder fanden es toll",
  "Habt ihr schon das neue Feuerwehrauto gesehen? 🚒😍",
  "Die Feuerwehr hat heute die Wasserrettung am Baggersee geübt",
  "Großübung am Bahnhof: ein Zugunglück mit Verletzten wird simuliert, nicht erschrecken",
  "Die neue Notrufsäule am Badesee ist eine gute Idee",
  // figures of speech and praise
  "Das Feuerwerk zum Stadtfest war der Hammer 🔥🔥",
  "Die Stimmung beim Derby war 🔥",
  "Wir sind Feuer und Flamme für das Stadtfest!",
  "Die Kinder waren beim Laternenumzug Feuer und Flamme",
  "Ich brenne darauf, das neue Freibad zu sehen",
  "Mit dem Haushalt verbrennt die Stadt wieder Millionen",
  "Dieser Beschluss ist der Unfall des Jahres",
  "Die Preise für den Eintritt explodieren, 8 Euro für eine Stunde Schwimmen",
  "Die Explosion der Mieten in der Innenstadt ist ein Skandal",
  "Sturm im Wasserglas, die ganze Aufregung um den Parkplatz",
  "Es brennt mir unter den Nägeln: Wann kommt endlich die Sanierung der Turnhalle?",
  "Gas geben, Leute, bis zum Stadtfest sind es nur noch zwei Wochen!",
  "Mein Herz brennt für Musterstadt ❤️",
  "Da muss man mal Feuer unterm Hintern machen, sonst passiert nix",
  "Wer hier mit dem Feuer spielt, verliert die nächste Wahl",
  "Für unsere Bürgermeisterin lege ich die Hand ins Feuer",
  "Wir haben gestern Feuer im Kamin gemacht, so gemütlich",
  "Das Osterfeuer auf der Festwiese war wieder schön",
  "Lagerfeuer beim Zeltlager war super, danke an die Jugendfeuerwehr",
  "Die Brandung am Strand beim Ausflug war toll",
  // hyperbole
  "Ich sterbe vor Lachen über das Foto vom Bürgermeister 😂",
  "Wenn ich noch einmal Schlager beim Stadtfest höre, erschieß ich mich 😂",
  "Das bringt mich noch um, diese ewigen Baustellen 😤",
  "Ich kann nicht mehr, seit drei Wochen keine Antwort vom Jugendamt",
  "Ich hätte fast einen Herzinfarkt bekommen, als ich die Rechnung gesehen habe 😂",
  // negation
  "Kein Unfall, nur ein Auto mit Panne am Straßenrand",
  "Keine Sorge, es brennt nicht, das ist nur der Grill vom Nachbarn",
  "Der Sturm hat bei uns zum Glück keine Bäume umgeworfen",
  "Kein Gasgeruch mehr, die Stadtwerke waren schon da",
  "Niemand wurde verletzt, alle sind wohlauf",
  // past events, thanks afterwards, resolved
  "Nach dem Brand letztes Jahr ist die Scheune endlich wieder aufgebaut",
  "Danke an die Feuerwehr für den schnellen Einsatz gestern beim Kellerbrand 🚒❤️",
  "Danke an alle Helfer, die beim Hochwasser Sandsäcke geschleppt haben",
  "Großes Lob an die Sanitäter beim Stadtlauf, die haben super aufgepasst",
  "Toll, dass die umgestürzten Bäume so schnell weggeräumt wurden",
  "Der Stromausfall letzte Nacht war zum Glück schnell behoben",
  "Nach dem Hochwasser sind die Spielplätze endlich wieder offen",
  "Ist der Radweg nach dem Unfall wieder frei?",
  "Der Bombenalarm gestern war zum Glück nur ein Fehlalarm",
  "Die Ölspur von heute früh ist weg, danke an den Bauhof",
  "Wird nach dem Starkregen die Straße gekehrt?",
  "Vor zwei Jahren ist hier schon mal ein Baum umgestürzt, damals war das ein Riesenchaos",
  "Das Feuer in der Lagerhalle ist gelöscht, Entwarnung für Oberdorf",
  // preparedness and information
  "Was macht man eigentlich bei Gasgeruch? Frage für meine Oma",
  "Wo bekommt man bei Hochwasser Sandsäcke? Nur für den Fall",
  "Wie verhalte ich mich bei Glatteis mit dem Kinderwagen?",
  "Gibt es Zuschüsse für Rauchmelder?",
  "Im Notfall 112 anrufen, das sollten schon die Kinder lernen",
  // look-alike names and everyday words
  "Unsere Gasrechnung hat sich verdoppelt, das ist doch nicht normal",
  "Die Brandenburger Straße ist ab Montag gesperrt",
  "Die Unfallkasse hat mir endlich das Geld überwiesen",
  "Unfallfrei seit 30 Jahren, unsere Busfahrer sind top",
  "Die Unfallstatistik für Musterstadt ist gesunken, super",
  "Rauchen an der Bushaltestelle nervt total",
  "Die Gasleitung in der Hauptstraße wird ab Montag erneuert",
  "Die Hochwasserschutzmauer am Fluss wird endlich gebaut",
  "Der Baum vor dem Rathaus ist wunderschön geschmückt",
  "Der Baumschnitt an der Allee war dringend nötig, danke",
  "Der Weihnachtsbaum am Marktplatz steht, so schön 🎄",
  "Die Linde am Marktplatz blüht wieder so schön",
  "Der Keller vom Jugendhaus ist wieder trocken, danke THW",
  "Stadtfest fällt ins Wasser, schade",
  "Wie hoch ist die Strafe, wenn man bei Rot über die Ampel fährt?",
  "Unser Sohn durfte beim Feuerwehrfest die Spritze halten",
  "Der Sanitätsdienst beim Stadtfest war super organisiert",
  "Schöner Sonnenbrand nach dem Freibad heute 😅",
  "Die Äste vom Baumschnitt liegen noch am Straßenrand, wann werden die abgeholt?",
  "Den Bus heute früh gerade noch erwischt, zum Glück",
  "Autofahrer beim Rasen vor der Schule erwischt, gut so",
  "Ich bitte um Hilfe bei meinem Antrag auf Wohngeld",
  "Heute ist mein letzter Tag im Bürgerbüro, danke für alles",
  "Ich werde eine Kerze für die Opfer anzünden",
  "Die Innenstadt wird endlich wiederbelebt",
  "Von den Bäumen fallen schon die ersten Blätter",
  "Hohe Waldbrandgefahr: Grillen im Stadtwald ist verboten",
  "Vollsperrung der Hauptstraße ab Montag wegen Bauarbeiten",
  "Die Anmeldung läuft über die Website der Stadt",
  "Ich bin so müde, ich könnte im Stehen einschlafen",
  "Wir ersticken hier im Müll, wann wird endlich abgeholt?",
];

const REPORTS = [...FIRE, ...GAS, ...ACCIDENT, ...MEDICAL, ...SELF_HARM, ...THREAT, ...WATER, ...TREE, ...INFRASTRUCTURE, ...MORE];

describe("danger reports as people write them", () => {
  it("has enough examples to mean something", () => {
    expect(REPORTS.length).toBeGreaterThanOrEqual(120);
    expect(HARMLESS.length).toBeGreaterThanOrEqual(60);
  });

  it.each(REPORTS)("%j is %s", (text, expected) => {
    const danger = dangerOf(text);
    const categories = typeof expected === "string" ? [expected] : expected;
    expect(danger, "a danger").toBeDefined();
    expect(categories).toContain(danger!.category);
    for (const item of danger!.evidence) expect(text.slice(item.start, item.end)).toBe(item.text);
  });

  it.each(HARMLESS)("%j reports no danger", (text) => {
    expect(dangerOf(text)).toBeUndefined();
  });
});

describe("danger reports in any spelling", () => {
  const plainVowels = (text: string): string => text.replace(/[äöü]/g, (vowel) => ({ ä: "a", ö: "o", ü: "u" })[vowel]!);
  const spellings: readonly [string, (text: string) => string][] = [
    ["lower case", (text) => text.toLowerCase()],
    ["upper case", (text) => text.toUpperCase()],
    ["umlauts as ae oe ue", (text) => text.replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/Ä/g, "Ae").replace(/Ö/g, "Oe").replace(/Ü/g, "Ue")],
    ["umlauts without their dots", (text) => plainVowels(text)],
  ];

  it("finds a report however it is spelt, and with harmless sentences around it", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...REPORTS),
        fc.constantFrom(...spellings),
        fc.constantFrom("", "Hallo zusammen. ", "Servus! ", "@Stadt Musterstadt "),
        fc.constantFrom("", " Bitte schnell!", " Danke.", " Was soll man tun?"),
        ([text], [, spell], before, after) => {
          const written = `${before}${spell(text)}${after}`;
          expect(dangerOf(written), written).toBeDefined();
        },
      ),
      { numRuns: 300 },
    );
  });

  it("finds nothing in a harmless comment, however it is spelt, with a harmless sentence after it", () => {
    fc.assert(
      fc.property(fc.constantFrom(...HARMLESS), fc.constantFrom(...spellings.slice(0, 3)), fc.constantFrom("", " Schönen Abend noch!", " 😊"), (text, [, spell], after) => {
        const written = `${spell(text)}${after}`;
        expect(dangerOf(written), written).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });
});
