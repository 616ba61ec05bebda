import { describeBlindDangerSet } from "../test-support/blind-danger-set.js";
import { DANGER_BLIND_REPORTS_30 } from "./danger-blind-reports-30.js";

/*
 * The danger step on the thirtieth set of comments written without looking
 * at its lexicon (see danger-blind-reports-30.ts): replies in comment
 * threads and local groups, with quotes, @mentions, edits, hashtags and
 * chatter around the danger; 50 of its dangers are self-harm and 50 threats.
 * Measured before anything was changed for it, the lists found 115 of the
 * 180 dangers (recall 0.639) and raised 11 false alarms on the 60
 * look-alikes. The danger model of that day, not trained on the set, raised
 * recall to 0.917 with 12 alarms.
 */

/** Dangers the lists alone still miss (65). */
const STILL_MISSED: ReadonlySet<string> = new Set([
  "Hat jemand was von @Micha_R gehört? Der hat gestern Nacht in die Gruppe geschrieben „danke für alles, ihr wart die besten“ und seitdem ist sein Profil gelöscht. Wohnt irgendwo in der Weststadt",
  "> ich bin dann mal weg, passt auf euch auf\nwie meinst du das?? Jonas geh bitte ans telefon",
  "Leute der Typ der vorhin das Foto vom Geländer der Eisenbahnbrücke gepostet hat mit „letzter Sonnenuntergang“ – kennt den wer?? das war vor 20 min",
  "update: sie antwortet immer noch nicht. ihr letzter Status war ein Bild von ganz vielen Tabletten auf dem Nachttisch und „gute nacht für immer“. ich bin in Hamburg und komm nicht hin, wohnt Lindenweg",
  "Sorry dass ich hier in die Flohmarkt-Gruppe schreibe aber mein Bruder verschenkt seit heute morgen alles, Playstation, Fahrrad, sogar seinen Hund, und sagt er braucht das ja eh nicht mehr. Was soll ich machen",
  "@Admin bitte nicht löschen!! Userin Kerstin_77 hat grad im anderen Thread geschrieben dass sie auf dem Dach vom Parkhaus am Bahnhof sitzt und runterspringt wenn ihr keiner zuhört",
  "wollte mich nur verabschieden. ihr habt mich eh nie gemocht in dieser gruppe. die klinge liegt schon neben mir",
  "kennt jemand den älteren Herrn der jeden Tag am Teich sitzt? Hat mir eben gesagt er geht heute abend ins Wasser, seine Frau ist tot und er will zu ihr. Er hatte Steine in der Jackentasche",
  "+1 mach mir auch Sorgen um Denny, seit 3 tagen nix, und der letzte post war „bald hab ich ruhe“ mit nem Bild vom Gleis hinterm Sportplatz",
  "Mein Nachbar hat grad sein ganzes Werkzeug und die Angelsachen vor die Tür gestellt mit Zettel „zu verschenken, brauch ich nicht mehr“ und mir seinen Wohnungsschlüssel gegeben. Er war die letzten Wochen total komisch",
  "> Ich kann nicht mehr, heute Nacht mach ich es\n@Sandra_Bee wo bist du?? schreib mir bitte sofort, ich ruf sonst die Polizei",
  "ist eig die brücke an der B27 hoch genug? frag für mich. hab heute eh nix mehr vor",
  "Die Frau im Stream vorhin aus unserem Ort hat live die Pulsadern aufgeritzt und der Chat hat nur gelacht. Stream läuft noch, man hört sie weinen",
  "Hallo, ich bin die Schwester von Thomas aus der Gruppe. Er hat mir heute eine Sprachnachricht geschickt, er sagt er hat die Pistole von Papa und will nicht mehr. Er ist nicht zu Hause. Hat ihn jemand gesehen? Blauer Golf",
  "schon krass wie manche hier über mich herziehen. keine sorge, ab morgen müsst ihr mich nicht mehr ertragen. hab alles geregelt, testament liegt beim notar 🖤",
  "kann bitte jemand nach Oma Hilde gucken, Marktstraße 4? Sie hat mich angerufen und gesagt sie hat alle ihre Herztabletten auf einmal genommen weil sie niemandem zur Last fallen will. Ich sitz im Zug",
  "das letzte bild von ihr auf insta ist vom aussichtsturm mit den beinen über der brüstung. caption „endlich frei“. 12 minuten her. weiß jemand ob der turm noch offen ist?",
  "ich hab das seil heute gekauft. wollte nur dass es irgendwer weiß. #tschüss",
  "Thread mal hochholen: @Mariiie hat seit Freitag nix mehr gepostet, davor hat sie ihre Katze hier zur Vermittlung angeboten und geschrieben sie hat keine Zukunft mehr. Mir ist das nicht geheuer",
  "mein mitbewohner hat im zimmer nen Grill mit kohle angemacht und die Tür mit Handtüchern abgedichtet. er macht nicht auf. Was heißt das??",
  "Ist nicht mein Thema, aber der Freund meiner Tochter hat ihr eben ein Video geschickt wie er am Rand von der Kiesgrube steht und sagt ‚wenn du nicht zurückkommst spring ich‘. Sie ist völlig fertig",
  "> Kümmert euch um Balu wenn ich nicht mehr da bin\nDAS hat Steffi vor ner Stunde in die Hundegruppe geschrieben. Sie wohnt Am Anger. Hat jemand nen Schlüssel?",
  "hab grad die ganze Packung Paracetamol genommen, wollt nur sagen ich hab euch lieb",
  "@all Tobi hat seinen Discord-Server gelöscht und im Status steht „Game Over für echt“. Seine Adresse ist irgendwo Birkenweg. Kann da jemand klingeln?",
  "hab meine Sachen verteilt, Brief an meine Eltern liegt auf dem Küchentisch. heute Nacht ist es so weit. danke an die paar die nett waren",
  "Liebe Nachbarn, die Frau aus dem 3. Stock sitzt auf dem Fensterbrett mit den Beinen nach draußen und weint. Ich hab sie angesprochen, sie sagt sie springt. Was mach ich jetzt??",
  "mein kumpel hat mir eben sein auto geschenkt und gesagt „du brauchst es mehr als ich, wo ich hingeh brauch ich keins“. er hat seit wochen depressionen. ich hab echt angst",
  "Die Kommentare unter meinem letzten Post haben mir den Rest gegeben. Ich steh jetzt am Wehr und überleg nur noch wie kalt das Wasser ist.",
  "Hat jemand Kontakt zur Familie von Paul K.? Er hat vorhin in der Stadtfest-Gruppe geschrieben „ihr feiert, ich geh“ und ein Foto von Rasierklingen gepostet. Der Post ist schon weg",
  "UPDATE: wir haben ihn am Telefon, er sagt er steht an der Talbrücke und hat schon das Bein über dem Geländer. Wer ist in der Nähe???",
  "Meine Schwiegermutter hat heute ihren Hausarzt abgesagt, die Katze zu uns gebracht und gesagt wir sollen nicht mehr anrufen. Neben ihrem Bett stehen leere Tablettenschachteln. Sie macht nicht auf.",
  "lol ihr streitet euch um parkplätze während ich hier mit dem gürtel am türrahmen sitze. ist eh egal",
  "Hab in der Gruppe ‚Unsere Stadt hilft‘ gelesen dass ein Vater mit seinem Baby auf dem Arm am Bahndamm steht und ruft dass sie beide gehen. Ist das gerade jetzt? weiß jemand mehr?",
  "wenn mich jemand sucht ich bin am see. die steine hab ich im rucksack. sagt meiner mutter sorry",
  "Jemand hat ans Tor der Gesamtschule gesprüht „Mittwoch wird hier geschossen“. Hab ein Foto gemacht. Morgen ist Mittwoch",
  "„Ihr Bonzen im Gemeinderat, Donnerstag bei der Sitzung bin ich dabei und nicht allein. Diesmal mit Argumenten aus Stahl.“ – steht so unter dem Ankündigungspost. Lacht da noch jemand?",
  "Kollege hat heute nach der Kündigung beim Rausgehen gesagt „ich komm wieder, und dann sind alle da drin tot“. Er hat Waffenschein. Firma an der Industriestraße. Übertreiben wir?",
  "zitat aus dem kommentar der gelöscht wurde: „den hausmeister von der realschule erwisch ich noch, der hat nicht lange zu leben“. hab nen screenshot falls ihn wer braucht",
  "Er schreibt im Kommentar unter meinem Verkaufspost: „Du hast mich abgezockt, ich steh heute Abend vor deiner Tür und dann gibts Blut“. Wir kennen uns nicht mal, er hat aber meine Adresse vom Abholen",
  "Mein Stiefvater hat gesagt wenn Mama heute nicht zurückkommt holt er sie aus der Frauenhaus-Wohnung raus und erschießt sie. Er hat Waffen im Keller. Ich bin 15, wem sag ich das?",
  "Der Mann der vorhin in der Sparkasse rumgeschrien hat, hat beim Rausgehen gesagt er kommt mit Benzin zurück und fackelt die Filiale samt Personal ab. Er ist Richtung Tankstelle gegangen",
  "mein nachbar hat seine frau grad im hof angeschrien er bringt sie heute noch um und dann ist er mit dem hammer wieder rein. man hört sie jetzt schreien",
  "Lisa_M schrieb: „Der Lehrer der mich sitzen lassen hat wird sich morgen wünschen er wär nie geboren, ich hab schon alles im Rucksack“ – Leute das ist ein Kind aus der 8. Klasse vom Gymnasium!",
  "Warnung an alle Eltern!!! In der Klassengruppe wurde eine Sprachnachricht weitergeleitet: ein Schüler sagt er hat eine Liste mit Namen und „die auf der Liste erleben Freitag nicht mehr“",
  "der Vermieter von meinem Kumpel hat ihm eben gedroht, wenn er bis heute Abend nicht raus ist, kommen seine Jungs und brechen ihm die Beine. Die stehen schon unten im Hof",
  "ich hab keinen bock mehr auf die gutmenschen hier. samstag beim stadtfest gibts ne überraschung die keiner vergisst, das auto ist schon vollgetankt 😈",
  "Zitat von meinem Nachbarn durch die Wand: „Wenn das Baby noch einmal schreit, werf ich es aus dem Fenster.“ Er ist betrunken und tobt seit einer Stunde. Ich hab Angst um die Kleine",
  "Im Chat von unserem Fußballverein schreibt der Vater von einem Spieler, er wird den Schiri am Sonntag nach dem Spiel „abstechen wie ein Schwein“. Soll man das ernst nehmen? Er ist schon mal handgreiflich geworden",
  "Ein Schüler hat im Klassenchat eine Karte vom Schulgebäude gepostet mit Kreuzen an den Ausgängen und dazu „Montag, 1. Stunde. Wer schlau ist bleibt zuhause.“ Bin Mutter, was jetzt?",
  "> der Förster soll sich nicht wundern wenn er mal ne Kugel abkriegt beim Pirschgang morgen früh\nDer User ist Jäger und hat Waffen. Das ist nach dem Streit um die Wildschweine",
  "Im Instagram-Kommentar unter dem Post vom Jugendamt: „Ihr habt mir meine Kinder genommen, ich hol sie mir zurück und wer sich in den Weg stellt stirbt. Morgen 9 Uhr.“",
  "unser Vermieter hat heute im Treppenhaus geschrien, wenn die Familie aus dem 2. Stock nicht auszieht, legt er Gift in deren Briefkasten und ins Essen. Die haben zwei kleine Kinder",
  "Auf Twitch hat ein Streamer aus der Region gerade angekündigt dass er heute um 20 Uhr zum Impfzentrum fährt und „die Ärzte dort richtet“. Chat feuert ihn an. Bitte meldet das",
  "PKW am Straßenrand Höhe Kreisel Nord, aus der Motorhaube kommen schwarze Wolken und es knallt leise. Leute laufen dran vorbei 😳",
  "UPDATE Mehrfamilienhaus Kirchgasse: Es kommt jetzt auch aus dem Dach, da oben sitzt noch ein Mann am Fenster und winkt!!!",
  "> Heizung kaputt, wer kennt nen guten Installateur?\nbei mir auch seit gestern, seit die Therme wieder läuft ist mir übel und schwindelig und der Hund liegt nur rum",
  "In der Schulturnhalle haben die Reiniger zwei Mittel zusammengekippt, jetzt riecht es beißend und die Sportklasse steht hustend im Flur. Ist das gefährlich? Mein Sohn hat mir grad geschrieben",
  "Achtung B31 Richtung Stadt: Auto hängt halb über der Brücke im Geländer, Fahrer noch drin, alles voller Scherben und Öl, die Leute bremsen erst im letzten Moment",
  "Kannst du mal aufhören über Parkgebühren zu meckern, vor meinem Fenster liegt gerade eine Fußgängerin auf dem Zebrastreifen, das Auto ist weitergefahren!!",
  "Hilfe Trecker am Feldweg hinter dem Friedhof umgekippt, der Bauer liegt halb drunter, wir kriegen den nicht weg",
  "Skater in der Halfpipe im Jugendpark auf den Hinterkopf geknallt, kein Helm, jetzt zuckt er komisch. Kumpels lachen noch, ich glaub das ist ernst",
  "Hund ist in den Kanal gesprungen und sein Herrchen hinterher, jetzt kommen beide nicht mehr die Spundwand hoch. Höhe Schleuse 2",
  "Edit: nein, das ist kein Spaß, der Teich im Park ist nur halb zugefroren und drei Jungs laufen grad zur Mitte, es knackt ordentlich",
  "Schwimmer am Badesee winkt seit ner Minute wild mit den Armen in der Mitte, ruft aber nichts mehr. Hat jemand ein Boot?",
  "edit: inzwischen ist das Brückengeländer am Kanal ganz umgeklappt, Rollstuhlfahrer kommt grad, der sieht das nicht im Dunkeln",
]);

