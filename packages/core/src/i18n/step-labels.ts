import type { InteractionAction } from "../workflow/interaction-transitions.js";
import type { PostAction } from "../workflow/post-transitions.js";
import type { ReplyAction } from "../workflow/reply-transitions.js";
import { defineLabels } from "./define-labels.js";

// Steps are what buttons say, so they start with a capital letter; the
// workflow's refusals quote them ("darf den Schritt „Freigeben“ nicht ausführen").

/** Words for the steps of a post (`POST_TRANSITIONS`), as a button would say them. */
export const postActionLabels = defineLabels({
  de: {
    submit: "Zur Prüfung einreichen",
    approve: "Freigeben",
    reject: "Ablehnen",
    revise: "Überarbeiten",
    schedule: "Planen",
    unschedule: "Planung aufheben",
    "start-publishing": "Veröffentlichung starten",
    "mark-published": "Als veröffentlicht vermerken",
    "abort-publishing": "Veröffentlichung abbrechen",
    withdraw: "Zurückziehen",
  } satisfies Record<PostAction, string>,
  en: {
    submit: "Submit for review",
    approve: "Approve",
    reject: "Reject",
    revise: "Revise",
    schedule: "Schedule",
    unschedule: "Unschedule",
    "start-publishing": "Start publishing",
    "mark-published": "Mark as published",
    "abort-publishing": "Abort publishing",
    withdraw: "Withdraw",
  },
});

/** Words for the steps of a reply (`REPLY_TRANSITIONS`), as a button would say them. */
export const replyActionLabels = defineLabels({
  de: { approve: "Antwort freigeben", send: "Antwort als gesendet vermerken", discard: "Antwort verwerfen", withdraw: "Antwort zurückziehen" } satisfies Record<ReplyAction, string>,
  en: { approve: "Approve reply", send: "Mark reply as sent", discard: "Discard reply", withdraw: "Withdraw reply" },
});

/** Words for the steps of a citizen's interaction (`INTERACTION_TRANSITIONS`), as a button would say them. */
export const interactionActionLabels = defineLabels({
  de: {
    assign: "Nachricht zuweisen",
    close: "Ohne Antwort schließen",
    reopen: "Wieder öffnen",
    hide: "Nachricht ausblenden",
    "mark-answered": "Als beantwortet vermerken",
  } satisfies Record<InteractionAction, string>,
  en: {
    assign: "Assign message",
    close: "Close without answer",
    reopen: "Reopen",
    hide: "Hide message",
    "mark-answered": "Mark as answered",
  },
});
