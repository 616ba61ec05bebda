import { CoreError } from "../errors/core-errors.js";

// A reverse-DNS label: letters, digits and hyphens, not starting or ending
// with a hyphen, at most 63 characters (as in a host name).
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * Why `prefix` is no reverse-DNS name for CloudEvents types (such as
 * `de.kommune-sm`), or undefined if it is one.
 */
function prefixProblem(prefix: unknown): string | undefined {
  if (typeof prefix !== "string") return `must be a string, not ${prefix === null ? "null" : typeof prefix}`;
  if (prefix === "") return "must not be empty; leave it out for the catalogue's names alone";
  if (prefix.endsWith(".")) return "is written without the dot at the end: the bus adds it before the event type";
  if (prefix !== prefix.toLowerCase()) return "must be in lower case, as domain names are compared";
  if (prefix.length > 200) return "is longer than 200 characters";
  const labels = prefix.split(".");
  if (labels.length < 2) return "needs at least two labels separated by a dot, the domain reversed (de.kommune-sm for kommune-sm.de)";
  if (labels.includes("")) return "has an empty label (two dots in a row, or one at the start)";
  const bad = labels.find((label) => !LABEL.test(label));
  if (bad !== undefined) return `has the label "${bad}"; a label is letters, digits and hyphens, at most 63, neither starting nor ending with a hyphen`;
  if (!/^[a-z]/.test(labels[0]!)) return `starts with "${labels[0]}"; it starts with a letter, being a top-level domain`;
  return undefined;
}

/**
 * Checks a CloudEvents type prefix and throws `CORE_INVALID_ARGUMENT` naming
 * `option` (where it was given) and what is wrong.
 */
export function assertEventTypePrefix(prefix: unknown, option: string): asserts prefix is string {
  const problem = prefixProblem(prefix);
  if (problem !== undefined) {
    throw new CoreError("CORE_INVALID_ARGUMENT", `${option} ${problem}; expected a reverse-DNS name such as "de.kommune-sm", got ${JSON.stringify(prefix) ?? String(prefix)}.`);
  }
}