/** Look-alikes on which the lists alone still raise an alarm (11). */
const STILL_ALARMED: ReadonlySet<string> = new Set([
  "„Ich bring euch alle um“ – Zitat aus dem Theaterstück der Theater-AG, Aufführung am Freitag in der Aula, Karten im Sekretariat. Kommt vorbei!",
  "wer hat gestern die 112 gerufen an der Bahnhofstraße? alles gut inzwischen, war nur ein Kreislaufproblem, die Frau ist wieder zuhause und lässt danke sagen ❤️",
  "> wie war der Tatort gestern?\nDer Mörder war wieder der Gärtner, wie langweilig. Und die Explosion am Ende total übertrieben",
  "Haha meine Lasagne brennt mir jedes Mal an, bin einfach kein Koch 🔥😂",
  "> ich bring mich um wenn ich noch einmal das Lied vom Eiswagen höre\nSAME 😭 spielt der eigentlich auch im Winter?",
  "Wer hat Lust auf Escape Room? Thema „Die Bombe tickt“, 60 Minuten, noch 2 Plätze am Freitag frei 💥",
  "Unser Sohn hat zum Geburtstag ein Schwert aus Schaumstoff bekommen und bedroht jetzt die ganze Familie damit 😂⚔️",
  "ich hasse montage so sehr, am liebsten würd ich das büro abfackeln 🙃 wer kennt's",
  "Schlägerei vor der Disco am Wochenende? Nee, das war vor drei Jahren, der Artikel wird nur wieder geteilt. Nicht drauf reinfallen",
  "Update: der Mann, der gestern am Kanal vermisst wurde, ist wohlbehalten bei seiner Tochter aufgetaucht. Danke fürs Teilen, Post kann weg",
  "Wer war das mit dem Blaulicht heute Nacht in der Gartenstraße? Ah, hab's gelesen – Rauchmelder hatte wegen angebranntem Toast ausgelöst, kein Schaden",
]);

describeBlindDangerSet({
  name: "blind set 30",
  reports: DANGER_BLIND_REPORTS_30,
  dangers: 180,
  lookAlikes: 60,
  stillMissed: STILL_MISSED,
  stillAlarmed: STILL_ALARMED,
  leastRecall: 0.63,
  mostAlarms: 11,
  leastRightCategory: 0.52,
});
