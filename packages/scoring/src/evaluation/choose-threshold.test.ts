import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chooseThreshold, countsForThreshold, THRESHOLD_CANDIDATES, THRESHOLD_RECALL, type LeftOutFigures } from "./danger-model-training.js";

/** Figures of one left-out set: `found[i]` dangers found at `thresholds[i]`. */
function figures(set: string, dangers: number, thresholds: readonly number[], found: readonly number[], harmless: readonly number[] = found.map(() => 0)): LeftOutFigures {
  return {
    set,
    dangers,
    foundByLists: 0,
    foundWithModel: found[0] ?? 0,
    lookAlikes: 0,
    alarmsByLists: 0,
    alarmsWithModel: 0,
    harmlessLeftOut: 0,
    harmlessAlarmsByLists: 0,
    harmlessAlarms: 0,
    atThresholds: thresholds.map((threshold, index) => ({ threshold, found: found[index]!, harmlessAlarms: harmless[index]! })),
  };
}

describe("the rule that chooses the danger model's threshold", () => {
  it("weighs 0.50 to 0.90 in steps of 0.01 for a recall of 0.95", () => {
    expect(THRESHOLD_RECALL).toBe(0.95);
    expect(THRESHOLD_CANDIDATES).toHaveLength(41);
    expect(THRESHOLD_CANDIDATES[0]).toBe(0.5);
    expect(THRESHOLD_CANDIDATES.at(-1)).toBe(0.9);
    expect(THRESHOLD_CANDIDATES).toContain(0.64);
  });

  it("counts sets 10 and later, on whose predecessors the lists were shaped", () => {
    expect(["blind 1", "blind 9", "blind 10", "blind 39", "blind 100"].map(countsForThreshold)).toEqual([false, false, true, true, true]);
  });

  it("takes the highest threshold at which the pooled sets reach the recall, and says what it finds and costs there", () => {
    const thresholds = [0.6, 0.7, 0.8];
    const chosen = chooseThreshold([
      figures("blind 10", 100, thresholds, [98, 96, 90], [30, 20, 10]),
      figures("blind 11", 100, thresholds, [96, 94, 92], [5, 4, 3]),
      // Set 3 is not counted: at 0.8 it would lift the pool to 0.95.
      figures("blind 3", 200, thresholds, [200, 200, 200]),
    ]);
    expect(chosen).toEqual({ threshold: 0.7, found: 190, dangers: 200, harmlessAlarms: 24 });
  });

  it("chooses nothing where no threshold reaches the recall, or no set counts", () => {
    expect(chooseThreshold([figures("blind 10", 100, [0.6, 0.7], [94, 90])])).toBeUndefined();
    expect(chooseThreshold([figures("blind 5", 100, [0.6], [100])])).toBeUndefined();
    expect(chooseThreshold([])).toBeUndefined();
  });

  it("refuses figures that were not read at every threshold", () => {
    expect(() => chooseThreshold([figures("blind 10", 10, [0.6, 0.7], [10, 10]), figures("blind 11", 10, [0.6], [10])])).toThrow(/blind 11 was not read at threshold 0.7/);
  });

  it("for any figures where fewer are found at a higher threshold, picks a threshold that reaches the recall and no higher one does", () => {
    const setFigures = fc.record({ dangers: fc.integer({ min: 1, max: 200 }), losses: fc.array(fc.nat({ max: 10 }), { minLength: 5, maxLength: 5 }) });
    fc.assert(
      fc.property(fc.array(setFigures, { minLength: 1, maxLength: 6 }), (sets) => {
        const thresholds = [0.5, 0.6, 0.7, 0.8, 0.9];
        const all = sets.map(({ dangers, losses }, index) => {
          let found = dangers;
          const foundAt = losses.map((loss) => (found = Math.max(0, found - loss)));
          return figures(`blind ${10 + index}`, dangers, thresholds, foundAt);
        });
        const pooled = (threshold: number) => all.reduce((sum, figure) => sum + figure.atThresholds.find((at) => at.threshold === threshold)!.found, 0);
        const dangers = all.reduce((sum, figure) => sum + figure.dangers, 0);
        const reaching = thresholds.filter((threshold) => pooled(threshold) / dangers >= THRESHOLD_RECALL);
        const chosen = chooseThreshold(all);
        if (reaching.length === 0) return chosen === undefined;
        return chosen !== undefined && chosen.threshold === Math.max(...reaching) && chosen.found === pooled(chosen.threshold) && chosen.dangers === dangers;
      }),
    );
  });
});
