import { z } from "zod";
import { validate, type ValidateOptions } from "../validation/validate.js";
import { COUNTING_UNITS, type CountingUnit } from "./counting-unit.js";

/** One maximum a network enforces on a text. */
export interface CountingLimit {
  /** The unit the maximum is counted in. */
  readonly unit: CountingUnit;
  /** The largest length the network accepts, inclusive. */
  readonly max: number;
}

/**
 * How a network counts the length of a post, as data. The built-in rules are
 * in {@link COUNTING_RULES}; an integrator describes another network with
 * {@link defineCountingRule}. `network` is any string, and a rule may carry
 * further fields of its own.
 *
 * The rewrites (`urlLength`, `mentionCountsUsernameOnly`) are applied to the
 * text first; then every limit is counted on the result in its own unit, with
 * `emojiUnit` applied to emoji clusters. With `contentWarningCounts`, a
 * post's content warning as written is counted together with the text.
 */
export interface CountingRule {
  /** The network's id, e.g. `"mastodon"` or `"dorf-app"`. */
  readonly network: string;
  /** The unit in which the network reports the length to its users (`weighted` in {@link measureText}). */
  readonly unit: CountingUnit;
  /** Every maximum the text must stay within; all must hold. */
  readonly limits: readonly CountingLimit[];
  /**
   * Each http(s) URL counts as this many units, however long it is (see
   * {@link findUrls} for what counts as a URL). Omitted: URLs count as written.
   */
  readonly urlLength?: number;
  /** A mention `@user@domain.tld` counts as `@user` (the fediverse convention). */
  readonly mentionCountsUsernameOnly?: boolean;
  /**
   * Each emoji cluster (one with a pictograph, a flag or a keycap) counts as
   * its length in this unit instead of the limit's unit.
   */
  readonly emojiUnit?: CountingUnit;
  /**
   * A post's content warning counts toward the same limits as its text: the
   * network measures the warning as written (its URLs and mentions not
   * shortened) followed directly by the rewritten text, as one string.
   * Mastodon does (`[spoiler_text, countable_text(text)].join` in its
   * StatusLengthValidator). Omitted: the warning does not count.
   */
  readonly contentWarningCounts?: boolean;
  /** Where the numbers come from, for people checking them later. */
  readonly source?: string;
}

const countingUnitSchema = z.enum(COUNTING_UNITS);

/**
 * Schema of a {@link CountingRule}, for rules read from configuration. Extra
 * fields are kept.
 */
export const countingRuleSchema = z.looseObject({
  /** See {@link CountingRule.network}. */
  network: z.string().min(1),
  /** See {@link CountingRule.unit}. */
  unit: countingUnitSchema,
  /** See {@link CountingRule.limits}. */
  limits: z
    .array(
      z.object({
        /** See {@link CountingLimit.unit}. */
        unit: countingUnitSchema,
        /** See {@link CountingLimit.max}. */
        max: z.number().int().nonnegative(),
      }),
    )
    .min(1),
  /** See {@link CountingRule.urlLength}. */
  urlLength: z.number().int().nonnegative().optional(),
  /** See {@link CountingRule.mentionCountsUsernameOnly}. */
  mentionCountsUsernameOnly: z.boolean().optional(),
  /** See {@link CountingRule.emojiUnit}. */
  emojiUnit: countingUnitSchema.optional(),
  /** See {@link CountingRule.contentWarningCounts}. */
  contentWarningCounts: z.boolean().optional(),
  /** See {@link CountingRule.source}. */
  source: z.string().optional(),
});

/**
 * Checks a counting rule and returns a frozen copy, so a rule shared across
 * tenants cannot be changed by one of them. Throws a `ValidationError`
 * (`CORE_VALIDATION_FAILED`) that names each wrong field.
 *
 * @example
 * ```ts
 * const dorfApp = defineCountingRule({
 *   network: "dorf-app",
 *   unit: "graphemes",
 *   limits: [{ unit: "graphemes", max: 1000 }],
 *   urlLength: 30,
 * });
 * measureText(draft, dorfApp).fits;
 * ```
 */
export function defineCountingRule<const Rule extends CountingRule>(rule: Rule, options: ValidateOptions = {}): Rule {
  validate(countingRuleSchema, rule, { entity: "CountingRule", ...options });
  return freezeCountingRule(rule);
}

/** A frozen copy of `rule`, its limits included; no checks. */
export function freezeCountingRule<Rule extends CountingRule>(rule: Rule): Rule {
  return Object.freeze({ ...rule, limits: Object.freeze(rule.limits.map((limit) => Object.freeze({ ...limit }))) });
}
