import { z } from "zod";
import { issueParams } from "../validation/validate.js";
import { IdSchema } from "./common.js";
import { LIST_LIMITS, limitedList, textField } from "./limits.js";
import { whenFieldsValid } from "./when-fields-valid.js";

/** An inclusive age range in years, 0 to 120, e.g. 14–29. */
export const AgeBandSchema = z
  .object({
    /** Youngest age in the band. */
    min: z.int().min(0).max(120),
    /** Oldest age in the band; not below `min`. */
    max: z.int().min(0).max(120),
  })
  .superRefine(
    (band, ctx) => {
      if (band.max < band.min) {
        ctx.addIssue({ code: "custom", path: ["max"], input: band.max, ...issueParams("age-band.order", { min: band.min, max: band.max }) });
      }
    },
    { when: whenFieldsValid("min", "max") },
  );

/** An age range, see {@link AgeBandSchema}. */
export type AgeBand = z.infer<typeof AgeBandSchema>;

/**
 * A group of citizens the strategy wants to reach, e.g. "Junge Erwachsene",
 * "Eltern von Kita-Kindern", "Pendler". Used by planning to recommend
 * channels and by reporting to read reach figures.
 */
export const AudienceSchema = z.object({
  /** Id of the audience. */
  id: IdSchema,
  /** Name shown in plans and reports. */
  name: textField(200, 1),
  /** Age ranges the audience spans; may be empty when age does not define it. */
  ageBands: limitedList(z.array(AgeBandSchema), LIST_LIMITS.tags),
  /** Topics the audience cares about, e.g. "Kita", "Baustellen", "Veranstaltungen". */
  interests: limitedList(z.array(textField(100, 1)), LIST_LIMITS.tags),
  /** Networks where the audience is found, by adapter id, most important first, e.g. ["instagram", "whatsapp"]. */
  preferredNetworks: limitedList(z.array(textField(64, 1)), LIST_LIMITS.tags),
  /** How many people in the municipality belong to it, if known. */
  estimatedSize: z.int().min(0).optional(),
});

/** A target audience, see {@link AudienceSchema}. */
export type Audience = z.infer<typeof AudienceSchema>;
