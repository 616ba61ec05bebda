// Mastodon's ids of statuses and notifications are Snowflake-like: the
// milliseconds since the epoch, shifted left by 16 bits, plus a sequence
// (lib/mastodon/snowflake.rb). They exceed 2^53, so they are compared as
// decimal strings, never as numbers.

/** The smallest id Mastodon can give to something made at `ms` (epoch ms): a `min_id` that starts a listing there. */
export function idAt(ms: number): string {
  return (BigInt(Math.max(0, Math.floor(ms))) << 16n).toString();
}

/** Whether `id` is a decimal id as Mastodon makes them (digits only, no leading zero). */
export function isDecimalId(id: string): boolean {
  return /^(0|[1-9]\d{0,38})$/.test(id);
}

/** Compares two decimal ids: negative when `a` is older than `b`. Ids that are not decimal compare as text, after decimal ones. */
export function compareIds(a: string, b: string): number {
  const aDecimal = isDecimalId(a);
  const bDecimal = isDecimalId(b);
  if (aDecimal && bDecimal) return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
  if (aDecimal !== bDecimal) return aDecimal ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
