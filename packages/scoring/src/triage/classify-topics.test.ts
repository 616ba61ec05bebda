import { describe, expect, it } from "vitest";
import { createTriage } from "./create-triage.js";

const triage = createTriage();
const pillars = [
  { id: "abfall", keywords: ["Müll", "Tonne", "Wertstoffhof"] },
  { id: "kita", keywords: ["Kita", "Tagespflege"] },
  { id: "verkehr", keywords: ["Bus", "Ampel", "Deutschland Ticket"] },
  { id: "leer" },
];

describe("topics", () => {
  it("finds keywords at the start and the end of compounds, with plural endings", () => {
    const text = "Kitaplätze fehlen, und die Biotonnen im Sperrmüll-Lager stinken";
    const topics = triage(text, pillars).topics;
    expect(topics.map((topic) => topic.pillarId)).toEqual(["abfall", "kita"]);
    const abfall = topics[0]!;
    expect(abfall.evidence.map((item) => item.text)).toEqual(["Biotonnen", "Sperrmüll-Lager"]);
    for (const item of abfall.evidence) expect(text.slice(item.start, item.end)).toBe(item.text);
  });

  it("folds both sides and matches keywords of several words as words in a row", () => {
    expect(triage("Wann kommt der BUERGERBUS?", [{ id: "verkehr", keywords: ["bürgerbus"] }]).topics[0]?.pillarId).toBe("verkehr");
    expect(triage("Gilt das Deutschland Ticket im Rufbus?", pillars).topics[0]?.evidence.map((item) => item.text)).toEqual(["Deutschland Ticket", "Rufbus"]);
  });

  it("does not find a keyword inside a word", () => {
    expect(triage("Die Ampelmännchen sind neu", pillars).topics.map((topic) => topic.pillarId)).toEqual(["verkehr"]);
    expect(triage("Busineß as usual", [{ id: "verkehr", keywords: ["Ticket"] }]).topics).toEqual([]);
    expect(triage("Die Kommission tagt", [{ id: "x", keywords: ["miss"] }]).topics).toEqual([]);
  });

  it("finds nothing without pillars, and refuses pillars without an id", () => {
    expect(triage("Müll überall").topics).toEqual([]);
    expect(() => triage("Müll", [{ keywords: ["Müll"] } as never])).toThrow(expect.objectContaining({ code: "CORE_INVALID_ARGUMENT" }));
  });
});
