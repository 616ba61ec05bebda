import type { PostState } from "../model/index.js";

/** Data of every post transition event. */
export interface PostTransitionEventData {
  readonly postId: string;
  readonly from: PostState;
  readonly to: PostState;
  /** Team member id, or `system:<name>` for the SDK's own steps. */
  readonly actorId: string;
  readonly reason?: string;
  /** RFC 3339 instant, for `post.scheduled`. */
  readonly scheduledAt?: string;
  readonly revision: number;
}

/** Data of `post.created` and `post.edited`. */
export interface PostChangedEventData {
  readonly postId: string;
  readonly actorId: string;
  readonly state: PostState;
  /** For `post.edited`: the state before the edit (an edit after review sends a post back to draft). */
  readonly previousState?: PostState;
  readonly revision: number;
}

/** Data of `quiet-period.overridden`. */
export interface QuietPeriodOverriddenEventData {
  readonly postId: string;
  readonly actorId: string;
  readonly reason: string;
  readonly quietPeriodIds: readonly string[];
  readonly action: string;
}

/** Data of reply events. */
export interface ReplyEventData {
  readonly replyId: string;
  readonly interactionId: string;
  readonly actorId: string;
  readonly state: "draft" | "approved" | "sent" | "discarded";
}

/** The events of the editorial workflow, part of core's event catalogue. */
export interface WorkflowEventCatalogue {
  "post.created": PostChangedEventData;
  "post.edited": PostChangedEventData;
  "post.submitted": PostTransitionEventData;
  "post.approved": PostTransitionEventData;
  "post.rejected": PostTransitionEventData;
  "post.revised": PostTransitionEventData;
  "post.scheduled": PostTransitionEventData;
  "post.unscheduled": PostTransitionEventData;
  "post.publishing-started": PostTransitionEventData;
  "post.published": PostTransitionEventData;
  "post.publishing-aborted": PostTransitionEventData;
  "post.withdrawn": PostTransitionEventData;
  "quiet-period.overridden": QuietPeriodOverriddenEventData;
  "reply.drafted": ReplyEventData;
  "reply.approved": ReplyEventData;
  "reply.sent": ReplyEventData;
  "reply.discarded": ReplyEventData;
}
