import { CoreError } from "../errors/core-errors.js";
import { MetricNameSchema } from "../model/kpi-definition.js";
import { conflictWithStandard, describe, notAKind } from "./metric-errors.js";
import { isMetricKind, type MetricKindDeclarations } from "./metric-kind-of.js";
import { STANDARD_METRIC_KINDS } from "./metric-kind.js";

/**
 * Checks an adapter's declarations of its own metrics' kinds once and
 * returns them frozen, to pass as `kinds` to {@link metricKindOf},
 * `counterAccruals`, `accruedWithin`, `gaugeValueAt` or `gaugeAt`.
 *
 * Throws `CORE_INVALID_ARGUMENT`, listing every problem, for a name that is
 * no metric name (1 to 128 characters of well-formed text), a kind that is
 * none of `METRIC_KINDS`, or a standard metric given another kind than its
 * standard one. Declaring a standard metric with its standard kind is
 * allowed and changes nothing.
 *
 * @example
 * ```ts
 * export const DORF_APP_METRIC_KINDS = defineMetricKinds({
 *   "story-replies": "counter",     // replies to stories so far
 *   "newsletter-subscribers": "gauge",
 * });
 * await accruedWithin(store.metrics, { metric: "story-replies", from, to }, DORF_APP_METRIC_KINDS);
 * ```
 */
export function defineMetricKinds<const Declarations extends MetricKindDeclarations>(declarations: Declarations): Readonly<Declarations> {
  if (typeof declarations !== "object" || declarations === null || Array.isArray(declarations)) {
    throw new CoreError("CORE_INVALID_ARGUMENT", `Metric kinds must be an object of metric name to kind, got ${describe(declarations)}.`);
  }
  const problems: string[] = [];
  for (const [name, kind] of Object.entries(declarations)) {
    if (!MetricNameSchema.safeParse(name).success) {
      problems.push(`${describe(name)} is no metric name: it must be 1 to 128 characters of well-formed text.`);
    } else if (!isMetricKind(kind)) {
      problems.push(notAKind(name, kind).message);
    } else if (Object.hasOwn(STANDARD_METRIC_KINDS, name)) {
      const standard = STANDARD_METRIC_KINDS[name as keyof typeof STANDARD_METRIC_KINDS];
      if (kind !== standard) problems.push(conflictWithStandard(name, kind, standard).message);
    }
  }
  if (problems.length > 0) {
    throw new CoreError("CORE_INVALID_ARGUMENT", `Invalid metric kinds:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
  }
  // A copy, so that changing the object passed in later changes nothing declared.
  return Object.freeze(Object.fromEntries(Object.entries(declarations))) as Readonly<Declarations>;
}
