/*
 * The one form in which the word lists of this folder and a text are
 * compared. The lists are written with umlauts and ß, as German is spelt;
 * people also write "Buergermeister", "Strasse" or "SCHEISSE". Folding both
 * sides the same way makes all of these one spelling, so no list needs an
 * "ae" twin of each entry (and the tests refuse one).
 */

const FOLDED: Readonly<Record<string, string>> = Object.freeze({ ä: "ae", ö: "oe", ü: "ue", ß: "ss" });

/**
 * A text or a lexicon entry in lexicon form: Unicode NFC (so that an "ü"
 * typed as "u" plus a combining diaeresis is one letter), lower case, and
 * ä ö ü ß written ae oe ue ss. Everything else is kept: other accents,
 * digits, punctuation, spaces, emoji. The patterns of `TARGETED_PATTERNS`
 * and `THREAT_PATTERNS` are written for text in this form.
 *
 * @example
 * ```ts
 * foldForLexicon("Bürgermeister"); // "buergermeister"
 * foldForLexicon("STRASSE") === foldForLexicon("Straße"); // true
 * ```
 */
export function foldForLexicon(text: string): string {
  // Lower case is the same for German in every locale; "ẞ" becomes "ß" here and "ss" below.
  // NFC after lower case too: lowering may leave a letter and a mark that compose.
  return text
    .normalize("NFC")
    .toLowerCase()
    .normalize("NFC")
    .replace(/[äöüß]/g, (letter) => FOLDED[letter] ?? letter);
}
