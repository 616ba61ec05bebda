import { z } from "zod";
import { IdSchema } from "./common.js";
import { LIST_LIMITS, limitedList, textField } from "./limits.js";

/**
 * A content pillar (Themensäule): one of the few recurring topics the
 * organisation posts about, e.g. "Service & Verwaltung", "Leben in
 * Musterstadt", "Beteiligung". Posts and quiet periods refer to it by id.
 */
export const ContentPillarSchema = z.object({
  /** Id of the pillar. */
  id: IdSchema,
  /** Name shown to editors. */
  name: textField(200, 1),
  /** What belongs to the pillar, with examples. */
  description: textField(2000).optional(),
  /**
   * Words that mark a citizen's message or a post as being about this
   * pillar ("Müllabfuhr", "Sperrmüll", "Wertstoffhof"), at most 200; the
   * triage of `@kommune-sm/scoring` files messages under the pillar by them
   * (in any case, ä or ae, ß or ss, also as the first or last part of a
   * compound: "Sperrmülltermin", "Biomüll").
   */
  keywords: limitedList(z.array(textField(200, 1)), LIST_LIMITS.keywords).optional(),
  /** Target share of all posts, 0 to 1 (0.4 = 40 %); the shares of a strategy add up to at most 1. */
  share: z.number().min(0).max(1).optional(),
});

/** A content pillar, see {@link ContentPillarSchema}. */
export type ContentPillar = z.infer<typeof ContentPillarSchema>;
