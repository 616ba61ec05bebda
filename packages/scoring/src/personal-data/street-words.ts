/*
 * Word lists of the address detector. All lower case, "ß" written "ss", so
 * that "Bundesstraße", "BUNDESSTRASSE" and "bundesstrasse" are one entry.
 */

/**
 * Words with a street ending that name a kind of road or place, not one
 * street: numbered roads ("Bundesstraße 27"), paths and places that are
 * counted or numbered ("Bahnsteig 3", "Parkplatz 2", "Wanderweg 7",
 * "Tabellenplatz 4") and the endings standing alone ("Straße 5" needs a name:
 * "Berliner Straße 5").
 */
export const GENERIC_STREET_WORDS: ReadonlySet<string> = new Set([
  // the endings alone
  "strasse", "str.", "str", "weg", "gasse", "platz", "allee", "ring", "damm", "ufer", "steig", "stieg", "pfad",
  "chaussee", "promenade",
  // numbered and generic roads
  "bundesstrasse", "landesstrasse", "kreisstrasse", "staatsstrasse", "gemeindestrasse", "ortsstrasse",
  "einbahnstrasse", "fahrradstrasse", "spielstrasse", "umgehungsstrasse", "durchgangsstrasse", "seitenstrasse",
  "nebenstrasse", "zufahrtsstrasse", "anliegerstrasse", "hauptverkehrsstrasse", "wohnstrasse", "baustrasse",
  "sackgasse", "rettungsgasse",
  // paths
  "radweg", "fussweg", "gehweg", "wanderweg", "rundweg", "feldweg", "waldweg", "heimweg", "rückweg", "hinweg",
  "schulweg", "umweg", "ausweg", "arbeitsweg", "fluchtweg", "rettungsweg", "radschnellweg", "zufahrtsweg",
  "seitenweg", "fahrweg", "wirtschaftsweg", "lehrpfad", "naturlehrpfad", "waldlehrpfad", "barfusspfad",
  "trimm-dich-pfad", "erlebnispfad", "bahnsteig", "bussteig", "hochsteig", "klettersteig",
  // places that are counted or ranked
  "parkplatz", "spielplatz", "sportplatz", "stellplatz", "arbeitsplatz", "bolzplatz", "sitzplatz", "kitaplatz",
  "krippenplatz", "kindergartenplatz", "betreuungsplatz", "ausbildungsplatz", "studienplatz", "praktikumsplatz",
  "campingplatz", "wohnmobilstellplatz", "abstellplatz", "lagerplatz", "standplatz", "startplatz",
  "tabellenplatz", "podestplatz", "listenplatz", "grillplatz", "rastplatz", "liegeplatz", "pflegeplatz",
  "heimplatz", "therapieplatz", "stehplatz", "messeplatz", "wertstoffplatz", "häckselplatz", "recyclingplatz",
  // rings, dams, banks
  "boxring", "ehering", "schlüsselring", "autobahnring", "staudamm", "bahndamm", "flussufer", "seeufer",
]);

/**
 * Words that, capitalised before a street name, are no part of it ("Die
 * Hauptstraße", "Diese Straße"): articles, pronouns, quantifiers and the
 * adjectives a news post puts before a street.
 */
export const NOT_STREET_ADJECTIVES: ReadonlySet<string> = new Set([
  "die", "der", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen", "unsere", "unserer",
  "unseren", "ihre", "ihrer", "ihren", "seine", "seiner", "meine", "meiner", "deine", "eure", "diese", "dieser",
  "dieses", "diesem", "diesen", "jene", "jener", "jede", "jeder", "jedes", "welche", "welcher", "alle", "aller",
  "beide", "beiden", "keine", "keiner", "ganze", "ganzen", "gesamte", "gesamten", "komplette", "kompletten",
  "nächste", "nächsten", "erste", "ersten", "zweite", "dritte", "letzte", "letzten", "gleiche", "selbe", "selben",
  "andere", "anderen", "obige", "obigen", "genannte", "genannten", "besagte", "betroffene", "betroffenen",
  "gesperrte", "gesperrten", "sanierte", "sanierten", "viele", "vieler", "mehrere", "mehrerer", "einige",
  "einiger", "weitere", "weiterer", "wieder", "aber", "oder", "sowie", "über", "unter", "hinter", "neben",
  "zwischen", "ab", "bis", "nach", "entlang", "ecke", "in", "an", "am", "auf", "zur", "zum", "von", "vom", "aus",
  "bei", "beim", "mit", "ohne", "durch", "gegen", "für", "seit", "während", "wegen", "trotz", "hier", "da", "dort",
  "heute", "morgen", "gestern", "ihr", "er", "sie", "es", "wir", "man", "sperrung", "baustelle", "anwohner",
  "anwohnerinnen", "bürger", "bürgerinnen",
]);

/**
 * First words after "Am", "Im", "Zum", "Auf der" … that make a phrase about
 * time, a document or a count, not a street: "Im Juni 3 Termine",
 * "Am Wochenende 2 Konzerte", "Auf der Seite 12", "Im Kreis 5 Fälle".
 */
export const NOT_STREET_AFTER_PREFIX: ReadonlySet<string> = new Set([
  "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag", "wochenende",
  "feiertag", "abend", "morgen", "vormittag", "nachmittag", "mittag", "tag", "ende", "anfang", "beginn", "januar",
  "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
  "dezember", "jahr", "jahre", "vorjahr", "jahresverlauf", "monat", "sommer", "winter", "herbst", "frühjahr",
  "frühling", "schnitt", "durchschnitt", "mittel", "moment", "rahmen", "zeitraum", "vergleich", "alter",
  "bereich", "gebiet", "stadtgebiet", "gemeindegebiet", "kreis", "landkreis", "ort", "haushalt", "haushaltsjahr",
  "internet", "netz", "seite", "folie", "kapitel", "abschnitt", "absatz", "punkt", "tagesordnungspunkt", "top",
  "platz", "gleis", "bahnsteig", "linie", "buslinie", "strecke", "position", "stufe", "ebene", "etage",
  "stockwerk", "nummer", "liste", "rang", "tabelle", "route", "autobahn", "bundesstrasse", "landesstrasse",
  "kreisstrasse", "strasse", "spur", "fahrspur", "sitzung", "veranstaltung", "tagesordnung", "bühne", "etappe",
  "runde", "auftrag", "namen", "fall", "falle", "vorfeld", "vorfeld", "thema", "zeit", "info", "beispiel",
  "gesamten", "ganzen", "jahrgang", "team", "einsatz", "verein", "rat", "gemeinderat", "stadtrat", "ausschuss",
  "kindergarten", "schnitt", "wettbewerb", "finale", "halbfinale", "spiel", "lauf", "test", "programm", "paket",
  // "Im Notfall 112", "Im Ernstfall 110", "Unter der Rufnummer 115": emergencies and calls, not streets.
  "notfall", "ernstfall", "brandfall", "zweifel", "zweifelsfall", "rufnummer", "telefon", "durchwahl", "hotline", "notruf",
]);
