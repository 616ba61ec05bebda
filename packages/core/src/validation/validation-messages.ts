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
  },
});

/** A key of {@link validationMessages}. */
export type ValidationMessageKey = Parameters<typeof validationMessages.format>[1];
