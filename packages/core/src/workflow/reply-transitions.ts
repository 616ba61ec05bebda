import type { ReplyState } from "../model/index.js";
import type { ActorRole } from "./post-transitions.js";

/** What can be done to a reply once it is drafted. */
export type ReplyAction = "approve" | "send" | "discard" | "withdraw";

/** One rule of the reply steps. */
export interface ReplyTransitionRule {
  /** States the step starts from. */
  readonly from: readonly ReplyState[];
  /** States it starts from while the organisation has four eyes on replies, if they differ. */
  readonly fromUnderFourEyes?: readonly ReplyState[];
  /** The state it leads to. */
  readonly to: ReplyState;
  /** Roles allowed to take it (any one suffices). */
  readonly roles: readonly ActorRole[];
  /** Whoever takes it must not have written the reply, while the organisation has four eyes on replies. */
  readonly fourEyes?: boolean;
  /** The event emitted and the audit action written when it is taken. */
  readonly event: "reply.approved" | "reply.sent" | "reply.discarded" | "reply.withdrawn";
  /** A person must say why. */
  readonly requiresReason?: boolean;
}

/**
 * The steps of a reply as data (drafting is `draftReply`): under four eyes
 * for replies a draft is approved by someone other than its author before it
 * is sent; without, it may be sent as a draft. UIs can read it; the workflow
 * enforces it.
 */
export const REPLY_TRANSITIONS: Readonly<Record<ReplyAction, ReplyTransitionRule>> = {
  approve: { from: ["draft"], to: "approved", roles: ["approver", "admin"], fourEyes: true, event: "reply.approved" },
  send: { from: ["draft", "approved"], fromUnderFourEyes: ["approved"], to: "sent", roles: ["editor", "approver", "admin", "system"], event: "reply.sent" },
  discard: { from: ["draft", "approved"], to: "discarded", roles: ["editor", "approver", "admin"], event: "reply.discarded" },
  withdraw: { from: ["sent"], to: "withdrawn", roles: ["editor", "approver", "admin"], requiresReason: true, event: "reply.withdrawn" },
};
