import { counterAccruals, gaugeValueAt, INSTANT_RANGE, metricKindOf, type KpiDefinition, type KpiUnit, type MetricKind, type MetricKindDeclarations, type MetricSample } from "@kommune-sm/core";
import { instantMs } from "./instants.js";
import { ReportingError } from "./reporting-error.js";

/**
 * A metric computed where a channel's network does not offer it, from
 * counters it does offer, declared as data: "engagements" is likes +
 * shares + comments + clicks on a network without an engagements figure.
 * The parts must be counters; a part the network does not offer either is
 * left out (and named in the result), and where it offers none of them
 * the metric is not available.
 */
export interface MetricCombination {
  /** The metric it stands in for, e.g. "engagements". */
  readonly metric: string;
  /** The counters whose accruals add up to it, e.g. ["likes", "shares", "comments", "clicks"]. */
  readonly sumOf: readonly string[];
}

/** The combinations {@link evaluateKpi} uses unless told otherwise. */
export const STANDARD_METRIC_COMBINATIONS: readonly MetricCombination[] = Object.freeze([
  Object.freeze({ metric: "engagements", sumOf: Object.freeze(["likes", "shares", "comments", "clicks"]) }),
]);

/** The instants a figure covers: `from` inclusive, `to` exclusive, RFC 3339 with an offset. A `ReportPeriod` fits. */
export interface PeriodBounds {
  /** The first instant, inclusive. */
  readonly from: string;
  /** The first instant after it, exclusive. */
  readonly to: string;
}

/**
 * Metrics the SDK measures itself rather than reading them from a network:
 * `first-response-hours` is stored by the workflow when a first answer is
 * sent. They are offered on every channel, whatever its network declares.
 */
export const SDK_MEASURED_METRICS: readonly string[] = Object.freeze(["first-response-hours"]);

/** A channel as a report sees it: its id and the metrics its network offers. */
export interface ReportChannel {
  /** The channel's id, as in the samples' `channelId`. */
  readonly id: string;
  /**
   * The metrics the channel's network offers: the `metrics` of the network's
   * declared capabilities (`ctx.registries.networks.get(channel.network)?.capabilities?.metrics`).
   * A metric not in the list is "not available" on this channel, never 0.
   * Undefined: the network declares none, so every metric counts as offered
   * and one without samples simply has none.
   */
  readonly metrics?: readonly string[];
}

/** Which part of the organisation a KPI is evaluated for. */
export interface KpiScope {
  /** These channels; every channel of the input when left out. */
  readonly channelIds?: readonly string[];
  /** Only these posts' series (a pillar's or a campaign's posts, or one post); gauges, which belong to channels, are then not available. */
  readonly postIds?: readonly string[];
}

/** What {@link evaluateKpi} reads. */
export interface KpiEvaluationInput {
  /** The metric samples, of any channels and metrics; only the scope's are read. */
  readonly samples: readonly MetricSample[];
  /** The organisation's channels with the metrics their networks offer. */
  readonly channels: readonly ReportChannel[];
  /** The period, `from` inclusive and `to` exclusive (a `ReportPeriod` fits). */
  readonly period: PeriodBounds;
  /** Channels and posts; all channels when left out. */
  readonly scope?: KpiScope;
  /** The organisation's inhabitants, for KPIs per inhabitants. */
  readonly inhabitants?: number;
  /** Kinds of metrics beyond the standard ones (an adapter's own), as for core's metric functions. */
  readonly kinds?: MetricKindDeclarations;
  /** Metrics computed from others where a network lacks them; {@link STANDARD_METRIC_COMBINATIONS} by default. */
  readonly combinations?: readonly MetricCombination[];
}

/** A metric a channel's network lacks, computed from the parts it offers (see {@link MetricCombination}). */
export interface CombinedMetric {
  /** The channel. */
  readonly channelId: string;
  /** The metric computed, e.g. "engagements". */
  readonly metric: string;
  /** The parts added up, e.g. ["likes", "shares", "comments"]. */
  readonly parts: readonly string[];
}

