import { CheckRecordSchema, isWellFormedText, runChecks, StrategySchema, type CheckContext, type CheckInput, type Finding, type PostContentInput, type Strategy } from "@kommune-sm/core";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { loadGermanSyllables, type SyllableCounter } from "../readability/index.js";
import { scoringChecks } from "../scoring-plugin.js";
import { brandVoiceCheck } from "./brand-voice-check.js";
import { BLUESKY, channel, contextWith, MASTODON, postInput, strategy } from "./check-test-support.js";

// Hostile input to every scoring check, through the runner as the workflow
// calls them: valid content never makes a check fail (a `check-failed`
// finding is a defect for valid input too), no check takes time that grows
// faster than the text, and what one tenant set up never shows in another
// tenant's findings.

let syllables: SyllableCounter;
beforeAll(async () => {
  syllables = await loadGermanSyllables();
});

const ELECTION = strategy({
  quietPeriods: [
    {
      id: "wahl",
      kind: "election-neutrality",
      label: "Neutralitätspflicht Kommunalwahl",
      startDate: "2026-07-01",
      endDate: "2026-09-27",
      blocks: { scheduling: true, publishing: true },
      matches: { keywords: ["Bürgermeisterin Muster", "Wahl"], pillarIds: ["rathaus"] },
    },
  ],
  brandVoice: { tonality: [], wordsToAvoid: [{ word: "Antragsteller", instead: "wer den Antrag stellt" }, { word: "zwecks" }], requiredHashtags: ["Musterstadt"], signature: "Ihr Team" },
});

function everything(strategies: Strategy[] = [ELECTION]): CheckContext {
  return contextWith({ strategies, channels: [channel("mastodon", "mastodon", MASTODON), channel("bluesky", "bluesky", BLUESKY)] });
}

/** Runs every scoring check of `input`'s target, and insists that none failed and that the record could be stored. */
function runAll(input: CheckInput, context: CheckContext = everything()): Finding[] {
  const { findings, failures } = runChecks(scoringChecks(syllables), input, context);
  expect(failures.map((f) => `${f.checkId}: ${String((f.error as Error)?.message ?? f.error)}`)).toEqual([]);
  CheckRecordSchema.parse({ revision: 1, contentHash: "0".repeat(64), at: "2026-08-01T08:00:00.000Z", findings, accepted: [] });
  return findings;
}

