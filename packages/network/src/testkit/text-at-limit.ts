import { COUNTING_UNITS, countableText, lengthIn, measurePostText, measureText, type CountingRule, type CountingUnit } from "@kommune-sm/core";

/*
 * Building blocks for texts at a limit. Each is one grapheme cluster that
 * starts with a base character, so that they can be repeated and followed by
 * "a" without merging into a neighbour: their lengths add up. They differ in
 * how the units count them, so that an adapter (or network) that counts in
 * another unit than it declares refuses one of the texts:
 *   "a"          1 grapheme, 1 code point, 1 UTF-16 unit, 1 byte
 *   "ä"          1, 1, 1, 2
 *   "€"          1, 1, 1, 3
 *   "e" + U+0301 1, 2, 2, 3    (decomposed é)
 *   "e" + 3 marks 1, 4, 4, 7
 *   "𝔸"          1, 1, 2, 4
 *   "👍"         1, 1, 2, 4    (an emoji: the rule's emojiUnit applies)
 *   family       1, 7, 11, 25  (a ZWJ sequence)
 *   "e" + 30 marks 1, 31, 31, 61 (for byte limits far above the grapheme limit)
 */
const ATOMS = [
  "a",
  "ä",
  "€",
  "e\u0301",
  "e\u0301\u0301\u0301",
  "\u{1D538}",
  "\u{1F44D}",
  "\u{1F469}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}",
  `e${"\u0301".repeat(30)}`,
] as const;

const used = (text: string, rule: CountingRule) => measureText(text, rule).limits.map((limit) => limit.used);

/**
 * Texts that use limit `limitIndex` of `rule` exactly (as core's
 * `measureText` counts) and fit every other limit: `prefix`, then repeats of
 * one building block, then "a"s. One text per building block that can reach
 * the limit, plain ASCII first; empty when the prefix alone is too long or the
 * limit cannot be reached without breaking another.
 *
 * @example
 * ```ts
 * textsAtLimit(COUNTING_RULES.bluesky, 1); // 3,000 UTF-8 bytes within 300 graphemes, e.g. 120 family emoji
 * ```
 */
export function textsAtLimit(rule: CountingRule, limitIndex: number, prefix = ""): string[] {
  const target = rule.limits[limitIndex];
  if (!target) throw new RangeError(`The rule has no limit ${limitIndex}.`);
  const base = used(prefix, rule);
  const budget = rule.limits.map((limit, k) => limit.max - (base[k] ?? 0));
  if (budget.some((b) => b < 0)) return [];
  const texts = new Set<string>();
  for (const atom of ATOMS) {
    const cost = used(atom, rule);
    const count = largestCount(cost, budget, limitIndex);
    if (count === undefined) continue;
    const rest = (budget[limitIndex] ?? 0) - count * (cost[limitIndex] ?? 0);
    const text = prefix + atom.repeat(count) + "a".repeat(rest);
    // The arithmetic assumes lengths add up; measuring the result is the proof.
    const measured = measureText(text, rule);
    if (measured.fits && measured.limits[limitIndex]?.used === target.max) texts.add(text);
  }
  return [...texts];
}

/**
 * The largest number of an atom with costs `cost` such that filling the rest
 * of the target's budget with "a" (1 in every unit) keeps every limit.
 */
function largestCount(cost: readonly number[], budget: readonly number[], t: number): number | undefined {
  const ct = cost[t] ?? 0;
  const bt = budget[t] ?? 0;
  if (ct <= 0) return undefined;
  let most = Math.floor(bt / ct);
  let least = 0;
  for (let k = 0; k < cost.length; k++) {
    if (k === t) continue;
    const ck = cost[k] ?? 0;
    const bk = budget[k] ?? 0;
    // n atoms and (bt - n*ct) "a"s use n*(ck - ct) + bt of limit k.
    const slope = ck - ct;
    if (slope > 0) most = Math.min(most, Math.floor((bk - bt) / slope));
    else if (slope < 0) least = Math.max(least, Math.ceil((bt - bk) / -slope));
    else if (bt > bk) return undefined;
  }
  return most >= least && most >= 0 ? most : undefined;
}

/**
 * Texts that go over limit `limitIndex` by one unit: each text at the limit
 * with one more "a".
 */
export function textsOverLimit(rule: CountingRule, limitIndex: number, prefix = ""): string[] {
  return textsAtLimit(rule, limitIndex, prefix).map((text) => `${text}a`);
}

