export { createPublishing, type Publishing, type PublishingPluginOptions } from "./publishing-plugin.js";
export { ChannelCalls, type ResolvedChannel } from "../calls/channel-calls.js";
export { capabilitiesOfChannel, DEFAULT_CHANNEL_CAPABILITIES_MAX_AGE_MS, type StoredChannelCapabilities } from "../calls/channel-capabilities.js";
export * from "../collector/index.js";
export { ReplyHandoverError, handOverReplyProgram, withdrawReplyProgram } from "./reply-handover.js";
export type { ReplyHandoverProblem } from "../outbox/reply-delivery.js";
export { PublishingEngine, HandoverError, type PublishingOptions, type PauseResult, type DeliveryResolution } from "./publishing-engine.js";
export type { DeliveryEventData, TakedownEventData, ReplyDeliveryEventData, RunningDelivery } from "./publishing-events.js";
export { planReplyDelivery, replyUnwanted, replyContentHash, replySendableStates } from "../outbox/reply-delivery.js";
export {
  ACTIVE_DELIVERY_STATES,
  FINAL_DELIVERY_STATES,
  WAITING_DELIVERY_STATES,
  isFinalDelivery,
  type Delivery,
  type DeliveryBase,
  type DeliveryKind,
  type PostDelivery,
  type TakedownDelivery,
  type ReplyDelivery,
  type ReplyPayload,
  type ReplyApproval,
  type TakedownTarget,
  type DeliveryApproval,
  type DeliveryState,
  type DeliveryPayload,
  type DeliveryProblem,
  type PublishingState,
} from "../outbox/delivery.js";
export { DELIVERY_TRANSITIONS, type DeliveryAction, type DeliveryOutcome, type DeliveryTransitionRule } from "../outbox/delivery-transitions.js";
export { planDeliveries, takenChannels, handoverRefusal, type HandoverProblem, type HandoverProblemKey, type HandoverContext } from "../outbox/handover.js";
export { handoverMessages } from "../outbox/handover-messages.js";
export { deliveryStateLabel, deliveryStateLabels, deliveryKindLabel } from "../outbox/delivery-labels.js";
export { planTakedown } from "../outbox/takedown.js";
export { backoffDelay, DEFAULT_RETRY_POLICY, type RetryPolicy } from "../scheduler/backoff.js";
export { TokenBucket, type TokenAnswer } from "../scheduler/token-bucket.js";
export { SlidingWindowLimit } from "../scheduler/sliding-window.js";
export { RateBudgets, RateBudgetError, CALL_OPERATIONS, WRITING_OPERATIONS, type RateBudgetsOptions } from "../calls/rate-budgets.js";
export { DueQueue } from "../scheduler/due-queue.js";
export { CredentialBroker, type CredentialBrokerOptions } from "../calls/credential-broker.js";
export { CallService, type CallServiceOptions, type CallOperation, type CallTarget, type CallBasics, type RunningCall } from "../calls/call-service.js";
export { AccountConnections, ACCOUNT_CONNECTIONS, type AccountConnection, type AccountConnectionEventData, type CallOutcome } from "../calls/account-connections.js";
export { SecretScrubber, secretForms, MIN_SECRET_LENGTH, REDACTED } from "../calls/secret-scrubber.js";
