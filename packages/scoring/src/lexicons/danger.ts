/*
 * Words in citizens' comments that may report a danger to people: a fire, a
 * smell of gas, an accident, a tree across the road, a threat, a person in
 * medical need or thinking of suicide. A town hall's social-media team is no
 * emergency service, but a comment like this must reach a person at once,
 * with the number to call. Written for this project from the authors' own
 * knowledge of German. Recall matters more than precision here: a false
 * alarm costs a glance, a missed "riecht nach Gas" may cost a life. The
 * false friends take out only what is certainly harmless.
 */

/** What kind of danger a term points to; each has its next steps in {@link DANGER_NEXT_STEPS}. */
export type DangerCategory = "accident" | "fire" | "gas" | "water" | "tree" | "threat" | "self-harm" | "medical" | "infrastructure";

/** Every {@link DangerCategory}, in the order of {@link DANGER_NEXT_STEPS}. */
export const DANGER_CATEGORIES: readonly DangerCategory[] = Object.freeze([
  "fire",
  "gas",
  "accident",
  "medical",
  "self-harm",
  "threat",
  "water",
  "tree",
  "infrastructure",
]);

/**
 * How a term is found among the tokens of a text in lexicon form (see
 * `foldForLexicon`; a hyphenated word is also tried joined):
 * - `word`: a token equals the term ("brennt", "blutet").
 * - `prefix`: a token begins with the term ("brand" finds "Brandgeruch",
 *   "Wohnungsbrand" does not begin with it and has its own entry).
 * - `phrase`: the term's words follow one another as whole tokens in one
 *   sentence ("riecht nach gas", "ast abgebrochen").
 */
export type DangerMatch = "word" | "prefix" | "phrase";

/** A term that may report a danger. */
export interface DangerEntry {
  /** The term in lexicon form (lower case, umlauts and ß as written; words separated by single spaces). */
  readonly term: string;
  /** What kind of danger it points to. */
  readonly category: DangerCategory;
  /** How it is found. */
  readonly match: DangerMatch;
}

type Row = readonly [term: string, match: DangerMatch];

