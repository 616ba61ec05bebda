import { describe, expect, it } from "vitest";
import { dangerTrainingComments, leaveOneSetOut } from "../evaluation/danger-model-training.js";

/*
 * What the danger model adds on comments written by someone new: each of
 * the newest blind sets left out of its training in turn, then read by the
 * lists alone and by lists and model. Each set was measured untouched when
 * it came (its test records it). Left out of training, lists and model
 * find 0.972 of set 10's, 0.961 of set 11's, 0.989 of set 12's, 0.978 of
 * set 13's, 0.994 of set 14's, 0.989 of set 15's, 0.939 of set 16's, 0.972
 * of set 17's, 0.956 of set 18's, 0.989 of set 19's, 0.978 of set 20's,
 * 0.989 of set 21's, 0.989 of set 22's, 0.961 of set 23's, 0.917 of set
 * 24's, 0.967 of set 25's, 0.911 of set 26's, 0.928 of set 27's, 0.978 of
 * set 28's, 0.961 of set 29's, 0.939 of set 30's, 0.939 of set 31's, 0.900
 * of set 32's, 0.956 of set 33's, 0.922 of set 34's, 0.928 of set 35's,
 * 0.878 of set 36's, 0.956 of set 37's, 0.972 of set 38's, 0.817 of set
 * 39's, 0.989 of set 40's, 0.794 of set 41's, 0.939 of set 42's, 0.967 of
 * set 43's, 0.978 of set 44's, 0.961 of set 45's, 0.983 of set 46's and
 * 0.967 of set 47's dangers, where the lists alone find 0.772, 0.628,
 * 0.839, 0.839, 0.656, 0.761, 0.606, 0.789, 0.650, 0.761, 0.600, 0.794,
 * 0.672, 0.700, 0.456, 0.789, 0.506, 0.500, 0.694, 0.767, 0.639, 0.339,
 * 0.544, 0.650, 0.467, 0.556, 0.583, 0.628, 0.756, 0.440, 0.800, 0.344,
 * 0.717, 0.722, 0.761, 0.778, 0.789 and 0.778 (the lists were widened on
 * sets 11 to 13, and by a few everyday phrasings on set 32, so there the
 * two together are no longer a blind figure).
 * `pnpm train:danger` prints every set, with the same halves of the
 * harmless sets as here; the floors leave room for a rounding that falls
 * the other way on another Node. Half of each harmless set is left out
 * with the blind set (550 comments, many of them in the heavy words of
 * tiredness, grief and anger): the lists raise 33 to 44 false alarms on
 * them, the model adds 26 to 36 (at most 6.5 %, the price of its threshold
 * of 0.65), and may add at most 8 %. On a set's own 60 look-alikes the
 * model adds 0 to 8 alarms (8 on set 31, harmless arrangements that read
 * like preparations: a gun cabinet given away, debts paid off, a surprise
 * party planned in secret "with the list of all names"; 5 on sets 33 and
 * 34, older people's talk of falls, pills and farewells and adults' talk
 * of a hard time; 4 on sets 19 and 26), and may add 8. Before sets 40 to
 * 47 joined the training it added 0 to 5 (5 on set 31): over sets 10 and
 * 14 to 39 it now adds 41 alarms on their look-alikes where it added 36,
 * and 825 on the harmless comments left out where it added 791; on sets 10
 * to 39 it finds 5,130 of the 5,395 dangers where it found 5,131.
 */
const comments = dangerTrainingComments();

describe("the danger model on blind sets left out of its training", () => {
  it.each([
    ["blind 8", 0, 0.98],
    ["blind 9", 1, 0.97],
    ["blind 10", 0, 0.97],
    ["blind 11", 1, 0.96],
    ["blind 12", 0, 0.98],
    ["blind 13", 1, 0.97],
    ["blind 14", 0, 0.99],
    ["blind 15", 1, 0.98],
    ["blind 16", 0, 0.93],
    ["blind 17", 1, 0.97],
    ["blind 18", 0, 0.95],
    ["blind 19", 1, 0.98],
    ["blind 20", 0, 0.97],
    ["blind 21", 1, 0.98],
    ["blind 22", 0, 0.98],
    ["blind 23", 1, 0.96],
    ["blind 24", 0, 0.91],
    ["blind 25", 1, 0.96],
    ["blind 26", 0, 0.91],
    ["blind 27", 1, 0.92],
    ["blind 28", 0, 0.97],
    ["blind 29", 1, 0.96],
    ["blind 30", 0, 0.93],
    ["blind 31", 1, 0.93],
    ["blind 32", 0, 0.90],
    ["blind 33", 1, 0.95],
    ["blind 34", 0, 0.92],
    ["blind 35", 1, 0.92],
    ["blind 36", 0, 0.87],
    ["blind 37", 1, 0.95],
    ["blind 38", 0, 0.97],
    ["blind 39", 1, 0.81],
    ["blind 40", 0, 0.98],
    ["blind 41", 1, 0.79],
    ["blind 42", 0, 0.93],
    ["blind 43", 1, 0.96],
    ["blind 44", 0, 0.97],
    ["blind 45", 1, 0.96],
    ["blind 46", 0, 0.98],
    ["blind 47", 1, 0.96],
  ] as const)("%s: finds more dangers than the lists alone, at least the floor, with few more false alarms", (set, half, floor) => {
    const figures = leaveOneSetOut(comments, set, half);
    expect(figures.foundWithModel).toBeGreaterThan(figures.foundByLists);
    expect(figures.foundWithModel / figures.dangers).toBeGreaterThanOrEqual(floor);
    expect(figures.alarmsWithModel).toBeLessThanOrEqual(figures.alarmsByLists + 8);
    expect(figures.harmlessAlarms).toBeLessThanOrEqual(figures.harmlessAlarmsByLists + 0.08 * figures.harmlessLeftOut);
  }, 60_000);
});
