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
];
