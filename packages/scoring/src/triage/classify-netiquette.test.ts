import { describe, expect, it } from "vitest";
import { createTriage } from "./create-triage.js";

const triage = createTriage();
const netiquetteOf = (text: string) => triage(text).netiquette;

describe("netiquette", () => {
  it.each([
    // harmless words that contain a rude one
    "Die Analyse der Verwaltung ist gut gemacht",
    "Beste Arschbombe des Sommers im Freibad!",
    "Mit einer Fickmühle gewinnt man jede Partie Mühle",
    "Schimmel an der Decke im Bürgerhaus",
    "Der Aufmarsch zum Schützenfest",
    "Wildschweine im Stadtwald gesichtet",
    "Deppenapostroph auf dem neuen Schild",
    // mild colloquial words, criticism without name-calling
    "So ein Mist, kein Termin mehr frei",
    "Bei dem Mistwetter habt ihr das super gemacht",
    "Die Ampelschaltung ist total bescheuert",
    "Ihr seid echt unfähig, drei Jahre für 500 Meter Straße",
    "Ratten am Spielplatz, bitte etwas tun",
  ])("%j is ok", (text) => {
    expect(netiquetteOf(text)).toMatchObject({ verdict: "ok", severity: 0, targeted: false, suggestion: "none", evidence: [] });
  });

  it.each([
    ["Scheiß Wetter heute", "profanity", "respectful-tone"],
    ["Was für eine Scheiße, dieses Formular", "profanity", "respectful-tone"],
    ["Eure Politik ist zum Kotzen", "profanity", "respectful-tone"],
    ["Drecksverwaltung!", "insult", "no-insults"],
    ["Das Schwimmbad ist ein Saftladen", "insult", "no-insults"],
    ["Bürgermeister Krämer, du Lappen, tritt zurück", "insult", "no-insults"],
    ["Seid ihr zu blöd, einen Kalender zu drucken?", "insult", "no-insults"],
    ["Frauen gehören an den Herd, nicht in den Rat", "hate", "no-hate"],
    ["Ich weiß, wo du wohnst, Krämer.", "threat", "no-threats"],
    ["Ich fahr euch noch über den Haufen", "threat", "no-threats"],
  ] as const)("%j is %s under %s", (text, verdict, rule) => {
    const result = netiquetteOf(text);
    expect(result.verdict).toBe(verdict);
    expect(result.rule).toBe(rule);
    for (const item of result.evidence) expect(text.slice(item.start, item.end)).toBe(item.text);
  });

  it("raises the severity of an insult aimed at people and suggests hiding it", () => {
    const aimed = netiquetteOf("ihr seid alle Idioten");
    expect(aimed).toMatchObject({ verdict: "insult", targeted: true, suggestion: "hide" });
    expect(aimed.severity).toBeGreaterThan(netiquetteOf("Idioten überall").severity);
    expect(aimed.evidence).toEqual([{ start: 14, end: 21, text: "Idioten", label: "idiot (copula)" }]);
  });

  it("counts animal words only where they are said of people", () => {
    expect(netiquetteOf("Ratten im Park").verdict).toBe("ok");
    expect(netiquetteOf("Ihr Ratten!").verdict).toBe("insult");
    expect(netiquetteOf("Die Politiker sind alle Ratten").targeted).toBe(true);
  });

  it("orders threat > hate > insult > profanity", () => {
    expect(netiquetteOf("Scheiß Idioten, ich bring euch alle um").verdict).toBe("threat");
    expect(netiquetteOf("Du Idiot, Zuwanderer klauen doch alle").verdict).toBe("hate");
    expect(netiquetteOf("Scheiße, du Idiot").verdict).toBe("insult");
  });

  it("suggests escalation for threats, hiding for hate and grave insults, nothing for mild profanity", () => {
    expect(netiquetteOf("Ich bring dich um").suggestion).toBe("escalate");
    expect(netiquetteOf("Frauen gehören an den Herd").suggestion).toBe("hide");
    expect(netiquetteOf("Du Arschloch").suggestion).toBe("hide");
    expect(netiquetteOf("Scheiß Baustellen überall").suggestion).toBe("none");
    expect(netiquetteOf("So ein Depp").suggestion).toBe("answer");
  });
});
