import { describe, expect, it } from "vitest";
import { createTriage } from "./create-triage.js";

const triage = createTriage();
const priorityOf = (text: string) => triage(text).priority;

describe("priority", () => {
  it("puts danger first, then threats, then complaints that want an answer, then questions, then the rest", () => {
    const ordered = [
      "Ich will nicht mehr leben.",
      "Es riecht nach Gas im Treppenhaus!",
      "Ich weiß, wo du wohnst.",
      "Die Biotonne wurde schon wieder nicht abgeholt, ärgerlich",
      "Wann öffnet das Freibad?",
      "Frauen gehören an den Herd",
      "Das war ein schlechtes Fest",
      "Die Sitzung ist am Dienstag",
      "Danke für die Info!",
    ].map(priorityOf);
    for (let index = 1; index < ordered.length; index++) expect(ordered[index - 1]!, `item ${index}`).toBeGreaterThan(ordered[index]!);
  });

  it("stays within 0 and 100", () => {
    for (const text of ["", "🔥🔥🔥", "Ich bring euch alle um und zünde das Rathaus an!!!"]) {
      expect(priorityOf(text)).toBeGreaterThanOrEqual(0);
      expect(priorityOf(text)).toBeLessThanOrEqual(100);
    }
  });
});