const BY_CATEGORY: Readonly<Record<DangerCategory, readonly Row[]>> = {
  fire: [
    ["brand", "prefix"],
    ["brände", "prefix"],
    ["brennt", "word"],
    ["brennen", "word"],
    ["brannte", "word"],
    ["abgebrannt", "word"],
    ["in flammen", "phrase"],
    ["flammen", "word"],
    ["lichterloh", "word"],
    ["feuer", "word"],
    ["rauch", "word"],
    ["rauchwolke", "prefix"],
    ["rauchsäule", "prefix"],
    ["rauchentwicklung", "prefix"],
    ["qualm", "prefix"],
    ["verbrannt", "prefix"],
    ["verschmort", "prefix"],
    ["kokelt", "word"],
    ["schmort", "word"],
    ["funkenflug", "prefix"],
    ["explosion", "prefix"],
    ["explodiert", "word"],
    ["kabelbrand", "prefix"],
    ["waldbrand", "prefix"],
    ["wohnungsbrand", "prefix"],
    ["kellerbrand", "prefix"],
    ["dachstuhlbrand", "prefix"],
    ["großbrand", "prefix"],
    ["mülltonnenbrand", "prefix"],
    ["containerbrand", "prefix"],
    ["fahrzeugbrand", "prefix"],
    ["autobrand", "prefix"],
    ["heckenbrand", "prefix"],
    ["böschungsbrand", "prefix"],
    ["scheunenbrand", "prefix"],
    ["küchenbrand", "prefix"],
  ],
  gas: [
    ["gasgeruch", "prefix"],
    ["riecht nach gas", "phrase"],
    // "riecht es hier total nach Gas": the smell verb stands apart.
    ["nach gas", "phrase"],
    // The odorant of natural gas smells of rotten eggs.
    ["faule eier", "phrase"],
    ["faulen eiern", "phrase"],
    ["stinkt nach gas", "phrase"],
    ["nach gas riecht", "phrase"],
    ["nach gas stinkt", "phrase"],
    ["gas gerochen", "phrase"],
    ["gasleck", "prefix"],
    ["gasaustritt", "prefix"],
    ["gas tritt aus", "phrase"],
    ["gas strömt aus", "phrase"],
    ["gas ausgetreten", "phrase"],
    ["ausströmendes gas", "phrase"],
    ["gasexplosion", "prefix"],
    ["gasalarm", "prefix"],
    ["kohlenmonoxid", "prefix"],
    ["gasleitung beschädigt", "phrase"],
    ["gasleitung getroffen", "phrase"],
    ["gasleitung angebohrt", "phrase"],
    ["gasleitung kaputt", "phrase"],
    ["es zischt", "phrase"],
  ],
  accident: [
    ["unfall", "prefix"],
    ["unfälle", "prefix"],
    ["verkehrsunfall", "prefix"],
    ["verkehrsunfälle", "prefix"],
    ["auffahrunfall", "prefix"],
    ["fahrradunfall", "prefix"],
    ["radunfall", "prefix"],
    ["motorradunfall", "prefix"],
    ["wildunfall", "prefix"],
    ["badeunfall", "prefix"],
    ["arbeitsunfall", "prefix"],
    ["karambolage", "prefix"],
    ["massenkarambolage", "prefix"],
    ["zusammenstoß", "prefix"],
    ["frontalzusammenstoß", "prefix"],
    ["zusammengestoßen", "word"],
    ["zusammengeprallt", "word"],
    ["verunglückt", "word"],
    ["überschlagen", "word"],
    ["gekracht", "word"],
    ["ins schleudern", "phrase"],
    ["von der fahrbahn abgekommen", "phrase"],
    ["kollision", "prefix"],
    ["crash", "word"],
    ["angefahren", "word"],
    ["überfahren", "word"],
    ["umgefahren", "word"],
    ["gestürzt", "word"],
    ["eingeklemmt", "word"],
    ["geisterfahrer", "prefix"],
    ["falschfahrer", "prefix"],
  ],
  medical: [
    ["verletzt", "word"],
    ["verletzte", "word"],
    ["verletzten", "word"],
    ["verletzter", "word"],
    ["schwerverletzt", "prefix"],
    ["schwer verletzt", "phrase"],
    ["bewusstlos", "prefix"],
    ["ohnmächtig", "prefix"],
    ["kollabiert", "word"],
    ["kollaps", "word"],
    ["kreislaufkollaps", "prefix"],
    ["krampft", "word"],
    // "Wo ist der nächste Defibrillator?" is asked in an emergency.
    ["defibrillator", "prefix"],
    ["zusammengebrochen", "word"],
    ["zusammengeklappt", "word"],
    ["notarzt", "prefix"],
    ["rettungswagen", "prefix"],
    ["krankenwagen", "prefix"],
    ["blutet", "word"],
    ["blutend", "prefix"],
    ["blutüberströmt", "prefix"],
    ["atmet nicht", "phrase"],
    ["keine luft", "phrase"],
    ["atemnot", "prefix"],
    ["herzinfarkt", "prefix"],
    ["herzstillstand", "prefix"],
    ["schlaganfall", "prefix"],
    ["krampfanfall", "prefix"],
    ["epileptischer anfall", "phrase"],
    ["allergischer schock", "phrase"],
    ["anaphylaktisch", "prefix"],
    ["reanimier", "prefix"],
    ["reanimation", "prefix"],
    ["ertrunken", "word"],
    ["ertrinkt", "word"],
    ["ertrinken", "word"],
    ["ins eis eingebrochen", "phrase"],
    ["im eis eingebrochen", "phrase"],
    ["vergiftung", "prefix"],
    ["vergiftet", "word"],
    ["gebissen", "word"],
    ["hitzschlag", "prefix"],
    ["sonnenstich", "prefix"],
    ["unterkühlt", "prefix"],
    ["erfriert", "word"],
    ["liegt am boden", "phrase"],
    ["liegt regungslos", "phrase"],
    ["regungslos", "prefix"],
    ["hilflose person", "phrase"],
    ["ist ein notfall", "phrase"],
    ["knochenbruch", "prefix"],
    ["bein gebrochen", "phrase"],
    ["arm gebrochen", "phrase"],
  ],
  "self-harm": [
    ["will nicht mehr leben", "phrase"],
    ["möchte nicht mehr leben", "phrase"],
    ["kann nicht mehr leben", "phrase"],
    ["mich umbringen", "phrase"],
    ["mich umzubringen", "phrase"],
    ["bringe mich um", "phrase"],
    ["bring ich mich um", "phrase"],
    ["bringe ich mich um", "phrase"],
    ["mach ich schluss", "phrase"],
    ["mache ich schluss", "phrase"],
    ["wie ich es beende", "phrase"],
    ["keinen ausweg mehr", "phrase"],
    ["seh ich keinen ausweg", "phrase"],
    ["sehe keinen sinn mehr", "phrase"],
    ["sehe ich keinen sinn mehr", "phrase"],
    ["mich aufhängen", "phrase"],
    ["mich töten", "phrase"],
    ["mir das leben nehmen", "phrase"],
    ["mir das leben zu nehmen", "phrase"],
    ["suizid", "prefix"],
    ["selbstmord", "prefix"],
    ["mich ritzen", "phrase"],
    ["ritze mich", "phrase"],
    ["mich selbst verletzen", "phrase"],
    ["verletze mich selbst", "phrase"],
    ["will sterben", "phrase"],
    ["möchte sterben", "phrase"],
    ["sterben will", "phrase"],
    ["sterben möchte", "phrase"],
    ["nur noch sterben", "phrase"],
    ["lieber sterben", "phrase"],
    ["bin lebensmüde", "phrase"],
    ["mein leben hat keinen sinn", "phrase"],
    ["leben macht keinen sinn", "phrase"],
    ["sehe keinen ausweg", "phrase"],
    ["von der brücke springen", "phrase"],
    ["vor den zug", "phrase"],
    ["vor einen zug", "phrase"],
    ["nicht mehr aufwachen", "phrase"],
    ["mein leben beenden", "phrase"],
    ["meinem leben ein ende", "phrase"],
    ["abschiedsbrief", "prefix"],
  ],
  threat: [
    ["bringe euch alle um", "phrase"],
    ["bring euch alle um", "phrase"],
    ["bringe euch um", "phrase"],
    ["bring euch um", "phrase"],
    ["bringe dich um", "phrase"],
    ["bring dich um", "phrase"],
    ["töte euch", "phrase"],
    ["töte dich", "phrase"],
    ["euch alle töten", "phrase"],
    ["euch alle abknallen", "phrase"],
    ["knall euch ab", "phrase"],
    ["amok", "prefix"],
    ["bombe", "word"],
    ["bombendrohung", "prefix"],
    ["bombenalarm", "prefix"],
    ["bombenfund", "prefix"],
    ["fliegerbombe", "prefix"],
    ["weltkriegsbombe", "prefix"],
    ["blindgänger", "prefix"],
    ["sprengsatz", "prefix"],
    ["sprengstoff", "prefix"],
    ["in die luft sprengen", "phrase"],
    ["in die luft jagen", "phrase"],
    ["anschlag auf", "phrase"],
    ["terroranschlag", "prefix"],
    ["mit einer waffe", "phrase"],
    ["mit waffe", "phrase"],
    ["mit einem messer", "phrase"],
    ["mit messer", "phrase"],
    ["bewaffnet", "prefix"],
    ["messerangriff", "prefix"],
    ["messerstecherei", "prefix"],
    ["schüsse", "word"],
    ["schießerei", "prefix"],
    ["geiselnahme", "prefix"],
    ["überfall", "prefix"],
    ["schlägerei", "prefix"],
    ["prügelei", "prefix"],
    ["bedroht", "word"],
    ["verfolgt mich", "phrase"],
    ["belästigt", "word"],
    ["stalker", "prefix"],
    ["stalkt", "word"],
    ["massaker", "word"],
    ["blutbad", "word"],
    ["giftköder", "prefix"],
  ],
  water: [
    ["wasserrohrbruch", "prefix"],
    ["rohrbruch", "prefix"],
    ["überschwemmt", "word"],
    ["überschwemmung", "prefix"],
    ["überflutet", "word"],
    ["überflutung", "prefix"],
    ["hochwasser", "prefix"],
    ["land unter", "phrase"],
    ["unter wasser", "phrase"],
    ["vollgelaufen", "word"],
    ["wasser im keller", "phrase"],
    ["voll wasser", "phrase"],
    ["läuft voll", "phrase"],
    ["steht das wasser", "phrase"],
    ["starkregen", "prefix"],
    ["sturzflut", "prefix"],
    ["dammbruch", "prefix"],
    ["deichbruch", "prefix"],
    ["damm gebrochen", "phrase"],
    ["deich gebrochen", "phrase"],
    ["über die ufer", "phrase"],
    ["pegel steigt", "phrase"],
    ["wasser steigt", "phrase"],
    ["kein wasser", "phrase"],
    ["kein trinkwasser", "phrase"],
    ["abkochgebot", "prefix"],
    ["abkochempfehlung", "prefix"],
    ["gully läuft über", "phrase"],
    ["kanal läuft über", "phrase"],
    ["wasserfontäne", "prefix"],
  ],
  tree: [
    ["umgestürzt", "prefix"],
    ["umgestürzter baum", "phrase"],
    ["baum umgestürzt", "phrase"],
    ["baum umgefallen", "phrase"],
    ["baum ist umgefallen", "phrase"],
    ["bäume umgefallen", "phrase"],
    ["umgefallener baum", "phrase"],
    ["umgekippter baum", "phrase"],
    ["baum umgekippt", "phrase"],
    ["ast abgebrochen", "phrase"],
    ["äste abgebrochen", "phrase"],
    ["abgebrochener ast", "phrase"],
    ["abgebrochene äste", "phrase"],
    ["ast hängt", "phrase"],
    ["äste hängen", "phrase"],
    ["hängt ein ast", "phrase"],
    ["droht umzustürzen", "phrase"],
    ["droht umzufallen", "phrase"],
    ["droht abzubrechen", "phrase"],
    ["astbruch", "prefix"],
    ["windbruch", "prefix"],
    ["sturmschaden", "prefix"],
    ["sturmschäden", "prefix"],
    ["entwurzelt", "prefix"],
    ["morsch", "prefix"],
    ["baum auf der fahrbahn", "phrase"],
    ["baum auf der straße", "phrase"],
    ["baum kippt", "phrase"],
  ],
  infrastructure: [
    ["ampel ausgefallen", "phrase"],
    ["ampel ist ausgefallen", "phrase"],
    ["ampeln ausgefallen", "phrase"],
    ["ampelausfall", "prefix"],
    ["ampel defekt", "phrase"],
    ["ampel ist defekt", "phrase"],
    ["ampel ist aus", "phrase"],
    ["stromausfall", "prefix"],
    ["kein strom", "phrase"],
    ["keinen strom", "phrase"],
    ["oberleitung gerissen", "phrase"],
    ["oberleitung beschädigt", "phrase"],
    ["leitung gerissen", "phrase"],
    ["kabel hängt herunter", "phrase"],
    ["kabel hängen herunter", "phrase"],
    ["kabel liegen offen", "phrase"],
    ["kabel liegt offen", "phrase"],
    ["gullydeckel fehlt", "phrase"],
    ["kanaldeckel fehlt", "phrase"],
    ["schachtdeckel fehlt", "phrase"],
    ["offener schacht", "phrase"],
    ["offenen schacht", "phrase"],
    ["offener gully", "phrase"],
    ["offenes loch", "phrase"],
    ["offene baugrube", "phrase"],
    ["öl läuft aus", "phrase"],
    ["läuft öl aus", "phrase"],
    ["öl ausgelaufen", "phrase"],
    ["einsturz", "prefix"],
    ["eingestürzt", "word"],
    ["droht einzustürzen", "phrase"],
    ["abgesackt", "word"],
    ["erdrutsch", "prefix"],
    ["hangrutsch", "prefix"],
    ["glatteis", "prefix"],
    ["blitzeis", "prefix"],
    ["ölspur", "prefix"],
    ["liegt auf der fahrbahn", "phrase"],
    ["liegen auf der fahrbahn", "phrase"],
    ["liegt auf der straße", "phrase"],
    ["liegen auf der straße", "phrase"],
    ["liegt auf dem radweg", "phrase"],
    ["liegen auf dem radweg", "phrase"],
    ["liegt auf den gleisen", "phrase"],
    ["blockiert die fahrbahn", "phrase"],
    ["versperrt die fahrbahn", "phrase"],
    ["im aufzug eingeschlossen", "phrase"],
    ["im aufzug stecken", "phrase"],
    ["aufzug steckt fest", "phrase"],
    ["steckengeblieben", "word"],
    ["schranke defekt", "phrase"],
    ["bahnübergang defekt", "phrase"],
  ],
};

