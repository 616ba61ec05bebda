import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FINDING_LIMITS, FindingSchema, PostContentSchema, type CheckSettings, type PostContentInput } from "../model/index.js";
import { countGraphemes, graphemeStarts } from "../text/graphemes.js";
import { graphemeRange } from "./finding-text.js";
import { fixtureOrganisation } from "../testkit/store-fixtures.js";
import { defineCheck, type CheckContext, type FindingInput, type PostCheckInput } from "./check.js";
import { runChecks, sealContext } from "./run-checks.js";
import { checkContext } from "./check-context.js";

const organisation = fixtureOrganisation("musterstadt");

function context(settings: Partial<CheckSettings> = {}): CheckContext {
  return { organisation, strategies: [], settings: { disabled: [], severities: {}, ...settings }, channels: [], now: Date.parse("2026-08-01T08:00:00Z"), locale: "de" };
}

function post(content: PostContentInput): PostCheckInput {
  return { target: "post", post: PostContentSchema.parse(content) };
}

const message = { de: "Gefunden", en: "Found" };

/** Reports every occurrence of `word` in the post's text. */
function wordCheck(word: string, options: { id?: string; severity?: FindingInput["severity"]; languages?: string[] } = {}) {
  return defineCheck({
    id: options.id ?? "test/word",
    target: "post",
    languages: options.languages ?? ["de"],
    title: { de: "Wortprüfung", en: "Word check" },
    run: ({ post: content }) => {
      const found: FindingInput[] = [];
      for (let at = content.text.indexOf(word); at >= 0; at = content.text.indexOf(word, at + 1)) {
        found.push({ code: "word", severity: options.severity ?? "error", message, location: { field: "text", start: at, end: at + word.length } });
      }
      return found;
    },
  });
}

/** A finding's id as the first implementation made it: 64 bits of FNV-1a over the place as one string. */
function referenceId(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    a = Math.imul(a ^ unit, 0x01000193);
    b = Math.imul(b ^ unit, 0x5bd1e995) ^ (b >>> 13);
  }
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}

describe("checkContext", () => {
  it("is frozen through and through, so runs may share it without copying it", () => {
    const made = checkContext({ organisation, strategies: [], channels: [], now: 0, locale: "de" });
    expect(Object.isFrozen(made)).toBe(true);
    expect(Object.isFrozen(made.organisation)).toBe(true);
    expect(Object.isFrozen(made.organisation.settings.fourEyes)).toBe(true);
    expect(Object.isFrozen(made.settings.disabled)).toBe(true);
    // The organisation it was made from is not frozen by it.
    expect(Object.isFrozen(organisation)).toBe(false);
  });
});

