/*
 * Degrading generalisations about groups of people protected from
 * discrimination: hate speech that needs no slur ("Die X klauen eh alles",
 * "X sollten lieber zuhause bleiben", "Überall nur noch X"). Written for
 * this project from the authors' knowledge of the recurring figures of
 * such speech: theft and crime, living off others, taking over, sending
 * back, keeping out of sight, and putting in one's place. Data only; see
 * README.md for matching.
 */

/**
 * Words for groups of people by origin, ethnicity, religion, gender, sexual
 * orientation or disability, as they are spoken of in generalisations:
 * plurals and group adjectives, in lexicon form. A word ending in `*`
 * matches every word that begins with it ("muslimisch*" finds
 * "muslimische", "muslimischen"). Singular forms ("Frau Özdemir") are left
 * out on purpose: a generalisation speaks of the group.
 */
export const HATE_GROUP_TERMS: readonly string[] = Object.freeze([
  // origin and ethnicity
  "ausländer",
  "ausländern",
  "migranten",
  "migrantinnen",
  "flüchtlinge",
  "flüchtlingen",
  "geflüchtete",
  "geflüchteten",
  "asylbewerber",
  "asylbewerbern",
  "zuwanderer",
  "zuwanderern",
  "sinti",
  "roma",
  "türken",
  "araber",
  "afrikaner",
  "polen",
  "rumänen",
  "bulgaren",
  "russen",
  "syrer",
  "afghanen",
  // religion
  "muslime",
  "muslimen",
  "moslems",
  "muslimisch*",
  "islamisch*",
  "kopftücher",
  "kopftuchträgerinnen",
  "juden",
  "jüdisch*",
  // gender and sexual orientation
  "frauen",
  "weiber",
  "schwule",
  "schwulen",
  "lesben",
  "homosexuelle",
  "homosexuellen",
  "queere",
  // disability
  "behinderte",
  "behinderten",
]);

/**
 * The figures of a degrading generalisation, in lexicon form, as whole
 * words or phrases (consecutive words; a word ending in `*` matches every
 * word that begins with it). A comment is hate when one of these and a
 * word of {@link HATE_GROUP_TERMS} stand in one sentence, at most
 * {@link HATE_GENERALISATION_REACH} words apart. Each alone is harmless
 * ("nur noch zwei Tage", "Die Polen-Reise war toll").
 */
export const HATE_GENERALISATIONS: readonly string[] = Object.freeze([
  // theft and crime
  "klauen",
  "klaut",
  "stehlen",
  "kriminell*",
  // living off others
  "kosten nur",
  "nur geld",
  "schmarotz*",
  "hinterhergeworfen",
  "hinterhergeschmissen",
  "bekommen alles",
  "kriegen alles",
  "nehmen uns",
  "alles weg",
  // taking over
  "nur noch",
  "überall nur",
  "wie im ausland",
  "überfremd*",
  "invasion",
  "genug einfluss",
  "zu viel einfluss",
  "bleiben draußen",
  // sending back, keeping out of sight
  "raus mit",
  "abschieben",
  "zurück in ihre",
  "nichts zu suchen",
  "nichts verloren",
  "will keiner sehen",
  "will hier keiner",
  "keiner sehen",
  // putting in one's place
  "sollten keine",
  "sollten nicht",
  "sollten lieber",
  "sollen lieber",
  "gehören nicht",
  "gehören an den herd",
  "in die küche",
  "zuhause bleiben",
  "zu hause bleiben",
  // sweeping verdicts
  "diese ganzen",
  "fahren wie die henker",
  "führerschein gekauft",
]);

/** How many words apart a group term and a generalisation of {@link HATE_GENERALISATIONS} may stand. */
export const HATE_GENERALISATION_REACH = 10;
