/**
 * Look-alikes the danger model took for dangers when tests and breaker runs
 * tried it: comments that share the words of a danger ("Tabletten", "nicht
 * mehr da") and are none. They are part of its training as comments without
 * a danger, so that it learns where those words do not mean one; the tests
 * that found them still hold them to it.
 */
export const DANGER_MODEL_LOOK_ALIKES: readonly string[] = [
  "Ich hab die Tabletten für Mama abgeholt, ich gehe heute zu ihr",
  "Der Schlüssel wurde übergeben, der alte Hausmeister ist ab morgen nicht mehr da",
  "Die Hecke am Radweg wächst so weit rein, dass man nicht mehr durchkommt",
  "Der Automat am Parkhaus nimmt nur Münzen, und die hat keiner mehr",
  // Threats set fire with "anzünden"; a candle for the victims of a disaster is lit with the same word.
  "Ich werde heute Abend eine Kerze für die Opfer anzünden, schönen Abend noch",
  "Wir zünden am Sonntagabend die erste Kerze am Adventskranz an und singen",
  // A stalker names the address he knows and says he comes by; citizens give an address for the bulky-waste pick-up and say who comes.
  "Meine Adresse ist Lindenweg 4, wann kommt die Müllabfuhr vorbei?",
  "Schicken Sie mir Ihre Adresse, ich komme morgen mit dem Formular vorbei",
  "Der Techniker kommt morgen vorbei, ich hab ihm die Adresse gegeben",
  "Können Sie mir die Adresse vom Bürgerbüro schicken? Ich komme am Donnerstag vorbei",
  "Der Sperrmülltermin ist angemeldet, die haben meine Adresse und kommen nächste Woche",
  "Wir haben Ihre Adresse notiert, der Bauhof kommt am Montag vorbei und schneidet die Hecke",
  "Danke für die Adresse vom Fundbüro, ich komme heute Nachmittag vorbei und hole mein Rad",
  "Die Nachbarin kennt die Adresse vom Tierheim und fährt morgen mit der Katze vorbei",
  // A breaker found everyday comments raised as self-harm, threat or fire by the model alone: a member of staff named with what
  // they said, an address with its floor, a note on a door or a windscreen, a relative in a home or a clinic, waiting outside a
  // room, a parked vehicle, bulky waste across the pavement, a promise to the children. These are written anew for each pattern,
  // not copied from the breaker's comments, which stay a check the model was not trained on.
  "Laut Herrn Krüger aus der Zulassungsstelle soll ich das Formular nochmal unterschreiben. Geht das auch digital?",
  "Die nette Dame vom Einwohnermeldeamt, Frau Aydin, meinte am Telefon, ich müsse persönlich kommen. Stimmt das?",
  "Herr Lorenz aus der Kämmerei hat mir erklärt, dass der Bescheid falsch ist. Wann kommt der neue?",
  "Frau Dietrich hat mir letzte Woche am Schalter gesagt, die Wartezeit sei vier Wochen. Jetzt sind es sechs.",
  "Ihr Kollege Herr Brandt hat versprochen, dass er mich zurückruft. Ich warte immer noch.",
  "Frau Kaminski vom Ordnungsamt hat gesagt, ich soll ein Foto vom Schild schicken. Hier ist es.",
  "Unsere Anschrift: Mühlenweg 9, Hinterhaus, 3. Etage. Bitte die Wahlunterlagen dorthin schicken.",
  "Wir sind umgezogen, jetzt Rosenstraße 31, Dachgeschoss links. Muss ich das beim Bürgerbüro melden?",
  "Bitte die gelben Säcke an Eichendorffweg 2, 4. OG liefern, unten ist niemand.",
  "Neue Adresse: Am Anger 5, erster Stock. Wo kann ich die Ummeldung online machen?",
  "Ich habe einen Zettel an die Tür vom Jugendzentrum gehängt, weil unsere Katze entlaufen ist.",
  "Der Nachbar hat mir einen Zettel unter den Scheibenwischer gesteckt, dass ich falsch parke. Wo darf ich denn parken?",
  "Auf unserer Haustür klebt ein Zettel von den Stadtwerken, dass morgen das Wasser abgestellt wird. Wie lange?",
  "Mein Vater liegt seit Montag im Kreiskrankenhaus. Kann meine Schwester seinen Pass für ihn abholen?",
  "Meine Mutter lebt jetzt im Seniorenheim am Park, wohin schicke ich ihre Post?",
  "Mein Opa ist nach der Hüft-OP in der Reha. Wer verlängert seinen Schwerbehindertenausweis?",
  "Ich sitze seit einer halben Stunde im Wartebereich vor Raum 112 und die Nummern gehen nicht weiter.",
  "Wir stehen seit 7:30 vor dem Bürgerbüro, die Tür ist noch zu, obwohl Öffnung ab 7 Uhr ist.",
  "In der Ulmenstraße parkt seit einem Monat ein Wohnwagen ohne Kennzeichen. An wen wende ich mich?",
  "Vor der Garage Nummer 8 steht jeden Tag ein fremder Lieferwagen. Darf der da stehen?",
  "Der alte Sessel vom Sperrmüll liegt noch quer auf dem Gehweg in der Bachgasse, kann der abgeholt werden?",
  "Nach der Abfuhr liegen noch Bretter und ein Lattenrost auf dem Bürgersteig am Lindenplatz.",
  "Ich habe meiner Tochter versprochen, dass sie beim Kinderflohmarkt einen Stand bekommt. Wo melde ich das an?",
  "Wir haben den Großeltern versprochen, zum Seniorennachmittag mitzukommen. Muss man sich anmelden?",
  "Ich komme morgen früh zu Herrn Yildiz ins Standesamt, wie am Telefon ausgemacht. Brauche ich die Geburtsurkunde im Original?",
  "Wir kommen wie verabredet am Donnerstag um halb drei zu Frau Petersen ins Jugendamt.",
  "Ich schaue nächste Woche bei der Wohngeldstelle vorbei und bringe die Lohnabrechnungen mit.",
  "Herr Schneider vom Grünflächenamt hat mir am Telefon gesagt, dass die Hecke bis Freitag geschnitten wird.",
  "Frau Wolff aus dem Sozialamt sagt, mein Antrag liegt noch bei der Sachbearbeitung. Wie lange dauert das?",
  "Meine Schwägerin ist nach dem Kaiserschnitt noch im Krankenhaus. Wer von uns kann das Kindergeld beantragen?",
  // Noise at night told with its hour: a threat sets a deadline ("bis Mitternacht habt ihr Zeit"), a neighbour names when the
  // noise stops.
  "Im Hof vom Jugendhaus wird jeden Freitag bis Mitternacht gefeiert, kann das Ordnungsamt mal vorbeischauen?",
  "Jede Nacht bis um zwei laufen Motorräder auf dem Parkplatz am Baggersee auf und ab.",
  "Am Grillplatz wird jeden Abend bis nach Mitternacht gegrölt und Flaschen zerschlagen.",
  "Nachts bis um eins Gebell vom Hundeplatz, jeden Tag. Gibt es da keine Ruhezeiten?",
  "Auf der Dachterrasse gegenüber ist seit Wochen jede Nacht Party bis zum Morgengrauen.",
  "Der Kiosk am Bahnhof hat bis Mitternacht offen und davor stehen jeden Abend Leute mit Musikboxen.",
  "Die Feiernden am Stadtweiher sind jeden Samstag bis drei Uhr da, am Sonntag liegt alles voller Scherben.",
  "Bis Mitternacht Lärm von der Baustelle an der Umgehungsstraße, ist Nachtarbeit dort erlaubt?",
];
