import { describe, expect, it } from "vitest";
import { createTriage } from "../triage/create-triage.js";
import type { BlindDangerReport } from "../triage/danger-blind-reports.js";

/** How one set of comments written blind is held to account (see {@link describeBlindDangerSet}). */
export interface BlindDangerSet {
  /** Its name in the test titles and the printed figures, e.g. "blind set 4". */
  readonly name: string;
  readonly reports: readonly BlindDangerReport[];
  /** How many dangers and look-alikes the set promises to hold. */
  readonly dangers: number;
  readonly lookAlikes: number;
  /** How many of the nine categories its dangers cover: all nine unless said (a set may hold only threats, self-harm and medical). */
  readonly categories?: number;
  /** Dangers the step still misses, by their text. */
  readonly stillMissed?: ReadonlySet<string>;
  /** Look-alikes that still raise an alarm, by their text. */
  readonly stillAlarmed?: ReadonlySet<string>;
  /** The least share of dangers that must be found (0.95 unless said). */
  readonly leastRecall?: number;
  /** The most look-alikes that may raise an alarm. */
  readonly mostAlarms: number;
  /** The least share of dangers whose category is the one a person gave. */
  readonly leastRightCategory: number;
}

/**
 * The danger lists on a set of comments they were not written for.
 * Whether a danger is found is what a duty officer relies on, so that is
 * asserted for every comment; the few that still go wrong are listed with
 * `it.fails`, so that a change that mends one of them shows up as a failing
 * test and its entry is taken out of the list. Whether the category is the
 * one a person would give is printed, and held to a floor.
 */
export function describeBlindDangerSet(set: BlindDangerSet): void {
  // The lists alone: the danger model (on by default) is trained on these sets, so what it adds is
  // measured with each set left out of its training (danger-model.left-out.test.ts), not here.
  const triage = createTriage({ dangerModel: false });
  const dangerOf = (text: string) => triage(text).danger;
  const stillMissed = set.stillMissed ?? new Set<string>();
  const stillAlarmed = set.stillAlarmed ?? new Set<string>();
  const dangers = set.reports.filter((report) => report.category !== null);
  const harmless = set.reports.filter((report) => report.category === null);

  describe(`danger on ${set.name}, comments nobody tuned for`, () => {
    it("lists as still wrong only comments of the set", () => {
      const texts = new Set(set.reports.map((report) => report.text));
      expect([...stillMissed, ...stillAlarmed].filter((text) => !texts.has(text))).toEqual([]);
      expect([...stillMissed].filter((text) => !dangers.some((report) => report.text === text))).toEqual([]);
      expect([...stillAlarmed].filter((text) => !harmless.some((report) => report.text === text))).toEqual([]);
    });

    const found = dangers.filter((report) => !stillMissed.has(report.text)).map((report) => [report.text, report.category] as const);
    it.each(found)("%j reports a danger (%s)", (text) => {
      expect(dangerOf(text)?.category).toBeDefined();
    });

    const missed = dangers.filter((report) => stillMissed.has(report.text)).map((report) => [report.text, report.category] as const);
    if (missed.length > 0) {
      it.fails.each(missed)("%j reports a danger (%s), not yet", (text) => {
        expect(dangerOf(text)?.category).toBeDefined();
      });
    }

    const quiet = harmless.filter((report) => !stillAlarmed.has(report.text)).map((report) => report.text);
    it.each(quiet)("%j reports no danger", (text) => {
      expect(dangerOf(text)?.category).toBeUndefined();
    });

    const alarmed = harmless.filter((report) => stillAlarmed.has(report.text)).map((report) => report.text);
    if (alarmed.length > 0) {
      it.fails.each(alarmed)("%j reports no danger, not yet", (text) => {
        expect(dangerOf(text)?.category).toBeUndefined();
      });
    }

    const leastRecall = set.leastRecall ?? 0.95;
    it(`finds at least ${Math.round(leastRecall * 100)} % of the dangers and raises at most ${set.mostAlarms} false alarms`, () => {
      const foundCount = dangers.filter((report) => dangerOf(report.text) !== undefined).length;
      const alarms = harmless.filter((report) => dangerOf(report.text) !== undefined).length;
      expect(foundCount / dangers.length).toBeGreaterThanOrEqual(leastRecall);
      expect(alarms).toBeLessThanOrEqual(set.mostAlarms);
    });

    const categories = set.categories ?? 9;
    it(`has the set it promises: ${set.dangers} dangers over ${categories === 9 ? "all nine" : categories} categories, ${set.lookAlikes} look-alikes`, () => {
      expect(dangers.length).toBe(set.dangers);
      expect(harmless.length).toBe(set.lookAlikes);
      expect(new Set(dangers.map((report) => report.category)).size).toBe(categories);
    });

    it("gives the category a person would give to most dangers, and prints the others", () => {
      const right = dangers.filter((report) => dangerOf(report.text)?.category === report.category);
      console.info(`${set.name}: category right for ${right.length} of ${dangers.length} dangers`);
      for (const report of dangers) {
        const category = dangerOf(report.text)?.category;
        if (category !== report.category) console.info(`  ${report.category} read as ${category ?? "no danger"}: ${report.text}`);
      }
      expect(right.length / dangers.length).toBeGreaterThanOrEqual(set.leastRightCategory);
    });
  });
}
