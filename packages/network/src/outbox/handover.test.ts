import { COUNTING_RULES, PostSchema, type Channel, type Post } from "@kommune-sm/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scriptedNetwork } from "../engine/engine-test-support.js";
import type { NetworkAdapter } from "../spec/index.js";
import { handoverRefusal, planDeliveries, type HandoverProblem } from "./handover.js";

const NOW = "2026-05-04T07:00:00.000Z";

/** A Mastodon-like network (its counting rule, content warnings shown), one without warnings, and one whose warnings do not count. */
const mastodonLike = scriptedNetwork({ id: "masto", contentWarnings: true }).adapter;
const noWarnings = scriptedNetwork({ id: "blue" }).adapter;
const separateWarning: NetworkAdapter = { ...scriptedNetwork({ id: "dorf", contentWarnings: true }).adapter, displayName: "Dorf-App", capabilities: { ...mastodonLike.capabilities, text: { ...COUNTING_RULES.mastodon, network: "dorf", contentWarningCounts: false } } };
const adapters = new Map<string, NetworkAdapter>([
  ["masto", mastodonLike],
  ["blue", noWarnings],
  ["dorf", separateWarning],
]);

const channel = (id: string, network: string): Channel => ({ id, organisationId: "musterstadt", network, handle: `@${id}@example.org`, options: {}, active: true });
const channels = new Map([channel("mastodon", "masto"), channel("bluesky", "blue"), channel("dorf", "dorf")].map((c) => [c.id, c]));

function post(content: { text: string; contentWarning?: string; variants: Post["variants"] }): Post {
  return PostSchema.parse({
    ...content,
    id: "p1",
    organisationId: "musterstadt",
    state: "approved",
    authorId: "jonas",
    createdAt: NOW,
    updatedAt: NOW,
    revision: 2,
    approval: { revision: 2, contentHash: "0".repeat(64), by: "leyla", at: NOW },
  });
}

const plan = (p: Post) => planDeliveries(p, { channels, adapterFor: (network) => adapters.get(network), now: NOW });
const keys = (problems: readonly HandoverProblem[]) => problems.map((p) => `${p.channelId}: ${p.problem}`);

