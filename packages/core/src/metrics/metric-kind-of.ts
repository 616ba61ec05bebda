import { CoreError } from "../errors/core-errors.js";
import { conflictWithStandard, describe, notAKind, undeclaredMetric } from "./metric-errors.js";
import { METRIC_KINDS, STANDARD_METRIC_KINDS, type MetricKind } from "./metric-kind.js";

/**
 * Kinds of metrics that are not standard, by metric name: what an adapter
 * declares for the metrics of its own ("story-replies"). Make one with
 * {@link defineMetricKinds}, which checks it once.
 */
export type MetricKindDeclarations = Readonly<Record<string, MetricKind>>;

/**
 * The kind of the metric `name`: from {@link STANDARD_METRIC_KINDS} for a
 * standard metric, else from `extra`, an adapter's own declarations.
 *
 * Throws `CORE_INVALID_ARGUMENT` for a name that neither declares, naming it
 * and saying how to declare it: guessing would turn a running total into a
 * level or back, and a report would silently add up what must be
 * subtracted. It also throws when `extra` gives a standard metric another
 * kind than its standard one, since every report must read "likes" alike.
 *
 * @example
 * ```ts
 * metricKindOf("likes"); // "counter"
 * metricKindOf("followers"); // "gauge"
 * metricKindOf("story-replies", { "story-replies": "counter" }); // "counter"
 * metricKindOf("story-replies"); // throws CORE_INVALID_ARGUMENT: no declared kind
 * ```
 */
export function metricKindOf(name: string, extra?: MetricKindDeclarations): MetricKind {
  if (typeof name !== "string") {
    throw new CoreError("CORE_INVALID_ARGUMENT", `A metric name must be a string, got ${describe(name)}.`);
  }
  // Own properties only: "constructor" or "toString" must not be found on Object.prototype.
  const declared: unknown = typeof extra === "object" && extra !== null && Object.hasOwn(extra, name) ? extra[name] : undefined;
  if (Object.hasOwn(STANDARD_METRIC_KINDS, name)) {
    const standard = STANDARD_METRIC_KINDS[name as keyof typeof STANDARD_METRIC_KINDS];
    if (declared !== undefined && declared !== standard) throw conflictWithStandard(name, declared, standard);
    return standard;
  }
  if (declared === undefined) throw undeclaredMetric(name);
  if (!isMetricKind(declared)) throw notAKind(name, declared);
  return declared;
}

/**
 * True if `value` is one of {@link METRIC_KINDS}.
 *
 * @example
 * ```ts
 * isMetricKind("counter"); // true
 * isMetricKind("total"); // false
 * ```
 */
export function isMetricKind(value: unknown): value is MetricKind {
  return typeof value === "string" && (METRIC_KINDS as readonly string[]).includes(value);
}
