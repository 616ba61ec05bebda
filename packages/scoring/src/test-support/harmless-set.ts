import { describe, expect, it } from "vitest";
import { createTriage } from "../triage/create-triage.js";

/** A set of harmless comments written blind, and the ones on which the danger lists still raise a false alarm. */
export interface HarmlessSet {
  /** The describe title, e.g. "the danger lists on calm descriptions of a scene". */
  readonly title: string;
  /** What one comment of the set is called in test titles, in the plural: "scenes", "comments". */
  readonly plural: string;
  readonly texts: readonly string[];
  /** How many different comments the set promises to hold. */
  readonly size: number;
  /** Comments on which the lists still raise a false alarm, by their text. */
  readonly stillAlarmed: ReadonlySet<string>;
}

/**
 * The danger lists on a harmless set: every comment must raise no alarm,
 * except those listed as still alarming, which are held with `it.fails`
 * so that a change that quiets one shows up and its entry is taken out.
 * The lists alone: the danger model is trained on these sets.
 */
export function describeHarmlessSet(set: HarmlessSet): void {
  const lists = createTriage({ dangerModel: false });
  describe(set.title, () => {
    it(`has the set it promises: ${set.size} different ${set.plural}, and lists as still wrong only ${set.plural} of the set`, () => {
      expect(new Set(set.texts).size).toBe(set.size);
      expect([...set.stillAlarmed].filter((text) => !set.texts.includes(text))).toEqual([]);
    });

    it.each(set.texts.filter((text) => !set.stillAlarmed.has(text)))("%j reports no danger", (text) => {
      expect(lists(text).danger).toBeUndefined();
    });

    it.fails.each([...set.stillAlarmed])("%j reports no danger, not yet", (text) => {
      expect(lists(text).danger).toBeUndefined();
    });
  });
}
