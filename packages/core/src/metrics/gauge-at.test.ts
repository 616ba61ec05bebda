import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { MetricSample } from "../model/metric-sample.js";
import { createMemoryStore } from "../store/memory-store.js";
import type { MetricQuery, MetricRepository } from "../store/store-port.js";
import { gaugeAt } from "./gauge-at.js";
import { gaugeValueAt } from "./gauge-reading.js";
import { HOUR, T0, gaugeLevel, hoursAfter, interleave, modelSeries, sample, samplesOf } from "./metric-test-support.js";

function counting(repo: Pick<MetricRepository, "query">) {
  const log: { query: MetricQuery; rows: number }[] = [];
  return {
    log,
    async query(query?: MetricQuery) {
      const rows = await repo.query(query);
      log.push({ query: query ?? {}, rows: rows.length });
      return rows;
    },
  };
}

async function storeWith(samples: readonly MetricSample[]) {
  const metrics = createMemoryStore().tenant("musterstadt").metrics;
  await metrics.append(samples);
  return metrics;
}

describe("gaugeAt", () => {
  it("reads the last sample at or before the instant from a store", async () => {
    const repo = await storeWith([
      sample("2027-03-31T18:00:00.000Z", "followers", 2412),
      sample("2027-03-31T19:00:00.000Z", "followers", 7, { postId: "post-1" }),
      sample("2027-04-01T18:00:00.000Z", "followers", 2405),
    ]);
    expect(await gaugeAt(repo, { metric: "followers", channelId: "mastodon-main", at: "2027-04-01T00:00:00+02:00" })).toEqual({
      series: { channelId: "mastodon-main", metric: "followers" },
      value: 2412,
      at: "2027-03-31T18:00:00.000Z",
    });
    expect(await gaugeAt(repo, { metric: "followers", channelId: "mastodon-main", at: "2027-04-01T18:00:00.000Z" })).toMatchObject({ value: 2405 });
    expect(await gaugeAt(repo, { metric: "followers", channelId: "mastodon-main", postId: "post-1", at: "2027-04-02T00:00:00Z" })).toMatchObject({ value: 7 });
    expect(await gaugeAt(repo, { metric: "followers", channelId: "mastodon-main", at: "2027-03-01T00:00:00Z" })).toBeUndefined();
  });

  it("lets the sample stored later win among samples at the same instant", async () => {
    const metrics = createMemoryStore().tenant("musterstadt").metrics;
    await metrics.append([sample("2027-03-31T18:00:00.000Z", "followers", 2412)]);
    await metrics.append([sample("2027-03-31T18:00:00.000Z", "followers", 2413)]);
    expect(await gaugeAt(metrics, { metric: "followers", channelId: "mastodon-main", at: "2027-04-01T00:00:00Z" })).toMatchObject({ value: 2413 });
  });

  it("equals gaugeValueAt over all stored samples for any history and instant (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        modelSeries(gaugeLevel),
        fc.array(fc.nat(), { maxLength: 64 }),
        fc.constantFrom(1, 7, 30, 170),
        fc.constantFrom(T0, Date.UTC(1970, 0, 2)),
        fc.integer({ min: 0, max: 44 }),
        fc.constantFrom(undefined, "post-1", "post-2"),
        async (series, order, unit, base, at, postId) => {
          const toIso = (t: number) => new Date(base + t * unit * HOUR).toISOString();
          const samples = interleave(series.map((s) => samplesOf(s, "followers", toIso)), order);
          const repo = counting(await storeWith(samples));
          const request = { metric: "followers", channelId: "mastodon-main", at: toIso(at), ...(postId === undefined ? {} : { postId }) };
          expect(await gaugeAt(repo, request)).toEqual(gaugeValueAt(samples, request));
          for (const entry of repo.log) expect(entry.query).toMatchObject({ metric: "followers", channelId: "mastodon-main", postId: postId ?? null });
        },
      ),
      { numRuns: 300 },
    );
  });

  it("reads one day of a gauge polled hourly for a year, and a bounded number of empty windows for one never measured", async () => {
    const samples = Array.from({ length: 365 * 24 }, (_, hour) => sample(hoursAfter(hour), "followers", 2000 + hour));
    const repo = counting(await storeWith(samples));
    expect(await gaugeAt(repo, { metric: "followers", channelId: "mastodon-main", at: hoursAfter(200 * 24 + 0.5) })).toMatchObject({ value: 2000 + 200 * 24 });
    expect(repo.log).toHaveLength(1);
    expect(repo.log[0]!.rows).toBe(24);
    repo.log.length = 0;
    expect(await gaugeAt(repo, { metric: "followers", channelId: "bluesky-main", at: hoursAfter(200 * 24) })).toBeUndefined();
    expect(repo.log.length).toBeLessThanOrEqual(20);
    expect(repo.log.every((entry) => entry.rows === 0)).toBe(true);
    expect(repo.log.at(-1)!.query).not.toHaveProperty("from");
  });

  it("reads only the channel's own samples for its series, however long its posts' histories", async () => {
    // 20 posts with a year of hourly samples of the same metric; the channel's own series was polled once, long before.
    const samples: MetricSample[] = [sample(hoursAfter(-24 * 400), "followers", 1800)];
    for (let hour = 0; hour < 365 * 24; hour += 1) {
      for (let post = 1; post <= 20; post += 1) samples.push(sample(hoursAfter(hour), "followers", hour, { postId: `post-${post}` }));
    }
    const repo = counting(await storeWith(samples));
    const request = { metric: "followers", channelId: "mastodon-main", at: hoursAfter(300 * 24) };
    expect(await gaugeAt(repo, request)).toEqual({ series: { channelId: "mastodon-main", metric: "followers" }, value: 1800, at: hoursAfter(-24 * 400) });
    expect(repo.log.reduce((sum, entry) => sum + entry.rows, 0)).toBe(1);
    expect(repo.log.every((entry) => entry.query.postId === null)).toBe(true);
    // A post's series is read as before, by its post.
    repo.log.length = 0;
    expect(await gaugeAt(repo, { ...request, postId: "post-7" })).toMatchObject({ value: 300 * 24 });
    expect(repo.log).toEqual([{ query: { metric: "followers", channelId: "mastodon-main", postId: "post-7", from: new Date(T0 + 299 * 24 * HOUR + 1).toISOString(), to: new Date(T0 + 300 * 24 * HOUR + 1).toISOString() }, rows: 24 }]);
  });

  it("refuses a counter, reading nothing", async () => {
    const repo = counting(await storeWith([]));
    await expect(gaugeAt(repo, { metric: "likes", channelId: "mastodon-main", at: "2027-04-01T00:00:00Z" })).rejects.toMatchObject({
      code: "CORE_INVALID_ARGUMENT",
      message: expect.stringMatching(/^gaugeAt reads gauges, but metric "likes" is a counter/),
    });
    await expect(gaugeAt(repo, { metric: "followers", channelId: "", at: "2027-04-01T00:00:00Z" })).rejects.toMatchObject({ message: expect.stringContaining("`channelId`") });
    expect(repo.log).toEqual([]);
  });
});
