export { ADAPTER_OPERATIONS_V1, type NetworkAdapterV1, type AdapterOperationV1 } from "./network-adapter-v1.js";
export type {
  NetworkCapabilitiesV1,
  MediaCapabilitiesV1,
  InteractionCapabilitiesV1,
  IdempotencySupportV1,
  AltTextSupportV1,
  RateLimitV1,
  ChannelCapabilitiesV1,
} from "./capabilities-v1.js";
export type {
  ChannelRefV1,
  CredentialsV1,
  AdapterCallContextV1,
  PublishRequestV1,
  PublishResultV1,
  PublishWarningV1,
  LookupRequestV1,
  LookupResultV1,
  DeleteRequestV1,
  MetricsRequestV1,
  MetricSampleV1,
  InteractionsRequestV1,
  InteractionV1,
  InteractionsPageV1,
  ReplyRequestV1,
  ProfileRequestV1,
  ProfileV1,
} from "./requests-v1.js";
export {
  NETWORK_ERROR_CODES,
  NetworkError,
  PublishingError,
  type NetworkErrorCode,
  type NetworkErrorKind,
  type NetworkErrorOptions,
} from "./network-error.js";
export { classifyHttpFailure, classifyThrown, parseRetryAfter, type HttpFailure } from "./classify-http.js";
export { toCurrentAdapter, getNetworkAdapter, adapterPlugin, type AnyNetworkAdapter, type NetworkAdapter } from "./adapter-registry.js";
export { networkCapabilitiesV1Schema } from "./capabilities-schema.js";
export { AdapterDefectError } from "./adapter-defect.js";
export {
  publishResultV1Schema,
  lookupResultV1Schema,
  publishWarningV1Schema,
  interactionV1Schema,
  interactionsPageV1Schema,
  metricSampleV1Schema,
  metricSamplesV1Schema,
  profileV1Schema,
  INTERACTION_PAGE_LIMITS,
  type RefusedInteractionV1,
  type CheckedInteractionsPageV1,
  checkPublishResult,
  checkLookupResult,
  checkInteractionsPage,
  checkMetricSamples,
  checkProfile,
  checkChannelCapabilities,
  channelCapabilitiesV1Schema,
} from "./adapter-result-schemas.js";
