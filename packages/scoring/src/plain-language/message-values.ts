/*
 * How the plain-language check writes values into its messages, each the
 * way the plain code wrote it, made cheaper: a finding's message cost more
 * than finding it. The property tests compare each with the plain code.
 */

/**
 * `(Math.round(value * 10) / 10).toFixed(1)`, the way the plain-language
 * check writes a score into its message ("45.3"), without `toFixed`: a
 * text that is hard to read has three scores written, and the three calls
 * cost more than all else of its finding but the message. The tenths are a whole number;
 * written as digits with a point before the last one, they are what
 * `toFixed(1)` gives for the nearest double (which is the closest to them
 * of all numbers with one decimal). Very large, infinite and NaN values go
 * the general way; the property test compares both on any number.
 */
export function oneDecimal(value: number): string {
  const tenths = Math.round(value * 10);
  // Far below 2^53: the tenths and their last digit are exact.
  if (!(tenths > -1e15 && tenths < 1e15)) return (tenths / 10).toFixed(1);
  // -0 (from -0.04) is written "0.0", as toFixed writes it.
  const negative = tenths < 0;
  const magnitude = negative ? -tenths : tenths;
  const last = magnitude % 10;
  return `${negative ? "-" : ""}${(magnitude - last) / 10}.${last}`;
}

/**
 * `syllables.join("·")`: strings joined one by one (the built-in join cost
 * as much as the rest of a long-word finding); anything else a counter
 * made by hand may return is joined by the built-in.
 */
export function joinSyllables(syllables: readonly string[]): string {
  if (syllables.length === 0 || typeof syllables[0] !== "string") return syllables.join("·");
  let joined = syllables[0];
  for (let index = 1; index < syllables.length; index++) {
    const syllable = syllables[index];
    if (typeof syllable !== "string") return syllables.join("·");
    joined += `·${syllable}`;
  }
  return joined;
}
