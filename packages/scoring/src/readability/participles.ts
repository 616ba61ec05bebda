/*
 * Recognising a German past participle by its form, without a dictionary.
 *
 * Every past participle has one of three shapes:
 * - ge-…-t / ge-…-en, possibly after a separable prefix: "gebaut",
 *   "geschlossen", "abgesagt", "freigegeben", "wiederaufgebaut";
 * - an inseparable prefix (be-, er-, ver-, zer-, ent-, emp-, miss-, …) and
 *   -t or -en, without ge-: "beantragt", "verschoben", "entschieden",
 *   possibly after a separable prefix too: "anerkannt", "vorbereitet";
 * - -iert: "informiert", "saniert", "repariert".
 *
 * The hard part is -en after an inseparable prefix, where infinitive and
 * participle often look alike ("wird verschieben" is future, "wird
 * verschoben" passive). Such a word counts only if what follows the prefix
 * is a participle stem of a strong verb that differs from the infinitive
 * ("schoben", not "schieben"); words that are both ("erhalten", "verlassen",
 * "vergessen") are left out, because with "werden" they are mostly future
 * ("Sie werden Post erhalten").
 */

/** Prefixes that a verb keeps in its participle without ge-. */
const INSEPARABLE_PREFIXES = ["miss", "hinter", "wider", "über", "unter", "durch", "voll", "zer", "ver", "ent", "emp", "be", "er", "um"];

/** Prefixes split off a verb and written before ge- in its participle. */
const SEPARABLE_PREFIXES = [
  "zusammen", "entgegen", "gegenüber", "herunter", "zurecht", "zurück", "vorbei", "heraus", "herein", "hinaus", "hinein",
  "hinzu", "herum", "bekannt", "bereit", "fertig", "sicher", "wieder", "weiter", "nieder", "voran", "durch", "statt",
  "offen", "kennen", "kaputt", "fest", "fort", "frei", "hoch", "heim", "teil", "nach", "über", "unter", "auf", "aus",
  "bei", "dar", "ein", "her", "hin", "los", "mit", "vor", "weg", "ab", "an", "um", "zu",
];

/** Stems of strong participles after an inseparable prefix that differ from the infinitive. */
const STRONG_PARTICIPLE_STEMS = new Set([
  "schoben", "schrieben", "schieden", "hoben", "boten", "geben", "nommen", "sprochen", "brochen", "troffen", "worfen",
  "zogen", "gangen", "standen", "halten", "laden", "fahren", "tragen", "stiegen", "wiesen", "griffen", "schlossen",
  "gossen", "flossen", "schnitten", "stritten", "schritten", "litten", "ritten", "funden", "bunden", "schwunden", "wunden",
  "sungen", "zwungen", "rungen", "schlungen", "sprungen", "sunken", "trunken", "wonnen", "sonnen", "sponnen", "stohlen",
  "fohlen", "messen", "lesen", "sehen", "schehen", "treten", "blieben", "trieben", "rieben", "mieden", "priesen",
  "schwiegen", "liehen", "rufen", "lassen", "schlagen", "graben", "wachsen", "waschen", "fallen", "fangen", "stoßen",
  "laufen", "raten", "bissen", "rissen", "wichen", "glichen", "schliffen", "pfiffen", "sogen", "logen", "trogen",
  "flogen", "bogen", "wogen", "froren", "loren", "schworen", "hangen", "dungen", "stunken",
]);

/** Words of participle shape that are (mostly) no participle, or whose participle reading is rare with "werden". */
const NOT_PARTICIPLES = new Set([
  "bereit", "bekannt", "beliebt", "bewusst", "berühmt", "gerecht", "gesamt", "insgesamt", "erst", "überhaupt", "gemeinsam",
  "erhalten", "behalten", "verlassen", "erfahren", "vergessen", "bekommen", "gefallen", "ertragen", "vertragen", "entsprechen",
  "gestern", "gegen", "genug", "gerade", "geheim", "gesund", "gewiss", "bestehen", "entstehen", "verstehen", "begehen",
  "umsonst", "erneut",
]);

/** Verbs that begin with ge- themselves: their infinitive is no participle ("wird gestalten", "wird genehmigen"). */
const GE_INFINITIVES = new Set([
  "gehen", "geben", "gelten", "gewinnen", "genehmigen", "gestalten", "gefallen", "gehören", "gewähren", "genießen",
  "gestehen", "gelingen", "geschehen", "gewöhnen", "gebrauchen", "gedenken", "gefährden", "gewährleisten", "genügen",
  "gestatten", "gelangen", "geleiten", "gewichten", "gedulden", "gehorchen", "gebieten", "gedeihen", "genesen", "gefährden",
  "gebären", "gebärden", "geloben", "gereichen", "gebühren",
]);

/**
 * Whether `word` (in lower case) has the form of a past participle:
 * "gesperrt", "beschlossen", "abgesagt", "informiert", "vorbereitet".
 */
export function looksLikeParticiple(word: string): boolean {
  if (word.length < 5 || NOT_PARTICIPLES.has(word)) return false;
  if (word.endsWith("iert")) return word.length >= 6;
  return participleCore(word, 2);
}

function participleCore(word: string, separablesLeft: number): boolean {
  if (word === "getan") return true;
  const endsT = word.endsWith("t");
  const endsEn = word.endsWith("en");
  if (!endsT && !endsEn) return false;
  if (word.startsWith("ge")) {
    const rest = word.length - 2;
    if (endsT && rest >= 3) return true;
    if (endsEn && rest >= 4 && !GE_INFINITIVES.has(word)) return true;
  }
  for (const prefix of INSEPARABLE_PREFIXES) {
    if (!word.startsWith(prefix)) continue;
    const rest = word.slice(prefix.length);
    if (endsT && rest.length >= 3) return true;
    if (endsEn && STRONG_PARTICIPLE_STEMS.has(rest)) return true;
  }
  if (separablesLeft > 0) {
    for (const prefix of SEPARABLE_PREFIXES) {
      if (word.length - prefix.length >= 4 && word.startsWith(prefix) && participleCore(word.slice(prefix.length), separablesLeft - 1)) {
        return true;
      }
    }
  }
  return false;
}

/**
 * Whether `word` (lower case) looks like an infinitive that is no
 * participle: "regnen", "kommen", "verschieben", "feiern".
 */
export function looksLikeInfinitive(word: string): boolean {
  return word.length >= 4 && (word.endsWith("en") || word.endsWith("ern") || word.endsWith("eln")) && !looksLikeParticiple(word);
}
