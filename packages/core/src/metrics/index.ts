/**
 * What metric samples mean, and the two questions reports ask of them: how
 * much a counter accrued within a period, and what a gauge showed at an
 * instant. See docs/guides/metrics.md.
 */
export { METRIC_KINDS, MetricKindSchema, STANDARD_METRIC_KINDS, type MetricKind } from "./metric-kind.js";
export { metricKindOf, isMetricKind, type MetricKindDeclarations } from "./metric-kind-of.js";
export { defineMetricKinds } from "./define-metric-kinds.js";
export { seriesOf, type MetricSeries } from "./metric-series.js";
export type { SeriesSelector } from "./series-selector.js";
export { counterAccruals, type AccrualRequest, type CounterAccrual } from "./counter-accrual.js";
export { totalAccrual, type AccrualTotal } from "./accrual-total.js";
export { gaugeReadingsAt, gaugeValueAt, type GaugeReading, type GaugeReadingsRequest, type GaugeRequest } from "./gauge-reading.js";
export { accruedWithin } from "./accrued-within.js";
export { gaugeAt } from "./gauge-at.js";
export type { MetricQueryPort } from "./last-sample-before.js";
// The model's index is not this module's to change; the source of a sample is exported here, beside what reads it.
export { MetricSampleSourceSchema, type MetricSampleSource } from "../model/metric-sample.js";
