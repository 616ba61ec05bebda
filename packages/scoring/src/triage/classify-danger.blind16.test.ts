import { describeBlindDangerSet } from "../test-support/blind-danger-set.js";
import { DANGER_BLIND_REPORTS_16 } from "./danger-blind-reports-16.js";

/*
 * The danger step on the sixteenth set of comments written without looking
 * at its lexicon (see danger-blind-reports-16.ts): weighted to self-harm (45)
 * and threats (45), in the voices of people other sets rarely hear (farmers
 * losing the farm, pensioners alone, carers, people in debt, cold formal
 * threats), mostly understated. Measured before anything was changed for
 * it, the lists found 106 of the 180 dangers (recall 0.589: self-harm 32
 * missed, threat 30, medical 8, water 3, accident 1), named the right
 * category for 89, and raised 7 false alarms on the 60 look-alikes. The
 * danger model trained that day without the set raised recall to 0.833
 * with 8 alarms.
 */

/** Dangers the step still misses (71). */
const STILL_MISSED: ReadonlySet<string> = new Set([
  "Heute war die Versteigerung. 31 Jahre Milchvieh, jetzt steht der Stall leer. Ich fahr nachher mit dem Schlepper zum Steilhang am Kreuzberg und komm nicht zurück. Sagt meiner Schwester in Bremen, die Papiere liegen im Milchhaus.",
  "Guten Abend, entschuldigen Sie, dass ich hier schreibe, ich weiß nicht, wohin sonst. Ich bin 81 und wohne allein in der Lindenstraße 4. Seit Gerdas Tod vor zwei Jahren spricht niemand mehr mit mir, die Kinder rufen zu Weihnachten an, sonst nicht. Ich habe heute alle meine Tabletten aus den Schachteln gedrückt und auf den Tisch gelegt, ich nehme sie nachher mit einem Glas Wein. Die Wohnungstür lasse ich offen, damit niemand aufbrechen muss. Den Kanarienvogel soll bitte Frau Özdemir von unten bekommen.",
  "pflege meine mutter seit 6 jahren allein. heute hat sie mich wieder geschlagen und ich hab gemerkt ich kann nicht mehr. der pflegedienst kommt morgen um 8, der hat nen schlüssel. ich hab von ihrem morphin genug für mich abgezählt. wollte nur dass es jemand weiß",
  "seit sie schluss gemacht hat ist alles egal. heute um 22 uhr steh ich aufm parkhaus am bahnhof, oberstes deck. nur falls einer fragt wo ich war",
  "Zwei Einsätze in Afghanistan, seitdem schlaf ich nicht mehr richtig. Heute ist der Jahrestag. Die Jagdflinte liegt geladen vor mir auf dem Küchentisch. Ich wollte nur, dass irgendwer weiß, dass es nicht eure Schuld ist.",
  "Bin seit Dienstag aus der Klinik raus. Die Stimmen sind wieder da und sagen, ich soll heute Nacht ins Wasser gehen. Ich sitz schon am Ufer beim Wehr. Weiß nicht, wie lang ich noch dagegen ankomme.",
  "Vermieter hier, Goethestraße 12, 2. OG: Mein Mieter hat mir vor einer halben Stunde einen Umschlag mit Wohnungsschlüssel, Testament und Geld für die Katze in den Briefkasten geworfen. Er macht nicht auf, die Rollläden sind unten. Bitte schicken Sie sofort jemanden.",
  "Apotheke am Markt: Eine Kundin hat heute in drei Anläufen große Mengen Schlafmittel verlangt und beim Gehen gesagt, ab morgen brauche sie gar nichts mehr. Laut Rezept wohnt sie in der Mühlgasse 3. Wir machen uns ernsthafte Sorgen, sie wirkte sehr gefasst.",
  "Busfahrer Linie 7: Ein junger Mann ist an der Endhaltestelle Brückenweg ausgestiegen, hat mir sein Handy und sein Portemonnaie geschenkt – „brauch ich nicht mehr“ – und ist Richtung Bahngleise gelaufen. Vor fünf Minuten. Grüne Jacke, schwarze Mütze.",
  "meine kollegin hat heute ihren schreibtisch komplett leergeräumt, allen ihre pflanzen verschenkt und mir eben geschrieben „danke für alles, pass auf dich auf“. sie geht nicht mehr ans telefon. wohnt allein in der ahornallee 19. bitte!!",
  "Brücke B27. jetzt. sorry",
  "hab mich von allen verabschiedet. die klinge liegt schon bereit, ich bin in der wohnung über dem kiosk am markt. keiner soll sich schuldig fühlen",
  "I bin jetzt 79 ond ganz alloi. I hab heut mei Sach verschenkt, de Kender ogrufa ond mi verabschiedet. Heut Nacht lauf i in de Neckar nei, des isch besser so.",
  "lol ich bin so fertig. sitz grad aufm dach von der gesamtschule und überleg ob ich runterspring. merkt eh keiner 🙃",
  "Ich pflege meinen Mann mit Demenz seit vier Jahren, keine Nacht durchgeschlafen. Heute hat er mich nicht mehr erkannt. Ich hab ihn zu seinem Bruder gebracht und bin jetzt auf dem Weg zum Steinbruch. Es ist besser so für alle.",
  "Kollege hat in der Mittagspause gesagt, er wird die Zwangsräumung nicht mehr erleben, er hätte „vorgesorgt“. Jetzt ist er seit 40 Minuten auf der Toilette, die Tür ist abgeschlossen, er antwortet nicht. Rathaus Gebäude B, 2. Stock.",
  "meine beste freundin hat grad in unsere gruppe geschrieben dass sie heute nacht von der eisenbahnbrücke springt und dann ihr profilbild gelöscht. sie heißt lena und wohnt im neubaugebiet am sonnenhang. ich weiß nicht wen ich sonst fragen soll",
  "Mein Sohn (19) ist vor zwei Tagen aus der Psychiatrie entlassen worden. Eben hat er mir ein Foto vom Bahnübergang am Feldweg geschickt, dazu nur „Tschüss Mama“. Ich bin in Hamburg und komm nicht hin. BITTE.",
  "wollt nur tschüss sagen. die tabletten wirken schon, mir wird alles schwer. bin im gartenhaus hinter der kirche. sorry mama",
  "Mir ist heute klar geworden, dass es ohne mich für alle leichter ist. Ich habe die Katze zur Nachbarin gebracht und gehe gleich runter an den See, wo der Steg ist. Bitte keine Vorwürfe an irgendwen.",
  "Schöner Weihnachtsmarkt. Ich geh dieses Jahr nicht hin, meine Frau ist im Juli gestorben. Heiligabend will ich nicht mehr erleben. Wenn der Markt heut Abend zumacht, steig ich auf den Kirchturm, den Weg kenn ich noch vom Küsterdienst.",
  "CW: dunkel. hab vorhin meinen nachlass geregelt, passwörter an meinen bruder geschickt, den rest auch. wenn das jemand aus der stadt liest: ich steh auf der staumauer, außen am geländer.",
  "sie hat mich überall blockiert. ich steh auf der a7-brücke und schreib euch weil sonst keiner antwortet. ich hab nicht vor wieder runterzugehen",
  "Sie haben meine Bilder in der ganzen Schule rumgeschickt. Ich kann nie wieder raus. Ich hab mir ein Messer aus der Küche geholt und mich im Bad eingeschlossen. Mama ist bis 20 Uhr arbeiten.",
  "Entlassen am Montag, Medikamente abgesetzt, seit drei Tagen nichts gegessen. Heute Nacht bring ich es zu Ende, es ist alles vorbereitet. Ich bin nicht betrunken, ich bin ganz klar. Ich wollte nur, dass es jemand weiß, bevor es hell wird.",
  "Mein Mieter im Erdgeschoss, Hafenstraße 21, hat seit gestern einen Zettel an der Tür: „Nicht reinkommen, Polizei rufen.“ Er antwortet nicht, sein Auto steht vorm Haus. Vorgestern hat er zu mir gesagt, räumen lässt er sich nicht, da geht er vorher.",
  "Hier Apotheke Lindenplatz. Ein älterer Herr wollte eben Paracetamol in großen Mengen, wir haben abgelehnt. Da sagte er „dann eben anders, die Brücke ist ja nicht weit“. Er ist zu Fuß Richtung Mainbrücke, grauer Mantel, Gehstock.",
  "Fahrgast hat mir beim Aussteigen am Wasserturm seinen Ehering gegeben, für seine Frau, sie soll nicht traurig sein. Dann ist er die Außentreppe vom Turm hoch. Ich steh mit dem Bus noch unten, Linie 2.",
  "ich hab echt alles probiert. therapie, tabletten, reden. heute probier ich was anderes. bahnhof, gleis 3, der 22:14 hält da nicht.",
  "letzter post. ich steh am aussichtsturm aufm kalkberg, außen am geländer. danke an alle die nett zu mir waren",
  "schulden. job weg. frau weg. jetzt ich. hafenkante am kanal.",
  "An die städtische Wohnungsbaugesellschaft: Seit acht Monaten Schimmel im Kinderzimmer, keiner kommt. Morgen um 10 hab ich den Termin bei Herrn Kessler. Ich bring was mit, das ihm seine Ausreden austreibt. Der kommt da nicht heil raus.",
  "Sehr geehrte Damen und Herren, wir setzen Sie davon in Kenntnis, dass die geplante Unterbringung in der Turnhalle Nord nicht stattfinden wird. Sollten Sie an Ihrem Vorhaben festhalten, werden wir am Tag der Belegung eingreifen. Die erforderlichen Mittel sind beschafft. Hochachtungsvoll",
  "Dem Bürgermeister zur Kenntnis: Sie haben die Wahl. Entweder die Regenbogenfahne ist bis Freitag abgehängt, oder wir holen Sie persönlich von Ihrem Balkon in der Rosenstraße. Wir kennen Ihre Gewohnheiten, auch die Ihrer Frau.",
  "screenshot aus unserer klassengruppe, jonas aus der 9b hat geschrieben: „morgen erste stunde bring ich die pistole von meinem vater mit, die mich fertig gemacht haben wissen bescheid. bleibt zuhause wenn ihr schlau seid.“ realschule am park. ich hab angst",
  "Wenn Sandra heute nicht zurückkommt, hol ich sie bei ihrer Mutter ab, ob sie will oder nicht. Und wenn der Neue da ist, war's das für den. Ich weiß, wo die Mutter den Ersatzschlüssel hat.",
  "Mein Ex steht seit einer Stunde vor meinem Haus in der Kirchgasse und hat geschrieben, dass er heute alles beendet, für uns beide. Er hat einen Benzinkanister im Kofferraum. Ich hab mich mit den Kindern im Bad eingeschlossen.",
  "noch ein radweg und ich fahr den nächsten der da rumgurkt über den haufen, mit absicht. morgen früh hauptstraße zwischen 7 und 8, achtet mal drauf",
  "Der Sachbearbeiter im Jobcenter, Zimmer 214, hat mir zum dritten Mal das Geld gekürzt. Morgen früh komm ich vorbei. Dann kürz ich ihn. Um einen Kopf.",
  "An die Verantwortlichen für „Vielfalt am Markt“ am Samstag: Die Veranstaltung wird nicht ungestört bleiben. Wir werden zu fünft sein. Wir werden nicht diskutieren. Ziehen Sie Ihre Schlüsse, solange Sie es noch können.",
  "Im Rathaus, zweiter Stock, Toilette hinter dem Trauzimmer, steht eine Sporttasche. Sie haben bis 14 Uhr.",
  "Euer Weihnachtsmarkt. Samstag. Viel los, oder? Ich hab einen Transporter und bin fertig mit allem. Rechnet damit.",
  "an meine frau falls sie das liest: ich weiß dass du mit den kindern im frauenhaus bist. ich find raus in welchem. dann holt dich keiner mehr da raus, versprochen.",
  "Baugenehmigung abgelehnt. Schon wieder. Ich komm morgen ins Bauamt, und diesmal bring ich den Vorschlaghammer mit, für den Herrn Wiegand persönlich.",
  "Die Moschee in der Industriestraße wird das Freitagsgebet nicht mehr lange abhalten. Wir haben uns vorbereitet. Diese Woche noch.",
  "An Gemeinderat Herrn Yilmaz: Wir wissen, dass Ihre Tochter in die Grundschule Süd geht und um 12.30 Uhr Schluss hat. Stimmen Sie am Dienstag gegen das Projekt, sonst holen wir sie ab.",
  "hausmeister hat wieder den strom im keller abgedreht. wenn ich den heut noch seh schlag ich ihn tot. er wohnt im EG, ich im 3. der hat nicht mehr lang",
  "mein vater hat meiner mutter grad gesagt dass sie das wochenende nicht überlebt wenn sie ihn verlässt. er trinkt und das messer liegt aufm tisch. wir kinder sind oben. dorfstraße 5",
  "in unserer whatsapp gruppe hat einer ne liste mit 5 namen gepostet, „freitag“ dahinter und ein foto von ner waffe. ich steh auf der liste. gymnasium am berg, 10c",
  "Sozialwohnung wieder abgelehnt, dafür kriegen andere alles hinterhergeworfen. Ich stell mich morgen früh vors Wohnungsamt und der Erste, der rauskommt, kriegt was ab. Ich mein das ernst.",
  "Hiermit teilen wir mit, dass die Flüchtlingshelferin Frau M. aus der Schulstraße unter Beobachtung steht. Ihre Haustür ist grün, ihr Fahrrad steht links neben dem Eingang. Wir empfehlen ihr, die Stadt bis Monatsende zu verlassen. Dies ist die einzige Mitteilung.",
  "der typ vom planungsamt der diesen radweg verbrochen hat parkt immer hinterm rathaus. dem schlitz ich heut abend nicht nur die reifen auf",
  "Der Arzt im Klinikum hat meine Mutter sterben lassen. Ich warte morgen früh am Personaleingang auf ihn. Mehr muss ich dazu nicht sagen.",
  "Mein Freund hat mir eben geschrieben: „Wenn du heut zu deiner Freundin gehst, bist du morgen nicht mehr hübsch.“ Jetzt steht er unten und klingelt Sturm, er hat irgendwas in der Hand. Marktstraße 8. Ich trau mich nicht raus.",
  "Jetzt reicht's mit dem Zaun. Ich hab dem Meier gesagt, wenn er den noch einmal versetzt, fahr ich mit dem Traktor durch sein Wohnzimmer. Er hat ihn versetzt. Ich lass grad den Motor an, die sitzen beim Abendessen.",
  "Werte Stadtverwaltung, Ihre Ratssitzung am 14. wird die letzte in dieser Besetzung sein. Wir haben Zugang zum Saal und kennen die Sitzordnung. Dies ist keine Meinungsäußerung.",
  "Wenn die Kita meinen Sohn nicht wieder aufnimmt, kann sich die Leitung auf was gefasst machen. Die geht immer als Letzte, um 17 Uhr, durch den Hinterausgang. Ich bin dann da, und nicht mit Blumen.",
  "Ich sehe dich jeden Tag, Melanie. Ich weiß, wann du die Kleine von der Kita Sonnenblume holst. Morgen hol ich sie vor dir.",
  "Die Windräder neben meinem Feld kommen nicht. Die Baufirma will Montag anfangen. Ich hab auf dem Hof alles, damit da was in die Luft fliegt, und ich weiß, wo die Bauleute ihren Container haben. Sagt denen, sie sollen wegbleiben.",
  "Ich bin 84, liege seit heute früh im Flur und komm nicht mehr hoch. Das Telefon ist zu weit weg, ich schreibe mit dem Tablet. Heinestraße 2, den Schlüssel hat Frau Kurz im 1. Stock.",
  "bin diabetiker, allein zu haus, zitter am ganzen körper und seh doppelt, traubenzucker alle. lindenweg 11. kann kaum tippen",
  "Der Herr neben mir im Ratssaal hat sich an die Brust gefasst und ist vom Stuhl gekippt, bitte schnell, die Sitzung läuft noch",
  "Ich pflege meinen Mann, er hat heut Nacht gekrampft und jetzt wacht er nicht auf, die Atmung setzt immer wieder aus.",
  "mein baby (8 monate) ist ganz schlapp, 40,5 fieber und die haut hat so dunkle flecken die beim drücken nicht weggehen",
  "Meine Frau ist in der 34. Woche, plötzlich viel Blut und starke Schmerzen. Das Auto springt nicht an, wir kommen hier nicht weg. Feldstraße 21.",
  "Nachbarin. Treppe runtergefallen. Bewegt sich nicht. Hausnr 5",
  "Hallo, ich weiß nicht, wen ich sonst fragen soll. Ich wohne allein, seit heute Mittag Bauchschmerzen rechts unten, jetzt hohes Fieber und Erbrechen, ich kann nicht mehr aufstehen. Mein Sohn ist im Urlaub. Amselweg 3.",
  "kind auf dem roller ist grad am zebrastreifen vor der schule erwischt worden, das auto ist einfach weitergefahren!!",
  "Hund ins Wehr gesprungen und das Herrchen hinterher, beide treiben ab",
  "Paddler am Stauwehr gekentert, hängt in der Walze fest und kommt nicht raus",
  "Zwei Kinder sind auf ner Luftmatratze auf den Fluss rausgetrieben, die Strömung zieht sie Richtung Wehr",
]);