/** What a value was built from, so that a report can say it. */
export interface KpiBasis {
  /** The channels whose figures count. */
  readonly channels: readonly string[];
  /** Channels of the scope left out because their network does not offer a metric the KPI needs. */
  readonly notOffered: readonly string[];
  /** Where a metric was computed from others (see {@link MetricCombination}), per channel, with the parts used. */
  readonly combined: readonly CombinedMetric[];
  /** Each metric's figure as the formula used it: a counter's accrual, a gauge's level, the number of observations. */
  readonly figures: Readonly<Record<string, number>>;
  /**
   * How many counter series had no sample before the period, so that their
   * whole total was counted in it (see core's `counterAccruals`). A series is
   * one metric of one post: a new post counted through a combination
   * (likes + shares + comments + clicks) counts once per part it has.
   */
  readonly assumedZero: number;
}

/** A KPI's value for a scope and period. */
export interface KpiValue {
  /** There is a value. */
  readonly status: "value";
  /** The KPI's id. */
  readonly kpiId: string;
  /** The KPI's unit, for display. */
  readonly unit: KpiUnit;
  /** The value, in `unit`. */
  readonly value: number;
  /** What it was built from. */
  readonly basis: KpiBasis;
}

/** A KPI that cannot be had here: no channel of the scope offers what it needs. Shown as "not available", never as 0. */
export interface KpiNotAvailable {
  /** No channel of the scope offers what the KPI needs. */
  readonly status: "not-available";
  /** The KPI's id. */
  readonly kpiId: string;
  /** The KPI's unit, for display. */
  readonly unit: KpiUnit;
  /** The metrics no channel of the scope offers. */
  readonly metrics: readonly string[];
  /** The channels of the scope. */
  readonly channels: readonly string[];
}

/** A KPI that could be had, but the period gives no value: no sample, no reading to compare with, or nothing to divide by. */
export interface KpiNoData {
  /** The period gives no value. */
  readonly status: "no-data";
  /** The KPI's id. */
  readonly kpiId: string;
  /** The KPI's unit, for display. */
  readonly unit: KpiUnit;
  /** `no-samples`: nothing measured in the period; `no-baseline`: a growth without a reading at the start (or a start of 0 for a relative one); `zero-denominator`: a ratio over 0. */
  readonly reason: "no-samples" | "no-baseline" | "zero-denominator";
  /** What was looked at. */
  readonly basis: KpiBasis;
}

/** The outcome of {@link evaluateKpi}. */
export type KpiResult = KpiValue | KpiNotAvailable | KpiNoData;

/** How a metric can be had on one channel. */
type Source = { readonly via: "offered" } | { readonly via: "combined"; readonly parts: readonly string[] } | { readonly via: "none" };

const operation = "evaluateKpi";

function invalid(what: string): ReportingError {
  return new ReportingError("REPORTING_INVALID_REQUEST", `${operation}: ${what}`);
}

/**
 * A KPI's value for a scope and period, from the collected samples, by the
 * meaning of each metric's kind (core's counter, gauge and observation):
 *
 * - `ratio`: the numerator's accrual over the denominator's, both summed
 *   over the channels that offer both (a counter's accrual is the last total
 *   in the period minus the last before it, never a sum of polls), times
 *   `factor`;
 * - `growth`: a gauge's level at the period's end (its last reading in the
 *   period) against its level at the start (the last reading before the
 *   period), summed over the channels with both, so that the growth of
 *   consecutive periods adds up;
 * - `per-inhabitants`: a counter's accrual (or a gauge's level at the end)
 *   per `per` inhabitants;
 * - `quantile` (linear between the two nearest observations, as
 *   spreadsheets' `QUANTIL.INKL` does) and `share-within`: over the
 *   observations taken in the period;
 * - `sum`: a counter's accrual, the observations' sum, or the gauges'
 *   levels at the end (their last readings in the period) added over
 *   channels (followers of all accounts);
 * - `mean`: the observations' mean, a counter's mean accrual per series
 *   with a sample in the period (likes per post), or the mean level.
 *
 * Counters are read from the posts' series; gauges from the channels' own.
 * A channel counts for a ratio only where both its metrics were collected.
 * A channel whose network does not offer a metric is left out and named in
 * `basis.notOffered`; where no channel offers it the KPI is "not available"
 * (never 0). Where a network lacks a metric that a {@link MetricCombination}
 * defines, the combination stands in and is named in `basis.combined`.
 *
 * @example
 * ```ts
 * const march = periodOfDay("month", "2027-03-01", "Europe/Berlin");
 * const result = evaluateKpi(kpis.require("engagement-rate"), { samples, channels, period: march });
 * if (result.status === "value") console.log(result.value.toFixed(1), "%");
 * ```
 */
