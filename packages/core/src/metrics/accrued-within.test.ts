import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { MetricSample } from "../model/metric-sample.js";
import { createMemoryStore } from "../store/memory-store.js";
import type { MetricQuery, MetricRepository } from "../store/store-port.js";
import { totalAccrual } from "./accrual-total.js";
import { accruedWithin } from "./accrued-within.js";
import { HOUR, T0, hoursAfter, interleave, modelSeries, sample, samplesOf, wobblyCounter } from "./metric-test-support.js";

/** A repository that remembers what each query asked and how many samples it returned. */
function counting(repo: Pick<MetricRepository, "query">) {
  const log: { query: MetricQuery; rows: number }[] = [];
  return {
    log,
    rows: () => log.reduce((sum, entry) => sum + entry.rows, 0),
    async query(query?: MetricQuery) {
      const rows = await repo.query(query);
      log.push({ query: query ?? {}, rows: rows.length });
      return rows;
    },
  };
}

async function storeWith(samples: readonly MetricSample[], batches: readonly number[] = []) {
  const metrics = createMemoryStore().tenant("musterstadt").metrics;
  let rest = [...samples];
  // Appended in several batches, as a collector would: ties must keep their order across appends too.
  for (const size of batches) {
    await metrics.append(rest.slice(0, size));
    rest = rest.slice(size);
  }
  // The rest in chunks: one append of a year's samples would spread them all into a single call.
  for (let start = 0; start < rest.length; start += 10_000) await metrics.append(rest.slice(start, start + 10_000));
  return metrics;
}

const march = { metric: "likes", from: "2027-03-01T00:00:00+01:00", to: "2027-04-01T00:00:00+02:00" };

