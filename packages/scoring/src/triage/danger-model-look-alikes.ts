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
];
