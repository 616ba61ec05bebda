/**
 * The one loop over samples that every pure metrics function runs.
 * Internal; not exported from the package.
 */
import type { MetricSample } from "../model/metric-sample.js";
import { describe, invalidArgument } from "./metric-errors.js";
import { sampleMs } from "./metric-instants.js";
import { seriesKey } from "./metric-series.js";
import { selects, type SeriesSelector } from "./series-selector.js";

/**
 * Calls `visit` with each sample of `metric` that `selector` selects, in
 * the order given, with its instant in epoch milliseconds and its series
 * key. Refuses samples of more than one organisation: a series is one
 * channel's or post's, and two organisations' ids may be the same.
 */
export function forEachSelected(
  operation: string,
  samples: readonly MetricSample[],
  metric: string,
  selector: SeriesSelector,
  visit: (sample: MetricSample, ms: number, key: string) => void,
): void {
  if (!Array.isArray(samples)) throw invalidArgument(operation, `\`samples\` must be an array of metric samples, got ${describe(samples)}.`);
  let organisationId: string | undefined;
  samples.forEach((sample, index) => {
    if (typeof sample !== "object" || sample === null) throw invalidArgument(operation, `sample [${index}] is ${describe(sample)}, not a metric sample.`);
    if (sample.metric !== metric || !selects(selector, sample)) return;
    if (organisationId === undefined) organisationId = sample.organisationId;
    else if (sample.organisationId !== organisationId) {
      throw invalidArgument(
        operation,
        `the samples belong to more than one organisation (${describe(organisationId)} and, at sample [${index}], ${describe(sample.organisationId)}); pass one organisation's samples, as its store returns them.`,
      );
    }
    visit(sample, sampleMs(operation, sample, index), seriesKey(sample));
  });
}
