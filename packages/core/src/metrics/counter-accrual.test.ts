import { describe, expect, it } from "vitest";
import { counterAccruals } from "./counter-accrual.js";
import { sample } from "./metric-test-support.js";

// Likes of post-42: totals as the collector read them.
const likes = [
  sample("2027-02-28T18:00:00.000Z", "likes", 40, { postId: "post-42" }),
  sample("2027-03-10T08:00:00.000Z", "likes", 55, { postId: "post-42" }),
  sample("2027-03-31T20:00:00.000Z", "likes", 70, { postId: "post-42" }),
  sample("2027-04-02T08:00:00.000Z", "likes", 90, { postId: "post-42" }),
];
const march = { metric: "likes", from: "2027-03-01T00:00:00+01:00", to: "2027-04-01T00:00:00+02:00" };

describe("counterAccruals", () => {
  it("takes the last total of the period minus the last total before it, not the sum of polls", () => {
    expect(counterAccruals(likes, march)).toEqual([
      {
        series: { channelId: "mastodon-main", postId: "post-42", metric: "likes" },
        value: 30,
        baseline: "sample",
        baselineValue: 40,
        baselineAt: "2027-02-28T18:00:00.000Z",
        end: "sample",
        endValue: 70,
        endAt: "2027-03-31T20:00:00.000Z",
      },
    ]);
    // What adding up the polls of March would have said.
    expect(55 + 70).not.toBe(30);
  });

  it("gives the numbers of the worked example in docs/guides/metrics.md", () => {
    const value = (from: string, to: string) => counterAccruals(likes, { metric: "likes", from, to })[0]?.value;
    expect(value("2027-02-01T00:00:00+01:00", march.from)).toBe(40);
    expect(value(march.from, march.to)).toBe(30);
    expect(value(march.to, "2027-05-01T00:00:00+02:00")).toBe(20);
    expect(value(march.from, "2027-05-01T00:00:00+02:00")).toBe(50);
    expect(counterAccruals(likes, { metric: "likes", from: "2027-02-01T00:00:00+01:00", to: march.from })[0]?.baseline).toBe("assumed-zero");
  });

  it("gives the same answer whatever order the samples come in", () => {
    expect(counterAccruals([...likes].reverse(), march)).toEqual(counterAccruals(likes, march));
  });

  it("counts from 0 for a series without a sample before the period, and says so", () => {
    const [accrual] = counterAccruals(likes.slice(1), march);
    expect(accrual).toMatchObject({ value: 70, baseline: "assumed-zero", baselineValue: 0, end: "sample", endValue: 70 });
    expect(accrual).not.toHaveProperty("baselineAt");
  });

  it("gives 0 for a series without a sample in the period, and says so", () => {
    const [accrual] = counterAccruals([likes[0]!, likes[3]!], march);
    expect(accrual).toMatchObject({ value: 0, baseline: "sample", baselineValue: 40, end: "none-in-period" });
    expect(accrual).not.toHaveProperty("endValue");
    expect(accrual).not.toHaveProperty("endAt");
  });

  it("gives 0 for a series whose samples all lie after the period", () => {
    expect(counterAccruals([likes[3]!], march)).toEqual([
      { series: { channelId: "mastodon-main", postId: "post-42", metric: "likes" }, value: 0, baseline: "assumed-zero", baselineValue: 0, end: "none-in-period" },
    ]);
  });

  it("counts a sample exactly at `from` in the period and one exactly at `to` after it", () => {
    const onBounds = [
      sample("2027-02-28T23:00:00.000Z", "likes", 10),
      sample("2027-03-01T00:00:00.000Z", "likes", 12),
      sample("2027-03-02T00:00:00.000Z", "likes", 20),
    ];
    const [accrual] = counterAccruals(onBounds, { metric: "likes", from: "2027-03-01T00:00:00Z", to: "2027-03-02T00:00:00Z" });
    expect(accrual).toMatchObject({ value: 2, baselineValue: 10, endValue: 12, endAt: "2027-03-01T00:00:00.000Z" });
    const [next] = counterAccruals(onBounds, { metric: "likes", from: "2027-03-02T00:00:00Z", to: "2027-03-03T00:00:00Z" });
    expect(next).toMatchObject({ value: 8, baselineValue: 12, baselineAt: "2027-03-01T00:00:00.000Z", endValue: 20 });
  });

  it("compares instants, not their spelling", () => {
    // "…T00:00:00Z" sorts after "…T00:00:00.000Z" as text; the period must still start at midnight.
    const [accrual] = counterAccruals([sample("2027-03-01T00:00:00.000Z", "likes", 5)], { metric: "likes", from: "2027-03-01T01:00:00+01:00", to: "2027-03-02T00:00:00Z" });
    expect(accrual).toMatchObject({ value: 5, end: "sample" });
    const [handMade] = counterAccruals([sample("2027-03-01T01:00:00+01:00", "likes", 5)], { metric: "likes", from: "2027-03-01T00:00:00Z", to: "2027-03-01T00:00:00.001Z" });
    expect(handMade).toMatchObject({ value: 5, endAt: "2027-03-01T00:00:00.000Z" });
  });

  it("gives 0 for every series in an empty period (from equal to to)", () => {
    for (const at of likes.map((s) => s.at)) {
      const [accrual] = counterAccruals(likes, { metric: "likes", from: at, to: at });
      expect(accrual).toMatchObject({ value: 0, end: "none-in-period" });
    }
  });

  it("gives a negative accrual when the total fell", () => {
    const withdrawn = [sample("2027-02-28T00:00:00.000Z", "likes", 12), sample("2027-03-05T00:00:00.000Z", "likes", 14), sample("2027-03-20T00:00:00.000Z", "likes", 9)];
    expect(counterAccruals(withdrawn, march)[0]?.value).toBe(-3);
  });

  it("lets the later of two samples at the same instant win, as stored", () => {
    const corrected = [sample("2027-02-28T00:00:00.000Z", "likes", 5), sample("2027-02-28T00:00:00.000Z", "likes", 8), sample("2027-03-05T00:00:00.000Z", "likes", 30), sample("2027-03-05T00:00:00.000Z", "likes", 20)];
    expect(counterAccruals(corrected, march)[0]).toMatchObject({ value: 12, baselineValue: 8, endValue: 20 });
    expect(counterAccruals([corrected[1]!, corrected[0]!, corrected[3]!, corrected[2]!], march)[0]).toMatchObject({ value: 25, baselineValue: 5, endValue: 30 });
  });

  it("keeps series apart and lists them by channel, the channel's own first, then by post", () => {
    const samples = [
      sample("2027-03-02T00:00:00.000Z", "impressions", 100, { postId: "post-2" }),
      sample("2027-03-02T00:00:00.000Z", "impressions", 7000, { channelId: "bluesky-main" }),
      sample("2027-03-02T00:00:00.000Z", "impressions", 300, { postId: "post-1" }),
      sample("2027-03-02T00:00:00.000Z", "impressions", 5000),
      sample("2027-02-20T00:00:00.000Z", "impressions", 4000),
      sample("2027-03-02T00:00:00.000Z", "likes", 99, { postId: "post-1" }),
    ];
    const request = { metric: "impressions", from: "2027-03-01T00:00:00Z", to: "2027-04-01T00:00:00Z" };
    expect(counterAccruals(samples, request).map((a) => [a.series.channelId, a.series.postId, a.value])).toEqual([
      ["bluesky-main", undefined, 7000],
      ["mastodon-main", undefined, 1000],
      ["mastodon-main", "post-1", 300],
      ["mastodon-main", "post-2", 100],
    ]);
    expect(counterAccruals(samples, { ...request, channelId: "mastodon-main", level: "post" }).map((a) => a.series.postId)).toEqual(["post-1", "post-2"]);
    expect(counterAccruals(samples, { ...request, level: "channel" }).map((a) => a.series.channelId)).toEqual(["bluesky-main", "mastodon-main"]);
    expect(counterAccruals(samples, { ...request, postId: "post-2" }).map((a) => a.value)).toEqual([100]);
    expect(counterAccruals(samples, { ...request, metric: "shares" })).toEqual([]);
  });

  it("reads an adapter's own counter with its declaration", () => {
    const replies = [sample("2027-02-01T00:00:00.000Z", "story-replies", 3), sample("2027-03-03T00:00:00.000Z", "story-replies", 11)];
    expect(counterAccruals(replies, { ...march, metric: "story-replies" }, { "story-replies": "counter" })[0]?.value).toBe(8);
    expect(() => counterAccruals(replies, { ...march, metric: "story-replies" })).toThrow(/"story-replies" has no declared kind/);
  });

  it("refuses a gauge or an observation, saying what to use instead", () => {
    expect(() => counterAccruals([], { ...march, metric: "followers" })).toThrow(
      'counterAccruals reads counters, but metric "followers" is a gauge, a level at an instant: read it with gaugeValueAt, gaugeReadingsAt or gaugeAt.',
    );
    expect(() => counterAccruals([], { ...march, metric: "first-response-hours" })).toThrow(
      'counterAccruals reads counters, but metric "first-response-hours" is an observation, one measurement per sample: summarise its samples as a distribution (a quantile, the share within a threshold).',
    );
    expect(() => counterAccruals([], { ...march, metric: "subscribers" }, { subscribers: "gauge" })).toThrow(/"subscribers" is a gauge/);
  });

  it("refuses a malformed period, naming the field", () => {
    expect(() => counterAccruals(likes, { ...march, from: "2027-03-01" })).toThrow(/counterAccruals: `from` must be an RFC 3339 instant with offset.*got "2027-03-01"/);
    expect(() => counterAccruals(likes, { ...march, to: "2027-04-01T00:00:00" })).toThrow(/`to` must be an RFC 3339 instant/);
    expect(() => counterAccruals(likes, { ...march, to: undefined as never })).toThrow(/`to` must be an RFC 3339 instant.*got undefined/);
    expect(() => counterAccruals(likes, { ...march, from: march.to, to: march.from })).toThrow(
      "counterAccruals: the period ends (`to` 2027-02-28T23:00:00.000Z) before it starts (`from` 2027-03-31T22:00:00.000Z).",
    );
  });

  it("refuses a selector that cannot be meant", () => {
    expect(() => counterAccruals(likes, { ...march, postId: "post-42", level: "channel" })).toThrow(/exclude each other/);
    expect(() => counterAccruals(likes, { ...march, channelId: "" })).toThrow(/`channelId` must be a non-empty string/);
    expect(() => counterAccruals(likes, { ...march, level: "posts" as never })).toThrow(/`level` must be "channel" or "post"/);
  });

  it("refuses samples it cannot read, naming which", () => {
    expect(() => counterAccruals([likes[0]!, { ...likes[1]!, value: Number.NaN }], march)).toThrow("counterAccruals: sample [1] has the value NaN; a metric value is a finite number.");
    expect(() => counterAccruals([{ ...likes[0]!, at: "2027-02-30T00:00:00.000Z" }], march)).toThrow(/sample \[0\] has `at` "2027-02-30T00:00:00.000Z"/);
    expect(() => counterAccruals([{ ...likes[0]!, at: "yesterday" }], march)).toThrow(/sample \[0\] has `at` "yesterday"/);
    expect(() => counterAccruals([null as never], march)).toThrow(/sample \[0\] is null/);
    expect(() => counterAccruals("likes" as never, march)).toThrow(/`samples` must be an array/);
  });

  it("refuses samples of two organisations, whose channel ids may be the same", () => {
    expect(() => counterAccruals([likes[0]!, { ...likes[1]!, organisationId: "beispielstadt" }], march)).toThrow(
      /more than one organisation \("musterstadt" and, at sample \[1\], "beispielstadt"\)/,
    );
  });
});
