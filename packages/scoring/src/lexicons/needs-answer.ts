/*
 * Signs that a citizen's comment wants an answer from the town hall (a
 * question, a request, a complaint) or needs none (thanks, praise, a lone
 * 👍). Written for this project from the authors' own knowledge of how
 * people write to a municipality.
 *
 * Matching, for every list here: entries are in lexicon form (lower case,
 * umlauts and ß as written; compare after `foldForLexicon`). An entry of
 * several words matches consecutive tokens in one sentence; a word ending in
 * `*` matches every token beginning with what comes before the star
 * ("welche*" finds "welcher", "welchen"). Emoji are compared as in
 * `EMOJI_SENTIMENT` (without U+FE0F and skin tones).
 */

/**
 * Question words and question openings. A question word counts where it
 * begins a sentence or where its sentence ends with "?": "was", "wer" and
 * "wie" are also relative pronouns and comparisons ("das, was ich meine",
 * "so wie immer"). A verb-first question ("Ist der Wertstoffhof heute
 * offen?") is told by its "?"; the openings listed here ("gibt es",
 * "kann man", "weiß jemand") count at a sentence start even without one, as
 * comments often leave it out.
 */
export const QUESTION_WORDS: readonly string[] = Object.freeze([
  // question words
  "wann",
  "wo",
  "wohin",
  "woher",
  "wie",
  "warum",
  "wieso",
  "weshalb",
  "weswegen",
  "wozu",
  "wer",
  "wen",
  "wem",
  "wessen",
  "was",
  "welche*",
  "wieviel*",
  "wie viel",
  "wie viele",
  "wie lange",
  "wie oft",
  "womit",
  "wofür",
  "worauf",
  "woran",
  "worüber",
  "wodurch",
  "wobei",
  "wovon",
  "bis wann",
  "ab wann",
  "seit wann",
  // question openings
  "kann man",
  "könnte man",
  "darf man",
  "muss man",
  "soll man",
  "kann ich",
  "darf ich",
  "muss ich",
  "brauche ich",
  "bekomme ich",
  "kriege ich",
  "können wir",
  "dürfen wir",
  "gibt es",
  "gibts",
  "ist es möglich",
  "stimmt es",
  "weiß jemand",
  "kennt jemand",
  "hat jemand",
  "kann jemand",
  "wer weiß",
  "weiß man",
  "wisst ihr",
  "wissen sie",
  "habt ihr",
  "haben sie",
  "wo kann ich",
  "wo finde ich",
  "wie komme ich",
  "an wen",
  "wer ist zuständig",
]);

/**
 * Markers of a request or a demand: the writer wants something done or
 * wants to be told something ("Bitte räumt den Gehweg", "Könnten Sie mir
 * sagen …", "Da müsste mal jemand nachsehen", "Kümmert euch endlich").
 * A request needs an answer even when it is also a complaint.
 */
export const REQUEST_MARKERS: readonly string[] = Object.freeze([
  "bitte",
  "ich bitte um",
  "wir bitten um",
  "bitte um",
  "könnten sie",
  "könntet ihr",
  "können sie",
  "könnt ihr",
  "würden sie",
  "würdet ihr",
  "wäre es möglich",
  "wäre schön wenn",
  "wäre super wenn",
  "wäre toll wenn",
  "wäre nett wenn",
  "wäre gut wenn",
  "ich wäre dankbar",
  "wäre ich dankbar",
  "wären wir dankbar",
  "wir brauchen",
  "ich brauche",
  "wir benötigen",
  "ich benötige",
  "sollte mal",
  "müsste mal",
  "sollte dringend",
  "müsste dringend",
  "man sollte",
  "man müsste",
  "sollte man",
  "müsste man",
  "kümmert euch",
  "kümmern sie sich",
  "bitte kümmern",
  "macht mal",
  "macht was",
  "tut was",
  "tut endlich",
  "unternehmt",
  "unternehmen sie",
  "schaut euch",
  "schauen sie sich",
  "seht euch",
  "sehen sie sich",
  "ich möchte melden",
  "möchte melden",
  "ich melde",
  "hiermit melde ich",
  "ich möchte",
  "wir möchten",
  "wir fordern",
  "ich fordere",
  "es wird zeit",
  "höchste zeit",
  "dringend",
  "bitte um rückmeldung",
  "bitte um antwort",
  "bitte um rückruf",
  "melden sie sich",
  "meldet euch",
  "bitte melden",
  "gebt bescheid",
  "geben sie bescheid",
  "hätte gern",
  "hätte gerne",
  "hätten gern",
  "hätten gerne",
  "wünsche mir",
  "wünschen uns",
  "ich schlage vor",
  "vorschlag",
  "wie wäre es mit",
]);

