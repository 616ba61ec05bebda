const DAY_MS = 86_400_000;
// 0000-01-01T00:00:00.000Z up to (not including) 10000-01-01: the years that
// toISOString writes with four digits.
const FIRST_FOUR_DIGIT_MS = -62_167_219_200_000;
const AFTER_FOUR_DIGIT_MS = 253_402_300_800_000;

const twoDigits: readonly string[] = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, "0"));
const threeDigits: readonly string[] = Array.from({ length: 1000 }, (_, n) => String(n).padStart(3, "0"));

// The day of the last instant formatted, and its "YYYY-MM-DDT".
let dayStart = Number.NaN;
let dayPrefix = "";

/**
 * An instant (epoch milliseconds) as RFC 3339 UTC text: exactly what
 * `new Date(ms).toISOString()` gives, and throws what it throws.
 *
 * Written by hand because the publishing path writes several timestamps per
 * delivery (the claim, its lease, the outcome, the workflow's steps, the
 * sandbox's post), and `toISOString` took about 1.8 µs each on the
 * benchmark machine; this takes about 0.2 µs. Only the date part comes from
 * `toISOString`, once per day; the time of day is written from integers. A
 * property test holds the two together.
 *
 * @example
 * ```ts
 * formatInstant(Date.UTC(2026, 10, 27, 8, 30)); // "2026-11-27T08:30:00.000Z"
 * ```
 */
export function formatInstant(ms: number): string {
  // Fractions and instants outside four-digit years: the built-in decides (truncation, six-digit years, RangeError).
  if (!Number.isInteger(ms) || ms < FIRST_FOUR_DIGIT_MS || ms >= AFTER_FOUR_DIGIT_MS) return new Date(ms).toISOString();
  if (!(ms >= dayStart && ms < dayStart + DAY_MS)) {
    dayStart = Math.floor(ms / DAY_MS) * DAY_MS;
    dayPrefix = new Date(dayStart).toISOString().slice(0, 11);
  }
  let rest = ms - dayStart;
  const hours = Math.floor(rest / 3_600_000);
  rest -= hours * 3_600_000;
  const minutes = Math.floor(rest / 60_000);
  rest -= minutes * 60_000;
  const seconds = Math.floor(rest / 1000);
  rest -= seconds * 1000;
  return `${dayPrefix}${twoDigits[hours]}:${twoDigits[minutes]}:${twoDigits[seconds]}.${threeDigits[rest]}Z`;
}
