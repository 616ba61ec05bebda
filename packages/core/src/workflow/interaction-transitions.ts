import type { InteractionStatus } from "../model/index.js";
import type { ActorRole } from "./post-transitions.js";

/** What can be done to a citizen's interaction (answering it is a reply, see `draftReply`). */
export type InteractionAction = "assign" | "close" | "reopen" | "hide" | "mark-answered";

/** Event types of interaction steps; each is also the audit action written. */
export type InteractionTransitionEvent = "interaction.assigned" | "interaction.closed" | "interaction.reopened" | "interaction.hidden" | "interaction.answered";

/** One rule of the interaction steps. */
export interface InteractionTransitionRule {
  /** Statuses the step starts from. */
  readonly from: readonly InteractionStatus[];
  /** The status it leads to (`assign` starts from `open` and stays there). */
  readonly to: InteractionStatus;
  /** Roles allowed to take it (any one suffices). */
  readonly roles: readonly ActorRole[];
  /** Narrower roles for a start status, where it differs from `roles`. */
  readonly rolesFrom?: Readonly<Partial<Record<InteractionStatus, readonly ActorRole[]>>>;
  /** A reason must be given (a person will read it). */
  readonly requiresReason?: boolean;
  /** The event emitted and the audit action written when it is taken. */
  readonly event: InteractionTransitionEvent;
}

/**
 * The steps of a citizen's interaction as data. The people who answer
 * citizens — editors, approvers, admins — assign, close, hide and reopen;
 * viewers read only. Hiding needs a reason, and only an admin brings a
 * hidden message back (its data was hidden for a reason: an insult, personal
 * data). Only the SDK marks an interaction answered, when a network
 * confirmed a reply. Automatic routing (a plugin acting as `{ system }`) may
 * assign; closing a citizen's message unanswered stays a person's decision.
 * UIs can read the table to show what is possible; the workflow enforces it.
 */
export const INTERACTION_TRANSITIONS: Readonly<Record<InteractionAction, InteractionTransitionRule>> = {
  assign: { from: ["open"], to: "open", roles: ["editor", "approver", "admin", "system"], event: "interaction.assigned" },
  close: { from: ["open"], to: "closed", roles: ["editor", "approver", "admin"], event: "interaction.closed" },
  reopen: {
    from: ["answered", "closed", "hidden"],
    to: "open",
    roles: ["editor", "approver", "admin"],
    rolesFrom: { hidden: ["admin"] },
    event: "interaction.reopened",
  },
  hide: { from: ["open", "answered", "closed"], to: "hidden", roles: ["editor", "approver", "admin"], requiresReason: true, event: "interaction.hidden" },
  // From answered too: every reply the network confirms is recorded; from
  // closed too: a reply that went out after all answers it. A hidden message
  // stays hidden.
  "mark-answered": { from: ["open", "answered", "closed"], to: "answered", roles: ["system"], event: "interaction.answered" },
};

/** Who a team member must be to have an interaction assigned: someone who may answer citizens. */
export const ASSIGNABLE_ROLES: readonly ActorRole[] = ["editor", "approver", "admin"];
