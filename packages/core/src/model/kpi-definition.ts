import { z } from "zod";
import { validate } from "../validation/validate.js";
import { IdSchema } from "./common.js";
import { textField } from "./limits.js";

/**
 * Names of the metrics that the SDK's adapters and reports know. Metrics are
 * open strings, so an adapter may bring its own ("story-replies"); this list
 * only names the standard ones, which every adapter maps its numbers to where
 * it can.
 */
export const METRIC_NAMES = [
  "impressions",
  "reach",
  "engagements",
  "likes",
  "shares",
  "comments",
  "followers",
  "clicks",
  "first-response-hours",
  "video-views",
] as const;

/** One of the standard {@link METRIC_NAMES}. */
export type StandardMetricName = (typeof METRIC_NAMES)[number];

/** The name of a metric: one of {@link METRIC_NAMES} or an adapter's own, 1 to 128 characters. */
export const MetricNameSchema = textField(128, 1);

/** A metric name, see {@link MetricNameSchema}. */
export type MetricName = z.infer<typeof MetricNameSchema>;

/**
 * The unit of a KPI's value, for display:
 * - `percent`: already multiplied by 100 (12.5 means 12.5 %);
 * - `ratio`: a plain fraction (0.125), which a renderer may show as 12.5 %;
 * - `count`, `hours`, `minutes`;
 * - `per-1000-inhabitants`: a count per 1,000 inhabitants of the organisation.
 */
export const KpiUnitSchema = z.enum(["percent", "count", "per-1000-inhabitants", "hours", "minutes", "ratio"]);

/** A KPI unit, see {@link KpiUnitSchema}. */
export type KpiUnit = z.infer<typeof KpiUnitSchema>;

/**
 * How a KPI is computed from metric samples of a period, by metric name:
 * - `ratio`: sum of `numerator` ÷ sum of `denominator`, times `factor` (default 1);
 * - `growth`: last value of `metric` minus the first, divided by the first when `relative` (a fraction);
 * - `per-inhabitants`: sum of `metric` per `per` inhabitants (default 1,000);
 * - `quantile`: the `q`-quantile of the samples of `metric` (0.5 = median);
 * - `share-within`: the fraction of samples of `metric` that are at most `threshold`;
 * - `sum`, `mean`: sum or arithmetic mean of the samples of `metric`.
 *
 * The reporting package evaluates formulas; core only describes them.
 */
export const KpiFormulaSchema = z.discriminatedUnion("type", [
  z.object({
    /** Sum of one metric divided by the sum of another. */
    type: z.literal("ratio"),
    /** Metric summed above the line, e.g. "engagements". */
    numerator: MetricNameSchema,
    /** Metric summed below the line, e.g. "impressions". */
    denominator: MetricNameSchema,
    /** Multiplier of the result, e.g. 100 for percent; default 1. */
    factor: z.number().optional(),
  }),
  z.object({
    /** Change of a metric over the period. */
    type: z.literal("growth"),
    /** Metric whose change is measured, e.g. "followers". */
    metric: MetricNameSchema,
    /** True: change relative to the first value (a fraction); false: absolute change. */
    relative: z.boolean(),
  }),
  z.object({
    /** Sum of a metric per a number of inhabitants. */
    type: z.literal("per-inhabitants"),
    /** Metric summed, e.g. "reach". */
    metric: MetricNameSchema,
    /** Number of inhabitants the result refers to; default 1,000. */
    per: z.number().positive().default(1000),
  }),
  z.object({
    /** A quantile of the samples of a metric. */
    type: z.literal("quantile"),
    /** Metric whose samples are ranked, e.g. "first-response-hours". */
    metric: MetricNameSchema,
    /** Which quantile, 0 to 1; 0.5 is the median. */
    q: z.number().min(0).max(1),
  }),
  z.object({
    /** Fraction of the samples of a metric at or below a threshold. */
    type: z.literal("share-within"),
    /** Metric whose samples are counted, e.g. "first-response-hours". */
    metric: MetricNameSchema,
    /** Largest value that still counts, e.g. 24 (hours). */
    threshold: z.number(),
  }),
  z.object({
    /** Sum of the samples of a metric. */
    type: z.literal("sum"),
    /** Metric summed. */
    metric: MetricNameSchema,
  }),
  z.object({
    /** Arithmetic mean of the samples of a metric. */
    type: z.literal("mean"),
    /** Metric averaged. */
    metric: MetricNameSchema,
  }),
]);

