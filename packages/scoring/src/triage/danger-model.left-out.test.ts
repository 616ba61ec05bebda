import { describe, expect, it } from "vitest";
import { dangerTrainingComments, leaveOneSetOut } from "../evaluation/danger-model-training.js";

/*
 * What the danger model adds on comments written by someone new: each of
 * the newest blind sets left out of its training in turn, then read by the
 * lists alone and by lists and model. Sets 10 to 15 were measured untouched
 * when they came (their tests record it); left out of training, lists and
 * model find 0.939, 0.828, 0.922, 0.789, 0.883 and 0.939 of the dangers of
 * sets 10 to 15, against the lists' 0.767, 0.589, 0.778, 0.544, 0.639 and
 * 0.750 (`pnpm train:danger` prints every set, with the same halves of the
 * harmless sets as here; the floors leave room for a rounding that falls
 * the other way on another Node). Half of each harmless set is left out
 * with the blind set: the lists raise 29 to 38 false alarms on those 350
 * calm comments, and the model may add at most 10 (under 3 %).
 */
const comments = dangerTrainingComments();

describe("the danger model on blind sets left out of its training", () => {
  it.each([
    ["blind 8", 0, 0.96],
    ["blind 9", 1, 0.94],
    ["blind 10", 0, 0.9],
    ["blind 11", 1, 0.82],
    ["blind 12", 0, 0.91],
    ["blind 13", 1, 0.75],
    ["blind 14", 0, 0.87],
    ["blind 15", 1, 0.93],
  ] as const)("%s: finds more dangers than the lists alone, at least the floor, with few more false alarms", (set, half, floor) => {
    const figures = leaveOneSetOut(comments, set, half);
    expect(figures.foundWithModel).toBeGreaterThan(figures.foundByLists);
    expect(figures.foundWithModel / figures.dangers).toBeGreaterThanOrEqual(floor);
    expect(figures.alarmsWithModel).toBeLessThanOrEqual(figures.alarmsByLists + 2);
    expect(figures.harmlessAlarms).toBeLessThanOrEqual(figures.harmlessAlarmsByLists + 10);
  }, 60_000);
});
