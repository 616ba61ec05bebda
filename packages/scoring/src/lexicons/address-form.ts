/*
 * The forms of address of German: the polite "Sie" and the familiar "du"
 * (and its plural "ihr"). A town hall chooses one for its channels, many
 * choose "du" on Instagram and "Sie" on Facebook, and a draft should keep to
 * it. These lists let a checker find the forms a draft uses and report a
 * mix. Written for this project from the grammar of German.
 */

/**
 * The forms of polite address, capitalised as German writes them. Matching
 * is case-sensitive: lower-case "sie" and "ihr" are the third person ("sie
 * kommen", "ihr Antrag" = her application) and never polite address.
 *
 * At the start of a sentence capitals say nothing: "Sie" may be "they" or
 * "she" ("Sie ist ab Montag geöffnet"), and "Ihr" may be "your" (polite),
 * "her", "their" or the familiar plural "ihr" ("Ihr seid herzlich
 * eingeladen"). A checker should therefore count a form only inside a
 * sentence, and decide a sentence start from the rest of the draft: when
 * the draft addresses people as "Sie" elsewhere or a hint of
 * {@link SIE_HINTS} matches, a sentence-initial "Sie"/"Ihr" is polite; when
 * "Ihr" is followed by a verb form of {@link IHR_VERB_FORMS} it is the
 * familiar plural; otherwise it is left undecided, not reported.
 */
export const SIE_FORMS: readonly string[] = Object.freeze(["Sie", "Ihnen", "Ihr", "Ihre", "Ihrem", "Ihren", "Ihrer", "Ihres"]);

/**
 * The forms of familiar address, singular (du) and plural (ihr), in lower
 * case. Matching ignores case: letters may capitalise "Du" and "Euch".
 *
 * "ihr" is ambiguous in lower case too: it is the familiar plural ("habt
 * ihr Fragen?"), but also "her" and "their" ("die Stadt und ihr Bürgermeister")
 * and the dative "to her". A checker should count "ihr" as familiar address
 * only next to a verb form of {@link IHR_VERB_FORMS} ("ihr seid", "könnt
 * ihr") or in a hint of {@link DU_HINTS}; the other forms (du, dich, dir,
 * dein…, euch, euer…) are unambiguous.
 */
export const DU_FORMS: readonly string[] = Object.freeze([
  "du",
  "dich",
  "dir",
  "dein",
  "deine",
  "deinem",
  "deinen",
  "deiner",
  "deines",
  "ihr",
  "euch",
  "euer",
  "eure",
  "euren",
  "eurem",
  "eurer",
  "eures",
]);

/**
 * Verb forms that exist only in the second person plural, so that a
 * neighbouring "ihr" is the familiar plural: "ihr seid", "habt ihr", "könnt
 * ihr". Most other verbs have one form for "ihr" and for "er/sie/es" ("ihr
 * kommt", "sie kommt"): such a form makes "ihr" the familiar plural only
 * right after it at the start of a clause ("Ihr kommt doch auch?"), not
 * before it ("Kommt ihr Mann?" may be "is her husband coming").
 */
export const IHR_VERB_FORMS: readonly string[] = Object.freeze([
  "seid",
  "wart",
  "habt",
  "hattet",
  "werdet",
  "wurdet",
  "könnt",
  "konntet",
  "wollt",
  "wolltet",
  "müsst",
  "musstet",
  "dürft",
  "durftet",
  "sollt",
  "solltet",
  "mögt",
  "möchtet",
  "wisst",
  "wusstet",
]);

/**
 * A phrase that shows the form of address on its own. `atSentenceStart`
 * marks an imperative of the second person plural whose verb is also the
 * third person singular: "Schaut vorbei!" addresses people, "Der
 * Bürgermeister schaut vorbei" does not. Such a phrase counts only at the
 * start of a sentence (or after a colon or a dash).
 */
export interface AddressHint {
  /** The phrase; see the list's documentation for case. */
  readonly phrase: string;
  /** Counts only at the start of a sentence. */
  readonly atSentenceStart?: true;
}

/**
 * Phrases that show polite address on their own, mostly imperatives and
 * questions with "Sie" after the verb ("melden Sie sich", "haben Sie
 * Fragen"). "Sie" and "Ihnen" are capitalised and compared
 * case-sensitively; the other words ignore case (a sentence may begin with
 * "Melden Sie sich").
 */
export const SIE_HINTS: readonly AddressHint[] = hints([
  "melden Sie sich",
  "wenden Sie sich",
  "informieren Sie sich",
  "schauen Sie vorbei",
  "kommen Sie vorbei",
  "besuchen Sie",
  "machen Sie mit",
  "schreiben Sie uns",
  "rufen Sie an",
  "rufen Sie uns an",
  "beachten Sie",
  "nutzen Sie",
  "bringen Sie",
  "denken Sie daran",
  "vergessen Sie nicht",
  "lassen Sie uns",
  "klicken Sie",
  "stimmen Sie ab",
  "haben Sie",
  "können Sie",
  "möchten Sie",
  "sind Sie",
  "wissen Sie",
  "kennen Sie",
  "bitten Sie",
  "danken Ihnen",
]);

/**
 * Phrases that show familiar address on their own: imperatives and
 * questions with "du" or "ihr" after the verb ("meldet euch", "schaut
 * vorbei", "habt ihr Fragen"). Compared ignoring case; see
 * {@link AddressHint} for `atSentenceStart`.
 */
export const DU_HINTS: readonly AddressHint[] = hints([
  "meldet euch",
  "melde dich",
  "schau vorbei",
  "komm vorbei",
  "mach mit",
  "sei dabei",
  "seid dabei",
  "schreib uns",
  "ruf an",
  "ruf uns an",
  "sag uns",
  "denk dran",
  "vergiss nicht",
  "vergesst nicht",
  "lasst uns",
  "habt ihr",
  "könnt ihr",
  "wisst ihr",
  "seid ihr",
  "ihr seid",
  "ihr habt",
  "ihr könnt",
  "hast du",
  "kannst du",
  "weißt du",
  "kennst du",
  "bist du",
  ["schaut vorbei", "start"],
  ["kommt vorbei", "start"],
  ["macht mit", "start"],
  ["schreibt uns", "start"],
  ["ruft an", "start"],
  ["sagt uns", "start"],
  ["folgt uns", "start"],
  ["denkt dran", "start"],
  ["stimmt ab", "start"],
  ["klickt", "start"],
]);

function hints(rows: readonly (string | readonly [string, "start"])[]): readonly AddressHint[] {
  return Object.freeze(
    rows.map((row) => Object.freeze(typeof row === "string" ? { phrase: row } : { phrase: row[0], atSentenceStart: true as const })),
  );
}