export function evaluateKpi(kpi: KpiDefinition, input: KpiEvaluationInput): KpiResult {
  if (typeof kpi !== "object" || kpi === null || typeof kpi.formula !== "object" || kpi.formula === null) throw invalid("the KPI must be a KPI definition with a formula.");
  const checked = checkInput(input);
  const { formula } = kpi;
  const base = { kpiId: kpi.id, unit: kpi.unit };
  const kindOf = (metric: string): MetricKind => metricKindOf(metric, checked.kinds);

  switch (formula.type) {
    case "ratio": {
      const metrics = [formula.numerator, formula.denominator];
      for (const metric of metrics) if (kindOf(metric) !== "counter") throw wrongKind(kpi, metric, kindOf(metric), "counter");
      const plan = planChannels(checked, metrics);
      if (plan.channels.length === 0) return notAvailable(base, checked, plan.missing);
      // Channel by channel: only a channel with samples of both counts, so that one whose numerator was never collected
      // neither shows as 0 nor dilutes the others.
      let numeratorValue = 0;
      let denominatorValue = 0;
      let assumedZero = 0;
      const measured: string[] = [];
      for (const channel of plan.channels) {
        const own = { ...plan, channels: [channel] };
        const numerator = accrue(checked, own, formula.numerator);
        const denominator = accrue(checked, own, formula.denominator);
        if (numerator.series === 0 || denominator.series === 0) continue;
        measured.push(channel);
        numeratorValue += numerator.value;
        denominatorValue += denominator.value;
        assumedZero += numerator.assumedZero + denominator.assumedZero;
      }
      const basis = basisOf({ ...plan, channels: measured.length > 0 ? measured : plan.channels }, { [formula.numerator]: numeratorValue, [formula.denominator]: denominatorValue }, assumedZero);
      if (measured.length === 0) return { status: "no-data", ...base, reason: "no-samples", basis };
      if (denominatorValue === 0) return { status: "no-data", ...base, reason: "zero-denominator", basis };
      return { status: "value", ...base, value: (numeratorValue / denominatorValue) * (formula.factor ?? 1), basis };
    }
    case "growth": {
      if (kindOf(formula.metric) !== "gauge") throw wrongKind(kpi, formula.metric, kindOf(formula.metric), "gauge");
      if (checked.postIds !== undefined) return notAvailable(base, checked, [formula.metric]);
      const plan = planChannels(checked, [formula.metric]);
      if (plan.channels.length === 0) return notAvailable(base, checked, plan.missing);
      // The level at the start is the last reading before the period (one taken exactly at its start belongs to it), the level
      // at the end the last reading in it: so the growth of consecutive periods adds up, and a channel whose collector stopped
      // long ago has no end level instead of an old one that passes for flat growth.
      const start = levels(checked, plan, formula.metric, checked.fromMs - 1);
      // Where a series begins exactly at the period's start, that first reading is the start level: there is none before it.
      const exact = levels(checked, plan, formula.metric, checked.fromMs, checked.fromMs);
      for (const [channel, level] of exact.byChannel) if (!start.byChannel.has(channel)) start.byChannel.set(channel, level);
      const end = levels(checked, plan, formula.metric, checked.toMs - 1, checked.fromMs);
      // Only channels with a reading at both ends: a channel connected mid-period would otherwise count its whole level as growth.
      const both = plan.channels.filter((channel) => start.byChannel.has(channel) && end.byChannel.has(channel));
      let first = 0;
      let last = 0;
      for (const channel of both) {
        first += start.byChannel.get(channel)!;
        last += end.byChannel.get(channel)!;
      }
      const basis = basisOf({ ...plan, channels: both.length > 0 ? both : plan.channels }, { [`${formula.metric}@start`]: first, [`${formula.metric}@end`]: last }, 0);
      if (end.byChannel.size === 0) return { status: "no-data", ...base, reason: "no-samples", basis };
      if (both.length === 0 || (formula.relative && first === 0)) return { status: "no-data", ...base, reason: "no-baseline", basis };
      return { status: "value", ...base, value: formula.relative ? (last - first) / first : last - first, basis };
    }
    case "per-inhabitants": {
      const inhabitants = checked.inhabitants;
      if (inhabitants === undefined) throw invalid(`the KPI "${kpi.id}" counts per inhabitants; give \`inhabitants\` (the organisation's population).`);
      const kind = kindOf(formula.metric);
      if (kind === "observation") throw wrongKind(kpi, formula.metric, kind, "counter or gauge");
      const figure = total(checked, kind, formula.metric);
      if (figure.result !== undefined) return figure.result(base);
      // `per` defaults to 1,000 in core's schema; a definition that did not pass through it may lack it.
      const value = (figure.value / inhabitants) * (formula.per ?? 1000);
      return figure.measured ? { status: "value", ...base, value, basis: figure.basis } : { status: "no-data", ...base, reason: "no-samples", basis: figure.basis };
    }
    case "quantile":
    case "share-within": {
      const kind = kindOf(formula.metric);
      if (kind !== "observation") throw wrongKind(kpi, formula.metric, kind, "observation");
      const plan = planChannels(checked, [formula.metric]);
      if (plan.channels.length === 0) return notAvailable(base, checked, plan.missing);
      const values = observations(checked, plan, formula.metric);
      const basis = basisOf(plan, { [formula.metric]: values.length }, 0);
      if (values.length === 0) return { status: "no-data", ...base, reason: "no-samples", basis };
      const value = formula.type === "quantile" ? quantile(values, formula.q) : values.filter((entry) => entry <= formula.threshold).length / values.length;
      return { status: "value", ...base, value, basis };
    }
    case "sum":
    case "mean": {
      const kind = kindOf(formula.metric);
      if (kind === "gauge" && checked.postIds !== undefined) return notAvailable(base, checked, [formula.metric]);
      if (kind === "observation") {
        const plan = planChannels(checked, [formula.metric]);
        if (plan.channels.length === 0) return notAvailable(base, checked, plan.missing);
        const values = observations(checked, plan, formula.metric);
        const basis = basisOf(plan, { [formula.metric]: values.length }, 0);
        if (values.length === 0) return { status: "no-data", ...base, reason: "no-samples", basis };
        const sum = values.reduce((a, b) => a + b, 0);
        return { status: "value", ...base, value: formula.type === "sum" ? sum : sum / values.length, basis };
      }
      const figure = total(checked, kind, formula.metric);
      if (figure.result !== undefined) return figure.result(base);
      if (!figure.measured) return { status: "no-data", ...base, reason: "no-samples", basis: figure.basis };
      return { status: "value", ...base, value: formula.type === "sum" ? figure.value : figure.value / figure.parts, basis: figure.basis };
    }
    default:
      throw invalid(`the KPI "${String((kpi as { id?: unknown }).id)}" has a formula of an unknown type ${JSON.stringify((formula as { type?: unknown }).type)}.`);
  }
}

