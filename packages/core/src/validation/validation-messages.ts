import { defineMessages } from "../i18n/message-catalogue.js";

/**
 * Messages of the SDK's own refinements (zod's built-in checks use zod's
 * German and English locales). A refinement names its key in
 * `params.messageKey` and its values in `params.values`.
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
    "instant.out-of-range": "Der Zeitpunkt liegt in UTC außerhalb der Jahre 0000 bis 9999.",
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
    "instant.out-of-range": "The instant lies outside the years 0000 to 9999 in UTC.",
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