/**
 * Markers of a complaint about a concrete problem: something is broken,
 * dirty, late, not done, or nobody reacts ("seit Wochen", "wurde nicht
 * abgeholt", "niemand erreichbar", "Risse"). A complaint deserves an answer
 * even without a question; with `IRONY_MARKERS` of effect
 * `flip-if-negative` it also turns praise into sarcasm. Annoyance without a
 * concrete problem ("schon wieder Stau", "eine Katastrophe") is in
 * {@link ANNOYANCE_MARKERS}.
 */
export const COMPLAINT_MARKERS: readonly string[] = Object.freeze([
  // an unresolved problem
  "seit stunden",
  "seit tagen",
  "seit wochen",
  "seit monaten",
  "immer noch",
  "noch immer",
  "warte seit",
  "warten seit",
  "wartezeit",
  "keinen termin",
  "kein termin",
  "keine termine",
  // nobody reacts
  "niemand erreichbar",
  "keiner erreichbar",
  "nicht erreichbar",
  "niemand geht ran",
  "keiner geht ran",
  "keine antwort",
  "keine rückmeldung",
  "keine reaktion",
  "nicht reagiert",
  "reagiert niemand",
  "reagiert keiner",
  "nichts passiert",
  "passiert nichts",
  "nix passiert",
  "passiert nix",
  "tut sich nichts",
  "tut sich nix",
  "niemand zuständig",
  "keiner zuständig",
  "fühlt sich niemand zuständig",
  "niemand kümmert sich",
  "keiner kümmert sich",
  "kümmert sich niemand",
  "kümmert sich keiner",
  "im stich gelassen",
  "ignoriert",
  // not done
  "wurde nicht abgeholt",
  "nicht abgeholt",
  "nicht geleert",
  "nicht gestreut",
  "nicht geräumt",
  "nicht gemäht",
  "wurde vergessen",
  "vergessen worden",
  "nicht bearbeitet",
  "nicht beantwortet",
  "nicht repariert",
  "nicht gekehrt",
  "nicht ausgeschildert",
  "zu spät",
  // broken, dirty, dangerous
  "kaputt",
  "defekt",
  "funktioniert nicht",
  "klappt nicht",
  "lädt nicht",
  "geht nicht",
  "fällt aus",
  "ausgefallen",
  "verstopft",
  "überfüllt",
  "quillt über",
  "läuft über",
  "vermüllt",
  "zugemüllt",
  "verdreckt",
  "beschädigt",
  "beschmiert",
  "risse",
  "wackeln",
  "wackelt",
  "stolperfalle",
  "schimmel",
  "schimmelt",
  "schimmeln",
  "schlagloch",
  "schlaglöcher",
  "laterne ist aus",
  "laterne defekt",
  "wilder müll",
  "illegal entsorgt",
  "müll abgeladen",
  "hundekot",
  "hundehaufen",
  "ratten",
  "zugeparkt",
  "falschparker",
  "lärm",
  "zu laut",
  "lärmbelästigung",
  "ruhestörung",
  "gestank",
  "stinkt",
  "gefährlich",
  "lebensgefährlich",
  // a formal complaint
  "beschwerde",
  "beschweren",
]);

/**
 * Markers of annoyance: repetition and verdicts that show the writer is
 * fed up ("schon wieder", "mal wieder", "eine Katastrophe") but name no
 * concrete problem the town could fix: "Scheiße, schon wieder Stau" and
 * "Parken beim Stadtfest war eine Katastrophe" need no answer. They make a
 * comment negative and, like {@link COMPLAINT_MARKERS}, turn praise of
 * `flip-if-negative` markers into sarcasm.
 */
export const ANNOYANCE_MARKERS: readonly string[] = Object.freeze([
  "seit jahren",
  "immer wieder",
  "schon wieder",
  "wieder mal",
  "mal wieder",
  "zum wiederholten mal",
  "zum xten mal",
  "zum dritten mal",
  "jedes mal",
  "raser",
  "unzumutbar",
  "zumutung",
  "ärgerlich",
  "unmöglich",
  "katastrophe",
  "skandal",
  "nicht in ordnung",
  "geht gar nicht",
  "kann nicht sein",
  "reicht langsam",
  "langsam reichts",
]);

/**
 * Verbs and participles of a service that make a complaint together with a
 * negator in the same clause, in either order and with words between:
 * "Wieder kein Papier abgeholt", "erreicht man hier nie jemanden", "die
 * App funktioniert seit Montag nicht", "Warum antwortet niemand". Whole
 * words in lexicon form; the negators are `NEGATORS`.
 */
export const NEGATED_SERVICE_WORDS: readonly string[] = Object.freeze([
  "abgeholt",
  "holt",
  "abholt",
  "leert",
  "räumt",
  "streut",
  "geleert",
  "gestreut",
  "geräumt",
  "gemäht",
  "gekehrt",
  "repariert",
  "bearbeitet",
  "beantwortet",
  "geantwortet",
  "antwortet",
  "zurückgerufen",
  "ausgeschildert",
  "erreichbar",
  "erreicht",
  "funktioniert",
  "klappt",
  "lädt",
  "kam",
  "kommt",
  "hält",
  "reagiert",
]);