function wrongKind(kpi: KpiDefinition, metric: string, actual: MetricKind, expected: string): ReportingError {
  return invalid(`the KPI "${kpi.id}" (${kpi.formula.type}) needs "${metric}" to be a ${expected}, but it is a ${actual}; declare the metric's kind or change the formula.`);
}

interface CheckedInput {
  readonly byChannel: ReadonlyMap<string, readonly MetricSample[]>;
  readonly channels: readonly ReportChannel[];
  readonly fromMs: number;
  readonly toMs: number;
  readonly from: string;
  readonly to: string;
  readonly postIds: ReadonlySet<string> | undefined;
  readonly inhabitants: number | undefined;
  readonly kinds: MetricKindDeclarations | undefined;
  readonly combinations: ReadonlyMap<string, MetricCombination>;
}

function instant(field: string, value: unknown): number {
  const ms = instantMs(value);
  if (!Number.isFinite(ms)) throw invalid(`\`period.${field}\` must be an RFC 3339 instant with an offset, got ${JSON.stringify(value)}.`);
  return ms;
}

/**
 * @internal Checks metric combinations (each names a counter made of other
 * counters, once) and returns them by metric, each part once. The reporting
 * plugin checks its options with it when it is made.
 */
export function checkCombinations(given: readonly MetricCombination[], kinds: MetricKindDeclarations | undefined): ReadonlyMap<string, MetricCombination> {
  const combinations = new Map<string, MetricCombination>();
  given.forEach((combination, index) => {
    if (typeof combination?.metric !== "string" || !Array.isArray(combination.sumOf) || combination.sumOf.length === 0) {
      throw invalid(`combinations[${index}] must name a metric and the counters it is the sum of.`);
    }
    if (combinations.has(combination.metric)) throw invalid(`combinations[${index}] defines "${combination.metric}" a second time.`);
    for (const part of [combination.metric, ...combination.sumOf]) {
      const kind = metricKindOf(part, kinds);
      if (kind !== "counter") throw invalid(`combinations[${index}] ("${combination.metric}") adds up "${part}", a ${kind}; only counters add up.`);
    }
    if (combination.sumOf.includes(combination.metric)) throw invalid(`combinations[${index}] defines "${combination.metric}" by itself.`);
    // A part named twice counts once.
    combinations.set(combination.metric, { metric: combination.metric, sumOf: [...new Set(combination.sumOf)] });
  });
  return combinations;
}

