export { EditorialWorkflow, type WorkflowActor, type TransitionOptions, type EditorialWorkflowOptions, type StepWithin, type ReplySentDetails, type ReplyStepWithin, type InteractionTriageInput } from "./editorial-workflow.js";
export { INTERACTION_TRANSITIONS, ASSIGNABLE_ROLES, type InteractionAction, type InteractionTransitionRule, type InteractionTransitionEvent } from "./interaction-transitions.js";
export type { InteractionStepOptions } from "./interaction-step.js";
export { postContentHash } from "./post-content-hash.js";
export type { AccountCapabilitiesSource } from "./account-capabilities.js";
export type { PostStepHook, PostStepContext, PostStepActor, PostHookAction, PostStepHookResult, PostStepHookSyncResult } from "./post-step-hook.js";
export { POST_TRANSITIONS, EDITABLE_STATES, type PostAction, type PostTransitionRule, type PostTransitionEvent, type ActorRole } from "./post-transitions.js";
export { blockingQuietPeriods, quietPeriodMatches, isWithinQuietPeriod, quietPeriodsHoldingPost, describeQuietPeriods, normaliseForMatching, type QuietPeriodBlock } from "./quiet-periods.js";
export { REPLY_TRANSITIONS, type ReplyAction, type ReplyTransitionRule } from "./reply-transitions.js";
export { REFUSAL_CODES, refusalMessages, type Refusal, type RefusalCode, type WorkflowResult } from "./refusal.js";
export type {
  WorkflowEventCatalogue,
  PostTransitionEventData,
  PostChangedEventData,
  QuietPeriodOverriddenEventData,
  ReplyEventData,
  InteractionStepEventData,
  InteractionTriagedEventData,
  CheckedEventData,
  FindingAcceptedEventData,
} from "./workflow-events.js";
export { replyContentHash } from "./reply-content-hash.js";
