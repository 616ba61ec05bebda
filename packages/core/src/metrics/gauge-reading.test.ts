import { describe, expect, it } from "vitest";
import { gaugeReadingsAt, gaugeValueAt } from "./gauge-reading.js";
import { sample } from "./metric-test-support.js";

const followers = [
  sample("2027-03-30T18:00:00.000Z", "followers", 2398),
  sample("2027-03-31T18:00:00.000Z", "followers", 2412),
  sample("2027-04-01T18:00:00.000Z", "followers", 2405),
  sample("2027-03-31T12:00:00.000Z", "followers", 880, { channelId: "bluesky-main" }),
  sample("2027-04-02T12:00:00.000Z", "followers", 1, { channelId: "instagram-main" }),
];
const endOfMarch = "2027-04-01T00:00:00+02:00";

describe("gaugeValueAt", () => {
  it("reads the last sample at or before the instant, with its age", () => {
    expect(gaugeValueAt(followers, { metric: "followers", channelId: "mastodon-main", at: endOfMarch })).toEqual({
      series: { channelId: "mastodon-main", metric: "followers" },
      value: 2412,
      at: "2027-03-31T18:00:00.000Z",
    });
  });

  it("counts a sample taken exactly at the instant", () => {
    expect(gaugeValueAt(followers, { metric: "followers", channelId: "mastodon-main", at: "2027-03-31T20:00:00+02:00" })?.value).toBe(2412);
    expect(gaugeValueAt(followers, { metric: "followers", channelId: "mastodon-main", at: "2027-03-31T17:59:59.999Z" })?.value).toBe(2398);
  });

  it("is undefined before the first sample, or for a series without samples", () => {
    expect(gaugeValueAt(followers, { metric: "followers", channelId: "instagram-main", at: endOfMarch })).toBeUndefined();
    expect(gaugeValueAt(followers, { metric: "followers", channelId: "threads-main", at: endOfMarch })).toBeUndefined();
    expect(gaugeValueAt([], { metric: "followers", channelId: "mastodon-main", at: endOfMarch })).toBeUndefined();
  });

  it("reads the channel's own series without postId, a post's with it", () => {
    const mixed = [...followers, sample("2027-03-31T19:00:00.000Z", "followers", 5, { postId: "post-1" })];
    expect(gaugeValueAt(mixed, { metric: "followers", channelId: "mastodon-main", at: endOfMarch })?.value).toBe(2412);
    expect(gaugeValueAt(mixed, { metric: "followers", channelId: "mastodon-main", postId: "post-1", at: endOfMarch })).toEqual({
      series: { channelId: "mastodon-main", postId: "post-1", metric: "followers" },
      value: 5,
      at: "2027-03-31T19:00:00.000Z",
    });
  });

  it("lets the later of two samples at the same instant win, as stored", () => {
    const corrected = [sample("2027-03-31T18:00:00.000Z", "followers", 2412), sample("2027-03-31T18:00:00.000Z", "followers", 2413)];
    expect(gaugeValueAt(corrected, { metric: "followers", channelId: "mastodon-main", at: endOfMarch })?.value).toBe(2413);
    expect(gaugeValueAt([...corrected].reverse(), { metric: "followers", channelId: "mastodon-main", at: endOfMarch })?.value).toBe(2412);
  });

  it("reads an adapter's own gauge with its declaration", () => {
    const subscribers = [sample("2027-03-01T00:00:00.000Z", "newsletter-subscribers", 310)];
    expect(gaugeValueAt(subscribers, { metric: "newsletter-subscribers", channelId: "mastodon-main", at: endOfMarch }, { "newsletter-subscribers": "gauge" })?.value).toBe(310);
    expect(() => gaugeValueAt(subscribers, { metric: "newsletter-subscribers", channelId: "mastodon-main", at: endOfMarch })).toThrow(/has no declared kind/);
  });

  it("refuses a counter or an observation, saying what to use instead", () => {
    expect(() => gaugeValueAt(followers, { metric: "likes", channelId: "mastodon-main", at: endOfMarch })).toThrow(
      'gaugeValueAt reads gauges, but metric "likes" is a counter, a running total: ask what accrued within a period with counterAccruals, totalAccrual or accruedWithin.',
    );
    expect(() => gaugeValueAt(followers, { metric: "first-response-hours", channelId: "mastodon-main", at: endOfMarch })).toThrow(/is an observation/);
    expect(() => gaugeValueAt(followers, { metric: "story-replies", channelId: "mastodon-main", at: endOfMarch }, { "story-replies": "counter" })).toThrow(
      /"story-replies" is a counter/,
    );
  });

  it("refuses a request without a channel or with a malformed instant", () => {
    expect(() => gaugeValueAt(followers, { metric: "followers", at: endOfMarch } as never)).toThrow("gaugeValueAt: `channelId` must name the channel of the series, got undefined.");
    expect(() => gaugeValueAt(followers, { metric: "followers", channelId: "mastodon-main", at: "31.03.2027" })).toThrow(/gaugeValueAt: `at` must be an RFC 3339 instant.*"31.03.2027"/);
  });
});

describe("gaugeReadingsAt", () => {
  it("reads every selected series that has a sample by then, ordered by channel", () => {
    expect(gaugeReadingsAt(followers, { metric: "followers", at: endOfMarch })).toEqual([
      { series: { channelId: "bluesky-main", metric: "followers" }, value: 880, at: "2027-03-31T12:00:00.000Z" },
      { series: { channelId: "mastodon-main", metric: "followers" }, value: 2412, at: "2027-03-31T18:00:00.000Z" },
    ]);
    expect(gaugeReadingsAt(followers, { metric: "followers", at: "2027-04-03T00:00:00Z" }).map((r) => [r.series.channelId, r.value])).toEqual([
      ["bluesky-main", 880],
      ["instagram-main", 1],
      ["mastodon-main", 2405],
    ]);
    expect(gaugeReadingsAt(followers, { metric: "followers", channelId: "bluesky-main", at: endOfMarch }).map((r) => r.value)).toEqual([880]);
    expect(gaugeReadingsAt(followers, { metric: "followers", at: "2027-01-01T00:00:00Z" })).toEqual([]);
  });

  it("refuses samples of two organisations", () => {
    expect(() => gaugeReadingsAt([followers[0]!, { ...followers[1]!, organisationId: "beispielstadt" }], { metric: "followers", at: endOfMarch })).toThrow(
      /gaugeReadingsAt: the samples belong to more than one organisation/,
    );
  });
});
