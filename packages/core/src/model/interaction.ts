import { z } from "zod";
import { inspectBoundedJson } from "./bounded-json.js";
import { issueParams } from "../validation/validate.js";
import { isWellFormedText } from "../validation/well-formed-text.js";
import { IdSchema, InstantSchema, LanguageSchema, UrlSchema } from "./common.js";
import { limitedList, textField } from "./limits.js";
import { ReasonedDecisionSchema, ReasonSchema } from "./post.js";
import { whenFieldsValid } from "./when-fields-valid.js";

/** What kind of incoming message an interaction is. */
export const InteractionKindSchema = z.enum(["comment", "reply", "mention", "direct-message"]);

/** An interaction kind, see {@link InteractionKindSchema}. */
export type InteractionKind = z.infer<typeof InteractionKindSchema>;

/**
 * Where an interaction stands: `open` until answered or closed without answer
 * (spam, thanks, nothing to answer); `hidden` when a person took it out of
 * every list (an insult, personal data), with a reason.
 *
 * `hidden` is a status rather than a flag beside the status, so that the one
 * field every inbox, filter and count looks at keeps a hidden message out of
 * them: a cockpit that lists `status: "open"` can never show an insult that
 * someone hid, and a count of unanswered messages does not count it. The
 * interaction keeps its data (and `hidden` says who hid it, when and why);
 * only an admin can reopen it (see `INTERACTION_TRANSITIONS`).
 */
export const InteractionStatusSchema = z.enum(["open", "answered", "closed", "hidden"]);

/** An interaction status, see {@link InteractionStatusSchema}. */
export type InteractionStatus = z.infer<typeof InteractionStatusSchema>;

/** Who wrote an interaction, as the network shows them. */
export const InteractionAuthorSchema = z.object({
  /** Handle on the network, e.g. "@erika@mastodon.social". */
  handle: textField(256, 1),
  /** Display name, if the network has one. */
  displayName: textField(200).optional(),
});

/** The author of an interaction, see {@link InteractionAuthorSchema}. */
export type InteractionAuthor = z.infer<typeof InteractionAuthorSchema>;

/**
 * How much automatic triage one interaction may carry: producers (a scoring
 * plugin, a language detector), labels per producer, and the size of a
 * producer's free `data` (entries counted through all levels, characters of
 * keys and strings, levels of nesting). Triage is a short verdict about one
 * message; what does not fit belongs in the producer's own collection.
 */
export const INTERACTION_TRIAGE_LIMITS = Object.freeze({
  /** Producers whose results one interaction keeps. */
  producers: 16,
  /** Longest producer name, e.g. `"scoring"` or `"@acme/toxicity"`. */
  producerLength: 100,
  /** Labels of one producer's result. */
  labels: 32,
  /** Longest label, e.g. `"insult"` or `"question.waste-collection"`. */
  labelLength: 64,
  /** Object keys and array items of `data`, counted through all levels. */
  maxEntries: 200,
  /** Characters of `data`'s keys and strings together. */
  maxTextLength: 4_000,
  /** Levels of nesting of `data`. */
  maxDepth: 6,
});

const TRIAGE_PRODUCER = /^[a-z0-9@][a-z0-9@._/:-]*$/;

/**
 * The name under which a producer files its triage: lowercase letters,
 * digits and `@ . _ / : -`, starting with a letter, a digit or `@`, e.g.
 * `"scoring"`, `"scoring.toxicity"` or `"@acme/triage"` (a plugin's name).
 */
export const TriageProducerSchema = z
  .string()
  .min(1)
  .max(INTERACTION_TRIAGE_LIMITS.producerLength)
  .regex(TRIAGE_PRODUCER);

/**
 * What one producer (a scoring plugin, say) concluded about an interaction:
 * when, labels (`"insult"`, `"question"`), a score, and data of its own. The
 * SDK keeps it and reads none of it; a cockpit sorts and filters on it.
 * `data` is JSON (well-formed strings, finite numbers, plain objects) within
 * {@link INTERACTION_TRIAGE_LIMITS}. Unknown fields are refused, so that a
 * misspelt `lables` is not silently dropped.
 */
export const InteractionTriageResultSchema = z.strictObject({
  /** When the producer reached its verdict. */
  at: InstantSchema,
  /** Short labels, e.g. `"insult"`, `"question"`, `"spam"`. */
  labels: limitedList(z.array(textField(INTERACTION_TRIAGE_LIMITS.labelLength, 1)), INTERACTION_TRIAGE_LIMITS.labels).optional(),
  /** A score on the producer's own scale (finite). */
  score: z.number().optional(),
  /** Anything else the producer keeps, as bounded JSON. */
  // Kept as the store will give it back: through JSON (a -0 becomes 0), once it is known to be JSON.
  data: z
    .unknown()
    .superRefine(checkTriageData)
    .transform((data): unknown => (data === undefined ? undefined : JSON.parse(JSON.stringify(data))))
    .optional(),
});

/** One producer's triage of an interaction, see {@link InteractionTriageResultSchema}. */
export type InteractionTriageResult = z.infer<typeof InteractionTriageResultSchema>;

/**
 * Automatic triage of an interaction, by producer: at most
 * {@link INTERACTION_TRIAGE_LIMITS}`.producers` of them, each named by
 * {@link TriageProducerSchema}. Set it with `workflow.setInteractionTriage`.
 */
