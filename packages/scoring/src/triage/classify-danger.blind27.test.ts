import { describeBlindDangerSet } from "../test-support/blind-danger-set.js";
import { DANGER_BLIND_REPORTS_27 } from "./danger-blind-reports-27.js";

/*
 * The danger step on the twenty-seventh set of comments written without
 * looking at its lexicon (see danger-blind-reports-27.ts): people in the
 * countryside and in small villages (farmers, hunters, forestry workers,
 * off-duty volunteer firefighters, commuters on country roads), with
 * dangers at a weir, a quarry, a silage clamp, a grain silo or a biogas
 * plant; 50 self-harm comments told by arrangements and means at hand and
 * 50 threats over land, hunting rights, inheritance or wind turbines.
 * Measured before anything was changed for it, the lists found 90 of the
 * 180 dangers (recall 0.500) and raised 3 false alarms on the 60
 * look-alikes. The danger model of that day, not trained on the set,
 * raised recall to 0.867 with 6 alarms.
 */

/** Dangers the step still misses (90). */
const STILL_MISSED: ReadonlySet<string> = new Set([
  "Am unbeschrankten Übergang bei Kleinmoor hat der Regionalzug einen Transporter erwischt, der ist total zusammengedrückt und liegt neben den Gleisen. Ich versuch auch 112, aber hier ist kaum Netz",
  "Beim Abladen am Fahrsilo ist der Kipper ins Rutschen gekommen und hat den Wolfgang an die Betonwand gedrückt. Er atmet, aber er kommt nicht raus. Hofeinfahrt Weiherstraße 3",
  "Propantank hinterm Reitstall, das Ventil ist ganz vereist und es faucht ununterbrochen, man riecht es bis in die Halle, wo die Kinder Reitstunde haben",
  "Im Gärkeller vom Weingut Roth sind zwei Leute die Treppe runter und nicht wieder hoch gekommen. Man hört nur die Fässer blubbern. Ich hab Angst runterzugehen",
  "Holzvergaser im Keller, mir ist total schwindlig, der Hund hat gekotzt und das CO-Ding an der Decke piept dauernd",
  "An der Verdichterstation am Waldweg rauscht es ohrenbetäubend, am Boden liegt so ein Nebel und es stinkt bis rüber zu den ersten Häusern",
  "Auf dem Dorfplatz beim Aufbau vom Weinfest ist eine große Flasche vom Grillwagen umgefallen, der Kopf ist abgeknickt und es strömt weiß raus, Leute rauchen daneben",
  "Unser Kleiner hat in der Scheune aus einer Flasche ohne Etikett getrunken, jetzt spuckt er und wird immer müder",
  "Am Wehr bei der alten Mühle treibt ein Kind in der Walze und geht immer wieder unter!!!",
  "Nach dem Gewitter kommt eine braune Brühe vom Hang die Hauptstraße runter und reißt die Mülltonnen mit. Bei Nummer 12 läuft es schon in die Kellerfenster, und da unten wohnt die Frau im Rollstuhl",
  "zwei kajaks am wehr gekentert, einer hält sich am gitter fest, den anderen seh ich nicht mehr",
  "An der Furt am Feldweg nach Oberdorf steckt ein Auto mitten im reißenden Bach, Wasser bis an die Fenster, eine Person sitzt aufm Dach",
  "Fichte aufs Auto, jemand drin!",
  "Die Leitung vom Mast beim Aussiedlerhof liegt im nassen Gras auf der Kuhweide, es brummt, und die Kühe laufen genau dahin",
  "Am Silo der Raiffeisen bröckelt der Beton, eine Stahlstrebe ist verbogen und das Ding neigt sich sichtbar Richtung Straße",
  "Papa hat uns gerade eine Sprachnachricht geschickt: er sitzt im Schlepper in der zugemachten Maschinenhalle, der Motor läuft, und wir sollen nicht kommen. Hof Wimmer, Oberbuch 4",
  "Mein Nachbar hat mir heute seinen Jagdhund gebracht und die Schlüssel vom Haus. Nur das Gewehr hat er behalten, dann ist er zu Fuß Richtung Hochsitz. Er war so ruhig, das war nicht normal",
  "die bank holt den hof. das spritzmittel aus dem schuppen steht hier neben mir. mehr gibts nicht zu sagen",
  "Ich schreib das hier, weil sonst keiner zuhört. Die Flinte liegt geladen auf dem Küchentisch, für meinen Sohn hab ich alles aufgeschrieben. Heut Nacht noch.",
  "Meine Mutter hat eben angerufen und sich für alles bedankt, sie hat die Tabletten für den ganzen Monat auf einmal genommen, sagt sie. Sie wohnt allein in Hinterwies 2, ich bin in München!!",
  "Die Resi aus unserem Weiler hat heute jedem ein Glas Marmelade vorbeigebracht und gesagt, morgen sollen wir sie nicht suchen, sie geht zum Weiher. Jetzt ist ihr Haus dunkel und die Tür steht sperrangelweit offen",
  "Der Karl vom Sägewerk steht oben auf dem Getreidesilo ganz am Rand, ohne Sicherung, und winkt uns weg, wenn wir rufen",
  "Bitte Polizei zum Mühlweiher! Meine Freundin hat mir gerade geschrieben, sie hat sich Steine in die Jackentaschen gesteckt und geht jetzt rein",
  "Kollegin vom Forst hat sich heute bei allen verabschiedet, als würde sie kündigen, hat ihre Motorsäge verschenkt und gesagt, sie geht noch einmal allein zum Teufelsfelsen. Sie geht nicht mehr ans Handy",
  "ich kann nicht mehr, die schulden, die kinder reden nicht mehr mit mir. hab das alte e605 vom opa im keller gefunden. entschuldigung an alle",
  "Meine Tochter (16) hat ihr ganzes Reitzeug verschenkt und in den Status geschrieben „Danke für alles, Luna kriegt jetzt eine Bessere“. Sie ist weder im Stall noch daheim",
  "Der alte Brenner vom Einödhof hat alle seine Kühe zum Schlachthof gefahren und dann zu mir gesagt, jetzt brauch er nur noch den Strick. Er sitzt in der Scheune, die Tür ist von innen verriegelt",
  "hab die lüftung im güllekeller ausgemacht und setz mich jetzt da unten hin. dann is ruhe",
  "Seit der Pleite ist mein Mann nicht mehr er selbst. Grad hat er den Waffenschrank aufgeschlossen und gesagt, wir sollen zu meiner Mutter fahren und nicht zurückkommen. Ich sitz mit den Kindern im Auto vor dem Haus",
  "Ein Jungbauer aus dem Nachbarort postet seit einer Stunde Abschiedsfotos vom Hof. Auf dem letzten ist der Teich hinterm Haus, drunter steht: „Heute Abend bin ich da drin“",
  "Ich hab die Pferde auf die Koppel gestellt und das Tor offen gelassen, damit sie einer findet. Ich geh jetzt rauf auf den Heuboden, da ist alles vorbereitet",
  "Opa war heut so komisch, hat mir sein Taschenmesser und seine Uhr gegeben, „für später“. Jetzt ist er mit der Flasche Pflanzenschutzmittel raus in den Weinberg und hat gesagt, wir sollen nicht nachkommen",
  "Bin Feuerwehrmann und schreib privat: ein Kamerad hat in unsere Gruppe gerade „Es war mir eine Ehre mit euch“ geschickt, mit einem Foto vom Lauf seines Gewehrs. Er wohnt Am Kirchberg 7",
  "steh an der staumauer. jacke schon aus.",
  "Die Nachbarin hat uns ihre Katze gebracht, mit Futter für ein halbes Jahr, und gesagt, sie brauche das alles nicht mehr. Seit der Beerdigung ihres Mannes isst sie kaum. Jetzt ist bei ihr alles dunkel, aber in der Garage läuft ein Motor",
  "An der Bushaltestelle am Ortsausgang sitzt ein Mädchen, vielleicht 15, und schneidet sich mit einer Glasscherbe die Arme auf, alles voller Blut. Sie sagt, sie will dass es endlich aufhört",
  "Die Molkerei hat uns gekündigt, alles vorbei. Die Versicherung zahlt auch bei einem Unfall. Heut Nacht fahr ich mit dem Schlepper über die Kante in den Steinbruch.",
  "Mein Onkel hat im Dorfchat geschrieben, dass er morgen nicht zur Treibjagd kommt, weil er heute Abend „seinen letzten Ansitz“ macht. Dazu ein Foto von seinem Testament. Er ist nicht erreichbar",
  "Mir ist alles zu viel. Ich hab die Rattenköder aus dem Kornspeicher in ein Glas gefüllt und sitz damit am Fenster. Bitte sagt meiner Mama nichts",
  "Der Mann vom Campingplatz läuft gerade mit einem vollen Benzinkanister Richtung Waldhütte und hat zu mir gesagt: „Der ist für mich, nicht für die Hütte.“",
  "Am Silo der Genossenschaft ist einer oben durch die Luke ins Getreide gestiegen und hat sie hinter sich zugezogen. Handy und Geldbeutel hat er vorher auf die Treppe gelegt",
  "Meine Schwester ist aus der Klinik abgehauen und sitzt jetzt mit ihren ganzen Medikamenten an der Wehranlage Obermühle. Sie schreibt, es ist schön hier zum Gehen",
  "Schnell zum Waldrand Sonnleiten! Mein Vater hat sich beim Nachbarn den Bulldogschlüssel geholt und gesagt, er fährt jetzt in den alten Steinbruchsee, so wie er es immer angekündigt hat",
  "Hab alles geregelt. Die Ziegen kommen zum Hahn, die Hühner zum Pfarrer, das Geld für die Beerdigung liegt im Umschlag auf der Kommode. Heut nach dem Melken geh ich.",
  "Ich bin Jägerin und sitz seit heut früh auf dem Ansitz am Birkenschlag. Ich komm nicht mehr runter. Die letzte Patrone ist für mich.",
  "Sagt dem Pachtamt, sie können die Wiese haben. Ich hab mir vom Feldspritzer einen Becher abgefüllt und den trink ich jetzt leer",
  "Meine Frau hat mir heute früh den Schlüssel fürs Milchhaus in die Hand gedrückt und einen Brief für die Kinder, dann ist sie mit dem Rad zur alten Bahnbrücke. Sie hat nur gesagt: nicht nachkommen.",
  "Mir gehts nicht gut. Ich lieg im Auto am Feldweg hinter der Kläranlage, hinten im Kofferraum läuft der Stromerzeuger, Fenster zu. Tschüss",
  "Unser Lehrling auf dem Hof hat seit gestern kaum geredet, heute seine Sachen in Kartons gepackt und „für Mama“ draufgeschrieben. Jetzt fehlt das Seil vom Heuaufzug und er ist nirgends",
  "Windräder auf dem Buchberg? Dann fliegt beim Bürgermeister in Hausen was durchs Schlafzimmerfenster. Flaschen und Benzin stehen schon im Schuppen.",
  "An unserer Hoftür hängt eine tote Krähe mit Zettel: „Du bist der Nächste, wenn du die Jagdpacht nicht abgibst.“ Heute Nacht ist wieder einer mit Taschenlampe ums Haus geschlichen",
  "Mein Bruder sitzt besoffen auf der Hofbank, die Doppelflinte auf den Knien, und sagt, der Notar kriegt heut noch eine Kugel, bevor der morgen das Testament vorliest. Der Notar wohnt zwei Häuser weiter",
  "Seit 20 Minuten fährt ein Pickup immer wieder an der Einfahrt vom Windpark-Planer vorbei und der Fahrer hält eine Pistole aus dem Fenster. Am Anger 5",
  "Unser Nachbar hat in die Dorfgruppe geschrieben, dass er die Bauarbeiter vom Windpark morgen früh am Waldweg mit Nagelbrettern „begrüßt“ und dann mit der Flinte nachhilft. Die kommen um sechs",
  "Der von gegenüber hat mir grad den Finger über die Kehle gezogen und dabei auf unsere Pferde gezeigt. Letzte Woche war schon der Koppelzaun durchgeschnitten",
  "Herr Bürgermeister, wenn Sie am Donnerstag den Bebauungsplan durchwinken, warte ich nach der Sitzung auf dem Parkplatz auf Sie. Im Kofferraum hab ich was, das Ihnen nicht gefallen wird.",
  "An unserem Hochsitz hat jemand die Sprossen angesägt, und oben an der Kanzel steht mit Edding „Fall schön“. Der Pächter will heute Abend rauf",
  "ich schwör wenn der von nebenan noch einmal meine kühe pfänden lässt lieg ich mit dem zielfernrohr im mais und wart auf ihn. die patronen liegen schon aufm fensterbrett",
  "Der Pächter hat meinem Vater grad am Telefon gesagt: „Verkaufst du die Wiese, findet man dich im Güllegraben.“ Er ist schon auf dem Weg zu uns, hat er gesagt",
  "Er hat heute mit dem Frontlader voll auf mich zugehalten und gerufen, das nächste Mal bremst er nicht. Jetzt steht er wieder mit dem Schlepper am Feldrand und wartet auf mich",
  "Schaut mal in die Kommentare beim Windpark-Post: der mit dem Hirsch als Profilbild hat das Haus vom Ortsvorsteher fotografiert und drunter geschrieben „Samstag, 22 Uhr, Überraschung“",
  "Ein Jäger aus dem Nachbarrevier zielt an unserer Koppel auf unseren Hund, der Bauer ist dazwischen und jetzt zielt er auf den Bauern!!",
  "Mein Exmann steht vor dem Reitstall und schreibt mir seit einer Stunde, dass er mich heute beim Stalldienst abpasst. Grad hat er mir ein Bild von seinem Bolzenschussgerät geschickt",
  "Mein Nachbar hat „Windkraft-Lobby = Zielscheibe“ aufs Scheunentor gesprüht, darunter die Namen vom Gemeinderat. Heute Abend ist Sitzung, und er hat gesagt, er kommt auch, mit „Argumenten“ im Rucksack",
  "Ich sitz im Auto und trau mich nicht raus. Vor unserem Haus steht der Nachbar mit der Mistgabel und ruft, heut zahlt er's uns heim wegen dem Wegerecht",
  "Im Jagdchat schreibt einer, er lässt den neuen Förster „im Wald verschwinden“, er kennt die Stelle, wo der jeden Morgen allein die Käferfallen kontrolliert. Das war vor zehn Minuten",
  "Ein Mann in Tarnkleidung schleicht seit einer Stunde um die Windradbaustelle und hat eben ein Paket mit Kabeln dran an den Kran geklebt",
  "Unser Bürgermeister kriegt seit Tagen Briefe. Heute lag einer mit Rasierklingen drin im Briefkasten und der Zeile: „Deine Kinder gehen doch in Ebersdorf zur Grundschule, oder?“",
  "Ich bin die Tochter vom Keil-Hof. Der Nachbar hat heute unsere Zufahrt mit Nagelbrettern gespickt und gesagt, morgen kippt er was in unseren Brunnen, wenn wir den Weg weiter benutzen",
  "Mein Vater hat sich mit der Schrotflinte am Hoftor hingestellt, weil heute der Gerichtsvollzieher kommt. Er sagt, der geht nicht lebend vom Hof. Termin ist um zehn, es ist halb.",
  "es reicht. der jagdpächter schießt mir nicht nochmal auf meine tauben. sein auto steht am waldparkplatz, ich wart da jetzt mit dem wagenheber auf ihn",
  "Der Betreiber der Biogasanlage hat mir gesagt, wenn ich noch einmal beim Landratsamt anrufe, „passiert erst dem Hund was und dann dir“. Jetzt liegen hinter meinem Zaun Fleischbrocken mit blauen Körnern drin, und meine Enkel spielen gleich im Garten",
  "Beim Wirt hat einer gesagt, er fährt den Gutachter vom Windpark, der gerade die Rotmilane zählt, mit dem Geländewagen über den Haufen. Der Gutachter steht allein am Feldrain und der Geländewagen ist grad hinterher",
  "Vor der Kirche verteilt einer Zettel mit Adresse und Foto vom Ortsbürgermeister und ruft, man soll ihn heute Abend „mit Fackeln besuchen“. Es stehen schon ein Dutzend Leute um ihn rum und nicken",
  "Der Erbe vom Nachbarhof hat seiner Schwester gerade eine Sprachnachricht geschickt: er sitzt mit dem Jagdmesser in ihrer Küche und wartet, bis sie vom Feld heimkommt",
  "bei uns hat einer die whatsapp gruppe der windrad gegner gekapert und schreibt, er weiß wo die kinder von der planerin reitstunde haben und holt sie heut ab",
  "Am Stammtisch hat der Meier gesagt, er hat fünf Liter Unkrautvernichter im Auto und kippt die heute noch in den Brunnen vom Bürgermeister. Er ist eben raus, Richtung Oberdorf",
  "Der Nachbar hat grad über den Zaun geschrien, er zündet unsere Scheune an sobald wir schlafen, wegen dem Graben an der Grenze. An unserer Scheunenwand liegt jetzt loses Stroh, das war heut Mittag noch nicht da",
  "Ich arbeite im Rathaus einer kleinen Gemeinde. Eben hat ein Mann angerufen: er steht mit dem Traktor vor der Tür und fährt durch die Glasfront, wenn der Bürgermeister nicht rauskommt. Man hört draußen den Motor",
  "Der Sohn vom früheren Förster hat heute in der Schule ein Foto rumgezeigt, wie er mit dem Gewehr vor einer Liste mit Namen posiert – lauter Leute, die seinem Vater damals die Jagd weggenommen haben. Er hat gesagt, morgen ist Zahltag",
  "Mein Nachbar hat eben die Hecke zwischen uns mit der Motorsäge umgelegt und steht jetzt mit laufender Säge vor unserer Haustür und brüllt, wir sollen rauskommen",
  "„Du hast mir die Jagd versaut, jetzt versau ich dir dein Leben. Ich weiß, dass du um fünf allein in den Stall gehst.“ Das hat mir gerade einer unter meinen Post geschrieben. Ich bin vom Lindenhof und muss gleich raus zum Melken",
  "Achtung, an der Zufahrt zum Windpark ist ein Drahtseil in Halshöhe über den Weg gespannt, dran ein Schild „für die Monteure“. Die kommen jeden Morgen mit Quads da lang",
  "Bei der Testamentseröffnung hat mein Schwager gesagt, entweder er kriegt den Wald oder keiner von uns erlebt Weihnachten. Jetzt steht sein Auto mit laufendem Motor vor unserem Haus, auf dem Beifahrersitz liegt ein Gewehr",
  "an die tür von unserer ortsvorsteherin hat einer ein holzkreuz mit ihrem namen und dem heutigen datum genagelt. sie ist allein daheim, ihr mann ist auf montage",
  "Typ im Dorfladen: „Wenn die Gemeinde meine Einfahrt nicht freiräumt, mach ich den Bauhof platt, mit allen die da drin sind.“ Dann hat er auf seine Sporttasche geklopft, da war was Schweres drin, und ist Richtung Bauhof gelaufen",
  "Ich bin Jagdpächter. Heute früh war an meinem Hochsitz ein Wildkamerafoto von mir an den Baum genagelt, mit einem Loch genau im Kopf. Heute Nachmittag ist Drückjagd mit 30 Schützen, und der, mit dem ich Streit hab, ist dabei",
  "Der Mann vom Hang oberhalb steht schon wieder vor unserem Tor, diesmal mit einem Benzinkanister, und sagt, entweder wir unterschreiben das Wegerecht jetzt, oder unser Haus ist Geschichte",
  "Meine Oma wird seit Opas Beerdigung von ihrem Neffen bedrängt. Er ist gerade bei ihr. Sie hat mich angerufen und geflüstert, er hält sie am Handgelenk fest und sagt, er drückt ihr das Kissen aufs Gesicht, wenn sie die Schenkung nicht unterschreibt. Tannenweg 9 in Oberau",
  "Der Kerl von der Bürgerinitiative hat am Infostand der Windfirma gesagt, er kommt gleich mit seinen beiden Kangals zurück und hetzt sie auf die Leute am Stand. Jetzt ist er zum Auto, die Hunde sitzen hinten drin",
]);

/** Look-alikes that still raise an alarm (3). */
const STILL_ALARMED: ReadonlySet<string> = new Set([
  "Strick liegt bereit, der Balken ist geprüft – am Samstag hängen wir beim Hoffest die neue Scheunenschaukel für die Kinder auf 😄 Kommt vorbei!",
  "Beim Fotowettbewerb „Unser Dorf im Sturm“ hab ich mein Bild vom umgekippten Baum an der Kapelle von 2017 eingereicht. Daumen drücken!",
  "Die Ampel an der Kreuzung in Oberried war heute früh kurz aus, ist aber schon repariert. Danke an den Bauhof für die schnelle Reaktion!",
]);

describeBlindDangerSet({
  name: "blind set 27",
  reports: DANGER_BLIND_REPORTS_27,
  dangers: 180,
  lookAlikes: 60,
  stillMissed: STILL_MISSED,
  stillAlarmed: STILL_ALARMED,
  leastRecall: 0.50,
  mostAlarms: 3,
  leastRightCategory: 0.40,
});
