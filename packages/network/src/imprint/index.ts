/**
 * The imprint (Impressum) check: every official profile of a Kommune must
 * link its imprint. Address normalisation, finding the imprint link on a
 * profile, and the monitor that checks every channel on a schedule, keeps
 * the findings in the store and reports changes on the bus.
 *
 * @module
 */
export { normaliseUrl, sameUrl, MAX_URL_LENGTH } from "./normalise-url.js";
export { TRACKING_PARAMETERS, TRACKING_PARAMETER_PREFIXES, isTrackingParameter } from "./tracking-parameters.js";
export { findImprintLink, MAX_PROFILE_LINKS } from "./find-imprint-link.js";
export { MAX_BIO_LENGTH, MAX_BIO_LINKS, LABEL_REACH } from "./bio-links.js";
export type { ImprintStatus, KnownImprintStatus, ImprintUnreadableReason, ImprintCheckResult } from "./imprint-check-result.js";
export { IMPRINT_FINDINGS, type ImprintFinding, type KnownImprintFinding } from "./imprint-finding.js";
export { IMPRINT_EVENT_OF_STATUS, type ImprintEventData, type ImprintEventType } from "./imprint-events.js";
export { imprintMessages } from "./imprint-messages.js";
export { describeImprintFinding, type DescribableImprintFinding } from "./describe-imprint-finding.js";
export { ImprintMonitor, expectedImprints, DEFAULT_IMPRINT_INTERVAL_MS, type ImprintMonitorOptions, type ImprintAdapterInfo } from "./imprint-monitor.js";
