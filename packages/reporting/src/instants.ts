/**
 * Epoch milliseconds of an RFC 3339 instant with an offset (`Z` or `±hh:mm`),
 * or of a finite number when `numbers` allows them; NaN for anything else. A
 * string without an offset is refused, not read in the process's time zone.
 * Internal; each caller says in its own words what was wrong.
 */
export function instantMs(value: unknown, numbers = false): number {
  if (typeof value === "number") return numbers && Number.isFinite(value) ? value : Number.NaN;
  return typeof value === "string" && /(Z|[+-]\d{2}:\d{2})$/i.test(value) ? Date.parse(value) : Number.NaN;
}
