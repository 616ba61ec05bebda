import { describeBlindDangerSet } from "../test-support/blind-danger-set.js";
import { DANGER_BLIND_REPORTS_14 } from "./danger-blind-reports-14.js";

/*
 * The danger step on the fourteenth set of comments written without looking
 * at its lexicon (see danger-blind-reports-14.ts): weighted to self-harm (40)
 * and threats (40), mostly told by someone who reports what another person
 * said, posted or did, often over two or three sentences that show the
 * danger only together. Measured before anything was changed for it, the
 * lists found 115 of the 180 dangers (recall 0.639: self-harm 26 missed,
 * threat 25, accident 4, infrastructure 3, medical 2, tree 2, fire 1, gas 1,
 * water 1), named the right category for 99, and raised 7 false alarms on
 * the 60 look-alikes. The danger model trained that day without the set
 * raised recall to 0.856 with the same 7 alarms.
 */

/** Dangers the step still misses (62). */
const STILL_MISSED: ReadonlySet<string> = new Set([
  "Meine Schwester hat eben in unsere Familiengruppe geschrieben, dass sie uns lieb hat und wir ihr nicht böse sein sollen. Sie geht nicht ans Telefon. Ihr Auto steht oben am Parkplatz an der Talsperre.",
  "Ich bin Klassenlehrerin. Ein Schüler von mir hat vor einer Stunde ein Foto von einer vollen Tablettenpackung gepostet, Text: „reicht hoffentlich“. Die Eltern erreiche ich nicht, er wohnt in der Lindenstraße 14.",
  "mein nachbar hat mir grad seinen wohnungsschlüssel gebracht und gesagt ich soll mich um den hund kümmern, er braucht das alles nicht mehr. seitdem hör ich nix mehr aus der wohnung, nur der hund jault",
  "Bin Busfahrer auf der Linie 4. Ein Fahrgast hat beim Aussteigen gesagt, er nimmt heute den nächsten Zug, aber nicht als Passagier. Er läuft jetzt am Bahndamm entlang Richtung Stellwerk.",
  "Ich arbeite an der Kasse im Baumarkt. Ein Kunde hat eben ein Seil gekauft und gemeint, zum Klettern sei das nicht, aber ist eh egal. Er sah völlig fertig aus und ist zu Fuß Richtung Stadtwald.",
  "Story von meiner Tochter (15), grad gescreenshottet: „Morgen bin ich kein Problem mehr für euch.“ Sie ist nicht zuhause und ihr Handy ist aus 😭",
  "Ich bin Pflegekraft im ambulanten Dienst. Ein Herr, den ich versorge, hat heute früh gesagt, er hat genug Insulin gespart, um nicht mehr aufzuwachen. Jetzt macht er die Tür nicht auf, Rollläden unten.",
  "Am Baggersee geht eine Frau in voller Kleidung immer weiter ins Wasser, es reicht ihr schon bis zur Brust. Sie ruft, man soll sie lassen.",
  "Mein Bruder hat mir ein Video geschickt, in dem er sich bei uns allen bedankt. Im Hintergrund sieht man das Schild vom Parkhaus am Bahnhof, oberstes Deck. Er steht direkt an der Brüstung.",
  "Die Nachbarin von gegenüber hat heute ihre ganzen Möbel verschenkt und sich von jedem im Haus verabschiedet. Eben meinte sie, die Klingen liegen schon im Bad bereit. Ich trau mich nicht rein.",
  "Mein Vater (78) ist seit Mamas Tod nicht mehr derselbe. Heute früh lag ein Brief an uns Kinder auf dem Küchentisch. Sein Jagdgewehr ist nicht im Schrank.",
  "Freundin antwortet seit 20 Minuten nicht, letzte Nachricht war ein Foto von leeren Blistern und „tut mir leid ❤️“. Sie wohnt im Studentenwohnheim am Campus, Zimmer 214.",
  "Ich bin Klassenlehrerin einer 10. Klasse und schreibe hier, weil ich im Sekretariat gerade niemanden erreiche. Eine Schülerin hat mir nach der dritten Stunde einen gefalteten Zettel in die Hand gedrückt und ist sofort raus. Darauf steht, dass sie ab heute niemandem mehr zur Last fällt, dass ihr Zimmer aufgeräumt ist und ihre Katze zu ihrer besten Freundin soll. In der Pause war sie weg, ihr Rad steht nicht mehr am Ständer. Sie wohnt ganz am Ende vom Mühlweg, direkt an den Bahngleisen.",
  "meine oma hat eben angerufen und gesagt sie hat alle ihre herztabletten auf einmal genommen damit sie endlich zum opa kann. sie wohnt allein am kirchplatz",
  "Unser Azubi hat in der Pause erzählt, er hat sich was besorgt, damit es schnell geht, und er wird uns nicht mehr lange nerven. Danach ist er „krank“ nach Hause. Er wohnt allein über der Apotheke, ich hab ein ganz ungutes Gefühl.",
  "Dringend: mein Kumpel hat sein Profilbild schwarz gemacht, Status „Danke fuer alles. Bin am Steinbruch.“ Er geht nicht ran und sein Auto ist weg.",
  "Mei Nachbar, da Sepp, hod heid am Zaun gsagt, da Schlauch liegt scho im Kofferraum und am Wochenend is er weg. Jetzt lafft sei Auto in da Scheune und 's Tor is zua.",
  "Mein Schwager ist seit gestern weg. Heute kam per Post ein Brief mit seinem Testament und dem Satz, dass wir ihn im Wald hinter der alten Mühle finden werden.",
  "Ich arbeite im Bürgeramt. Eine Frau hat am Schalter geweint und gesagt, wenn morgen die Räumung kommt, ist sie eh nicht mehr da, zu Hause sei alles vorbereitet. Sie war weg, bevor ich reagieren konnte. Laut Antrag wohnt sie im Fliederweg 9.",
  "Auf Mastodon postet @kaltwasser seit einer Stunde Abschiedsworte, jetzt ein Foto vom Geländer der Autobahnbrücke an der Ausfahrt Nord. Letzter Toot: „so. jetzt.“",
  "steh am bahnsteig gleis 3. wenn der durchfahrende kommt spring ich. keine ahnung warum ich das hier schreib",
  "Meine Mutter hat mir heute ganz ruhig ihren Hund gebracht und gesagt, ich soll ihn behalten. Vorhin hab ich gemerkt, dass ihre Schlaftabletten aus dem Schrank weg sind. Sie macht nicht auf.",
  "Meine Mitschülerin hat eine Story vom Flussufer gepostet: „das wasser ist kalt, gut so“. Sie kann nicht schwimmen und ist allein unten bei den Weiden, ich bin zu weit weg.",
  "Ich komme am Donnerstag um 10 in die Bürgersprechstunde und bringe was mit, damit Frau Berger vom Ordnungsamt versteht, wie ernst ich es meine. Reden ist vorbei. Das Messer ist geschliffen.",
  "Beim Bäcker neben dem Rathaus haben eben zwei Männer laut darüber geredet, dass sie morgen früh die Stadtratssitzung „aufmischen“ und einer seine Pistole einsteckt. Einer in roter Jacke, der andere mit Glatze.",
  "Im Wartebereich vom Jobcenter hab ich mitgehört, wie ein Mann am Telefon sagte, er wartet nach Dienstschluss am Mitarbeiterparkplatz auf seinen Sachbearbeiter Herrn K., und dann ist der dran. Am Gürtel hatte er ein Messer.",
  "An der Sporthalle am Schulzentrum steht seit heute früh frisch gesprüht: „FREITAG 8 UHR KNALLTS“, daneben eine gezeichnete Waffe und die Namen von drei Lehrerinnen.",
  "Ich habe um 14:30 einen Termin bei Herrn Schäfer im Bauamt. Den Termin überlebt er nicht. Ich habe lang genug höflich gefragt.",
  "Arbeite an der Kasse im Supermarkt. Grad hat ein Kunde zu seinem Kumpel gesagt, heute Abend am Jugendzentrum in der Bahnhofstraße „stechen wir ein paar von denen ab“. Die beiden haben zwei Küchenmesser bezahlt.",
  "Screenshot aus einer lokalen Telegram-Gruppe: Die wollen beim CSD am Samstag auf dem Schlossplatz „mit Pfefferspray und Schlagstöcken aufräumen“, Treffpunkt 13 Uhr Parkhaus Süd, „jeder bringt was mit“.",
  "Mein Ex hat mir geschrieben, dass er heute vor der Kita Pusteblume wartet, wenn ich den Kleinen abhole, und dass ich dann sehe, was passiert. Er hat Kontaktverbot und eine Schreckschusswaffe. Abholzeit ist 16 Uhr.",
  "Sehr geehrte Damen und Herren, ich habe Ihnen seit dem Frühjahr elf Schreiben geschickt, keines wurde beantwortet. Die Zwangsräumung meiner Wohnung ist für den 12. um 9 Uhr angesetzt. Ich teile Ihnen sachlich mit, dass ich das nicht zulassen werde. Der Gerichtsvollzieher und wer immer von der Stadt mitkommt, werden von meinem Balkon aus empfangen. Meine Waffen sind ordnungsgemäß angemeldet, und ich kann damit umgehen. Betrachten Sie dies als letzte Mitteilung. Hochachtungsvoll, K. Brenner, Uhlandstraße 31",
  "Mein Onkel sitzt seit gestern im Keller und reinigt seine Gewehre. Er sagt ständig, der Ortsvorsteher zahlt morgen beim Dorffest für die Windräder. Ich hab echt Angst, dass er das ernst meint.",
  "Im Fitnessstudio hat einer in der Umkleide erzählt, dass er Frau Demir vom Jugendamt nach Feierabend abpasst, weil sie ihm die Kinder weggenommen hat. Er kennt ihr Auto, einen blauen Fiat, und hat ne Eisenstange im Kofferraum.",
  "Lehrer hier. Ein Schüler hat nach der Notenbesprechung zu mir gesagt: „Morgen sind Sie nicht mehr da, Herr Wagner, dafür sorg ich.“ Später erzählt mir ein Mitschüler, dass er ein Messer im Rucksack hat.",
  "Hab an der Bushaltestelle Schulstraße gehört, wie ein paar Jugendliche planen, den Hausmeister der Grundschule nach Schulschluss zusammenzuschlagen. Einer hat einen Schlagring rumgezeigt. Schluss ist um 13 Uhr.",
  "In der Nachbarschafts-App schreibt einer, dass er die Kinder, die immer auf seinem Parkplatz spielen, „beim nächsten Mal einfach umfährt, mit Absicht“. Ecke Birkenweg, schwarzer SUV. Die Kinder spielen da jetzt grad.",
  "Ich weiß genau, wer im Stadtrat für das Heim gestimmt hat. Die Liste hab ich ausgedruckt und die Adressen dazugeschrieben. Ab Freitag bekommt jeder Besuch, einer nach dem anderen.",
  "Stadtbücherei, Ausleihe: Ein Mann hat gerade gesagt, er kommt morgen zur Vorlesestunde und lässt seinen Kampfhund auf die Kinder los. Er hat das dreimal wiederholt und unseren Aushang mit den Zeiten abfotografiert.",
  "Im Zug eben gehört: zwei Männer wollen die Leute vom Ordnungsamt, die heute Abend am Marktplatz Knöllchen schreiben, „abpassen und fertigmachen“. Es ging um Pfefferspray und Messer. Der Zug kommt 19:40 an.",
  "Sekretariat Gymnasium: Am Telefon eben eine ruhige Männerstimme. Er komme morgen um 10:15 in der großen Pause, wir sollten die Lehrer lieber drinnen lassen. Dann hat er aufgelegt, Nummer unterdrückt.",
  "Herr Peters vom Straßenverkehrsamt hat mir den Führerschein abgenommen. Ich wohne zwei Straßen weiter als er. Heute Nacht sollte er gut auf sein Haus aufpassen, ich hab genug Diesel im Schuppen.",
  "Ich arbeite an der Tankstelle Nordring. Ein Kunde hat eben zwei Kanister gefüllt und gesagt, die sind für das Asylheim heute Nacht. Weißer Transporter, ist Richtung Industriegebiet.",
  "An die Pressestelle: Die Bürgerversammlung morgen um 19 Uhr in der Stadthalle werde ich nicht friedlich verlassen. Ich habe ein Messer und einen Plan, und ich weiß, wo der Oberbürgermeister sitzt.",
  "Meine Mutter arbeitet in der Zulassungsstelle. Ein Mann hat sie heute zum zweiten Mal privat angerufen, er kennt ihre Adresse und sagt, er kommt heute Abend vorbei und bricht ihr die Finger.",
  "Im Wertstoffhof hat kurz vor Schluss ein Mann einem Kollegen eine Pistole an den Kopf gehalten, angeblich nur Schreckschuss, und gesagt, morgen bringt er eine echte. Er ist weg, der Kollege sitzt heulend im Container.",
  "Antwort unter eurem Post zur Gebührenerhöhung: „Bürgermeisterin Lang kommt um 8 immer durch die Seitentür. Übermorgen steh ich da. Das Messer ist scharf.“ Der Account folgt euch seit gestern.",
  "Kollege hat mir gezeigt, was sein Sohn bei TikTok gepostet hat: einen Plan der Gesamtschule mit roten Kreuzen an den Klassenräumen und dem Wort „Mittwoch“. Der Sohn ist vorgestern von der Schule geflogen.",
  "Die alte Frau über mir klopft seit einer Stunde ganz schwach auf den Boden und ruft leise um Hilfe. Tür ist zu, sie wohnt allein.",
  "Typ im Regionalzug nach Neustadt hat Schaum vorm Mund und liegt zwischen den Sitzen. Nächster Halt ist euer Bahnhof in 4 Minuten.",
  "Radler liegt unterm Lieferwagen, Kreuzung Ringstraße!!",
  "Ich arbeite im Drogeriemarkt. Eine Kundin ist auf der nassen Treppe zum Parkdeck runtergestürzt, liegt verdreht unten und sagt, sie kann den Nacken nicht bewegen.",
  "Ein Lkw hat am Wertstoffhof beim Rückwärtsfahren einen Mitarbeiter erwischt, große offene Wunde am Oberschenkel, viel Blut.",
  "junge mit fahrrad den berg runter gegen die laterne, gesicht voller blut, zähne raus, helm gebrochen. waldweg höhe spielplatz",
  "Hochhaus Ahornweg, Balkon im 5. Stock: da glüht ein Sofa und die Markise fängt auch schon an.",
  "Aus der Kellerwohnung unter uns riecht es seit Mittag wie aus einer offenen Campingkartusche. Die Mieterin ist nicht da und das Fenster ist zu.",
  "Ein Mann klammert sich unterhalb vom Wehr an einen Ast im Fluss, die Strömung ist brutal.",
  "Vor dem Seniorenheim hat eine Birke beim Umfallen ein Auto getroffen, der Fahrer sitzt noch drin.",
  "Die Fichte am Kindergarten hat den Blitz abgekriegt, oben ist sie gesplittert und es fallen immer wieder Teile runter.",
  "Im Aufzug vom Ärztehaus sitzt seit 40 Minuten eine Frau mit Kinderwagen fest, der Notrufknopf geht nicht durch.",
  "An der Brücke über die Bahngleise sind Betonbrocken rausgebrochen, man sieht die Eisen, unten fahren Züge.",
  "Die Deckenverkleidung in der Schwimmhalle hängt durch und es rieselt Putz ins Becken, zwei Schulklassen sind drin.",
]);

