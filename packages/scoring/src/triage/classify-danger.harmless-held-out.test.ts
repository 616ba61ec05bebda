import { describe, expect, it } from "vitest";
import { dangerTrainingComments } from "../evaluation/danger-model-training.js";
import { createTriage } from "./create-triage.js";
import { HARMLESS_HELD_OUT } from "./danger-harmless-held-out.js";
import { HARMLESS_EVERYDAY_HELD_OUT } from "./danger-everyday-held-out.js";
import { HARMLESS_ORDINARY_HELD_OUT } from "./danger-ordinary-held-out.js";

const listsOnly = createTriage({ dangerModel: false });
const withModel = createTriage();
let trainedTexts: ReadonlySet<string> | undefined;
/** The texts the model is trained on, read once for the file. */
const trained = (): ReadonlySet<string> => (trainedTexts ??= new Set(dangerTrainingComments().map((comment) => comment.text)));
/** The comments of a held-out set on which the lists alone, and lists and model, raise a danger; logged for the note. */
function alarmsOn(name: string, texts: readonly string[]): { byLists: string[]; withModel: string[] } {
  const byLists = texts.filter((text) => listsOnly(text).danger !== undefined);
  const raised = texts.filter((text) => withModel(text).danger !== undefined);
  console.info(`${name} held out: lists ${byLists.length}, lists and model ${raised.length} of ${texts.length}`);
  return { byLists, withModel: raised };
}

/*
 * False alarms on ordinary comments that nothing was trained or tuned on
 * (see danger-harmless-held-out.ts): a third of them in heavy words used
 * harmlessly ("ich sterbe vor Hitze", "die Preise explodieren", a past
 * fire, a crime novel). Measured when they came, before anything was
 * changed for them: the lists alone raised a danger on 8 of the 300, lists
 * and model on 11; with the model's threshold lowered from 0.8 to 0.64
 * (chosen on the blind sets, not here), on 12; with the model trained on
 * sets up to 47 and its threshold of 0.65, on 12. The figures are held here
 * so that a change to the lists or a retrained model that raises more
 * alarms on the inbox's ordinary traffic shows up; the set must never be
 * trained on, or it would no longer say anything.
 */
describe("danger on harmless comments held out of everything", () => {
  it("holds 300 comments, none of them in the model's training", () => {
    expect(HARMLESS_HELD_OUT).toHaveLength(300);
    expect(new Set(HARMLESS_HELD_OUT).size).toBe(300);
    expect(HARMLESS_HELD_OUT.filter((text) => trained().has(text))).toEqual([]);
  });

  it("raises at most 8 false alarms with the lists alone and 12 with lists and model", () => {
    const { byLists, withModel } = alarmsOn("harmless", HARMLESS_HELD_OUT);
    expect(byLists.length).toBeLessThanOrEqual(8);
    expect(withModel.length).toBeLessThanOrEqual(12);
  });
});

/*
 * A second such set, of a town's ordinary traffic in a normal week (see
 * danger-ordinary-held-out.ts), written to measure what lowering the
 * model's threshold from 0.8 to 0.64 costs there. Measured when it came:
 * the lists alone raised no alarm on the 400, lists and model 6 at 0.8 and
 * 11 at 0.64 (questions whether a shop opens again, an overgrown path,
 * a lost key, a narrow pavement). With the model trained on sets up to 47
 * and its threshold of 0.65: 10.
 */
describe("danger on a town's ordinary traffic held out of everything", () => {
  it("holds 400 comments, none of them in the model's training or in the other held-out set", () => {
    expect(HARMLESS_ORDINARY_HELD_OUT).toHaveLength(400);
    expect(new Set(HARMLESS_ORDINARY_HELD_OUT).size).toBe(400);
    const other = new Set(HARMLESS_HELD_OUT);
    expect(HARMLESS_ORDINARY_HELD_OUT.filter((text) => trained().has(text) || other.has(text))).toEqual([]);
  });

  it("raises no false alarm with the lists alone and at most 10 with lists and model", () => {
    const { byLists, withModel } = alarmsOn("ordinary traffic", HARMLESS_ORDINARY_HELD_OUT);
    expect(byLists).toEqual([]);
    expect(withModel.length).toBeLessThanOrEqual(10);
  });
});

/*
 * A third, of the same kind (see danger-everyday-held-out.ts). Measured
 * when it came: the lists alone raised 2 alarms on the 399, lists and model
 * 7 at 0.8 and 11 at 0.64 (a café closed for two weeks, a bike left at a
 * school, a ramp too steep for a wheelchair, candyfloss that is "eine Bombe").
 * With the model trained on sets up to 47 and its threshold of 0.65: 12,
 * one more (two questions to the town, "Weiß jemand, ob die Zulassungsstelle
 * auch ohne Termin Kennzeichen reserviert?" among them, read as threats, one
 * complaint no longer as self-harm); on the 1,099 ordinary comments of the
 * three sets 34, as before.
 */
describe("danger on a second sample of a town's ordinary traffic held out of everything", () => {
  it("holds 399 comments, none of them in the model's training or in the other held-out sets", () => {
    expect(HARMLESS_EVERYDAY_HELD_OUT).toHaveLength(399);
    expect(new Set(HARMLESS_EVERYDAY_HELD_OUT).size).toBe(399);
    const others = new Set([...HARMLESS_HELD_OUT, ...HARMLESS_ORDINARY_HELD_OUT]);
    expect(HARMLESS_EVERYDAY_HELD_OUT.filter((text) => trained().has(text) || others.has(text))).toEqual([]);
  });

  it("raises at most 2 false alarms with the lists alone and 12 with lists and model", () => {
    const { byLists, withModel } = alarmsOn("everyday traffic", HARMLESS_EVERYDAY_HELD_OUT);
    expect(byLists.length).toBeLessThanOrEqual(2);
    expect(withModel.length).toBeLessThanOrEqual(12);
  });
});
