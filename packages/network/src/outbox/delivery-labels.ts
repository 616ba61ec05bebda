import { DEFAULT_LOCALE, defineLabels, type Locale } from "@kommune-sm/core";
import type { DeliveryKind, DeliveryState } from "./delivery.js";

// Like core's labels of post states, written to fit inside a sentence
// ("bleibt im Postausgang: geplant").

/**
 * The words of the delivery states (a takedown's success aside); for the
 * package's own tests, which check that every state has them in both
 * languages. Use {@link deliveryStateLabel}.
 *
 * @internal
 */
export const postDeliveryStates = defineLabels({
  de: {
    scheduled: "geplant",
    "in-flight": "wird gesendet",
    retrying: "neuer Versuch geplant",
    blocked: "blockiert",
    uncertain: "unklar",
    succeeded: "veröffentlicht",
    failed: "fehlgeschlagen",
    cancelled: "abgebrochen",
  } satisfies Record<DeliveryState, string>,
  en: {
    scheduled: "scheduled",
    "in-flight": "sending",
    retrying: "retry planned",
    blocked: "blocked",
    uncertain: "uncertain",
    succeeded: "published",
    failed: "failed",
    cancelled: "cancelled",
  },
});

// A takedown that succeeded removed the post; a reply that succeeded was sent; everything else reads the same.
const takedownStates = defineLabels({
  de: { succeeded: "entfernt" } satisfies Partial<Record<DeliveryState, string>>,
  en: { succeeded: "removed" },
});
const replyStates = defineLabels({
  de: { succeeded: "gesendet" } satisfies Partial<Record<DeliveryState, string>>,
  en: { succeeded: "sent" },
});

const deliveryKinds = defineLabels({
  de: { post: "Beitrag", takedown: "Löschung", reply: "Antwort" } satisfies Record<DeliveryKind, string>,
  en: { post: "post", takedown: "takedown", reply: "reply" },
});

/**
 * Where a delivery of the outbox stands, in words for people, German by
 * default: `"wird gesendet"`, `"neuer Versuch geplant"`. For a takedown
 * (`kind: "takedown"`) a success reads `"entfernt"` / `"removed"`, for a
 * reply `"gesendet"` / `"sent"`. A state
 * without words (at run time only) is given back as it is.
 *
 * @example
 * ```ts
 * deliveryStateLabel(delivery.state, "de", delivery.kind); // "neuer Versuch geplant"
 * deliveryStateLabel("succeeded", "en", "takedown");        // "removed"
 * ```
 */
export function deliveryStateLabel(state: DeliveryState, locale: Locale = DEFAULT_LOCALE, kind: DeliveryKind = "post"): string {
  if (kind === "takedown" && takedownStates.has(state)) return takedownStates.label(locale, state);
  if (kind === "reply" && replyStates.has(state)) return replyStates.label(locale, state);
  return postDeliveryStates.label(locale, state);
}

/** What a delivery does, in words: `"Beitrag"` (it puts a post on a channel), `"Löschung"` (it takes one down) or `"Antwort"` (it answers a citizen). */
export function deliveryKindLabel(kind: DeliveryKind, locale: Locale = DEFAULT_LOCALE): string {
  return deliveryKinds.label(locale, kind);
}

/** Every delivery state with its words, in the order of the outbox's life, for select boxes and legends. */
export function deliveryStateLabels(locale: Locale = DEFAULT_LOCALE, kind: DeliveryKind = "post"): readonly { readonly value: DeliveryState; readonly label: string }[] {
  return postDeliveryStates.values.map((value) => ({ value, label: deliveryStateLabel(value, locale, kind) }));
}