function timed(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

/** Texts of about `n` characters that have tripped up text scanners. */
const HOSTILE: Record<string, (n: number) => string> = {
  "one long word": (n) => "Wahl" + "x".repeat(n - 4),
  "one long compound without umlauts": (n) => "Buergermeisterwahl".repeat(Math.ceil(n / 18)).slice(0, n),
  "words without end": (n) => "Antragstellers zwecks Wahl ".repeat(Math.ceil(n / 27)).slice(0, n),
  "digits": (n) => "0".repeat(n),
  "digit groups": (n) => "0711 ".repeat(Math.ceil(n / 5)).slice(0, n),
  "at signs": (n) => "a@".repeat(Math.ceil(n / 2)).slice(0, n),
  "dots": (n) => "a.".repeat(Math.ceil(n / 2)).slice(0, n),
  "street numbers": (n) => "Hauptstraße 1 ".repeat(Math.ceil(n / 14)).slice(0, n),
  "capitals": (n) => "WAHL ".repeat(Math.ceil(n / 5)).slice(0, n),
  "dates": (n) => "geb. 12.03.1980 ".repeat(Math.ceil(n / 16)).slice(0, n),
  "emoji": (n) => "👩‍👩‍👧🎉🇩🇪".repeat(Math.ceil(n / 15)).slice(0, n - (n % 2)),
  "combining marks": (n) => "a" + "\u0308".repeat(n - 1),
  "mathematical letters": (n) => "𝐖𝐚𝐡𝐥".repeat(Math.ceil(n / 8)).slice(0, n - (n % 2)),
  "one sentence": (n) => "und ".repeat(Math.ceil(n / 4)).slice(0, n),
  "hyphens": (n) => "a-".repeat(Math.ceil(n / 2)).slice(0, n),
  "spaced letters": (n) => "W a h l ".repeat(Math.ceil(n / 8)).slice(0, n),
  "IBAN-like": (n) => "DE89 3704 0044 0532 0130 00 ".repeat(Math.ceil(n / 28)).slice(0, n),
  "plates": (n) => "S-AB 1234 ".repeat(Math.ceil(n / 10)).slice(0, n),
  "hashtags": (n) => "#Wahl".repeat(Math.ceil(n / 5)).slice(0, n),
  "links": (n) => "https://x.de/".repeat(Math.ceil(n / 13)).slice(0, n),
  "right to left": (n) => "שלום עולם ".repeat(Math.ceil(n / 10)).slice(0, n),
  "CR LF": (n) => "Wahl\r\n".repeat(Math.ceil(n / 6)).slice(0, n),
  "party names": (n) => "CDU Die Grünen Bündnis 90/Die Grünen ".repeat(Math.ceil(n / 37)).slice(0, n),
  "keyword letters": (n) => "Bürgermeisterin Muster Wahl-Kandidat ".repeat(Math.ceil(n / 37)).slice(0, n),
};

/** Whether the checks stay linear on a text `make` makes, of 12,500 and of 100,000 characters. */
function staysLinear(make: (n: number) => string): void {
  const small = postInput({ text: make(12_500), language: "de" });
  const large = postInput({ text: make(100_000), language: "de" });
  runAll(small);
  // Warm, then the better of two runs each, so that a busy machine is not read as a slow check.
  const short = Math.min(timed(() => runAll(small)), timed(() => runAll(small)));
  const long = Math.min(timed(() => runAll(large)), timed(() => runAll(large)));
  expect(long).toBeLessThan(3_000);
  // Eight times the text; quadratic work would take 64 times as long.
  expect(long).toBeLessThan(Math.max(20, short) * 24);
}

describe("the scoring checks under hostile input", () => {
  // Core's quiet-period matching (quietPeriodMatches, which the neutrality
  // check asks as the workflow does) reads the end of the word it builds at
  // every umlaut, which flattens the growing string: quadratic in one long
  // word with umlauts (1.8 s a call at 100,000 characters). Not this
  // package's code; when core is fixed this test fails, and `.fails` goes.
  it("stay linear on a 100,000-character word with umlauts (core's quiet-period matching was quadratic there)", () => {
    staysLinear((n) => "Bürgermeisterwahl".repeat(Math.ceil(n / 17)).slice(0, n));
  });

  it.each(Object.keys(HOSTILE))("stay linear and never fail on a 100,000-character post of %s", (name) => {
    staysLinear(HOSTILE[name]!);
  });

  it("never fail on a post with 100 variants, each with its own text, media and alt texts", () => {
    const variants = Array.from({ length: 100 }, (_, i) => ({
      channelId: i % 2 === 0 ? "mastodon" : `channel-${i}`,
      text: `Zur Wahl am Sonntag, Antragsteller ${i}! Tel. 0711 123456-${i} 👩‍👩‍👧`,
      contentWarning: `Wahl ${i}`,
      media: Array.from({ length: 20 }, (_, k) => ({ id: `m${i}-${k}`, kind: "image" as const, url: `https://musterstadt.de/${i}/${k}.jpg`, altText: k % 2 ? `Bürgermeisterin Muster, geb. 12.03.1980, Tel. 0711 ${k}` : "" })),
    }));
    const content = { text: "Stadtfest", language: "de", hashtags: ["Wahl"], pillarId: "rathaus", media: [{ id: "m", kind: "image", url: "https://musterstadt.de/a.jpg" }], variants } as PostContentInput;
    const input = { target: "post" as const, post: { ...postInput({ text: "x" }).post, ...content, variants } } as CheckInput;
    let findings: Finding[] = [];
    expect(timed(() => (findings = runAll(input)))).toBeLessThan(3_000);
    expect(findings.length).toBeGreaterThan(0);
  });

  it("never fail on any well-formed text, in any language tag, for posts and replies", () => {
    const text = fc.oneof(
      fc.string({ unit: "grapheme", minLength: 1, maxLength: 300 }),
      fc.string({ unit: fc.constantFrom("Wahl", "wahl", " ", ".", "-", "@", "0", "1", "9", "+49", "(", ")", "/", "Str.", "straße", "geb.", "DE", "S-", "\u0308", "\u00AD", "\u200B", "👍", "\r\n", "CDU", "Sie", "du", "ihr", "𝐖"), minLength: 1, maxLength: 200 }),
    ).filter((t) => isWellFormedText(t) && t.trim().length > 0);
    fc.assert(
      fc.property(text, fc.constantFrom("de", "de-AT", "en", "und"), (value, language) => {
        runAll(postInput({ text: value, language, contentWarning: value.slice(0, 1000).trim() || undefined, variants: [{ channelId: "bluesky", text: `${value} ` }] } as PostContentInput));
        runAll({ target: "reply", text: value });
      }),
      { numRuns: 300 },
    );
  });

  it("keep their messages within bounds for texts with very long words, election words and numbers", () => {
    for (const text of ["Wahl" + "x".repeat(3_000), "Bürger" + "meister".repeat(500) + "wahl", `${"x".repeat(2_500)}@musterstadt.de`, `Ruf an: ${"0".repeat(3_000)}`, "𝐖".repeat(1_500), `Antragsteller${"s".repeat(2_500)}`]) {
      runAll(postInput({ text, language: "de" }));
      runAll({ target: "reply", text });
    }
  });

  it("take no harm from keys like __proto__, constructor and toString in the strategy's settings", () => {
    const polluted = StrategySchema.parse({
      ...ELECTION,
      checks: JSON.parse('{"disabled": ["__proto__", "constructor", "toString"], "severities": {"__proto__": "error", "constructor": "error", "toString": "hint", "plain-language/__proto__": "error"}}'),
    });
    const findings = runAll(postInput({ text: "Zur Wahl am Sonntag kommen die Antragsteller. Wahl!", language: "de" }), everything([polluted]));
    expect(findings.every((f) => ["error", "warning", "hint"].includes(f.severity))).toBe(true);
    expect(({} as Record<string, unknown>)["error"]).toBeUndefined();
  });
});

describe("the scoring checks keep tenants apart", () => {
  it("never shows one organisation's brand-voice replacement in another's findings", () => {
    const voice = (instead: string) => strategy({ brandVoice: { tonality: [], wordsToAvoid: [{ word: "Antragsteller", instead }] } });
    const check = brandVoiceCheck();
    const input = postInput({ text: "Antragsteller willkommen" });
    const first = check.run(input, contextWith({ strategies: [voice("Geheimwort der Stadt A")] }));
    const second = check.run(input, contextWith({ strategies: [voice("wer den Antrag stellt")] }));
    expect(first[0]!.suggestion?.replacement).toBe("Geheimwort der Stadt A");
    expect(second[0]!.suggestion?.replacement).toBe("wer den Antrag stellt");
    expect(JSON.stringify(second)).not.toContain("Stadt A");
  });

  it("never lets a word list whose words contain the separator stand for another", () => {
    const check = brandVoiceCheck();
    const input = postInput({ text: "a b und a\u0000b" });
    const split = check.run(input, contextWith({ strategies: [strategy({ brandVoice: { tonality: [], wordsToAvoid: [{ word: "a" }, { word: "b" }] } })] }));
    const joined = check.run(input, contextWith({ strategies: [strategy({ brandVoice: { tonality: [], wordsToAvoid: [{ word: "a\u0000b" }] } })] }));
    expect(split.length).toBeGreaterThan(1);
    expect(joined.map((f) => f.location?.start)).toEqual([8]);
  });

  it("gives every tenant the same findings whatever ran before it, for any order of tenants", () => {
    const tenants = [
      { strategies: [strategy({ brandVoice: { tonality: [], wordsToAvoid: [{ word: "Antragsteller", instead: "A" }] } })], addressForm: "sie" as const },
      { strategies: [strategy({ brandVoice: { tonality: [], wordsToAvoid: [{ word: "Antragsteller", instead: "B" }], requiredHashtags: ["Bstadt"] } })], addressForm: "du" as const },
      { strategies: [ELECTION], addressForm: "sie" as const },
    ];
    const texts = ["Antragsteller, wählen Sie die Wahl!", "Hast du die Wahl? Ruf an: 0711 123456", "Zwecks Bürgermeisterin Muster"];
    const fresh = (tenant: number, text: number) => JSON.stringify(runChecks(scoringChecks(syllables), postInput({ text: texts[text]!, language: "de" }), contextWith(tenants[tenant]!)).findings);
    const alone = tenants.map((_, t) => texts.map((_, x) => fresh(t, x)));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(tenants.length - 1), fc.nat(texts.length - 1)), { minLength: 1, maxLength: 12 }), (order) => {
        for (const [tenant, text] of order) expect(fresh(tenant, text)).toBe(alone[tenant]![text]);
      }),
      { numRuns: 100 },
    );
  });
});