/**
 * Texts that, published with `contentWarning`, use limit `limitIndex` of
 * `rule` exactly as the network counts a post (core's `measurePostText`):
 * where the rule counts the warning (`contentWarningCounts`), the warning
 * as written and the text (its links shortened) together; elsewhere the
 * text alone, as {@link textsAtLimit}. Each text starts with `prefix`; empty
 * when the warning and the prefix leave no room.
 *
 * @example
 * ```ts
 * postTextsAtLimit(COUNTING_RULES.mastodon, 0, "Unfall auf der B 27"); // texts of 481 graphemes: 19 + 481 = 500
 * ```
 */
export function postTextsAtLimit(rule: CountingRule, limitIndex: number, contentWarning: string, prefix = ""): string[] {
  if (!contentWarning || rule.contentWarningCounts !== true) return textsAtLimit(rule, limitIndex, prefix);
  const target = rule.limits[limitIndex];
  if (!target) throw new RangeError(`The rule has no limit ${limitIndex}.`);
  // The network counts the warning and the rewritten text as one string,
  // without rewriting it again: build that string, then take the text back out.
  const { urlLength: _urlLength, mentionCountsUsernameOnly: _mentions, ...asWritten } = rule;
  const head = contentWarning + countableText(prefix, rule);
  return textsAtLimit(asWritten, limitIndex, head)
    .map((joined) => prefix + joined.slice(head.length))
    .filter((text) => {
      // The building blocks could join the prefix's last link or the warning's last character: measuring is the proof.
      const measured = measurePostText(text, contentWarning, rule);
      return measured.fits && measured.limits[limitIndex]?.used === target.max;
    });
}

/**
 * Texts that, published with `contentWarning`, go over limit `limitIndex`
 * by one unit: each of {@link postTextsAtLimit} with one more "a".
 */
export function postTextsOverLimit(rule: CountingRule, limitIndex: number, contentWarning: string, prefix = ""): string[] {
  return postTextsAtLimit(rule, limitIndex, contentWarning, prefix).map((text) => `${text}a`);
}

/**
 * What a failed limit check tells the integrator: the text it tried (its
 * start and end, with every character outside printable ASCII spelt as
 * `\u{…}`), its length in every unit as the network would count it (links
 * shortened where the rule says so), and the units in which the network's
 * answer would have been right: the unit the network seems to count in.
 *
 * `answer` is what the network did: `"refused"` a text within the limit, or
 * `"accepted"` a text over it.
 *
 * @example
 * ```ts
 * describeLimitText("ä".repeat(300), COUNTING_RULES.bluesky, 0, "refused");
 * // 'the text "\u{e4}\u{e4}…" (300 graphemes, 300 code points, 300 utf16, 600 utf8-bytes as the rule counts it; declared: 300 graphemes); …'
 * ```
 */
export function describeLimitText(text: string, rule: CountingRule, limitIndex: number, answer: "refused" | "accepted"): string {
  const limit = rule.limits[limitIndex];
  if (!limit) throw new RangeError(`The rule has no limit ${limitIndex}.`);
  const counted = countableText(text, rule);
  const lengths = Object.fromEntries(COUNTING_UNITS.map((unit) => [unit, lengthIn(counted, unit)])) as Record<CountingUnit, number>;
  // Refused within the limit: a unit in which it is over. Accepted over it: a unit in which it fits.
  const seems = COUNTING_UNITS.filter((unit) => unit !== limit.unit && (answer === "refused" ? lengths[unit] > limit.max : lengths[unit] <= limit.max));
  const measured = COUNTING_UNITS.map((unit) => `${lengths[unit]} ${unit}`).join(", ");
  const guess =
    seems.length > 0
      ? `the network seems to count in ${seems.join(" or ")}, not in ${limit.unit}`
      : answer === "refused"
        ? `it is within ${limit.max} in every unit: the network refused it for something else (or counts links or mentions differently)`
        : `it is over ${limit.max} in every unit: the network does not enforce this limit`;
  return `the text "${spell(text)}" (${text.length} UTF-16 units as sent; ${measured} as the rule counts it; declared limit ${limitIndex + 1}: ${limit.max} ${limit.unit}) was ${answer}: ${guess}`;
}

/** The start and end of a text, every character outside printable ASCII spelt out. */
function spell(text: string): string {
  const escape = (part: string) => Array.from(part, (ch) => (/^[\x20-\x7e]$/.test(ch) && ch !== '"' && ch !== "\\" ? ch : `\\u{${ch.codePointAt(0)!.toString(16)}}`)).join("");
  const chars = Array.from(text);
  return chars.length <= 60 ? escape(text) : `${escape(chars.slice(0, 40).join(""))}…(${chars.length - 50} more)…${escape(chars.slice(-10).join(""))}`;
}