/**
 * @internal The metrics a KPI reads, with the parts of the combinations that
 * may stand in for them: samples of other metrics can be left out of its
 * input without changing its value (a goal check evaluates one KPI for many
 * periods and filters once).
 */
export function metricsOfKpi(kpi: KpiDefinition, combinations: readonly MetricCombination[] = STANDARD_METRIC_COMBINATIONS): ReadonlySet<string> {
  const formula = kpi.formula as { readonly metric?: unknown; readonly numerator?: unknown; readonly denominator?: unknown };
  const metrics = new Set<string>();
  for (const metric of [formula.metric, formula.numerator, formula.denominator]) if (typeof metric === "string") metrics.add(metric);
  for (const combination of combinations) if (metrics.has(combination.metric)) for (const part of combination.sumOf) metrics.add(part);
  return metrics;
}

function checkInput(input: KpiEvaluationInput): CheckedInput {
  if (typeof input !== "object" || input === null) throw invalid("the input must be an object with samples, channels and period.");
  if (!Array.isArray(input.samples)) throw invalid("`samples` must be an array of metric samples.");
  if (!Array.isArray(input.channels)) throw invalid("`channels` must be an array of { id, metrics? }.");
  if (typeof input.period !== "object" || input.period === null) throw invalid("`period` must be an object with from and to.");
  const fromMs = instant("from", input.period.from);
  const toMs = instant("to", input.period.to);
  if (toMs < fromMs) throw invalid(`the period ends (${input.period.to}) before it starts (${input.period.from}).`);
  const known = new Map<string, ReportChannel>();
  input.channels.forEach((channel, index) => {
    if (typeof channel !== "object" || channel === null || typeof channel.id !== "string" || channel.id.length === 0) throw invalid(`channels[${index}] must have a non-empty string id.`);
    if (channel.metrics !== undefined && (!Array.isArray(channel.metrics) || (channel.metrics as readonly unknown[]).some((metric) => typeof metric !== "string"))) {
      throw invalid(`channels[${index}] ("${channel.id}").metrics must be an array of metric names when given.`);
    }
    if (known.has(channel.id)) throw invalid(`the channel "${channel.id}" is given twice in \`channels\`.`);
    known.set(channel.id, channel);
  });
  const scope = input.scope ?? {};
  const channelIds = scope.channelIds ?? [...known.keys()];
  if (!Array.isArray(channelIds)) throw invalid("`scope.channelIds` must be an array of channel ids when given.");
  const channels = [...new Set(channelIds)].map((id) => {
    const channel = known.get(id);
    if (channel === undefined) throw invalid(`\`scope.channelIds\` names the channel "${String(id)}", which is not in \`channels\`.`);
    return channel;
  });
  if (scope.postIds !== undefined && (!Array.isArray(scope.postIds) || scope.postIds.some((id) => typeof id !== "string"))) throw invalid("`scope.postIds` must be an array of post ids when given.");
  const postIds = scope.postIds === undefined ? undefined : new Set(scope.postIds);
  const inhabitants = input.inhabitants;
  if (inhabitants !== undefined && !(Number.isFinite(inhabitants) && inhabitants > 0)) throw invalid(`\`inhabitants\` must be a positive number, got ${String(inhabitants)}.`);
  const combinations = checkCombinations(input.combinations ?? STANDARD_METRIC_COMBINATIONS, input.kinds);
  // The samples of the scope's channels in the period's reach, by channel: a sample after the period's end never counts.
  const wanted = new Set(channels.map((channel) => channel.id));
  const byChannel = new Map<string, MetricSample[]>();
  for (const sample of input.samples) {
    if (!wanted.has(sample.channelId)) continue;
    let list = byChannel.get(sample.channelId);
    if (list === undefined) byChannel.set(sample.channelId, (list = []));
    list.push(sample);
  }
  // Core's metric functions take only the model's instants (1970 to 2199), and no sample lies outside them:
  // a period reaching beyond (January 1970 in Berlin begins in 1969) is read within them.
  const within = (ms: number): string => new Date(Math.min(Math.max(ms, INSTANT_RANGE.startMs), INSTANT_RANGE.endMs - 1)).toISOString();
  return { byChannel, channels, fromMs, toMs, from: within(fromMs), to: within(toMs), postIds, inhabitants, kinds: input.kinds, combinations };
}

