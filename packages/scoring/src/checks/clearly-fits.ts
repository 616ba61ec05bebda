import { COUNTING_UNITS, type CountingRule, type CountingUnit } from "@kommune-sm/core";

/** At most how many of a unit one UTF-16 code unit counts for: a grapheme, a code point or a code unit at most one; UTF-8 three bytes (a surrogate pair, two units, four). */
const MOST_PER_CODE_UNIT: Readonly<Record<CountingUnit, number>> = { graphemes: 1, "code-points": 1, utf16: 1, "utf8-bytes": 3 };

function mostPerCodeUnit(unit: unknown): number | undefined {
  return (COUNTING_UNITS as readonly unknown[]).includes(unit) ? MOST_PER_CODE_UNIT[unit as CountingUnit] : undefined;
}

/**
 * Does `text` (shown with `warning`) stay clearly within every limit of
 * `rule`: below the share `nearLimit` of each, and not over it, by a bound
 * that needs no measuring? Measuring a post as the network counts it (core's
 * `measurePostText`: graphemes, links, emoji) was more than half of the
 * channel-fit check, for posts that are a fraction of any limit.
 *
 * The bound: the text's and the warning's code units, each link (each
 * "://") counted as the rule's `urlLength` more, times the most a code unit
 * counts for in the limit's unit or the rule's emoji unit. Mentions only
 * shorten. False where the bound does not settle it, or the rule is one
 * core would refuse (an unknown unit, a length that is no count): there the
 * text is measured.
 */
export function clearlyFits(text: string, warning: string, rule: CountingRule, nearLimit: number): boolean {
  const ruleUnit = mostPerCodeUnit(rule.unit);
  const emojiUnit = rule.emojiUnit === undefined ? 1 : mostPerCodeUnit(rule.emojiUnit);
  if (ruleUnit === undefined || emojiUnit === undefined || !Array.isArray(rule.limits)) return false;
  let length = text.length + warning.length;
  const { urlLength } = rule;
  if (urlLength !== undefined) {
    if (!(Number.isFinite(urlLength) && urlLength >= 0)) return false;
    for (let at = text.indexOf("://"); at !== -1; at = text.indexOf("://", at + 3)) length += urlLength;
  }
  for (const limit of rule.limits) {
    const most = mostPerCodeUnit(limit.unit);
    if (most === undefined) return false;
    const bound = length * Math.max(most, emojiUnit);
    if (!(bound <= limit.max && bound < Math.ceil(limit.max * nearLimit))) return false;
  }
  return true;
}
