import { z } from "zod";
import { issueParams } from "../validation/validate.js";
import { IdSchema, InstantSchema } from "./common.js";
import { limitedList, textField } from "./limits.js";

/**
 * How much a check finding weighs: an `error` must be fixed (or accepted by
 * an approver with a reason) before approval where the organisation turns
 * the gate on; a `warning` should be looked at; a `hint` is advice.
 */
export const FINDING_SEVERITIES = ["error", "warning", "hint"] as const;

/** One of {@link FINDING_SEVERITIES}. */
export const FindingSeveritySchema = z.enum(FINDING_SEVERITIES);

/** A finding's severity, see {@link FINDING_SEVERITIES}. */
export type FindingSeverity = z.infer<typeof FindingSeveritySchema>;

/**
 * What a finding shows to people, German first and English second (the
 * instance's locale picks one).
 */
export const LocalizedTextSchema = z.object({
  /** In German. */
  de: textField(2_000, 1),
  /** In English. */
  en: textField(2_000, 1),
});

/** A text in German and English, see {@link LocalizedTextSchema}. */
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/**
 * The part of a post, reply or interaction a finding is about:
 * - `text`, `contentWarning`: the text or the content warning (a variant's
 *   when `channelId` is given);
 * - `altText`: the alt text of media item `index` (of the variant's media
 *   when `channelId` is given);
 * - `hashtag`: hashtag `index` of the post;
 * - `media`, `link`: media item or link `index` as a whole (no range);
 * - `post`: the whole post, or the whole channel when `channelId` is given.
 */
export const FINDING_FIELDS = ["text", "contentWarning", "altText", "hashtag", "media", "link", "post"] as const;

/** One of {@link FINDING_FIELDS}. */
export type FindingField = (typeof FINDING_FIELDS)[number];

/**
 * Where a finding is, so that a UI can highlight it: the field, the channel
 * of a variant, the index of a media item or hashtag, and the range in that
 * field's text twice — in UTF-16 code units (`start`, `end`: what
 * `String.prototype.slice` takes) and in grapheme clusters (`graphemeStart`,
 * `graphemeEnd`: what a person counts as characters, an emoji with skin tone
 * being one). Ends are exclusive. A finding without a range is about the
 * field as a whole.
 */
export const FindingLocationSchema = z.object({
  /** Which part, see {@link FINDING_FIELDS}. */
  field: z.enum(FINDING_FIELDS),
  /** The channel whose variant is meant, or the channel a `post` finding is about. */
  channelId: IdSchema.optional(),
  /** Index of the media item, hashtag or link. */
  index: z.int().min(0).max(1_000).optional(),
  /** Start, in UTF-16 code units. */
  start: z.int().min(0).optional(),
  /** End (exclusive), in UTF-16 code units. */
  end: z.int().min(0).optional(),
  /** Start, in grapheme clusters. */
  graphemeStart: z.int().min(0).optional(),
  /** End (exclusive), in grapheme clusters. */
  graphemeEnd: z.int().min(0).optional(),
});

/** Where a finding is, see {@link FindingLocationSchema}. */
export type FindingLocation = z.infer<typeof FindingLocationSchema>;

/** A stable code of a check's finding: lowercase letters, digits and `-`, e.g. `"long-sentence"`. */
export const FindingCodeSchema = z.string().regex(/^[a-z][a-z0-9-]{0,63}$/);

/** A check id: lowercase letters, digits and `. - /`, e.g. `"plain-language"` or `"acme/spelling"`. */
export const CheckIdSchema = z.string().regex(/^[a-z@][a-z0-9@./-]{0,99}$/);

/** How a finding could be fixed. */
export const FindingSuggestionSchema = z.object({
  /** What to do, for people. */
  message: LocalizedTextSchema,
  /** Text to put in place of the finding's range, where there is one. */
  replacement: textField(1_000).optional(),
});

/** A suggested fix, see {@link FindingSuggestionSchema}. */
export type FindingSuggestion = z.infer<typeof FindingSuggestionSchema>;

/**
 * What one check found in a post, a reply or an interaction, as stored with
 * it. `id` is a fingerprint of the check, the code, the place (field,
 * channel, index) and the text found, not of the position: a finding keeps
 * its id when text before it changes, so that a UI can follow it. An
 * approver's acceptance holds for the content it was given for; an edit
 * clears it.
 */
export const FindingSchema = z.object({
  /** Fingerprint of the finding, see above. */
  id: z.string().regex(/^[0-9a-f]{16}$/),
  /** The check that found it. */
  checkId: CheckIdSchema,
  /** Stable code, e.g. `"long-sentence"`, `"personal-data.phone"`. */
  code: FindingCodeSchema,
  /** How much it weighs, after the organisation's settings. */
  severity: FindingSeveritySchema,
  /** What was found, for people. */
  message: LocalizedTextSchema,
  /** Where it is; absent: the whole post. */
  location: FindingLocationSchema.optional(),
  /** How to fix it, where the check knows. */
  suggestion: FindingSuggestionSchema.optional(),
  /** The facts behind it (counts, limits), for programs: at most `FINDING_LIMITS.values` of them. */
  values: findingValues(z.number()).optional(),
});

