/**
 * Reading the instants and values that the metrics functions compare.
 * Internal; not exported from the package.
 */
import { InstantSchema } from "../model/common.js";
import type { MetricSample } from "../model/metric-sample.js";
import { describe, invalidArgument } from "./metric-errors.js";

/** An instant of a request, in the stored form and as epoch milliseconds. */
export interface RequestInstant {
  /** `YYYY-MM-DDTHH:mm:ss.sssZ`, as stores keep and compare instants. */
  readonly iso: string;
  /** Epoch milliseconds. */
  readonly ms: number;
}

/**
 * The request's instant `field`, normalised: an RFC 3339 instant with offset
 * within the model's years. Normalised because stores compare instants as
 * strings, and "…T00:00:00Z" sorts after "…T00:00:00.000Z".
 */
export function requestInstant(operation: string, field: string, value: unknown): RequestInstant {
  const parsed = InstantSchema.safeParse(value);
  if (!parsed.success) {
    throw invalidArgument(
      operation,
      `\`${field}\` must be an RFC 3339 instant with offset between 1970 and 2199, e.g. "2027-03-01T00:00:00+01:00"; got ${describe(value)}.`,
    );
  }
  return { iso: parsed.data, ms: Date.parse(parsed.data) };
}

const STORED_INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

/**
 * The sample's `at` as epoch milliseconds, after checking that the sample
 * can be read at all: an instant and a finite value. A sample made by hand
 * need not have passed `MetricSampleSchema`, and a NaN would otherwise turn
 * a whole report into NaN without saying which sample did it.
 */
export function sampleMs(operation: string, sample: MetricSample, index: number): number {
  if (typeof sample.value !== "number" || !Number.isFinite(sample.value)) {
    throw invalidArgument(operation, `sample [${index}] has the value ${describe(sample.value)}; a metric value is a finite number.`);
  }
  // Fast path: the stored form, which every sample from a store has. The
  // round trip catches a day that does not exist (Date.parse rolls 30
  // February over into March, where string order would not).
  if (typeof sample.at === "string" && STORED_INSTANT.test(sample.at)) {
    const ms = Date.parse(sample.at);
    if (!Number.isNaN(ms) && isoOf(ms) === sample.at) return ms;
  }
  const parsed = InstantSchema.safeParse(sample.at);
  if (!parsed.success) {
    throw invalidArgument(operation, `sample [${index}] has \`at\` ${describe(sample.at)}, which is no RFC 3339 instant with offset.`);
  }
  return Date.parse(parsed.data);
}

/** Epoch milliseconds in the stored form. */
export function isoOf(ms: number): string {
  return new Date(ms).toISOString();
}
