/*
 * Words that break a municipal netiquette: insults, profanity, slurs
 * against groups and dehumanising language, with the harmless words that
 * contain them, and the netiquette rules a finding names. Written for this
 * project from the authors' own knowledge of German; no published list
 * (Hurtlex or others) was copied. The slurs are data for detection only:
 * a town hall must be able to find them in comments in order to hide them.
 */

export { INSULT_SLOT, TARGETED_PATTERNS, THREAT_PATTERNS, type TargetedPattern, type ThreatKind, type ThreatPattern } from "./netiquette-patterns.js";

/**
 * How bad an entry is:
 * - 1: rude or vulgar, not aimed at anyone in particular or mild ("Scheiß
 *   Wetter", "Depp"). Worth a look; rarely worth hiding on its own.
 * - 2: a clear insult or vulgarity aimed at people ("Idiot", "Arschloch").
 *   Breaks the netiquette; usually hidden.
 * - 3: slurs against groups, dehumanising language, the gravest insults.
 *   Hidden at once; may be a criminal offence (Volksverhetzung, § 130 StGB;
 *   Beleidigung, § 185 StGB) worth documenting.
 */
export type InsultSeverity = 1 | 2 | 3;

/**
 * What kind of word an entry is:
 * - `insult`: degrades a person ("Trottel", "Versager").
 * - `profanity`: vulgar without a target ("Scheiße", "verdammt").
 * - `slur`: degrades people for their origin, religion, sexuality, gender
 *   identity or disability.
 * - `dehumanising`: calls people vermin, animals or scum.
 */
export type InsultKind = "insult" | "profanity" | "slur" | "dehumanising";

/**
 * Where an entry's term may stand in a token (a word of the text in lexicon
 * form, see `foldForLexicon`; a hyphenated word is also tried joined, so
 * "Drecks-Verwaltung" is "drecksverwaltung"):
 * - `word`: the whole token equals the term. A term with spaces matches as
 *   consecutive tokens ("halt die fresse").
 * - `prefix`: the token begins with the term ("drecks" finds
 *   "Drecksverwaltung", "arsch" finds "Arschloch").
 * - `suffix`: the term is the last part of a compound: something stands
 *   before it, and after it at most an ending of {@link INSULT_SUFFIX_ENDINGS}
 *   ("hirn" finds "Spatzenhirn", "schwein" finds "Umweltschweine"; not
 *   "Hirn" or "Schwein" alone).
 * - `infix`: the term occurs anywhere in the token ("idiot" finds
 *   "Vollidiot", "Verwaltungsidioten", "idiotisch").
 */
export type InsultMatch = "word" | "prefix" | "suffix" | "infix";

/** An insult, profanity, slur or dehumanising term; see the types for each field. */
export interface InsultEntry {
  /** The term in lexicon form (lower case, umlauts and ß as written). */
  readonly term: string;
  /** How bad it is. */
  readonly severity: InsultSeverity;
  /** What kind of word it is. */
  readonly kind: InsultKind;
  /** Where it may stand in a token. */
  readonly match: InsultMatch;
  /**
   * The term alone names an animal or a thing ("Ratten", "Schwein", "Pack",
   * "Flasche", "Opfer"), or is a mild word that is rude only when aimed at
   * people ("Mist", "verdammt", "bescheuert", "blöd"): it counts only where
   * a pattern of `TARGETED_PATTERNS` with `namesPerson` applies it to people
   * ("ihr Ratten!", "Die Politiker sind Schweine", "Seid ihr zu blöd?").
   * Without the flag an entry counts wherever it stands.
   */
  readonly targetedOnly?: true;
}

/**
 * The endings a `suffix` term may carry: plural and case endings and the
 * feminine "-in"/"-innen" ("Umweltschweine", "Verwaltungsidiotinnen").
 */
export const INSULT_SUFFIX_ENDINGS: readonly string[] = Object.freeze(["e", "en", "n", "s", "es", "in", "innen"]);

type Row = readonly [term: string, severity: InsultSeverity, kind: InsultKind, match: InsultMatch, targeted?: "targeted"];

/*
 * Where several entries hit the same token, the highest severity counts
 * ("Kinderf…" is both vulgar and a grave accusation). A hit that an entry of
 * NETIQUETTE_ALLOWLIST covers does not count.
 */
