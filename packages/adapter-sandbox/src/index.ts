/**
 * `@kommune-sm/adapter-sandbox`: a local practice network for demos, staff
 * training and tests. It implements `NetworkAdapterV1`, keeps its timeline
 * in the kommune-sm store, simulates a German town's audience from a seed
 * (metrics and citizen comments that grow over simulated time) and fails on
 * request (latency, 429, 5xx, timeouts, hangs, crash points). Nothing leaves
 * the machine; every address it gives out starts with `sandbox:`.
 *
 * @packageDocumentation
 * @module @kommune-sm/adapter-sandbox
 */
export {
  createSandboxNetwork,
  SANDBOX_ADAPTER_ID,
  SANDBOX_DISPLAY_NAME,
  type SandboxNetwork,
  type SandboxNetworkOptions,
  type SandboxCrash,
  type SandboxProfileOptions,
} from "./create-sandbox-network.js";
export { sandbox, type SandboxPlugin, type SandboxPluginOptions } from "./sandbox-plugin.js";
export { sandboxCapabilities, SANDBOX_COUNTING_RULE, SANDBOX_DEFAULT_RATE_LIMIT, SANDBOX_METRICS, type SandboxRateLimit } from "./sandbox-capabilities.js";
export type { SandboxControl, PublishedRecord, ReceivedInteractionInput, SandboxReplyRecord } from "./sandbox-control.js";
export {
  SANDBOX_OPERATIONS,
  type SandboxOperation,
  type SandboxFaults,
  type SandboxFault,
  type LatencyFault,
  type RateLimitedFault,
  type ServerErrorFault,
  type TimeoutFault,
  type HangFault,
  type CrashFault,
  type ErrorFault,
  type FaultRequest,
  type FaultSchedule,
  type InjectedFault,
  type FiredFault,
  type AcceptPhase,
  type TransientFailureOptions,
  type TransientFaultKind,
} from "./fault-plan.js";
export {
  forecastAudience,
  metricsAt,
  topicOf,
  type AudienceForecast,
  type AudienceFactors,
  type AudienceSettings,
  type PostFeatures,
  type PostMetricName,
  type SimulatedComment,
} from "./audience-model.js";
export { CITIZEN_COMMENTS, CITIZENS, FOLLOW_UP_COMMENTS, type CommentTone, type CommentTopic } from "./citizen-comments.js";
export { createSeededRandom, hashParts, type SeededRandom } from "./seeded-random.js";
export { sandboxUrls } from "./sandbox-urls.js";
export { SANDBOX_ERROR_CODES, SandboxError, type SandboxErrorCode } from "./sandbox-error.js";
export type { SandboxPost, SandboxInteraction, SandboxMediaSummary, SandboxAuthor } from "./sandbox-entities.js";
export { SANDBOX_STORE_INDEXES } from "./sandbox-store-indexes.js";
