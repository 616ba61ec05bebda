import type { SandboxAuthor } from "./sandbox-entities.js";

/**
 * What simulated citizens write under the sandbox's posts, in German: mostly
 * polite, some questions, some impolite or urgent ones, so that staff can
 * practise answering (and the netiquette and urgency checks have something
 * to find). Invented; any likeness to real people is accidental.
 */

/** The tone of a comment; it decides how often a comment of the bank is chosen. */
export type CommentTone = "polite" | "question" | "impolite" | "urgent";

/** A topic the sandbox recognises in a post's text, to pick fitting comments. */
export type CommentTopic = "general" | "traffic" | "event" | "waste" | "service" | "crisis";

/**
 * Comments by topic and tone. `{street}` is replaced by a street named in the
 * post (e.g. "Lindenstraße"); templates with it are used only when the post
 * names one.
 */
export const CITIZEN_COMMENTS: Readonly<Record<CommentTopic, Readonly<Record<CommentTone, readonly string[]>>>> = {
  general: {
    polite: [
      "Danke für die Info!",
      "Vielen Dank, sehr hilfreich.",
      "Super, dass die Stadt hier so aktiv ist 👍",
      "Gut zu wissen, danke!",
      "Danke fürs Teilen. Habe es gleich an meine Nachbarn weitergeleitet.",
      "Toll, weiter so!",
    ],
    question: [
      "Gibt es das auch als PDF zum Ausdrucken für meine Mutter? Sie ist nicht im Internet.",
      "Wo finde ich dazu mehr Informationen?",
      "Gilt das auch für die Ortsteile?",
      "Kann man das auch telefonisch erfragen? Wenn ja, unter welcher Nummer?",
    ],
    impolite: [
      "Und wer soll das bezahlen? Wir Steuerzahler natürlich.",
      "Schön und gut, aber um die wirklichen Probleme kümmert sich mal wieder keiner.",
      "Das hätte man auch früher sagen können!!!",
    ],
    urgent: ["Bitte dringend melden, ich erreiche im Rathaus niemanden!"],
  },
  traffic: {
    polite: ["Danke für die frühzeitige Info zur Baustelle.", "Gut, dass die {street} endlich gemacht wird."],
    question: [
      "Wann wird die {street} wieder freigegeben?",
      "Wie komme ich während der Sperrung mit dem Fahrrad zur Schule?",
      "Ist die Zufahrt zum Ärztehaus in der {street} weiter möglich?",
      "Fährt der Bus in der Zeit eine Umleitung? Welche Haltestellen fallen weg?",
      "Bis wann genau dauert die Sperrung?",
    ],
    impolite: [
      "Schon wieder eine Baustelle. Plant bei euch eigentlich irgendwer irgendwas?",
      "Seit Wochen passiert in der {street} nichts, aber gesperrt ist sie trotzdem. Lächerlich.",
    ],
    urgent: [
      "Die Umleitungsschilder an der {street} sind umgefallen, da fahren alle falsch in die Einbahnstraße!",
      "Die Absperrung ist offen und Kinder spielen auf der Baustelle, bitte sofort jemanden schicken!",
    ],
  },
  event: {
    polite: ["Wir freuen uns schon drauf!", "Letztes Jahr war es wunderschön, wir kommen wieder.", "Danke an alle Helferinnen und Helfer! ❤️"],
    question: [
      "Ist das Gelände barrierefrei zu erreichen?",
      "Gibt es Parkplätze in der Nähe oder soll man besser mit dem Bus kommen?",
      "Dürfen Hunde mit?",
      "Was passiert bei Regen?",
    ],
    impolite: ["Und wieder Lärm bis Mitternacht. Denkt auch mal jemand an die Anwohner?"],
    urgent: ["Am Eingang ist es gerade total überfüllt, da kommt keiner mehr durch. Bitte Ordner schicken!"],
  },
  waste: {
    polite: ["Danke für die Erinnerung!", "Praktisch, habe mir den Termin gleich eingetragen."],
    question: [
      "Wird die Biotonne in der Feiertagswoche einen Tag später geleert?",
      "Wie melde ich Sperrmüll an, online oder per Telefon?",
      "Wo bekomme ich neue gelbe Säcke?",
    ],
    impolite: ["Die Tonne wurde bei uns schon zum dritten Mal nicht geleert. Toller Service."],
    urgent: ["Am Glascontainer in der {street} liegen überall Scherben, da laufen Kinder vorbei!"],
  },
  service: {
    polite: ["Danke, der Online-Termin hat super geklappt.", "Endlich geht das auch online, danke!"],
    question: [
      "Kann ich den Personalausweis auch ohne Termin abholen?",
      "Sind die Öffnungszeiten zwischen den Feiertagen anders?",
      "Welche Unterlagen brauche ich für die Ummeldung?",
      "Geht das auch samstags?",
    ],
    impolite: ["Drei Wochen auf einen Termin warten, das ist doch ein Witz.", "Online-Termin? Die Seite geht seit gestern nicht."],
    urgent: ["Mein Reisepass läuft nächste Woche ab und ich fliege am Montag. Was kann ich tun?"],
  },
  crisis: {
    polite: ["Danke für die schnellen Informationen!", "Danke an Feuerwehr und Bauhof für den Einsatz!"],
    question: ["Wo bekommt man Sandsäcke?", "Ist das Leitungswasser noch trinkbar?", "Welche Straßen sind betroffen?", "Gibt es eine Notunterkunft?"],
    impolite: ["Warum erfährt man das erst jetzt? Hätte man früher warnen können."],
    urgent: [
      "Bei uns in der {street} steht das Wasser schon im Keller, wen können wir anrufen?",
      "Meine Nachbarin (87) kommt allein nicht aus dem Haus, bitte helfen!",
      "Ein Baum ist auf die Straße gestürzt, da kommt kein Auto mehr durch!",
    ],
  },
};

