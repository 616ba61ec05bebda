/**
 * Words that, right after a number, say the number counts or measures
 * something ("Heimweg 20 Minuten", "ab SO 12 Uhr", "Parkplatz 2 Stunden",
 * "Spielplatz 3 neue Geräte") rather than being a house number or the digits
 * of a plate. Lower case; compared with the next word, its trailing
 * punctuation dropped.
 */
export const COUNTED_UNITS: ReadonlySet<string> = new Set([
  // time
  "uhr", "h", "min", "min.", "minute", "minuten", "sek", "sekunden", "std", "std.", "stunde", "stunden",
  "tag", "tage", "tagen", "woche", "wochen", "monat", "monate", "monaten", "jahr", "jahre", "jahren", "mal",
  // length, area, weight, volume, temperature
  "km", "m", "cm", "mm", "meter", "metern", "kilometer", "kilometern", "qm", "m²", "m2", "ha", "hektar",
  "kg", "g", "t", "tonnen", "l", "liter", "grad", "°", "°c", "kw", "kwh", "ps",
  // money and shares
  "€", "euro", "eur", "ct", "cent", "%", "prozent", "mio", "mio.", "millionen", "mrd", "milliarden", "tsd", "tausend",
  // things counted
  "x", "stück", "stk", "personen", "leute", "menschen", "kinder", "gäste", "besucher", "besucherinnen",
  "teilnehmende", "teilnehmer", "einwohner", "einwohnerinnen", "haushalte", "wohnungen", "zimmer", "räume",
  "etagen", "stockwerke", "betten", "plätze", "stellplätze", "parkplätze", "bäume", "autos", "fahrzeuge",
  "tore", "punkte", "stimmen", "sitze", "seiten", "folgen", "teile", "neue", "weitere", "mehr", "weniger",
]);

/** True when the text right after `word` makes a number before it a count or a measure. */
export function isCountedUnit(word: string): boolean {
  if (COUNTED_UNITS.has(word)) return true;
  // "€", "%" and "°" may be glued to punctuation or stand first in a longer token ("€/Monat").
  const first = word.charCodeAt(0);
  return first === 0x20ac || first === 37 || first === 0xb0;
}
