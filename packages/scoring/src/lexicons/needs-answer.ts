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
 * `EMOJI_SENTIMENT` (without U+FE0F and skin tones). A clitic "'s" is read
 * as part of its word, so entries spell "gibts", "gehts noch", "kennts"
 * for "gibt's", "geht's noch", "kennt's".
 */

/**
 * Question words and question openings. A question word counts where it
 * begins a sentence (also after "und", "hallo", "ok"), where its sentence
 * ends with "?", after a comma or a colon where a finite verb follows it
 * ("Hallo zusammen, wo bekomme ich …"; "warum", "wann" also without one),
 * and in the middle of a clause after its verb ("Die Tonne wird wann
 * abgeholt", "Gelbe Säcke bekommt man wo"): "was", "wer" and "wie" are
 * also relative pronouns and comparisons ("das, was ich meine", "so wie
 * immer"), see {@link NOT_QUESTIONS}. A question word of several words
 * ("wie lange", "ab wann") counts as one. The openings listed here ("gibt
 * es", "kann man", "weiß jemand", "ich wüsste gern") count at the start of
 * a clause even without a "?", as comments often leave it out; so do the
 * verbs of {@link QUESTION_VERBS}.
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
  // typos and dialect: "wan kommt die Tonne", "wat kostet dit", "wia lang dauert des"
  "wan",
  "wiso",
  "wat",
  "wia",
  "wos",
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
  "gibs",
  "jibt et",
  "jibts",
  "kan man",
  "kan ich",
  "kann mann",
  "weis jemand",
  "weis einer",
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
  // indirect questions and announced questions: "Ich wüsste gern, ob …", "Mich würde interessieren, wie …"
  "ich wüsste gern",
  "ich wüsste gerne",
  "wüsste gern",
  "wüsste gerne",
  "ich würde gerne wissen",
  "würde gerne wissen",
  "würde gern wissen",
  "mich würde interessieren",
  "mich würde mal interessieren",
  "würde mich interessieren",
  "würde mich mal interessieren",
  "mich interessiert",
  "ich frage mich",
  "frage mich",
  "hat jemand ne ahnung",
  "hat jemand eine ahnung",
  "weiß einer",
  "weiß hier jemand",
  "weiß da jemand",
  "kann mir jemand",
  "kann mir einer",
  "kann mir wer",
  "kann mir mal jemand",
  "kann mir mal einer",
  "kann mir mal wer",
  "erklärt mir mal",
  "erklärt mir bitte",
  "erklären sie mir",
  "könnte mir jemand",
  "wer kann mir",
  "mir ist nicht klar",
  "ist mir nicht klar",
  "bin unsicher",
  "ich bin unsicher",
  "bin mir nicht sicher",
  "ich bin mir nicht sicher",
  "ich hätte eine frage",
  "hätte eine frage",
  "hätte da eine frage",
  "hätte mal eine frage",
  "ich habe eine frage",
  "habe eine frage",
  "hab eine frage",
  "hab ne frage",
  "hab mal ne frage",
  "hab da mal ne frage",
  "kurze frage",
  "mal ne frage",
  "mal eine frage",
  "noch eine frage",
  "noch ne frage",
  "frage an",
  "eine frage an",
  "stimmt das",
  "ist das richtig",
  "ist es richtig",
  "hab ich das richtig verstanden",
  "habe ich das richtig verstanden",
  "verstehe ich das richtig",
  "versteh ich das richtig",
  "sehe ich das richtig",
  "brauch ich",
  "brauchen wir",
  "müssen wir",
  "sollen wir",
  "wie wärs",
  "wie wäre es",
  "würd gern wissen",
  "würd gerne wissen",
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
  // needs, applications and a wish for an answer
  "wir bräuchten",
  "ich bräuchte",
  "bräuchten dringend",
  "ich beantrage",
  "beantrage hiermit",
  "hiermit beantrage",
  "ich erbitte",
  "erbitte",
  "erbitten",
  "ich suche",
  "brauche hilfe",
  "brauchen hilfe",
  "hilfe bitte",
  "bitte helfen",
  "helft mir",
  "helfen sie mir",
  "würde mich freuen",
  "würden uns freuen",
  "würde mich über",
  "würden uns über",
  "über eine rückmeldung",
  "über eine antwort",
  "über rückmeldung",
  "über eine kurze rückmeldung",
  "hoffe auf eine antwort",
  "hoffe auf antwort",
  "hoffe auf rückmeldung",
  "hoffe auf eine rückmeldung",
  "hoffe auf eine baldige",
  "hoffe auf baldige",
  "warte auf eine antwort",
  "warte auf antwort",
  "warte auf rückmeldung",
  "warte auf eine rückmeldung",
  "um rückmeldung",
  "um antwort",
  "um rückruf",
  "um hilfe",
  "sorgen sie dafür",
  "sollte sich mal",
  "müsste sich mal",
  "sollte sich jemand",
  "müsste sich jemand",
  "sollte mal jemand",
  "müsste mal jemand",
  "muss mal jemand",
  "muss dringend",
  "muss doch mal",
  "muss man doch",
  "muss doch jemand",
  "muss endlich",
  "muss was passieren",
  "muss etwas passieren",
  "muss sich was ändern",
  "muss sich etwas ändern",
  "könnte man",
  "könnte doch mal",
  "könnte mal",
  "gern wissen",
  "gerne wissen",
  "gern mal wissen",
  "gerne mal wissen",
  "gern gewusst",
  "gerne gewusst",
  "wüsste mal gern",
  "wüsste mal gerne",
  "wüsste gern mal",
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
  "nicht gekommen",
  "nie gekommen",
  "weggeschickt",
  "abgewiesen",
  "einfach vorbei",
  "einfach weitergefahren",
  "einfach durchgefahren",
  "zugewachsen",
  "überwuchert",
  "kaum noch zu sehen",
  "kaum zu sehen",
  "nicht mehr zu sehen",
  "nicht mehr lesbar",
  "kaum noch lesbar",
  "es fehlen",
  // staff
  "unfreundlich",
  "angeschnauzt",
  "angeschrien",
  "angepampt",
  "angeblafft",
  "abgewürgt",
  "einfach aufgelegt",
  "vertröstet",
  "respektlos behandelt",
  // bills
  "falsch berechnet",
  "doppelt berechnet",
  "zu viel berechnet",
  "falscher betrag",
  "falschen betrag",
  "mahnung",
  "längst bezahlt",
  "schon bezahlt",
  "bereits bezahlt",
  "obwohl ich",
  "obwohl wir",
  // closed, dirty, pointing wrong
  "wieder gesperrt",
  "immer noch gesperrt",
  "noch immer gesperrt",
  "ständig gesperrt",
  "falsche richtung",
  "veralgt",
  "verschmutzt",
  "verschlammt",
  "verunreinigt",
  "unbearbeitet",
  "unbeantwortet",
  "nicht besetzt",
  "unbesetzt",
  "halb besetzt",
  "stehen lassen",
  "stehen gelassen",
  "stehengelassen",
  "abgewimmelt",
  "verschlampt",
  "verschusselt",
  "verbummelt",
  "verloren gegangen",
  "doppelt abgebucht",
  "falsch abgebucht",
  "zu viel abgebucht",
  "kein schild",
  "kein einziges schild",
  "keine beschilderung",
  "keine ausschilderung",
  "keine umleitung",
  "ohne vorwarnung",
  "ohne ankündigung",
  "warteschleife",
  "niemand ans telefon",
  "keiner ans telefon",
  "nie jemand ans telefon",
  "geht keiner ran",
  "geht niemand ran",
  "nicht mehr weiter",
  "weiß nicht weiter",
  "nichts gehört",
  "nix gehört",
  "nichts mehr gehört",
  "nix mehr gehört",
  "bis heute nichts",
  "bis heute nix",
  "keiner fühlt sich zuständig",
  "niemand fühlt sich zuständig",
  "fühlt sich keiner zuständig",
  "hin und her geschickt",
  "zum nächsten geschickt",
  "dauerhaft rot",
  "dauernd rot",
  "ständig rot",
  "fehlt ein",
  "fehlt eine",
  // a thing that does not work
  "geht schon wieder nicht",
  "geht wieder nicht",
  "geht immer noch nicht",
  "geht mal wieder nicht",
  "geht nicht mehr",
  "außer betrieb",
  "außer funktion",
  "stürzt ab",
  "stürzt ständig ab",
  "stürzt immer ab",
  "stürzt jedes mal ab",
  "abgestürzt",
  "fehlermeldung",
  "fehlt seit",
  "fehlen seit",
  "fehlt immer noch",
  "fehlt schon wieder",
  "ewig rot",
  "dauerrot",
  // broken, dirty, dangerous
  "kaputt",
  "defekt",
  "undicht",
  "zerbrochen",
  "eingeschlagen",
  "scherben",
  "glasscherben",
  "spitze kanten",
  "scharfe kanten",
  "rappelvoll",
  "randvoll",
  "übervoll",
  "proppenvoll",
  "liegt überall",
  "liegen überall",
  "liegt rum",
  "liegen rum",
  "rumliegen",
  "herumliegen",
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
  "vergammelt",
  "verwahrlost",
  "heruntergekommen",
  "marode",
  "baufällig",
  "ungepflegt",
  "wieder übersehen",
  "wurde übersehen",
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
  "zu leise",
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
 * App funktioniert seit Montag nicht", "Warum antwortet niemand",
 * "Niemand hat sich bei mir gemeldet". Whole words in lexicon form; the
 * negators are `NEGATORS`, except those that say where rather than whether
 * ("nirgends": "man kommt nirgends mehr durch" is traffic). A negator
 * before "wenn", "dass", "weil" … belongs to another clause ("nicht
 * erschrecken, wenn der Alarm kommt").
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
  "gemeldet",
  "zurückgemeldet",
  "zurückgeschrieben",
  "erledigt",
  "aufgeräumt",
  "gereinigt",
  "geputzt",
  "geliefert",
  "zugestellt",
  "ausgezahlt",
  "überwiesen",
  "erstattet",
  "bekommen",
  "bekomme",
  "bekommt",
  "kriegen",
  "kriege",
  "kriegt",
  "erhalten",
  "nimmt",
  "telefonisch",
  "ruft",
  "fährt",
  "fuhr",
  "informiert",
  "benachrichtigt",
  "angekündigt",
  "gewarnt",
  "hochladen",
  "einloggen",
  "anmelden",
  "buchen",
  "absenden",
  "abschicken",
  "herunterladen",
  "runterladen",
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
export const NEGATED_SERVICE_REACH = 5;

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
  // dialect: "Isch der Wertstoffhof offe", "Hod des Standesamt offen"
  "isch",
  "hod",
  "hot",
  "san",
]);

/**
 * Words that, right after a verb of {@link QUESTION_VERBS} or a question
 * opening, make a statement or an exclamation of it: "Ist ja der Hammer",
 * "Kann man nicht meckern", "Muss man sagen", "Kann ich nur empfehlen".
 */