/** What citizens answer when the team replies to them. */
export const FOLLOW_UP_COMMENTS: Readonly<Record<"polite" | "impolite", readonly string[]>> = {
  polite: ["Danke für die schnelle Antwort!", "Super, vielen Dank!", "Alles klar, danke für die Hilfe.", "Perfekt, das hilft mir weiter."],
  impolite: ["Das beantwortet meine Frage nicht.", "Das hilft mir leider nicht weiter. Wen kann ich direkt anrufen?"],
};

/** Words that make the sandbox pick a topic; checked case-insensitively, in this order. */
export const TOPIC_KEYWORDS: readonly (readonly [CommentTopic, RegExp])[] = [
  ["crisis", /unwetter|hochwasser|sturm|warnung|evakuier|stromausfall|krise|notfall|gefahr/i],
  ["traffic", /baustelle|sperrung|gesperrt|umleitung|straße|strasse|verkehr|fahrbahn|brücke/i],
  ["waste", /müll|muell|tonne|abfall|wertstoff|sperrmüll|sperrmuell|container/i],
  ["event", /fest|konzert|markt|veranstaltung|feier|festival|kirchweih|kerwa|programm/i],
  ["service", /bürgerbüro|buergerbuero|öffnungszeit|oeffnungszeit|termin|antrag|ausweis|online-dienst|formular|amt\b/i],
];

/** Streets and squares named in a post, for `{street}` (e.g. "Lindenstraße", "Marktplatz"). */
export const STREET_NAME = /\b([A-ZÄÖÜ][a-zäöüß]+(?:straße|strasse|weg|platz|allee|gasse|ring))\b/u;

/** The simulated citizens: invented names and handles on the sandbox. */
export const CITIZENS: readonly Required<SandboxAuthor>[] = [
  { handle: "@erika_m", displayName: "Erika M." },
  { handle: "@jens.k", displayName: "Jens K." },
  { handle: "@fatma_y", displayName: "Fatma Y." },
  { handle: "@peter1958", displayName: "Peter S." },
  { handle: "@laura.b", displayName: "Laura B." },
  { handle: "@mueller_h", displayName: "Hans Müller" },
  { handle: "@sophie_r", displayName: "Sophie R." },
  { handle: "@kai.t", displayName: "Kai T." },
  { handle: "@renate.w", displayName: "Renate W." },
  { handle: "@dominik_f", displayName: "Dominik F." },
  { handle: "@aylin.d", displayName: "Aylin D." },
  { handle: "@thomas_g", displayName: "Thomas G." },
  { handle: "@marie.h", displayName: "Marie H." },
  { handle: "@oleksandr_p", displayName: "Oleksandr P." },
  { handle: "@gisela_n", displayName: "Gisela N." },
  { handle: "@ben.l", displayName: "Ben L." },
  { handle: "@svenja_o", displayName: "Svenja O." },
  { handle: "@radfahrer_ms", displayName: "Radfahrer Musterstadt" },
  { handle: "@elternbeirat_gs", displayName: "Elternbeirat Grundschule" },
  { handle: "@anwohner42", displayName: "Anwohner42" },
];