/**
 * Terms that may report a danger to people, at least 120. See
 * {@link DangerEntry} for the fields and {@link DangerMatch} for matching;
 * a hit that a {@link DANGER_FALSE_FRIENDS} entry covers does not count.
 */
export const DANGER_TERMS: readonly DangerEntry[] = Object.freeze(
  DANGER_CATEGORIES.flatMap((category) => BY_CATEGORY[category].map(([term, match]) => Object.freeze({ term, category, match }))),
);

/**
 * Words and phrases that contain a danger term but report no danger:
 * "Brandschutzübung", "Unfallstatistik", "Kosten explodiert", "die
 * Haltestelle wird nicht angefahren", "Feuer und Flamme". In lexicon form.
 *
 * Matching: a one-word entry is found inside a token, as a word part
 * ("brandschutz" in "Brandschutzübung"); an entry of several words as
 * consecutive whole tokens ("kosten explodiert"). A danger hit does not
 * count when a false friend covers it: the false friend's span includes
 * the hit's span and is longer. Kept to what is certainly harmless: "Unfall
 * gestern an der Kreuzung" stays a hit, even if it is over.
 */
export const DANGER_FALSE_FRIENDS: readonly string[] = Object.freeze([
  // "brand"
  "brandenburg",
  "brandschutz",
  "brandschutzübung",
  "brandschau",
  "brandwache",
  "brandverhütung",
  "brandneu",
  "brandaktuell",
  "brandheiß",
  "brandrede",
  "brandbrief",
  "brandmauer",
  "brandmark",
  "brandt",
  "brandung",
  // "unfall", "verkehrsunfall"
  "unfallstatistik",
  "verkehrsunfallstatistik",
  "unfallversicherung",
  "unfallkasse",
  "unfallverhütung",
  "unfallprävention",
  "unfallschwerpunkt",
  "unfallfrei",
  "unfallchirurgie",
  "unfallkrankenhaus",
  "unfallklinik",
  // "explosion", "explodiert"
  "explosionsartig",
  "kosten explodiert",
  "preise explodiert",
  "mieten explodiert",
  "nachfrage explodiert",
  // "brennt", "brennen"
  "brennt nicht",
  "brennen nicht",
  "licht brennt",
  "laterne brennt",
  "straßenlaterne brennt",
  "straßenlaternen brennen",
  "straßenbeleuchtung brennt",
  "lampe brennt",
  "laternen brennen",
  "lampen brennen",
  "kerzen brennen",
  "sonne brennt",
  "brennt darauf",
  "brennt die ganze nacht",
  "brennt uns unter den nägeln",
  "brennt mir unter den nägeln",
  "unter den nägeln brennen",
  "brennt für",
  "brennen für",
  // "verbrannt"
  "geld verbrannt",
  "steuergeld verbrannt",
  "millionen verbrannt",
  // "feuer"
  "feuer und flamme",
  // "brennt": "Bei uns brennt die Luft" (the mood is heated)
  "brennt die luft",
  "feuer gefangen",
  // "angefahren", "überfahren"
  "wird angefahren",
  "werden angefahren",
  "nicht angefahren",
  "nicht mehr angefahren",
  "angefahren werden",
  "ampel überfahren",
  "haltelinie überfahren",
  "bei rot überfahren",
  "mich überfahren",
  "uns überfahren",
  "überfahren gefühlt",
  // "verletzt"
  "pflicht verletzt",
  "pflichten verletzt",
  "aufsichtspflicht verletzt",
  "verkehrssicherungspflicht verletzt",
  "rechte verletzt",
  "gefühle verletzt",
  "datenschutz verletzt",
  "urheberrecht verletzt",
  // "zusammengebrochen"
  "server zusammengebrochen",
  "system zusammengebrochen",
  "netz zusammengebrochen",
  "internet zusammengebrochen",
  "seite zusammengebrochen",
  "website zusammengebrochen",
  "verkehr zusammengebrochen",
  // "vergiftet", "gebissen", "keine luft"
  "klima vergiftet",
  "stimmung vergiftet",
  "atmosphäre vergiftet",
  "sauren apfel gebissen",
  "keine luft nach oben",
  "keine luft mehr nach oben",
  // "hochwasser", "starkregen"
  "hochwasserschutz",
  "hochwasserrückhalt",
  "hochwasservorsorge",
  "hochwassergefahrenkarte",
  "hochwasserrisiko",
  "hochwassermarke",
  "starkregenvorsorge",
  "starkregengefahrenkarte",
  "starkregenrisiko",
  // "glatteis"
  "aufs glatteis",
  // "amok", "bombe"
  "amokübung",
  "amoktraining",
  "war die bombe",
  "ist die bombe",
  "wie eine bombe",
  "wie die bombe",
  // "bedroht"
  "vom aussterben bedroht",
  "existenz bedroht",
  "schließung bedroht",
  // "belästigt"
  "lärm belästigt",
  "gestank belästigt",
  // "suizid"
  "suizidprävention",
]);