export const STATEMENT_PARTICLES: readonly string[] = Object.freeze(["ja", "doch", "halt", "eben", "wohl", "eh", "schon", "nur"]);

/**
 * Questions that want no answer from the town: idioms of praise or scorn
 * that look like a question ("Kann man nicht meckern", "Habt ihr sonst nix
 * zu tun", "Geht's noch"), sayings ("Was lange währt …"), and invitations
 * to other readers ("Hat jemand Lust mitzukommen"). Consecutive words in
 * lexicon form; a question sign in their sentence does not count.
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
  "gehts noch",
  "wer hat sich das ausgedacht",
  "wer denkt sich sowas aus",
  "wer denkt sich so was aus",
  "was soll das",
  "wer hat sich das denn ausgedacht",
  "wer hat sich denn das ausgedacht",
  "wer hat sich sowas ausgedacht",
  "wer hat sich so was ausgedacht",
  "wer braucht schon",
  "wer braucht denn schon",
  "wer hätte das gedacht",
  "wer kennt es nicht",
  "wer kennts nicht",
  "was soll man dazu sagen",
  "was soll man dazu noch sagen",
  "was soll man da noch sagen",
  "was soll man sagen",
  "was will man mehr",
  "was es nicht alles gibt",
  "wie geil ist das denn",
  "wie cool ist das denn",
  "wie schön ist das denn",
  "kommt zeit",
  "was lange währt",
  "was soll ich sagen",
  "was soll ich dazu sagen",
  "wer hätte gedacht",
  "wie mans macht",
  "weiß noch jemand",
  "wer weiß noch",
  "kennt noch jemand",
  "erinnert sich noch jemand",
  "wer erinnert sich",
  "kann man machen",
  "kann man so machen",
  "kann man nichts machen",
  "kann man nix machen",
  "kann man nur hoffen",
  "kann man nur staunen",
  "kann man sich nicht ausdenken",
  "muss man mögen",
  "muss man wissen",
  "muss man nicht verstehen",
  "muss man nicht haben",
  "wie kann man nur",
  "wo soll das hinführen",
  "wo soll das noch hinführen",
  "wo kommen wir da hin",
  "wo kommen wir denn da hin",
  "wo leben wir denn",
  "was ist nur los",
  "was ist bloß los",
  "wird zeit",
  "wird auch zeit",
  "wurde zeit",
  "wurde auch zeit",
  // invitations to other readers
  "hat jemand lust",
  "wer hat lust",
  "wer kommt mit",
  "wer ist dabei",
  "wo gehobelt wird",
  "muss man erst mal hinkriegen",
  "muss man erstmal hinkriegen",
  "muss man erst mal schaffen",
  "muss man erstmal schaffen",
]);

/**
 * Markers of a comment that needs no answer: thanks, praise, cheering, a
 * reply to thanks ("Bitte, gern geschehen"), a lone emoji. They count only
 * when the comment consists of nothing else
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
  "gern geschehen",
  "gerne geschehen",
  "bitte",
  "keine ursache",
  "nichts zu danken",
  "alles klar",
  "alles gut",
  "hat sich erledigt",
  "hat sich geklärt",
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

/**
 * Verbs that open a yes/no question only before a subject (a word of
 * {@link QUESTION_SUBJECTS} or a capitalised noun): "Läuft die Anmeldung
 * über das Portal", "Nimmt der Wertstoffhof Bauschutt an", "Stimmt das".
 * Without one they tell something with the subject left out, as comments
 * do: "Läuft bei uns", "Stimmt leider", "Bleibt spannend", "Nimmt kein
 * Ende".
 */
