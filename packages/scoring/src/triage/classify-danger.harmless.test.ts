import { describe, expect, it } from "vitest";
import { createTriage } from "./create-triage.js";
import { HARMLESS_BLIND_COMMENTS } from "./harmless-blind-comments.js";

/*
 * The danger step on 300 ordinary comments written without looking at its
 * lexicon (see harmless-blind-comments.ts), half of them with words that
 * also report dangers: the Osterfeuer's date, a passion that "burns", fewer
 * accidents in the statistics, a water main to be renewed, a cooking course
 * with knives, a job advert for paramedics. Before the false friends and
 * contexts were widened for them, 16 of the 300 raised an alarm (5.3 %):
 * a false alarm pushes a harmless comment above the citizens who wait for
 * an answer, and teaches the team to ignore the danger flag.
 */

const triage = createTriage();

describe("danger on ordinary comments nobody tuned for", () => {
  it("has the set it promises: 300 different comments", () => {
    expect(new Set(HARMLESS_BLIND_COMMENTS).size).toBe(300);
  });

  it.each(HARMLESS_BLIND_COMMENTS)("%j reports no danger", (text) => {
    expect(triage(text).danger).toBeUndefined();
  });
});