/**
 * A danger told in two parts that German word order keeps apart: what is
 * affected and what happens to it ("Der Baum vor unserem Haus neigt sich",
 * "Baum auf die Oberleitung gefallen", "Jemand ist umgekippt"). Found when
 * a word of `subjects` and a word or phrase of `states` stand in one
 * sentence, in either order, at most {@link DANGER_COMBINATION_REACH} words
 * apart, and the state is not negated ("der Baum ist nicht umgefallen").
 */
export interface DangerCombination {
  /** What kind of danger the two together point to. */
  readonly category: DangerCategory;
  /** Whole words in lexicon form: what falls, burns, floods or is hurt. */
  readonly subjects: readonly string[];
  /** Whole words or phrases (consecutive words) in lexicon form: what happens to it. */
  readonly states: readonly string[];
  /** Texts that the combination finds. */
  readonly examples: readonly string[];
  /** Texts it must not find. */
  readonly counterExamples: readonly string[];
}

/** How many words apart a subject and a state of a {@link DangerCombination} may stand. */
export const DANGER_COMBINATION_REACH = 8;

const PEOPLE_WORDS = [
  "jemand", "mann", "frau", "kind", "junge", "mädchen", "person", "baby", "rentner", "rentnerin", "seniorin", "senior",
  "oma", "opa", "schüler", "schülerin", "passant", "passantin", "radfahrer", "radfahrerin", "fußgänger", "fußgängerin",
  "läufer", "läuferin", "nachbar", "nachbarin", "besucher", "besucherin", "fahrer", "fahrerin",
];

