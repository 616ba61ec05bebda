import { z } from "zod";
import { issueParams } from "../validation/validate.js";
import { IdSchema, LocalDateSchema } from "./common.js";
import { checkDateOrder } from "./date-range.js";
import { LIST_LIMITS, limitedList, textField } from "./limits.js";
import { whenFieldsValid } from "./when-fields-valid.js";

/**
 * Why content is held back:
 * - `election-neutrality`: the duty of neutrality before elections (Neutralitätsgebot);
 * - `mourning`: a period of mourning after a disaster or a death;
 * - `crisis`: a crisis in which only crisis communication goes out;
 * - `other`.
 */
export const QuietPeriodKindSchema = z.enum(["election-neutrality", "mourning", "crisis", "other"]);

/** The reason for a quiet period, see {@link QuietPeriodKindSchema}. */
export type QuietPeriodKind = z.infer<typeof QuietPeriodKindSchema>;

/** What a quiet period blocks; at least one is true. */
export const QuietPeriodBlocksSchema = z.object({
  /** Matching posts cannot be scheduled into the period. */
  scheduling: z.boolean(),
  /** Matching posts are not published during the period, also when scheduled before it began. */
  publishing: z.boolean(),
});

/**
 * Which posts a quiet period applies to. A post matches if `all` is true, or
 * its pillar or campaign is listed, or its text contains one of the keywords
 * however it is typed (case, transliteration ae/oe/ue/ss, hyphenated or split
 * compounds, invisible characters, look-alike letters; the rule is described
 * at `quietPeriodMatches`). At least one criterion must be given; each list
 * holds at most 200 entries.
 */
export const QuietPeriodMatchesSchema = z.object({
  /** Every post of the organisation. */
  all: z.boolean().optional(),
  /** Posts of these content pillars. */
  pillarIds: limitedList(z.array(IdSchema), LIST_LIMITS.references).optional(),
  /** Posts of these campaigns. */
  campaignIds: limitedList(z.array(IdSchema), LIST_LIMITS.references).optional(),
  /**
   * Posts whose text contains one of these words, e.g. a candidate's name, at
   * most 200; how they match (also as part of a compound, transliterated,
   * hyphenated, split) is described at `quietPeriodMatches`.
   */
  keywords: limitedList(z.array(textField(200, 1)), LIST_LIMITS.keywords).optional(),
});

/**
 * A period in which some or all content may not be scheduled or published:
 * before an election, in mourning, in a crisis. `startDate` and `endDate` are
 * inclusive calendar dates in the organisation's time zone: the period runs
 * from 00:00 on the first day to 24:00 on the last; like every date of the
 * model they lie in the years 1900 to 2199. An admin may override it
 * for one post, with a reason that goes to the audit log.
 *
 * @example
 * ```ts
 * validate(QuietPeriodSchema, {
 *   id: "wahl-2027", kind: "election-neutrality", label: "Bürgermeisterwahl 2027",
 *   startDate: "2027-01-11", endDate: "2027-03-28",
 *   blocks: { scheduling: true, publishing: true },
 *   matches: { pillarIds: ["rathaus"], keywords: ["Bürgermeister"] },
 * });
 * ```
 */
export const QuietPeriodSchema = z
  .object({
    /** Id of the quiet period. */
    id: IdSchema,
    /** Why content is held back. */
    kind: QuietPeriodKindSchema,
    /** Name shown to editors when a post is blocked, e.g. "Bürgermeisterwahl 2027". */
    label: textField(200, 1),
    /** First day, inclusive, in the organisation's time zone. */
    startDate: LocalDateSchema,
    /** Last day, inclusive, in the organisation's time zone; not before `startDate`. */
    endDate: LocalDateSchema,
    /** What is blocked; at least one is true. */
    blocks: QuietPeriodBlocksSchema.refine(
      (blocks) => blocks.scheduling || blocks.publishing,
      issueParams("quiet-period.blocks-nothing"),
    ),
    /** Which posts are affected; must name something. */
    matches: QuietPeriodMatchesSchema.refine(matchesSomething, issueParams("quiet-period.matches-nothing")),
    /** Internal note, e.g. the legal basis or who decided it. */
    note: textField(2000).optional(),
  })
  .superRefine(checkDateOrder("startDate", "endDate"), { when: whenFieldsValid("startDate", "endDate") });

function matchesSomething(matches: z.infer<typeof QuietPeriodMatchesSchema>): boolean {
  return (
    matches.all === true ||
    (matches.pillarIds?.length ?? 0) > 0 ||
    (matches.campaignIds?.length ?? 0) > 0 ||
    (matches.keywords?.length ?? 0) > 0
  );
}

/** A quiet period, see {@link QuietPeriodSchema}. */
export type QuietPeriod = z.infer<typeof QuietPeriodSchema>;
/** What a quiet period blocks, see {@link QuietPeriodBlocksSchema}. */
export type QuietPeriodBlocks = z.infer<typeof QuietPeriodBlocksSchema>;
/** Which posts a quiet period applies to, see {@link QuietPeriodMatchesSchema}. */
export type QuietPeriodMatches = z.infer<typeof QuietPeriodMatchesSchema>;
