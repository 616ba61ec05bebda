import { describe, expect, it } from "vitest";
import { PROBLEM_COMBINATIONS } from "../lexicons/index.js";
import { HOSTILE_LENGTH, repeat } from "../test-support/hostile-text.js";
import { compileProblemReports } from "./problem-reports.js";
import { prepareText } from "./triage-text.js";

const find = compileProblemReports();
const namesIn = (text: string): string[] => find(prepareText(text)).map(([name]) => name);

describe("problem reports", () => {
  it.each(PROBLEM_COMBINATIONS.flatMap((group) => group.examples.map((example) => [group.name, example] as const)))("%s: finds %j", (name, example) => {
    expect(namesIn(example)).toContain(name);
  });

  it.each(PROBLEM_COMBINATIONS.flatMap((group) => group.counterExamples.map((example) => [group.name, example] as const)))("%s: does not find %j", (name, example) => {
    expect(namesIn(example)).not.toContain(name);
  });

  it("finds the thing and its state in either order and names the tokens between", () => {
    const text = "Aus ist die Laterne am Markt";
    const [[name, first, last]] = find(prepareText(text)) as [[string, number, number]];
    expect(name).toBe("light");
    expect([first, last]).toEqual([0, 3]);
  });

  it("does not reach across a sentence or beyond its reach", () => {
    expect(namesIn("Die Laterne am Markt. Aus die Maus")).toEqual([]);
    expect(namesIn("Die Laterne steht in der Straße beim großen Marktplatz und geht nachts aus")).toEqual([]);
  });

  it("reads 100,000 characters of things and states in well under a second", () => {
    for (const unit of ["Laterne aus ", "Laterne ", "aus ", "Tonne voll. ", "voller Müll "]) {
      const text = repeat(unit);
      expect(text.length).toBe(HOSTILE_LENGTH);
      const started = performance.now();
      find(prepareText(text));
      expect(performance.now() - started).toBeLessThan(1000);
    }
  });
});
