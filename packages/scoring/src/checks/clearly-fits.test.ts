import { COUNTING_RULES, measurePostText, type CountingRule } from "@kommune-sm/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wellFormedText } from "../test-support/arbitrary-text.js";
import { clearlyFits } from "./clearly-fits.js";

const UNITS = ["graphemes", "code-points", "utf16", "utf8-bytes"] as const;
const unit = fc.constantFrom(...UNITS);
/** The networks' own rules, and any rule core accepts. */
const rule: fc.Arbitrary<CountingRule> = fc.oneof(
  fc.constantFrom(...Object.values(COUNTING_RULES)),
  fc.record(
    {
      network: fc.constant("dorf-app"),
      unit,
      limits: fc.array(fc.record({ unit, max: fc.integer({ min: 0, max: 600 }) }), { minLength: 1, maxLength: 3 }),
      urlLength: fc.integer({ min: 0, max: 40 }),
      mentionCountsUsernameOnly: fc.boolean(),
      emojiUnit: unit,
      contentWarningCounts: fc.boolean(),
    },
    { requiredKeys: ["network", "unit", "limits"] },
  ),
);
const LINKS = ["https://musterstadt.de/a", "HTTP://x.de", "http://a.b", "https://musterstadt.de/abfall.", "http://1.2.3.4:80/x", "@rathaus@social.musterstadt.de", "👩🏽‍🚒", "🇩🇪", "ä", "ß", "中", "𝗪", " "];
const text = fc.oneof(
  wellFormedText,
  fc.array(fc.oneof(fc.constantFrom(...LINKS), wellFormedText), { maxLength: 12 }).map((parts) => parts.join(" ")),
  // Characters of three UTF-8 bytes each, the most a code unit counts for.
  fc.array(fc.constantFrom("中", "€", "–", "„"), { maxLength: 200 }).map((parts) => parts.join("")),
);

describe("clearlyFits", () => {
  it("says a text clearly fits only where measuring it finds every limit below the share and none exceeded", () => {
    let settled = 0;
    fc.assert(
      fc.property(text, fc.option(wellFormedText, { nil: undefined }), rule, fc.constantFrom(0.5, 0.9, 1, 1.2), (body, warning, counting, near) => {
        if (!clearlyFits(body, warning ?? "", counting, near)) return;
        settled++;
        for (const limit of measurePostText(body, warning || undefined, counting).limits) {
          expect(limit.exceeded).toBe(false);
          expect(limit.used).toBeLessThan(Math.ceil(limit.max * near));
        }
      }),
      { numRuns: 10_000 },
    );
    expect(settled).toBeGreaterThan(1_000);
  }, 60_000);

  it("settles a municipal post for Mastodon and Bluesky, and leaves a long one, or an unknown unit, to measuring", () => {
    const post = "Am Samstag ist Sperrmüll in der Lindenstraße 🚛♻️ Alle Termine: https://www.musterstadt.de/abfall/sperrmuell";
    expect(clearlyFits(post, "", COUNTING_RULES.mastodon, 0.9)).toBe(true);
    expect(clearlyFits(post, "", COUNTING_RULES.bluesky, 0.9)).toBe(true);
    expect(clearlyFits(post.repeat(3), "", COUNTING_RULES.bluesky, 0.9)).toBe(false);
    expect(clearlyFits(post, "", { ...COUNTING_RULES.bluesky, unit: "weighted" as "utf16" }, 0.9)).toBe(false);
    expect(clearlyFits(post, "", { ...COUNTING_RULES.mastodon, urlLength: -1 }, 0.9)).toBe(false);
  });
});
