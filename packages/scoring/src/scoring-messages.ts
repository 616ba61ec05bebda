import { defineMessages, type LocalizedText, type MessageValues } from "@kommune-sm/core";

// The tables of scoringMessages.
const TABLES = {
  de: {
    // accessibility
    "alt-text-missing": "Bild {index} hat keinen Alternativtext. Menschen, die es nicht sehen, erfahren nicht, was es zeigt (BITV 2.0).",
    "alt-text-placeholder": "Der Alternativtext von Bild {index} („{alt}“) beschreibt nichts. Beschreiben Sie, was zu sehen ist.",
    "alt-text-short": "Der Alternativtext von Bild {index} ist sehr kurz ({length} Zeichen). Reicht er, um das Bild zu verstehen?",
    "alt-text-redundant-start": "„{start}“ am Anfang des Alternativtexts ist überflüssig: Screenreader sagen schon, dass es ein Bild ist.",
    "video-without-captions": "Video {index} hat keine Untertitel. Menschen, die nicht hören, und alle, die ohne Ton schauen, brauchen sie.",
    "hashtag-camel-case": "Schreiben Sie „#{tag}“ mit großen Anfangsbuchstaben je Wort (z. B. #StadtFest), damit Screenreader die Wörter einzeln vorlesen.",
    "too-many-emoji": "{count} Emoji: Screenreader lesen jedes vor („Partypopper“). Höchstens {max} helfen dem Text.",
    "emoji-in-sentence": "Ein Emoji mitten im Satz unterbricht das Vorlesen. Setzen Sie es ans Satzende.",
    "pseudo-formatting": "„{text}“ ist aus mathematischen Sonderzeichen gesetzt, nicht aus Buchstaben: Screenreader lesen es nicht oder Zeichen für Zeichen vor, die Suche findet es nicht.",
    "all-caps": "„{word}“ in Großbuchstaben wirkt wie Schreien und wird von Screenreadern teils buchstabiert. Besser normal schreiben.",
    "bare-link": "Ein Link ohne Worte davor: Sagen Sie, wohin er führt (z. B. „Alle Termine: …“).",
    "long-link": "Der Link hat {length} Zeichen; Screenreader lesen ihn ganz vor. Kürzen Sie ihn oder verlinken Sie eine kurze Seite.",
    "suggest-alt-text": "Beschreiben Sie in ein bis zwei Sätzen, was das Bild zeigt und wozu es da ist.",
    "suggest-plain": "Mit normalen Buchstaben schreiben",
    "suggest-lower-case": "Normal schreiben",
    "suggest-camel-case": "Wörter im Hashtag groß beginnen",
    // channel fit
    "too-long": "Zu lang für {channel}: {used} von {max} {unit}. Kürzen Sie um {over} {unit}.",
    "near-limit": "Fast zu lang für {channel}: {used} von {max} {unit}.",
    "too-many-media": "{channel} nimmt höchstens {max} Medien pro Beitrag, dieser hat {count}.",
    "media-kind": "{channel} nimmt keine Medien der Art „{kind}“.",
    "mixed-media": "{channel} mischt Bilder und Videos nicht in einem Beitrag.",
    "alt-text-too-long": "Der Alternativtext von Bild {index} ist für {channel} zu lang: {length} von höchstens {max} Zeichen.",
    "alt-text-unsupported": "{channel} kann keinen Alternativtext anzeigen: Beschreiben Sie das Bild im Text.",
    "link-not-clickable": "Auf {channel} sind Links im Text nicht anklickbar. Nennen Sie den Link im Profil („Link in Bio“) oder eine kurze Adresse.",
    "content-warning-unsupported": "{channel} zeigt keine Inhaltswarnung an, der Beitrag würde ohne sie erscheinen. Legen Sie für diesen Kanal eine Variante mit leerer Warnung und passendem Text an.",
    "suggest-cut": "Kürzen: ab hier passt der Text nicht mehr",
    // neutrality
    "neutrality-keyword": "„{keyword}“ fällt unter die Ruhephase „{period}“ ({from} – {to}): in dieser Zeit geht der Beitrag nur mit begründeter Übersteuerung hinaus.",
    "neutrality-keyword-ahead": "„{keyword}“ fällt unter die Ruhephase „{period}“, die am {from} beginnt: danach geht der Beitrag nur mit begründeter Übersteuerung hinaus.",
    "neutrality-topic": "Das Thema des Beitrags fällt unter die Ruhephase „{period}“ ({from} – {to}).",
    "neutrality-topic-ahead": "Das Thema des Beitrags fällt unter die Ruhephase „{period}“, die am {from} beginnt.",
    "neutrality-party": "„{term}“: Parteinamen in Beiträgen der Verwaltung gefährden vor der Wahl die Neutralität (Ruhephase „{period}“, {from} – {to}).",
    // plain language
    "hard-to-read": "Sehr schwer zu lesen: Flesch-Amstad {fleschAmstad} (unter 50 schwer, ab 60 gut verständlich), Wiener Sachtextformel {wstf} (Schulstufe), LIX {lix}. Kürzere Sätze und kürzere Wörter helfen.",
    "fairly-hard-to-read": "Schwer zu lesen: Flesch-Amstad {fleschAmstad} (unter 50 schwer, ab 60 gut verständlich), Wiener Sachtextformel {wstf}, LIX {lix}.",
    "long-sentence": "Ein langer Satz ({words} Wörter). Sätze bis etwa {maxWords} Wörter versteht man beim ersten Lesen.",
    "long-word": "„{word}“ ist ein langes Wort ({syllables} Silben: {split}). Ein Bindestrich an den Wortfugen hilft beim Lesen (z. B. „Melde-Amt“).",
    "passive": "Passiv: Wer handelt? Aktiv ist klarer („Wir sperren die Straße“ statt „Die Straße wird gesperrt“).",
    "nominal-style": "Nominalstil ({nominalWords} von {words} Wörtern sind Substantive auf -ung, -heit, -keit …). Mit Verben wird der Satz lebendiger.",
    "function-verb": "„{phrase}“: einfacher mit dem Verb „{plain}“.",
    "officialese": "„{phrase}“ ist Amtsdeutsch. Einfacher: {instead}.",
    "plainer-word": "Statt „{phrase}“ geht es einfacher: {instead}.",
    "suggest-hyphenate": "An den Wortfugen mit Bindestrich gliedern",
    "suggest-verb": "Verb „{plain}“ verwenden",
    "suggest-officialese": "Einfacher: {instead}",
    // personal data
    "personal-data.phone": "Eine Telefonnummer ({text}). Ist sie eine öffentliche Dienstnummer? Private Nummern gehören nicht in einen Beitrag (DSGVO).",
    "personal-data.email": "Eine E-Mail-Adresse ({text}). Ist sie eine öffentliche Dienstadresse? Private Adressen gehören nicht in einen Beitrag (DSGVO).",
    "personal-data.iban": "Eine IBAN: Bankverbindungen von Personen gehören nicht in einen Beitrag (DSGVO).",
    "personal-data.address": "Eine Anschrift ({text}). Ist es ein öffentlicher Ort? Private Anschriften gehören nicht in einen Beitrag (DSGVO).",
    "personal-data.plate": "Ein Kfz-Kennzeichen ({text}): es macht eine Person erkennbar (DSGVO).",
    "personal-data.birthdate": "Ein Geburtsdatum: es gehört nicht in einen Beitrag (DSGVO).",
    "suggest-remove-personal-data": "Entfernen oder durch eine Dienstadresse ersetzen",
    // address form
    "address-form-other": "„{word}“: Wir sprechen die Menschen mit „{expected}“ an, hier steht die {found}-Form.",
    "address-form-mixed": "„{word}“: Der Text mischt „Sie“ und „du“. Bleiben Sie bei „{expected}“.",
    "form.sie": "Sie",
    "form.du": "du",
    "neutrality-election-term": "„{term}“: Zur Wahl informiert die Verwaltung nur neutral (Ruhephase „{period}“, {from} – {to}). Bitte prüfen.",
    // brand voice
    "avoid-word": "„{word}“ steht auf der Liste der Wörter, die wir vermeiden.",
    "avoid-word-instead": "„{word}“ steht auf der Liste der Wörter, die wir vermeiden; besser: „{instead}“.",
    "required-hashtag": "Der Hashtag #{tag} gehört zu jedem Beitrag.",
    "signature-missing": "Die Antwort endet nicht mit der Signatur „{signature}“.",
    "suggest-instead": "„{instead}“ schreiben",
    "suggest-add-hashtag": "#{tag} ergänzen",
    "suggest-add-signature": "Signatur anfügen",
    // suggested replies to a message that may report a danger
    "danger-reply.emergency": "Danke für Ihre Meldung. Bitte rufen Sie sofort den Notruf {numbers} an, falls noch nicht geschehen – über soziale Medien können wir keine Hilfe schicken. Wir geben Ihre Meldung weiter.",
    "danger-reply.self-harm": "Danke, dass Sie uns schreiben. Sie sind nicht allein: Die Telefonseelsorge ist rund um die Uhr kostenlos erreichbar unter {numbers}. Wenn Sie in Gefahr sind, rufen Sie bitte sofort 112 an.",
    "danger-reply.service": "Danke für den Hinweis. Wir geben ihn an den Bereitschaftsdienst weiter. Sind Menschen in Gefahr, rufen Sie bitte sofort {numbers} an.",
    // units
    "unit.graphemes": "Zeichen",
    "unit.code-points": "Zeichen",
    "unit.utf16": "Zeichen",
    "unit.utf8-bytes": "Bytes",
  },
  en: {
    "alt-text-missing": "Image {index} has no alt text. People who cannot see it do not learn what it shows (BITV 2.0).",
    "alt-text-placeholder": "The alt text of image {index} (“{alt}”) describes nothing. Describe what can be seen.",
    "alt-text-short": "The alt text of image {index} is very short ({length} characters). Is it enough to understand the image?",
    "alt-text-redundant-start": "“{start}” at the start of the alt text is redundant: screen readers already say it is an image.",
    "video-without-captions": "Video {index} has no captions. People who cannot hear, and everyone watching without sound, need them.",
    "hashtag-camel-case": "Write “#{tag}” with a capital letter per word (e.g. #TownFestival) so that screen readers read the words one by one.",
    "too-many-emoji": "{count} emoji: screen readers read out each one (“party popper”). At most {max} help the text.",
    "emoji-in-sentence": "An emoji in the middle of a sentence interrupts reading aloud. Put it at the end of the sentence.",
    "pseudo-formatting": "“{text}” is set in mathematical symbols, not letters: screen readers skip it or spell it, search does not find it.",
    "all-caps": "“{word}” in capitals reads as shouting and is partly spelt out by screen readers. Better write it normally.",
    "bare-link": "A link without words before it: say where it leads (e.g. “All dates: …”).",
    "long-link": "The link has {length} characters; screen readers read all of it. Shorten it or link a short page.",
    "suggest-alt-text": "Describe in one or two sentences what the image shows and what it is for.",
    "suggest-plain": "Write with normal letters",
    "suggest-lower-case": "Write it normally",
    "suggest-camel-case": "Capitalise each word in the hashtag",
    "too-long": "Too long for {channel}: {used} of {max} {unit}. Cut {over} {unit}.",
    "near-limit": "Nearly too long for {channel}: {used} of {max} {unit}.",
    "too-many-media": "{channel} takes at most {max} media items per post; this one has {count}.",
    "media-kind": "{channel} does not take media of kind “{kind}”.",
    "mixed-media": "{channel} does not mix images and videos in one post.",
    "alt-text-too-long": "The alt text of image {index} is too long for {channel}: {length} of at most {max} characters.",
    "alt-text-unsupported": "{channel} cannot show alt text: describe the image in the text.",
    "link-not-clickable": "Links in the text are not clickable on {channel}. Point to the link in the profile (“link in bio”) or give a short address.",
    "content-warning-unsupported": "{channel} shows no content warning; the post would appear without it. Give this channel a variant with an empty warning and a fitting text.",
    "suggest-cut": "Cut: from here on the text does not fit",
    "neutrality-keyword": "“{keyword}” falls under the quiet period “{period}” ({from} – {to}): in that time the post goes out only with a reasoned override.",
    "neutrality-keyword-ahead": "“{keyword}” falls under the quiet period “{period}” beginning on {from}: from then on the post goes out only with a reasoned override.",
    "neutrality-topic": "The post's topic falls under the quiet period “{period}” ({from} – {to}).",
    "neutrality-topic-ahead": "The post's topic falls under the quiet period “{period}” beginning on {from}.",
    "neutrality-party": "“{term}”: names of parties in the administration's posts endanger neutrality before the election (quiet period “{period}”, {from} – {to}).",
    "hard-to-read": "Very hard to read: Flesch-Amstad {fleschAmstad} (below 50 hard, 60 and above plain), Wiener Sachtextformel {wstf} (school grade), LIX {lix}. Shorter sentences and shorter words help.",
    "fairly-hard-to-read": "Hard to read: Flesch-Amstad {fleschAmstad} (below 50 hard, 60 and above plain), Wiener Sachtextformel {wstf}, LIX {lix}.",
    "long-sentence": "A long sentence ({words} words). Sentences of up to about {maxWords} words are understood at first reading.",
    "long-word": "“{word}” is a long word ({syllables} syllables: {split}). A hyphen where its parts join helps reading (e.g. “Melde-Amt”).",
    "passive": "Passive voice: who acts? Active is clearer (“We close the road” rather than “The road is closed”).",
    "nominal-style": "Nominal style ({nominalWords} of {words} words are abstract nouns). Verbs make the sentence livelier.",
    "function-verb": "“{phrase}”: plainer with the verb “{plain}”.",
    "officialese": "“{phrase}” is officialese. Plainer: {instead}.",
    "plainer-word": "Instead of “{phrase}”, plainer: {instead}.",
    "suggest-hyphenate": "Break it up with hyphens where its parts join",
    "suggest-verb": "Use the verb “{plain}”",
    "suggest-officialese": "Plainer: {instead}",
    "personal-data.phone": "A phone number ({text}). Is it a public office number? Private numbers do not belong in a post (GDPR).",
    "personal-data.email": "An e-mail address ({text}). Is it a public office address? Private addresses do not belong in a post (GDPR).",
    "personal-data.iban": "An IBAN: people's bank details do not belong in a post (GDPR).",
    "personal-data.address": "A street address ({text}). Is it a public place? Private addresses do not belong in a post (GDPR).",
    "personal-data.plate": "A vehicle registration plate ({text}): it makes a person identifiable (GDPR).",
    "personal-data.birthdate": "A date of birth: it does not belong in a post (GDPR).",
    "suggest-remove-personal-data": "Remove it, or use an office address instead",
    "address-form-other": "“{word}”: we address people as “{expected}”; this is the {found} form.",
    "address-form-mixed": "“{word}”: the text mixes “Sie” and “du”. Keep to “{expected}”.",
    "form.sie": "Sie",
    "form.du": "du",
    "neutrality-election-term": "“{term}”: about the election, the administration informs only neutrally (quiet period “{period}”, {from} – {to}). Please check.",
    "avoid-word": "“{word}” is on the list of words we avoid.",
    "avoid-word-instead": "“{word}” is on the list of words we avoid; better: “{instead}”.",
    "required-hashtag": "The hashtag #{tag} belongs to every post.",
    "signature-missing": "The reply does not end with the signature “{signature}”.",
    "suggest-instead": "Write “{instead}”",
    "suggest-add-hashtag": "Add #{tag}",
    "suggest-add-signature": "Add the signature",
    "danger-reply.emergency": "Thank you for letting us know. Please call the emergency number {numbers} at once if nobody has yet – we cannot send help through social media. We are passing your message on.",
    "danger-reply.self-harm": "Thank you for writing to us. You are not alone: the Telefonseelsorge can be reached free of charge day and night on {numbers}. If you are in danger, please call 112 at once.",
    "danger-reply.service": "Thank you for the report. We are passing it on to the on-call service. If people are in danger, please call {numbers} at once.",
    "unit.graphemes": "characters",
    "unit.code-points": "characters",
    "unit.utf16": "characters",
    "unit.utf8-bytes": "bytes",
  },
};

