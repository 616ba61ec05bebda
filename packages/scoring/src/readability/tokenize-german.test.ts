import { describe, expect, it } from "vitest";
import { KommuneError } from "@kommune-sm/core";
import { tokenizeGerman } from "./tokenize-german.js";

const wordsOf = (text: string) => tokenizeGerman(text).words.map((word) => word.text);
const sentencesOf = (text: string) => tokenizeGerman(text).sentences.map((sentence) => text.slice(sentence.start, sentence.end));

describe("tokenizeGerman: words", () => {
  it.each([
    ["Die Müll-Abfuhr kommt.", ["Die", "Müll-Abfuhr", "kommt"]],
    ["Wie geht's? Wie geht’s?", ["Wie", "geht's", "Wie", "geht’s"]],
    ["Liebe Bürger*innen, Bürger:innen und Bürger_innen", ["Liebe", "Bürger*innen", "Bürger:innen", "und", "Bürger_innen"]],
    ["Einwohner·melde·amt", ["Einwohner·melde·amt"]],
    ["Müll- und Wertstoffabfuhr", ["Müll", "und", "Wertstoffabfuhr"]],
    ["E-Mail oder Tel.: 0123", ["E-Mail", "oder", "Tel"]],
    ["ÖFFNUNGSZEITEN ÄNDERN SICH", ["ÖFFNUNGSZEITEN", "ÄNDERN", "SICH"]],
    ["Spiel und Spaß (für alle)", ["Spiel", "und", "Spaß", "für", "alle"]],
    ["„Wir schaffen das“, sagte sie.", ["Wir", "schaffen", "das", "sagte", "sie"]],
  ] as const)("%j has the words %j", (text, expected) => {
    expect(wordsOf(text)).toEqual(expected);
  });

  it.each([
    ["numbers", "Am 15.03.2026 um 10.30 Uhr, 3,5 km, 1.000 €", ["Am", "um", "Uhr", "km"]],
    ["codes of letters and digits", "A7, B27, U18, CO2-Preis, 2er-Gruppe, 5G", ["Preis", "Gruppe"]],
    ["links with a scheme", "Infos: https://www.musterstadt.de/abfall?jahr=2026#termine und mehr", ["Infos", "und", "mehr"]],
    ["links with www.", "Siehe www.musterstadt.de/sperrmuell.", ["Siehe"]],
    ["domains without scheme", "Alles auf musterstadt.de oder buergerservice.musterstadt.de/termine.", ["Alles", "auf", "oder"]],
    ["links in brackets and quotes", "(https://musterstadt.de/a_(b)) und „www.musterstadt.de“", ["und"]],
    ["e-mail addresses", "Schreiben Sie an info@musterstadt.de oder (max.mustermann@musterstadt.de).", ["Schreiben", "Sie", "an", "oder"]],
    ["@handles", "Danke @feuerwehr und @rathaus@social.musterstadt.de und @musterstadt.bsky.social!", ["Danke", "und", "und"]],
    ["hashtags, skipped whole", "#Müllabfuhr2026 heute #Musterstadt_Mitte", ["heute"]],
    ["emoji", "🎉 Fest 👨‍👩‍👧 im Park 🇩🇪 👍🏽", ["Fest", "im", "Park"]],
  ] as const)("does not take %s for words", (_what, text, expected) => {
    expect(wordsOf(text)).toEqual(expected);
  });

  it("keeps a word glued to a domain-looking typo apart when the last part is no domain ending", () => {
    expect(wordsOf("Rathaus.Die Tür")).toEqual(["Rathaus", "Die", "Tür"]);
  });

  it("gives UTF-16 offsets, also after emoji (two code units each) and combining marks", () => {
    const text = "👍🏽 Danke! 🎉 Mu\u0308ll-Abfuhr";
    const { words } = tokenizeGerman(text);
    expect(words.map((word) => [word.text, word.start, word.end])).toEqual([
      ["Danke", 5, 10],
      ["Mu\u0308ll-Abfuhr", 15, 27],
    ]);
    for (const word of words) expect(text.slice(word.start, word.end)).toBe(word.text);
  });

  it("takes letters outside the BMP as letters", () => {
    const text = "Das 𝐖𝐨𝐫𝐭 steht";
    expect(wordsOf(text)).toEqual(["Das", "𝐖𝐨𝐫𝐭", "steht"]);
  });

  it("refuses a text that is not a string, naming the function", () => {
    expect(() => tokenizeGerman(42 as unknown as string)).toThrow(/tokenizeGerman: text must be a string, got number/);
    try {
      tokenizeGerman(null as unknown as string);
    } catch (error) {
      expect(KommuneError.isInstance(error, "SCORING_INVALID_ARGUMENT")).toBe(true);
    }
  });
});

