import { defineLabels } from "../i18n/define-labels.js";
import type { Locale } from "../i18n/locale.js";
import { roleLabels } from "../i18n/role-labels.js";
import { interactionStatusLabels, postStateLabels, replyStateLabels } from "../i18n/state-labels.js";
import { interactionActionLabels, postActionLabels, replyActionLabels } from "../i18n/step-labels.js";
import type { MessageValues } from "../i18n/message-catalogue.js";
import type { InteractionAction } from "./interaction-transitions.js";
import type { ActorRole, PostAction } from "./post-transitions.js";
import type { ReplyAction } from "./reply-transitions.js";

// What a refusal's message says instead of ids: the words of the public
// labels, and of the few steps and the one role that have no label kind of
// their own.

/** Steps that refusals name besides the post and reply actions. */
type OtherStep = "create" | "edit" | "override" | "reply" | "accept-finding" | "accept-reply-finding";

const otherWords = defineLabels({
  de: {
    create: "Beitrag anlegen",
    edit: "Beitrag bearbeiten",
    override: "Ruhephase übersteuern",
    reply: "Antwort entwerfen",
    "accept-finding": "Prüfhinweis akzeptieren",
    "accept-reply-finding": "Prüfhinweis zur Antwort akzeptieren",
    system: "System (automatisch)",
  },
  en: {
    create: "Create post",
    edit: "Edit post",
    override: "Override quiet period",
    reply: "Draft reply",
    "accept-finding": "Accept check finding",
    "accept-reply-finding": "Accept check finding of reply",
    system: "system (automatic)",
  },
});

/** A step as a refusal names it. */
export type StepName = { readonly post: PostAction | OtherStep } | { readonly reply: ReplyAction } | { readonly interaction: InteractionAction };

/** The word for a step, e.g. "Freigeben" for `{ post: "approve" }`. */
export function stepWord(locale: Locale, step: StepName): string {
  if ("reply" in step) return replyActionLabels.label(locale, step.reply);
  if ("interaction" in step) return interactionActionLabels.label(locale, step.interaction);
  return postActionLabels.has(step.post) ? postActionLabels.label(locale, step.post) : otherWords.label(locale, step.post);
}

/** The words for roles, e.g. "Freigabe, Administration"; `system` is the SDK acting by itself. */
export function roleWords(locale: Locale, roles: readonly ActorRole[]): string {
  return roles.map((role) => (role === "system" ? otherWords.label(locale, "system") : roleLabels.label(locale, role))).join(", ");
}

/** The words for states of a post, a reply or an interaction, e.g. "in Prüfung". */
export function stateWords(locale: Locale, of: "post" | "reply" | "interaction", states: readonly string[]): string {
  const labels = of === "post" ? postStateLabels : of === "reply" ? replyStateLabels : interactionStatusLabels;
  return states.map((state) => labels.label(locale, state)).join(", ");
}

/** What a refusal of `step` fills into its message: the step, and the roles or states given, in words. */
export function refusalWords(locale: Locale, step: StepName, facts: { roles?: readonly ActorRole[]; state?: string; from?: readonly string[] }): MessageValues {
  const of = "reply" in step ? "reply" : "interaction" in step ? "interaction" : "post";
  return {
    action: stepWord(locale, step),
    ...(facts.roles ? { roles: roleWords(locale, facts.roles) } : {}),
    ...(facts.state !== undefined ? { state: stateWords(locale, of, [facts.state]) } : {}),
    ...(facts.from ? { from: stateWords(locale, of, facts.from) } : {}),
  };
}