/**
 * What the scoring checks and the triage say to people in the town hall,
 * German first. `{placeholders}` are filled from the finding's values.
 */
export const scoringMessages = defineMessages(TABLES);

/** A key of {@link scoringMessages}. */
export type ScoringMessageKey = Parameters<typeof scoringMessages.format>[1];

/** `scoringMessages.format(locale, key, values)` (which splits each template at its placeholders once). */
function format(locale: "de" | "en", key: ScoringMessageKey, values: MessageValues | undefined): string {
  return scoringMessages.format(locale, key, values);
}

/** A message in both languages, for a finding. */
export function both(key: ScoringMessageKey, values?: MessageValues): LocalizedText {
  return { de: format("de", key, values), en: format("en", key, values) };
}

/** A message in both languages whose values differ by language (a unit, a network's name). */
export function bothWith(key: ScoringMessageKey, values: (locale: "de" | "en") => MessageValues): LocalizedText {
  return { de: format("de", key, values("de")), en: format("en", key, values("en")) };
}

/** @internal Every key of {@link scoringMessages}, for tests. */
export const MESSAGE_KEYS: readonly ScoringMessageKey[] = Object.freeze(Object.keys(TABLES.de) as ScoringMessageKey[]);

/** One message of {@link scoringMessages} in `locale`, as `scoringMessages.format` gives it. */
export function formatMessage(locale: "de" | "en", key: ScoringMessageKey, values?: MessageValues): string {
  return format(locale, key, values);
}
