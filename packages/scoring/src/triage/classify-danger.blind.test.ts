import { describeBlindDangerSet } from "../test-support/blind-danger-set.js";
import { DANGER_BLIND_REPORTS } from "./danger-blind-reports.js";

/*
 * The danger step on comments written without looking at its lexicon (see
 * danger-blind-reports.ts). Before the lexicon and the classifier were
 * widened for them, 62 of the 258 tests of comments failed here: 58 of the
 * 188 dangers were missed (recall 0.69: self-harm 14, threat 11,
 * infrastructure 9, medical 7, accident 5, water 4, gas 3, tree 3, fire 2)
 * and 4 of the 70 look-alikes raised an alarm.
 */

describeBlindDangerSet({
  name: "blind set 1",
  reports: DANGER_BLIND_REPORTS,
  dangers: 188,
  lookAlikes: 70,
  // Every comment of this set is right, not only 95 % of them.
  leastRecall: 1,
  mostAlarms: 0,
  // Drowning read as "medical", a fall on a road as "accident": next steps that overlap. Most must still be right.
  leastRightCategory: 0.85,
});