describe("runChecks", () => {
  it("stores what a check finds with its check id, the UTF-16 and the grapheme range", () => {
    const { findings, failures } = runChecks([wordCheck("Wahl")], post({ text: "👩‍👩‍👧 Zur Wahl gehen!" }), context());
    expect(failures).toEqual([]);
    expect(findings).toHaveLength(1);
    const [found] = findings;
    expect(FindingSchema.parse(found)).toEqual(found);
    expect(found).toMatchObject({ checkId: "test/word", code: "word", severity: "error", location: { field: "text", start: 13, end: 17, graphemeStart: 6, graphemeEnd: 10 } });
  });

  it("keeps a finding's id when text before it changes, and gives a new one when its own text changes", () => {
    const check = wordCheck("Wahl");
    const id = (text: string) => runChecks([check], post({ text }), context()).findings[0]!.id;
    expect(id("Zur Wahl")).toBe(id("Morgen: Zur Wahl"));
    const repeated = runChecks([check], post({ text: "Wahl und Wahl" }), context()).findings;
    expect(new Set(repeated.map((f) => f.id)).size).toBe(2);
    expect(id("Zur Wahl")).not.toBe(runChecks([wordCheck("Wah")], post({ text: "Zur Wahl" }), context()).findings[0]!.id);
  });

  it("gives each finding the id it always had: check, code, place, text found and occurrence, hashed", () => {
    // The ids of stored findings are what acceptances point at: they must never change between versions.
    // The reference is the first implementation (referenceId).
    const idOf = (checkId: string, code: string, field: string, channelId: string, index: string, excerpt: string, seen: number) =>
      referenceId(`${checkId}\u0000${code}\u0000${field}\u0000${channelId}\u0000${index}\u0000${excerpt}\u0000${seen}`);
    const findings = (found: FindingInput[]) => defineCheck({ id: "test/ids", target: "post", languages: ["de"], title: { de: "Ids", en: "Ids" }, run: () => found });
    const input = post({ text: "Wahl 👩🏽‍🚒 Wahl Wahl", hashtags: ["Wahl", "Kommunalwahl"], variants: [{ channelId: "masto", text: "Zur Wahl" }] });
    const { findings: stored } = runChecks(
      [
        findings([
          { code: "word", severity: "error", message, location: { field: "text", start: 0, end: 4 } },
          { code: "word", severity: "error", message, location: { field: "text", start: 13, end: 17 } },
          { code: "word", severity: "hint", message, location: { field: "text", start: 18, end: 22 } },
          { code: "emoji", severity: "hint", message, location: { field: "text", start: 5, end: 12 } },
          { code: "tag", severity: "hint", message, location: { field: "hashtag", index: 1, start: 0, end: 12 } },
          { code: "variant", severity: "hint", message, location: { field: "text", channelId: "masto", start: 4, end: 8 } },
          { code: "whole", severity: "warning", message, location: { field: "text" } },
          { code: "anywhere", severity: "warning", message },
          { code: "anywhere", severity: "warning", message },
        ]),
      ],
      input,
      context(),
    );
    expect(stored.map((finding) => finding.id)).toEqual([
      idOf("test/ids", "word", "text", "", "", "Wahl", 0),
      idOf("test/ids", "word", "text", "", "", "Wahl", 1),
      idOf("test/ids", "word", "text", "", "", "Wahl", 2),
      idOf("test/ids", "emoji", "text", "", "", "👩🏽‍🚒", 0),
      idOf("test/ids", "tag", "hashtag", "", "1", "Kommunalwahl", 0),
      idOf("test/ids", "variant", "text", "masto", "", "Wahl", 0),
      idOf("test/ids", "whole", "text", "", "", "", 0),
      idOf("test/ids", "anywhere", "", "", "", "", 0),
      idOf("test/ids", "anywhere", "", "", "", "", 1),
    ]);
    // And one pinned as a constant, should referenceId ever be changed along with the runner.
    expect(stored[0]!.id).toBe("f60c8ec17fdba81a");
  });

  it("gives the ids of the first implementation for any text, place and number of occurrences", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.record({ inHashtag: fc.constant(false), text: fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 }) }),
          // A hashtag is a word: letters and digits.
          fc.record({ inHashtag: fc.constant(true), text: fc.string({ unit: fc.constantFrom(..."abcÄöüß09"), minLength: 1, maxLength: 20 }) }),
        ),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom("a", "code-b", "c9")), { minLength: 1, maxLength: 25 }),
        ({ text, inHashtag }, places) => {
          const found: FindingInput[] = places.map(([from, to, code]) => {
            const start = Math.min(from, to) % (text.length + 1);
            const end = Math.min(text.length, start + (Math.max(from, to) % 5));
            return { code, severity: "hint", message, location: inHashtag ? { field: "hashtag", index: 0, start, end } : { field: "text", start, end } };
          });
          const check = defineCheck({ id: "test/ids", target: "post", languages: ["de"], title: { de: "Ids", en: "Ids" }, run: () => found });
          const input = post(inHashtag ? { text: "x", hashtags: [text] } : { text });
          const seen = new Map<string, number>();
          const expected = found.map((item) => {
            const { field, start, end } = item.location!;
            const place = `test/ids\u0000${item.code}\u0000${field}\u0000\u0000${inHashtag ? "0" : ""}\u0000${text.slice(start, end)}`;
            const count = seen.get(place) ?? 0;
            seen.set(place, count + 1);
            return referenceId(`${place}\u0000${count}`);
          });
          expect(runChecks([check], input, context()).findings.map((finding) => finding.id)).toEqual(expected);
        },
      ),
    );
  });

  it("runs only checks of the input's target and language", () => {
    const english = wordCheck("Wahl", { id: "test/english", languages: ["en"] });
    const any = wordCheck("Wahl", { id: "test/any", languages: ["*"] });
    const german = wordCheck("Wahl", { id: "test/german" });
    const ids = (language: string) => runChecks([english, any, german], post({ text: "Wahl", language }), context()).findings.map((f) => f.checkId);
    expect(ids("de-DE")).toEqual(["test/any", "test/german"]);
    expect(ids("en")).toEqual(["test/english", "test/any"]);
    const reply = runChecks([german], { target: "reply", text: "Wahl" }, context());
    expect(reply.findings).toEqual([]);
  });

  it("follows the organisation's settings: checks and codes turned off, severities by code over check", () => {
    const check = wordCheck("Wahl");
    expect(runChecks([check], post({ text: "Wahl" }), context({ disabled: ["test/word"] })).findings).toEqual([]);
    expect(runChecks([check], post({ text: "Wahl" }), context({ disabled: ["test/word/word"] })).findings).toEqual([]);
    expect(runChecks([check], post({ text: "Wahl" }), context({ severities: { "test/word": "hint" } })).findings[0]!.severity).toBe("hint");
    expect(runChecks([check], post({ text: "Wahl" }), context({ severities: { "test/word": "hint", "test/word/word": "warning" } })).findings[0]!.severity).toBe("warning");
  });

  it("turns a check that throws into one error finding of its own, never into a clean text", () => {
    const broken = defineCheck({ id: "test/broken", target: "post", languages: ["*"], title: { de: "Kaputt", en: "Broken" }, run: () => { throw new Error("boom"); } });
    const { findings, failures } = runChecks([broken, wordCheck("Wahl")], post({ text: "Wahl" }), context());
    expect(failures).toHaveLength(1);
    expect(failures[0]!.checkId).toBe("test/broken");
    expect(findings.map((f) => `${f.checkId}/${f.code}/${f.severity}`)).toEqual(["test/broken/check-failed/error", "test/word/word/error"]);
    expect(findings[0]!.message.de).toContain("„Kaputt“");
    expect(findings[0]!.message.en).toContain("could not run");
  });

  it.each([
    ["not a list", () => "nothing"],
    ["a range past the end", () => [{ code: "x", severity: "error", message, location: { field: "text", start: 0, end: 99 } }]],
    ["a range with its ends swapped", () => [{ code: "x", severity: "error", message, location: { field: "text", start: 3, end: 1 } }]],
    ["half a range", () => [{ code: "x", severity: "error", message, location: { field: "text", start: 1 } }]],
    ["a variant the post does not have", () => [{ code: "x", severity: "error", message, location: { field: "text", channelId: "nowhere" } }]],
    ["a media item the post does not have", () => [{ code: "x", severity: "error", message, location: { field: "altText", index: 3 } }]],
    ["no message", () => [{ code: "x", severity: "error" }]],
    ["an unknown severity", () => [{ code: "x", severity: "fatal", message }]],
    ["a code that is not kebab-case", () => [{ code: "Not OK", severity: "hint", message }]],
    ["a value that is not finite", () => [{ code: "x", severity: "hint", message, values: { ratio: Number.NaN } }]],
  ])("counts a check as failed when it returns %s", (_, run) => {
    const check = { id: "test/malformed", target: "post", languages: ["*"], title: { de: "Fehlerhaft", en: "Malformed" }, run };
    const { findings, failures } = runChecks([check], post({ text: "Wahl" }), context());
    expect(failures.map((f) => f.checkId)).toEqual(["test/malformed"]);
    expect(findings.map((f) => f.code)).toEqual(["check-failed"]);
  });

  it("names an entry of the registry that is no check, counts it as failed, and runs the rest", () => {
    const { findings, failures } = runChecks([{ id: "half", target: "post" }, wordCheck("Wahl")], post({ text: "Wahl" }), context());
    expect(failures.map((f) => f.checkId)).toEqual(["half"]);
    expect(findings.map((f) => `${f.checkId}/${f.code}/${f.severity}`)).toEqual(["half/check-failed/error", "test/word/word/error"]);
    // One meant for replies is no concern of a post's run.
    expect(runChecks([{ id: "half", target: "reply" }], post({ text: "Wahl" }), context()).findings).toEqual([]);
  });

  it("keeps at most the per-check number of findings and says how many more there were", () => {
    const text = "a ".repeat(1_000);
    const { findings } = runChecks([wordCheck("a", { severity: "hint" })], post({ text }), context());
    expect(findings).toHaveLength(FINDING_LIMITS.perCheck + 1);
    expect(findings.at(-1)).toMatchObject({ code: "too-many-findings", severity: "hint" });
    expect(findings.at(-1)!.message.en).toContain(`${1_000 - FINDING_LIMITS.perCheck} more`);
    // The summary is as severe as the worst it stands for.
    expect(runChecks([wordCheck("a")], post({ text }), context()).findings.at(-1)).toMatchObject({ code: "too-many-findings", severity: "error" });
  });

  it("keeps at most the total number of findings over all checks", () => {
    const checks = Array.from({ length: 10 }, (_, i) => wordCheck("a", { id: `test/word-${i}` }));
    const { findings } = runChecks(checks, post({ text: "a ".repeat(100) }), context());
    expect(findings).toHaveLength(FINDING_LIMITS.total);
  });

  it("locates findings in variants, content warnings, alt texts and hashtags", () => {
    const input = post({
      text: "Haupttext",
      contentWarning: "Hinweis",
      hashtags: ["StadtFest"],
      media: [{ id: "m1", kind: "image", url: "https://example.org/a.jpg", mimeType: "image/jpeg", altText: "Ein Bild" }],
      variants: [{ channelId: "bluesky", text: "Kurz 🎉 und gut", contentWarning: "" }],
    });
    const check = defineCheck({
      id: "test/places",
      target: "post",
      languages: ["*"],
      title: { de: "Orte", en: "Places" },
      run: () => [
        { code: "variant", severity: "hint", message, location: { field: "text", channelId: "bluesky", start: 8, end: 11 } },
        { code: "warning", severity: "hint", message, location: { field: "contentWarning", start: 0, end: 7 } },
        { code: "alt", severity: "hint", message, location: { field: "altText", index: 0, start: 4, end: 8 } },
        { code: "tag", severity: "hint", message, location: { field: "hashtag", index: 0, start: 5, end: 9 } },
        { code: "whole", severity: "hint", message, location: { field: "post", channelId: "bluesky" } },
      ],
    });
    const { findings, failures } = runChecks([check], input, context());
    expect(failures).toEqual([]);
    expect(findings.map((f) => f.location)).toEqual([
      { field: "text", channelId: "bluesky", start: 8, end: 11, graphemeStart: 7, graphemeEnd: 10 },
      { field: "contentWarning", start: 0, end: 7, graphemeStart: 0, graphemeEnd: 7 },
      { field: "altText", index: 0, start: 4, end: 8, graphemeStart: 4, graphemeEnd: 8 },
      { field: "hashtag", index: 0, start: 5, end: 9, graphemeStart: 5, graphemeEnd: 9 },
      { field: "post", channelId: "bluesky" },
    ]);
  });

  it("gives the same grapheme range on its fast path as from the text's cluster starts, for any text", () => {
    const text = fc.oneof(fc.string({ unit: "binary", minLength: 1, maxLength: 30 }), fc.string({ unit: "grapheme", minLength: 1, maxLength: 30 }), fc.string({ unit: fc.constantFrom("a", "ä", "\r", "\n", "\u0308", "👍", "\u200d", "\ufe0f", "한", "ᄀ"), minLength: 1, maxLength: 30 }));
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (value, a, b) => {
        const start = Math.min(a, b) % (value.length + 1);
        const end = Math.max(start, Math.max(a, b) % (value.length + 1));
        const check = defineCheck({ id: "test/range", target: "post", languages: ["*"], title: { de: "B", en: "R" }, run: () => [{ code: "r", severity: "hint", message, location: { field: "text", start, end } }] });
        const input = { target: "post" as const, post: { ...PostContentSchema.parse({ text: "x" }), text: value } };
        const { findings } = runChecks([check], input, context());
        const expected = graphemeRange(graphemeStarts(value), value.length, start, end);
        expect({ graphemeStart: findings[0]!.location!.graphemeStart, graphemeEnd: findings[0]!.location!.graphemeEnd }).toEqual(expected);
      }),
      { numRuns: 3_000 },
    );
  });

  it("gives every range a grapheme range within the text that covers it whole, for any text and range", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 }), fc.nat(), fc.nat(), (text, a, b) => {
        const start = Math.min(a, b) % (text.length + 1);
        const end = Math.min(text.length, start + (Math.max(a, b) % (text.length + 1)));
        const check = defineCheck({ id: "test/range", target: "post", languages: ["*"], title: { de: "B", en: "R" }, run: () => [{ code: "r", severity: "hint", message, location: { field: "text", start, end } }] });
        const { findings, failures } = runChecks([check], post({ text }), context());
        expect(failures).toEqual([]);
        const location = findings[0]!.location!;
        const total = countGraphemes(text);
        expect(location.graphemeStart).toBeLessThanOrEqual(location.graphemeEnd!);
        expect(location.graphemeEnd).toBeLessThanOrEqual(total);
        // The clusters before the range and those it touches add up to no more than the text's.
        expect(countGraphemes(text.slice(0, start))).toBeGreaterThanOrEqual(location.graphemeStart!);
        if (end > start) expect(location.graphemeEnd! - location.graphemeStart!).toBeGreaterThanOrEqual(1);
      }),
    );
  });
});