/**
 * Subjects and states that together report a danger; see
 * {@link DangerCombination}. Each is a common way to tell a danger in
 * German without a fixed phrase.
 */
export const DANGER_COMBINATIONS: readonly DangerCombination[] = deepFreezeList([
  {
    category: "tree",
    subjects: [
      "baum", "bäume", "baumkrone", "ast", "äste", "pappel", "pappeln", "eiche", "eichen", "buche", "buchen", "linde", "linden",
      "kastanie", "kastanien", "birke", "birken", "tanne", "tannen", "fichte", "fichten", "platane", "platanen", "ahorn", "weide",
    ],
    states: [
      "umgefallen", "umgekippt", "umgestürzt", "gestürzt", "gefallen", "gekippt", "abgebrochen", "abgeknickt", "abgerissen",
      "entwurzelt", "geworfen", "liegt quer", "neigt sich", "kippt", "bricht", "splittert", "hängt", "hängen", "droht",
    ],
    examples: ["Baum auf die Oberleitung gefallen", "Der Baum vor unserem Haus neigt sich bedenklich", "Der Sturm hat eine Pappel auf ein Auto geworfen", "Zwei Bäume sind umgekippt"],
    counterExamples: ["Der Baum vor der Kita sollte mal geschnitten werden", "Die Äste aus den Gärten werden abgeholt", "Der neue Baum gefällt mir"],
  },
  {
    category: "accident",
    subjects: [
      "auto", "autos", "pkw", "lkw", "laster", "transporter", "bus", "fahrzeug", "wagen", "motorrad", "roller", "radfahrer",
      "radfahrerin", "fahrradfahrer", "fahrradfahrerin", "fußgänger", "fußgängerin", "zug", "straßenbahn", "traktor",
    ],
    states: [
      "überschlagen", "gekracht", "geknallt", "verunglückt", "geschleudert", "abgekommen", "zusammengestoßen", "zusammengeprallt",
      "aufgefahren", "liegt auf der seite", "auf dem dach", "im graben", "in den graben", "ins geländer", "gegen einen baum",
      "angefahren", "erfasst",
    ],
    examples: ["Auto hat sich auf dem Feldweg überschlagen", "Ein Auto ist ins Geländer gefahren", "Ein Radfahrer wurde von einem Bus erfasst"],
    counterExamples: ["Der Bus fährt ab Montag über die Rosenau", "Autos parken auf dem Gehweg"],
  },
  {
    category: "medical",
    subjects: PEOPLE_WORDS,
    states: ["umgekippt", "zusammengebrochen", "zusammengesackt", "bewusstlos", "ohnmächtig", "gestürzt", "regungslos", "reglos", "krampft", "blutet", "atmet nicht", "atmet kaum", "am boden"],
    examples: ["Beim Stadtlauf ist jemand umgekippt", "Eine ältere Frau ist vor dem Rathaus zusammengesackt"],
    counterExamples: ["Die Mülltonne ist umgekippt", "Jemand hat die Bank am Weiher gestrichen"],
  },
  {
    category: "water",
    subjects: ["wasser", "damm", "deich", "bach", "fluss", "keller", "tiefgarage", "unterführung"],
    states: ["steigt", "läuft", "dringt", "strömt", "sprudelt", "schießt", "gibt nach", "bricht", "sickert durch", "tritt über", "steht unter wasser", "überflutet"],
    examples: ["Der Damm am Bach gibt nach", "Das Wasser läuft schon in die Gärten", "Das Wasser dringt in den Keller"],
    counterExamples: ["Das Wasser im Freibad ist kalt heute", "Der Keller im Rathaus wird renoviert"],
  },
  {
    category: "infrastructure",
    subjects: ["ampel", "ampeln", "ampelanlage", "lichtzeichenanlage", "bahnschranke", "schranke"],
    states: ["ausgefallen", "ist aus", "sind aus", "defekt", "kaputt", "geht nicht", "funktioniert nicht", "bleibt offen"],
    examples: ["Die Ampel an der Kreuzung Hauptstraße ist ausgefallen", "Am Bahnhof: die Ampeln sind aus, alle fahren durcheinander"],
    counterExamples: ["Die Ampel an der Schule ist jetzt länger grün", "Neue Ampel am Markt geplant"],
  },
  {
    category: "infrastructure",
    subjects: ["stromleitung", "leitung", "leitungen", "kabel", "oberleitung", "strommast", "mast", "dachziegel", "ziegel", "dachteile", "dachplatten", "fassadenteile", "gerüst", "bauzaun", "absperrung", "verkehrsschild"],
    states: ["hängt", "hängen", "runter", "herunter", "gerissen", "abgerissen", "umgestürzt", "umgeknickt", "umgefallen", "umgekippt", "fliegen", "fliegt", "fallen", "fällt", "löst sich", "lösen sich", "lose"],
    examples: ["Stromleitung hängt nach dem Sturm runter", "Dachziegel fliegen vom Kirchturm", "Die Absperrung an der Baugrube ist umgefallen"],
    counterExamples: ["Die Stromleitung wird nächste Woche verlegt", "Neue Dachziegel für die Kita"],
  },
  {
    category: "infrastructure",
    subjects: ["hund", "hunde", "pferd", "pferde", "kuh", "kühe", "reh", "rehe", "wildschwein", "wildschweine", "schafe", "kind", "kinder"],
    states: ["autobahn", "schnellstraße", "bundesstraße", "gleis", "gleisen", "gleise", "dünnen eis", "dünne eis", "auf dem eis"],
    examples: ["Ein Hund läuft auf der Zufahrt zur Schnellstraße rum", "Kinder spielen auf dem dünnen Eis am Weiher", "Pferde auf der Bundesstraße"],
    counterExamples: ["Hunde sind auf dem Wochenmarkt erlaubt", "Die Kinder waren im Freibad"],
  },
]);