export const QUESTION_VERBS_BEFORE_SUBJECT: readonly string[] = Object.freeze([
  "stimmt",
  "läuft",
  "laufen",
  "bleibt",
  "bleiben",
  "nimmt",
  "nehmen",
  "nehmt",
  "zahlt",
  "zahlen",
  "schickt",
  "schicken",
  "liegt",
  "liegen",
  "steht",
  "stehen",
  "klappt",
  "funktioniert",
  "lohnt",
  "passt",
  "schließt",
  "beginnt",
  "startet",
  "fängt",
  "endet",
  "betrifft",
  "hilft",
  "holt",
  "holen",
  "bringt",
  "wäre",
  "würde",
  "könnte",
  "müsste",
  "müssten",
  "wollt",
  "will",
  "wollen",
  "sollten",
  "heißt",
]);

/**
 * Words that begin the subject of a verb-first question: pronouns,
 * articles, possessives and demonstratives, and "da", "hier", "denn",
 * "auch" before them ("Gibt es da …", "Ist hier …"). A capitalised word
 * right after the verb (a noun: "Fährt Bus 5 …") counts as well.
 */
export const QUESTION_SUBJECTS: readonly string[] = Object.freeze([
  "man", "ich", "i", "du", "er", "sie", "es", "wir", "ihr", "jemand", "einer", "irgendwer",
  "das", "des", "dies*", "der", "die", "den", "dem", "ein", "eine", "einen", "einem",
  "mein*", "dein*", "unser*", "euer", "eure*", "sein", "seine*", "ihre*",
  "da", "hier", "dort", "denn", "eigentlich", "auch", "jetzt", "heute", "morgen",
]);

