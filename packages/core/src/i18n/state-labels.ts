import type { InteractionStatus, PostState, ReplyState } from "../model/index.js";
import { defineLabels } from "./define-labels.js";

// Labels of states are written to fit inside a sentence ("im Zustand „in
// Prüfung“"), so they start in lower case unless German writes a noun.

/** Words for the states of a post (`POST_STATES`). */
export const postStateLabels = defineLabels({
  de: {
    draft: "Entwurf",
    "in-review": "in Prüfung",
    approved: "freigegeben",
    scheduled: "geplant",
    publishing: "wird veröffentlicht",
    published: "veröffentlicht",
    rejected: "abgelehnt",
    withdrawn: "zurückgezogen",
  } satisfies Record<PostState, string>,
  en: {
    draft: "draft",
    "in-review": "in review",
    approved: "approved",
    scheduled: "scheduled",
    publishing: "publishing",
    published: "published",
    rejected: "rejected",
    withdrawn: "withdrawn",
  },
});

/** Words for the states of a reply (`REPLY_STATES`). */
export const replyStateLabels = defineLabels({
  de: { draft: "Entwurf", approved: "freigegeben", sent: "gesendet", discarded: "verworfen", withdrawn: "zurückgezogen" } satisfies Record<ReplyState, string>,
  en: { draft: "draft", approved: "approved", sent: "sent", discarded: "discarded", withdrawn: "withdrawn" },
});

/** Words for where an interaction stands (`InteractionStatusSchema.options`). */
export const interactionStatusLabels = defineLabels({
  de: { open: "offen", answered: "beantwortet", closed: "ohne Antwort geschlossen", hidden: "ausgeblendet" } satisfies Record<InteractionStatus, string>,
  en: { open: "open", answered: "answered", closed: "closed without answer", hidden: "hidden" },
});
