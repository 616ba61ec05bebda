import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { loadEvaluationSet, loadGeneralisationSet } from "./eval-data.js";

// The evaluation set's held-out part must never move: a fingerprint of its ids
// fails this test when an item is added to it, taken out or moved to tuning.
const HOLDOUT_FINGERPRINT = "e9cd1b5a0ad80d43752c7abb00a17d74d7c89ec19a84b89090332c6b72e3f8a8";

describe("the evaluation set", () => {
  const set = loadEvaluationSet();

  it("has the size it promises, with every class in both parts", () => {
    expect(set.comments.length).toBeGreaterThanOrEqual(400);
    expect(set.drafts.length).toBeGreaterThanOrEqual(100);
    expect(set.readability).toHaveLength(20);
    for (const label of ["sentiment", "netiquette", "danger", "needsAnswer"] as const) {
      for (const part of ["tune", "holdout"] as const) {
        const classes = new Set(set.comments.filter((c) => c.split === part).map((c) => String(c[label])));
        expect([...classes].sort(), `${label} in ${part}`).toEqual([...new Set(set.comments.map((c) => String(c[label])))].sort());
      }
    }
  });

  it("has unique ids and keeps its held-out part as it was", () => {
    for (const list of [set.comments, set.drafts, set.readability]) expect(new Set(list.map((i) => i.id)).size).toBe(list.length);
    const holdout = [...set.comments, ...set.drafts].filter((i) => i.split === "holdout").map((i) => i.id).sort().join(",");
    expect(createHash("sha256").update(holdout).digest("hex")).toBe(HOLDOUT_FINGERPRINT);
  });

  it("has a generalisation set apart from it, with unique ids and danger reports that want an answer unless they are the writer's own threat", () => {
    const fresh = loadGeneralisationSet();
    expect(fresh.length).toBeGreaterThanOrEqual(200);
    expect(new Set(fresh.map((c) => c.id)).size).toBe(fresh.length);
    for (const c of fresh) if (c.danger !== null && c.danger !== "threat") expect(c.needsAnswer, c.id).toBe(true);
  });

  it("has readability values that follow from its counts", () => {
    for (const r of set.readability) {
      const asl = r.words / r.sentences;
      expect(180 - asl - 58.5 * (r.syllables / r.words), r.id).toBeCloseTo(r.fleschAmstad, 1);
      expect(asl + (100 * r.wordsOver6Letters) / r.words, r.id).toBeCloseTo(r.lix, 1);
      const ms = (100 * r.wordsWith3PlusSyllables) / r.words;
      const iw = (100 * r.wordsOver6Letters) / r.words;
      const es = (100 * r.monosyllables) / r.words;
      expect(0.1935 * ms + 0.1672 * asl + 0.1297 * iw - 0.0327 * es - 0.875, r.id).toBeCloseTo(r.wstf1, 1);
    }
  });
});
