import type { CountingRule } from "@kommune-sm/core";

/**
 * At most how many of a unit one UTF-16 code unit counts for: a grapheme,
 * a code point or a code unit at most one; UTF-8 three bytes (a surrogate
 * pair, two units, four). Undefined for anything that is not one of core's
 * units. A switch, not a look-up in `COUNTING_UNITS`: it runs for every
 * limit of every channel of every post.
 */
function mostPerCodeUnit(unit: unknown): number | undefined {
  switch (unit) {
    case "graphemes":
    case "code-points":
    case "utf16":
      return 1;
    case "utf8-bytes":
      return 3;
    default:
      return undefined;
  }
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
    for (let links = linksIn(text); links > 0; links--) length += urlLength;
  }
  const { limits } = rule;
  // An index loop: a runner's rules are frozen, and a for-of loop over a frozen array is slow on Node 20.
  for (let index = 0; index < limits.length; index++) {
    const limit = limits[index]!;
    const most = mostPerCodeUnit(limit.unit);
    if (most === undefined) return false;
    const bound = length * Math.max(most, emojiUnit);
    if (!(bound <= limit.max && bound < Math.ceil(limit.max * nearLimit))) return false;
  }
  return true;
}

// The last text's links: a post's text is measured for each of its channels in turn.
let lastText = "";
let lastLinks = 0;

/** How many links (each "://") `text` has; the last text's number is kept. */
function linksIn(text: string): number {
  if (text !== lastText) {
    let links = 0;
    for (let at = text.indexOf("://"); at !== -1; at = text.indexOf("://", at + 3)) links++;
    lastText = text;
    lastLinks = links;
  }
  return lastLinks;
}
