export { createPublishing, type Publishing } from "./publishing-plugin.js";
export { PublishingEngine, HandoverError, type PublishingOptions, type DeliveryResolution } from "./publishing-engine.js";
export {
  ACTIVE_DELIVERY_STATES,
  FINAL_DELIVERY_STATES,
  type Delivery,
  type DeliveryState,
  type DeliveryPayload,
  type DeliveryProblem,
  type PublishingState,
} from "./delivery.js";
export type { DeliveryEventData } from "./publishing-events.js";
export { planDeliveries, type HandoverProblem, type HandoverContext } from "./handover.js";
export { backoffDelay, DEFAULT_RETRY_POLICY, type RetryPolicy } from "./backoff.js";
export { TokenBucket } from "./token-bucket.js";
export { DueQueue } from "./due-queue.js";
export { CredentialBroker } from "./credential-broker.js";
