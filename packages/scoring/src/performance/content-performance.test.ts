import { createKommune, TestClock } from "@kommune-sm/core";
import { fixtureOrganisation } from "@kommune-sm/core/testkit";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collectOutcomes } from "./collect-outcomes.js";
import { contentPerformance, postFormat, type PostOutcome } from "./content-performance.js";

const outcome = (key: Partial<PostOutcome>, engagements: number, followers = 1000): PostOutcome => ({
  postId: `p${Math.random()}`,
  channelId: "masto",
  publishedAt: Date.parse("2026-03-02T09:00:00Z"),
  format: "text",
  engagements,
  followers,
  ...key,
});

describe("contentPerformance", () => {
  it("gives each group its mean rate and a Student-t interval, ranked by the interval's lower end", () => {
    const outcomes = [
      ...[30, 40, 50].map((e) => outcome({ pillarId: "freizeit" }, e)), // rates .03 .04 .05
      ...[10, 90, 20].map((e) => outcome({ pillarId: "rathaus" }, e)), // rates .01 .09 .02: higher mean, scattered
      outcome({ pillarId: "bau" }, 200), // one post
    ];
    const [first, second, third] = contentPerformance(outcomes, { by: "pillar", timeZone: "Europe/Berlin" });
    // mean .04, sd .01, t(2, 90 %) = 2.92: ± 2.92 · .01/√3 = ± .01686
    expect(first).toMatchObject({ key: "freizeit", posts: 3, certainty: "narrow" });
    expect(first!.mean).toBeCloseTo(0.04, 10);
    expect(first!.interval!.low).toBeCloseTo(0.04 - 0.016858, 5);
    expect(first!.interval!.high).toBeCloseTo(0.04 + 0.016858, 5);
    expect(second).toMatchObject({ key: "rathaus", certainty: "wide" });
    expect(second!.interval!.low).toBe(0); // cut at zero
    expect(third).toMatchObject({ key: "bau", posts: 1, certainty: "few-posts" });
    expect(third!.interval).toBeUndefined();
  });

  it("normalises by reach when asked, and leaves out posts without it", () => {
    const groups = contentPerformance([outcome({ format: "video", reach: 100 }, 10), outcome({ format: "video" }, 10)], { by: "format", normaliseBy: "reach", timeZone: "Europe/Berlin", minPosts: 2 });
    expect(groups).toEqual([{ key: "video", posts: 1, mean: 0.1, certainty: "few-posts" }]);
  });

  it("takes weekdays and hours in the organisation's time zone, across the change to summer time", () => {
    // Sunday 29 March 2026, 01:30 UTC is 03:30 summer time in Berlin; Saturday 23:30 UTC is Sunday 00:30 in Berlin.
    const at = (iso: string) => outcome({ publishedAt: Date.parse(iso) }, 10);
    const hours = contentPerformance([at("2026-03-29T01:30:00Z"), at("2026-03-28T23:30:00Z")], { by: "hour", timeZone: "Europe/Berlin" }).map((g) => g.key).sort();
    expect(hours).toEqual(["0", "3"]);
    const days = contentPerformance([at("2026-03-28T23:30:00Z")], { by: "weekday", timeZone: "Europe/Berlin" }).map((g) => g.key);
    expect(days).toEqual(["7"]);
  });

  it("keeps its promises for any outcomes: each mean within its interval, ranking by lower end, few-post groups last", () => {
    const arbitraryOutcome = fc.record({
      pillarId: fc.constantFrom("a", "b", "c", "d"),
      engagements: fc.integer({ min: 0, max: 10_000 }),
      followers: fc.integer({ min: 1, max: 100_000 }),
    });
    fc.assert(
      fc.property(fc.array(arbitraryOutcome, { maxLength: 40 }), (list) => {
        const groups = contentPerformance(list.map((o) => outcome({ pillarId: o.pillarId }, o.engagements, o.followers)), { by: "pillar", timeZone: "Europe/Berlin" });
        expect(groups.reduce((n, g) => n + g.posts, 0)).toBe(list.length);
        let seenFew = false;
        let lastLow = Number.POSITIVE_INFINITY;
        for (const group of groups) {
          if (group.interval) {
            expect(seenFew).toBe(false);
            expect(group.interval.low).toBeLessThanOrEqual(group.mean + 1e-12);
            expect(group.interval.high).toBeGreaterThanOrEqual(group.mean - 1e-12);
            expect(group.interval.low).toBeLessThanOrEqual(lastLow);
            lastLow = group.interval.low;
          } else seenFew = true;
        }
      }),
    );
  });

  it("refuses options it cannot honour", () => {
    expect(() => contentPerformance([], { by: "pillar", timeZone: "Europe/Berlin", confidence: 0.8 as 0.9 })).toThrow(/confidence must be 0.9 or 0.95/);
  });
});

describe("postFormat", () => {
  it("calls a post by what readers see first", () => {
    const image = { kind: "image" as const };
    expect(postFormat({ media: [{ kind: "video" }, image], links: [], text: "" })).toBe("video");
    expect(postFormat({ media: [image, image], links: [], text: "" })).toBe("gallery");
    expect(postFormat({ media: [image], links: [], text: "" })).toBe("image");
    expect(postFormat({ media: [], links: [], text: "Infos: https://musterstadt.de" })).toBe("link");
    expect(postFormat({ media: [], links: [], text: "Sperrmüll" })).toBe("text");
  });
});

describe("collectOutcomes", () => {
  it("reads counters as totals, adds up parts where no engagement figure exists, and takes followers when the post went out", async () => {
    const ksm = await createKommune({ organisation: fixtureOrganisation("musterstadt"), clock: new TestClock("2026-03-10T08:00:00Z") });
    const base = { organisationId: "musterstadt", authorId: "anna", contributorIds: [], createdAt: "2026-03-01T08:00:00Z", updatedAt: "2026-03-01T08:00:00Z", revision: 3, language: "de", media: [], links: [], hashtags: [], variants: [{ channelId: "masto" }] };
    await ksm.store.posts.insert({ ...base, id: "p1", text: "Fest", state: "published", publishedAt: "2026-03-02T09:00:00Z", pillarId: "freizeit" });
    await ksm.store.posts.insert({ ...base, id: "p2", text: "Alt", state: "published", publishedAt: "2026-01-02T09:00:00Z" });
    const sample = (metric: string, value: number, at: string, postId?: string) => ({ organisationId: "musterstadt", channelId: "masto", metric, value, at, ...(postId ? { postId } : {}) });
    await ksm.store.metrics.append([
      sample("followers", 800, "2026-03-01T00:00:00Z"),
      sample("followers", 900, "2026-03-05T00:00:00Z"),
      sample("likes", 10, "2026-03-02T12:00:00Z", "p1"),
      sample("likes", 25, "2026-03-03T12:00:00Z", "p1"),
      sample("shares", 5, "2026-03-03T12:00:00Z", "p1"),
      sample("impressions", 1200, "2026-03-03T12:00:00Z", "p1"),
    ]);
    const outcomes = await collectOutcomes(ksm.store, { from: "2026-03-01T00:00:00Z", to: "2026-04-01T00:00:00Z" });
    expect(outcomes).toEqual([{ postId: "p1", channelId: "masto", publishedAt: Date.parse("2026-03-02T09:00:00Z"), pillarId: "freizeit", format: "text", engagements: 30, reach: 1200, followers: 800 }]);
    await ksm.dispose();
  });
});
