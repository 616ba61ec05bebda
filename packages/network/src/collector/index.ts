export { Collector, type CollectorOptions, type CollectorIntervals, type CollectorLaneName, type CollectorRun } from "./collector.js";
export type { CollectorCursor, CollectorLane } from "./collector-cursor.js";
export type { InteractionReceivedData } from "./collector-events.js";
export { interactionIdFor } from "./interaction-id.js";
export { storeInteractionsPage, type StoredPage, type InteractionsPageInput } from "./store-interactions.js";
export { storeMetrics, type StoredMetrics, type MetricsInput } from "./store-metrics.js";