/**
 * Finite verbs that make a direct question of a question word right
 * before them, also where the question word stands after a greeting, a
 * comma or a colon: "Hallo zusammen, wo bekomme ich …", "Kurze Frage: wie
 * lange hat …". A relative or indirect clause puts its subject there
 * instead ("Da, wo früher der Bäcker war", "Bin gespannt, wie das wird").
 * The verbs of {@link QUESTION_VERBS} and
 * {@link QUESTION_VERBS_BEFORE_SUBJECT} count as well.
 */
export const FINITE_VERBS: readonly string[] = Object.freeze([
  "bekomme", "kriege", "krieg", "finde", "find", "melde", "zahle", "bringe", "beantrage", "erreiche", "wende", "mache", "mach",
  "geh", "gehe", "komme", "komm", "erfahre", "sehe", "frage", "gibts", "passiert", "bezahlt", "kümmert", "entscheidet",
  "wohnt", "bekommst", "kannst", "musst", "sollst", "gehen", "geben", "finden", "machen", "melden", "erreicht", "erfährt",
  "sieht", "meldet", "beantragt", "stelle", "stellt", "parke", "parkt", "parken", "abgeben", "gebe",
]);

/**
 * Phrases that begin with a question word but ask nothing: comparisons,
 * exclamations and sayings ("Wie immer top organisiert", "Was ein
 * Zufall", "Wie jedes Jahr ein Highlight"). The question word at their
 * start does not count; a "?" in the sentence still does.
 */
