/*
 * Patterns that tell an insult aimed at someone from a rude word in the
 * air, and patterns of threats against people. Regular expressions, because
 * German word order and separable verbs ("ich bring dich um") do not fit a
 * fixed phrase list. Each pattern carries examples that must match and
 * counter-examples that must not; the tests hold every pattern to both, so
 * a change that widens a pattern shows what it starts to catch.
 *
 * The sources are written for text in lexicon form (foldForLexicon: lower
 * case, ä ö ü ß as ae oe ue ss), so they spell "fuer", "weiss",
 * "buergermeister". They are compiled with the "u" flag.
 */

/**
 * What stands in the text for an insult hit when `TARGETED_PATTERNS` are
 * tried: fold the text with `foldForLexicon`, then replace every token (or
 * run of tokens, for a term with spaces) that an `INSULTS` entry hits,
 * allowlist applied, by this marker, and leave everything else as it is.
 * `targetedOnly` entries are replaced too: a pattern decides whether they
 * count.
 *
 * @example
 * ```ts
 * // "Ihr seid doch alle Vollidioten!" becomes
 * "ihr seid doch alle ⟨insult⟩!"
 * ```
 */
export const INSULT_SLOT = "⟨insult⟩";

/** A pattern that aims an insult at someone; see {@link TARGETED_PATTERNS}. */
export interface TargetedPattern {
  /** Stable name, for findings and tests. */
  readonly id: string;
  /** What the pattern finds, for developers. */
  readonly description: string;
  /** Regular-expression source, for the slotted text (see {@link INSULT_SLOT}); compile with the "u" flag. */
  readonly source: string;
  /**
   * True where the pattern itself makes clear that the insult word is said
   * of people: addressed to them ("ihr Ratten!") or said of an office
   * holder ("Der Bürgermeister ist ein Schwein"). Only these patterns make
   * an entry with `targetedOnly` count; all patterns make any other insult
   * a targeted one.
   */
  readonly namesPerson: boolean;
  /** Texts (as people write them) that the pattern finds. */
  readonly examples: readonly string[];
  /** Texts the pattern must not find, often the near misses. */
  readonly counterExamples: readonly string[];
}

/** What a threat threatens; every kind breaks the rule `no-threats`. */
export type ThreatKind = "death-threat" | "violence" | "stalking" | "incitement" | "intimidation";

/** A pattern of a threat against people; see {@link THREAT_PATTERNS}. */
export interface ThreatPattern {
  /** Stable name, for findings and tests. */
  readonly id: string;
  /** What is threatened. */
  readonly kind: ThreatKind;
  /** What the pattern finds and where it stops, for developers. */
  readonly description: string;
  /** Regular-expression source for text in lexicon form; compile with the "u" flag. */
  readonly source: string;
  /** Texts (as people write them) that the pattern finds. */
  readonly examples: readonly string[];
  /** Texts the pattern must not find, often the near misses. */
  readonly counterExamples: readonly string[];
}

// ---- building blocks (in lexicon form)

const SLOT = INSULT_SLOT;
/** At a word start: no letter or digit just before. */
const START = "(?<![\\p{L}\\p{N}])";
/** At a word end: no letter or digit just after. */
const END = "(?![\\p{L}\\p{N}])";
/** The end of a clause: punctuation but "?", an emoji, or the end of the text. */
const CLAUSE_END = "(?=\\s*(?:[.!,;:…]|\\p{Extended_Pictographic}|$))";
/** Words that may stand between "ich" and the particle of a fronted threat: "euch knall ich alle ab", "den mach ich dann kalt". */
const FRONTED_FILLERS = "(?:\\s+(?:alle|noch|schon|gleich|einfach|eigenhaendig|persoenlich|dann))*";
/** Small words between a copula and its noun: "ihr seid doch alle nur ⟨insult⟩". */
const FILLER =
  "(?:doch|ja|alle|allesamt|alles|echt|wirklich|nur|so|solche|solch|total|voll|absolut|komplett|einfach|richtig|echte|richtige|" +
  "der|die|das|ein|eine|einer|einen|ne|nen|halt|eben|wohl|auch|schon|mal|lauter|bloss|ganz|ganze|ganzer|groesste|groessten|zu|viel)";
/** An inflected adjective before the noun ("dumme", "elender"), or another insult ("verdammten"). */
const ADJECTIVE = `(?:\\p{L}+(?:e|en|er|es|em)|${INSULT_SLOT})`;
/** What may stand between a copula and the insult. */
const COPULA_GAP = `(?:\\s+${FILLER})*(?:,?\\s+${ADJECTIVE}){0,2}`;
/** People named by what they do, as a group: staff of the town, people in the street. */
const PEOPLE_BY_ROLE =
  "(?:leute|typen|menschen|nachbarn|anwohner(?:innen)?|(?:bus|rad|auto|taxi|lkw)?fahrer(?:innen)?|politessen|kontrolleure|ordner(?:innen)?|" +
  "erzieher(?:innen)?|lehrer(?:innen)?|hausmeister(?:innen)?|bademeister(?:innen)?|handwerker(?:innen)?|bauarbeiter|muellmaenner|muellfritzen|" +
  "polizisten|eltern|jugendlichen|mitarbeitenden|angestellten|verkaeufer(?:innen)?|schaffner(?:innen)?|gaffer|raser|falschparker)";
/** People who hold an office or are the town's politics. */
const OFFICE_HOLDER =
  "(?:(?:ober)?buergermeister(?:in|innen|s)?|landr(?:at|aetin|aete|aten|ats)|stadtr(?:at|ats|aete|aeten|aetin|aetinnen)|" +
  "gemeinder(?:at|ats|aete|aeten|aetin|aetinnen)|ortsr(?:at|ats|aete|aeten)|ratsmitglieder|stadtverordneten?|kreistagsabgeordneten?|abgeordneten?|politiker(?:in|innen|n|s)?|" +
  "beamte[nr]?|beamtin(?:nen)?|sachbearbeiter(?:in|innen|n)?|amtsleiter(?:in|innen|n)?|dezernent(?:in|innen|en)?|" +
  "mitarbeiter(?:in|innen|n)?|verantwortlichen?|fraktion|partei|regierung|cdu|csu|spd|fdp|afd|gruenen?|linken?)";

