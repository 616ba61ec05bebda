/*
 * Data for sentence boundaries: after which words a full stop does not end a
 * sentence. Kept as plain lists so that they can be extended without
 * touching the tokenizer.
 */

/**
 * Abbreviations whose full stop does not end a sentence, in lower case
 * (matched without regard to case, so "Nr.", "NR." and "nr." alike). Any
 * single letter followed by a full stop ("z. B.", "d. h.", "u. a.", "Max M.
 * Muster") counts as an abbreviation anyway and is not listed.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // Named in the style guides of many town halls.
  "bzw", "ca", "nr", "str", "tel", "dr", "hr", "fr", "inkl", "ggf", "evtl", "usw", "etc", "abs", "vgl",
  // Further common ones in official and local news.
  "bspw", "bzgl", "zzgl", "exkl", "einschl", "ehem", "gem", "lt", "sog", "usf", "ggü", "vs", "abschn",
  "mio", "mrd", "tsd", "std", "min", "sek", "mind", "pkt", "stk", "pers", "erw", "whg", "zi",
  "geb", "gest", "verh", "jh", "jhd", "hbf", "bhf", "pl", "st", "tägl", "wöchentl", "monatl", "jährl",
  "prof", "dipl", "ing", "med", "jur", "rer", "nat", "jun", "sen", "hl", "gebr", "hrsg", "aufl", "bd", "bde",
  "kap", "ziff", "lit", "anm", "ff", "stellv", "stv", "vors", "gde", "lkr", "bez", "nrn", "hausnr", "postf",
  "dt", "engl", "frz", "ital", "span", "europ", "allg", "bes", "insb", "entspr", "betr", "beil", "anl",
  "co", "ltd", "inc", "mwst", "ust",
]);

/**
 * Abbreviations that are also ordinary words ("so" ends many a sentence):
 * they count as abbreviations only when written exactly like this.
 */
export const CASE_SENSITIVE_ABBREVIATIONS: ReadonlySet<string> = new Set(["Mo", "Di", "Mi", "Do", "Sa", "So"]);

/**
 * Abbreviations that commonly END a sentence as well ("Papier, Glas usw.").
 * Before a capitalised word they end it; before anything else they do not.
 */
export const SENTENCE_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set(["usw", "etc", "usf"]);

/**
 * Abbreviations that are ordinary words or names as well and count as
 * abbreviations only before a number: "Art. 3 GG" but "auf diese Art.
 * Danach …"; "max. 20 Personen" but "Das ist Max. Er …"; "Jan. 2026" but
 * "Das ist Jan. Er …".
 */
export const ABBREVIATIONS_BEFORE_NUMBERS: ReadonlySet<string> = new Set([
  "art", "max", "jan", "feb", "mär", "apr", "jul", "aug", "sep", "sept", "okt", "nov", "dez",
]);

/**
 * Month names (lower case, with their abbreviations): after "1." or "15."
 * they make the number an ordinal date, not the end of a sentence.
 */
export const MONTHS: ReadonlySet<string> = new Set([
  "januar", "jänner", "jan", "februar", "feber", "feb", "märz", "maerz", "mär", "april", "apr", "mai",
  "juni", "jun", "juli", "jul", "august", "aug", "september", "sep", "sept", "oktober", "okt",
  "november", "nov", "dezember", "dez",
]);

/**
 * Words (lower case) after which a number with a full stop is an ordinal
 * ("am 3. Oktober", "zum 2. Mal", "der 1. Bürgermeister", "im 4. Stock"),
 * not the end of a sentence.
 */
export const ORDINAL_CONTEXT: ReadonlySet<string> = new Set([
  "am", "vom", "zum", "im", "beim", "ab", "bis", "seit", "zur", "der", "die", "das", "den", "dem", "des",
  "jeden", "jeder", "jede", "jedes", "ihr", "ihre", "ihren", "ihrem", "sein", "seine", "seinen", "seinem",
  "unser", "unsere", "unseren", "unserem", "unseres", "mein", "meine", "dein", "deine", "ein", "eine", "einen", "einem",
  "diesen", "dieser", "diese", "dieses", "diesem", "für", "nach", "vor", "zwischen", "ins", "in", "an", "auf", "über", "unter",
]);

/**
 * Top-level domains (lower case) that make "musterstadt.de" a web address,
 * so that neither "musterstadt" nor "de" counts as a word. Links with a
 * scheme or "www." are recognised whatever their domain.
 */
export const TOP_LEVEL_DOMAINS: ReadonlySet<string> = new Set([
  "de", "com", "org", "net", "eu", "info", "at", "ch", "li", "lu", "nl", "be", "fr", "it", "pl", "cz", "dk", "uk",
  "io", "app", "dev", "social", "online", "digital", "berlin", "hamburg", "bayern", "nrw", "koeln", "cologne",
  "ruhr", "saarland", "gov", "edu", "tv", "me",
]);
