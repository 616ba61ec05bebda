/**
 * The developer errors of the metrics module, worded in one place so that
 * every function that refuses a metric says it alike. Internal; not exported
 * from the package.
 */
import { CoreError } from "../errors/core-errors.js";
import { METRIC_KINDS, type MetricKind } from "./metric-kind.js";

/** A value as it appears in a developer error: strings quoted, anything else as JSON or its type. */
export function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  // JSON would write NaN and Infinity as null.
  if (typeof value === "number") return String(value);
  if (value === undefined || typeof value === "function" || typeof value === "symbol" || typeof value === "bigint") return typeof value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** A metric whose kind no one declared. */
export function undeclaredMetric(name: string): CoreError {
  return new CoreError(
    "CORE_INVALID_ARGUMENT",
    `Metric ${describe(name)} has no declared kind, so its samples cannot be read: a running total and a level need opposite arithmetic. ` +
      `Declare it where the metric comes from, e.g. defineMetricKinds({ ${describe(name)}: "counter" }) for a running total that grows like likes, ` +
      `"gauge" for a level at an instant like followers, or "observation" for one measurement per sample, and pass the declarations as \`kinds\`.`,
  );
}

/** A declared kind that is none of {@link METRIC_KINDS}. */
export function notAKind(name: string, kind: unknown): CoreError {
  return new CoreError("CORE_INVALID_ARGUMENT", `Metric ${describe(name)} is declared as ${describe(kind)}, which is no metric kind; use one of ${METRIC_KINDS.join(", ")}.`);
}

/** A declaration that gives a standard metric another kind. */
export function conflictWithStandard(name: string, declared: unknown, standard: MetricKind): CoreError {
  return new CoreError(
    "CORE_INVALID_ARGUMENT",
    `Metric ${describe(name)} is a standard metric, ${withArticle(standard)}; it cannot be declared as ${describe(declared)}. Give the adapter's own metric a name of its own.`,
  );
}

function withArticle(kind: MetricKind): string {
  return `${kind === "observation" ? "an" : "a"} ${kind}`;
}

const HOW_TO_READ: Record<MetricKind, string> = {
  counter: "a running total: ask what accrued within a period with counterAccruals, totalAccrual or accruedWithin",
  gauge: "a level at an instant: read it with gaugeValueAt, gaugeReadingsAt or gaugeAt",
  observation: "one measurement per sample: summarise its samples as a distribution (a quantile, the share within a threshold)",
};

/** A function for one kind of metric was asked about a metric of another kind. */
export function wrongKind(operation: string, name: string, actual: MetricKind, expected: MetricKind): CoreError {
  return new CoreError(
    "CORE_INVALID_ARGUMENT",
    `${operation} reads ${expected}s, but metric ${describe(name)} is ${withArticle(actual)}, ${HOW_TO_READ[actual]}.`,
  );
}

/** An argument of a metrics function that is not what it must be. */
export function invalidArgument(operation: string, what: string): CoreError {
  return new CoreError("CORE_INVALID_ARGUMENT", `${operation}: ${what}`);
}