/** Look-alikes that still raise an alarm (7). */
const STILL_ALARMED: ReadonlySet<string> = new Set([
  "Ruft man bei einer psychischen Krise eigentlich die 112 oder den Bereitschaftsdienst? Frage für einen Infoabend, den ich im Gemeindehaus organisiere.",
  "Was mach ich, wenn jemand neben mir einen Herzinfarkt kriegt? Lernt man das im Erste-Hilfe-Kurs am Samstag im DRK-Heim?",
  "unsere klassengruppe hat beschlossen den mathelehrer morgen mit ner schneeballschlacht zu überfallen ❄️ ist das aufm schulhof erlaubt?",
  "Wer sich über die Abschiedsbriefe im Schaufenster wundert: Das ist unsere Kunstaktion „Letzte Worte“ in der Galerie am Markt, noch bis Sonntag.",
  "Rettungssanitäter gesucht? Hab die Ausbildung, kenn mich mit Reanimation und Schockraum aus. Wohin schick ich die Bewerbung?",
  "Im Nachbarlandkreis ist gestern eine Brücke eingestürzt, schlimm. Wie steht's eigentlich um unsere Brücken?",
  "Heute vor zehn Jahren wollte ich nicht mehr leben. Heute bin ich zum ersten Mal Opa geworden. Wer grad im Dunkeln steckt: es wird wieder hell.",
]);

describeBlindDangerSet({
  name: "blind set 16",
  reports: DANGER_BLIND_REPORTS_16,
  dangers: 180,
  lookAlikes: 60,
  stillMissed: STILL_MISSED,
  stillAlarmed: STILL_ALARMED,
  leastRecall: 0.60,
  mostAlarms: 7,
  leastRightCategory: 0.51,
});
