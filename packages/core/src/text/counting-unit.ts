import { CoreError } from "../errors/core-errors.js";
import { countGraphemes } from "./graphemes.js";
import { countCodePoints, utf8ByteLength } from "./unicode-length.js";

/** Every unit in which a network may count the length of a text. */
export const COUNTING_UNITS = ["graphemes", "code-points", "utf16", "utf8-bytes"] as const;

/**
 * A unit in which a network counts text:
 * - `graphemes`: the characters a reader sees (👩‍👩‍👧‍👦 is one);
 * - `code-points`: Unicode code points (👩‍👩‍👧‍👦 is seven);
 * - `utf16`: UTF-16 code units, JavaScript's `string.length` (👩‍👩‍👧‍👦 is eleven);
 * - `utf8-bytes`: bytes in UTF-8 (👩‍👩‍👧‍👦 is twenty-five).
 */
export type CountingUnit = (typeof COUNTING_UNITS)[number];

/**
 * The length of `text` in `unit`.
 *
 * @example
 * ```ts
 * lengthIn("Grüße 👋🏽", "graphemes");  // 7
 * lengthIn("Grüße 👋🏽", "utf8-bytes"); // 16
 * ```
 */
export function lengthIn(text: string, unit: CountingUnit): number {
  switch (unit) {
    case "graphemes":
      return countGraphemes(text);
    case "code-points":
      return countCodePoints(text);
    case "utf16":
      return text.length;
    case "utf8-bytes":
      return utf8ByteLength(text);
    default:
      throw new CoreError("CORE_INVALID_ARGUMENT", `Unknown counting unit "${String(unit)}"; expected one of ${COUNTING_UNITS.join(", ")}.`);
  }
}
