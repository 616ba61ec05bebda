import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { forecastAudience, forecastFollowUp, metricsAt, topicOf, type PostFeatures } from "./audience-model.js";
import { CITIZEN_COMMENTS, CITIZENS } from "./citizen-comments.js";

const berlin = { timeZone: "Europe/Berlin", followers: 2_400 };
const post: PostFeatures = {
  channelId: "sandbox-main",
  text: "Die Lindenstraße ist ab Montag wegen Bauarbeiten gesperrt. Wann sie wieder frei ist, lesen Sie hier: https://www.musterstadt.example/baustellen #Musterstadt",
  publishedAtMs: Date.parse("2027-01-12T17:30:00Z"), // 18:30 in Berlin
  mediaKinds: ["image"],
  hashtags: ["Musterstadt"],
  links: 1,
  pillar: "service",
};
const hour = 3_600_000;
const bank = new Set(Object.values(CITIZEN_COMMENTS).flatMap((tones) => Object.values(tones).flat()));

describe("forecastAudience", () => {
  it("gives exactly the same numbers and comments for the same seed and post", () => {
    const one = forecastAudience(post, { seed: "musterstadt", ...berlin });
    const two = forecastAudience({ ...post, hashtags: [...post.hashtags] }, { seed: "musterstadt", ...berlin });
    expect(two).toEqual(one);
    expect(one.comments.length).toBeGreaterThan(0);
  });

  it("differs between seeds", () => {
    const forecasts = [1, 2, 3, 4, 5].map((seed) => forecastAudience(post, { seed, ...berlin }));
    expect(new Set(forecasts.map((f) => JSON.stringify(f.final))).size).toBe(5);
    expect(new Set(forecasts.map((f) => f.comments.map((c) => c.text).join("|"))).size).toBeGreaterThan(1);
  });

  it("reacts to the features of the post", () => {
    const reach = (features: Partial<PostFeatures>) => {
      // Averaged over seeds, so that chance does not decide the comparison.
      let total = 0;
      for (let seed = 0; seed < 200; seed++) total += forecastAudience({ ...post, ...features }, { seed, ...berlin }).final.reach;
      return total / 200;
    };
    const evening = reach({});
    expect(reach({ publishedAtMs: Date.parse("2027-01-12T02:00:00Z") })).toBeLessThan(evening * 0.3); // 3:00 at night
    expect(reach({ mediaKinds: [] })).toBeLessThan(evening);
    expect(reach({ mediaKinds: ["video"] })).toBeGreaterThan(evening);
    expect(reach({ text: "Kurz.", links: 0, hashtags: [] })).toBeLessThan(reach({ text: post.text.replace(/ #Musterstadt$/, ""), hashtags: [] }));
    expect(reach({ hashtags: ["a", "b", "c", "d", "e", "f", "g"] })).toBeLessThan(evening);
    expect(reach({ text: "Unwetterwarnung: Bitte bleiben Sie zu Hause. #Musterstadt" })).toBeGreaterThan(reach({ text: "Der Wochenmarkt hat neue Stände. Schauen Sie vorbei! #Musterstadt" }));
    const pillars = new Set(["service", "leben", "rathaus"].map((pillar) => forecastAudience({ ...post, pillar }, { seed: 1, ...berlin }).factors.pillar));
    expect(pillars.size).toBe(3);
  });

  it("judges the time of day in the organisation's time zone", () => {
    const at = Date.parse("2027-01-12T18:30:00Z");
    expect(forecastAudience({ ...post, publishedAtMs: at }, { seed: 1, ...berlin }).factors.timeOfDay).toBe(1.3); // 19:30 Berlin
    expect(forecastAudience({ ...post, publishedAtMs: at }, { seed: 1, ...berlin, timeZone: "America/New_York" }).factors.timeOfDay).toBe(1.05); // 13:30 New York
    // Summer time: 06:30 UTC is 08:30 in Berlin.
    expect(forecastAudience({ ...post, publishedAtMs: Date.parse("2027-07-13T06:30:00Z") }, { seed: 1, ...berlin }).factors.timeOfDay).toBe(1.1);
  });

  it("writes German comments from the bank, with the street the post names", () => {
    const texts = new Set<string>();
    for (let seed = 0; seed < 100; seed++) for (const comment of forecastAudience(post, { seed, ...berlin }).comments) texts.add(comment.text);
    expect(texts).toContain("Wann wird die Lindenstraße wieder freigegeben?");
    expect(texts).toContain("Danke für die Info!");
    for (const text of texts) expect(bank.has(text) || bank.has(text.replaceAll("Lindenstraße", "{street}"))).toBe(true);
    expect([...texts].some((text) => text.includes("{street}"))).toBe(false);
    const noStreet = forecastAudience({ ...post, text: "Sperrung am Bahnhof ab Montag." }, { seed: 9, followers: 50_000, timeZone: "Europe/Berlin" });
    expect(noStreet.comments.length).toBeGreaterThan(0);
    expect(noStreet.comments.every((c) => !c.text.includes("{street}") && !c.text.includes("  "))).toBe(true);
    const handles = new Set(CITIZENS.map((c) => c.handle));
    expect(noStreet.comments.every((c) => handles.has(c.author.handle))).toBe(true);
  });

  it("mixes polite comments with some impolite or urgent ones", () => {
    const tones = new Map<string, number>();
    for (let seed = 0; seed < 300; seed++) for (const { tone } of forecastAudience(post, { seed, ...berlin }).comments) tones.set(tone, (tones.get(tone) ?? 0) + 1);
    const total = [...tones.values()].reduce((a, b) => a + b, 0);
    expect((tones.get("polite") ?? 0) / total).toBeGreaterThan(0.25);
    expect((tones.get("impolite") ?? 0) / total).toBeGreaterThan(0.03);
    expect((tones.get("urgent") ?? 0) / total).toBeGreaterThan(0.03);
  });
});

describe("topicOf", () => {
  it("recognises what a post is about", () => {
    expect(topicOf("Hochwasserwarnung für die Altstadt")).toBe("crisis");
    expect(topicOf("Die Brücke ist gesperrt")).toBe("traffic");
    expect(topicOf("Sperrmüll am Samstag")).toBe("waste");
    expect(topicOf("Stadtfest mit Konzert")).toBe("event");
    expect(topicOf("Neue Öffnungszeiten im Bürgerbüro")).toBe("service");
    expect(topicOf("Guten Morgen!")).toBe("general");
  });
});

describe("metricsAt", () => {
  const forecast = forecastAudience(post, { seed: 5, ...berlin });

  it("starts at zero, never goes down, and approaches the final numbers", () => {
    fc.assert(
      fc.property(fc.integer({ min: -hour, max: 30 * 24 * hour }), fc.integer({ min: 0, max: 30 * 24 * hour }), (start, step) => {
        const earlier = metricsAt(forecast, start);
        const later = metricsAt(forecast, start + step);
        for (const metric of Object.keys(earlier) as (keyof typeof earlier)[]) {
          expect(later[metric]).toBeGreaterThanOrEqual(earlier[metric]);
          expect(later[metric]).toBeLessThanOrEqual(forecast.final[metric]);
        }
      }),
    );
    expect(Object.values(metricsAt(forecast, 0))).toEqual([0, 0, 0, 0, 0, 0]);
    expect(metricsAt(forecast, 30 * 24 * hour)).toEqual(forecast.final);
  });

  it("counts the comments that have arrived", () => {
    const offsets = forecast.comments.map((c) => c.offsetMs);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    for (const offset of offsets) expect(metricsAt(forecast, offset).comments).toBeGreaterThanOrEqual(offsets.filter((o) => o <= offset).length);
  });
});

describe("forecastFollowUp", () => {
  it("is deterministic, and some citizens answer the team", () => {
    const answers = Array.from({ length: 100 }, (_, index) => forecastFollowUp("s", { remoteId: `r-${index}`, text: "Danke für Ihre Frage!" }));
    expect(answers).toEqual(Array.from({ length: 100 }, (_, index) => forecastFollowUp("s", { remoteId: `r-${index}`, text: "Danke für Ihre Frage!" })));
    const count = answers.filter(Boolean).length;
    expect(count).toBeGreaterThan(40);
    expect(count).toBeLessThan(80);
  });
});