export const TARGETED_PATTERNS: readonly TargetedPattern[] = deepFreeze([
  {
    id: "copula",
    description:
      "A person or group addressed or named as subject and the insult as what they are: du bist / ihr seid / Sie sind / die sind (fillers, up to two adjectives) ⟨insult⟩. " +
      "Limit: \"sie sind\" may also speak of animals (\"sie sind Ratten, keine Mäuse\").",
    source: `${START}(?:du\\s+bist|bist\\s+du|ihr\\s+seid|seid\\s+ihr|sie\\s+sind|sind\\s+sie|du\\s+warst|warst\\s+du|ihr\\s+wart|wart\\s+ihr|sie\\s+waren|waren\\s+sie|die\\s+sind|du\\s+bleibst|ihr\\s+bleibt)${COPULA_GAP}\\s+${SLOT}`,
    namesPerson: true,
    examples: [
      "Ihr seid doch alle Vollidioten!",
      "Du bist so ein Trottel.",
      "Sie sind ein Lügner und ein Heuchler.",
      "Die sind alle Ratten.",
      "Seid ihr wirklich so dumme Schweine?",
      "Seid ihr echt zu blöd, einen Termin zu vergeben?",
    ],
    counterExamples: [
      "Sie sind im Park auf Ratten gestoßen.",
      "Ihr seid herzlich eingeladen!",
      "Das sind Ratten, keine Mäuse.",
    ],
  },
  {
    id: "vocative",
    description:
      "The insult as a form of address: du / ihr / Sie (up to two adjectives) ⟨insult⟩ at the end of a clause (not before \"?\"), as in \"Halt die Klappe, du Idiot!\". " +
      "Limit: a possessive \"Ihr\" before an animal word at a clause end (\"Ist das Ihr Hund.\") looks the same.",
    source: `${START}(?:du|ihr|sie)(?:,?\\s+${ADJECTIVE}){0,2}\\s+${SLOT}${CLAUSE_END}`,
    namesPerson: true,
    examples: ["Halt die Klappe, du Idiot!", "Ihr Schweine!", "Verschwindet, ihr verdammten Ratten.", "Sie Trottel 🤬"],
    counterExamples: ["Habt ihr Ratten gesehen?", "Hast du Ratten?", "Ihr Hund hat wieder gebellt."],
  },
  {
    id: "demonstrative",
    description:
      "The insult pointed at someone: dieser / so ein / solche / was für ein / euer / dein (up to two adjectives) ⟨insult⟩. " +
      "Does not say whether people are meant (\"diese Ratten am Spielplatz\"), so it does not make targetedOnly entries count.",
    source: `${START}(?:dieser|diese|dieses|diesen|diesem|so\\s+ein|so\\s+eine|so\\s+einen|so\\s+nen|so\\s+ne|solche|solchen|solchem|was\\s+fuer(?:\\s+(?:ein|eine|einen))?|euer|eure|euren|eurem|dein|deine|deinen|deinem)(?:,?\\s+${ADJECTIVE}){0,2}\\s+${SLOT}`,
    namesPerson: false,
    examples: ["Diese Idioten im Rathaus!", "So ein Depp.", "Was für ein Versager", "Eure unfähigen Pfuscher"],
    counterExamples: ["Die Idee ist gut.", "Dieser Weg ist gesperrt."],
  },
  {
    id: "insult-of-office",
    description:
      "The insult named after an office or its holders: ⟨insult⟩ von/vom (article) <office holder>, as in \"diese Ratten vom Stadtrat\", \"dieser Trottel von Bürgermeister\".",
    source: `${SLOT}\\s+(?:von|vom)\\s+(?:(?:der|dem|den|einem|einer|unserem|unserer|unseren|eurem|eurer|diesem|dieser)\\s+)?${OFFICE_HOLDER}${END}`,
    namesPerson: true,
    examples: ["Dieser Trottel von Bürgermeister", "die Ratten vom Stadtrat", "Diese Clowns von der CDU"],
    counterExamples: ["Die Ratten vom Spielplatz sind weg.", "Der Trottel vom Dienst"],
  },
  {
    id: "insult-of",
    description:
      "The insult with whom it is said of: ⟨insult⟩ von/vom (article) <noun>, as in \"dieser Idiot von Hausmeister\", \"die Idioten vom Ordnungsamt\". " +
      "The noun may name a place (\"die Ratten vom Spielplatz\"), so it does not make targetedOnly entries count.",
    source: `${SLOT}\\s+(?:von|vom)\\s+(?:(?:der|dem|den|einem|einer|unserem|unserer|unseren|eurem|eurer|diesem|dieser)\\s+)?\\p{L}{3,}`,
    namesPerson: false,
    examples: ["Dieser Idiot von Hausmeister", "Die Idioten vom Ordnungsamt haben wieder geschlafen."],
    counterExamples: ["Die Mitarbeitenden vom Ordnungsamt waren freundlich."],
  },
  {
    id: "office-copula",
    description:
      "An office holder as subject and the insult as what they are: der Bürgermeister ist / die Politiker sind (fillers, up to two adjectives) ⟨insult⟩.",
    source: `${START}${OFFICE_HOLDER}\\s+(?:ist|sind|war|waren|bleibt|bleiben)${COPULA_GAP}\\s+${SLOT}`,
    namesPerson: true,
    examples: ["Der Bürgermeister ist ein Idiot.", "Die Politiker sind doch alle Ratten", "Unsere Stadträte sind Versager"],
    counterExamples: ["Der Bürgermeister ist heute im Urlaub.", "Die Politiker sind im Rathaus."],
  },
  {
    id: "people-copula",
    description:
      "People named by what they do as subject and the insult as what they are: die Busfahrer (der Linie 2) sind (alle) ⟨insult⟩, diese Gaffer waren ⟨insult⟩. " +
      "Limit: only the people nouns of the list; \"die Tauben sind Ratten\" is not found.",
    source: `${START}(?:die|diese|unsere|eure|alle|solche)\\s+${PEOPLE_BY_ROLE}(?:\\s+[\\p{L}\\p{N}]+){0,4}?\\s+(?:sind|waren|bleiben)${COPULA_GAP}\\s+${SLOT}`,
    namesPerson: true,
    examples: ["Die Kontrolleure sind doch alle frustrierte Zicken", "Die Fahrer der Linie 5 sind alle Rüpel"],
    counterExamples: ["Die Tauben am Markt sind Ratten der Lüfte.", "Die Busfahrer sind heute pünktlich."],
  },
  {
    id: "whoever",
    description:
      "A degrading noun said of whoever does something: wer seinen Müll in den Wald kippt, ist (einfach) ein ⟨insult⟩. The clause names people by their deed.",
    source: `${START}wer\\s+[^.!?,]{1,80},\\s*(?:der\\s+)?(?:ist|bleibt)${COPULA_GAP}\\s+${SLOT}`,
    namesPerson: true,
    examples: ["Wer Hundekot liegen lässt, ist ein Schwein.", "Wer so parkt, ist einfach ein Idiot"],
    counterExamples: ["Wer Fragen hat, ist herzlich eingeladen.", "Wer ein Schwein aus Marzipan gewinnt, hat Glück."],
  },
  {
    id: "mention",
    description:
      "The insult right after a mention of an account: @handle (du/ihr, up to two adjectives) ⟨insult⟩. The mention may be the town's own account.",
    source: `@[\\p{L}\\p{N}_.]+(?:@[\\p{L}\\p{N}_.-]+)?[,:]?(?:\\s+(?:du|ihr))?(?:,?\\s+${ADJECTIVE}){0,2}\\s+${SLOT}`,
    namesPerson: false,
    examples: ["@stadt_musterstadt ihr Idioten", "@erika@mastodon.social du Trottel"],
    counterExamples: ["@stadt_musterstadt danke für die Info"],
  },
]);