describe("accruedWithin", () => {
  it("answers from a store what totalAccrual answers from all its samples", async () => {
    const samples = [
      sample("2027-02-27T08:00:00.000Z", "likes", 40, { postId: "post-1" }),
      sample("2027-03-03T08:00:00.000Z", "likes", 55, { postId: "post-1" }),
      sample("2027-03-20T08:00:00.000Z", "likes", 70, { postId: "post-1" }),
      sample("2027-03-10T08:00:00.000Z", "likes", 12, { postId: "post-2" }),
      sample("2027-01-10T08:00:00.000Z", "likes", 99, { postId: "post-3" }),
    ];
    const total = await accruedWithin(await storeWith(samples), march);
    expect(total).toEqual(totalAccrual(samples, march));
    expect(total).toMatchObject({ value: 30 + 12, assumedZero: 1 });
  });

  it("lets the sample stored later win among samples at the same instant", async () => {
    const samples = [
      sample("2027-02-28T08:00:00.000Z", "likes", 5),
      sample("2027-03-05T08:00:00.000Z", "likes", 30),
      sample("2027-02-28T08:00:00.000Z", "likes", 8),
      sample("2027-03-05T08:00:00.000Z", "likes", 20),
    ];
    const total = await accruedWithin(await storeWith(samples, [1, 1]), march);
    expect(total.series[0]).toMatchObject({ baselineValue: 8, endValue: 20, value: 12 });
  });

  it("equals totalAccrual over all stored samples for any history, period and selection (property)", async () => {
    const selector = fc.constantFrom({}, { channelId: "mastodon-main" }, { level: "post" as const }, { level: "channel" as const }, { postId: "post-1" }, { channelId: "bluesky-main", level: "channel" as const });
    await fc.assert(
      fc.asyncProperty(
        modelSeries(wobblyCounter),
        modelSeries(wobblyCounter),
        fc.array(fc.nat(), { maxLength: 64 }),
        fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 4 }),
        // Hours per tick: from hourly polls to polls a week apart, so that baselines lie in the first window or far before it.
        fc.constantFrom(1, 7, 30, 170),
        fc.constantFrom(T0, Date.UTC(1970, 0, 2)),
        fc.tuple(fc.integer({ min: 0, max: 44 }), fc.integer({ min: 0, max: 44 })).map(([a, b]) => (a <= b ? [a, b] : [b, a])),
        selector,
        async (likes, shares, order, batches, unit, base, [from, to], select) => {
          const toIso = (t: number) => new Date(base + t * unit * HOUR).toISOString();
          const samples = interleave([...likes.map((s) => samplesOf(s, "likes", toIso)), ...shares.map((s) => samplesOf(s, "shares", toIso))], order);
          const repo = counting(await storeWith(samples, batches));
          const request = { metric: "likes", from: toIso(from!), to: toIso(to!), ...select };
          expect(await accruedWithin(repo, request)).toEqual(totalAccrual(samples, request));
          // Never the whole store: every query names the metric; and for the channels' own series, no post's samples.
          for (const entry of repo.log) expect(entry.query.metric).toBe("likes");
          if (select.level === "channel") for (const entry of repo.log) expect(entry.query.postId).toBeNull();
        },
      ),
      { numRuns: 300 },
    );
  });

  it("reads the period and a window before it, not the history of a year", async () => {
    // A channel and 20 posts, polled hourly for a year, and one post published on the day asked about.
    const samples: MetricSample[] = [];
    for (let hour = 0; hour < 365 * 24; hour += 1) {
      const at = hoursAfter(hour);
      samples.push(sample(at, "likes", hour * 20));
      for (let post = 1; post <= 20; post += 1) samples.push(sample(at, "likes", hour, { postId: `post-${post}` }));
    }
    samples.push(sample(hoursAfter(300 * 24 + 12), "likes", 7, { postId: "post-new" }));
    const store = await storeWith(samples);
    const repo = counting(store);
    const day = { metric: "likes", from: hoursAfter(300 * 24), to: hoursAfter(301 * 24) };
    const total = await accruedWithin(repo, day);
    expect(total.value).toBe(24 * 20 + 20 * 24 + 7);
    expect(total.assumedZero).toBe(1);
    expect(repo.log).toHaveLength(3); // the day, the day before, the new post's history
    expect(repo.rows()).toBeLessThan(2 * 24 * 21 + 2);
    expect(total).toEqual(totalAccrual(samples, day));
  });

  it("reads only a channel's own samples for its own series, however long its posts' histories", async () => {
    // 20 posts polled hourly for a year; the channel's own counter first polled on the day asked about, so it has no
    // sample before: its look-back goes back to 1970 and must not read the posts' samples on the way.
    const samples: MetricSample[] = [];
    for (let hour = 0; hour < 365 * 24; hour += 1) {
      for (let post = 1; post <= 20; post += 1) samples.push(sample(hoursAfter(hour), "impressions", hour * 3, { postId: `post-${post}` }));
    }
    for (let hour = 300 * 24; hour < 301 * 24; hour += 1) samples.push(sample(hoursAfter(hour), "impressions", 5000 + hour));
    const repo = counting(await storeWith(samples));
    const day = { metric: "impressions", channelId: "mastodon-main", from: hoursAfter(300 * 24), to: hoursAfter(301 * 24) };

    const own = await accruedWithin(repo, { ...day, level: "channel" });
    expect(own).toEqual(totalAccrual(samples, { ...day, level: "channel" }));
    expect(own).toMatchObject({ value: 5000 + 301 * 24 - 1, assumedZero: 1 });
    expect(repo.rows()).toBe(24); // the channel's samples of the day, nothing else
    expect(repo.log.every((entry) => entry.query.postId === null)).toBe(true);

    // Without a level the period holds the posts' series too; their baselines lie in the day before, and the channel's
    // own series still looks back alone.
    repo.log.length = 0;
    const both = await accruedWithin(repo, day);
    expect(both).toEqual(totalAccrual(samples, day));
    const lookBack = repo.log.slice(2);
    expect(lookBack.length).toBeGreaterThan(0);
    expect(lookBack.every((entry) => entry.query.postId === null && entry.rows === 0)).toBe(true);
    expect(repo.rows()).toBe(24 * 21 + 24 * 20); // the day's samples of every series, and the posts' samples of the day before
  });

  it("looks back at most a week before a long period for the baselines", async () => {
    const samples = Array.from({ length: 120 }, (_, day) => sample(hoursAfter(day * 24), "likes", day * 3, { postId: "post-1" }));
    const repo = counting(await storeWith(samples));
    const request = { metric: "likes", from: hoursAfter(60 * 24), to: hoursAfter(90 * 24) };
    expect((await accruedWithin(repo, request)).value).toBe(89 * 3 - 59 * 3);
    expect(repo.log.map((entry) => [entry.query.from, entry.query.to, entry.rows])).toEqual([
      [request.from, request.to, 30],
      [hoursAfter(53 * 24), request.from, 7],
    ]);
  });

  it("looks back beyond the first window for a series not polled in it, and reads only that series there", async () => {
    const samples = [
      sample(hoursAfter(0), "likes", 10, { postId: "post-1" }),
      sample(hoursAfter(0), "likes", 1000),
      ...Array.from({ length: 200 }, (_, hour) => sample(hoursAfter(hour), "likes", hour, { postId: "post-busy" })),
      sample(hoursAfter(24 * 30), "likes", 25, { postId: "post-1" }),
      sample(hoursAfter(24 * 30), "likes", 1600),
    ];
    const repo = counting(await storeWith(samples));
    const request = { metric: "likes", from: hoursAfter(24 * 30), to: hoursAfter(24 * 31) };
    const total = await accruedWithin(repo, request);
    expect(total.series.map((a) => [a.series.postId, a.value, a.baselineAt])).toEqual([
      [undefined, 600, hoursAfter(0)],
      ["post-1", 15, hoursAfter(0)],
    ]);
    expect(repo.log.filter((entry) => entry.query.postId === "post-1")).toEqual([{ query: { metric: "likes", channelId: "mastodon-main", postId: "post-1", to: hoursAfter(24 * 29) }, rows: 1 }]);
  });

  it("reads nothing for an empty period or a refused request", async () => {
    const repo = counting(await storeWith([sample("2027-03-05T00:00:00.000Z", "likes", 3)]));
    expect(await accruedWithin(repo, { ...march, to: march.from })).toMatchObject({ value: 0, series: [] });
    await expect(accruedWithin(repo, { ...march, metric: "followers" })).rejects.toMatchObject({ code: "CORE_INVALID_ARGUMENT", message: expect.stringMatching(/^accruedWithin reads counters/) });
    await expect(accruedWithin(repo, { ...march, from: "März" })).rejects.toMatchObject({ code: "CORE_INVALID_ARGUMENT" });
    await expect(accruedWithin(repo, { ...march, metric: "story-replies" })).rejects.toMatchObject({ message: expect.stringContaining("has no declared kind") });
    expect(repo.log).toEqual([]);
  });

  it("reads inside a transaction, and an adapter's own counter with its declaration", async () => {
    const store = createMemoryStore().tenant("musterstadt");
    await store.metrics.append([sample("2027-02-01T00:00:00.000Z", "story-replies", 3), sample("2027-03-03T00:00:00.000Z", "story-replies", 11)]);
    const total = await store.transaction((tx) => accruedWithin(tx.metrics, { ...march, metric: "story-replies" }, { "story-replies": "counter" }));
    expect(total.value).toBe(8);
  });
});