interface Plan {
  /** Channels that can give every metric asked for, in the scope's order. */
  readonly channels: readonly string[];
  readonly notOffered: readonly string[];
  /** Per channel, how each metric is had. */
  readonly sources: ReadonlyMap<string, ReadonlyMap<string, Source>>;
  /** Metrics that no channel of the scope can give. */
  readonly missing: readonly string[];
}

function sourceOf(checked: CheckedInput, channel: ReportChannel, metric: string): Source {
  if (channel.metrics === undefined || channel.metrics.includes(metric) || SDK_MEASURED_METRICS.includes(metric)) return { via: "offered" };
  const combination = checked.combinations.get(metric);
  const offered = channel.metrics;
  const parts = combination?.sumOf.filter((part) => offered.includes(part)) ?? [];
  return parts.length > 0 ? { via: "combined", parts } : { via: "none" };
}

function planChannels(checked: CheckedInput, metrics: readonly string[]): Plan {
  const channels: string[] = [];
  const notOffered: string[] = [];
  const sources = new Map<string, Map<string, Source>>();
  const reachable = new Set<string>();
  for (const channel of checked.channels) {
    const own = new Map(metrics.map((metric) => [metric, sourceOf(checked, channel, metric)] as const));
    for (const [metric, source] of own) if (source.via !== "none") reachable.add(metric);
    if ([...own.values()].every((source) => source.via !== "none")) {
      channels.push(channel.id);
      sources.set(channel.id, own);
    } else notOffered.push(channel.id);
  }
  return { channels, notOffered, sources, missing: metrics.filter((metric) => !reachable.has(metric) || channels.length === 0) };
}

function notAvailable(base: { kpiId: string; unit: KpiUnit }, checked: CheckedInput, metrics: readonly string[]): KpiNotAvailable {
  return { status: "not-available", ...base, metrics: [...new Set(metrics)], channels: checked.channels.map((channel) => channel.id) };
}

function basisOf(plan: Plan, figures: Record<string, number>, assumedZero: number): KpiBasis {
  const combined: { channelId: string; metric: string; parts: readonly string[] }[] = [];
  for (const channel of plan.channels) {
    for (const [metric, source] of plan.sources.get(channel) ?? []) if (source.via === "combined") combined.push({ channelId: channel, metric, parts: source.parts });
  }
  return { channels: plan.channels, notOffered: plan.notOffered, combined, figures, assumedZero };
}

/** The samples of a channel that the scope's posts allow (all when no posts are given), of the metrics asked for. */
function samplesOf(checked: CheckedInput, channel: string, metrics: ReadonlySet<string>): MetricSample[] {
  const samples = checked.byChannel.get(channel) ?? [];
  const posts = checked.postIds;
  return samples.filter((sample) => metrics.has(sample.metric) && (posts === undefined || (sample.postId !== undefined && posts.has(sample.postId))));
}

