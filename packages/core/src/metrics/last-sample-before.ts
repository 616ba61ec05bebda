/**
 * Finding the last sample before an instant in a repository, whose port can
 * only select ranges of time. Internal; not exported from the package.
 */
import { INSTANT_RANGE } from "../model/common.js";
import type { MetricSample } from "../model/metric-sample.js";
import type { MetricQuery, MetricRepository } from "../store/store-port.js";
import { isoOf } from "./metric-instants.js";

/** What the repository helpers need of a store: the query of a tenant's or a transaction's {@link MetricRepository}. */
export type MetricQueryPort = Pick<MetricRepository, "query">;

/** The width of the first window the helpers look back: a day holds the last poll of any collector that polls daily or more often. */
export const FIRST_WINDOW_MS = 86_400_000;

/** The last of `samples` that `matches`: the latest, and of samples at the same instant the one stored last. */
export function lastMatching(samples: readonly MetricSample[], matches: (sample: MetricSample) => boolean): MetricSample | undefined {
  for (let index = samples.length - 1; index >= 0; index -= 1) {
    if (matches(samples[index]!)) return samples[index];
  }
  return undefined;
}

/**
 * The last sample before `beforeMs` (exclusive) that `query` and `matches`
 * select, looking back in adjacent windows that double in width, starting
 * with `firstWindowMs`. A series polled regularly is found in the first
 * window, after reading one window's samples; a series with no sample
 * before costs one empty query per doubling back to 1970, about twenty,
 * instead of reading the whole history of every other series the query
 * selects.
 */
export async function lastSampleBefore(
  repo: MetricQueryPort,
  query: Omit<MetricQuery, "from" | "to">,
  beforeMs: number,
  firstWindowMs: number,
  matches: (sample: MetricSample) => boolean,
): Promise<MetricSample | undefined> {
  let end = beforeMs;
  let width = firstWindowMs;
  for (;;) {
    const start = end - width;
    if (start <= INSTANT_RANGE.startMs) {
      // The last window reaches back past the first instant any sample can have.
      return lastMatching(await repo.query({ ...query, to: isoOf(end) }), matches);
    }
    const found = lastMatching(await repo.query({ ...query, from: isoOf(start), to: isoOf(end) }), matches);
    if (found !== undefined) return found;
    end = start;
    width *= 2;
  }
}