const ROWS: readonly Row[] = [
  // ---- profanity: vulgar, without a target
  ["scheiß", 1, "profanity", "infix"],
  ["kack", 1, "profanity", "infix"],
  // "Mist", "Mistwetter", "verdammt": mild colloquial words a municipal netiquette tolerates; rude only when aimed at people ("du Mistkerl" has its own entry).
  ["mist", 1, "profanity", "prefix", "targeted"],
  ["verdammt", 1, "profanity", "prefix", "targeted"],
  ["verflucht", 1, "profanity", "prefix"],
  ["arsch", 1, "profanity", "prefix"],
  ["arsch", 1, "profanity", "suffix"],
  ["verarsch", 1, "profanity", "infix"],
  ["anal", 1, "profanity", "prefix"],
  ["piss", 1, "profanity", "infix"],
  ["kotz", 1, "profanity", "infix"],
  ["fuck", 1, "profanity", "infix"],
  ["shit", 1, "profanity", "infix"],
  ["wtf", 1, "profanity", "word"],
  ["zefix", 1, "profanity", "word"],
  ["kruzitürken", 1, "profanity", "word"],
  ["heilandsack", 1, "profanity", "word"],
  ["fresse", 1, "profanity", "word"],
  ["titten", 1, "profanity", "word"],
  ["fick", 2, "profanity", "infix"],
  ["wichs", 2, "profanity", "infix"],
  ["möse", 2, "profanity", "word"],

  // ---- rude commands
  ["halt die klappe", 1, "insult", "word"],
  ["halt die fresse", 2, "insult", "word"],
  ["halt die schnauze", 2, "insult", "word"],
  ["halts maul", 2, "insult", "word"],
  ["halt dein maul", 2, "insult", "word"],
  ["haltet die fresse", 2, "insult", "word"],
  ["verpiss dich", 2, "insult", "word"],
  ["verpisst euch", 2, "insult", "word"],
  ["fick dich", 2, "insult", "word"],
  ["fickt euch", 2, "insult", "word"],
  ["leck mich", 2, "insult", "word"],
  ["leckt mich", 2, "insult", "word"],

  // ---- insults, mild: foolish, useless, annoying
  ["depp", 1, "insult", "infix"],
  ["trottel", 1, "insult", "infix"],
  ["honk", 1, "insult", "infix"],
  ["dussel", 1, "insult", "prefix"],
  ["döspaddel", 1, "insult", "prefix"],
  ["dösbaddel", 1, "insult", "prefix"],
  ["tölpel", 1, "insult", "prefix"],
  ["dödel", 1, "insult", "prefix"],
  ["nulpe", 1, "insult", "prefix"],
  ["lusche", 1, "insult", "prefix"],
  ["loser", 1, "insult", "word"],
  ["versager", 1, "insult", "infix"],
  ["spinner", 1, "insult", "prefix"],
  ["schwachkopf", 1, "insult", "prefix"],
  ["schwachköpfe", 1, "insult", "prefix"],
  ["schwachmat", 1, "insult", "prefix"],
  ["dummkopf", 1, "insult", "prefix"],
  ["dummköpfe", 1, "insult", "prefix"],
  ["hohlkopf", 1, "insult", "prefix"],
  ["holzkopf", 1, "insult", "prefix"],
  ["knallkopf", 1, "insult", "prefix"],
  ["quatschkopf", 1, "insult", "prefix"],
  ["blödmann", 1, "insult", "prefix"],
  ["blödmänner", 1, "insult", "prefix"],
  ["blödian", 1, "insult", "prefix"],
  ["dumpfbacke", 1, "insult", "prefix"],
  ["dummbatz", 1, "insult", "prefix"],
  ["einfaltspinsel", 1, "insult", "prefix"],
  ["flachpfeife", 1, "insult", "prefix"],
  ["hohlbirne", 1, "insult", "prefix"],
  ["matschbirne", 1, "insult", "prefix"],
  ["hornochse", 1, "insult", "prefix"],
  ["rindvieh", 1, "insult", "prefix"],
  ["knalltüte", 1, "insult", "prefix"],
  ["armleuchter", 1, "insult", "prefix"],
  ["witzfigur", 1, "insult", "prefix"],
  ["hanswurst", 1, "insult", "prefix"],
  ["vollpfosten", 1, "insult", "prefix"],
  ["vollhorst", 1, "insult", "prefix"],
  ["hirni", 1, "insult", "prefix"],
  ["hirnverbrannt", 1, "insult", "prefix"],
  ["hirnlos", 1, "insult", "prefix"],
  ["hirn", 1, "insult", "suffix"],
  // Adjectives for silly: about a decision or a traffic light they are criticism; aimed at people ("ihr seid zu blöd") insults.
  ["bekloppt", 1, "insult", "prefix", "targeted"],
  ["bescheuert", 1, "insult", "prefix", "targeted"],
  ["behämmert", 1, "insult", "prefix", "targeted"],
  ["beknackt", 1, "insult", "prefix", "targeted"],
  ["blöd", 1, "insult", "word", "targeted"],
  ["blöde", 1, "insult", "word", "targeted"],
  ["blöden", 1, "insult", "word", "targeted"],
  ["blöder", 1, "insult", "word", "targeted"],
  ["dumm", 1, "insult", "word", "targeted"],
  ["dumme", 1, "insult", "word", "targeted"],
  ["dummen", 1, "insult", "word", "targeted"],
  ["dummer", 1, "insult", "word", "targeted"],
  ["psycho", 1, "insult", "word"],
  ["psychos", 1, "insult", "word"],
  ["schwätzer", 1, "insult", "infix"],
  ["labertasche", 1, "insult", "prefix"],
  ["laberbacke", 1, "insult", "prefix"],
  ["großmaul", 1, "insult", "prefix"],
  ["wichtigtuer", 1, "insult", "prefix"],
  ["klugscheißer", 1, "insult", "infix"],
  ["besserwisser", 1, "insult", "prefix"],
  ["schleimer", 1, "insult", "prefix"],
  ["speichellecker", 1, "insult", "prefix"],
  ["arschkriecher", 1, "insult", "infix"],
  ["heuchler", 1, "insult", "prefix"],
  ["abzocker", 1, "insult", "prefix"],
  ["wegelagerer", 1, "insult", "prefix"],
  ["rüpel", 1, "insult", "infix"],
  ["stinkstiefel", 1, "insult", "prefix"],
  // An organisation of people called a shoddy shop: "Saftladen", "Sauladen".
  ["saftladen", 1, "insult", "prefix"],
  ["sauladen", 1, "insult", "prefix"],
  ["faule säcke", 1, "insult", "word"],
  ["fauler sack", 1, "insult", "word"],
  ["halsabschneider", 1, "insult", "prefix"],
  ["schnorrer", 1, "insult", "prefix"],
  ["nichtsnutz", 1, "insult", "prefix"],
  ["taugenichts", 1, "insult", "prefix"],
  ["faulpelz", 1, "insult", "prefix"],
  ["tagedieb", 1, "insult", "prefix"],
  ["sesselfurzer", 1, "insult", "prefix"],
  ["sesselpupser", 1, "insult", "prefix"],
  ["sesselkleber", 1, "insult", "prefix"],
  ["bürohengst", 1, "insult", "prefix"],
  ["paragrafenreiter", 1, "insult", "prefix"],
  ["paragraphenreiter", 1, "insult", "prefix"],
  ["korinthenkacker", 1, "insult", "infix"],
  ["erbsenzähler", 1, "insult", "prefix"],
  ["schreibtischtäter", 1, "insult", "prefix"],
  ["stümper", 1, "insult", "prefix"],
  ["pfuscher", 1, "insult", "prefix"],
  ["dilettant", 1, "insult", "prefix"],
  ["chaot", 1, "insult", "prefix"],
  ["bonze", 1, "insult", "prefix"],
  ["spießer", 1, "insult", "prefix"],
  ["proll", 1, "insult", "prefix"],
  ["prolet", 1, "insult", "prefix"],
  ["schnösel", 1, "insult", "prefix"],
  ["hinterwäldler", 1, "insult", "prefix"],
  ["banause", 1, "insult", "prefix"],
  ["heulsuse", 1, "insult", "prefix"],
  ["jammerlappen", 1, "insult", "prefix"],
  ["memme", 1, "insult", "prefix"],
  ["weichei", 1, "insult", "prefix"],
  ["warmduscher", 1, "insult", "prefix"],
  ["schlappschwanz", 1, "insult", "prefix"],
  ["gutmensch", 1, "insult", "prefix"],
  ["schlafschaf", 1, "insult", "prefix"],
  ["aluhut", 1, "insult", "prefix"],
  ["schwurbler", 1, "insult", "prefix"],
  ["schuft", 1, "insult", "prefix"],
  ["tussi", 1, "insult", "prefix"],
  ["emanze", 1, "insult", "prefix"],
  ["trulla", 1, "insult", "prefix"],
  ["bratze", 1, "insult", "infix"],
  ["pimmel", 1, "insult", "infix"],
  ["alter sack", 1, "insult", "word"],

  // ---- insults: clear, aimed at people
  ["idiot", 2, "insult", "infix"],
  ["kretin", 2, "insult", "prefix"],
  ["hirnamputiert", 2, "insult", "prefix"],
  ["penner", 2, "insult", "infix"],
  ["assi", 2, "insult", "prefix"],
  ["asozial", 2, "insult", "prefix"],
  ["lügner", 2, "insult", "infix"],
  ["lügenmaul", 2, "insult", "prefix"],
  ["lügenpresse", 2, "insult", "prefix"],
  ["lügenpack", 2, "insult", "prefix"],
  ["verräter", 1, "insult", "infix"],
  ["volksverräter", 2, "insult", "infix"],
  ["systemling", 2, "insult", "prefix"],
  ["versifft", 2, "insult", "suffix"],
  ["bastard", 2, "insult", "prefix"],
  ["arschloch", 2, "insult", "infix"],
  ["arschlöcher", 2, "insult", "infix"],
  ["arschgeige", 2, "insult", "infix"],
  ["arschgesicht", 2, "insult", "infix"],
  // "Beamtenärsche": people called arses.
  ["ärsche", 2, "insult", "suffix"],
  ["drecks", 2, "insult", "prefix"],
  ["mistkerl", 2, "insult", "prefix"],
  ["miststück", 2, "insult", "prefix"],
  ["mistvieh", 2, "insult", "prefix"],
  ["scheißkerl", 2, "insult", "infix"],
  ["kotzbrocken", 2, "insult", "prefix"],
  ["ekelpaket", 2, "insult", "prefix"],
  ["saftsack", 2, "insult", "prefix"],
  ["fettsack", 2, "insult", "prefix"],
  ["lackaffe", 1, "insult", "prefix"],
  ["wichser", 2, "insult", "infix"],
  ["pisser", 2, "insult", "infix"],
  ["pissnelke", 2, "insult", "infix"],
  ["schlampe", 2, "insult", "infix"],
  ["nutte", 2, "insult", "infix"],
  ["hure", 2, "insult", "infix"],
  ["bitch", 2, "insult", "infix"],
  ["asshole", 2, "insult", "word"],
  ["dickhead", 2, "insult", "word"],
  ["dumme kuh", 2, "insult", "word"],
  ["blöde kuh", 2, "insult", "word"],
  ["dumme gans", 2, "insult", "word"],
  ["blöde gans", 2, "insult", "word"],
  ["dumme ziege", 2, "insult", "word"],
  ["blöde ziege", 2, "insult", "word"],
  ["alte hexe", 2, "insult", "word"],
  ["dummes weib", 2, "insult", "word"],
  ["blödes weib", 2, "insult", "word"],
  ["dumme sau", 2, "insult", "word"],
  ["blöde sau", 2, "insult", "word"],
  ["fette sau", 2, "insult", "word"],
  ["dummes schwein", 2, "insult", "word"],
  ["fettes schwein", 2, "insult", "word"],
  ["verbrecherbande", 2, "insult", "prefix"],
  ["hurensohn", 3, "insult", "infix"],
  ["hurensöhne", 3, "insult", "infix"],
  ["fotze", 3, "insult", "infix"],
  ["kinderschänder", 3, "insult", "infix"],
  ["kinderficker", 3, "insult", "infix"],

  // ---- insults only where aimed at someone: alone they name a thing or an animal
  ["opfer", 1, "insult", "word", "targeted"],
  ["lauch", 1, "insult", "word", "targeted"],
  ["lappen", 1, "insult", "word", "targeted"],
  ["flasche", 1, "insult", "word", "targeted"],
  ["flaschen", 1, "insult", "word", "targeted"],
  ["pfeife", 1, "insult", "word", "targeted"],
  ["pfeifen", 1, "insult", "word", "targeted"],
  ["niete", 1, "insult", "word", "targeted"],
  ["nieten", 1, "insult", "word", "targeted"],
  ["pfosten", 1, "insult", "word", "targeted"],
  ["flachzange", 1, "insult", "word", "targeted"],
  ["clown", 1, "insult", "word", "targeted"],
  ["clowns", 1, "insult", "word", "targeted"],
  ["kasper", 1, "insult", "word", "targeted"],
  ["hampelmann", 1, "insult", "word", "targeted"],
  ["pappnase", 1, "insult", "word", "targeted"],
  ["pappnasen", 1, "insult", "word", "targeted"],
  ["esel", 1, "insult", "word", "targeted"],
  ["ochse", 1, "insult", "word", "targeted"],
  ["kamel", 1, "insult", "word", "targeted"],
  ["zicke", 1, "insult", "word", "targeted"],
  ["zicken", 1, "insult", "word", "targeted"],
  ["ziege", 1, "insult", "word", "targeted"],
  ["schnepfe", 1, "insult", "word", "targeted"],
  ["hexe", 1, "insult", "word", "targeted"],
  ["weib", 1, "insult", "word", "targeted"],
  ["sack", 1, "insult", "word", "targeted"],
  ["lump", 1, "insult", "word", "targeted"],
  ["lumpen", 1, "insult", "word", "targeted"],
  ["gauner", 1, "insult", "word", "targeted"],
  ["ganove", 1, "insult", "word", "targeted"],
  ["ganoven", 1, "insult", "word", "targeted"],
  ["aasgeier", 1, "insult", "word", "targeted"],
  ["gestörter", 1, "insult", "word", "targeted"],
  ["gestörte", 1, "insult", "word", "targeted"],
  ["gestörten", 1, "insult", "word", "targeted"],
  ["geisteskrank", 2, "insult", "prefix", "targeted"],
  ["betrüger", 2, "insult", "word", "targeted"],
  ["verbrecher", 2, "insult", "word", "targeted"],
  ["schweinehund", 2, "insult", "word", "targeted"],
  ["nazi", 2, "insult", "word", "targeted"],
  ["nazis", 2, "insult", "word", "targeted"],
  ["faschist", 2, "insult", "word", "targeted"],
  ["faschisten", 2, "insult", "word", "targeted"],
  ["faschos", 2, "insult", "word", "targeted"],
  ["affe", 2, "dehumanising", "word", "targeted"],
  ["affen", 2, "dehumanising", "word", "targeted"],
  ["schwein", 2, "dehumanising", "word", "targeted"],
  ["schweine", 2, "dehumanising", "word", "targeted"],
  ["sau", 2, "dehumanising", "word", "targeted"],
  ["säue", 2, "dehumanising", "word", "targeted"],
  ["kuh", 2, "dehumanising", "word", "targeted"],
  ["kühe", 2, "dehumanising", "word", "targeted"],
  ["hund", 2, "dehumanising", "word", "targeted"],
  ["hunde", 2, "dehumanising", "word", "targeted"],
  ["köter", 2, "dehumanising", "word", "targeted"],
  ["ratte", 2, "dehumanising", "word", "targeted"],
  ["ratten", 2, "dehumanising", "word", "targeted"],
  ["made", 2, "dehumanising", "word", "targeted"],
  ["maden", 2, "dehumanising", "word", "targeted"],
  ["zecke", 2, "dehumanising", "word", "targeted"],
  ["zecken", 2, "dehumanising", "word", "targeted"],
  ["tier", 2, "dehumanising", "word", "targeted"],
  ["tiere", 2, "dehumanising", "word", "targeted"],
  ["vieh", 2, "dehumanising", "word", "targeted"],
  ["viecher", 2, "dehumanising", "word", "targeted"],
  ["bestie", 2, "dehumanising", "word", "targeted"],
  ["bestien", 2, "dehumanising", "word", "targeted"],
  ["brut", 2, "dehumanising", "word", "targeted"],
  ["pack", 2, "dehumanising", "word", "targeted"],
  ["pöbel", 1, "dehumanising", "word", "targeted"],
  ["blutsauger", 2, "dehumanising", "word", "targeted"],
  ["kakerlake", 3, "dehumanising", "word", "targeted"],
  ["kakerlaken", 3, "dehumanising", "word", "targeted"],
  ["ungeziefer", 3, "dehumanising", "word", "targeted"],
  ["parasit", 3, "dehumanising", "word", "targeted"],
  ["parasiten", 3, "dehumanising", "word", "targeted"],
  ["homo", 3, "slur", "word", "targeted"],
  ["fidschi", 3, "slur", "word", "targeted"],

  // ---- dehumanising language
  ["schwein", 2, "dehumanising", "suffix"],
  ["gesindel", 2, "dehumanising", "infix"],
  ["gesocks", 2, "dehumanising", "prefix"],
  ["geschmeiß", 2, "dehumanising", "prefix"],
  ["schmarotzer", 2, "dehumanising", "infix"],
  ["lumpenpack", 2, "dehumanising", "prefix"],
  ["politikerpack", 2, "dehumanising", "prefix"],
  ["beamtenpack", 2, "dehumanising", "prefix"],
  ["dreckiges pack", 2, "dehumanising", "word"],
  ["abschaum", 3, "dehumanising", "infix"],
  ["untermensch", 3, "dehumanising", "infix"],
  ["missgeburt", 3, "dehumanising", "infix"],
  ["volksschädling", 3, "dehumanising", "infix"],
  ["lebensunwert", 3, "dehumanising", "prefix"],

  // ---- slurs against groups
  ["neger", 3, "slur", "infix"],
  ["nigger", 3, "slur", "word"],
  ["nigga", 3, "slur", "word"],
  ["bimbo", 3, "slur", "word"],
  ["kanak", 3, "slur", "prefix"],
  ["kümmeltürk", 3, "slur", "infix"],
  ["kameltreiber", 3, "slur", "prefix"],
  ["ziegenficker", 3, "slur", "infix"],
  ["kopftuchmädchen", 3, "slur", "prefix"],
  ["schlitzaug", 3, "slur", "prefix"],
  ["fidschis", 3, "slur", "word"],
  ["polack", 3, "slur", "prefix"],
  ["itaker", 3, "slur", "prefix"],
  ["spaghettifresser", 3, "slur", "infix"],
  ["zigeuner", 3, "slur", "prefix"],
  ["judensau", 3, "slur", "infix"],
  ["asylant", 3, "slur", "prefix"],
  ["asylbetrüger", 3, "slur", "prefix"],
  ["asyltourist", 3, "slur", "prefix"],
  ["messermänner", 3, "slur", "word"],
  ["schwuchtel", 3, "slur", "prefix"],
  ["tunte", 3, "slur", "word"],
  ["tunten", 3, "slur", "word"],
  ["tucke", 3, "slur", "word"],
  ["transe", 3, "slur", "word"],
  ["transen", 3, "slur", "word"],
  ["kampflesbe", 3, "slur", "prefix"],
  ["schwanzlutscher", 3, "slur", "infix"],
  ["arschficker", 3, "slur", "infix"],
  ["faggot", 3, "slur", "word"],
  ["spast", 3, "slur", "prefix"],
  ["spast", 3, "slur", "suffix"],
  ["spastiker", 3, "slur", "word"],
  ["spacko", 3, "slur", "infix"],
  ["spacken", 3, "slur", "word"],
  ["mongo", 3, "slur", "prefix"],
  ["mongo", 3, "slur", "suffix"],
  ["mongoloid", 3, "slur", "prefix"],
  ["behindi", 3, "slur", "word"],
  ["behindo", 3, "slur", "word"],
  ["krüppel", 3, "slur", "word"],
  ["retard", 3, "slur", "word"],
];

