import { z } from "zod";
import { IdSchema, LocalDateSchema } from "./common.js";
import { checkDateOrder } from "./date-range.js";
import { LIST_LIMITS, limitedList, textField } from "./limits.js";
import { whenFieldsValid } from "./when-fields-valid.js";

/**
 * A campaign: posts on one occasion over a while, e.g. "Stadtfest 2027",
 * "Hitzeschutz", "Grundsteuerreform". Posts refer to it by `campaignId`; a
 * quiet period may block a whole campaign. Dates are inclusive, in the
 * organisation's time zone; an open end is allowed.
 */
export const CampaignSchema = z
  .object({
    /** Id of the campaign. */
    id: IdSchema,
    /** The organisation that runs it. */
    organisationId: IdSchema,
    /** Name shown to editors and in reports. */
    name: textField(200, 1),
    /** What the campaign is about and what it wants to achieve. */
    description: textField(2000).optional(),
    /** First day. */
    startDate: LocalDateSchema.optional(),
    /** Last day, inclusive; not before `startDate`. */
    endDate: LocalDateSchema.optional(),
    /** Content pillars the campaign serves; default none. */
    pillarIds: limitedList(z.array(IdSchema), LIST_LIMITS.references).default(() => []),
    /** Strategy goals the campaign pays into; default none. */
    goalIds: limitedList(z.array(IdSchema), LIST_LIMITS.references).default(() => []),
  })
  .superRefine(checkDateOrder("startDate", "endDate"), { when: whenFieldsValid("startDate", "endDate") });

/** A campaign as stored, with defaults applied; see {@link CampaignSchema}. */
export type Campaign = z.infer<typeof CampaignSchema>;
/** A campaign as accepted by {@link CampaignSchema}, before defaults. */
export type CampaignInput = z.input<typeof CampaignSchema>;
