import { describe, expect, it } from "vitest";
import { KommuneError } from "../errors/kommune-error.js";
import type { CountingRule } from "./counting-rule.js";
import { COUNTING_RULES } from "./counting-rules.js";
import { measureText } from "./measure-text.js";

const family = "👩‍👩‍👧‍👦";
const longUrl = "https://www.musterstadt.de/rathaus/buergerservice/abfall/sperrmuell/termine-2025?bezirk=nord";

describe("measureText", () => {
  it("reports the text's lengths in every unit", () => {
    const m = measureText(`Grüße ${family}`, COUNTING_RULES.mastodon);
    expect(m).toMatchObject({ graphemes: 7, codePoints: 13, utf16: 17, utf8Bytes: 33, unit: "graphemes" });
  });

  describe("Mastodon", () => {
    const mastodon = COUNTING_RULES.mastodon;

    it("counts every URL as 23 characters, however long", () => {
      const m = measureText(`Sperrmüll-Termine: ${longUrl}`, mastodon);
      expect(longUrl.length).toBeGreaterThan(80);
      expect(m.weighted).toBe(19 + 23);
      expect(m.graphemes).toBe(19 + longUrl.length);
      expect(m.limits).toEqual([{ unit: "graphemes", max: 500, used: 42, remaining: 458, exceeded: false }]);
    });

    it("counts a remote mention as the username only", () => {
      expect(measureText("Danke @feuerwehr@social.musterstadt.de", mastodon).weighted).toBe("Danke @feuerwehr".length);
    });

    it("counts emoji as the characters a reader sees", () => {
      expect(measureText(`${family}🇩🇪1️⃣`, mastodon).weighted).toBe(3);
    });

    it("fits at exactly 500 and not at 501, URL weighting included", () => {
      const text = (fill: number) => `${"ä".repeat(fill)} ${longUrl}`;
      const atLimit = measureText(text(500 - 24), mastodon);
      expect(atLimit.weighted).toBe(500);
      expect(atLimit.fits).toBe(true);
      expect(atLimit.limits[0]).toMatchObject({ remaining: 0, exceeded: false });

      const over = measureText(text(500 - 23), mastodon);
      expect(over.fits).toBe(false);
      expect(over.limits[0]).toMatchObject({ used: 501, remaining: -1, exceeded: true });
    });
  });

  describe("Bluesky", () => {
    const bluesky = COUNTING_RULES.bluesky;

    it("checks 300 graphemes and 3000 UTF-8 bytes, both", () => {
      const m = measureText("ä".repeat(300), bluesky);
      expect(m.limits).toEqual([
        { unit: "graphemes", max: 300, used: 300, remaining: 0, exceeded: false },
        { unit: "utf8-bytes", max: 3000, used: 600, remaining: 2400, exceeded: false },
      ]);
      expect(m.fits).toBe(true);
    });

    it("rejects a text within 300 graphemes that is over 3000 bytes", () => {
      const m = measureText(family.repeat(150), bluesky); // 150 graphemes, 3750 bytes
      expect(m.graphemes).toBe(150);
      expect(m.limits[0]!.exceeded).toBe(false);
      expect(m.limits[1]).toMatchObject({ used: 3750, exceeded: true });
      expect(m.fits).toBe(false);
    });

    it("rejects 301 graphemes although they are few bytes", () => {
      const m = measureText("a".repeat(301), bluesky);
      expect(m.limits.map((limit) => limit.exceeded)).toEqual([true, false]);
      expect(m.fits).toBe(false);
    });

    it("counts URLs as written", () => {
      expect(measureText(longUrl, bluesky).weighted).toBe(longUrl.length);
    });
  });

  describe("Threads", () => {
    const threads = COUNTING_RULES.threads;

    it("counts an emoji as its UTF-8 bytes and other characters as one", () => {
      expect(measureText("👍", threads).weighted).toBe(4);
      expect(measureText(family, threads).weighted).toBe(25);
      expect(measureText("🇩🇪", threads).weighted).toBe(8);
      expect(measureText("1️⃣", threads).weighted).toBe(7);
      expect(measureText("Grüße", threads).weighted).toBe(5);
    });

    it("fits 496 letters and an emoji, but not 497", () => {
      expect(measureText(`${"a".repeat(496)}👍`, threads).fits).toBe(true);
      expect(measureText(`${"a".repeat(497)}👍`, threads).fits).toBe(false);
    });
  });

  it("counts UTF-16 units where the network's unit is not documented (Instagram)", () => {
    expect(measureText("👍".repeat(1100), COUNTING_RULES.instagram).fits).toBe(true);
    expect(measureText(`${"👍".repeat(1100)}a`, COUNTING_RULES.instagram).limits[0]).toMatchObject({ used: 2201, exceeded: true });
  });

  it("measures with a rule an integrator defines", () => {
    const dorfApp: CountingRule = {
      network: "dorf-app",
      unit: "code-points",
      limits: [
        { unit: "code-points", max: 10 },
        { unit: "utf16", max: 12 },
      ],
      urlLength: 5,
    };
    const m = measureText("👍 https://dorf.app/x", dorfApp);
    expect(m.weighted).toBe(7); // 👍, space, 5 for the URL
    expect(m.limits.map((limit) => limit.used)).toEqual([7, 8]);
    expect(m.fits).toBe(true);
  });

  it("throws CORE_INVALID_ARGUMENT for a rule with an unknown unit", () => {
    const broken = { network: "x", unit: "characters", limits: [{ unit: "characters", max: 5 }] } as unknown as CountingRule;
    expect(() => measureText("abc", broken)).toThrow(expect.objectContaining({ code: "CORE_INVALID_ARGUMENT" }));
    try {
      measureText("abc", broken);
    } catch (error) {
      expect(KommuneError.isInstance(error, "CORE_INVALID_ARGUMENT")).toBe(true);
    }
  });
});