/**
 * Insults, profanity, slurs and dehumanising terms, at least 250. See
 * {@link InsultEntry} for the fields and {@link InsultMatch} for matching;
 * hits covered by {@link NETIQUETTE_ALLOWLIST} do not count.
 */
export const INSULTS: readonly InsultEntry[] = Object.freeze(
  ROWS.map(([term, severity, kind, match, targeted]): InsultEntry =>
    Object.freeze(targeted === "targeted" ? { term, severity, kind, match, targetedOnly: true as const } : { term, severity, kind, match }),
  ),
);

/**
 * Harmless words that contain an entry of {@link INSULTS} where that entry
 * would hit: "Aufmarsch" ends in "arsch", "Analyse" begins with "anal",
 * "Wildschwein" ends in "schwein". In lexicon form; often a word part, so
 * that one entry serves its compounds ("marsch" serves "Aufmarsch",
 * "Durchmarsch", "Marschmusik").
 *
 * Matching: a hit in a token does not count when an allowlist entry occurs
 * in the same token, covers the whole hit (the allowlist entry starts at
 * or before the hit and ends at or after it) and is longer than the hit's
 * term. So "marsch" cancels the "arsch" of "Aufmarsch" but not the
 * "arschloch" of "Marscharschloch".
 */
export const NETIQUETTE_ALLOWLIST: readonly string[] = Object.freeze([
  // "arsch"
  "arschbombe", // a jump into the pool, a summer-pool word
  "marsch", // Marsch, Aufmarsch, Durchmarsch, Fußmarsch, Marschen (marshland)
  "barsch", // the fish (Flussbarsch) and "curt"
  "harsch", // "harsh", and Harsch, crusted snow
  "märsche", // the plural of Marsch: Fußmärsche, Protestmärsche
  // "anal"
  "analys", // Analyse, analysieren, Analyst
  "analyt", // Analytik, analytisch
  "analog", // analog, Analogie
  "analphabet", // Analphabet, Analphabetismus
  "analges", // Analgesie, pain relief
  "analget", // Analgetikum, painkiller
  // "mist"
  "mistel", // mistletoe, Misteln, Mistelzweig
  "mistgabel", // pitchfork
  "misthaufen", // dung heap on a farm
  "mistkäfer", // dung beetle
  "mistbeet", // hotbed in a garden
  "mistral", // the wind
  "mister", // "Mister", the title
  "misten", // ausmisten: muck out a stable
  "mistet", // ausmistet
  "mistkübel", // Austrian for waste bin
  "mistplatz", // Austrian for recycling centre
  // "fick"
  "fickmühle", // a position in the board game Mühle
  // "hirn" at the end of a compound
  "gehirn", // the brain itself, Kindergehirn
  "kleinhirn", // anatomy
  "großhirn", // anatomy
  "stammhirn", // anatomy
  "mittelhirn", // anatomy
  "zwischenhirn", // anatomy
  "hinterhirn", // "im Hinterhirn haben", at the back of one's mind
  // "schwein" at the end of a compound: the animals themselves
  "wildschwein", // wild boar, often in municipal posts
  "meerschwein", // guinea pig
  "hausschwein", // domestic pig
  "stachelschwein", // porcupine
  "warzenschwein", // warthog
  "hängebauchschwein", // pot-bellied pig
  "minischwein", // mini pig
  "wollschwein", // a breed of pig
  "freilandschwein", // free-range pig
  "mastschwein", // fattening pig
  "zuchtschwein", // breeding pig
  "mutterschwein", // sow
  "schlachtschwein", // pig for slaughter
  "sparschwein", // piggy bank
  "glücksschwein", // lucky pig of New Year's greetings
  "marzipanschwein", // marzipan pig of New Year's greetings
  // "verräter"
  "verräterisch", // "revealing": verräterische Spuren
  // "wichs"
  "schuhwichse", // shoe polish
  "stiefelwichse", // boot polish
  // "schlampe"
  "schlamper", // Schlamperei, Schlamper: sloppiness, a complaint about work
  // "depp"
  "deppenapostroph", // a spelling mistake (Rosi's Imbiss), not a person
  "deppenleerzeichen", // a spelling mistake (Rathaus Platz), not a person
  // "kotz"
  "kotzebue", // August von Kotzebue, street names (Kotzebuestraße)
  // "shit"
  "shitstorm", // a wave of outrage, a press word
  "shitake", // a common misspelling of Shiitake, the mushroom
  // "piss"
  "pissoir", // urinal, in public toilets
  "pissarro", // Camille Pissarro, the painter
  // "drecks"
  "dreckspatz", // a child covered in mud, affectionate
  "drecksarbeit", // "the dirty work", a task, not a person
  "dreckschleuder", // a polluting car or plant
  // "prolet"
  "proletariat", // the social class, history and politics
  "proletarier", // a member of the proletariat
  "proletarisch", // of the proletariat
  // "chaot"
  "chaotisch", // chaotic: a complaint about a situation
  // "schmarotzer"
  "halbschmarotzer", // hemiparasite, botany: the mistletoe is one
  "schmarotzerpflanze", // parasitic plant, botany
  // "dussel"
  "dusseldorf", // Düsseldorf written without umlaut
  // "assi"
  "assist", // Assistent, Assistenz, assistieren
  "assisi", // the town, Franz von Assisi
  "assimil", // Assimilation, assimilieren
  // "spinner"
  "spinnerei", // a spinning mill (Alte Spinnerei, a venue) or a crazy idea
  // "schuft"
  "schuften", // to toil
  "schuftet", // toils
  // "idiot"
  "idiotensicher", // foolproof
  "idiotentest", // colloquial for the MPU driving assessment
  // "trottel"
  "trottellumme", // a seabird, the common guillemot
  // "hure"
  "hurenkind", // a typesetting term: a paragraph's last line alone at the top of a page
  // "honk"
  "honky", // Honky Tonk, a kind of pub music festival
  // "bastard"
  "bastardmakrele", // a fish, the horse mackerel
  // words that contain a slur of INSULTS, each harmless in itself
  "spastik", // spasticity, a medical term
  "spastisch", // spastic paralysis, a medical term
  "mongol", // Mongolei, mongolisch, Mongole: the country and its people
  "asylantrag", // asylum application, an administrative term
  "negernbötel", // a village in Schleswig-Holstein
]);

