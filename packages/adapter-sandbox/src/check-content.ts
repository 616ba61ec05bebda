import { measurePostText, type CountingRule, type Media } from "@kommune-sm/core";
import { NetworkError, type NetworkCapabilitiesV1 } from "@kommune-sm/network";

const kindNames: Readonly<Record<string, string>> = { image: "Bild", video: "Video", gif: "GIF", document: "Dokument" };

/**
 * What the sandbox refuses, as a network would: a text over the counting
 * rule's limit (with the content warning, which counts together with the
 * text as on Mastodon), an empty post, too many or unsupported media, mixed
 * kinds, a missing or too long alt text (required here, for practice), a
 * file over the size limit. `text` is the account's rule (an instance may
 * allow more or less than the sandbox's 500). The reason is in German, for
 * the person in the town hall who must change the post. Returns undefined
 * when the content is accepted.
 */
export function checkContent(
  content: { readonly text: string; readonly contentWarning?: string; readonly media: readonly Media[] },
  capabilities: NetworkCapabilitiesV1,
  operation: string,
  text: CountingRule = capabilities.text,
): NetworkError | undefined {
  const refuse = (networkReason: string, detail: string) =>
    new NetworkError({ kind: "rejected-content", status: 422, message: `sandbox ${operation} refused the content: ${detail}`, networkReason });
  const { media: rules } = capabilities;
  if (content.text.trim() === "" && content.media.length === 0) {
    return refuse("Der Beitrag ist leer: Er braucht einen Text oder ein Medium.", "empty post");
  }
  const measured = measurePostText(content.text, content.contentWarning, text);
  const exceeded = measured.limits.find((limit) => limit.exceeded);
  if (exceeded) {
    const links = `Links zählen als ${text.urlLength ?? "geschrieben"}`;
    return content.contentWarning && text.contentWarningCounts === true
      ? refuse(
          `Inhaltswarnung und Text sind zusammen zu lang: ${exceeded.used} von höchstens ${exceeded.max} Zeichen (die Inhaltswarnung zählt mit; ${links}, nur im Text).`,
          `content warning and text are ${exceeded.used} ${exceeded.unit} long together, the limit is ${exceeded.max}`,
        )
      : refuse(`Der Text ist zu lang: ${exceeded.used} von höchstens ${exceeded.max} Zeichen (${links}).`, `text is ${exceeded.used} ${exceeded.unit} long, the limit is ${exceeded.max}`);
  }
  if (content.media.length > rules.maxItems) {
    return refuse(`Zu viele Medien: ${content.media.length}, erlaubt sind höchstens ${rules.maxItems}.`, `${content.media.length} media items, at most ${rules.maxItems}`);
  }
  const kinds = new Set(content.media.map((item) => item.kind));
  for (const kind of kinds) {
    if (!rules.kinds.includes(kind)) return refuse(`Medienart nicht möglich: ${kindNames[kind] ?? kind}.`, `media kind "${kind}" is not supported`);
  }
  if (rules.mixedKinds === false && kinds.size > 1) {
    return refuse("Bilder, Videos und GIFs können nicht in einem Beitrag gemischt werden.", "mixed media kinds");
  }
  for (const [index, item] of content.media.entries()) {
    const position = `Medium ${index + 1} (${kindNames[item.kind] ?? item.kind})`;
    const altText = item.altText?.trim() ?? "";
    if (rules.altText === "required" && altText === "" && item.decorative !== true) {
      return refuse(
        `${position} hat keine Bildbeschreibung (Alternativtext). Im Übungsnetz ist sie Pflicht, wie es die BITV 2.0 für informative Bilder verlangt.`,
        `media item ${index + 1} has no alt text`,
      );
    }
    if (rules.altTextMaxLength !== undefined && (item.altText?.length ?? 0) > rules.altTextMaxLength) {
      return refuse(`${position}: Die Bildbeschreibung ist länger als ${rules.altTextMaxLength} Zeichen.`, `alt text of media item ${index + 1} is too long`);
    }
    const maxBytes = rules.maxBytes?.[item.kind];
    if (maxBytes !== undefined && item.sizeBytes !== undefined && item.sizeBytes > maxBytes) {
      return refuse(`${position} ist zu groß: höchstens ${Math.floor(maxBytes / 1024 / 1024)} MB.`, `media item ${index + 1} has ${item.sizeBytes} bytes, at most ${maxBytes}`);
    }
  }
  return undefined;
}
