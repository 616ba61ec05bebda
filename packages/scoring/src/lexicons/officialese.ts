/*
 * Amtsdeutsch and the plainer word a town hall can use instead, for the
 * plain-language check of drafts (bürgernahe Sprache). Written for this
 * project from the authors' own knowledge of German; no published list was
 * copied. Not every entry is wrong in every text: a legal notice may need
 * "Verwaltungsakt". The check suggests; a person decides.
 */

/**
 * What kind of stiffness an entry is:
 * - `word`: one stiff or old-fashioned word with a plain equivalent
 *   ("zwecks", "fernmündlich", "Lichtzeichenanlage").
 * - `phrase`: a fixed expression of several words ("im Rahmen", "bis auf
 *   Weiteres", "seitens der Verwaltung").
 * - `nominal`: nominal style, where a verb says it plainer: a noun made from
 *   a verb ("Inanspruchnahme"), a person noun that hides a clause
 *   ("Antragsteller" → "wer den Antrag stellt") or a noun-plus-verb
 *   construction ("in Kenntnis setzen", "zur Anwendung kommen").
 * - `plainer`: a word of ordinary written German, not Amtsdeutsch, that has
 *   a plainer twin ("erhalten" → "bekommen", "erforderlich" → "nötig"). It
 *   is fine in most texts; the check names it quieter, as `plainer-word`,
 *   so that Amtsdeutsch proper stands out.
 */
export type OfficialeseKind = "word" | "phrase" | "nominal" | "plainer";

/**
 * One piece of Amtsdeutsch and what to write instead.
 *
 * Matching: `phrase` and each of `forms` are patterns in lexicon form
 * (lower case; compare after `foldForLexicon`, so "gemaess" finds
 * "gemäß"). Words are separated by single spaces and must follow one another
 * in the same sentence; a word ending in `*` matches any word beginning with
 * what comes before the star ("obig*" finds "obige", "obigen"). Without a
 * star a word matches only itself. The finding should quote the words of the
 * draft, not the pattern. Where the hits of two entries overlap, the longer
 * one counts ("seitens der Verwaltung" rather than "seitens").
 */
export interface OfficialesePhrase {
  /** The pattern and, without its stars, the citation form ("in kenntnis setzen"). */
  readonly phrase: string;
  /**
   * The plainer alternative, as shown to the editor (natural German case).
   * "…" stands for the rest of the sentence; "(weglassen)" means the words can
   * simply go.
   */
  readonly instead: string;
  /** What kind of stiffness this is. */
  readonly kind: OfficialeseKind;
  /**
   * Further patterns that count as this entry: inflected or reordered forms
   * of a verb phrase that the citation form does not find ("in kenntnis"
   * finds "wir setzen Sie in Kenntnis" and "in Kenntnis gesetzt").
   */
  readonly forms?: readonly string[];
}

