import { describe, expect, it } from "vitest";
import { totalAccrual } from "./accrual-total.js";
import { sample } from "./metric-test-support.js";

const march = { metric: "impressions", from: "2027-03-01T00:00:00+01:00", to: "2027-04-01T00:00:00+02:00" };
const samples = [
  // post-1: published in February, polled before and in March.
  sample("2027-02-27T08:00:00.000Z", "impressions", 900, { postId: "post-1" }),
  sample("2027-03-03T08:00:00.000Z", "impressions", 1400, { postId: "post-1" }),
  sample("2027-03-20T08:00:00.000Z", "impressions", 1500, { postId: "post-1" }),
  // post-2: published in March.
  sample("2027-03-10T08:00:00.000Z", "impressions", 300, { postId: "post-2" }),
  sample("2027-03-12T08:00:00.000Z", "impressions", 800, { postId: "post-2" }),
  // post-3: polled in February only.
  sample("2027-02-10T08:00:00.000Z", "impressions", 2000, { postId: "post-3" }),
  // The channel's own impressions, which overlap its posts'.
  sample("2027-02-28T08:00:00.000Z", "impressions", 10_000),
  sample("2027-03-30T08:00:00.000Z", "impressions", 13_000),
];

describe("totalAccrual", () => {
  it("adds up the accruals of the posts, not their polls", () => {
    const total = totalAccrual(samples, { ...march, channelId: "mastodon-main", level: "post" });
    expect(total).toMatchObject({ metric: "impressions", from: "2027-02-28T23:00:00.000Z", to: "2027-03-31T22:00:00.000Z", value: 600 + 800, assumedZero: 1 });
    expect(total.series.map((a) => [a.series.postId, a.value, a.baseline])).toEqual([
      ["post-1", 600, "sample"],
      ["post-2", 800, "assumed-zero"],
    ]);
  });

  it("adds the channel's own series too when no level is chosen", () => {
    expect(totalAccrual(samples, march).value).toBe(600 + 800 + 3000);
    expect(totalAccrual(samples, { ...march, level: "channel" }).value).toBe(3000);
  });

  it("is 0 with no series when nothing was polled in the period", () => {
    expect(totalAccrual(samples, { ...march, from: "2027-04-01T00:00:00Z", to: "2027-05-01T00:00:00Z" })).toEqual({
      metric: "impressions",
      from: "2027-04-01T00:00:00.000Z",
      to: "2027-05-01T00:00:00.000Z",
      value: 0,
      series: [],
      assumedZero: 0,
    });
    expect(totalAccrual(samples, { ...march, to: march.from }).value).toBe(0);
  });

  it("refuses what counterAccruals refuses, under its own name", () => {
    expect(() => totalAccrual(samples, { ...march, metric: "followers" })).toThrow(/^totalAccrual reads counters, but metric "followers" is a gauge/);
    expect(() => totalAccrual([{ ...samples[0]!, value: Number.POSITIVE_INFINITY }], march)).toThrow("totalAccrual: sample [0] has the value Infinity; a metric value is a finite number.");
  });
});