/** A KPI formula, see {@link KpiFormulaSchema}. */
export type KpiFormula = z.infer<typeof KpiFormulaSchema>;
/** A KPI formula as accepted, before defaults. */
export type KpiFormulaInput = z.input<typeof KpiFormulaSchema>;

/**
 * A key performance indicator: a named formula over metrics, its unit and
 * which direction is better. Goals refer to KPIs by id; the SDK brings
 * {@link BUILT_IN_KPIS}, a strategy or a plugin may add more.
 *
 * @example
 * ```ts
 * validate(KpiDefinitionSchema, {
 *   id: "portal-clicks", name: "Klicks zum Bürgerservice-Portal", unit: "count",
 *   better: "higher", formula: { type: "sum", metric: "clicks" },
 * });
 * ```
 */
export const KpiDefinitionSchema = z.object({
  /** Id of the KPI, referred to by goals. */
  id: IdSchema,
  /** Name shown in reports, e.g. "Interaktionsrate". */
  name: textField(200, 1),
  /** What the KPI says and how to read it. */
  description: textField(2000).optional(),
  /** Unit of the value. */
  unit: KpiUnitSchema,
  /** Whether a higher or a lower value is better, for trend arrows and goal attainment. */
  better: z.enum(["higher", "lower"]),
  /** How the value is computed. */
  formula: KpiFormulaSchema,
});

/** A KPI definition as stored, with defaults applied; see {@link KpiDefinitionSchema}. */
export type KpiDefinition = z.infer<typeof KpiDefinitionSchema>;
/** A KPI definition as accepted by {@link KpiDefinitionSchema}, before defaults. */
export type KpiDefinitionInput = z.input<typeof KpiDefinitionSchema>;

const builtIn = (input: KpiDefinitionInput): KpiDefinition =>
  Object.freeze(validate(KpiDefinitionSchema, input, { locale: "en", entity: "KpiDefinition" }));

/**
 * The KPIs every kommune-sm installation knows, recommended for municipal
 * social media. Each is parsed through {@link KpiDefinitionSchema} when the
 * module loads, so the list cannot drift from the schema.
 *
 * - `engagement-rate`: engagements ÷ impressions × 100, in percent;
 * - `follower-growth`: relative growth of followers over the period, as a fraction;
 * - `reach-per-1000-inhabitants`: reach per 1,000 inhabitants;
 * - `median-first-response-hours`: median hours until a citizen's message got a first answer;
 * - `share-answered-within-24h`: fraction of citizens' messages answered within 24 hours.
 */
export const BUILT_IN_KPIS: readonly KpiDefinition[] = Object.freeze([
  builtIn({
    id: "engagement-rate",
    name: "Interaktionsrate",
    description: "Anteil der Interaktionen (Reaktionen, Kommentare, Teilungen, Klicks) an den Impressionen, in Prozent.",
    unit: "percent",
    better: "higher",
    formula: { type: "ratio", numerator: "engagements", denominator: "impressions", factor: 100 },
  }),
  builtIn({
    id: "follower-growth",
    name: "Follower-Wachstum",
    description: "Zuwachs der Follower im Zeitraum im Verhältnis zum Stand am Anfang.",
    unit: "ratio",
    better: "higher",
    formula: { type: "growth", metric: "followers", relative: true },
  }),
  builtIn({
    id: "reach-per-1000-inhabitants",
    name: "Reichweite je 1.000 Einwohner",
    description: "Erreichte Personen je 1.000 Einwohnerinnen und Einwohner; macht Kommunen verschiedener Größe vergleichbar.",
    unit: "per-1000-inhabitants",
    better: "higher",
    formula: { type: "per-inhabitants", metric: "reach", per: 1000 },
  }),
  builtIn({
    id: "median-first-response-hours",
    name: "Mittlere Antwortzeit (Median)",
    description: "Median der Stunden vom Eingang einer Bürgeranfrage bis zur ersten Antwort.",
    unit: "hours",
    better: "lower",
    formula: { type: "quantile", metric: "first-response-hours", q: 0.5 },
  }),
  builtIn({
    id: "share-answered-within-24h",
    name: "Anteil binnen 24 Stunden beantwortet",
    description: "Anteil der Bürgeranfragen, die innerhalb von 24 Stunden eine erste Antwort bekamen.",
    unit: "ratio",
    better: "higher",
    formula: { type: "share-within", metric: "first-response-hours", threshold: 24 },
  }),
]);
