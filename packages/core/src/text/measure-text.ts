import { countableText } from "./countable-text.js";
import type { CountingRule } from "./counting-rule.js";
import { lengthIn, type CountingUnit } from "./counting-unit.js";
import { countGraphemes, graphemeStarts } from "./graphemes.js";
import { countCodePoints, utf8ByteLength } from "./unicode-length.js";

/** How much of one limit a text uses. */
export interface LimitUsage {
  /** The unit the limit is counted in. */
  readonly unit: CountingUnit;
  /** The most the network accepts, in `unit`. */
  readonly max: number;
  /** The text's length as the network counts it for this limit. */
  readonly used: number;
  /** `max - used`; negative when the text is too long. */
  readonly remaining: number;
  /** True when `used` is over `max`: the network would refuse the text. */
  readonly exceeded: boolean;
}

/** The lengths of a text, and whether it fits a network. */
export interface TextMeasurement {
  /** Grapheme clusters of the text as written. */
  readonly graphemes: number;
  /** Code points of the text as written. */
  readonly codePoints: number;
  /** UTF-16 code units of the text as written (`text.length`). */
  readonly utf16: number;
  /** UTF-8 bytes of the text as written. */
  readonly utf8Bytes: number;
  /** The length as the network counts it and shows it to its users, in the rule's `unit`. */
  readonly weighted: number;
  /** The rule's unit, in which `weighted` is counted. */
  readonly unit: CountingUnit;
  /** One entry per limit of the rule, in the rule's order. */
  readonly limits: readonly LimitUsage[];
  /** True when no limit is exceeded. */
  readonly fits: boolean;
}

const emojiCluster = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u20E3]/u;

/** The length of an already rewritten text in `unit`, with the rule's emoji weighting. */
function countedLength(text: string, unit: CountingUnit, emojiUnit: CountingUnit | undefined): number {
  if (emojiUnit === undefined || emojiUnit === unit) return lengthIn(text, unit);
  const starts = graphemeStarts(text);
  let total = 0;
  for (let index = 0; index < starts.length; index++) {
    const cluster = text.slice(starts[index], starts[index + 1] ?? text.length);
    total += lengthIn(cluster, emojiCluster.test(cluster) ? emojiUnit : unit);
  }
  return total;
}

/**
 * Measures `text` for a network: its lengths in every unit, the length the
 * network counts (URLs and mentions weighted as the rule says) and, per
 * limit, how much is used and left.
 *
 * A post with a content warning: {@link measurePostText}, which counts the
 * warning as the network does (on Mastodon, toward the same limit).
 *
 * @example
 * ```ts
 * const m = measureText("Sperrmüll am Samstag 🚛 https://musterstadt.de/termine/sperrmuell-2025", COUNTING_RULES.mastodon);
 * m.weighted;            // 46: the URL counts as 23
 * m.limits[0].remaining; // 454
 * m.fits;                // true
 * ```
 */
export function measureText(text: string, rule: CountingRule): TextMeasurement {
  const countable = countableText(text, rule);
  const weighted = countedLength(countable, rule.unit, rule.emojiUnit);
  let fits = true;
  const limits = rule.limits.map((limit): LimitUsage => {
    const used = limit.unit === rule.unit ? weighted : countedLength(countable, limit.unit, rule.emojiUnit);
    const exceeded = used > limit.max;
    if (exceeded) fits = false;
    return { unit: limit.unit, max: limit.max, used, remaining: limit.max - used, exceeded };
  });
  return {
    graphemes: countGraphemes(text),
    codePoints: countCodePoints(text),
    utf16: text.length,
    utf8Bytes: utf8ByteLength(text),
    weighted,
    unit: rule.unit,
    limits,
    fits,
  };
}

/**
 * A post's text with its content warning measured as the network counts
 * them: on a network whose rule says the warning counts
 * (`contentWarningCounts`, Mastodon's `spoiler_text`), the warning as written
 * and the text with its links and mentions counted as the network counts
 * them are measured as one string (Mastodon's StatusLengthValidator);
 * elsewhere, or without a warning, the text alone.
 *
 * @example
 * ```ts
 * measurePostText("Baustelle ab Montag: https://musterstadt.example/bau", "Verkehr", COUNTING_RULES.mastodon).fits;
 * ```
 */
export function measurePostText(text: string, contentWarning: string | undefined, rule: CountingRule): TextMeasurement {
  if (!contentWarning || rule.contentWarningCounts !== true) return measureText(text, rule);
  // The text is rewritten as the network counts it; the joined string is then counted as it stands.
  const { urlLength: _urlLength, mentionCountsUsernameOnly: _mentions, ...asWritten } = rule;
  return measureText(contentWarning + countableText(text, rule), asWritten);
}