export const NOT_QUESTIONS: readonly string[] = Object.freeze([
  "wie immer",
  "wie jedes",
  "wie jeden",
  "wie gesagt",
  "wie schon gesagt",
  "wie gewohnt",
  "wie üblich",
  "wie erwartet",
  "wie befürchtet",
  "wie versprochen",
  "wie angekündigt",
  "wie so oft",
  "wie man sieht",
  "wie auch immer",
  "wie bereits",
  "wie letztes",
  "wie früher",
  "wie sonst",
  "wie bei",
  "wie im",
  "wie in",
  "wie auf",
  "was ein",
  "was eine",
  "was ne",
  "was für",
  "wat ne",
  "wat ein",
  "wat eine",
  "wat für",
  "warum auch nicht",
  "wieso auch nicht",
  "weshalb auch nicht",
]);

/**
 * The forms of "wäre" and "fände" that, with a word of {@link WISH_WORDS}
 * at most {@link WISH_REACH} words after them in the same clause, make a
 * wish — a request put politely: "Wäre schön, wenn der Bus auch sonntags
 * fährt", "Eine zusätzliche Leerung wäre echt hilfreich", "Fände ich gut,
 * wenn …". Not when "gewesen" follows ("Wäre schön gewesen"): that looks
 * back.
 */
export const WISH_VERBS: readonly string[] = Object.freeze(["wäre", "wär", "wären", "fände", "fänd", "fänden"]);

/** The words of a wish after {@link WISH_VERBS}. */
export const WISH_WORDS: readonly string[] = Object.freeze([
  "schön", "super", "toll", "nett", "gut", "hilfreich", "klasse", "prima", "wünschenswert", "sinnvoll", "praktisch", "genial",
  "cool", "besser", "angebracht", "fair", "top", "wichtig", "großartig", "wunderbar", "spitze", "hilfreicher", "sinnvoller",
  "gerechter", "nötig", "notwendig", "angemessen", "ideal", "perfekt",
]);

/** How many words after a form of {@link WISH_VERBS} the word of the wish may stand. */
export const WISH_REACH = 3;

/**
 * Imperatives addressed to the town ("ihr" form) that make a request when
 * they open a clause and a word of {@link IMPERATIVE_PARTICLES} follows
 * within two words: "Macht doch mal ne Ampel hin", "Stellt da mal einen
 * Blitzer auf", "Ruft mich mal zurück", "Sorgt endlich dafür". Without the
 * particle the same form is often a statement with the subject left out
 * ("Macht Spaß", "Stellt sich raus").
 */
export const IMPERATIVE_VERBS: readonly string[] = Object.freeze([
  "macht", "stellt", "schickt", "ruft", "sorgt", "schreibt", "kümmert", "repariert", "räumt", "streut", "baut", "holt",
  "leert", "prüft", "kontrolliert", "meldet", "gebt", "nehmt", "tut", "bringt", "sagt", "informiert", "erklärt", "ändert",
  "setzt", "hängt", "tauscht", "mäht", "kehrt", "sperrt", "öffnet", "verlängert", "veröffentlicht", "beantwortet",
  "bearbeitet", "schneidet", "entfernt", "beseitigt", "installiert", "montiert", "organisiert", "plant", "richtet",
  "saniert", "investiert", "fahrt", "blitzt", "ersetzt", "erneuert", "markiert", "beschildert", "regelt",
]);

/** Particles that make an imperative of {@link IMPERATIVE_VERBS} a request: "Macht mal", "Stellt doch", "Sorgt endlich". */
export const IMPERATIVE_PARTICLES: readonly string[] = Object.freeze(["mal", "doch", "endlich", "bitte", "sofort", "schnell", "gefälligst", "umgehend"]);

/**
 * Forms of "warten" that, with a word of {@link WAITING_SIGNS} within
 * {@link NEGATED_SERVICE_REACH} words of the same clause, complain of a
 * wait: "Ich warte jetzt schon ewig auf meinen Bescheid", "I wart scho
 * vier Wocha", "wir warten vergeblich".
 */
export const WAITING_WORDS: readonly string[] = Object.freeze(["warte", "warten", "wartet", "wart", "gewartet", "wartest"]);

/** Words that make a form of {@link WAITING_WORDS} a complaint. */
export const WAITING_SIGNS: readonly string[] = Object.freeze([
  "schon", "scho", "seit", "ewig", "ewigkeiten", "lange", "vergeblich", "umsonst", "immer", "wochen", "monate", "monaten",
  "tage", "tagen", "stunden", "stunde", "wocha",
]);

