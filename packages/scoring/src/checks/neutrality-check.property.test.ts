import type { PostContent, QuietPeriod } from "@kommune-sm/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryText } from "../test-support/arbitrary-text.js";
import { contextWith, strategy } from "./check-test-support.js";
import { GERMAN_PARTIES, neutralityCheck, neutralityCheckReadingEveryText } from "./neutrality-check.js";

// Pieces of posts around elections: keywords, party names (also in other
// cases and cut short), election words, and what the letters' reading
// treats specially (umlauts written out, marks, look-alikes, ligatures).
const PIECES = [
  "Bürgermeisterin Schäfer", "Buergermeisterin  SCHÄFER", "B ü r g e r", "Bürger-Meisterin", "Scha\u0308fer", "Sch\u0430fer", "Kandidat", "KANDİDAT", "\u212Aandidatin",
  "SPD", "spd", "SP", "CDU", "CSU", "AfD", "ÖDP", "OEDP", "Die Grünen", "Die Gruenen", "Bündnis 90/Die Grünen", "Bündnis 90", "Freie Wähler", "FREIE WÄHLER", "dieBasis", "Die PARTEI",
  "Junge Union", "Jusos", "Volt+", "SPD-Fraktion", "SPDler", "Die Linke", "Linkspartei", "Tierschutzpartei", "Grüne Jugend",
  "Wahl", "WAHL", "Kommunalwahl", "Briefwahl", "Auswahl", "Wahlpflichtfach", "Qual der ", "Bürgerentscheid", "BÜRGERBEGEHREN", "Vol\u212Asentscheid", "Fraktion", "ﬁnanz", "ﬀ",
  " ", "  ", "-", "/", ". ", "\n", "9", "90", "#", "@", "🎉", "👩🏽‍🚒", "🗳️", "ä", "ß", "𝗪", "\u200B",
];
const text = fc.oneof({ weight: 1, arbitrary: arbitraryText }, { weight: 3, arbitrary: fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }).map((pieces) => pieces.join("")) });
const someText = fc.option(text, { nil: undefined });
const post: fc.Arbitrary<PostContent> = fc
  .record({ text, title: someText, contentWarning: someText, hashtags: fc.array(text, { maxLength: 2 }), links: fc.array(text, { maxLength: 1 }), alt: someText, variantText: someText, variantWarning: someText })
  .map(({ alt, variantText, variantWarning, title, contentWarning, ...rest }) => ({
    ...rest,
    ...(title === undefined ? {} : { title }),
    ...(contentWarning === undefined ? {} : { contentWarning }),
    media: alt === undefined ? [] : [{ id: "m1", url: "https://musterstadt.example/a.jpg", kind: "image", altText: alt }],
    variants: [{ channelId: "masto", ...(variantText === undefined ? {} : { text: variantText }), ...(variantWarning === undefined ? {} : { contentWarning: variantWarning }) }, { channelId: "bsky" }],
  }) as unknown as PostContent);
const keywords = fc.array(fc.oneof(fc.constantFrom("Bürgermeisterin Schäfer", "Kandidat", "SPD", "Wahl", "W a h l", "Schäfer", "Σ", "—", "ﬁnanz", "Bürger Meister"), arbitraryText), { maxLength: 3 });
// No empty name: the party finder never ends on one (an empty name is found at the end of the text again and again).
// Names as neutralityCheck takes them: not blank, at most 200 characters (it refuses others).
const parties = fc.oneof(
  fc.constant(undefined),
  fc.array(fc.oneof(fc.constantFrom(...GERMAN_PARTIES, "Volt+", "Schä\u0308fer", "—", "Σ", " x "), arbitraryText.filter((name) => name.trim() !== "" && name.length <= 200)), { maxLength: 4 }),
);

const period = (words: string[], kind: QuietPeriod["kind"]): QuietPeriod => ({
  id: "wahl",
  kind,
  label: "Kommunalwahl",
  startDate: "2026-08-20",
  endDate: "2026-09-13",
  blocks: { scheduling: true, publishing: true },
  matches: { keywords: words },
});

describe("the neutrality check", () => {
  it("finds what reading every text for every keyword, party and election word finds", () => {
    fc.assert(
      fc.property(post, keywords, parties, fc.constantFrom("election-neutrality", "other") as fc.Arbitrary<QuietPeriod["kind"]>, (content, words, names, kind) => {
        const options = names === undefined ? {} : { parties: names };
        // Unchecked by the schema: a period from a store may hold any keywords, or none.
        const context = contextWith({ strategies: [{ ...strategy(), quietPeriods: [period(words, kind)] }], now: Date.parse("2026-08-25T08:00:00Z") });
        const input = { target: "post" as const, post: content };
        expect(neutralityCheck(options).run(input, context)).toEqual(neutralityCheckReadingEveryText(options).run(input, context));
      }),
      { numRuns: 3_000 },
    );
  }, 120_000);
});
