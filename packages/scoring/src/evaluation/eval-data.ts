import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";

// The labelled evaluation set in the repository's `eval/data` (not shipped with
// the package): read by `pnpm eval` and by the test that keeps its format.

const split = z.enum(["tune", "holdout"]);

/** A labelled citizen's comment. */
export const EvalCommentSchema = z.strictObject({
  id: z.string().regex(/^c\d{3}$/),
  text: z.string().min(1),
  sentiment: z.enum(["positive", "neutral", "negative"]),
  needsAnswer: z.boolean(),
  danger: z.enum(["accident", "fire", "gas", "water", "tree", "threat", "self-harm", "medical", "other"]).nullable(),
  netiquette: z.enum(["ok", "insult", "hate", "threat", "profanity"]),
  topic: z.enum(["waste", "roadworks", "daycare", "events", "council", "emergency", "traffic", "administration", "other"]),
  split,
});
export type EvalComment = z.infer<typeof EvalCommentSchema>;

/** A draft with what a checker should find in it. */
export const EvalDraftSchema = z.strictObject({
  id: z.string().regex(/^d\d{3}$/),
  text: z.string().min(1),
  split,
  ibans: z.array(z.strictObject({ text: z.string(), checksumValid: z.boolean() })).optional(),
  expect: z.strictObject({
    personalData: z.array(z.enum(["phone", "email", "iban", "address", "plate", "birthdate"])).optional(),
    officialese: z.literal(true).optional(),
    passive: z.literal(true).optional(),
    allCaps: z.literal(true).optional(),
    pseudoBold: z.literal(true).optional(),
    hashtagNotCamelCase: z.literal(true).optional(),
    bareLink: z.literal(true).optional(),
    manyEmoji: z.literal(true).optional(),
    addressForm: z.enum(["sie", "du", "mixed"]).optional(),
    electionTerms: z.literal(true).optional(),
    plainLanguage: z.enum(["easy", "medium", "hard"]).optional(),
  }),
});
export type EvalDraft = z.infer<typeof EvalDraftSchema>;

/** A text with hand-counted readability values. */
export const EvalReadabilitySchema = z.strictObject({
  id: z.string().regex(/^r\d{2}$/),
  text: z.string().min(1),
  sentences: z.int().positive(),
  words: z.int().positive(),
  syllables: z.int().positive(),
  wordsWith3PlusSyllables: z.int().min(0),
  wordsOver6Letters: z.int().min(0),
  monosyllables: z.int().min(0),
  fleschAmstad: z.number(),
  wstf1: z.number(),
  lix: z.number(),
  syllableBreakdown: z.string(),
});
export type EvalReadability = z.infer<typeof EvalReadabilitySchema>;

/** A comment of the generalisation set: written later, by another author, without seeing the classifiers or the first set. */
export const EvalGeneralisationSchema = z.strictObject({
  id: z.string().regex(/^g\d{3}$/),
  text: z.string().min(1),
  danger: z.enum(["accident", "fire", "gas", "water", "tree", "threat", "self-harm", "medical", "other"]).nullable(),
  needsAnswer: z.boolean(),
});
export type EvalGeneralisation = z.infer<typeof EvalGeneralisationSchema>;

const dataDir = new URL("../../eval/data/", import.meta.url);

function readLines<T>(file: string, schema: z.ZodType<T>): T[] {
  const text = readFileSync(fileURLToPath(new URL(file, dataDir)), "utf8");
  return text
    .split("\n")
    .filter((line) => line.trim().length > 0)
    .map((line, index) => {
      const parsed = schema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}, line ${index + 1}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
      return parsed.data;
    });
}

/** The generalisation set, checked line by line: never tuned on, it measures how the triage does on phrasing nobody tuned for. */
export function loadGeneralisationSet(): EvalGeneralisation[] {
  return readLines("generalisation.jsonl", EvalGeneralisationSchema);
}

/** The three parts of the evaluation set, checked line by line. */
export function loadEvaluationSet(): { comments: EvalComment[]; drafts: EvalDraft[]; readability: EvalReadability[] } {
  return {
    comments: readLines("comments.jsonl", EvalCommentSchema),
    drafts: readLines("drafts.jsonl", EvalDraftSchema),
    readability: readLines("readability.jsonl", EvalReadabilitySchema),
  };
}
