import { defineMessages } from "../i18n/message-catalogue.js";

/**
 * Messages of the SDK's own refinements (zod's built-in checks use zod's
 * German and English locales). A refinement names its key in
 * `params.messageKey` and its values in `params.values`. The placeholder
 * `{field}` needs no value: validation fills in the readable path of the
 * field (`variants[0].text`), or the entity's name for a value validated on
 * its own.
 */
export const validationMessages = defineMessages({
  de: {
    "ags.format": "Der Amtliche Gemeindeschlüssel (AGS) muss aus genau 8 Ziffern bestehen.",
    "ags.state-unknown": "Der AGS beginnt mit {prefix}; das ist kein Bundesland (01 bis 16).",
    "ags.state-mismatch": "Der AGS beginnt mit {prefix} ({agsState}), das Bundesland ist aber {federalState}.",
    "time-zone.unknown": "„{value}“ ist keine bekannte IANA-Zeitzone (zum Beispiel Europe/Berlin).",
    "date-range.order": "Das Ende ({end}) liegt vor dem Beginn ({start}).",
    "age-band.order": "Das Höchstalter ({max}) liegt unter dem Mindestalter ({min}).",
    "id.duplicate": "Die ID „{id}“ kommt mehrfach vor.",
    "variant.duplicate-channel": "Für den Kanal „{channelId}“ gibt es mehr als eine Variante.",
    "goal.target-equals-baseline": "Zielwert und Ausgangswert sind gleich; ein Ziel muss eine Veränderung beschreiben.",
    "quiet-period.matches-nothing": "Die Ruhephase trifft keinen Beitrag: „all“ setzen oder Themen, Kampagnen oder Stichwörter nennen.",
    "quiet-period.blocks-nothing": "Die Ruhephase sperrt weder Planen noch Veröffentlichen.",
    "interaction.response-before-receipt": "Die erste Antwort ({firstResponseAt}) liegt vor dem Eingang ({receivedAt}).",
    "kpi.unknown-metric": "Die Kennzahl verweist auf die unbekannte Messgröße „{metric}“.",
    "id.surrounding-whitespace": "Eine ID darf nicht mit Leerzeichen beginnen oder enden.",
    "instant.out-of-range": "„{field}“ liegt außerhalb der Jahre {minYear} bis {maxYear} (UTC).",
    "local-date.out-of-range": "„{field}“ ({value}) liegt außerhalb der Jahre {minYear} bis {maxYear}.",
    "text.ill-formed": "„{field}“ enthält ein unvollständiges Zeichen (ein einzelnes UTF-16-Surrogat, etwa die Hälfte eines abgeschnittenen Emojis); bitte das Zeichen löschen und neu eingeben.",
    "list.too-many": "„{field}“ hat {count} Einträge; erlaubt sind höchstens {max}.",
    "options.too-large": "„{field}“ ist zu groß oder zu tief verschachtelt: erlaubt sind höchstens {maxEntries} Einträge, {maxTextLength} Zeichen Text und {maxDepth} Ebenen.",
    "options.not-json": "„{field}“ enthält einen Wert, der sich nicht als JSON speichern lässt (etwa eine Funktion, ein Datum oder eine unendliche Zahl).",
    "language.format": "Das ist kein Sprachkürzel nach BCP 47 (zum Beispiel de, de-DE oder en).",
    "adapter-id.format": "Eine Adapter-ID besteht aus Kleinbuchstaben, Ziffern und Bindestrichen und beginnt mit einem Buchstaben (zum Beispiel mastodon).",
    "mime-type.format": "Das ist kein MIME-Typ der Form typ/untertyp (zum Beispiel image/jpeg).",
    "hashtag.format": "Ein Hashtag wird ohne „#“ und ohne Leerzeichen angegeben.",
    "media.source-missing": "Ein Medium braucht eine URL oder einen Speicherschlüssel (storageKey).",
    "pillar.share-sum": "Die Zielanteile der Themensäulen ergeben zusammen {percent} %; mehr als 100 % sind nicht möglich.",
  },
  en: {
    "ags.format": "The official municipality key (AGS) must be exactly 8 digits.",
    "ags.state-unknown": "The AGS starts with {prefix}, which is not a federal state (01 to 16).",
    "ags.state-mismatch": "The AGS starts with {prefix} ({agsState}), but the federal state is {federalState}.",
    "time-zone.unknown": "\"{value}\" is not a known IANA time zone (for example Europe/Berlin).",
    "date-range.order": "The end ({end}) is before the start ({start}).",
    "age-band.order": "The maximum age ({max}) is below the minimum age ({min}).",
    "id.duplicate": "The id \"{id}\" occurs more than once.",
    "variant.duplicate-channel": "There is more than one variant for channel \"{channelId}\".",
    "goal.target-equals-baseline": "Target and baseline are equal; a goal must describe a change.",
    "quiet-period.matches-nothing": "The quiet period matches no post: set \"all\" or name pillars, campaigns or keywords.",
    "quiet-period.blocks-nothing": "The quiet period blocks neither scheduling nor publishing.",
    "interaction.response-before-receipt": "The first response ({firstResponseAt}) is before the receipt ({receivedAt}).",
    "kpi.unknown-metric": "The KPI refers to the unknown metric \"{metric}\".",
    "id.surrounding-whitespace": "An id must not start or end with whitespace.",
    "instant.out-of-range": "\"{field}\" lies outside the years {minYear} to {maxYear} (UTC).",
    "local-date.out-of-range": "\"{field}\" ({value}) lies outside the years {minYear} to {maxYear}.",
    "text.ill-formed": "\"{field}\" contains an incomplete character (a lone UTF-16 surrogate, e.g. half of a cut-off emoji); delete the character and type it again.",
    "list.too-many": "\"{field}\" has {count} entries; at most {max} are allowed.",
    "options.too-large": "\"{field}\" is too large or nested too deeply: at most {maxEntries} entries, {maxTextLength} characters of text and {maxDepth} levels are allowed.",
    "options.not-json": "\"{field}\" holds a value that cannot be stored as JSON (such as a function, a date or an infinite number).",
    "language.format": "This is not a BCP 47 language tag (for example de, de-DE or en).",
    "adapter-id.format": "An adapter id consists of lowercase letters, digits and hyphens and starts with a letter (for example mastodon).",
    "mime-type.format": "This is not a MIME type of the form type/subtype (for example image/jpeg).",
    "hashtag.format": "A hashtag is given without \"#\" and without spaces.",
    "media.source-missing": "A media item needs a URL or a storage key (storageKey).",
    "pillar.share-sum": "The target shares of the content pillars add up to {percent} %; more than 100 % is not possible.",
  },
});

/**
 * A key of {@link validationMessages}.
 *
 * @useDeclaredType
 */
export type ValidationMessageKey = Parameters<typeof validationMessages.format>[1];
