import { defineMessages } from "@kommune-sm/core";

/**
 * Why a post cannot be scheduled for delivery, or changed while a delivery
 * is unsettled, as people in the town hall read it (German first). The
 * English texts are also the developers' `HandoverProblem.message`.
 */
export const handoverMessages = defineMessages({
  de: {
    "no-channel": "Der Beitrag nennt keinen Kanal; für jeden Kanal, auf dem er erscheinen soll, braucht er eine Variante.",
    "unknown-channel": "Den Kanal „{channelId}“ gibt es in dieser Organisation nicht.",
    "inactive-channel": "Der Kanal „{channelId}“ ist abgeschaltet.",
    "no-adapter": "Für das Netzwerk „{network}“ des Kanals „{channelId}“ ist kein Adapter eingerichtet.",
    "text-too-long": "Der Text für „{channelId}“ ist {over} {unit} länger als die {max}, die {network} erlaubt.",
    "text-too-long-with-warning": "Inhaltswarnung und Text für „{channelId}“ sind zusammen {over} {unit} länger als die {max}, die {network} erlaubt.",
    "content-warning-unsupported": "{network} zeigt keine Inhaltswarnungen an, der Beitrag hat aber eine für „{channelId}“; bitte dem Kanal eine Variante mit leerer Inhaltswarnung geben oder die Warnung entfernen.",
    "too-many-media": "{network} nimmt höchstens {max} Medien; der Beitrag für „{channelId}“ hat {count}.",
    "media-kind": "{network} nimmt keine Medien der Art „{kind}“ (Medium „{mediaId}“).",
    "alt-text-missing": "Das Medium „{mediaId}“ braucht für {network} einen Alternativtext.",
    "not-approved": "Der Beitrag trägt keine Freigabe seines jetzigen Inhalts; bitte erneut zur Freigabe vorlegen.",
    "already-delivered": "Der Beitrag ist auf jedem seiner Kanäle schon veröffentlicht oder unterwegs.",
    separator: " ",
    "unit.graphemes": "Zeichen",
    "unit.code-points": "Unicode-Zeichen",
    "unit.utf16": "UTF-16-Einheiten",
    "unit.utf8-bytes": "Bytes",
    "unsettled.in-flight": "auf „{channelId}“ läuft gerade ein Aufruf; bitte kurz warten",
    "unsettled.unknown": "ob die frühere Fassung auf „{channelId}“ erschienen ist, ist offen; erst klären (Zustellung {deliveryId})",
  },
  en: {
    "no-channel": "The post names no channel; add a variant for each channel it should go to.",
    "unknown-channel": "Channel \"{channelId}\" does not exist in this organisation.",
    "inactive-channel": "Channel \"{channelId}\" is switched off.",
    "no-adapter": "No adapter is registered for network \"{network}\" of channel \"{channelId}\".",
    "text-too-long": "The text for \"{channelId}\" is {over} {unit} over {network}'s limit of {max}.",
    "text-too-long-with-warning": "Content warning and text for \"{channelId}\" are together {over} {unit} over {network}'s limit of {max}.",
    "content-warning-unsupported": "{network} shows no content warnings, and the post has one for \"{channelId}\"; give the channel a variant with an empty content warning, or remove the warning.",
    "too-many-media": "{network} takes at most {max} media items; the post for \"{channelId}\" has {count}.",
    "media-kind": "{network} does not take {kind} (media \"{mediaId}\").",
    "alt-text-missing": "Media \"{mediaId}\" needs an alt text for {network}.",
    "not-approved": "The post carries no approval of its current content; submit it for approval again.",
    "already-delivered": "The post is already published, or on its way, on every one of its channels.",
    separator: " ",
    "unit.graphemes": "characters",
    "unit.code-points": "code points",
    "unit.utf16": "UTF-16 units",
    "unit.utf8-bytes": "bytes",
    "unsettled.in-flight": "a call to \"{channelId}\" is under way; wait a moment",
    "unsettled.unknown": "whether the earlier version went out on \"{channelId}\" is not known; resolve delivery {deliveryId} first",
  },
});
