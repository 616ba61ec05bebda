import { CoreError } from "../errors/core-errors.js";
import { lengthIn, type CountingUnit } from "./counting-unit.js";
import { graphemeStarts } from "./graphemes.js";

/** Options of {@link truncateText}. */
export interface TruncateOptions {
  /** The largest length of the result, ellipsis included; a non-negative integer. */
  readonly max: number;
  /** The unit of `max`; default `"graphemes"`. */
  readonly unit?: CountingUnit;
  /** Appended when the text is cut; default `"…"`. Left off when it alone is longer than `max`. */
  readonly ellipsis?: string;
}

const whiteSpace = /^\s+$/u;

/**
 * Shortens `text` to at most `max` units, ellipsis included, cutting only
 * between grapheme clusters: an emoji ZWJ sequence, a flag, a keycap or a
 * letter with its accents stays whole or goes whole. White space before the
 * ellipsis is dropped. A text that fits comes back unchanged.
 *
 * @example
 * ```ts
 * truncateText("Sperrmüll am Samstag 🇩🇪", { max: 14 });                     // "Sperrmüll am…"
 * truncateText("Grüße 👩‍👩‍👧‍👦", { max: 12, unit: "utf8-bytes", ellipsis: "" }); // "Grüße "
 * ```
 */
export function truncateText(text: string, options: TruncateOptions): string {
  const { max, unit = "graphemes" } = options;
  let ellipsis = options.ellipsis ?? "…";
  if (!Number.isInteger(max) || max < 0) {
    throw new CoreError("CORE_INVALID_ARGUMENT", `truncateText: max must be a non-negative integer, got ${String(max)}.`);
  }
  if (lengthIn(text, unit) <= max) return text;

  let budget = max - lengthIn(ellipsis, unit);
  if (budget < 0) {
    ellipsis = "";
    budget = max;
  }

  const starts = graphemeStarts(text);
  // clusters[0 .. kept) fit into the budget
  let kept = 0;
  let used = 0;
  while (kept < starts.length) {
    const end = starts[kept + 1] ?? text.length;
    const size = unit === "graphemes" ? 1 : lengthIn(text.slice(starts[kept], end), unit);
    if (used + size > budget) break;
    used += size;
    kept++;
  }
  if (ellipsis !== "") {
    while (kept > 0 && whiteSpace.test(text.slice(starts[kept - 1], starts[kept]))) kept--;
  }
  // Joining can only merge the last cluster with the ellipsis, never add a
  // unit, so the result stays within max.
  return text.slice(0, starts[kept] ?? text.length) + ellipsis;
}
