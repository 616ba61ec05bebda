// Hostile inputs for the linear-time tests of the scoring package (not part of its API).

/** The length of every hostile input: 100,000 UTF-16 code units. */
export const HOSTILE_LENGTH = 100_000;

/** A deterministic pseudo-random text of {@link HOSTILE_LENGTH} characters drawn from `alphabet`. */
export function randomText(alphabet: readonly string[], seed: number): string {
  let state = seed;
  let text = "";
  while (text.length < HOSTILE_LENGTH) {
    state = (state * 1103515245 + 12345) % 2147483648;
    text += alphabet[state % alphabet.length];
  }
  return text.slice(0, HOSTILE_LENGTH);
}

/** `unit` repeated to {@link HOSTILE_LENGTH} characters. */
export const repeat = (unit: string): string => unit.repeat(Math.ceil(HOSTILE_LENGTH / unit.length)).slice(0, HOSTILE_LENGTH);
