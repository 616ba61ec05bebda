import { describe, expect, it } from "vitest";
import { createTriage } from "./create-triage.js";

describe("createTriage", () => {
  it("does what its example says", () => {
    const triage = createTriage();
    const result = triage("Es riecht nach Gas im Treppenhaus Lindenstraße 8!!", [{ id: "sicherheit", keywords: ["Feuerwehr", "Gas", "Unwetter"] }]);
    expect(result.danger?.category).toBe("gas");
    expect(result.danger?.nextStep.emergencyNumbers).toEqual(["112"]);
    expect(result.needsAnswer.reasons).toEqual(["report"]);
    expect(result.priority).toBe(98);
    expect(result.topics.map((topic) => topic.pillarId)).toEqual(["sicherheit"]);
  });

  it("leaves out the danger where there is none", () => {
    const result = createTriage()("Danke für die Info!");
    expect("danger" in result).toBe(false);
    expect(result).toMatchObject({ sentiment: { label: "positive" }, needsAnswer: { needsAnswer: false, reasons: [] }, netiquette: { verdict: "ok" }, topics: [] });
  });

  it("escalates a threat the writer makes, and does not count it as a comment to answer", () => {
    // Each of these once was a danger of category "threat" for the danger step alone, while netiquette said "ok" and the comment waited for an answer.
    const triage = createTriage();
    for (const text of [
      "Ich fackel die Bude ab",
      "Wenn der Bescheid bleibt, fackel ich euer Rathaus ab",
      "Dich stech ich ab",
      "euch knall ich ab",
      "Das Jugendamt gehört abgefackelt, ich mach das",
      "wenn ich dich erwische",
      "dich kriegen wir noch",
      "töte euch alle",
      "ich hau dich um",
    ]) {
      const result = triage(text);
      expect(result.danger?.category, text).toBe("threat");
      expect(result.netiquette, text).toMatchObject({ verdict: "threat", rule: "no-threats", suggestion: "escalate" });
      expect(result.needsAnswer.needsAnswer, text).toBe(false);
    }
    // A report of a threat by someone else is a danger to answer, and breaks no rule of the writer's.
    const report = triage("Am Kiosk hat einer eine Waffe gezogen");
    expect(report.danger?.category).toBe("threat");
    expect(report.netiquette.verdict).toBe("ok");
    expect(report.needsAnswer.needsAnswer).toBe(true);
  });

  it("reads an empty comment", () => {
    expect(createTriage()("")).toEqual({
      sentiment: { label: "neutral", score: 0, evidence: [] },
      needsAnswer: { needsAnswer: false, reasons: [], evidence: [] },
      netiquette: { verdict: "ok", severity: 0, targeted: false, suggestion: "none", evidence: [] },
      topics: [],
      priority: 10,
    });
  });

  it("refuses malformed options and arguments with a clear error", () => {
    const invalid = (message: string) => expect.objectContaining({ code: "CORE_INVALID_ARGUMENT", message: expect.stringContaining(message) });
    expect(() => createTriage("nope" as never)).toThrow(invalid("options must be an object"));
    expect(() => createTriage({ sentimentWords: ["gut"] as never })).toThrow(invalid("options.sentimentWords"));
    expect(() => createTriage({ sentimentWords: { gut: "sehr" as never } })).toThrow(invalid('options.sentimentWords["gut"]'));
    const triage = createTriage();
    expect(() => triage(42 as never)).toThrow(invalid("text must be a string"));
    expect(() => triage("Müll", "abfall" as never)).toThrow(invalid("pillars must be an array"));
    expect(() => triage("Müll", [{ id: "abfall", keywords: "Müll" }] as never)).toThrow(invalid("pillars[0].keywords"));
  });

  it("compiles a pillar list once and keeps giving the same topics", () => {
    const triage = createTriage();
    const pillars = [{ id: "abfall", keywords: ["Müll"] }];
    const first = triage("Sperrmüll abgeholt", pillars);
    expect(triage("Sperrmüll abgeholt", pillars)).toEqual(first);
    expect(triage("Sperrmüll abgeholt", [{ id: "abfall", keywords: ["Müll"] }])).toEqual(first);
  });
});