/** A stored finding, see {@link FindingSchema}. */
export type Finding = z.infer<typeof FindingSchema>;

/** An approver's acceptance of a finding: which one, who, when and why. */
export const FindingAcceptanceSchema = z.object({
  /** The finding's id. */
  findingId: z.string().regex(/^[0-9a-f]{16}$/),
  /** Why it may stay, e.g. "Name des Vereins, kein Bürger". */
  // The same bounds as a post's reasons (post.ts imports this file, so not ReasonSchema itself).
  reason: textField(2_000, 1),
  /** Who accepted it. */
  by: IdSchema,
  /** When. */
  at: InstantSchema,
  /**
   * The finding's severity when it was accepted: the acceptance holds for
   * that severity or a milder one, so that letting a hint stand does not let
   * the error stand that the organisation's settings make of it later.
   * Absent in acceptances stored before it was recorded.
   */
  severity: FindingSeveritySchema.optional(),
});

/** An acceptance, see {@link FindingAcceptanceSchema}. */
export type FindingAcceptance = z.infer<typeof FindingAcceptanceSchema>;

/** How many findings one check run keeps: per check, and in all; and how many facts (`values`) one finding carries. */
export const FINDING_LIMITS = Object.freeze({
  /** Findings one check may report; the rest is summed up in one `too-many-findings` finding, as severe as the worst of them. */
  perCheck: 50,
  /** Findings one post, reply or interaction keeps in all; over it, errors are kept first and the last place sums up the rest (a `too-many-findings` finding of the check id `checks`, as severe as the worst left out). */
  total: 300,
  /** Entries of one finding's `values`. */
  values: 32,
});

/**
 * The `values` of a finding: at most `FINDING_LIMITS.values` entries, keys
 * and texts well-formed (a check may slice an emoji in two), numbers as
 * `number` says. Internal to the model and the check runner.
 */
export function findingValues<Number extends z.ZodType<number>>(number: Number) {
  return z
    .record(textField(64), z.union([textField(500), number, z.boolean()]))
    .superRefine((values, ctx) => {
      const count = Object.keys(values).length;
      if (count > FINDING_LIMITS.values) ctx.addIssue({ code: "custom", input: values, ...issueParams("list.too-many", { count, max: FINDING_LIMITS.values }) });
    });
}

/**
 * The checks' verdict on one revision of a post or reply, as stored with
 * it: which content was checked (its revision and fingerprint), when, what
 * was found, and what an approver accepted.
 */
export const CheckRecordSchema = z.object({
  /** The revision of the post or reply that was checked. */
  revision: z.int().min(1),
  /** Fingerprint of the content checked (`postContentHash`, `replyContentHash`). */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** When the checks ran. */
  at: InstantSchema,
  /** What they found. */
  findings: limitedList(z.array(FindingSchema), FINDING_LIMITS.total + 1),
  /** Findings an approver accepted, with the reason; kept while the finding is there. */
  accepted: limitedList(z.array(FindingAcceptanceSchema), FINDING_LIMITS.total + 1).default(() => []),
});

/** A check record, see {@link CheckRecordSchema}. */
export type CheckRecord = z.infer<typeof CheckRecordSchema>;

/**
 * The findings of a record that are not accepted, e.g. the `error`s that
 * stand in the way of approval.
 *
 * @example
 * ```ts
 * const blocking = openFindings(post.checks, "error");
 * ```
 */
export function openFindings(record: CheckRecord | undefined, severity?: FindingSeverity): Finding[] {
  if (!record) return [];
  const accepted = new Set(record.accepted.map((a) => a.findingId));
  return record.findings.filter((f) => !accepted.has(f.id) && (severity === undefined || f.severity === severity));
}

/**
 * How an organisation tunes the checks in its strategy: checks turned off
 * (by id, or one code as `"<checkId>/<code>"`), and severities changed the
 * same way (a code's setting wins over its check's).
 *
 * @example
 * ```ts
 * checks: { disabled: ["accessibility/emoji-count"], severities: { "plain-language": "hint", "compliance/address-form": "error" } }
 * ```
 */
export const CheckSettingsSchema = z.object({
  /** Checks (`"plain-language"`) or codes (`"accessibility/all-caps"`) not to run or not to report. */
  disabled: limitedList(z.array(z.string().min(1).max(200)), 500).default(() => []),
  /** Severities by check or `"<checkId>/<code>"`. */
  severities: z
    .record(z.string().min(1).max(200), FindingSeveritySchema)
    .superRefine((severities, ctx) => {
      const count = Object.keys(severities).length;
      if (count > 500) ctx.addIssue({ code: "custom", input: severities, ...issueParams("list.too-many", { count, max: 500 }) });
    })
    .default(() => ({})),
});

/** Check settings, see {@link CheckSettingsSchema}. */
export type CheckSettings = z.infer<typeof CheckSettingsSchema>;
