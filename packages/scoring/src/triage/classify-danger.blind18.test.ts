import { describeBlindDangerSet } from "../test-support/blind-danger-set.js";
import { DANGER_BLIND_REPORTS_18 } from "./danger-blind-reports-18.js";

/*
 * The danger step on the eighteenth set of comments written without
 * looking at its lexicon (see danger-blind-reports-18.ts): replies under
 * Instagram photos and Mastodon posts, German mixed with English, Turkish,
 * Arabic and Russian words, formal letters, and reports of something still
 * going on days later; twice as many self-harm and threat comments as the
 * other sets, told mostly by signs, plans and preparations. Measured before
 * anything was changed for it, the lists found 117 of the 180 dangers
 * (recall 0.650: self-harm 28 missed, threat 23, accident 3, water 3,
 * medical 3, infrastructure 2, tree 1), named the right category for 104,
 * and raised 9 false alarms on the 60 look-alikes. The danger model of that
 * day, not trained on the set, raised recall to 0.839 (self-harm 14 missed,
 * threat 11) with the same 9 alarms.
 */

/** Dangers the step still misses (63). */
const STILL_MISSED: ReadonlySet<string> = new Set([
  "B27 Richtung Süd kurz nach dem Tunnel steht ein Auto quer auf der linken Spur, kein Warnblinker, der Fahrer hängt schlaff im Gurt",
  "Silberner Kombi fährt auf der Umgehungsstraße auf der falschen Seite Richtung Ortseingang Nord, alle müssen ausweichen!!",
  "Der Bus ist an der Haltestelle Rathaus über den Bordstein in die Wartenden gerollt, überall Geschrei",
  "Im Keller vom Jugendzentrum schießt das Wasser aus der Wand und läuft Richtung Sicherungskasten, die Band probt nebenan",
  "Hund ist in den Kanal gesprungen, Herrchen hinterher, jetzt kommen beide die Spundwand nicht mehr hoch und treiben ab",
  "Paddler ist am Wehr gekentert und hängt in der Walze fest!!",
  "Der Baum hat das Dach vom Gartenhaus durchschlagen und die Nachbarin war drin, wir hören sie rufen",
  "Sehr geehrte Damen und Herren, im Aufzug des Ärztehauses am Markt sitzen seit über einer halben Stunde drei Personen fest, darunter ein Herr im Rollstuhl. Der Notrufknopf in der Kabine funktioniert nicht.",
  "Der Balkon im 2. Stock Lerchenweg 22 hat sich von der Wand gelöst und hängt schräg über dem Hauseingang",
  "my friend got stung by a wasp and now her face is swelling up, sie kriegt kaum noch Luft, wir sind am Spielplatz beim Freibad",
  "Frau sitzt seit Stunden in der prallen Sonne auf der Bank am Markt, ist knallrot, redet wirr und hat sich eben übergeben",
  "baby atmet so komisch pfeifend und die haut zwischen den rippen zieht sich bei jedem atemzug rein, fieber seit montag, jetzt wird es immer schlimmer",
  "Mein Bruder hat seit gestern alles verschenkt, sogar seine Playstation, und heute früh schreibt er mir 'danke für alles, pass auf Mama auf'. Handy aus, Auto weg.",
  "kann man eigentlich ne grabstelle schon vorher reservieren? frag für mich. brauch sie noch diese woche.",
  "hab heut meinen letzten post gemacht, account wird morgen eh gelöscht. danke an die paar die nett waren. die gleise hinterm bahnhof sind um die zeit leer.",
  "@stadt_jugendamt meine Freundin (16) hat in ihre Insta-Story ein Foto von ganz vielen Tablettenpackungen gepostet mit 'sorry Mama' und ist seit 2 Stunden nicht erreichbar, sie wohnt in der Südstadt",
  "Я больше не могу. Alles geregelt, Miete bezahlt, Brief an meine Tochter geschrieben. Ich fahr jetzt zum Steinbruch und komm nicht wieder.",
  "Ich bin der, der sich letztes Jahr beim Bauhof beworben hat. Danke für die Absage, das war die letzte Tür. Auf dem Dachboden ist schon alles vorbereitet.",
  "weiß jemand welche brücke hier in der stadt am höchsten ist? kein fotoprojekt. soll nur schnell gehen.",
  "Sie ist seit Montag nicht mehr in der Schule, die Vorhänge sind immer noch zu, und heute hat sie im Gruppenchat gefragt, wie viele Paracetamol man bei 50 kg braucht. Seitdem antwortet sie nicht. Lena, 9b, Gymnasium am Park",
  "Ich weiß, ihr könnt eh nichts machen. Ich wollte nur, dass es jemand weiß. Oben auf dem Parkhaus ist es windig, ich sitz auf der Brüstung und warte, bis es dunkel ist.",
  "Sehr geehrte Damen und Herren, bitte teilen Sie meiner Vermieterin mit, dass die Wohnung Rosenweg 7 ab morgen frei ist. Eine Kündigung habe ich nicht eingereicht, aber morgen werde ich nicht mehr am Leben sein. Die Tür ist nicht abgeschlossen.",
  "Wieso fragt ihr nach Feedback zur Müllabfuhr? egal. hab heute alles weggeschmissen, fotos, briefe, alles. brauch nix mehr. die pillen von mama reichen für mich.",
  "Meine Kollegin hat heute Mittag ihren Schreibtisch leergeräumt, allen eine Abschiedskarte hingelegt und gesagt, sie macht jetzt einen 'langen Spaziergang zum Fluss'. Sie war ganz ruhig, fast fröhlich. Das war vor einer Stunde, sie geht nicht ans Handy.",
  "Kuzenim sagt seit Tagen 'ben artık yokum', heute hat er bei allen seine Schulden bezahlt und ist mit nem Seil im Rucksack raus. Bitte, vom Marktplatz Richtung Wald.",
  "Tolles Foto vom Sonnenuntergang am Stausee ❤️ Genau da sitz ich gerade. Mit ner Flasche Wodka und allem, was im Medikamentenschrank war. Schöner Ort zum Aufhören.",
  "Hab meinen Hund heute ins Tierheim gebracht. Die haben gefragt warum und ich hab gesagt, ab morgen ist keiner mehr da, der sich kümmert. Stimmt ja auch, mich gibt's dann nicht mehr.",
  "@feuerwehr_musterstadt eure Drehleiter-Übung war echt cool. Ihr seht mich wohl morgen früh am Wasserturm wieder, ich geh da heute Nacht hoch und spring. sorry für die Arbeit.",
  "Mama hat mir eben eine Sprachnachricht geschickt, ganz ruhig, dass sie uns liebt und dass die Versicherungspapiere im blauen Ordner sind. Sie ist allein zuhause, Birkenweg 12, macht nicht auf und alle Rollläden sind unten.",
  "sry für die random DM, ich hab niemand sonst. hab seit tagen nicht geschlafen und vor so 20 min alle schlaftabletten auf einmal genommen. jetzt hab ich doch angst",
  "meine schwester hat sich vorhin in ihrer enge-freunde-story von allen verabschiedet, jetzt steht ihr auto am parkplatz an der talbrücke und sie ist nicht drin",
  "Ich schreib das nur hier, weil mich hier keiner kennt. Die Klinge liegt neben mir, das Wasser in der Wanne läuft. Ich will einfach, dass es aufhört.",
  "Sehr geehrte Damen und Herren, als Betreuer einer Wohngruppe melde ich, dass ein Bewohner (19) seit heute Mittag verschwunden ist. In seinem Zimmer lag ein Brief, in dem er sich von allen verabschiedet und schreibt, er gehe 'zu den Gleisen'. Er trägt eine rote Jacke.",
  "Nett, das Jobangebot als Erzieher, aber ich bin raus. Nicht nur aus der Bewerbung. Hab mir Grillkohle gekauft und die Fenster im Bad abgeklebt.",
  "Ya rabb, ich kann nicht mehr. Hab das Messer schon am Handgelenk. Niemand versteht mich. Bin im Park hinter der Moschee.",
  "Guten Tag, ich bin Lehrerin an der Realschule. Eine Schülerin hat mir eben gemailt, ihr Hund sei schon bei der Nachbarin und die Schulbücher lägen in meinem Fach, sie brauche keine mehr. Sie ist heute nicht in der Schule, die Eltern sind im Urlaub.",
  "lol umfrage zur zufriedenheit mit der stadt. 1 stern. nicht wegen euch. ist nur mein letzter tag und ich wollt noch irgendwo was sagen. die pistole von meinem vater ist geladen.",
  "Warum sperrt ihr die Aussichtsplattform am Turm eigentlich nicht richtig ab? Egal, bin schon drübergeklettert. Sitz jetzt auf der Außenseite.",
  "Liebe Stadtverwaltung, danke für die schöne Zeit in dieser Stadt. Ich lege den Wohnungsschlüssel unter die Fußmatte, damit niemand die Tür aufbrechen muss, wenn man mich findet. Lindenstraße 40.",
  "Opa sagt seit Omas Beerdigung, dass er bald nachkommt. Heute hat er seinen Anzug angezogen. Seine Medikamente hat er wochenlang nicht genommen, sondern in einer Schale gesammelt, und die Schale ist jetzt leer. Er liegt im Bett und wird immer schläfriger.",
  "Sehr geehrte Damen und Herren, ich habe Ihnen dreizehnmal wegen des Baulärms geschrieben. Sie antworten nicht. Ich weiß inzwischen, wo Ihr Sachbearbeiter Herr K. wohnt und welches Auto er fährt. Morgen verschaffe ich mir selbst Gehör, der Kanister ist gefüllt.",
  "Der Radweg auf der Hauptstraße ist eine Zumutung für jeden Autofahrer. Zwei Spuren weg, Stau bis zum Ortsausgang, und gefragt hat uns keiner. Die Grünen im Rat feiern sich, das Foto mit der Schere bei der Eröffnung ist der blanke Hohn. Ich steh jeden Tag 40 Minuten im Stau und verpass das Abendessen mit meinen Kindern. Samstag ist eure Einweihungsradtour. Ich fahr mit dem Transporter rein, Vollgas, mal sehen wie viele von denen danach noch Rad fahren.",
  "Wenn der Bürgermeister am Freitag auf dem Weihnachtsmarkt seine Rede hält, hab ich vom Dachfenster gegenüber freie Sicht. Das Zielfernrohr ist schon eingestellt.",
  "Sehr geehrte Damen und Herren, ich teile Ihnen mit, dass ich die nächste Ratssitzung nicht mehr nur als Zuhörer besuchen werde. Sie haben mir das Haus genommen, nun nehme ich Ihnen etwas. Das nötige Material lagert bereits in meinem Keller, es reicht für den ganzen Sitzungssaal.",
  "mein ex steht seit einer stunde vor meiner wohnung, klingelt sturm und hat geschrieben dass er die tür eintritt und mich fertig macht. jetzt hör ich ihn im treppenhaus",
  "An die Gleichstellungsbeauftragte: ich kenn deine Laufstrecke. Dienstag und Donnerstag, 6:30, Uferweg. Wär schade, wenn da mal einer im Gebüsch wartet.",
  "Schöner Post zum Azubi-Tag 👷 Wer hat eigentlich die Auswahl gemacht? Frau M. aus dem Personalamt? Die hat mich abgelehnt. Gestern stand ich vor ihrem Haus. Heute hab ich was dabei.",
  "@polizei_musterstadt im Schul-Discord kündigt ein Account für morgen 1. Stunde 'das große Finale' am Gymnasium an, mit Foto von Waffen auf einem Bett und dem Stundenplan der 10b",
  "Linie 3 Richtung Bahnhof: Mann mit grauer Kapuze hat eben laut gesagt, er hat was in der Tasche, das uns alle mitnimmt, und hält die Tasche ganz fest. Wir sind gerade an der Haltestelle Post.",
  "Ihr mit eurer Regenbogenflagge am Rathaus: CSD-Umzug am Samstag, wir sind vorbereitet. Pfefferspray, Schlagringe, die Route kennen wir.",
  "Sehr geehrte Damen und Herren, hiermit kündige ich an, dass ich am kommenden Montag um 10 Uhr das Bürgerbüro aufsuchen und dort selbst für Gerechtigkeit sorgen werde. Ihre Mitarbeiterin Frau S. wird diesen Tag nicht vergessen. Ich habe mir dafür eigens eine Pistole besorgt.",
  "Hab die Schnauze voll vom Köter nebenan. Rattengift ist gekauft, morgen kommt's ins Futter, und wenn der Alte meckert kriegt er seine Portion in den Kaffee.",
  "@lehrerin_hofmann du hast meine Tochter vor der ganzen Klasse blamiert. Ich weiß jetzt wo du parkst und wann du Schluss hast. Die Reifen waren nur der Anfang.",
  "Die Bürgermeisterin sollte gut aufpassen beim nächsten Bürgerfrühstück. Wir haben ihren Terminkalender und wir sind mehrere.",
  "Auf Insta postet seit Montag einer jeden Tag ein Foto vom Rathaus mit Countdown, heute 'noch 1 Tag 💣' und dazu ein Bild von Rohren mit Kabeln und Klebeband auf seinem Schreibtisch. Account @rache_ms_",
  "Sehr geehrte Damen und Herren, das ist kein Witz: Im Hinterhof meines Nachbarn haben sich gestern fünf Männer getroffen, Benzinkanister gestapelt und über die Unterkunft am Kanal gesprochen. Einer sagte: 'Samstag, wenn alle schlafen.'",
  "Mein Vermieter hat gesagt, wenn ich bis heute Abend nicht draußen bin, kommt er mit seinen Leuten und räumt mich raus, und zwar mich, nicht die Möbel. Er hat schon mal zugeschlagen.",
  "Hab den Termin vom Elternabend gesehen. Der Lehrer, der meinen Sohn hat sitzen lassen, wird sich wundern. Ich hab nen Jagdschein und seine Adresse.",
  "leute auf dem spielplatz im bürgerpark sitzt ein typ, der den kindern eine glasscherbe zeigt und sagt, er schneidet sie, wenn sie nicht zu ihm kommen",
  "Ich hab ne Liste gemacht. Sachbearbeiter vom Sozialamt, der Richter, meine Ex und ihr Neuer. Nummer eins ist morgen früh dran.",
  "tbh ich denk ernsthaft drüber nach, was ich mit meiner Armbrust beim Gemeinderat mache. Pfeile sind gekauft, der Sitzungssaal hat nur eine Tür.",
  "Bürgerbüro hier: ein Kunde hat den Stuhl nach unserer Kollegin geworfen, jetzt wartet er draußen und sagt, er wartet bis Feierabend auf sie. Er hat was Langes unter der Jacke.",
  "Morgen Rathaus. Alle. Kanister stehen bereit.",
]);

