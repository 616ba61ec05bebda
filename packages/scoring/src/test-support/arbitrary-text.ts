// Texts for the property tests of the text scanners and checks (not part of the package's API):
// arbitrary code points, and pieces that have tripped up hand-written scanners.
import fc from "fast-check";

/** Pieces of hostile and of ordinary municipal text: case oddities, marks, emoji, surrogates, spaces, the checks' own words. */
export const TRICKY_PIECES: readonly string[] = [
  // German words, and the words the checks look for
  "Sie", "sie", "Ihr", "ihr", "Ihnen", "Ihre", "seid", "habt", "könnt", "du", "Du", "DU", "euch", "Euch", "dich", "Bitte", "bitte", "BITTE",
  "fahrt", "badet", "Keit", "jetzt", "Schaut", "schaut", "vorbei", "Melden", "melden", "sich", "meldet", "weißt", "WEISST", "Kommt",
  "Wahl", "wahl", "WAHL", "Kommunalwahl", "Auswahl", "Briefwahl", "Wahlpflichtfach", "Kandidatin", "SPD-Fraktion", "Bürgerentscheid",
  "Qual der ", "qual\u00A0der\t", "SPD", "CDU", "Die Grünen", "Bündnis 90/Die Grünen", "Freie Wähler", "AfD", "Volt",
  "NEU", "JETZT", "WICHTIG", "ÖPNV", "DSGVO", "ABC", "STRASSE", "MÜNCHEN", "Straße", "ẞ", "ß", "Ä", "ä", "Ö", "Ü", "ü",
  "Antragsteller", "Antragstellers", "ANTRAGSTELLER", "zwecks", "Zwecks", "#Musterstadt", "#musterstadt", "#stadtfestmusterstadt",
  "Bürgermeisterin Schäfer", "Buergermeisterin  Schaefer", "Bürger-Meisterin", "B ü r g e r", "Schä\u0308fer",
  // Letters of other scripts and casing oddities
  "İ", "ı", "Σ", "ΟΔΟΣ", "σ", "ς", "ǅ", "ǈ", "ᾈ", "K", "Å", "ſ", "ﬀ", "ﬃ", "µ", "ª", "º", "ǲ", "Ա", "я", "Я", "ー", "中文", "ⅷ", "Ⅻ",
  "𝗪𝗶𝗰𝗵𝘁𝗶𝗴", "Ｗｉｃｈｔｉｇ", "Ⓦⓘ", "𐐀", "𐐨", "𞤀", "٣", "²", "½", "0", "9", "123",
  // Marks, joiners, selectors
  "e\u0301", "a\u0308", "\u0308", "\u0301", "\u200B", "\u200C", "\u200D", "\u2060", "\u00AD", "\uFE0F", "\uFE0E", "\u20E3",
  // Emoji
  "🎉", "👩🏽‍🚒", "🇩🇪", "1️⃣", "#️⃣", "♻️", "☀", "🗳️", "©", "®", "™", "🏽", "🇩",
  // Spaces, punctuation, lines
  " ", " ", " ", "  ", "\t", "\n", "\r\n", "\u00A0", "\u202F", "\u2009", "\u3000", ".", "!", "?", ":", ",", ";", "-", "–", "—", "„", "“", "\"", "(", ")", "/", "'", "’", "…",
  // Links, addresses, numbers
  "https://www.musterstadt.de/a/b", "HTTP://X.DE", "www.musterstadt.de/kita", "http://x.de", "://", "@rathaus@social.example", "wahlen@musterstadt.de",
  "0151 23456789", "Lindenstraße 23", "geb. 14.03.1987", "DE89 3704 0044 0532 0130 00", "M-AB 123",
  // Lone surrogates
  "\uD800", "\uDBFF", "\uDC00", "\uDFFF",
];

const piece = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...TRICKY_PIECES) }, { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 4 }) });

/** Any text: arbitrary code points (lone surrogates included), or tricky pieces joined. */
export const arbitraryText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "binary", maxLength: 120 }),
  fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join("")),
);

/** Well-formed text (no lone surrogate), as a post's schema takes it. */
export const wellFormedText: fc.Arbitrary<string> = arbitraryText.map((text) => text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD"));