/** A thing the town looks after and what can be wrong with it, found together in one clause. */
export interface ProblemCombination {
  /** What the group is about, for the evidence ("light", "container"). */
  readonly name: string;
  /** The things (whole words or consecutive words, without stars: every word of a comment is looked up in them). */
  readonly things: readonly string[];
  /** What is wrong with them (whole words or consecutive words). */
  readonly states: readonly string[];
  /** The state must follow the thing ("fällt … aus", "Die Müllabfuhr hat uns vergessen"); otherwise either order. */
  readonly stateAfterThing?: boolean;
  /** Texts the combination must find. */
  readonly examples: readonly string[];
  /** Texts it must not find. */
  readonly counterExamples: readonly string[];
}

/**
 * Reports of a problem with something the town looks after, told by the
 * thing and its state in either order, at most
 * {@link PROBLEM_COMBINATION_REACH} words apart in one clause: "Die
 * Laterne in der Birkenstraße ist aus", "Riesiges Loch im Radweg", "Die
 * Scheibe an der Haltestelle ist eingeschlagen". A report wants an answer
 * (thanks, and when it will be fixed). Each group carries examples and
 * counter-examples.
 */
export const PROBLEM_COMBINATIONS: readonly ProblemCombination[] = deepFreezeList([
  {
    name: "light",
    things: ["laterne", "laternen", "straßenlaterne", "straßenlaternen", "lampe", "lampen", "straßenlampe", "straßenlampen", "straßenbeleuchtung", "beleuchtung"],
    states: ["aus", "dunkel", "flackert", "flackern", "funzelt"],
    examples: ["Die Laterne in der Birkenstraße ist aus", "Straßenbeleuchtung am Weiher flackert seit gestern"],
    counterExamples: ["Die Lampen am Weihnachtsmarkt sind wunderschön", "Dank der neuen Beleuchtung ist der Weg sicher"],
  },
  {
    name: "device",
    things: [
      "ampel", "ampeln", "automat", "automaten", "parkscheinautomat", "parkscheinautomaten", "parkautomat", "parkautomaten",
      "fahrkartenautomat", "fahrkartenautomaten", "ticketautomat", "ticketautomaten",
      "aufzug", "aufzüge", "fahrstuhl", "lift", "rolltreppe", "heizung", "schranke", "brunnen", "wasserspender", "spülung",
      "türöffner", "anzeige", "anzeigetafel", "display", "kartenleser", "wlan", "portal", "website", "webseite", "homepage",
      "app", "onlineformular", "server", "hotline",
    ],
    states: ["aus", "tot", "hängt", "spinnt", "streikt", "dauerrot", "offline", "down", "zickt", "stürzt", "ausgefallen", "steht still", "fehler", "fehlermeldung"],
    examples: ["Der Aufzug am Bahnhof steht still", "Die App hängt sich bei der Anmeldung auf", "Im Kindergarten ist die Heizung aus"],
    counterExamples: ["Die Ampel an der Schule ist jetzt länger grün", "Die neue App ist echt praktisch"],
  },
  {
    name: "out of order",
    things: ["fällt", "fallen", "fiel", "spuckt"],
    states: ["aus"],
    stateAfterThing: true,
    examples: ["Im Kindergarten fällt schon wieder die Heizung aus", "Der Automat spuckt keine Wartenummern mehr aus"],
    counterExamples: ["Das Stadtfest fällt ins Wasser", "Aus Kostengründen fällt der Zuschuss weg"],
  },
  {
    name: "crash",
    things: ["stürzt", "stürzen", "schmiert"],
    states: ["ab"],
    stateAfterThing: true,
    examples: ["Das Portal stürzt beim Hochladen ab", "Die App schmiert ständig ab"],
    counterExamples: ["Ab Montag stürzt sich die Verwaltung in die Arbeit"],
  },
  {
    name: "toilet",
    things: ["toilette", "toiletten", "klo", "klos", "wc", "dusche", "duschen"],
    states: ["abgeschlossen", "verstopft", "verdreckt", "gesperrt", "kaputt", "kalt", "eiskalt"],
    examples: ["Die Toiletten am Festplatz sind abgeschlossen", "Im Hallenbad sind die Duschen kalt"],
    counterExamples: ["Die neuen Toiletten im Park sind sauber"],
  },
  {
    name: "container",
    things: [
      "container", "glascontainer", "altglascontainer", "altkleidercontainer", "kleidercontainer", "mülleimer", "papierkorb",
      "papierkörbe", "abfalleimer", "abfallkorb", "tonne", "tonnen", "mülltonne", "mülltonnen", "biotonne", "biotonnen",
      "papiertonne", "papiertonnen", "restmülltonne", "restmülltonnen",
    ],
    states: ["voll", "rappelvoll", "randvoll", "übervoll", "proppenvoll", "quellen über", "quillt über"],
    examples: ["Die Glascontainer am Sportplatz sind voll", "Scheiß Mülleimer, jedes Mal voll"],
    counterExamples: ["Die Tonne ist heute geleert worden"],
  },
  {
    name: "dispenser",
    things: ["spender", "beutelspender", "hundekotbeutelspender", "seifenspender"],
    states: ["leer", "kaputt", "fehlt"],
    examples: ["Der Beutelspender im Park ist seit Tagen leer"],
    counterExamples: ["Danke für die neuen Beutelspender"],
  },
  {
    name: "road surface",
    things: [
      "straße", "straßen", "radweg", "radwege", "gehweg", "gehwege", "fußweg", "bürgersteig", "fahrbahn", "asphalt", "belag",
      "brücke", "parkplatz", "pflaster", "bordstein", "treppe", "stufen", "weg", "feldweg", "waldweg", "spielplatz",
    ],
    states: ["loch", "löcher", "riesenloch", "abgesackt", "abgesenkt", "uneben", "buckelig", "aufgeplatzt", "wellig", "aufgebrochen", "angehoben", "hochgedrückt"],
    examples: ["Riesiges Loch im Radweg am Fluss", "Der Gehweg in der Lindenstraße ist total abgesackt"],
    counterExamples: ["Ein Loch im Haushalt der Stadt", "Der neue Radweg ist super"],
  },
  {
    name: "manhole",
    things: ["gullydeckel", "gully", "gullys", "kanaldeckel", "schachtdeckel"],
    states: ["klappert", "klappern", "lose", "locker", "fehlt", "abgesackt", "wackelt", "steht hoch"],
    examples: ["Der Gullydeckel in der Bachstraße klappert bei jedem Auto"],
    counterExamples: ["Die Gullys wurden gestern gereinigt"],
  },
  {
    name: "furniture",
    things: [
      "bank", "bänke", "parkbank", "parkbänke", "sitzbank", "sitzbänke", "schaukel", "schaukeln", "rutsche", "klettergerüst", "spielgerät", "spielgeräte", "wippe", "zaun",
      "zäune", "geländer", "schild", "schilder", "verkehrsschild", "verkehrsschilder", "straßenschild", "straßenschilder", "ortsschild", "scheibe", "scheiben",
      "glasscheibe", "glasscheiben", "wartehäuschen", "bushäuschen", "unterstand", "poller", "pfosten",
    ],
    states: [
      "abgerissen", "abgebrochen", "eingeschlagen", "umgefahren", "umgeknickt", "verbogen", "schief", "locker", "lose", "wackelig",
      "fehlt", "fehlen", "demoliert", "zerstört", "zertrümmert", "gesplittert", "splittert", "morsch", "verrostet", "rostig",
      "durchgerostet", "zerbrochen", "gestohlen", "geklaut", "beschmiert", "besprüht",
    ],
    examples: ["Die Schaukel auf dem Spielplatz Rosenau ist abgerissen", "Da hängt seit einer Woche ein Verkehrsschild schief"],
    counterExamples: ["Die neuen Bänke am Weiher sind sehr einladend", "Bank und Sparkasse haben samstags zu"],
  },
  {
    name: "dumped waste",
    things: [
      "müll", "sperrmüll", "bauschutt", "schutt", "altreifen", "reifen", "kühlschrank", "matratze", "matratzen", "unrat", "abfall",
      "abfälle", "gartenabfälle", "sofa", "couch", "elektroschrott", "müllsäcke", "müllsack", "hausmüll",
    ],
    states: ["gekippt", "abgeladen", "abgestellt", "entsorgt", "hingekippt", "hingestellt", "hingeworfen", "rum", "herum", "verstreut"],
    examples: ["Da hat jemand Sperrmüll in den Wald gekippt", "Am Parkplatz liegen Müllsäcke rum"],
    counterExamples: ["Wir bringen unseren Müll immer selbst weg", "Sperrmüll anmelden geht auch per Telefon"],
  },
  {
    name: "full of dirt",
    things: ["voller", "voll mit", "voll von", "übersät mit"],
    states: ["müll", "scherben", "glasscherben", "dreck", "glas", "kot", "hundekot", "hundehaufen", "unrat", "kippen", "zigarettenkippen", "spritzen", "schlamm", "löcher", "schlaglöcher", "risse"],
    examples: ["Der Brunnen am Marktplatz ist voller Müll", "Der Sandkasten ist voll mit Scherben"],
    counterExamples: ["Der Markt war voller Leute"],
  },
  {
    name: "missed round",
    things: ["müllabfuhr", "abfuhr", "müllwagen", "müllauto", "müllmänner", "räumdienst", "winterdienst", "straßenreinigung", "kehrmaschine", "streudienst"],
    states: ["vergessen", "ausgelassen", "übersehen", "ausgefallen", "nicht da", "nicht gekommen", "nie da"],
    stateAfterThing: true,
    examples: ["Die Müllabfuhr hat unsere Straße vergessen", "Der Winterdienst war bei uns nicht da"],
    counterExamples: ["Danke an die Müllabfuhr, alles pünktlich", "Hab vergessen, die Tonne rauszustellen, die Müllabfuhr war schon weg"],
  },
  {
    name: "dead animal",
    things: ["tot", "tote", "toter", "totes", "toten", "verendet", "verendete", "verendeter", "überfahren", "überfahrene", "überfahrener"],
    states: ["fisch", "fische", "tier", "tiere", "fuchs", "ratte", "ratten", "taube", "tauben", "vogel", "vögel", "katze", "igel", "reh", "ente", "enten", "schwan", "dachs", "marder", "hase"],
    examples: ["Am Weiher liegen tote Fische", "Auf dem Radweg liegt ein überfahrener Fuchs"],
    counterExamples: ["Die Enten am Weiher sind so süß"],
  },
  {
    name: "papers",
    things: ["antrag", "anträge", "unterlagen", "akte", "formular", "mail", "mails", "brief", "bescheid", "widerspruch", "daten", "dokumente", "nachweise"],
    states: ["gelöscht", "verschwunden", "verloren", "verliert", "verlieren", "verschlampt", "unbearbeitet", "unbeantwortet", "abhandengekommen", "untergegangen", "seit", "immer noch", "noch immer"],
    examples: ["Das Online-Portal hat meinen Antrag gelöscht", "Ihr verliert ständig unsere Unterlagen"],
    counterExamples: ["Der Antrag kommt ja erst im nächsten Ausschuss dran"],
  },
  {
    name: "parking",
    things: ["parkt", "parken", "geparkt", "parkende", "autos", "lkw", "lkws", "transporter"],
    states: ["gehweg", "bürgersteig", "radweg", "feuerwehrzufahrt", "behindertenparkplatz", "zebrastreifen", "schulweg", "fußweg", "einfahrt", "ausfahrt", "garageneinfahrt", "ständig", "dauernd"],
    examples: ["Die Baufirma parkt jeden Tag auf dem Gehweg", "Schon wieder ein Transporter auf dem Radweg"],
    counterExamples: ["Wo kann man am Freibad parken"],
  },
]);