/** Amtsdeutsch with plainer alternatives; see {@link OfficialesePhrase} for matching. */
export const OFFICIALESE: readonly OfficialesePhrase[] = deepFreeze([
  // ---- prepositions and conjunctions of the chancery
  { phrase: "zwecks", instead: "für / um … zu", kind: "word" },
  { phrase: "gemäß", instead: "nach", kind: "word" },
  { phrase: "seitens", instead: "von (oder: wer handelt, als Subjekt)", kind: "word" },
  { phrase: "vonseiten", instead: "von", kind: "word" },
  { phrase: "betreffs", instead: "zu / über", kind: "word" },
  { phrase: "bezüglich*", instead: "zu / über", kind: "word" },
  { phrase: "hinsichtlich", instead: "bei / zu", kind: "word" },
  { phrase: "mittels", instead: "mit", kind: "word" },
  { phrase: "vermittels", instead: "mit", kind: "word" },
  { phrase: "infolge", instead: "wegen / nach", kind: "word" },
  { phrase: "anlässlich", instead: "zu / bei", kind: "word" },
  { phrase: "ungeachtet", instead: "trotz", kind: "word" },
  { phrase: "unbeschadet", instead: "trotz / ohne dass sich … ändert", kind: "word" },
  { phrase: "nebst", instead: "mit / und", kind: "word" },
  { phrase: "zuzüglich", instead: "plus / dazu kommt", kind: "word" },
  { phrase: "abzüglich", instead: "minus / ohne", kind: "word" },
  { phrase: "mangels", instead: "weil … fehlt / ohne", kind: "word" },
  { phrase: "behufs", instead: "für", kind: "word" },
  { phrase: "sofern", instead: "wenn", kind: "word" },
  { phrase: "insoweit", instead: "so weit / dabei", kind: "word" },
  { phrase: "dahingehend", instead: "so / darauf", kind: "word" },
  { phrase: "wohingegen", instead: "aber / während", kind: "word" },
  { phrase: "dergestalt", instead: "so", kind: "word" },
  { phrase: "mitnichten", instead: "nicht / keineswegs", kind: "word" },
  { phrase: "desgleichen", instead: "ebenso", kind: "word" },
  { phrase: "ferner", instead: "außerdem", kind: "word" },
  { phrase: "diesbezüglich*", instead: "dazu / dabei", kind: "word" },
  { phrase: "bezugnehmend", instead: "zu Ihrer Nachricht / Sie schreiben", kind: "word" },
  { phrase: "vorbehaltlich", instead: "wenn … zustimmt / falls", kind: "word" },
  { phrase: "gegebenenfalls", instead: "falls nötig / wenn", kind: "word" },
  { phrase: "ggf", instead: "falls nötig / wenn", kind: "word" },
  { phrase: "beziehungsweise", instead: "oder / und", kind: "word" },
  { phrase: "bzw", instead: "oder / und", kind: "word" },
  { phrase: "insbesondere", instead: "vor allem", kind: "word" },

  // ---- adverbs of time and place
  { phrase: "unverzüglich", instead: "sofort", kind: "word" },
  { phrase: "umgehend", instead: "sofort", kind: "word" },
  { phrase: "alsbald", instead: "bald", kind: "word" },
  { phrase: "baldmöglichst", instead: "so bald wie möglich / bis (Datum)", kind: "word" },
  { phrase: "schnellstmöglich", instead: "so schnell wie möglich / bis (Datum)", kind: "word" },
  { phrase: "zeitnah", instead: "bald / bis (Datum)", kind: "word" },
  { phrase: "zwischenzeitlich", instead: "inzwischen", kind: "word" },
  { phrase: "gegenwärtig", instead: "jetzt / zurzeit", kind: "word" },
  { phrase: "erstmalig*", instead: "zum ersten Mal / erstmals", kind: "word" },
  { phrase: "letztmalig*", instead: "zum letzten Mal", kind: "word" },
  { phrase: "fristgerecht", instead: "rechtzeitig", kind: "word" },
  { phrase: "fristgemäß", instead: "rechtzeitig", kind: "word" },
  { phrase: "hiermit", instead: "(weglassen)", kind: "word" },
  { phrase: "hierorts", instead: "hier / bei uns", kind: "word" },
  { phrase: "hiesig*", instead: "hier / unser", kind: "word" },
  { phrase: "dortig*", instead: "dort / dieser", kind: "word" },
  { phrase: "diesseits", instead: "wir / bei uns", kind: "word" },
  { phrase: "ihrerseits", instead: "Sie", kind: "word" },
  { phrase: "unsererseits", instead: "wir", kind: "word" },
  { phrase: "obig*", instead: "oben genannt / dieser", kind: "word" },
  { phrase: "vorstehend*", instead: "oben", kind: "word" },
  { phrase: "nachstehend*", instead: "unten / im Folgenden", kind: "word" },
  { phrase: "untenstehend*", instead: "unten", kind: "word" },
  { phrase: "nachfolgend*", instead: "im Folgenden / unten", kind: "word" },
  { phrase: "vorgenannt*", instead: "oben genannt / dieser", kind: "word" },
  { phrase: "selbig*", instead: "dieser / er, sie, es", kind: "word" },
  { phrase: "beiliegend*", instead: "im Anhang / anbei", kind: "word" },
  { phrase: "befindlich*", instead: "in / im (… der im Rathaus befindliche Saal → der Saal im Rathaus)", kind: "word" },
  { phrase: "vonnöten", instead: "nötig", kind: "word" },
  { phrase: "erforderlich*", instead: "nötig", kind: "plainer" },

  // ---- stiff verbs and adjectives
  { phrase: "fernmündlich", instead: "telefonisch", kind: "word" },
  { phrase: "postalisch", instead: "per Post", kind: "word" },
  { phrase: "wohnhaft", instead: "wohnt in", kind: "word" },
  { phrase: "ortsansässig*", instead: "von hier / aus dem Ort", kind: "word" },
  { phrase: "fußläufig*", instead: "zu Fuß", kind: "word" },
  { phrase: "unentgeltlich", instead: "kostenlos", kind: "word" },
  { phrase: "entgeltlich", instead: "gegen Gebühr", kind: "word" },
  { phrase: "kostenpflichtig", instead: "kostet Geld / gegen Gebühr", kind: "word" },
  { phrase: "gebührenpflichtig", instead: "kostet eine Gebühr", kind: "word" },
  { phrase: "bußgeldbewehrt", instead: "wer das tut, muss ein Bußgeld zahlen", kind: "word" },
  { phrase: "witterungsbedingt", instead: "wegen des Wetters", kind: "word" },
  { phrase: "ordnungsgemäß", instead: "richtig / wie vorgeschrieben", kind: "word" },
  { phrase: "zuständigkeitshalber", instead: "weil … zuständig ist", kind: "word" },
  { phrase: "ordnungshalber", instead: "zur Sicherheit / der Vollständigkeit wegen", kind: "word" },
  { phrase: "vollständigkeitshalber", instead: "außerdem / (weglassen)", kind: "word" },
  { phrase: "abschlägig", instead: "abgelehnt", kind: "word" },
  { phrase: "hochachtungsvoll", instead: "Mit freundlichen Grüßen", kind: "word" },
  { phrase: "entricht*", instead: "bezahlen", kind: "word" },
  { phrase: "verausgab*", instead: "ausgeben", kind: "word" },
  { phrase: "vereinnahm*", instead: "einnehmen", kind: "word" },
  { phrase: "anberaum*", instead: "ansetzen / festlegen", kind: "word" },
  { phrase: "ersuch*", instead: "bitten", kind: "word" },
  { phrase: "gewährleist*", instead: "sicherstellen / sorgen für", kind: "word" },
  { phrase: "verbescheid*", instead: "entscheiden / einen Bescheid schicken", kind: "word" },
  { phrase: "beizubringen", instead: "mitbringen / schicken", kind: "word" },
  { phrase: "obliegt", instead: "ist zuständig für / muss", kind: "word", forms: ["obliegen", "oblag"] },
  { phrase: "anheimgestellt", instead: "überlassen / Sie entscheiden", kind: "word", forms: ["anheimstellen", "stellen anheim"] },
  { phrase: "stattgegeben", instead: "zugestimmt / genehmigt", kind: "word", forms: ["stattgeben", "stattzugeben"] },
  { phrase: "geahndet", instead: "bestraft", kind: "word", forms: ["ahnden"] },
  { phrase: "erfolgt", instead: "(aktives Verb: „Die Auszahlung erfolgt“ → „Wir zahlen aus“)", kind: "word", forms: ["erfolgen", "erfolgte", "erfolgten", "erfolgter", "erfolgende"] },
  { phrase: "erhalten", instead: "bekommen", kind: "plainer" },
  { phrase: "benötig*", instead: "brauchen", kind: "plainer" },
  { phrase: "tangier*", instead: "betreffen", kind: "word" },
  { phrase: "eruier*", instead: "herausfinden", kind: "word" },
  { phrase: "avisier*", instead: "ankündigen", kind: "word" },
  { phrase: "monier*", instead: "kritisieren / bemängeln", kind: "word" },
  { phrase: "evaluier*", instead: "prüfen / auswerten (Evaluierung → Auswertung)", kind: "word" },
  { phrase: "implementier*", instead: "einführen / umsetzen (Implementierung → Einführung)", kind: "word" },
  { phrase: "priorisier*", instead: "vorziehen / zuerst erledigen", kind: "word" },
  { phrase: "optimier*", instead: "verbessern (Optimierung → Verbesserung)", kind: "word" },
  { phrase: "ertüchtig*", instead: "sanieren / verbessern (Ertüchtigung → Sanierung)", kind: "word" },
  { phrase: "zurückgebaut", instead: "abgerissen / entfernt", kind: "word", forms: ["rückbauen", "zurückzubauen"] },
  { phrase: "verbleiben wir", instead: "(weglassen)", kind: "phrase", forms: ["verbleibe ich", "verbleiben mit"] },

  // ---- nouns of the chancery with an everyday word
  { phrase: "lichtzeichenanlage*", instead: "Ampel", kind: "word" },
  { phrase: "lichtsignalanlage*", instead: "Ampel", kind: "word" },
  { phrase: "postwertzeichen", instead: "Briefmarke", kind: "word" },
  { phrase: "wertstoffsammelstelle*", instead: "Wertstoffhof", kind: "word" },
  { phrase: "fernsprecher", instead: "Telefon", kind: "word" },
  { phrase: "rufnummer*", instead: "Telefonnummer", kind: "word" },
  { phrase: "lichtbild*", instead: "Foto (Lichtbildausweis → Ausweis mit Foto)", kind: "word" },
  { phrase: "personenkraftwagen", instead: "Auto", kind: "word" },
  { phrase: "kraftfahrzeug*", instead: "Auto / Fahrzeug", kind: "word" },
  { phrase: "fahrtrichtungsanzeiger", instead: "Blinker", kind: "word" },
  { phrase: "fahrzeugführer*", instead: "wer fährt / Fahrer", kind: "word" },
  { phrase: "verkehrsteilnehm*", instead: "alle, die unterwegs sind", kind: "word" },
  { phrase: "fußgängerfurt*", instead: "Fußgängerüberweg", kind: "word" },
  { phrase: "beförderungsentgelt*", instead: "Fahrpreis", kind: "word" },
  { phrase: "schülerbeförderung", instead: "Schulbus / Schulweg", kind: "word" },
  { phrase: "raumübergreifendes großgrün", instead: "Bäume", kind: "phrase" },
  { phrase: "großgrün", instead: "Bäume und Sträucher", kind: "word" },
  { phrase: "spontanvegetation", instead: "Wildkraut / Unkraut", kind: "word" },
  { phrase: "straßenbegleitgrün", instead: "Grünstreifen", kind: "word" },
  { phrase: "einfriedung*", instead: "Zaun / Mauer / Hecke", kind: "word" },
  { phrase: "nicht lebende einfriedung", instead: "Zaun", kind: "phrase" },
  { phrase: "abfallbehält*", instead: "Mülltonne / Mülleimer", kind: "word" },
  { phrase: "restabfallbehält*", instead: "Restmülltonne", kind: "word" },
  { phrase: "behältnis*", instead: "Behälter / Dose / Tüte", kind: "word" },
  { phrase: "altkleidersammelbehält*", instead: "Altkleidercontainer", kind: "word" },
  { phrase: "sanitäranlage*", instead: "Toilette / WC", kind: "word", forms: ["sanitäre anlagen"] },
  { phrase: "bedürfnisanstalt*", instead: "Toilette", kind: "word" },
  { phrase: "beleuchtungskörper", instead: "Lampe / Leuchte", kind: "word" },
  { phrase: "sitzgelegenheit*", instead: "Bank / Stuhl", kind: "word" },
  { phrase: "örtlichkeit*", instead: "Ort / Raum", kind: "word" },
  { phrase: "räumlichkeit*", instead: "Raum / Räume", kind: "word" },
  { phrase: "veranstaltungsstätte*", instead: "Veranstaltungsort / Halle", kind: "word" },
  { phrase: "beherbergungsbetrieb*", instead: "Hotel / Pension", kind: "word" },
  { phrase: "kindertagesstätte*", instead: "Kita", kind: "word" },
  { phrase: "kindertageseinrichtung*", instead: "Kita", kind: "word" },
  { phrase: "erziehungsberechtigt*", instead: "Eltern", kind: "word" },
  { phrase: "personensorgeberechtigt*", instead: "Eltern", kind: "word" },
  { phrase: "bedienstete*", instead: "Mitarbeitende", kind: "word" },
  { phrase: "liegenschaft*", instead: "Grundstück / Gebäude", kind: "word" },
  { phrase: "flurstück*", instead: "Grundstück", kind: "word" },
  { phrase: "anwesen", instead: "Haus / Grundstück", kind: "word" },
  { phrase: "gemarkung*", instead: "Gebiet / Ortsteil", kind: "word" },
  { phrase: "ortslage", instead: "Ort / im Ort", kind: "word" },
  { phrase: "wegstrecke", instead: "Weg / Strecke", kind: "word" },
  { phrase: "zuwegung*", instead: "Weg / Zugang", kind: "word" },
  { phrase: "wohneinheit*", instead: "Wohnung", kind: "word" },
  { phrase: "gebietskörperschaft*", instead: "Stadt / Gemeinde / Kreis", kind: "word" },
  { phrase: "dienststelle*", instead: "Amt / Büro", kind: "word" },
  { phrase: "publikumsverkehr", instead: "Öffnungszeiten / Besuch", kind: "word" },
  { phrase: "parteiverkehr", instead: "Sprechzeiten", kind: "word" },
  { phrase: "parkierungsanlage*", instead: "Parkhaus / Parkplatz", kind: "word" },
  { phrase: "personenstand", instead: "Familienstand", kind: "word" },
  { phrase: "ausfertigung*", instead: "Exemplar", kind: "word" },
  { phrase: "abschrift*", instead: "Kopie", kind: "word" },
  { phrase: "durchschrift*", instead: "Kopie", kind: "word" },
  { phrase: "angelegenheit*", instead: "Sache / Anliegen", kind: "word" },
  { phrase: "belange", instead: "Anliegen / Interessen", kind: "word" },
  { phrase: "ansinnen", instead: "Anliegen / Wunsch", kind: "word" },
  { phrase: "begehren", instead: "Wunsch / Antrag", kind: "word" },
  { phrase: "sachverhalt*", instead: "Fall / was passiert ist", kind: "word" },
  { phrase: "verwaltungsakt*", instead: "Bescheid / Entscheidung", kind: "word" },
  { phrase: "obliegenheit*", instead: "Pflicht / Aufgabe", kind: "word" },
  { phrase: "zuwiderhandlung*", instead: "Verstoß", kind: "word" },
  { phrase: "beanstandung*", instead: "Kritik / Mangel", kind: "word" },
  { phrase: "auskunftsersuchen", instead: "Anfrage", kind: "word" },
  { phrase: "rechtsbehelfsbelehrung", instead: "So können Sie widersprechen", kind: "word" },
  { phrase: "ersatzvornahme", instead: "die Stadt erledigt es auf Ihre Kosten", kind: "word" },
  { phrase: "verkehrsführung", instead: "Umleitung / so fahren Sie", kind: "word" },
  { phrase: "parkraumbewirtschaftung", instead: "Parkgebühren", kind: "word" },
  { phrase: "verköstigung", instead: "Essen", kind: "word" },
  { phrase: "mittagsverpflegung", instead: "Mittagessen", kind: "word" },
  { phrase: "bestuhlung", instead: "Stühle", kind: "word" },
  { phrase: "beschulung", instead: "Unterricht", kind: "word", forms: ["beschulen", "beschult"] },

  // ---- nominal style: nouns from verbs, person nouns that hide a clause
  { phrase: "inanspruchnahme", instead: "Nutzung", kind: "nominal" },
  { phrase: "antragsteller*", instead: "wer den Antrag stellt", kind: "nominal" },
  { phrase: "antragstellung", instead: "Antrag / wenn Sie den Antrag stellen", kind: "nominal" },
  { phrase: "zuwiderhandelnde*", instead: "wer dagegen verstößt", kind: "nominal" },
  { phrase: "leistungsbezieher*", instead: "wer … bekommt", kind: "nominal" },
  { phrase: "leistungsempfänger*", instead: "wer … bekommt", kind: "nominal" },
  { phrase: "zurverfügungstellung", instead: "dass wir … geben / Angebot", kind: "nominal" },
  { phrase: "bereitstellung", instead: "Angebot / dass wir … bereitstellen", kind: "nominal" },
  { phrase: "durchführung", instead: "(Verb: „die Durchführung des Festes“ → „das Fest findet statt“)", kind: "nominal" },
  { phrase: "inaugenscheinnahme", instead: "Besichtigung / ansehen", kind: "nominal" },
  { phrase: "kenntnisnahme", instead: "zur Information / zum Lesen", kind: "nominal" },
  { phrase: "vorsprache", instead: "Besuch / Termin", kind: "nominal", forms: ["persönlich vorsprechen", "persönlich vorzusprechen"] },
  { phrase: "wohnsitznahme", instead: "Umzug / Anmeldung", kind: "nominal" },
  { phrase: "verbringung", instead: "Transport / bringen", kind: "nominal" },
  { phrase: "instandsetzung*", instead: "Reparatur", kind: "nominal" },
  { phrase: "instandhaltung*", instead: "Pflege / Wartung", kind: "nominal" },
  { phrase: "rückbau*", instead: "Abriss", kind: "nominal" },
  { phrase: "erfordernis*", instead: "was nötig ist", kind: "nominal" },
  { phrase: "maßnahme*", instead: "(sagen, was passiert: Bauarbeiten, Kurs, Kontrolle …)", kind: "plainer" },
  { phrase: "baumaßnahme*", instead: "Bauarbeiten / Baustelle", kind: "nominal" },
  { phrase: "fällmaßnahme*", instead: "Bäume fällen / Baumfällung", kind: "nominal" },
  { phrase: "pflegemaßnahme*", instead: "Pflege / Rückschnitt", kind: "nominal" },
  { phrase: "vorhaltung", instead: "Angebot / bereithalten", kind: "nominal" },
  { phrase: "evaluation", instead: "Auswertung", kind: "nominal" },
  { phrase: "partizipation", instead: "Beteiligung / mitmachen", kind: "nominal" },

  // ---- nominal style: noun plus verb where one verb says it
  { phrase: "in kenntnis setzen", instead: "informieren", kind: "nominal", forms: ["in kenntnis"] },
  { phrase: "zur kenntnis nehmen", instead: "lesen / wissen", kind: "nominal", forms: ["zur kenntnis"] },
  { phrase: "kenntnis erlangen", instead: "erfahren", kind: "nominal", forms: ["kenntnis erlangt"] },
  { phrase: "anliegen vortragen", instead: "sagen, was Sie brauchen", kind: "nominal", forms: ["anliegen vorgetragen", "anliegen vorzutragen", "anliegen vortrag*"] },
  { phrase: "in augenschein nehmen", instead: "ansehen", kind: "nominal", forms: ["in augenschein"] },
  { phrase: "in anspruch nehmen", instead: "nutzen", kind: "nominal", forms: ["in anspruch"] },
  { phrase: "zur verfügung stellen", instead: "geben / anbieten", kind: "nominal", forms: ["zur verfügung gestellt", "zur verfügung zu stellen"] },
  { phrase: "zur verfügung stehen", instead: "es gibt / ist da", kind: "nominal", forms: ["zur verfügung steht", "zur verfügung stand", "zur verfügung standen"] },
  { phrase: "zur durchführung bringen", instead: "durchführen / machen", kind: "nominal", forms: ["zur durchführung"] },
  { phrase: "zur anwendung kommen", instead: "gelten / angewendet werden", kind: "nominal", forms: ["zur anwendung"] },
  { phrase: "anwendung finden", instead: "gelten", kind: "nominal", forms: ["findet anwendung", "finden anwendung"] },
  { phrase: "zum einsatz kommen", instead: "eingesetzt werden", kind: "nominal", forms: ["zum einsatz"] },
  { phrase: "zur auszahlung kommen", instead: "ausgezahlt werden", kind: "nominal", forms: ["zur auszahlung"] },
  { phrase: "zur anzeige bringen", instead: "anzeigen", kind: "nominal", forms: ["zur anzeige"] },
  { phrase: "zur vorlage", instead: "zum Vorzeigen", kind: "nominal" },
  { phrase: "in wegfall geraten", instead: "wegfallen", kind: "nominal", forms: ["in wegfall"] },
  { phrase: "in verlust geraten", instead: "verloren gehen", kind: "nominal", forms: ["in verlust"] },
  { phrase: "verlustig gehen", instead: "verlieren", kind: "nominal", forms: ["verlustig"] },
  { phrase: "abstand nehmen", instead: "verzichten", kind: "nominal", forms: ["abstand genommen", "abstand zu nehmen", "nehmen abstand"] },
  { phrase: "berücksichtigung finden", instead: "berücksichtigt werden", kind: "nominal", forms: ["findet berücksichtigung", "finden berücksichtigung"] },
  { phrase: "beachtung finden", instead: "beachtet werden", kind: "nominal", forms: ["findet beachtung"] },
  { phrase: "verwendung finden", instead: "verwendet werden", kind: "nominal", forms: ["findet verwendung"] },
  { phrase: "in erwägung ziehen", instead: "überlegen / prüfen", kind: "nominal", forms: ["in erwägung"] },
  { phrase: "in aussicht stellen", instead: "versprechen / ankündigen", kind: "nominal", forms: ["in aussicht gestellt"] },
  { phrase: "unter beweis stellen", instead: "zeigen / beweisen", kind: "nominal", forms: ["unter beweis"] },
  { phrase: "sorge tragen", instead: "sorgen für", kind: "nominal", forms: ["sorge zu tragen", "trägt sorge", "tragen sorge"] },
  { phrase: "rechnung tragen", instead: "berücksichtigen", kind: "nominal", forms: ["rechnung getragen", "rechnung zu tragen"] },
  { phrase: "folge leisten", instead: "befolgen", kind: "nominal", forms: ["folge zu leisten", "folge geleistet"] },
  { phrase: "mitteilung machen", instead: "mitteilen / sagen", kind: "nominal", forms: ["mitteilung gemacht"] },
  { phrase: "eine entscheidung treffen", instead: "entscheiden", kind: "nominal", forms: ["entscheidung getroffen", "entscheidung zu treffen"] },
  { phrase: "eine prüfung vornehmen", instead: "prüfen", kind: "nominal", forms: ["prüfung vorgenommen", "prüfung vorzunehmen", "prüfung vornehmen"] },
  { phrase: "änderungen vornehmen", instead: "ändern", kind: "nominal", forms: ["änderungen vorgenommen", "änderung vornehmen", "änderung vorgenommen"] },
  { phrase: "auskunft erteilen", instead: "Auskunft geben / informieren", kind: "nominal", forms: ["auskunft erteilt", "auskünfte erteilen"] },
  { phrase: "genehmigung erteilen", instead: "genehmigen", kind: "nominal", forms: ["genehmigung erteilt"] },
  { phrase: "erlaubnis erteilen", instead: "erlauben", kind: "nominal", forms: ["erlaubnis erteilt"] },
  { phrase: "zustimmung erteilen", instead: "zustimmen", kind: "nominal", forms: ["zustimmung erteilt"] },
  { phrase: "nachweis erbringen", instead: "nachweisen / zeigen", kind: "nominal", forms: ["nachweis erbracht", "nachweis zu erbringen"] },
  { phrase: "rücksprache halten", instead: "sprechen / nachfragen", kind: "nominal", forms: ["rücksprache gehalten", "nach rücksprache"] },
  { phrase: "gebühren erheben", instead: "Gebühren verlangen", kind: "nominal", forms: ["gebühr erhoben", "gebühren erhoben", "gebühr erheben"] },

  // ---- fixed phrases
  { phrase: "seitens der verwaltung", instead: "die Verwaltung (als Subjekt: „Die Verwaltung prüft …“)", kind: "phrase" },
  { phrase: "von seiten", instead: "von", kind: "phrase" },
  { phrase: "im rahmen", instead: "bei / während", kind: "phrase" },
  { phrase: "im zuge", instead: "bei / während", kind: "phrase" },
  { phrase: "im vorfeld", instead: "vorher", kind: "phrase" },
  { phrase: "im nachgang", instead: "danach / später", kind: "phrase" },
  { phrase: "im hinblick auf", instead: "bei / für", kind: "phrase" },
  { phrase: "in bezug auf", instead: "zu / über", kind: "phrase" },
  { phrase: "bezug nehmend", instead: "zu Ihrer Nachricht", kind: "phrase" },
  { phrase: "unter bezugnahme auf", instead: "zu", kind: "phrase" },
  { phrase: "in anbetracht", instead: "wegen / weil", kind: "phrase" },
  { phrase: "unter berücksichtigung", instead: "mit / wenn wir … berücksichtigen", kind: "phrase" },
  { phrase: "unter zuhilfenahme", instead: "mit", kind: "phrase" },
  { phrase: "unter einhaltung", instead: "wenn … eingehalten wird", kind: "phrase" },
  { phrase: "nach maßgabe", instead: "nach", kind: "phrase" },
  { phrase: "unter der maßgabe", instead: "wenn", kind: "phrase", forms: ["mit der maßgabe"] },
  { phrase: "mit ausnahme von", instead: "außer", kind: "phrase", forms: ["mit ausnahme der", "mit ausnahme des"] },
  { phrase: "zum zwecke", instead: "für / um … zu", kind: "phrase", forms: ["zu zwecken"] },
  { phrase: "auf dem postweg", instead: "per Post", kind: "phrase" },
  { phrase: "auf dem wege", instead: "mit / per", kind: "phrase" },
  { phrase: "im wege der", instead: "durch", kind: "phrase", forms: ["im wege des"] },
  { phrase: "in ermangelung", instead: "weil … fehlt / ohne", kind: "phrase" },
  { phrase: "bis auf weiteres", instead: "vorerst / bis (Datum)", kind: "phrase" },
  { phrase: "zu gegebener zeit", instead: "später / bis (Datum)", kind: "phrase" },
  { phrase: "bis dato", instead: "bisher", kind: "phrase" },
  { phrase: "des weiteren", instead: "außerdem", kind: "phrase", forms: ["desweiteren"] },
  { phrase: "zu händen", instead: "an / für", kind: "phrase" },
  { phrase: "zum jetzigen zeitpunkt", instead: "jetzt", kind: "phrase", forms: ["zum gegenwärtigen zeitpunkt", "zum derzeitigen zeitpunkt"] },
  { phrase: "nach erfolgter", instead: "nach / wenn … ist", kind: "phrase" },
  { phrase: "unter vorbehalt", instead: "noch nicht sicher / wenn …", kind: "phrase" },
  { phrase: "im benehmen mit", instead: "nach Absprache mit", kind: "phrase" },
  { phrase: "im einvernehmen mit", instead: "mit Zustimmung von", kind: "phrase" },
  { phrase: "ruhender verkehr", instead: "parkende Autos", kind: "phrase", forms: ["ruhenden verkehr*"] },
  { phrase: "fließender verkehr", instead: "fahrende Autos / Verkehr", kind: "phrase", forms: ["fließenden verkehr*"] },
  { phrase: "nicht unerheblich", instead: "erheblich / deutlich", kind: "phrase", forms: ["nicht unerhebliche*"] },
  { phrase: "nicht unwesentlich", instead: "wesentlich / deutlich", kind: "phrase", forms: ["nicht unwesentliche*"] },
  { phrase: "nicht ungewöhnlich", instead: "häufig", kind: "phrase" },
  { phrase: "ihr schreiben", instead: "Ihr Brief / Ihre Nachricht", kind: "phrase", forms: ["ihres schreibens", "ihrem schreiben", "unser schreiben", "unseres schreibens"] },
  { phrase: "eingang ihres schreibens", instead: "Ihr Brief ist angekommen", kind: "phrase" },
  { phrase: "wir weisen darauf hin", instead: "Bitte beachten Sie: / Wichtig:", kind: "phrase", forms: ["weisen wir darauf hin", "wird darauf hingewiesen", "darauf hingewiesen"] },
  { phrase: "wir bitten um verständnis", instead: "Danke für Ihre Geduld / Es tut uns leid", kind: "phrase", forms: ["bitten wir um verständnis"] },
  { phrase: "wir bitten um beachtung", instead: "Bitte beachten Sie", kind: "phrase" },
  { phrase: "es wird gebeten", instead: "Bitte …", kind: "phrase", forms: ["es wird darum gebeten", "wird gebeten", "werden gebeten"] },
  { phrase: "sehr geehrte damen und herren", instead: "Guten Tag", kind: "phrase" },
]);

/** Freezes the list and every entry in it (and their `forms`). */
function deepFreeze<T extends object>(entries: T[]): readonly T[] {
  for (const entry of entries) {
    for (const value of Object.values(entry)) if (Array.isArray(value)) Object.freeze(value);
    Object.freeze(entry);
  }
  return Object.freeze(entries);
}