describe("planDeliveries and content warnings", () => {
  it("hands the post's warning to a network that shows warnings, in the payload", () => {
    const { deliveries, problems } = plan(post({ text: "Die B 27 ist gesperrt.", contentWarning: "Unfall, Verletzte", variants: [{ channelId: "mastodon" }] }));
    expect(problems).toEqual([]);
    expect(deliveries[0]!.payload).toMatchObject({ text: "Die B 27 ist gesperrt.", contentWarning: "Unfall, Verletzte" });
  });

  it("takes a variant's warning over the post's, and an empty one as none", () => {
    const { deliveries, problems } = plan(
      post({
        text: "Die B 27 ist gesperrt.",
        contentWarning: "Unfall, Verletzte",
        variants: [
          { channelId: "mastodon", contentWarning: "Unfall" },
          { channelId: "bluesky", contentWarning: "" },
        ],
      }),
    );
    expect(problems).toEqual([]);
    expect(deliveries.find((d) => d.channelId === "mastodon")!.payload.contentWarning).toBe("Unfall");
    expect("contentWarning" in deliveries.find((d) => d.channelId === "bluesky")!.payload).toBe(false);
  });

  it("leaves a payload without a warning as it was", () => {
    const { deliveries } = plan(post({ text: "Sperrmüll am Samstag", variants: [{ channelId: "mastodon" }, { channelId: "bluesky" }] }));
    for (const delivery of deliveries) expect("contentWarning" in delivery.payload).toBe(false);
  });

  it("refuses a warning for a network that shows none, saying what to do, in German and English", () => {
    const p = post({ text: "Die B 27 ist gesperrt.", contentWarning: "Unfall, Verletzte", variants: [{ channelId: "mastodon" }, { channelId: "bluesky" }] });
    const { deliveries, problems } = plan(p);
    expect(deliveries).toEqual([]);
    expect(keys(problems)).toEqual(["bluesky: content-warning-unsupported"]);
    expect(problems[0]!.message).toBe('Testnetz shows no content warnings, and the post has one for "bluesky"; give the channel a variant with an empty content warning, or remove the warning.');
    expect(handoverRefusal(problems, "de").message).toContain("Testnetz zeigt keine Inhaltswarnungen an, der Beitrag hat aber eine für „bluesky“; bitte dem Kanal eine Variante mit leerer Inhaltswarnung geben oder die Warnung entfernen.");
  });

  describe("counting the warning toward the limit as Mastodon does", () => {
    const warning = "Unfall"; // 6 characters

    it("fits at the limit: warning and text together 500", () => {
      expect(plan(post({ text: "x".repeat(494), contentWarning: warning, variants: [{ channelId: "mastodon" }] })).problems).toEqual([]);
    });

    it("does not fit one past it, and says that warning and text together are too long", () => {
      const { problems } = plan(post({ text: "x".repeat(495), contentWarning: warning, variants: [{ channelId: "mastodon" }] }));
      expect(keys(problems)).toEqual(["mastodon: text-too-long-with-warning"]);
      expect(problems[0]!.values).toMatchObject({ over: 1, max: 500, unit: "graphemes" });
      expect(problems[0]!.message).toBe('Content warning and text for "mastodon" are together 1 characters over Testnetz\'s limit of 500.');
      expect(handoverRefusal(problems, "de").message).toContain("Inhaltswarnung und Text für „mastodon“ sind zusammen 1 Zeichen länger als die 500, die Testnetz erlaubt.");
    });

    it("counts a URL in the text as 23 and one in the warning as written", () => {
      const url = "https://www.musterstadt.example/verkehr/meldungen/unfall-b27";
      // The warning counts the URL as written (60), the text as 23: 60 + (n + a space + 23) = 500.
      const n = 500 - url.length - 1 - 23;
      expect(plan(post({ text: `${"x".repeat(n)} ${url}`, contentWarning: url, variants: [{ channelId: "mastodon" }] })).problems).toEqual([]);
      expect(keys(plan(post({ text: `${"x".repeat(n + 1)} ${url}`, contentWarning: url, variants: [{ channelId: "mastodon" }] })).problems)).toEqual(["mastodon: text-too-long-with-warning"]);
    });

    it("counts the warning as written and the text's mention as the username only", () => {
      const mention = "@rathaus@social.musterstadt.example";
      // Warning 35 as written; text 456 + " " + "@rathaus" (8) = 465; 35 + 465 = 500.
      expect(plan(post({ text: `${"x".repeat(456)} ${mention}`, contentWarning: mention, variants: [{ channelId: "mastodon" }] })).problems).toEqual([]);
      expect(keys(plan(post({ text: `${"x".repeat(457)} ${mention}`, contentWarning: mention, variants: [{ channelId: "mastodon" }] })).problems)).toEqual(["mastodon: text-too-long-with-warning"]);
    });

    it("does not count the warning where the network's rule says it does not", () => {
      expect(plan(post({ text: "x".repeat(500), contentWarning: warning, variants: [{ channelId: "dorf" }] })).problems).toEqual([]);
    });

    it("keeps the old problem for a text too long without a warning", () => {
      expect(keys(plan(post({ text: "x".repeat(501), variants: [{ channelId: "mastodon" }] })).problems)).toEqual(["mastodon: text-too-long"]);
    });

    it("for any warning and text, refuses exactly what Mastodon's validator would (property)", () => {
      // Mastodon: grapheme clusters of spoiler_text + countable_text(text); the text here has no URLs or mentions.
      const segmenter = new Intl.Segmenter("de", { granularity: "grapheme" });
      const graphemes = (s: string) => [...segmenter.segment(s)].length;
      const piece = fc.constantFrom("a", "ä", "e\u0301", "🚒", "👩‍🚒", "🇩🇪", " ", "ß", "\u0301");
      const text = (min: number, max: number) => fc.array(piece, { minLength: min, maxLength: max }).map((parts) => parts.join(""));
      fc.assert(
        // About one piece in nine is a lone combining mark that joins the grapheme before it: bodies of about 450 to 530 graphemes.
        fc.property(text(1, 40), text(510, 600).filter((t) => t.trim().length > 0), (cw, body) => {
          const tooLong = graphemes(cw + body) > 500;
          const { problems } = plan(post({ text: body, contentWarning: cw, variants: [{ channelId: "mastodon" }] }));
          expect(keys(problems)).toEqual(tooLong ? ["mastodon: text-too-long-with-warning"] : []);
          if (tooLong) expect(problems[0]!.values["over"]).toBe(graphemes(cw + body) - 500);
        }),
        { numRuns: 200 },
      );
    });
  });
});
