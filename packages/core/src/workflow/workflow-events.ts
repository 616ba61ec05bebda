import type { InteractionStatus, PostState, ReplyState } from "../model/index.js";

/** Data of every post transition event. */
export interface PostTransitionEventData {
  /** The post that changed state. */
  readonly postId: string;
  /** Its state before the step. */
  readonly from: PostState;
  /** Its state after the step. */
  readonly to: PostState;
  /** Team member id, or `system:<name>` for the SDK's own steps. */
  readonly actorId: string;
  /** The reason given, if any (always there for reject, withdraw and abort-publishing). */
  readonly reason?: string;
  /** RFC 3339 instant, for `post.scheduled`. */
  readonly scheduledAt?: string;
  /** The post's revision after the step. */
  readonly revision: number;
}

/** Data of `post.created` and `post.edited`. */
export interface PostChangedEventData {
  /** The post created or edited. */
  readonly postId: string;
  /** Team member who created or edited it. */
  readonly actorId: string;
  /** The post's state afterwards: `draft`, or `rejected` for an edit of a rejected post. */
  readonly state: PostState;
  /** For `post.edited`: the state before the edit (an edit after review sends a post back to draft). */
  readonly previousState?: PostState;
  /** The post's revision afterwards (1 for a new post). */
  readonly revision: number;
}

/** Data of `quiet-period.overridden`. */
export interface QuietPeriodOverriddenEventData {
  /** The post that went ahead despite the quiet period. */
  readonly postId: string;
  /** The admin who overrode it. */
  readonly actorId: string;
  /** The admin's reason for the override. */
  readonly reason: string;
  /** The quiet periods that would have blocked the step. */
  readonly quietPeriodIds: readonly string[];
  /** The workflow action that was let through, e.g. `"schedule"`. */
  readonly action: string;
}

/**
 * Data of `post.checked` and `reply.checked`: the registered checks ran on
 * a post's or reply's content and their findings were stored with it
 * (`checks`). Counts only: the findings stay with the entity.
 */
export interface CheckedEventData {
  /** The post checked (for `post.checked`). */
  readonly postId?: string;
  /** The reply checked (for `reply.checked`). */
  readonly replyId?: string;
  /** Team member id, or `system:<name>`, whose step ran the checks. */
  readonly actorId: string;
  /** The revision stored with the findings. */
  readonly revision: number;
  /** Findings of severity `error`. */
  readonly errors: number;
  /** Findings of severity `warning`. */
  readonly warnings: number;
  /** Findings of severity `hint`. */
  readonly hints: number;
  /** `error` findings not accepted by an approver. */
  readonly openErrors: number;
  /** Checks that could not run (each also has a `check-failed` finding). */
  readonly failedCheckIds: readonly string[];
}

/** Data of `post.finding-accepted` and `reply.finding-accepted`: an approver accepted a check finding with a reason. */
export interface FindingAcceptedEventData {
  /** The post (for `post.finding-accepted`). */
  readonly postId?: string;
  /** The reply (for `reply.finding-accepted`). */
  readonly replyId?: string;
  /** The finding's id. */
  readonly findingId: string;
  /** The check that found it. */
  readonly checkId: string;
  /** Its code. */
  readonly code: string;
  /** Its severity. */
  readonly severity: string;
  /** Who accepted it. */
  readonly actorId: string;
  /** The reason given. */
  readonly reason: string;
  /** The entity's revision after the step. */
  readonly revision: number;
}

/** Data of reply events. */
export interface ReplyEventData {
  /** The reply. */
  readonly replyId: string;
  /** The citizen's interaction it answers. */
  readonly interactionId: string;
  /** Team member id, or `system:<name>` for the SDK's own steps. */
  readonly actorId: string;
  /** The reply's state after the step. */
  readonly state: ReplyState;
}

/**
 * Data of every interaction step event (`interaction.assigned`, `.closed`,
 * `.reopened`, `.hidden`, `.answered`). Like every event it may travel to a
 * broker or a webhook outside the process, so it names the interaction and
 * carries no text of the citizen's, and `interaction.hidden` carries no
 * reason: why a message was hidden (an insult, someone's phone number) is
 * kept with the interaction and in the audit log, not sent around.
 */
