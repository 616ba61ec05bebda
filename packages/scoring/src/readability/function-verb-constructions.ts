/*
 * Funktionsverbgefüge: a noun carries the meaning, a pale verb the grammar
 * ("zur Anwendung kommen" instead of "anwenden"). Guides to plain official
 * German ask for the plain verb. The list is data so that it can grow; each
 * entry names the words of the noun phrase, the function verb (a key of
 * FUNCTION_VERB_FORMS) and the plain verb a user interface may suggest.
 */

/** One Funktionsverbgefüge and its plain verb. */
export interface FunctionVerbConstruction {
  /** Stable id, e.g. `"zur-anwendung-kommen"`. */
  readonly id: string;
  /**
   * The noun phrase, word by word in lower case, as it stands in the
   * sentence ("zur", "anwendung"). Alternatives of the noun (plural) are
   * separated by "|": "entscheidung|entscheidungen".
   */
  readonly phrase: readonly string[];
  /** The function verb (a key of {@link FUNCTION_VERB_FORMS}): it must occur in the same sentence. */
  readonly verb: FunctionVerb;
  /** The plain verb to use instead, in the infinitive: "anwenden". */
  readonly plain: string;
}

/**
 * The forms of each function verb that may stand in the sentence (present,
 * past, participle, subjunctive; the separable ones also split off: "nimmt
 * … vor" is matched by a form of "nehmen" and the particle "vor").
 */
export const FUNCTION_VERB_FORMS = {
  kommen: ["komme", "kommst", "kommt", "kommen", "kam", "kamst", "kamen", "kamt", "käme", "kämen", "gekommen"],
  bringen: ["bringe", "bringst", "bringt", "bringen", "brachte", "brachtest", "brachten", "gebracht", "brächte", "brächten"],
  stellen: ["stelle", "stellst", "stellt", "stellen", "stellte", "stellten", "gestellt"],
  stehen: ["stehe", "stehst", "steht", "stehen", "stand", "standen", "gestanden", "stünde", "stünden", "stände"],
  setzen: ["setze", "setzt", "setzen", "setzte", "setzten", "gesetzt"],
  nehmen: ["nehme", "nimmst", "nimmt", "nehmen", "nehmt", "nahm", "nahmen", "genommen", "nähme", "nähmen"],
  vornehmen: ["vornehmen", "vorgenommen", "vorzunehmen", "vornimmt", "vornahm", "vornahmen"],
  finden: ["finde", "findest", "findet", "finden", "fand", "fanden", "gefunden", "fände", "fänden"],
  treffen: ["treffe", "triffst", "trifft", "treffen", "trefft", "traf", "trafen", "getroffen", "träfe"],
  gelangen: ["gelange", "gelangt", "gelangen", "gelangte", "gelangten"],
  treten: ["trete", "trittst", "tritt", "treten", "tretet", "trat", "traten", "getreten"],
  erteilen: ["erteile", "erteilst", "erteilt", "erteilen", "erteilte", "erteilten"],
  erstatten: ["erstatte", "erstattet", "erstatten", "erstattete", "erstatteten"],
  leisten: ["leiste", "leistest", "leistet", "leisten", "leistete", "leisteten", "geleistet"],
  fassen: ["fasse", "fasst", "fassen", "fasste", "fassten", "gefasst"],
  tätigen: ["tätige", "tätigt", "tätigen", "tätigte", "tätigten", "getätigt"],
  machen: ["mache", "machst", "macht", "machen", "machte", "machten", "gemacht"],
  geben: ["gebe", "gibst", "gibt", "geben", "gebt", "gab", "gaben", "gegeben", "gäbe"],
} as const satisfies Record<string, readonly string[]>;

/** A function verb of {@link FUNCTION_VERB_FORMS}. */
export type FunctionVerb = keyof typeof FUNCTION_VERB_FORMS;

/** Separable function verbs whose particle may stand apart from the verb ("nimmt … vor"). */
export const FUNCTION_VERB_PARTICLES: Readonly<Partial<Record<FunctionVerb, { readonly base: FunctionVerb; readonly particle: string }>>> = {
  vornehmen: { base: "nehmen", particle: "vor" },
};

const entry = (id: string, phrase: string, verb: FunctionVerb, plain: string): FunctionVerbConstruction => ({
  id,
  phrase: phrase.split(" "),
  verb,
  plain,
});

