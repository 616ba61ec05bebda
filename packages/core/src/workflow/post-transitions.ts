import type { PostState, Role } from "../model/index.js";

/** A role in the house, or the SDK itself acting (the publishing engine). */
export type ActorRole = Role | "system";

/** What can be done to a post. */
export type PostAction =
  | "submit"
  | "approve"
  | "reject"
  | "revise"
  | "schedule"
  | "unschedule"
  | "start-publishing"
  | "mark-published"
  | "abort-publishing"
  | "withdraw";

/** One rule of the editorial state machine. */
export interface PostTransitionRule {
  /** States the action starts from. */
  readonly from: readonly PostState[];
  /** The state it leads to. */
  readonly to: PostState;
  /** Roles allowed to take it (any one suffices). */
  readonly roles: readonly ActorRole[];
  /** States from which the post's own author may take it without one of `roles`. */
  readonly authorFrom?: readonly PostState[];
  /** A reason must be given (a person will read it). */
  readonly requiresReason?: boolean;
  /** Whoever takes it must not have written the post (four eyes), unless the organisation turns it off. */
  readonly fourEyes?: boolean;
  /** A quiet period that blocks this kind of step stops it; checked at the publication time for scheduling, now for publishing. */
  readonly quietPeriodCheck?: "scheduling" | "publishing";
  /** The event emitted and the audit action written when it is taken. */
  readonly event: PostTransitionEvent;
}

/** Event types of post transitions. */
export type PostTransitionEvent =
  | "post.submitted"
  | "post.approved"
  | "post.rejected"
  | "post.revised"
  | "post.scheduled"
  | "post.unscheduled"
  | "post.publishing-started"
  | "post.published"
  | "post.publishing-aborted"
  | "post.withdrawn";

/**
 * The editorial state machine as data: `draft → in-review → approved →
 * scheduled → publishing → published`, with `rejected` (back to draft with a
 * reason) and `withdrawn`. UIs can read it to show what is possible; the
 * workflow enforces it.
 */
export const POST_TRANSITIONS: Readonly<Record<PostAction, PostTransitionRule>> = {
  submit: { from: ["draft"], to: "in-review", roles: ["editor", "admin"], event: "post.submitted" },
  approve: { from: ["in-review"], to: "approved", roles: ["approver", "admin"], fourEyes: true, event: "post.approved" },
  reject: { from: ["in-review"], to: "rejected", roles: ["approver", "admin"], requiresReason: true, event: "post.rejected" },
  revise: { from: ["rejected"], to: "draft", roles: ["editor", "admin"], event: "post.revised" },
  schedule: {
    from: ["approved"],
    to: "scheduled",
    roles: ["editor", "approver", "admin"],
    quietPeriodCheck: "scheduling",
    event: "post.scheduled",
  },
  // The SDK unschedules a post when no channel is left to take it (every delivery cancelled or failed before it went out).
  unschedule: { from: ["scheduled"], to: "approved", roles: ["editor", "approver", "admin", "system"], event: "post.unscheduled" },
  // Only the SDK starts publishing: a post that went to "publishing" without
  // a publishing engine's delivery would have nothing to settle it.
  "start-publishing": {
    from: ["approved", "scheduled"],
    to: "publishing",
    roles: ["system"],
    quietPeriodCheck: "publishing",
    event: "post.publishing-started",
  },
  // From "approved" too: a call that was already under way when an admin
  // aborted publishing may still have gone out, and then the post is online.
  "mark-published": { from: ["publishing", "approved"], to: "published", roles: ["system"], event: "post.published" },
  "abort-publishing": {
    from: ["publishing"],
    to: "approved",
    roles: ["system", "admin"],
    requiresReason: true,
    event: "post.publishing-aborted",
  },
  withdraw: {
    from: ["draft", "in-review", "approved", "scheduled", "publishing", "rejected", "published"],
    to: "withdrawn",
    roles: ["approver", "admin"],
    authorFrom: ["draft", "in-review", "rejected"],
    requiresReason: true,
    event: "post.withdrawn",
  },
};

/** States in which the content of a post may be edited; editing an `in-review`, `approved` or `scheduled` post sends it back to `draft`. */
export const EDITABLE_STATES: readonly PostState[] = ["draft", "rejected", "in-review", "approved", "scheduled"];
