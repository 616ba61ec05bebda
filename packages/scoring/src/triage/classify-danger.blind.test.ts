import { describe, expect, it } from "vitest";
import { createTriage } from "./create-triage.js";
import { DANGER_BLIND_REPORTS } from "./danger-blind-reports.js";

/*
 * The danger step on comments written without looking at its lexicon (see
 * danger-blind-reports.ts). Before the lexicon and the classifier were
 * widened for them, 62 of the 258 tests of comments failed here: 58 of the
 * 188 dangers were missed (recall 0.69: self-harm 14, threat 11,
 * infrastructure 9, medical 7, accident 5, water 4, gas 3, tree 3, fire 2)
 * and 4 of the 70 look-alikes raised an alarm.
 *
 * Whether a danger is found is what a duty officer relies on, so that is
 * asserted for every comment; whether its category is the one a person
 * would give is printed, and only held to a floor.
 */

const triage = createTriage();
const dangerOf = (text: string) => triage(text).danger;

const dangers = DANGER_BLIND_REPORTS.filter((report) => report.category !== null);
const harmless = DANGER_BLIND_REPORTS.filter((report) => report.category === null);

describe("danger on comments nobody tuned for", () => {
  it.each(dangers.map((report) => [report.text, report.category] as const))("%j reports a danger (%s)", (text) => {
    expect(dangerOf(text)?.category).toBeDefined();
  });

  it.each(harmless.map((report) => report.text))("%j reports no danger", (text) => {
    expect(dangerOf(text)?.category).toBeUndefined();
  });

  it("has the set it promises: 150 dangers over all nine categories, 50 look-alikes", () => {
    expect(dangers.length).toBeGreaterThanOrEqual(150);
    expect(harmless.length).toBeGreaterThanOrEqual(50);
    expect(new Set(dangers.map((report) => report.category)).size).toBe(9);
  });

  it("gives the category a person would give to most dangers, and prints the others", () => {
    const right = dangers.filter((report) => dangerOf(report.text)?.category === report.category);
    console.info(`blind set: category right for ${right.length} of ${dangers.length} dangers`);
    for (const report of dangers) {
      const found = dangerOf(report.text)?.category;
      if (found !== report.category) console.info(`  ${report.category} read as ${found ?? "no danger"}: ${report.text}`);
    }
    // Drowning read as "medical", a fall on a road as "accident": next steps that overlap. Most must still be right.
    expect(right.length / dangers.length).toBeGreaterThanOrEqual(0.85);
  });
});