export const InteractionTriageSchema = z.preprocess((value, ctx) => {
  // Counted before the entries are parsed, as a too-long list is.
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    const count = Object.keys(value).length;
    if (count > INTERACTION_TRIAGE_LIMITS.producers) {
      ctx.addIssue({ code: "custom", input: value, ...issueParams("list.too-many", { count, max: INTERACTION_TRIAGE_LIMITS.producers }) });
    }
  }
  return value;
}, z.record(TriageProducerSchema, InteractionTriageResultSchema));

/** Triage by producer, see {@link InteractionTriageSchema}. */
export type InteractionTriage = z.infer<typeof InteractionTriageSchema>;

/**
 * Why an interaction was closed without an answer: who closed it, when, and
 * the reason if one was given (`"Spam"`, `"Dank, nichts zu beantworten"`).
 */
export const InteractionClosureSchema = z.object({
  /** Team member who closed it. */
  by: IdSchema,
  /** When. */
  at: InstantSchema,
  /** Why, if said. */
  reason: ReasonSchema.optional(),
});

/** The closure of an interaction, see {@link InteractionClosureSchema}. */
export type InteractionClosure = z.infer<typeof InteractionClosureSchema>;

/**
 * A message from a citizen on one of the organisation's channels: a comment,
 * a reply, a mention or a direct message. `receivedAt` and `firstResponseAt`
 * give the response time that the KPIs on answering citizens measure; the
 * first response cannot be before the receipt.
 *
 * Interactions hold personal data (GDPR): keep them only as long as the
 * organisation's retention rules allow.
 */
export const InteractionSchema = z
  .object({
    /** Id of the interaction in the SDK. */
    id: IdSchema,
    /** The organisation addressed. */
    organisationId: IdSchema,
    /** The channel it came in on. */
    channelId: IdSchema,
    /** What kind of message it is. */
    kind: InteractionKindSchema,
    /** Its id on the network, for replying and for de-duplication. */
    remoteId: textField(512, 1),
    /** Our post it refers to, if known. */
    postId: IdSchema.optional(),
    /** Network id of the message it answers, if it is part of a thread. */
    inReplyToRemoteId: textField(512, 1).optional(),
    /** Who wrote it. */
    author: InteractionAuthorSchema,
    /** Its text. */
    text: textField(100_000),
    /** Language of the text, if known or detected. */
    language: LanguageSchema.optional(),
    /** When it reached the organisation (as the network dates it). */
    receivedAt: InstantSchema,
    /** When it got its first answer from the organisation; not before `receivedAt`. */
    firstResponseAt: InstantSchema.optional(),
    /** Where it stands; default open. */
    status: InteractionStatusSchema.default("open"),
    /** Public link to it on the network, if there is one. */
    url: UrlSchema.optional(),
    /** When the collector read it from the network (absent for interactions entered otherwise). */
    collectedAt: InstantSchema.optional(),
    /**
     * Version for optimistic concurrency, from 1; absent (interactions stored
     * before it existed) counts as 1. Every change through the workflow —
     * each step and each triage — raises it by one.
     */
    revision: z.int().min(1).optional(),
    /** The team member who is to take care of it, if someone is. */
    assignedTo: IdSchema.optional(),
    /** Who closed it without an answer, when and why; there while the status is `closed` (absent on ones closed before it was kept). */
    closure: InteractionClosureSchema.optional(),
    /**
     * Who hid it, when and why (an insult, personal data): there exactly
     * while the status is `hidden`. The text and author stay stored.
     */
    hidden: ReasonedDecisionSchema.optional(),
    /** What automatic triage (scoring plugins) concluded, by producer. */
    triage: InteractionTriageSchema.optional(),
  })
  .superRefine(
    (interaction, ctx) => {
      // Both are normalised UTC strings of one fixed form, so they compare as strings.
      if (interaction.firstResponseAt !== undefined && interaction.firstResponseAt < interaction.receivedAt) {
        ctx.addIssue({
          code: "custom",
          path: ["firstResponseAt"],
          input: interaction.firstResponseAt,
          ...issueParams("interaction.response-before-receipt", {
            firstResponseAt: interaction.firstResponseAt,
            receivedAt: interaction.receivedAt,
          }),
        });
      }
    },
    { when: whenFieldsValid("receivedAt", "firstResponseAt") },
  );

/** An interaction as stored, with defaults applied; see {@link InteractionSchema}. */
export type Interaction = z.infer<typeof InteractionSchema>;
/** An interaction as accepted by {@link InteractionSchema}, before defaults. */
export type InteractionInput = z.input<typeof InteractionSchema>;

function checkTriageData(data: unknown, ctx: z.core.$RefinementCtx<unknown>): void {
  const budget = { entries: INTERACTION_TRIAGE_LIMITS.maxEntries, text: INTERACTION_TRIAGE_LIMITS.maxTextLength };
  const walked = inspectBoundedJson(data, 1, budget, { maxDepth: INTERACTION_TRIAGE_LIMITS.maxDepth, allowUndefined: false });
  // A plain string over the budget is found only after the walk.
  const problem = walked ?? (budget.entries < 0 || budget.text < 0 ? "options.too-large" : undefined);
  if (problem === undefined) return;
  const { maxEntries, maxTextLength, maxDepth } = INTERACTION_TRIAGE_LIMITS;
  ctx.addIssue({ code: "custom", input: data, ...issueParams(problem, problem === "options.too-large" ? { maxEntries, maxTextLength, maxDepth } : undefined) });
}