/** How many words apart a thing and its state of {@link PROBLEM_COMBINATIONS} may stand. */
export const PROBLEM_COMBINATION_REACH = 6;

/** Freezes the list, every entry in it and the lists of each entry. */
function deepFreezeList<T extends object>(entries: T[]): readonly T[] {
  for (const entry of entries) {
    for (const value of Object.values(entry)) if (Array.isArray(value)) Object.freeze(value);
    Object.freeze(entry);
  }
  return Object.freeze(entries);
}

/**
 * Words that make a question with "jemand" a question to other readers,
 * which the town cannot answer: "Hat jemand meinen Schlüssel gefunden?",
 * "Hat jemand eine schwarze Katze gesehen?".
 */
export const LOST_AND_FOUND: readonly string[] = Object.freeze(["gesehen", "gefunden", "verloren", "vermisst", "entlaufen", "zugelaufen", "liegen lassen", "liegengelassen"]);

/**
 * Answers the writer gives to their own question in the next sentence,
 * which make the question rhetorical: "Parkplätze in der Innenstadt?
 * Fehlanzeige.", "Für wen wird das gemacht? Für uns bestimmt nicht."
 * They count at the start of the next sentence, or anywhere in it for
 * the entries of several words.
 */
export const SELF_ANSWERS: readonly string[] = Object.freeze([
  "fehlanzeige",
  "pustekuchen",
  "denkste",
  "von wegen",
  "keine spur",
  "nix da",
  "nichts da",
  "natürlich nicht",
  "sicher nicht",
  "bestimmt nicht",
  "wohl kaum",
  "eben nicht",
]);