export interface InteractionStepEventData {
  /** The interaction. */
  readonly interactionId: string;
  /** Team member id, or `system:<name>` for the SDK's own steps. */
  readonly actorId: string;
  /** Its status before the step. */
  readonly from: InteractionStatus;
  /** Its status after the step. */
  readonly to: InteractionStatus;
  /** The interaction's revision after the step. */
  readonly revision: number;
  /** The reason given with the step, if any; never for `interaction.hidden`. */
  readonly reason?: string;
  /** For `interaction.assigned`: the team member it is assigned to now; absent when the assignment was taken away. */
  readonly assignedTo?: string;
  /** For `interaction.assigned`: who had it before, if anyone. */
  readonly previousAssignee?: string;
  /** For `interaction.answered`: the first response's instant, when this step set it. */
  readonly firstResponseAt?: string;
}

/** Data of `interaction.triaged`; the producer's `data` stays with the interaction. */
export interface InteractionTriagedEventData {
  /** The interaction. */
  readonly interactionId: string;
  /** Who filed the triage, e.g. `"scoring"`. */
  readonly producer: string;
  /** The interaction's revision afterwards. */
  readonly revision: number;
  /** The producer's labels, if it gave any. */
  readonly labels?: readonly string[];
  /** The producer's score, if it gave one. */
  readonly score?: number;
  /** True when the producer's triage was taken away (`setInteractionTriage(id, producer, null)`). */
  readonly removed?: boolean;
}

/**
 * The events of the editorial workflow, part of core's event catalogue. Each
 * is emitted once its step is stored, never for a refused step.
 */
export interface WorkflowEventCatalogue {
  /** A new post was created as a draft. */
  "post.created": PostChangedEventData;
  /** A post's content was changed; one in review, approved or scheduled went back to draft. */
  "post.edited": PostChangedEventData;
  /** A draft was submitted for review. */
  "post.submitted": PostTransitionEventData;
  /** A post in review was approved, under four eyes by someone who did not write it. */
  "post.approved": PostTransitionEventData;
  /** A post in review was sent back to its author with a reason. */
  "post.rejected": PostTransitionEventData;
  /** A rejected post was taken up again as a draft. */
  "post.revised": PostTransitionEventData;
  /** An approved post got its publication time. */
  "post.scheduled": PostTransitionEventData;
  /** A scheduled post lost its publication time and is approved again. */
  "post.unscheduled": PostTransitionEventData;
  /** Publishing of an approved or scheduled post began. */
  "post.publishing-started": PostTransitionEventData;
  /** A post was recorded as published. */
  "post.published": PostTransitionEventData;
  /** Publishing was stopped with a reason; the post is approved again. */
  "post.publishing-aborted": PostTransitionEventData;
  /** A post was taken back with a reason; a published one is taken down. */
  "post.withdrawn": PostTransitionEventData;
  /** The registered checks ran on a post's content (edit, submit, approve) and their findings were stored with it; follows the step's own event. */
  "post.checked": CheckedEventData;
  /** An approver accepted one of a post's check findings with a reason (audited). */
  "post.finding-accepted": FindingAcceptedEventData;
  /** An admin let a post step through a blocking quiet period, with a reason; follows the step's own event. */
  "quiet-period.overridden": QuietPeriodOverriddenEventData;
  /** A reply to a citizen's interaction was drafted. */
  "reply.drafted": ReplyEventData;
  /** A reply draft was approved, under four eyes for replies by someone other than its author. */
  "reply.approved": ReplyEventData;
  /** A reply was recorded as sent; its interaction is marked answered. */
  "reply.sent": ReplyEventData;
  /** A reply that was not sent was discarded. */
  "reply.discarded": ReplyEventData;
  /** A sent reply was taken back, with a reason (the outbox removes it from the network). */
  "reply.withdrawn": ReplyEventData;
  /** The registered reply checks ran on a reply (drafted, approved) and their findings were stored with it. */
  "reply.checked": CheckedEventData;
  /** An approver accepted one of a reply's check findings with a reason (audited). */
  "reply.finding-accepted": FindingAcceptedEventData;
  /** An open interaction was assigned to a team member, or its assignment taken away. */
  "interaction.assigned": InteractionStepEventData;
  /** An open interaction was closed without an answer (spam, thanks, nothing to answer). */
  "interaction.closed": InteractionStepEventData;
  /** An answered, closed or hidden interaction is open again. */
  "interaction.reopened": InteractionStepEventData;
  /** An interaction was hidden with a reason (an insult, personal data); its data is kept. */
  "interaction.hidden": InteractionStepEventData;
  /** A network confirmed a reply to the interaction; it is answered. */
  "interaction.answered": InteractionStepEventData;
  /** A producer (a scoring plugin) filed or removed its triage of an interaction. */
  "interaction.triaged": InteractionTriagedEventData;
}