/** A counter's accrual in the period over the planned channels' post series, through its combination where a network lacks it. */
function accrue(checked: CheckedInput, plan: Plan, metric: string): { value: number; series: number; assumedZero: number } {
  let value = 0;
  let series = 0;
  let assumedZero = 0;
  for (const channel of plan.channels) {
    // Every planned channel has a source for every metric of its plan.
    const source = plan.sources.get(channel)!.get(metric)!;
    const metrics = source.via === "combined" ? source.parts : [metric];
    const samples = samplesOf(checked, channel, new Set(metrics));
    // Per post, the parts' accruals added up: the combination's accrual for that post.
    const byPost = new Map<string, number>();
    for (const part of metrics) {
      for (const accrual of counterAccruals(samples, { metric: part, channelId: channel, level: "post", from: checked.from, to: checked.to }, checked.kinds)) {
        if (accrual.end !== "sample") continue;
        const post = accrual.series.postId ?? "";
        byPost.set(post, (byPost.get(post) ?? 0) + accrual.value);
        if (accrual.baseline === "assumed-zero") assumedZero++;
      }
    }
    for (const entry of byPost.values()) value += entry;
    series += byPost.size;
  }
  return { value, series, assumedZero };
}

/** Each planned channel's own level of a gauge at `atMs` (the last reading at or before it), where that reading is not older than `sinceMs`. */
function levels(checked: CheckedInput, plan: Plan, metric: string, atMs: number, sinceMs = -Infinity): { byChannel: Map<string, number> } {
  const byChannel = new Map<string, number>();
  const at = new Date(atMs).toISOString();
  for (const channel of plan.channels) {
    const reading = gaugeValueAt(samplesOf(checked, channel, new Set([metric])), { metric, channelId: channel, at }, checked.kinds);
    if (reading !== undefined && Date.parse(reading.at) >= sinceMs) byChannel.set(channel, reading.value);
  }
  return { byChannel };
}

/** The observations taken in the period on the planned channels. */
function observations(checked: CheckedInput, plan: Plan, metric: string): number[] {
  const values: number[] = [];
  for (const channel of plan.channels) {
    for (const sample of samplesOf(checked, channel, new Set([metric]))) {
      const ms = instantMs(sample.at);
      if (!Number.isFinite(ms)) throw invalid(`a sample of "${metric}" on channel "${channel}" has no instant with an offset: ${JSON.stringify(sample.at)}.`);
      if (ms < checked.fromMs || ms >= checked.toMs) continue;
      if (!Number.isFinite(sample.value)) throw invalid(`a sample of "${metric}" on channel "${channel}" at ${sample.at} has the value ${String(sample.value)}, not a finite number.`);
      values.push(sample.value);
    }
  }
  return values;
}

/** A counter's accrual or a gauge's level at the end, over the scope: the figure `sum`, `mean` and `per-inhabitants` are built on. */
function total(
  checked: CheckedInput,
  kind: MetricKind,
  metric: string,
): { value: number; parts: number; measured: boolean; basis: KpiBasis; result?: undefined } | { result: (base: { kpiId: string; unit: KpiUnit }) => KpiResult } {
  if (kind === "gauge" && checked.postIds !== undefined) return { result: (base) => notAvailable(base, checked, [metric]) };
  const plan = planChannels(checked, [metric]);
  if (plan.channels.length === 0) return { result: (base) => notAvailable(base, checked, plan.missing) };
  if (kind === "counter") {
    const accrued = accrue(checked, plan, metric);
    return { value: accrued.value, parts: accrued.series, measured: accrued.series > 0, basis: basisOf(plan, { [metric]: accrued.value }, accrued.assumedZero) };
  }
  // The last reading in the period: an old one would pass for the current level.
  const end = levels(checked, plan, metric, checked.toMs - 1, checked.fromMs);
  let value = 0;
  for (const level of end.byChannel.values()) value += level;
  return { value, parts: end.byChannel.size, measured: end.byChannel.size > 0, basis: basisOf(plan, { [metric]: value }, 0) };
}

/**
 * The q-quantile of `values` by linear interpolation between the two
 * nearest ranks (Hyndman and Fan's type 7: R's default, numpy's "linear",
 * spreadsheets' QUANTIL.INKL), so that a median of response times agrees
 * with what a team member computes in a spreadsheet.
 */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) throw invalid("the quantile of no values is undefined.");
  if (!(q >= 0 && q <= 1)) throw invalid(`a quantile's q must be from 0 to 1, got ${String(q)}.`);
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.min(lower + 1, sorted.length - 1);
  return sorted[lower]! + (sorted[upper]! - sorted[lower]!) * (position - lower);
}
