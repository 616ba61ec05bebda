import { z } from "zod";
import { CheckSettingsSchema } from "./finding.js";
import { issueParams } from "../validation/validate.js";
import { AudienceSchema } from "./audience.js";
import { BrandVoiceSchema } from "./brand-voice.js";
import { IdSchema, LocalDateSchema } from "./common.js";
import { ContentPillarSchema } from "./content-pillar.js";
import { checkDateOrder } from "./date-range.js";
import { GoalSchema } from "./goal.js";
import { KpiDefinitionSchema } from "./kpi-definition.js";
import { LIST_LIMITS, limitedList, textField } from "./limits.js";
import { QuietPeriodSchema } from "./quiet-period.js";
import { reportDuplicateIds } from "./unique-ids.js";
import { whenFieldsValid } from "./when-fields-valid.js";

// Rounding noise of shares like 0.1 + 0.2 must not count as "more than 100 %".
const SHARE_TOLERANCE = 1e-9;

/**
 * The social-media strategy of an organisation: what it wants to achieve
 * (goals and KPIs), for whom (audiences), where (channels), about what
 * (content pillars), how it sounds (brand voice) and when it stays silent
 * (quiet periods). Ids are unique within each list; the target shares of the
 * pillars add up to at most 100 %.
 *
 * @example
 * ```ts
 * const strategy = validate(StrategySchema, input, { entity: "Strategy" });
 * // or start from the example: MUSTERSTADT_STRATEGY
 * ```
 */
export const StrategySchema = z
  .object({
    /** Id of the strategy. */
    id: IdSchema,
    /** The organisation whose strategy it is. */
    organisationId: IdSchema,
    /** Name, e.g. "Social-Media-Strategie 2027/28". */
    name: textField(200, 1),
    /** First day the strategy applies, in the organisation's time zone; open when left out. */
    validFrom: LocalDateSchema.optional(),
    /** Last day the strategy applies, inclusive; open when left out. */
    validUntil: LocalDateSchema.optional(),
    /** SMART goals, at most 100. */
    goals: limitedList(z.array(GoalSchema), LIST_LIMITS.goals),
    /** Target audiences, at most 100. */
    audiences: limitedList(z.array(AudienceSchema), LIST_LIMITS.audiences),
    /** The channels the strategy covers, by channel id, at most 200. */
    channelIds: limitedList(z.array(IdSchema), LIST_LIMITS.channels),
    /** Content pillars (Themensäulen), at most 50. */
    pillars: limitedList(z.array(ContentPillarSchema), LIST_LIMITS.pillars),
    /** How the organisation sounds. */
    brandVoice: BrandVoiceSchema,
    /** Periods in which content is held back, at most 200. */
    quietPeriods: limitedList(z.array(QuietPeriodSchema), LIST_LIMITS.quietPeriods),
    /** KPIs of the strategy's own, beside the built-in ones, at most 200; default none. */
    kpis: limitedList(z.array(KpiDefinitionSchema), LIST_LIMITS.kpis).default(() => []),
    /** Checks turned off and severities changed for the organisation's posts and replies; default none. */
    checks: CheckSettingsSchema.optional(),
  })
  .superRefine(
    (strategy, ctx) => {
      reportDuplicateIds(ctx, "goals", strategy.goals, "id");
      reportDuplicateIds(ctx, "audiences", strategy.audiences, "id");
      reportDuplicateIds(ctx, "channelIds", strategy.channelIds);
      reportDuplicateIds(ctx, "pillars", strategy.pillars, "id");
      reportDuplicateIds(ctx, "quietPeriods", strategy.quietPeriods, "id");
      reportDuplicateIds(ctx, "kpis", strategy.kpis, "id");
    },
    // Duplicates are worth reporting even while other fields are still wrong.
    { when: whenFieldsValid() },
  )
  .superRefine(checkDateOrder("validFrom", "validUntil"), { when: whenFieldsValid("validFrom", "validUntil") })
  .superRefine(
    (strategy, ctx) => {
      const sum = strategy.pillars.reduce((total, pillar) => total + (pillar.share ?? 0), 0);
      if (sum > 1 + SHARE_TOLERANCE) {
        ctx.addIssue({ code: "custom", path: ["pillars"], input: strategy.pillars, ...issueParams("pillar.share-sum", { percent: Math.round(sum * 1000) / 10 }) });
      }
    },
    { when: whenFieldsValid("pillars") },
  );

/** A strategy as stored, with defaults applied; see {@link StrategySchema}. */
export type Strategy = z.infer<typeof StrategySchema>;
/** A strategy as accepted by {@link StrategySchema}, before defaults. */
export type StrategyInput = z.input<typeof StrategySchema>;