// ---- threats

/** Verbs that only people and animals can be the object of: killing. */
const KILL =
  "(?:umbringen|umzubringen|toeten|zu\\s+toeten|abstechen|abzustechen|erstechen|erschiessen|zu\\s+erschiessen|abknallen|abzuknallen|" +
  "umnieten|kaltmachen|kaltzumachen|totschlagen|totzuschlagen|totpruegeln|totfahren|abschlachten|hinrichten|lynchen|vergasen|" +
  "erhaengen|erwuergen|ersaeufen|ertraenken|koepfen|aufschlitzen|abmurksen|massakrieren|erschlagen|abmetzeln)";
/** Verbs of beating people up. */
const HURT =
  "(?:zusammenschlagen|zusammenzuschlagen|verpruegeln|zu\\s+verpruegeln|vermoebeln|zusammentreten|krankenhausreif\\s+schlagen|" +
  "krankenhausreif\\s+pruegeln|aufmischen|niederstechen|niederschlagen)";
/** Verbs of wiping out that threaten only with a person as object ("euch vernichten"). */
const WIPE_OUT = "(?:vernichten|ausrotten|ausloeschen|ausradieren|abfackeln)";
/** Past participles of killing, for "gehören … aufgehängt". */
const KILLED =
  "(?:aufgehaengt|aufgeknuepft|erhaengt|erschossen|erschlagen|totgeschlagen|vergast|gelyncht|hingerichtet|abgeknallt|abgestochen|" +
  "ausgerottet|an\\s+die\\s+wand\\s+gestellt|an\\s+den\\s+galgen|an\\s+die\\s+laternen?)";
/** Nouns for people as the object of a call for violence. */
const PEOPLE =
  "(?:typen?|kerle?|leute|menschen|politiker\\p{L}*|buergermeister\\p{L}*|landr(?:at|aetin|aete|aten)|beamte[nr]?|verantwortlichen?|" +
  "verbrecher\\p{L}*|idioten|schweine|verraeter\\p{L}*|volksverraeter\\p{L}*|auslaender\\p{L}*|fluechtlinge|migranten|asylanten|" +
  "bonzen|gruenen|linken|rechten|nazis|juden|muslime|mitarbeiter\\p{L}*|stadtraete|gemeinderaete|richter\\p{L}*|polizisten|journalisten)";
/**
 * A time as the object right after "die"/"den": "ich muss die Zeit totschlagen", "wir wollen den ganzen Nachmittag
 * totschlagen", "die nächsten zwei Stunden totschlagen" pass time; no one is threatened. Only there: "ich werde ihn
 * heute Abend umbringen" and "ich werde die heute Abend umbringen" name when.
 */
const TIME_OBJECT =
  "(?:(?:ganze|ganzen|restliche|restlichen|letzte|letzten|naechste|naechsten|halbe|paar|zwei|drei|vier|ein|eine)\\s+){0,3}" +
  "(?:zeit|wartezeit|freizeit|langeweile|tag|abend|nacht|nachmittag|vormittag|woche|wochen|wochenende|sonntag|samstag|pause|mittagspause|stunde|stunden|minuten)";
const PERSON_NOT_A_TIME = `(?:dich|euch|sie|ihn|dem|(?:die|den)(?!\\s+${TIME_OBJECT}${END}))`;
/** Words that may stand between the parts of a threat but never "nicht" or "nie". */
const NOT_NEGATED_WORD = `(?:(?!nicht${END}|nie${END}|niemals${END})\\p{L}+)`;