/** The name of a rule of {@link NETIQUETTE_RULES}. */
export type NetiquetteRuleId =
  | "no-insults"
  | "no-hate"
  | "no-threats"
  | "respectful-tone"
  | "no-personal-data"
  | "no-illegal-content"
  | "no-spam"
  | "no-party-advertising"
  | "stay-on-topic";

/** A rule of a municipal netiquette: a short title and one sentence, German first. */
export interface NetiquetteRule {
  /** Stable name, used in findings and settings. */
  readonly id: NetiquetteRuleId;
  /** Short title in German, as a finding shows it ("Keine Beleidigungen"). */
  readonly de: string;
  /** Short title in English. */
  readonly en: string;
  /** One sentence saying what the rule covers. */
  readonly detail: Readonly<{ de: string; en: string }>;
}

/**
 * The rules of a typical municipal netiquette, in the order a town hall
 * would publish them. A finding names the rule it breaks (see
 * {@link NETIQUETTE_RULE_FOR_KIND}); a town hall with its own netiquette
 * maps its own wording onto these ids.
 */
export const NETIQUETTE_RULES: readonly NetiquetteRule[] = Object.freeze(
  (
    [
      [
        "no-insults",
        "Keine Beleidigungen",
        "No insults",
        "Beschimpfungen und herabsetzende Äußerungen über andere Menschen löschen wir.",
        "We remove abuse and degrading remarks about other people.",
      ],
      [
        "no-hate",
        "Keine Hetze und Diskriminierung",
        "No hate speech or discrimination",
        "Wir dulden keine Äußerungen, die Menschen wegen Herkunft, Religion, Geschlecht, sexueller Identität, Behinderung oder Alter herabwürdigen oder ihnen das Menschsein absprechen.",
        "We do not allow remarks that degrade people for their origin, religion, gender, sexual identity, disability or age, or deny them their humanity.",
      ],
      [
        "no-threats",
        "Keine Drohungen und Gewaltaufrufe",
        "No threats or calls for violence",
        "Drohungen gegen Menschen und Aufrufe zur Gewalt löschen wir und bringen sie zur Anzeige.",
        "We remove threats against people and calls for violence, and report them to the police.",
      ],
      [
        "respectful-tone",
        "Respektvoller Ton",
        "Respectful tone",
        "Kritik ist willkommen, vulgäre Sprache nicht.",
        "Criticism is welcome, vulgar language is not.",
      ],
      [
        "no-personal-data",
        "Keine persönlichen Daten",
        "No personal data",
        "Bitte veröffentlichen Sie keine Adressen, Telefonnummern, Kennzeichen oder Fotos anderer Menschen; für Ihr eigenes Anliegen schreiben Sie uns eine Direktnachricht.",
        "Please do not post other people's addresses, phone numbers, number plates or photos; for your own matter, send us a direct message.",
      ],
      [
        "no-illegal-content",
        "Keine rechtswidrigen Inhalte",
        "No unlawful content",
        "Inhalte, die gegen Gesetze verstoßen (etwa Volksverhetzung, Verleumdung oder fremde Urheberrechte), löschen wir.",
        "We remove content that breaks the law (such as incitement to hatred, defamation or someone else's copyright).",
      ],
      [
        "no-spam",
        "Keine Werbung und kein Spam",
        "No advertising or spam",
        "Werbung, Kettenbriefe und immer gleiche Beiträge löschen wir.",
        "We remove advertising, chain letters and repeated posts.",
      ],
      [
        "no-party-advertising",
        "Keine Wahlwerbung",
        "No election campaigning",
        "Die Stadtverwaltung ist zur Neutralität verpflichtet; Werbung für Parteien und Kandidierende hat auf unseren Kanälen keinen Platz.",
        "The municipality must stay neutral; campaigning for parties and candidates has no place on our channels.",
      ],
      [
        "stay-on-topic",
        "Beim Thema bleiben",
        "Stay on topic",
        "Beiträge sollen sich auf den Inhalt des Posts beziehen; für andere Anliegen erreichen Sie uns direkt.",
        "Comments should be about the post; for other matters, contact us directly.",
      ],
    ] as const
  ).map(([id, de, en, detailDe, detailEn]) => Object.freeze({ id, de, en, detail: Object.freeze({ de: detailDe, en: detailEn }) })),
);

/** The rule each kind of {@link INSULTS} entry breaks; a threat breaks `no-threats`. */
export const NETIQUETTE_RULE_FOR_KIND: Readonly<Record<InsultKind, NetiquetteRuleId>> = Object.freeze({
  insult: "no-insults",
  profanity: "respectful-tone",
  slur: "no-hate",
  dehumanising: "no-hate",
});
