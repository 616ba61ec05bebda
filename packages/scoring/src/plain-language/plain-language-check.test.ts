import { beforeAll, describe, expect, it } from "vitest";
import { brief, contextWith, postInput } from "../checks/check-test-support.js";
import { loadGermanSyllables, type SyllableCounter } from "../readability/index.js";
import { createOfficialeseMatcher } from "./officialese-matcher.js";
import { plainLanguageCheck, replyPlainLanguageCheck } from "./plain-language-check.js";

let syllables: SyllableCounter;
beforeAll(async () => {
  syllables = await loadGermanSyllables();
});

const run = (text: string) => plainLanguageCheck(syllables).run(postInput({ text }), contextWith());

describe("the plain-language check", () => {
  it("says nothing of a plain text", () => {
    expect(run("Am Samstag holen wir den Sperrmüll ab. Stellen Sie ihn bis sechs Uhr an die Straße. Danke!")).toEqual([]);
  });

  it("names ordinary words with a plainer twin quieter than Amtsdeutsch, so that Amtsdeutsch stands out", () => {
    const text = "Sie erhalten den Ausweis im Bürgerbüro, eine Anmeldung ist erforderlich. Frau Weber, wohnhaft in Oberdorf, benötigt keine.";
    const found = run(text).filter((f) => f.code === "officialese" || f.code === "plainer-word").map((f) => `${f.code}:${text.slice(f.location!.start, f.location!.end)}`);
    expect(found).toEqual(["plainer-word:erhalten", "plainer-word:erforderlich", "officialese:wohnhaft", "plainer-word:benötigt"]);
    const plainer = run(text).find((f) => f.code === "plainer-word")!;
    expect(plainer.severity).toBe("hint");
    expect(plainer.message.de).toBe("Statt „erhalten“ geht es einfacher: bekommen.");
  });

  it("scores a hard text and names what makes it hard, with places", () => {
    const text =
      "Im Rahmen der Durchführung der Baumaßnahme erfolgt seitens der Verwaltung eine Sperrung der Zufahrt, wobei die Inanspruchnahme der Ausweichstrecke gemäß der Beschilderung zwingend erforderlich ist und Zuwiderhandlungen geahndet werden.";
    const findings = run(text);
    const codes = new Set(findings.map((f) => f.code));
    expect(codes.has("hard-to-read")).toBe(true);
    expect(codes.has("long-sentence")).toBe(true);
    expect(codes.has("officialese")).toBe(true);
    const officialese = findings.filter((f) => f.code === "officialese").map((f) => text.slice(f.location!.start, f.location!.end));
    expect(officialese).toEqual(expect.arrayContaining(["Im Rahmen", "seitens der Verwaltung", "Inanspruchnahme", "gemäß"]));
    const hard = findings.find((f) => f.code === "hard-to-read")!;
    expect(hard.severity).toBe("warning");
    expect(hard.values!["fleschAmstad"]).toBeLessThan(40);
  });

  it("shows a long word's syllables, for the editor to set hyphens where its parts join", () => {
    const [found] = run("Das Einwohnermeldeamt ist zu.").filter((f) => f.code === "long-word");
    expect(found).toMatchObject({ location: { start: 4, end: 21 }, values: { syllables: 6, syllableSplit: "Ein·woh·ner·mel·de·amt" } });
    expect(found!.message.de).toContain("6 Silben: Ein·woh·ner·mel·de·amt");
  });

  it("checks replies the same way", () => {
    const text = "Ihr Anliegen wurde zwecks Prüfung weitergeleitet.";
    const findings = replyPlainLanguageCheck(syllables).run({ target: "reply", text }, contextWith());
    expect(findings.map((f) => `${f.code}:${text.slice(f.location!.start, f.location!.end)}`)).toEqual(expect.arrayContaining(["passive:wurde zwecks Prüfung weitergeleitet", "officialese:zwecks"]));
  });
});

describe("createOfficialeseMatcher", () => {
  const find = createOfficialeseMatcher();
  it("finds phrases folded, in inflected forms, the longer of two overlapping ones", () => {
    const text = "Wir setzen Sie hiermit in Kenntnis. Seitens der Verwaltung GEMAESS Satzung.";
    const hits = find(text).map((h) => text.slice(h.start, h.end));
    expect(hits).toEqual(expect.arrayContaining(["hiermit", "Seitens der Verwaltung", "GEMAESS"]));
    expect(hits).not.toContain("Seitens");
  });

  it("finds inflected forms of \"diesbezüglich\" and \"bezüglich\"", () => {
    const text = "Diesbezügliche Rückfragen richten Sie bitte an das Amt. Die bezüglichen Unterlagen liegen bei.";
    expect(find(text).map((h) => text.slice(h.start, h.end))).toEqual(["Diesbezügliche", "bezüglichen"]);
  });

  it("does not join the words of a phrase across the end of a sentence", () => {
    expect(find("Das war im. Rahmen des Bildes").map((h) => h.entry.phrase)).not.toContain("im rahmen");
  });
});

