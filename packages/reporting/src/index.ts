/**
 * `@kommune-sm/reporting`: the figures of an organisation's social-media
 * work. KPIs evaluated per channel, post and period in the organisation's
 * time zone from the collected metric samples, by the meaning of each
 * metric's kind (a counter's accrual, a gauge's level, observations), with
 * "not available" where a network does not offer a metric.
 *
 * @packageDocumentation
 * @module @kommune-sm/reporting
 */
export { REPORTING_ERROR_CODES, ReportingError, type ReportingErrorCode } from "./reporting-error.js";
export {
  MOST_PERIODS,
  PERIOD_UNITS,
  nextPeriod,
  parsePeriod,
  periodContaining,
  periodOfDay,
  periodsBetween,
  previousPeriod,
  type PeriodUnit,
  type ReportPeriod,
} from "./periods.js";
export { kpiCatalogue, type KpiCatalogue, type KpiCatalogueSources, type KpiSource } from "./kpi-catalogue.js";
export {
  SDK_MEASURED_METRICS,
  STANDARD_METRIC_COMBINATIONS,
  evaluateKpi,
  quantile,
  type CombinedMetric,
  type KpiBasis,
  type KpiEvaluationInput,
  type KpiNoData,
  type KpiNotAvailable,
  type KpiResult,
  type KpiScope,
  type KpiValue,
  type MetricCombination,
  type PeriodBounds,
  type ReportChannel,
} from "./evaluate-kpi.js";
export {
  censoredQuantile,
  responseTimes,
  type ResponseHours,
  type ResponseTimeFigures,
  type ResponseTimeOptions,
  type ResponseTimeReport,
  type ResponseWait,
} from "./response-times.js";
export { goalProgress, type GoalForecast, type GoalPoint, type GoalProgress, type GoalProgressOptions, type GoalStatus, type GoalTrend } from "./goal-progress.js";
export { reporting, type BuildReportOptions, type GoalAtRiskData, type GoalCheck, type ReportingOptions, type ReportingPlugin } from "./reporting-plugin.js";
export { RECOMMENDATION_RULES, periodLabel, type RecommendationRule, type RecommendationThresholds, type ReportContentOptions } from "./build-report.js";
export { escapeHtml } from "./escape-html.js";
export {
  SIZE_CLASSES,
  compareFromStore,
  compareMunicipalities,
  sizeClassOf,
  type ClassSummary,
  type CompareFromStoreOptions,
  type CompareOptions,
  type Comparison,
  type ComparisonRow,
  type MunicipalityInput,
  type SizeClass,
} from "./compare.js";
export { MetricColumns, groupByChannelAndPeriod, loadMetricColumns, type ChannelPeriodGrid, type GroupOptions, type LoadColumnsOptions } from "./metric-columns.js";
export {
  kpiRow,
  type ComparisonSection,
  type GoalSection,
  type KpiSection,
  type PostSection,
  type RecommendationSection,
  type RenderedReport,
  type ReportSubject,
  type ResponseTimeSection,
  type TextSection,
  type Report,
  type ReportGoalRow,
  type ReportKpiRow,
  type ReportLocale,
  type ReportPostRow,
  type ReportRecommendation,
  type ReportRenderer,
  type ReportSection,
} from "./report.js";
export {
  TEXT_RENDERERS,
  cleanText,
  csvField,
  escapeMarkdown,
  formatHours,
  formatKpiValue,
  formatNumber,
  formatResult,
  renderCsv,
  renderJson,
  renderMarkdown,
  sectionTable,
  type NumberCell,
  type SectionTable,
  type TableCell,
} from "./render-text.js";
export { PDF_RENDERER, renderPdf } from "./render-pdf.js";
export { HTML_RENDERER, renderHtml } from "./render-html.js";
export { barChart, fitText, goalChart, responseTimeChart, type BarChartOptions, type BarChartRow, type ChartBar, type ChartOptions } from "./svg-charts.js";
export { archiveManifestSigningText, exportArchive, exportArchiveFiles, writeArchive, type ArchiveOptions } from "./archive.js";
export { verifyArchive, type ArchiveKeyCheck, type ArchiveProblem, type ArchiveVerification, type VerifyArchiveOptions } from "./archive-verify.js";
export { runVerifyArchive, VERIFY_ARCHIVE_EXIT, VERIFY_ARCHIVE_USAGE, type VerifyArchiveIo } from "./archive-cli.js";
export {
  ARCHIVE_FILES,
  ARCHIVE_FORMAT,
  ARCHIVE_FORMAT_VERSION,
  ARCHIVE_MANIFEST_PURPOSE,
  type ArchiveAuditSummary,
  type ArchiveChannel,
  type ArchiveChunk,
  type ArchiveCounts,
  type ArchiveDelivery,
  type ArchiveEntityLine,
  type ArchiveFile,
  type ArchiveFileEntry,
  type ArchiveFileName,
  type ArchiveHistoryItem,
  type ArchiveInteractionLine,
  type ArchiveKindCounts,
  type ArchiveLineBase,
  type ArchiveManifest,
  type ArchivePostLine,
  type ArchiveReplyLine,
  type ArchiveSignature,
} from "./archive-format.js";
