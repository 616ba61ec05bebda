import type { RawMatch } from "./personal-data-match.js";

/** When two matches cover exactly the same text: the more specific kind first. */
const PRIORITY: Readonly<Record<RawMatch["kind"], number>> = {
  iban: 0,
  email: 1,
  phone: 2,
  birthdate: 3,
  plate: 4,
  address: 5,
};

/**
 * Sorts the matches by start and drops overlaps: of two matches that overlap,
 * the longer one stays (an IBAN over the phone-like digits in it, an address
 * with postal code over a bare street), on equal length the earlier one, then
 * the more specific kind. Sorts `matches` in place.
 */
export function resolveOverlaps(matches: RawMatch[]): RawMatch[] {
  if (matches.length < 2) return matches;
  matches.sort((a, b) => a.start - b.start || b.end - a.end || PRIORITY[a.kind] - PRIORITY[b.kind]);
  const kept: RawMatch[] = [matches[0]!];
  for (let i = 1; i < matches.length; i++) {
    const match = matches[i]!;
    const last = kept[kept.length - 1]!;
    if (match.start >= last.end) {
      kept.push(match);
    } else if (match.end - match.start > last.end - last.start) {
      // The new match starts after `last` did, so it cannot reach back over the one before `last`.
      kept[kept.length - 1] = match;
    }
  }
  return kept;
}
