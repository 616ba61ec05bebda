import { describe, expect, it } from "vitest";
import { brief, contextWith, postInput, strategy } from "./check-test-support.js";
import { neutralityCheck } from "./neutrality-check.js";
import { keywordRanges } from "../text/keyword-ranges.js";

const election = strategy({
  quietPeriods: [
    {
      id: "wahl",
      kind: "election-neutrality",
      label: "Kommunalwahl",
      startDate: "2026-08-20",
      endDate: "2026-09-13",
      blocks: { scheduling: true, publishing: true },
      matches: { pillarIds: ["rathaus"], keywords: ["Bürgermeisterin Muster", "Kandidat"] },
    },
  ],
});
const check = neutralityCheck();
const at = (day: string) => Date.parse(`${day}T08:00:00Z`);
const run = (content: Parameters<typeof postInput>[0], now = at("2026-08-25")) => check.run(postInput(content), contextWith({ strategies: [election], now }));

describe("the neutrality check", () => {
  it("finds a period's keywords however they are written, with their places, as errors inside the period", () => {
    const text = "Die Buergermeisterin  Muster eröffnet das Fest. Alle Kandidatinnen sind eingeladen.";
    const findings = run({ text });
    expect(brief(findings)).toEqual(["quiet-period-keyword@text:4-28", "quiet-period-keyword@text:53-61"]);
    expect(findings.every((f) => f.severity === "error")).toBe(true);
    expect(findings[0]!.message.de).toContain("„Bürgermeisterin Muster“ fällt unter die Ruhephase „Kommunalwahl“ (2026-08-20 – 2026-09-13)");
  });

  it("warns of a period that begins within two weeks, and says nothing of one further off or past", () => {
    expect(run({ text: "Kandidat" }, at("2026-08-10")).map((f) => f.severity)).toEqual(["warning"]);
    expect(run({ text: "Kandidat" }, at("2026-07-01"))).toEqual([]);
    expect(run({ text: "Kandidat" }, at("2026-09-20"))).toEqual([]);
  });

  it("judges a scheduled post at its time too", () => {
    expect(run({ text: "Kandidat", scheduledAt: "2026-08-21T10:00:00Z" }, at("2026-07-01")).map((f) => f.severity)).toEqual(["error"]);
  });

  it("reports a pillar the period holds back, and names of parties in an election period", () => {
    expect(brief(run({ text: "Die SPD und die Freie Wähler laden ein. Im Grünen picknicken.", pillarId: "rathaus" }))).toEqual([
      "quiet-period-topic",
      "party@text:4-7",
      "party@text:16-28",
    ]);
  });

  it("refuses options it could not work with, naming the field, and finds a town's own list", () => {
    // An empty name once made the search for it run forever on the first post of an election period.
    expect(() => neutralityCheck({ parties: ["SPD", ""] })).toThrow(/neutralityCheck: parties\[1\] is empty/);
    expect(() => neutralityCheck({ parties: ["  "] })).toThrow(/parties\[0\] is empty/);
    expect(() => neutralityCheck({ parties: [42 as unknown as string] })).toThrow(/parties\[0\] must be a name, got number/);
    expect(() => neutralityCheck({ parties: "SPD" as unknown as string[] })).toThrow(/parties must be a list of names, got string/);
    expect(() => neutralityCheck({ parties: ["x".repeat(201)] })).toThrow(/parties\[0\] has 201 characters/);
    expect(() => neutralityCheck({ warnDaysAhead: Number.NaN })).toThrow(/warnDaysAhead must be a number of days from 0 to 366, got NaN/);
    expect(() => neutralityCheck({ warnDaysAhead: -1 })).toThrow(/warnDaysAhead/);
    expect(() => neutralityCheck(null as unknown as object)).toThrow(/options must be an object, got null/);
    const own = neutralityCheck({ parties: ["Bürger für Musterstadt"] });
    const findings = own.run(postInput({ text: "Die Bürger für Musterstadt laden ein." }), contextWith({ strategies: [election], now: at("2026-08-25") }));
    expect(brief(findings)).toEqual(["party@text:4-26"]);
  });

  it("points out election words in an election period, but not a choice or the agony of choice", () => {
    expect(brief(run({ text: "Briefwahl beantragen: Die Kommunalwahl ist am 13. September. Die SPD-Fraktion tagt." }))).toEqual([
      "party@text:65-68",
      "election-term@text:0-9",
      "election-term@text:26-38",
      "election-term@text:65-77",
    ]);
    expect(run({ text: "Wählen Sie Ihr Lieblingsmotiv aus unserer Auswahl. Die Qual der Wahl!" })).toEqual([]);
  });

  it("finds keywords in variants and reports one matched only in an alt text without a place", () => {
    const findings = run({
      text: "Sommerfest",
      variants: [{ channelId: "bsky", text: "Mit Bürgermeisterin Muster" }],
      media: [{ id: "m", kind: "image", url: "https://musterstadt.de/a.jpg", altText: "Ein Kandidat am Stand" }],
    });
    expect(brief(findings)).toEqual(["quiet-period-keyword@text[bsky]:4-26", "quiet-period-keyword"]);
  });
});

describe("keywordRanges", () => {
  it.each([
    ["Bürgermeister", "Der Bürger-Meister kommt", [4, 18]],
    ["Bürgermeister", "Der BUERGERMEISTER kommt", [4, 18]],
    ["Wahl", "Die W a h l ist am Sonntag", [4, 11]],
    ["Wahl", "Zur Bürgermeisterwahl", [17, 21]],
    ["Müller", "Frau Mu\u0308ller sagt", [5, 12]],
  ])("finds %j in %j", (keyword, text, [start, end]) => {
    expect(keywordRanges(text, keyword)).toEqual([{ start, end }]);
  });

  it("does not join letters across the end of a sentence", () => {
    expect(keywordRanges("Neue Bürger. Meister der Herzen", "Bürgermeister")).toEqual([]);
  });
});
