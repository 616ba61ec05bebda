import { describe, expect, it } from "vitest";
import { dangerTrainingComments, leaveOneSetOut } from "../evaluation/danger-model-training.js";

/*
 * What the danger model adds on comments written by someone new: each of
 * the newest blind sets left out of its training in turn, then read by the
 * lists alone and by lists and model. Each set was measured untouched when
 * it came (its test records it). Left out of training, lists and model
 * find 0.956 of set 10's, 0.917 of set 11's, 0.978 of set 12's, 0.967 of
 * set 13's, 0.983 of set 14's, 0.978 of set 15's, 0.922 of set 16's, 0.967
 * of set 17's, 0.928 of set 18's, 0.978 of set 19's, 0.956 of set 20's,
 * 0.989 of set 21's, 0.978 of set 22's, 0.939 of set 23's, 0.889 of set
 * 24's, 0.956 of set 25's, 0.883 of set 26's, 0.911 of set 27's, 0.972 of
 * set 28's, 0.950 of set 29's, 0.933 of set 30's, 0.906 of set 31's, 0.883
 * of set 32's, 0.928 of set 33's, 0.889 of set 34's, 0.911 of set 35's,
 * 0.878 of set 36's, 0.933 of set 37's, 0.961 of set 38's and 0.754 of set
 * 39's dangers, where the lists alone find 0.772, 0.628, 0.839, 0.839,
 * 0.656, 0.756, 0.606, 0.789, 0.650, 0.756, 0.600, 0.794, 0.667, 0.700,
 * 0.456, 0.789, 0.506, 0.500, 0.694, 0.767, 0.639, 0.339, 0.539, 0.650,
 * 0.472, 0.550, 0.583, 0.628, 0.756 and 0.434 (the lists were widened on
 * sets 11 to 13, and by a few everyday phrasings on set 32, so there the
 * two together are no longer a blind figure).
 * `pnpm train:danger` prints every set, with the same halves of the
 * harmless sets as here; the floors leave room for a rounding that falls
 * the other way on another Node. Half of each harmless set is left out
 * with the blind set (550 comments, many of them in the heavy words of
 * tiredness, grief and anger): the lists raise 33 to 44 false alarms on
 * them, the model adds 15 to 22 (at most 4.0 %), and may add at
 * most 6 %. On a set's own 60 look-alikes the model adds 0 to 4
 * alarms (4 on set 33, whose look-alikes are older people's talk of
 * falls, pills and farewells; 3 on set 29, work talk in the words of
 * danger, "die Bude brennt", on set 31, harmless arrangements that read
 * like preparations, a hunting licence, a will, and on set 34), and may
 * add 4.
 */
const comments = dangerTrainingComments();

describe("the danger model on blind sets left out of its training", () => {
  it.each([
    ["blind 8", 0, 0.98],
    ["blind 9", 1, 0.96],
    ["blind 10", 0, 0.95],
    ["blind 11", 1, 0.91],
    ["blind 12", 0, 0.97],
    ["blind 13", 1, 0.96],
    ["blind 14", 0, 0.98],
    ["blind 15", 1, 0.97],
    ["blind 16", 0, 0.92],
    ["blind 17", 1, 0.96],
    ["blind 18", 0, 0.92],
    ["blind 19", 1, 0.97],
    ["blind 20", 0, 0.95],
    ["blind 21", 1, 0.98],
    ["blind 22", 0, 0.97],
    ["blind 23", 1, 0.93],
    ["blind 24", 0, 0.88],
    ["blind 25", 1, 0.95],
    ["blind 26", 0, 0.88],
    ["blind 27", 1, 0.91],
    ["blind 28", 0, 0.97],
    ["blind 29", 1, 0.95],
    ["blind 30", 0, 0.93],
    ["blind 31", 1, 0.90],
    ["blind 32", 0, 0.88],
    ["blind 33", 1, 0.92],
    ["blind 34", 0, 0.88],
    ["blind 35", 1, 0.91],
    ["blind 36", 0, 0.87],
    ["blind 37", 1, 0.93],
    ["blind 38", 0, 0.96],
    ["blind 39", 1, 0.75],
  ] as const)("%s: finds more dangers than the lists alone, at least the floor, with few more false alarms", (set, half, floor) => {
    const figures = leaveOneSetOut(comments, set, half);
    expect(figures.foundWithModel).toBeGreaterThan(figures.foundByLists);
    expect(figures.foundWithModel / figures.dangers).toBeGreaterThanOrEqual(floor);
    expect(figures.alarmsWithModel).toBeLessThanOrEqual(figures.alarmsByLists + 4);
    expect(figures.harmlessAlarms).toBeLessThanOrEqual(figures.harmlessAlarmsByLists + 0.06 * figures.harmlessLeftOut);
  }, 60_000);
});
