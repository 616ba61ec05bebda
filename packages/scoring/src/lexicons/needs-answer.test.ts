import { describe, expect, it } from "vitest";
import {
  FINITE_VERBS,
  foldForLexicon as fold,
  IMPERATIVE_PARTICLES,
  IMPERATIVE_VERBS,
  LOST_AND_FOUND,
  NOT_QUESTIONS,
  PROBLEM_COMBINATION_REACH,
  PROBLEM_COMBINATIONS,
  QUESTION_SUBJECTS,
  QUESTION_VERBS,
  QUESTION_VERBS_BEFORE_SUBJECT,
  QUESTION_WORDS,
  SELF_ANSWERS,
  WAITING_SIGNS,
  WAITING_WORDS,
  WISH_REACH,
  WISH_VERBS,
  WISH_WORDS,
} from "./index.js";

const isLexiconForm = (text: string): boolean => text === text.toLowerCase() && text === text.normalize("NFC") && text.trim() === text && !/\s{2}/.test(text);
const duplicates = (values: readonly string[]): string[] => values.filter((value, index) => values.indexOf(value) !== index);

// The lists that the needs-answer rules added besides the markers that lexicons.test.ts checks.
const LISTS: Record<string, readonly string[]> = {
  QUESTION_VERBS_BEFORE_SUBJECT,
  QUESTION_SUBJECTS,
  FINITE_VERBS,
  NOT_QUESTIONS,
  WISH_VERBS,
  WISH_WORDS,
  IMPERATIVE_VERBS,
  IMPERATIVE_PARTICLES,
  WAITING_WORDS,
  WAITING_SIGNS,
  LOST_AND_FOUND,
  SELF_ANSWERS,
};
const SINGLE_WORDS = ["QUESTION_VERBS_BEFORE_SUBJECT", "QUESTION_SUBJECTS", "FINITE_VERBS", "WISH_VERBS", "WISH_WORDS", "IMPERATIVE_VERBS", "IMPERATIVE_PARTICLES", "WAITING_WORDS", "WAITING_SIGNS"];

describe("needs-answer word lists", () => {
  it.each(Object.entries(LISTS))("%s is in lexicon form, without duplicates after folding, with stars only at a word's end", (name, list) => {
    expect(list.length).toBeGreaterThan(0);
    expect(list.filter((entry) => !isLexiconForm(entry))).toEqual([]);
    expect(duplicates(list.map(fold))).toEqual([]);
    expect(list.filter((entry) => entry.split(" ").some((word) => word.includes("*") && !/^[^*]+\*$/.test(word)))).toEqual([]);
    if (SINGLE_WORDS.includes(name)) expect(list.filter((entry) => entry.includes(" "))).toEqual([]);
  });

  it("lists a verb either as lenient or as needing a subject, not both", () => {
    expect(QUESTION_VERBS_BEFORE_SUBJECT.filter((verb) => QUESTION_VERBS.includes(verb))).toEqual([]);
    expect(FINITE_VERBS.filter((verb) => QUESTION_VERBS.includes(verb) || QUESTION_VERBS_BEFORE_SUBJECT.includes(verb))).toEqual([]);
  });

  it("begins every phrase that asks nothing with a question word", () => {
    const questionWords = new Set(QUESTION_WORDS.filter((word) => !word.includes(" ")));
    expect(NOT_QUESTIONS.filter((phrase) => !questionWords.has(phrase.split(" ")[0]!))).toEqual([]);
  });

  it("reaches a few words, no further", () => {
    for (const reach of [WISH_REACH, PROBLEM_COMBINATION_REACH]) {
      expect(Number.isInteger(reach) && reach >= 1 && reach <= 8).toBe(true);
    }
  });
});

describe("PROBLEM_COMBINATIONS", () => {
  it("names every group once and gives it things, states, examples and counter-examples in lexicon form, without stars", () => {
    expect(duplicates(PROBLEM_COMBINATIONS.map((group) => group.name))).toEqual([]);
    for (const group of PROBLEM_COMBINATIONS) {
      for (const list of [group.things, group.states]) {
        expect(list.length, group.name).toBeGreaterThan(0);
        expect(list.filter((entry) => !isLexiconForm(entry) || entry.includes("*")), group.name).toEqual([]);
        expect(duplicates(list.map(fold)), group.name).toEqual([]);
      }
      expect(group.examples.length, group.name).toBeGreaterThan(0);
      expect(group.counterExamples.length, group.name).toBeGreaterThan(0);
    }
  });
});
