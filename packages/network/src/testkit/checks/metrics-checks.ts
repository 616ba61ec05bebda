import { expect } from "vitest";
import type { MetricSampleV1 } from "../../spec/requests-v1.js";
import type { AdapterCheckArea } from "../adapter-check.js";
import { expectNetworkError } from "../expect-network-error.js";
import { expectInstant } from "../harness.js";

function expectSamples(samples: readonly MetricSampleV1[], declared: readonly string[], since: number, remoteIds?: readonly string[]): void {
  expect(Array.isArray(samples), "fetchMetrics resolves to an array").toBe(true);
  for (const [index, sample] of samples.entries()) {
    const what = `sample ${index} (${sample.metric})`;
    expect(Number.isFinite(sample.value), `${what}: value ${sample.value} must be a finite number`).toBe(true);
    expect(declared, `${what}: metric not in capabilities.metrics`).toContain(sample.metric);
    expectInstant(sample.at, `${what}: at`);
    expect(Date.parse(sample.at), `${what}: at ${sample.at} is before since`).toBeGreaterThanOrEqual(since);
    if (sample.remoteId !== undefined) {
      expect(typeof sample.remoteId === "string" && sample.remoteId.length > 0, `${what}: remoteId`).toBe(true);
      if (remoteIds) expect(remoteIds, `${what}: a post that was not asked for`).toContain(sample.remoteId);
    }
  }
}

/** Metric samples are finite numbers of declared metrics at RFC 3339 instants. */
export const metricsChecks: AdapterCheckArea = {
  area: "metrics",
  checks: (capabilities) =>
    capabilities.metrics.length > 0
      ? [
          {
            name: `samples of a published post and of the account are finite numbers of declared metrics (${capabilities.metrics.join(", ")}) at RFC 3339 instants since the asked instant`,
            async run(harness) {
              const since = harness.now() - 1000;
              const { result } = await harness.publish();
              // A simulated network produces reactions over simulated time.
              await harness.control?.advance?.(60 * 60_000);
              const request = { channel: harness.channel, since: new Date(since).toISOString() };
              const ofPost = await harness.adapter.fetchMetrics({ ...request, remoteIds: [result.remoteId] }, harness.context());
              expectSamples(ofPost, capabilities.metrics, since, [result.remoteId]);
              const ofAccount = await harness.adapter.fetchMetrics(request, harness.context());
              expectSamples(ofAccount, capabilities.metrics, since);
            },
          },
          {
            name: "samples are never older than the asked instant, even one in the future",
            async run(harness) {
              await harness.publish();
              const since = harness.now() + 24 * 60 * 60_000;
              const samples = await harness.adapter.fetchMetrics({ channel: harness.channel, since: new Date(since).toISOString() }, harness.context());
              expectSamples(samples, capabilities.metrics, since);
            },
          },
        ]
      : [
          {
            name: "rejects fetchMetrics as unsupported (capabilities.metrics is empty)",
            async run(harness) {
              await expectNetworkError(harness.adapter.fetchMetrics({ channel: harness.channel, since: new Date(harness.now()).toISOString() }, harness.context()), "unsupported", "fetchMetrics");
            },
          },
        ],
};