/** The Funktionsverbgefüge recognised by `sentenceHints`, with their plain verbs. */
export const FUNCTION_VERB_CONSTRUCTIONS: readonly FunctionVerbConstruction[] = [
  entry("zur-anwendung-kommen", "zur anwendung", "kommen", "anwenden"),
  entry("zur-anwendung-bringen", "zur anwendung", "bringen", "anwenden"),
  entry("anwendung-finden", "anwendung", "finden", "anwenden"),
  entry("zur-durchfuehrung-kommen", "zur durchführung", "kommen", "durchführen"),
  entry("zur-durchfuehrung-bringen", "zur durchführung", "bringen", "durchführen"),
  entry("zur-durchfuehrung-gelangen", "zur durchführung", "gelangen", "durchführen"),
  entry("zur-auszahlung-kommen", "zur auszahlung", "kommen", "auszahlen"),
  entry("zur-auszahlung-bringen", "zur auszahlung", "bringen", "auszahlen"),
  entry("zur-auszahlung-gelangen", "zur auszahlung", "gelangen", "auszahlen"),
  entry("zum-einsatz-kommen", "zum einsatz", "kommen", "einsetzen"),
  entry("zum-einsatz-bringen", "zum einsatz", "bringen", "einsetzen"),
  entry("zur-verfuegung-stellen", "zur verfügung", "stellen", "bereitstellen"),
  entry("zur-verfuegung-stehen", "zur verfügung", "stehen", "bereitstehen"),
  entry("in-kenntnis-setzen", "in kenntnis", "setzen", "informieren"),
  entry("zur-kenntnis-nehmen", "zur kenntnis", "nehmen", "beachten"),
  entry("zur-kenntnis-bringen", "zur kenntnis", "bringen", "mitteilen"),
  entry("zur-kenntnis-geben", "zur kenntnis", "geben", "mitteilen"),
  entry("beruecksichtigung-finden", "berücksichtigung", "finden", "berücksichtigen"),
  entry("beachtung-finden", "beachtung", "finden", "beachten"),
  entry("verwendung-finden", "verwendung", "finden", "verwenden"),
  entry("erwaehnung-finden", "erwähnung", "finden", "erwähnen"),
  entry("zustimmung-finden", "zustimmung", "finden", "zustimmen"),
  entry("unterstuetzung-finden", "unterstützung", "finden", "unterstützen"),
  entry("eine-entscheidung-treffen", "entscheidung|entscheidungen", "treffen", "entscheiden"),
  entry("eine-vereinbarung-treffen", "vereinbarung|vereinbarungen", "treffen", "vereinbaren"),
  entry("eine-auswahl-treffen", "auswahl", "treffen", "auswählen"),
  entry("eine-feststellung-treffen", "feststellung|feststellungen", "treffen", "feststellen"),
  entry("eine-absprache-treffen", "absprache|absprachen", "treffen", "absprechen"),
  entry("in-anspruch-nehmen", "in anspruch", "nehmen", "nutzen"),
  entry("einfluss-nehmen", "einfluss", "nehmen", "beeinflussen"),
  entry("stellung-nehmen", "stellung", "nehmen", "sich äußern"),
  entry("ruecksicht-nehmen", "rücksicht", "nehmen", "berücksichtigen"),
  entry("in-betrieb-nehmen", "in betrieb", "nehmen", "eröffnen"),
  entry("zum-abschluss-bringen", "zum abschluss", "bringen", "abschließen"),
  entry("zum-ausdruck-bringen", "zum ausdruck", "bringen", "ausdrücken"),
  entry("zur-sprache-bringen", "zur sprache", "bringen", "ansprechen"),
  entry("in-erfahrung-bringen", "in erfahrung", "bringen", "erfahren"),
  entry("zur-vorlage-bringen", "zur vorlage", "bringen", "vorlegen"),
  entry("in-frage-stellen", "in frage", "stellen", "bezweifeln"),
  entry("infrage-stellen", "infrage", "stellen", "bezweifeln"),
  entry("unter-beweis-stellen", "unter beweis", "stellen", "beweisen"),
  entry("zur-diskussion-stellen", "zur diskussion", "stellen", "diskutieren"),
  entry("zur-abstimmung-stellen", "zur abstimmung", "stellen", "abstimmen"),
  entry("einen-antrag-stellen", "antrag|anträge", "stellen", "beantragen"),
  entry("eine-anfrage-stellen", "anfrage|anfragen", "stellen", "anfragen"),
  entry("eine-forderung-stellen", "forderung|forderungen", "stellen", "fordern"),
  entry("anzeige-erstatten", "anzeige", "erstatten", "anzeigen"),
  entry("bericht-erstatten", "bericht", "erstatten", "berichten"),
  entry("eine-pruefung-vornehmen", "prüfung|prüfungen", "vornehmen", "prüfen"),
  entry("eine-ueberpruefung-vornehmen", "überprüfung|überprüfungen", "vornehmen", "überprüfen"),
  entry("eine-aenderung-vornehmen", "änderung|änderungen", "vornehmen", "ändern"),
  entry("eine-zahlung-leisten", "zahlung|zahlungen", "leisten", "zahlen"),
  entry("hilfe-leisten", "hilfe", "leisten", "helfen"),
  entry("unterstuetzung-leisten", "unterstützung", "leisten", "unterstützen"),
  entry("folge-leisten", "folge", "leisten", "befolgen"),
  entry("verzicht-leisten", "verzicht", "leisten", "verzichten"),
  entry("in-kraft-treten", "in kraft", "treten", "gelten"),
  entry("ausser-kraft-setzen", "außer kraft", "setzen", "aufheben"),
  entry("in-gang-setzen", "in gang", "setzen", "starten"),
  entry("in-verbindung-setzen", "in verbindung", "setzen", "kontaktieren"),
  entry("eine-genehmigung-erteilen", "genehmigung|genehmigungen", "erteilen", "genehmigen"),
  entry("eine-erlaubnis-erteilen", "erlaubnis", "erteilen", "erlauben"),
  entry("auskunft-erteilen", "auskunft|auskünfte", "erteilen", "informieren"),
  entry("eine-zusage-erteilen", "zusage", "erteilen", "zusagen"),
  entry("eine-absage-erteilen", "absage", "erteilen", "absagen"),
  entry("einen-beschluss-fassen", "beschluss|beschlüsse", "fassen", "beschließen"),
  entry("den-entschluss-fassen", "entschluss", "fassen", "sich entschließen"),
  entry("eine-mitteilung-machen", "mitteilung|mitteilungen", "machen", "mitteilen"),
  entry("eine-ueberweisung-taetigen", "überweisung|überweisungen", "tätigen", "überweisen"),
  entry("einen-kauf-taetigen", "kauf|käufe|einkäufe", "tätigen", "kaufen"),
  entry("eine-bestellung-taetigen", "bestellung|bestellungen", "tätigen", "bestellen"),
];