describe("tokenizeGerman: sentences", () => {
  it.each([
    ["Eins. Zwei! Drei? Vier … Fünf", ["Eins.", "Zwei!", "Drei?", "Vier …", "Fünf"]],
    ["Wir warten … und warten. Ende", ["Wir warten … und warten.", "Ende"]],
    ["Was?! Wirklich... Ja.", ["Was?!", "Wirklich...", "Ja."]],
    ["„Wir schaffen das.“ Sagte sie. (Siehe oben.) Weiter.", ["„Wir schaffen das.“", "Sagte sie.", "(Siehe oben.)", "Weiter."]],
    ["Ohne Punkt am Ende", ["Ohne Punkt am Ende"]],
    ["Danke!🎉 Weiter geht's.", ["Danke!", "🎉 Weiter geht's."]],
  ] as const)("splits %j at sentence punctuation", (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it.each([
    ["z. B.", "Wir sammeln z. B. Glas und Papier."],
    ["z.B.", "Wir sammeln z.B. Glas und Papier."],
    ["d. h.", "Es regnet, d. h. Schirm mitnehmen."],
    ["u. a.", "Es kommen u. a. Feuerwehr und Polizei."],
    ["bzw.", "Montag bzw. Dienstag geht es los."],
    ["ca.", "Es kamen ca. 500 Leute."],
    ["Nr.", "Das ist Antrag Nr. 5 von heute."],
    ["Str.", "Wir sind in der Goethe Str. 5 zu finden."],
    ["…str. in a street name", "Wir sind in der Hauptstr. 5 zu finden."],
    ["Tel.", "Tel. 0123 456 erreicht uns."],
    ["Dr.", "Es spricht Dr. Müller zum Thema."],
    ["Hr. / Fr.", "Es sprechen Hr. Meier und Fr. Schulze."],
    ["inkl.", "Der Preis ist inkl. Steuer."],
    ["ggf.", "Bitte ggf. Ausweis mitbringen."],
    ["evtl.", "Es gibt evtl. Kuchen."],
    ["usw. before lower case", "Papier, Glas usw. kommen in die Tonne."],
    ["etc. before lower case", "Papier, Glas etc. kommen in die Tonne."],
    ["Abs.", "Nach Abs. 2 gilt das."],
    ["Art. before a number", "Nach Art. 3 GG gilt das."],
    ["vgl.", "Dazu vgl. Seite 3 im Heft."],
    ["a single letter", "Es grüßt Max M. Mustermann."],
  ] as const)("does not end a sentence after %s", (_abbreviation, text) => {
    expect(tokenizeGerman(text).sentences).toHaveLength(1);
  });

  it("ends a sentence after usw. or etc. before a capital, and after Art. used as a word", () => {
    expect(sentencesOf("Papier, Glas usw. Bitte trennen.")).toEqual(["Papier, Glas usw.", "Bitte trennen."]);
    expect(sentencesOf("Auf diese Art. Danach geht es weiter.")).toEqual(["Auf diese Art.", "Danach geht es weiter."]);
    expect(sentencesOf("Das ist Max. Er kommt.")).toEqual(["Das ist Max.", "Er kommt."]);
  });

  it.each([
    "Am 1. Mai ist Feiertag.",
    "Das Fest ist am 15. März 2026 im Park.",
    "Ab dem 3. Oktober gilt das.",
    "Zum 2. Mal findet es statt.",
    "Der 1. Bürgermeister kommt.",
    "Wir sind im 4. Stock zu finden.",
    "Am 15.03. um 10 Uhr geht es los.",
    "Am 15. 3. 2026 geht es los.",
    "Es beginnt um 10.30 Uhr im Saal.",
    "Der Preis liegt bei 3.5 Euro im Schnitt.",
    "Alles unter https://musterstadt.de/a.b/c. und mehr.",
  ])("does not end a sentence in %j", (text) => {
    expect(tokenizeGerman(text).sentences).toHaveLength(1);
  });

  it("does end a sentence after a number that is no ordinal, and after a year", () => {
    expect(sentencesOf("Wir wurden Platz 3. Das ist gut.")).toEqual(["Wir wurden Platz 3.", "Das ist gut."]);
    expect(sentencesOf("Das war im Jahr 2026. Danach nicht.")).toEqual(["Das war im Jahr 2026.", "Danach nicht."]);
  });

  it("ends a sentence at a blank line and at list items, not at a plain line break", () => {
    const text = "Bitte mitbringen:\n- Ausweis\n- Foto\n• Formular\n\nDie Anmeldung\nist ab heute offen\n\n1. Schritt eins\n2) Schritt zwei\na) Punkt a";
    expect(sentencesOf(text)).toEqual([
      "Bitte mitbringen:",
      "- Ausweis",
      "- Foto",
      "• Formular",
      "Die Anmeldung\nist ab heute offen",
      "1. Schritt eins",
      "2) Schritt zwei",
      "a) Punkt a",
    ]);
  });

  it("takes emoji at the start of lines as list bullets", () => {
    expect(sentencesOf("Sommerfest\n📅 Samstag\n📍 Marktplatz\n🕙 ab 10 Uhr")).toEqual(["Sommerfest", "📅 Samstag", "📍 Marktplatz", "🕙 ab 10 Uhr"]);
  });

  it("ends the last list item at its line end", () => {
    expect(sentencesOf("- Ausweis\n- Foto\nDanach geht es los.")).toEqual(["- Ausweis", "- Foto", "Danach geht es los."]);
  });

  it("takes CRLF, LINE SEPARATOR and PARAGRAPH SEPARATOR as line breaks", () => {
    expect(sentencesOf("Erster Absatz\r\n\r\nZweiter Absatz")).toEqual(["Erster Absatz", "Zweiter Absatz"]);
    expect(sentencesOf("Eine Zeile\r\nund weiter")).toHaveLength(1);
    expect(sentencesOf("Erster\u2029Zweiter")).toEqual(["Erster", "Zweiter"]);
    expect(sentencesOf("Erster\u2028Zweiter")).toHaveLength(1);
  });

  it("makes no sentence of stretches without words", () => {
    expect(tokenizeGerman("Danke! 🎉 #Musterstadt https://musterstadt.de").sentences).toHaveLength(1);
    expect(tokenizeGerman("🎉🎉 2026 !!! …").sentences).toEqual([]);
    expect(tokenizeGerman("")).toEqual({ sentences: [], words: [] });
  });

  it("counts the words of each sentence and links each word to its sentence", () => {
    const text = "Heute ist Markt. Kommt vorbei! 🎉\n\n- Obst\n- Gemüse";
    const { sentences, words } = tokenizeGerman(text);
    expect(sentences.map((sentence) => sentence.wordCount)).toEqual([3, 2, 1, 1]);
    expect(words.map((word) => word.sentenceIndex)).toEqual([0, 0, 0, 1, 1, 2, 3]);
  });
});