/** Look-alikes that still raise an alarm (9). */
const STILL_ALARMED: ReadonlySet<string> = new Set([
  "Die Haushaltsrede vom Kämmerer war zum Sterben langweilig, bei den Zahlen hätt ich fast nen Herzinfarkt gekriegt 🥱",
  "Die Gesprächsgruppe für Angehörige nach Suizid trifft sich jetzt jeden 2. Dienstag im Gemeindehaus, Raum 3, 19 Uhr. Danke an die Stadt für den Raum 🙏",
  "Selbstverteidigungskurs für Frauen im Jugendzentrum ab Dienstag: wie wehre ich mich gegen einen Angreifer mit Messer? Noch 4 Plätze frei",
  "my heart is bleeding 😭 die alte Linde am Markt ist weg, aber der neu gepflanzte Baum sieht echt süß aus",
  "Wann ist der nächste Blutspendetermin im Rathaus? Diesmal geh ich hin, auch wenn ich bei Nadeln fast ohnmächtig werde 💉😬",
  "Die Szene im neuen Musikvideo der Band aus unserer Stadt, wo der Sänger auf dem Brückengeländer steht und so tut als würde er springen, ist krass inszeniert. Letzten Sommer mit Genehmigung gedreht, Stuntmann gesichert, steht im Abspann.",
  "Wir Eltern aus der 3b waren kurz davor, Amok zu laufen, als der Schulbus zum dritten Mal ausfiel 😅 Danke, dass jetzt ein Ersatzbus fährt!",
  "In Hamburg gab es heute einen Großbrand am Hafen, hoffentlich sind alle ok. Wie ist eigentlich unsere Feuerwehr für sowas aufgestellt?",
  "Beim Lagerfeuerabend der Pfadfinder am Sportplatz riecht man den Rauch bis in die Siedlung, herrlich nach Kindheit 😊 (ist angemeldet, keine Sorge)",
]);

describeBlindDangerSet({
  name: "blind set 18",
  reports: DANGER_BLIND_REPORTS_18,
  dangers: 180,
  lookAlikes: 60,
  stillMissed: STILL_MISSED,
  stillAlarmed: STILL_ALARMED,
  leastRecall: 0.65,
  mostAlarms: 9,
  leastRightCategory: 0.57,
});