export const THREAT_PATTERNS: readonly ThreatPattern[] = deepFreeze([
  {
    id: "will-kill",
    kind: "death-threat",
    description:
      "First person, a modal or future verb, a person as object and a killing verb: ich werde dich umbringen, wir wollen euch alle abstechen. " +
      "Hyperbole (\"ich könnte ihn umbringen\") is found too; a person decides.",
    source: `${START}(?:ich|wir|i)\\s+(?:${NOT_NEGATED_WORD}\\s+){0,2}?(?:werde|werd|werden|will|wollen|muss|muessen|sollte|sollten|koennte|koennten|gehe|geh|gehen|komme|komm|kommen)\\s+${PERSON_NOT_A_TIME}(?:\\s+${NOT_NEGATED_WORD}){0,3}?\\s+${KILL}${END}`,
    examples: ["Ich werde dich umbringen.", "Wir werden euch alle abstechen", "ich komme und werde euch abknallen", "Ich werde ihn heute Abend umbringen", "Ich werde die heute Abend umbringen"],
    counterExamples: [
      "Wir werden die Plakate aufhängen.",
      "Ich werde dich nicht umbringen, keine Sorge",
      "Ich muss die Zeit bis zum Termin totschlagen",
      "Wir müssen den ganzen Nachmittag totschlagen",
      "Ich muss die nächsten zwei Stunden totschlagen",
      "Wir müssen die Wartezeit irgendwie totschlagen",
    ],
  },
  {
    id: "will-hurt",
    kind: "violence",
    description: "First person, a modal or future verb, a person as object and a verb of beating: ich werde dich verprügeln, wir werden euch zusammenschlagen.",
    source: `${START}(?:ich|wir|i)\\s+(?:${NOT_NEGATED_WORD}\\s+){0,2}?(?:werde|werd|werden|will|wollen|muss|muessen|sollte|sollten|koennte|koennten|gehe|geh|gehen|komme|komm|kommen)\\s+(?:dich|euch|sie|ihn|die|den|dem)(?:\\s+${NOT_NEGATED_WORD}){0,3}?\\s+${HURT}${END}`,
    examples: ["Ich werde dich verprügeln!", "Wir werden den Typen zusammenschlagen."],
    counterExamples: ["Wir werden euch vorschlagen, wie es weitergeht."],
  },
  {
    id: "separable-kill",
    kind: "death-threat",
    description:
      "Separable verbs of killing or beating with a person as object: ich knall dich ab, ich stech dich ab, ich mach dich kalt, ich schlag euch tot / platt / nieder.",
    source: `${START}(?:ich|wir|i)\\s+(?:${NOT_NEGATED_WORD}\\s+){0,1}?(?:knall|knalle|knallen|stech|steche|stechen|mach|mache|machen|schlag|schlage|schlagen)\\s+(?:dich|euch|ihn)(?:\\s+(?:alle|noch|schon|gleich|einfach|eigenhaendig|persoenlich))*\\s+(?:ab|kalt|tot|platt|nieder)${END}`,
    examples: ["Ich knall dich ab!", "ich mach euch alle kalt", "Wir schlagen euch tot."],
    counterExamples: ["Wir schlagen euch vor, früher zu kommen.", "Ich mach dich darauf aufmerksam"],
  },
  {
    id: "bring-um",
    kind: "death-threat",
    description:
      "\"umbringen\" taken apart: bring(e) dich / euch / ihn / sie alle … um, also as a call to suicide (\"bringt euch doch um\"). Not before a time (\"bringe sie um 10 Uhr\").",
    source: `${START}bring(?:e|en|t|st)?\\s+(?:dich|euch|ihn|sie\\s+alle|die\\s+alle)(?:\\s+(?:alle|noch|schon|doch|einfach|endlich|eigenhaendig|persoenlich))*\\s+um${END}(?!\\s*(?:\\d|halb|viertel|mitternacht|punkt|ca|circa|etwa|kurz|die\\s+ecke|den\\s+verstand|(?:eins|zwei|drei|vier|fuenf|sechs|sieben|acht|neun|zehn|elf|zwoelf)${END}))`,
    examples: ["Ich bring dich um!", "Ich bringe euch alle um", "Bringt euch doch um."],
    counterExamples: ["Wir bringen sie um 10 Uhr zur Sammelstelle.", "Ich bring dich um halb acht hin.", "Das bringt mich um den Verstand.", "Ich bring euch um acht die Unterlagen vorbei."],
  },
  {
    id: "you-are-dead",
    kind: "death-threat",
    description: "Death announced: du bist / ihr seid (so gut wie, bald) tot, fällig, ein toter Mann.",
    source: `${START}(?:du\\s+bist|bist\\s+du|ihr\\s+seid|seid\\s+ihr)\\s+(?:(?:so\\s+gut\\s+wie|bald|schon|dann|sowas\\s+von|so\\s+was\\s+von|alle)\\s+)*(?:tot|faellig|geliefert|ein\\s+toter\\s+mann|eine\\s+tote\\s+frau|tote\\s+leute)${END}`,
    examples: ["Du bist tot!", "Ihr seid so gut wie tot.", "Du bist ein toter Mann", "ihr seid fällig"],
    counterExamples: ["Du bist totmüde?", "Die Gebühr ist fällig."],
  },
  {
    id: "days-counted",
    kind: "death-threat",
    description: "Fixed phrases: deine Tage sind gezählt, dein letzter Tag ist gekommen, dein letztes Stündlein hat geschlagen.",
    source: `${START}(?:deine|eure)\\s+tage\\s+sind\\s+gezaehlt|${START}(?:dein|euer)\\s+letzter\\s+tag\\s+(?:ist\\s+gekommen|naht|kommt|bricht\\s+an)|${START}(?:dein|euer)\\s+letztes\\s+stuendlein\\s+(?:hat\\s+geschlagen|ist\\s+gekommen|schlaegt)`,
    examples: ["Deine Tage sind gezählt.", "Euer letzter Tag ist gekommen", "Dein letztes Stündlein hat geschlagen!"],
    counterExamples: ["Ihr letzter Tag im Amt war der 31. März.", "Euer letzter Tag in der Kita: wir feiern!"],
  },
  {
    id: "you-will-see-when-i-come",
    kind: "intimidation",
    description:
      "A warning tied to the writer's own coming: ihr werdet schon sehen, was passiert, wenn ich komme; du wirst noch sehen, was passiert, wenn ich vorbeikomme. Not a warning about a decision (\"ihr werdet sehen, was passiert, wenn ihr den Bus streicht\").",
    source: `${START}(?:werdet|wirst|werden)\\s+(?:schon\\s+|noch\\s+|dann\\s+)*sehen,?\\s+was\\s+(?:dann\\s+)?passiert,?\\s+wenn\\s+ich${END}`,
    examples: ["Ihr Bürokraten werdet schon sehen was passiert wenn ich Montag vorbeikomme", "Du wirst noch sehen, was passiert, wenn ich komme!"],
    counterExamples: ["Ihr werdet sehen, was passiert, wenn ihr den Bus streicht: keiner fährt mehr", "Ihr werdet schon sehen, wie schön der Park wird"],
  },
  {
    id: "beating",
    kind: "violence",
    description:
      "Threats of a beating in fixed phrases: aufs Maul, in die Fresse, die Zähne einschlagen, ich polier dir die Fresse, ich hau dir eine rein. Not \"aufs Maul fallen\" (to fail).",
    source:
      `${START}(?:aufs\\s+maul|auf\\s+die\\s+fresse|in\\s+die\\s+fresse|eins\\s+auf\\s+die\\s+muetze)(?!\\s+(?:gefallen|fallen|faellt|fiel|geflogen|fliegen|fliegt))${END}` +
      `|${START}(?:die\\s+fresse|die\\s+schnauze|das\\s+maul|die\\s+zaehne|den\\s+schaedel|die\\s+knochen)\\s+(?:polieren|einschlagen|ausschlagen|brechen|zertruemmern)${END}` +
      `|${START}(?:polier|poliere|polieren)\\s+(?:dir|euch|ihm|ihnen)\\s+(?:(?:mal|gleich|noch|persoenlich)\\s+)*(?:die\\s+fresse|die\\s+schnauze|das\\s+maul)${END}` +
      `|${START}(?:hau|haue|hauen|knall|knalle|knallen|scheuer|scheuere)\\s+(?:dir|euch|ihm|ihnen)\\s+(?:(?:mal|gleich|richtig|ordentlich|noch|persoenlich)\\s+)*(?:eine|eins|ein\\s+paar|paar)(?:\\s+rein|\\s+in\\s+die\\s+fresse|\\s+aufs\\s+maul|${CLAUSE_END})${END}` +
      `|${START}(?:dir|euch|ihm|denen|dem)\\s+(?:(?:mal|gleich|richtig|ordentlich|noch|persoenlich)\\s+)*(?:eine|eins|ein\\s+paar|paar)\\s+(?:reinhauen|reinzuhauen|knallen|scheuern|verpassen)${END}`,
    examples: ["Du kriegst gleich eins aufs Maul!", "Ich polier dir die Fresse!", "Ich hau dir gleich eine rein.", "Dir sollte man die Zähne einschlagen.", "Ich werde dir mal eine reinhauen"],
    counterExamples: ["Mit dem Projekt ist die Stadt aufs Maul gefallen.", "Er ist auf die Fresse geflogen.", "Hau dir eine Pizza rein, Feierabend!"],
  },
  {
    id: "person-as-object",
    kind: "violence",
    description:
      "A person as object of killing, beating or wiping out within a few words: euch … vernichten, dich … abstechen. Only \"dich\" and \"euch\": other pronouns may stand for things (\"sie entsorgen\").",
    source: `${START}(?:dich|euch)(?:\\s+${NOT_NEGATED_WORD}){0,3}?\\s+(?:${KILL}|${HURT}|${WIPE_OUT})${END}`,
    examples: ["Wir werden euch alle vernichten!", "Man sollte dich einfach abknallen."],
    counterExamples: ["Wir bitten euch, den Müll zu entsorgen.", "Meldet euch, wir erledigen das.", "Wir werden euch nicht vernichten"],
  },
  {
    id: "know-where-you-live",
    kind: "stalking",
    description:
      "Knowing where someone lives, works or where their children go to school, or when they are alone: ich weiß, wo du wohnst; wir wissen, wo Ihre Kinder zur Schule gehen; ich krieg raus, wo du wohnst; ich weiß, wo die Frau vom Amt wohnt; ich weiß, wann sie allein joggen geht.",
    source:
      `${START}(?:ich|wir)\\s+(?:wei(?:ss|s)|wissen|kenne|kennen|krieg\\s+raus|kriege\\s+raus|kriegen\\s+raus|finde\\s+raus|finden\\s+raus)\\s*,?\\s+wo\\s+(?:du|ihr|sie|er|dein\\p{L}*|eur\\p{L}*|ihr\\p{L}*|die|der|den)(?:\\s+\\p{L}+){0,3}?\\s+(?:wohn\\p{L}*|lebst|lebt|leben|arbeitest|arbeitet|arbeiten|schlaefst|schlaeft|schlafen|parkst|parkt|(?:zur|in\\s+die)\\s+schule\\s+geh\\p{L}*)${END}` +
      `|${START}(?:ich|wir)\\s+(?:wei(?:ss|s)|wissen|kenne|kennen)\\s*,?\\s+wer\\s+(?:du|ihr)\\s+(?:bist|seid)${END}` +
      // When someone is alone: "ich weiß, wann sie immer allein joggen geht".
      `|${START}(?:ich|wir)\\s+(?:wei(?:ss|s)|wissen)\\s*,?\\s+wann\\s+(?:du|ihr|sie|er)(?:\\s+\\p{L}+){0,3}?\\s+allein${END}` +
      `|${START}(?:ich|wir)\\s+(?:habe|haben|hab|kenne|kennen)\\s+(?:\\p{L}+\\s+){0,2}?(?:deine|eure)\\s+(?:\\p{L}+\\s+und\\s+)?(?:private\\s+)?(?:adressen?|anschrift(?:en)?|wohnadressen?|privatadressen?)${END}`,
    examples: ["Ich weiß, wo du wohnst.", "Wir wissen wo ihr wohnt", "Ich weiß, wo die Frau vom Standesamt wohnt.", "Ich weiß, wann sie immer allein joggen geht.", "ich weis wo deine Kinder zur Schule gehen", "Wir wissen, wer du bist.", "Ich habe schon deine Adresse", "Wir kennen eure Gesichter und Adressen."],
    counterExamples: ["Weiß jemand, wo das Bürgeramt ist?", "Ich weiß, wo der Wertstoffhof ist."],
  },
  {
    id: "hunt",
    kind: "intimidation",
    description:
      "Announcing a hunt at the end of a clause: wir kriegen / finden / erwischen euch (noch, alle). \"Wir finden euch super\" goes on after \"euch\" and is not found.",
    source: `${START}(?:ich|wir)\\s+(?:\\p{L}+\\s+)?(?:krieg|kriege|kriegen|find|finde|finden|erwisch|erwische|erwischen|hol|hole|holen)\\s+(?:dich|euch)(?:\\s+(?:alle|noch|schon|irgendwann|bald|frueher\\s+oder\\s+spaeter|jeden\\s+einzelnen))*${CLAUSE_END}`,
    examples: ["Wir kriegen euch!", "Ich finde dich, früher oder später.", "Wir kriegen euch noch alle."],
    counterExamples: ["Wir finden euch super!", "Wir holen euch am Bahnhof ab."],
  },
  {
    id: "call-for-violence",
    kind: "incitement",
    description:
      "A call for violence against someone: dem / der / denen sollte man (mal) eine reinhauen, … umbringen; den / die / diese <people> sollte man / gehören … aufgehängt, an die Wand gestellt. " +
      "Only with people as object; \"die Plakate sollte man aufhängen\" is not found.",
    source:
      `${START}(?:dem|der|denen|den|ihn)\\s+(?:sollte|sollten|muesste|muessten|muss|gehoert|gehoeren|koennte)\\s+(?:man|mal|einer|jemand)\\s+(?:(?:mal|endlich|richtig|ordentlich|gleich|einfach|die|den|das|eine|einen|ein\\s+paar)\\s+)*(?:${KILL}|${HURT}|reinhauen|eine\\s+reinhauen|die\\s+fresse\\s+polieren|aufs\\s+maul\\s+hauen|den\\s+hals\\s+umdrehen|den\\s+kopf\\s+abreissen|eine\\s+kugel\\s+verpassen)${END}` +
      `|${START}(?:den|die|diese|diesen|solche|solchen|alle|unsere|eure)\\s+(?:\\p{L}+\\s+)?${PEOPLE}\\s+(?:sollte|sollten|muesste|muessten|muss|muessen|gehoert|gehoeren)\\s+(?:man\\s+)?(?:(?:alle|mal|endlich|sofort|gleich|einfach|oeffentlich|eigentlich)\\s+)*(?:${KILL}|${KILLED}|aufhaengen|an\\s+die\\s+wand\\s+stellen)${END}` +
      `|${START}(?:die|diese|solche|alle)\\s+gehoeren\\s+(?:(?:alle|sofort|endlich|oeffentlich|eigentlich|mal)\\s+)*${KILLED}${END}`,
    examples: [
      "Dem sollte man mal eine reinhauen.",
      "Denen sollte man den Hals umdrehen",
      "Diese Politiker gehören alle aufgehängt!",
      "Die Verantwortlichen sollte man an die Wand stellen.",
      "Die gehören alle an die Wand gestellt",
    ],
    counterExamples: ["Die Plakate sollte man aufhängen.", "Dem Team sollte man danken!", "Die Bilder gehören an die Wand."],
  },
  {
    id: "gallows",
    kind: "incitement",
    description: "Execution phrases that need no object to be a call for violence: an den Galgen, Rübe ab, Kopf ab, standrechtlich erschießen, Nürnberg 2.0.",
    source: `${START}(?:an\\s+den\\s+galgen|ruebe\\s+ab|kopf\\s+ab|standrechtlich\\s+(?:erschiessen|erschossen|hinrichten|hingerichtet)|nuernberg\\s*2(?:\\.0)?)${END}`,
    examples: ["Alle an den Galgen!", "Rübe ab!", "Nürnberg 2.0 für die Regierung"],
    counterExamples: ["Wanderung zum Galgenberg", "Kopf abschneiden und Fisch ausnehmen", "Nürnberger Lebkuchen"],
  },
  {
    id: "you-will-regret",
    kind: "intimidation",
    description:
      "Announced consequences: ihr werdet / du wirst / Sie werden (es noch) bereuen; das wird dir noch leid tun; euch wird das Lachen vergehen. Not with \"nicht\" (\"Sie werden es nicht bereuen\").",
    source:
      `${START}(?:ihr\\s+werdet|du\\s+wirst|werdet\\s+ihr|wirst\\s+du|sie\\s+werden|das\\s+werdet\\s+ihr|das\\s+wirst\\s+du)(?:\\s+${NOT_NEGATED_WORD}){0,3}?\\s+bereuen${END}` +
      `|${START}das\\s+wird\\s+(?:dir|euch|ihnen)\\s+(?:noch\\s+)?leid\\s*tun${END}` +
      `|${START}(?:euch|dir|ihnen)\\s+wird\\s+(?:das|euer|dein|ihr)\\s+lachen\\s+(?:noch\\s+)?vergehen${END}` +
      // "Ihr werdet dafür bezahlen" threatens; "ihr werdet dafür bezahlen müssen" speaks of a fee.
      `|${START}(?:ihr\\s+werdet|du\\s+wirst|werdet\\s+ihr|wirst\\s+du)(?:\\s+(?:noch|alle|mir|dafuer|teuer|bitter|schon))*\\s+(?:bezahlen|buessen)${END}(?!\\s*\\?|\\s+(?:muesst|musst|muessen|koennt|kannst|koennen))`,
    examples: ["Das werdet ihr noch bereuen!", "Du wirst es bereuen.", "Das wird dir noch leid tun", "Euch wird das Lachen noch vergehen.", "Dafür werdet ihr noch bitter bezahlen.", "Ihr werdet mir dafür büßen!"],
    counterExamples: ["Sie werden es nicht bereuen!", "Du wirst es nie bereuen, versprochen.", "Ihr werdet dafür bezahlen müssen, die Gebühr steht im Bescheid.", "Du wirst mit Karte bezahlen können.", "Werdet ihr bar bezahlen?"],
  },
  {
    id: "watch-out",
    kind: "intimidation",
    description:
      "Warnings as threats: pass bloß / lieber auf dich auf, seht euch vor, nehmt euch in Acht, at the end of a clause. " +
      "\"Pass gut auf dich auf\" is care and not found; \"passt bloß auf euch auf, es ist glatt\" is care too but found: a person decides.",
    source:
      `${START}pass(?:t|en)?\\s+(?:sie\\s+)?(?:bloss|blos|lieber|besser|ja)\\s+auf\\s+(?:dich|euch|sich)\\s+auf${END}` +
      `|${START}(?:sieh|seht|sehen\\s+sie)\\s+(?:dich|euch|sich)\\s+(?:bloss\\s+|lieber\\s+|besser\\s+)?vor${CLAUSE_END}` +
      `|${START}(?:nimm|nehmt|nehmen\\s+sie)\\s+(?:dich|euch|sich)\\s+(?:bloss\\s+|lieber\\s+|besser\\s+)?in\\s+acht${CLAUSE_END}`,
    examples: ["Pass bloß auf dich auf!", "Seht euch vor.", "Nehmt euch lieber in Acht!"],
    counterExamples: ["Pass gut auf dich auf!", "Seht euch vor Ort um.", "Nehmt euch in Acht vor Glatteis auf den Brücken."],
  },
  {
    id: "arson",
    kind: "violence",
    description:
      "Setting people, their homes or offices on fire: das Rathaus (mit euch drin) / eure Bude anzünden, abfackeln; zünd euch die Bude an; brennt deine Bude. " +
      "Only with a person or a building of people as object: \"im Rathaus Kerzen anzünden\" and \"den Grill anzünden\" are not found.",
    source:
      `${START}(?:euch|dich|ihn|(?:das|den|die|eure|euer|euren|deine|dein|deinen|seine|sein|seinen|ihre|ihren)\\s+(?:rathaus|amt|buergerbuero|bude|haus|wohnung|auto|wagen|laden|buero|hof|scheune|huette))(?:\\s+${NOT_NEGATED_WORD}){0,5}?\\s+(?:anzuenden|anzustecken|anstecken|abfackeln|abzufackeln|niederbrennen|niederzubrennen|abbrennen|abzubrennen)${END}` +
      `|${START}(?:zuend|zuende|zuenden|fackel|fackle|fackeln)\\s+(?:euch|dir|ihm|ihr|ihnen)\\s+(?:die|das|den)\\s+(?:bude|haus|huette|dach|rathaus|laden|auto|wagen)\\s+(?:an|ab)${END}` +
      `|${START}(?:brennt|brennen)\\s+(?:(?:bald|dann|gleich|schon)\\s+)?(?:deine|eure|euer|dein|seine|ihre)\\s+(?:bude|haus|wohnung|auto|wagen|laden|buero|huette|scheune|hof)${END}`,
    examples: ["Man sollte das Amt mit euch allen drin anzünden", "Wenn das so weitergeht, brennt bald eure Bude.", "Ich zünd dir das Haus an!"],
    counterExamples: ["Wir werden im Rathaus Kerzen anzünden.", "Bitte den Grill erst nach 18 Uhr anzünden.", "Zündet euch eine Kerze an und genießt den Advent."],
  },
  {
    id: "dont-be-surprised",
    kind: "intimidation",
    description:
      "A veiled threat of violence as a warning: (wer …) braucht sich nicht wundern, wenn (hier bald) alles brennt / Blut fließt / einer draufgeht. " +
      "Not a traffic warning (\"wenn es kracht\"), which is not found.",
    source: `${START}(?:nicht|nich)\\s+(?:zu\\s+)?wundern,?\\s+wenn\\s+(?:\\p{L}+\\s+){0,4}?(?:brennt|brennen|abbrennt|blut\\s+fliesst|einer\\s+draufgeht|jemand\\s+draufgeht|was\\s+passiert)${END}`,
    examples: ["Wer so entscheidet, braucht sich nicht wundern, wenn bald das Rathaus brennt.", "Die müssen sich nicht wundern, wenn hier mal Blut fließt"],
    counterExamples: ["Wer bei Rot fährt, braucht sich nicht wundern, wenn es kracht.", "Wer Essensreste in die Papiertonne wirft, braucht sich nicht wundern, wenn es stinkt."],
  },
  {
    id: "run-over",
    kind: "violence",
    description: "Running people over: ich fahr euch (Politessen) über den Haufen, ich fahre dich platt, euch über den Haufen fahren.",
    source:
      `${START}(?:ich|wir|i)\\s+(?:${NOT_NEGATED_WORD}\\s+){0,2}?(?:fahr|fahre|fahren)\\s+(?:dich|euch|ihn|sie|die|den)(?:\\s+\\p{L}+){0,2}?\\s+(?:ueber\\s+den\\s+haufen|platt|tot)${END}` +
      `|${START}(?:dich|euch|ihn)(?:\\s+${NOT_NEGATED_WORD}){0,2}?\\s+ueber\\s+den\\s+haufen\\s+(?:fahren|zu\\s+fahren|schiessen|zu\\s+schiessen|knallen)${END}` +
      // The verb first after a clause: "wenn ich ihn sehe, fahr ich ihn über den Haufen".
      `|${START}(?:fahr|fahre|fahren)\\s+(?:ich|wir|i)\\s+(?:dich|euch|ihn|sie|die|den)(?:\\s+\\p{L}+){0,2}?\\s+(?:ueber\\s+den\\s+haufen|platt|tot)${END}`,
    examples: ["Noch ein Knöllchen und ich fahr euch Kontrolleure über den Haufen", "Ich werde euch über den Haufen fahren", "Wenn ich den wieder sehe, fahr ich ihn über den Haufen"],
    counterExamples: ["Wir fahren die Strecke morgen ab.", "Der Plan wurde über den Haufen geworfen."],
  },
  {
    id: "armed",
    kind: "violence",
    description:
      "Coming armed: ich komm mit dem Baseballschläger / einem Messer / der Axt (ins Amt), also with the verb first after a clause (\"dann komm ich mit …\").",
    source: `${START}(?:(?:ich|wir|i)\\s+(?:${NOT_NEGATED_WORD}\\s+){0,2}?(?:komm|komme|kommen|geh|gehe|gehen|steh|stehe|stehen|tauch|tauche|tauchen)|(?:komm|komme|kommen|geh|gehe|gehen|steh|stehe|stehen)\\s+(?:ich|wir|i))\\s+(?:${NOT_NEGATED_WORD}\\s+){0,3}?mit\\s+(?:dem|einem|nem|meinem|der|einer|ner|meiner|meinen|den)\\s+(?:baseballschlaeger|knueppel|schlagstock|messer|axt|beil|machete|gewehr|flinte|schrotflinte|pistole|knarre|waffe|benzinkanister|eisenstange|brechstange)${END}`,
    examples: ["Wenn das so weitergeht, komm ich mit der Axt ins Rathaus", "Ich komme morgen mit einem Messer vorbei"],
    counterExamples: ["Ich komme mit dem Fahrrad zum Wertstoffhof.", "Wir kommen nicht mit dem Messer, sondern mit Blumen."],
  },
  {
    id: "your-turn",
    kind: "intimidation",
    description: "Announcing that someone will suffer next: dann bist du dran, dann ist er selber dran. Not a turn at the counter (\"dann sind Sie dran\").",
    source:
      `${START}(?:ist\\s+(?:er|sie)|bist\\s+du|seid\\s+ihr)\\s+(?:dann\\s+|auch\\s+)?(?:selber|selbst)\\s+dran${END}` +
      `|${START}(?:dann|danach|sonst)\\s+(?:bist\\s+du|seid\\s+ihr)\\s+(?:selber\\s+|selbst\\s+|als\\s+naechste[rs]?\\s+)?dran${END}`,
    examples: ["Und dann ist er selber dran.", "Noch ein Wort und dann bist du dran!"],
    counterExamples: ["Dann sind Sie als Nächste dran.", "Nach der Kita ist die Schule dran."],
  },
  {
    id: "property-damage",
    kind: "intimidation",
    description: "Threatening to damage someone's property: ich stech dir / dem die Reifen auf, Reifen aufstechen, den Lack zerkratzen.",
    source:
      `${START}(?:stech|steche|stechen)\\s+(?:ich|wir)\\s+(?:\\p{L}+\\s+){0,2}?reifen\\s+auf${END}` +
      `|${START}(?:ich|wir)\\s+(?:\\p{L}+\\s+){0,3}?(?:reifen\\s+(?:aufstechen|zerstechen|aufschlitzen)|lack\\s+zerkratzen)${END}`,
    examples: ["Dem stech ich die Reifen auf", "Ich werde ihm die Reifen zerstechen"],
    counterExamples: ["Jemand hat mir die Reifen aufgestochen, bitte prüfen.", "Wir wechseln die Reifen im Oktober."],
  },
  {
    id: "you-will-see",
    kind: "intimidation",
    description: "A veiled threat: sie / er wird (schon) sehen, was sie davon hat; ihr werdet sehen, was ihr davon habt.",
    source: `${START}(?:wird|werden|wirst|werdet)\\s+(?:\\p{L}+\\s+){0,2}?sehen,?\\s+was\\s+(?:er|sie|du|ihr|die|der)\\s+davon\\s+(?:hat|haben|hast|habt)${END}`,
    examples: ["Der Hausmeister wird schon sehen, was er davon hat.", "Ihr werdet noch sehen, was ihr davon habt!"],
    counterExamples: ["Wir werden sehen, was die Sitzung bringt.", "Mal sehen, was daraus wird."],
  },
  {
    id: "lying-in-wait",
    kind: "intimidation",
    description: "Lying in wait for a person: wir warten (schon) auf ihn. / wir lauern ihm auf. \"Wir warten auf euch!\" is an invitation and not found.",
    source:
      `${START}(?:wir|ich)\\s+(?:warten|warte)\\s+(?:(?:schon|dann|da|morgen|dort)\\s+)*auf\\s+ihn(?=\\s*(?:[.!]|$))` +
      `|${START}(?:wir|ich)\\s+(?:lauern|lauere)\\s+(?:\\p{L}+\\s+){0,3}?(?:auf|ihm|ihr|ihnen|euch|dir)(?:\\s+auf)?${END}`,
    examples: ["Er soll morgen ruhig kommen. Wir warten auf ihn.", "Wir lauern ihm nach der Sitzung auf"],
    counterExamples: ["Kommt vorbei, wir warten auf euch!", "Wir warten auf ihn, er bringt den Schlüssel."],
  },
  {
    id: "fronted-kill",
    kind: "death-threat",
    description:
      "Separable verbs of killing or beating with the person put first: dich stech ich ab, euch knall ich alle ab, den mach ich kalt. " +
      "\"Den Spargel stech ich ab\" has a thing, not a pronoun, before the verb and is not found.",
    // "den" and "die" may stand for a thing: "die (Plakate) mach ich ab", "die (Äste) schlag ich ab" are no threats.
    source:
      `${START}(?:dich|euch|ihn)\\s+(?:knall|knalle|knallen|stech|steche|stechen|mach|mache|machen|schlag|schlage|schlagen)\\s+(?:ich|wir|i)${FRONTED_FILLERS}\\s+(?:ab|kalt|tot|platt|nieder)${END}` +
      `|${START}(?:den|die)\\s+(?:(?:knall|knalle|knallen|stech|steche|stechen)\\s+(?:ich|wir|i)${FRONTED_FILLERS}\\s+ab|(?:mach|mache|machen)\\s+(?:ich|wir|i)${FRONTED_FILLERS}\\s+kalt|(?:schlag|schlage|schlagen)\\s+(?:ich|wir|i)${FRONTED_FILLERS}\\s+(?:tot|nieder))${END}`,
    examples: ["Dich stech ich ab", "Euch knall ich alle ab!", "Den mach ich kalt.", "Den schlag ich tot"],
    counterExamples: ["Den Spargel stech ich morgen ab.", "Die mach ich dann fertig, die Unterlagen.", "Die Plakate hängen noch. Die mach ich gleich ab.", "Die Äste? Die schlag ich ab, wenn sie stören."],
  },
  {
    id: "own-arson",
    kind: "violence",
    description:
      "The writer announcing to set a building on fire: ich fackel die Bude ab, dann zünd ich euer Rathaus an, fackel ich euer Amt ab. " +
      "Only with a building as object: \"ich zünde eine Kerze an\" is not found.",
    source: `${START}(?:(?:ich|wir|i)\\s+(?:${NOT_NEGATED_WORD}\\s+){0,1}?(?:fackel|fackle|fackeln|zuend|zuende|zuenden)|(?:fackel|fackle|fackeln|zuend|zuende|zuenden)\\s+(?:ich|wir|i))\\s+(?:(?:dann|noch|gleich|morgen|persoenlich|eigenhaendig|euch|dir|ihm|ihr|ihnen)\\s+)*(?:die|das|den|eure|euer|euren|deine|dein|deinen|seine|sein|seinen|ihre|ihren)\\s+(?:bude|haus|rathaus|\\p{L}*amt|buergerbuero|buero|laden|auto|wagen|hof|scheune|huette|schule|kita|verwaltung|jobcenter)\\s+(?:${NOT_NEGATED_WORD}\\s+){0,2}?(?:ab|an)${END}`,
    examples: ["Ich fackel die Bude ab", "Wenn der Bescheid bleibt, fackel ich euer Rathaus ab", "dann zünd ich euch das Amt an!"],
    counterExamples: ["Ich zünde eine Kerze an.", "Wir zünden den Grill an, kommt vorbei.", "Ich fackel nicht lange und melde mich an."],
  },
  {
    id: "burn-it-down",
    kind: "incitement",
    description: "A call for arson as a verdict: das Jugendamt gehört abgefackelt, die Unterkunft gehört angezündet.",
    // Not a fire, a candle or a grill, which are lit by custom: "das Osterfeuer gehört angezündet".
    source: `(?<!\\p{L}*(?:feuer|kerze|kerzen|grill|kamin|ofen|fackel|fackeln|lichter|licht|kranz)\\s+)${START}(?:gehoert|gehoeren)\\s+(?:(?:mal|endlich|sofort|einfach|alle|abgerissen\\s+oder)\\s+)*(?:abgefackelt|angezuendet|niedergebrannt|abgebrannt|angesteckt)${END}`,
    examples: ["Das Jugendamt gehört abgefackelt, ich mach das", "Die Unterkunft gehört endlich angezündet"],
    counterExamples: ["Die Scheune ist letzte Nacht abgebrannt.", "Das alte Haus gehört abgerissen.", "Das Osterfeuer gehört angezündet, nicht abgesagt!"],
  },
  {
    id: "when-i-catch-you",
    kind: "intimidation",
    description:
      "Revenge announced for when the writer gets hold of someone: wenn ich dich erwische, wenn ich euch in die Finger kriege, dich kriegen wir noch, gnade dir Gott. " +
      "\"Wenn ich den Bus noch erwische\" names a thing and is not found.",
    source:
      `${START}wenn\\s+(?:ich|wir|i)\\s+(?:dich|euch|ihn)\\s+(?:(?:noch|mal|jemals|irgendwann|je|erst|hier)\\s+)*(?:erwisch|erwische|erwischen|in\\s+die\\s+finger)${END}` +
      // "den" and "die" may be a bus: only a person named by a relative clause after them ("wenn ich den erwische, der ...").
      `|${START}wenn\\s+(?:ich|wir|i)\\s+(?:den|die)\\s+(?:(?:noch|mal|jemals|irgendwann|je|erst|hier)\\s+)*(?:erwisch|erwische|erwischen|in\\s+die\\s+finger\\s+(?:krieg|kriege|kriegen|bekomme|bekommen))${END}(?=\\s*,?\\s*(?:der|die|welcher|welche)${END})` +
      `|${START}(?:dich|euch)\\s+(?:krieg|kriege|kriegen|erwisch|erwische|erwischen)\\s+(?:ich|wir)(?:\\s+(?:alle|noch|schon|irgendwann|bald))*${CLAUSE_END}` +
      `|${START}gnade\\s+(?:dir|euch|ihnen|ihm)\\s+gott${END}`,
    examples: ["wenn ich dich erwische", "Wenn ich euch in die Finger kriege!", "dich kriegen wir noch", "Gnade dir Gott", "Wenn ich den erwische, der mein Auto zerkratzt hat"],
    counterExamples: [
      "Wenn ich den Bus noch erwische, bin ich um acht da.",
      "Euch kriegen wir noch unter, keine Sorge, es gibt genug Plätze.",
      "Der 7:10-Bus ist immer zu spät. Wenn ich den mal erwische, ist er voll.",
      "Wenn ich den noch erwische, bin ich um acht da.",
    ],
  },
  {
    id: "kill-you",
    kind: "death-threat",
    description: "A verb of killing with \"dich\" or \"euch\" after it: töte euch alle, ich erschieß dich, hau ich dich um.",
    source:
      `${START}(?:toete|toet|toeten|ermorde|ermorden|erschiess|erschiesse|erschiessen|erstech|ersteche|erstechen)\\s+(?:dich|euch)${END}` +
      // Not "wir hauen euch um": how an event promises to amaze.
      `|${START}(?:(?:ich|i)\\s+(?:${NOT_NEGATED_WORD}\\s+){0,1}?(?:hau|haue)|(?:hau|haue)\\s+(?:ich|i))\\s+(?:dich|euch)(?:\\s+(?:alle|noch|schon|gleich|einfach|persoenlich))*\\s+um${END}`,
    examples: ["töte euch alle", "Ich erschieß dich!", "ich hau dich um", "Noch ein Knöllchen und dann hau ich dich um"],
    counterExamples: ["Das Angebot haut euch um!", "Ich töte die Zeit mit Lesen.", "Ich hau mich jetzt um, gute Nacht.", "Das Stadtfest wird super, mit dem Programm hauen wir euch um!"],
  },
]);

/** Freezes the list, every entry and the entries' lists. */
function deepFreeze<T extends object>(entries: T[]): readonly T[] {
  for (const entry of entries) {
    for (const value of Object.values(entry)) if (Array.isArray(value)) Object.freeze(value);
    Object.freeze(entry);
  }
  return Object.freeze(entries);
}
