import { describe, expect, it } from "vitest";
import { dangerTrainingComments } from "../evaluation/danger-model-training.js";
import { createTriage } from "./create-triage.js";
import { HARMLESS_HELD_OUT } from "./danger-harmless-held-out.js";

/*
 * False alarms on ordinary comments that nothing was trained or tuned on
 * (see danger-harmless-held-out.ts): a third of them in heavy words used
 * harmlessly ("ich sterbe vor Hitze", "die Preise explodieren", a past
 * fire, a crime novel). Measured when they came, before anything was
 * changed for them: the lists alone raised a danger on 8 of the 300, lists
 * and model on 11; with the model's threshold lowered from 0.8 to 0.64
 * (chosen on the blind sets, not here), on 12. The figures are held here
 * so that a change to the lists or a retrained model that raises more
 * alarms on the inbox's ordinary traffic shows up; the set must never be
 * trained on, or it would no longer say anything.
 */
describe("danger on harmless comments held out of everything", () => {
  it("holds 300 comments, none of them in the model's training", () => {
    expect(HARMLESS_HELD_OUT).toHaveLength(300);
    expect(new Set(HARMLESS_HELD_OUT).size).toBe(300);
    const trained = new Set(dangerTrainingComments().map((comment) => comment.text));
    expect(HARMLESS_HELD_OUT.filter((text) => trained.has(text))).toEqual([]);
  });

  it("raises at most 8 false alarms with the lists alone and 12 with lists and model", () => {
    const alarms = (triage: ReturnType<typeof createTriage>) => HARMLESS_HELD_OUT.filter((text) => triage(text).danger !== undefined);
    const byLists = alarms(createTriage({ dangerModel: false }));
    const withModel = alarms(createTriage());
    console.info(`harmless held out: lists ${byLists.length}, lists and model ${withModel.length} of ${HARMLESS_HELD_OUT.length}`);
    expect(byLists.length).toBeLessThanOrEqual(8);
    expect(withModel.length).toBeLessThanOrEqual(12);
  });
});