/** Look-alikes that still raise an alarm (7). */
const STILL_ALARMED: ReadonlySet<string> = new Set([
  "Nach dem 0:4 gegen die SG Nachbardorf will ich nicht mehr leben 😭 Der Schiri gehört auf den Mond geschossen. Bis nächste Woche, Jungs!",
  "Habt ihr gestern den Tatort gesehen? Der Täter jagt am Ende das Rathaus in die Luft, gedreht wurde das ja bei uns am Marktplatz!",
  "Mein Kumpel hat beim Paintball-Turnier auf dem alten Fabrikgelände alle abgeknallt, 12 Treffer, Legende 🏆",
  "Bei dem Preis für die Jahreskarte im Freibad kann ich mir ja gleich die Kugel geben.",
  "Lied-Tipp: „Ich will nicht mehr“ von der Schülerband des Gymnasiums, Platz 2 beim Bandcontest. Absolut verdient!",
  "Bin neu in der Schulsozialarbeit. Wenn ein Schüler mit Suizidgedanken zu mir kommt, wen rufe ich an? Gibt es eine Liste mit Stellen hier im Kreis?",
  "Was kostet eigentlich ein Defibrillator für unseren Sportverein, und fördert die Stadt so was?",
]);

describeBlindDangerSet({
  name: "blind set 14",
  reports: DANGER_BLIND_REPORTS_14,
  dangers: 180,
  lookAlikes: 60,
  stillMissed: STILL_MISSED,
  stillAlarmed: STILL_ALARMED,
  leastRecall: 0.63,
  mostAlarms: 7,
  leastRightCategory: 0.55,
});