function deepFreezeList<T extends object>(entries: T[]): readonly T[] {
  for (const entry of entries) {
    for (const value of Object.values(entry)) if (Array.isArray(value)) Object.freeze(value);
    Object.freeze(entry);
  }
  return Object.freeze(entries);
}

/** What to do about one category of danger: for the team (German first) and the numbers to give. */
export interface DangerNextStep {
  /** What the team does and tells the writer, in German. */
  readonly de: string;
  /** The same in English. */
  readonly en: string;
  /** Numbers to call or to give, most urgent first, as dialled in Germany. */
  readonly emergencyNumbers: readonly string[];
}

/**
 * What the social-media team does when a comment may report a danger of
 * each category, and the numbers to give. Social media replaces no emergency
 * call: the reply tells the writer to call, and the team calls itself where
 * the writer may not be able to. The local on-call services (Stadtwerke,
 * Bauhof) have no nationwide number; a town hall adds its own.
 */
export const DANGER_NEXT_STEPS: Readonly<Record<DangerCategory, DangerNextStep>> = Object.freeze({
  fire: step(
    "Brand gemeldet: Sofort die Feuerwehr unter 112 anrufen, wenn nicht sicher ist, dass sie schon alarmiert ist. Der Person antworten: 112 wählen, sich in Sicherheit bringen, andere warnen.",
    "Fire reported: call the fire brigade on 112 at once unless it is certain they have been alerted. Tell the writer: call 112, get to safety, warn others.",
    ["112"],
  ),
  gas: step(
    "Gasgeruch gemeldet: Der Person antworten, das Gebäude sofort zu verlassen, keine Lichtschalter, Klingeln oder Telefone im Haus zu benutzen, kein offenes Feuer, andere Bewohner zu warnen und von draußen 112 anzurufen. Den Bereitschaftsdienst des Gasversorgers (Stadtwerke) verständigen.",
    "Smell of gas reported: tell the writer to leave the building at once, not to use light switches, doorbells or phones inside, no open flame, to warn the other residents and to call 112 from outside. Alert the gas utility's on-call service (Stadtwerke).",
    ["112"],
  ),
  accident: step(
    "Unfall gemeldet: Sind Menschen verletzt oder in Gefahr, sofort 112 anrufen; ohne Verletzte die Polizei unter 110. Der Person antworten, dass sie selbst den Notruf wählt; soziale Medien ersetzen keinen Notruf.",
    "Accident reported: if anyone is hurt or in danger, call 112 at once; without injuries, the police on 110. Tell the writer to make the emergency call themselves; social media replaces no emergency call.",
    ["112", "110"],
  ),
  medical: step(
    "Medizinischer Notfall gemeldet: Bei Lebensgefahr sofort 112 anrufen und der Person antworten, selbst 112 zu wählen. Ist es kein Notfall, hilft der ärztliche Bereitschaftsdienst unter 116 117.",
    "Medical emergency reported: if a life may be at risk, call 112 at once and tell the writer to call 112 themselves. If it is not an emergency, the out-of-hours medical service helps on 116 117.",
    ["112", "116 117"],
  ),
  "self-harm": step(
    "Hinweis auf Suizidgedanken: Die Person nicht allein lassen. Freundlich und direkt antworten (am besten per Direktnachricht) und auf die TelefonSeelsorge hinweisen: 0800 111 0 111 oder 0800 111 0 222, rund um die Uhr, kostenlos und anonym; für Kinder und Jugendliche die Nummer gegen Kummer, 116 111. Bei akuter Gefahr sofort 112 anrufen.",
    "Signs of suicidal thoughts: do not leave the person alone. Answer kindly and directly (best by direct message) and point to the TelefonSeelsorge: 0800 111 0 111 or 0800 111 0 222, day and night, free and anonymous; for children and young people the Nummer gegen Kummer, 116 111. If there is acute danger, call 112 at once.",
    ["112", "0800 111 0 111", "0800 111 0 222", "116 111"],
  ),
  threat: step(
    "Drohung, Waffe oder Gewalt gemeldet oder angekündigt: Sofort die Polizei unter 110 verständigen. Den Beitrag sichern (Bildschirmfoto mit Datum, Uhrzeit und Link) und erst danach ausblenden; nicht öffentlich antworten.",
    "Threat, weapon or violence reported or announced: alert the police on 110 at once. Preserve the post (screenshot with date, time and link) and only then hide it; do not answer in public.",
    ["110"],
  ),
  water: step(
    "Rohrbruch oder Überflutung gemeldet: Den Bereitschaftsdienst der Stadtwerke bzw. des Wasserversorgers verständigen. Sind Menschen in Gefahr, sofort 112 anrufen.",
    "Burst main or flooding reported: alert the on-call service of the Stadtwerke or the water utility. If people are in danger, call 112 at once.",
    ["112"],
  ),
  tree: step(
    "Umgestürzter Baum oder abbrechende Äste gemeldet: Den Bereitschaftsdienst von Bauhof bzw. Grünflächenamt verständigen. Sind Menschen in Gefahr oder ist eine Straße blockiert, sofort 112 anrufen.",
    "Fallen tree or breaking branches reported: alert the on-call service of the Bauhof or the parks department. If people are in danger or a road is blocked, call 112 at once.",
    ["112"],
  ),
  infrastructure: step(
    "Gefahr an Straße, Ampel, Leitungen oder Gebäude gemeldet: Den Bereitschaftsdienst von Bauhof bzw. Stadtwerken verständigen. Sind Menschen in Gefahr, sofort 112 anrufen; bei Gefahr im Straßenverkehr auch die Polizei unter 110.",
    "Danger on a road, traffic light, power line or building reported: alert the on-call service of the Bauhof or the Stadtwerke. If people are in danger, call 112 at once; for danger in traffic, also the police on 110.",
    ["112", "110"],
  ),
});

function step(de: string, en: string, emergencyNumbers: readonly string[]): DangerNextStep {
  return Object.freeze({ de, en, emergencyNumbers: Object.freeze([...emergencyNumbers]) });
}