describe("checks that cannot change", () => {
  it("defineCheck freezes the check, its title and its languages, so that no plugin can change it under the runner", () => {
    const check = wordCheck("Wahl");
    expect(Object.isFrozen(check)).toBe(true);
    expect(Object.isFrozen(check.title)).toBe(true);
    expect(Object.isFrozen(check.languages)).toBe(true);
    expect(() => {
      (check as { id: string }).id = "test/other";
    }).toThrow(TypeError);
  });

  it("reads a frozen check with getters afresh at every run: a getter may answer differently, and its answer counts", () => {
    let reads = 0;
    const check = Object.freeze({
      id: "test/getter",
      target: "post",
      languages: Object.freeze(["de"]),
      title: Object.freeze({ de: "G", en: "G" }),
      get run() {
        reads += 1;
        return reads === 1 ? () => [] : () => [{ code: "second", severity: "error", message }];
      },
    });
    expect(runChecks([check], post({ text: "Wahl" }), context()).findings).toEqual([]);
    expect(runChecks([check], post({ text: "Wahl" }), context()).findings.map((f) => f.code)).toEqual(["second"]);
    expect(reads).toBe(2);
  });

  it("finds the same with a frozen check in every run, and honours each context's own list of disabled checks", () => {
    const check = wordCheck("Wahl");
    const input = post({ text: "Wahl und Wahl" });
    const sealed = (disabled: string[]) => sealContext(context({ disabled }));
    const first = runChecks([check], input, context()).findings;
    expect(first).toHaveLength(2);
    expect(runChecks([check], input, context()).findings).toEqual(first);
    expect(runChecks([check], input, sealed(["test/word"])).findings).toEqual([]);
    expect(runChecks([check], input, sealed([])).findings).toEqual(first);
    expect(runChecks([check], input, sealed(["test/word/word"])).findings).toEqual([]);
  });
});