/**
 * Units of time after "seit" and a number that tell of a problem left
 * unresolved: "seit zwei Wochen", "seit 3 Monaten", "seit vielen Tagen"
 * (the number is any numeral or one of {@link DURATION_NUMBERS}). Years are
 * left out: "seit Jahren" is annoyance, see {@link ANNOYANCE_MARKERS}.
 */
export const DURATION_UNITS: readonly string[] = Object.freeze(["stunden", "tagen", "wochen", "monaten"]);

/** Number words between "seit" and a unit of {@link DURATION_UNITS}. */
export const DURATION_NUMBERS: readonly string[] = Object.freeze([
  "einer", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf",
  "vielen", "mehreren", "etlichen", "einigen", "ein", "paar",
]);

/** How many words apart a negator and a word of {@link NEGATED_SERVICE_WORDS} may stand. */
export const NEGATED_SERVICE_REACH = 4;

/**
 * Finite verbs that open a yes/no question when they begin a sentence,
 * also without a "?": "Ist der Wertstoffhof heute offen", "Gilt der
 * Kalender auch für Birkenhain", "Bekommt man eine Bestätigung". Not when
 * a particle of a statement follows ("Ist ja der Hammer", "War doch
 * gut"), nor when the sentence ends in "!". First-person forms ("Bin",
 * "Hab") are left out: comments drop the "ich" in statements ("Hab das
 * Schild gesehen").
 */
export const QUESTION_VERBS: readonly string[] = Object.freeze([
  "ist",
  "sind",
  "war",
  "waren",
  "wird",
  "werden",
  "wurde",
  "wurden",
  "gilt",
  "gelten",
  "gibt",
  "hat",
  "haben",
  "hatte",
  "kann",
  "können",
  "darf",
  "dürfen",
  "muss",
  "müssen",
  "soll",
  "sollen",
  "sollte",
  "bekommt",
  "bekommen",
  "kriegt",
  "kriegen",
  "kommt",
  "kommen",
  "fährt",
  "fahren",
  "hält",
  "öffnet",
  "öffnen",
  "macht",
  "braucht",
  "brauchen",
  "findet",
  "geht",
  "gehört",
  "weiß",
  "wisst",
  "habt",
  "seid",
  "kostet",
  "dauert",
  "reicht",
  "zählt",
]);

/**
 * Words that, right after a verb of {@link QUESTION_VERBS} or a question
 * opening, make a statement or an exclamation of it: "Ist ja der Hammer",
 * "Kann man nicht meckern", "Muss man sagen".
 */
export const STATEMENT_PARTICLES: readonly string[] = Object.freeze(["ja", "doch", "halt", "eben", "wohl", "eh", "schon"]);

/**
 * Questions that want no answer: idioms of praise or scorn that look like
 * a question ("Kann man nicht meckern", "Habt ihr sonst nix zu tun",
 * "Geht's noch"). Consecutive words in lexicon form; a question sign in
 * their sentence does not count.
 */
export const RHETORICAL_QUESTIONS: readonly string[] = Object.freeze([
  "kann man nicht meckern",
  "kann man nur empfehlen",
  "kann man nur loben",
  "muss man sagen",
  "muss man ehrlich sagen",
  "muss man lassen",
  "habt ihr sonst nix zu tun",
  "habt ihr sonst nichts zu tun",
  "haben sie sonst nichts zu tun",
  "geht's noch",
  "gehts noch",
  "wer hat sich das ausgedacht",
  "wer denkt sich sowas aus",
  "wer denkt sich so was aus",
  "was soll das",
]);

/**
 * Markers of a comment that needs no answer: thanks, praise, cheering, a
 * lone emoji. They count only when the comment consists of nothing else
 * (apart from mentions, names, punctuation and further markers of this
 * list): "Danke! 👍" needs no answer, "Danke, aber wann kommt die Tonne?"
 * does.
 */
export const NO_ANSWER_MARKERS: readonly string[] = Object.freeze([
  "danke",
  "dankeschön",
  "danke schön",
  "danke sehr",
  "vielen dank",
  "herzlichen dank",
  "besten dank",
  "tausend dank",
  "merci",
  "super",
  "toll",
  "klasse",
  "prima",
  "top",
  "spitze",
  "cool",
  "schön",
  "sehr schön",
  "wunderbar",
  "großartig",
  "perfekt",
  "weiter so",
  "gut gemacht",
  "bravo",
  "gefällt mir",
  "daumen hoch",
  "freu mich",
  "ich freue mich",
  "wir freuen uns",
  "finde ich gut",
  "klingt gut",
  "sieht gut aus",
  "wow",
  "juhu",
  "endlich",
  "gerne",
  "👍",
  "👏",
  "🙌",
  "🙏",
  "👌",
  "💪",
  "❤️",
  "😍",
  "🥰",
  "😊",
  "🙂",
  "😀",
  "😃",
  "😄",
  "🤗",
  "🎉",
  "💯",
]);
