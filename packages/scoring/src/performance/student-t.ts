/**
 * Two-sided critical values of Student's t distribution for 90 % and 95 %
 * confidence, by degrees of freedom 1–30 (standard tables), then the normal
 * quantiles. Written out rather than computed: a table is exact where it
 * matters (few posts) and needs no numerical inverse of the t distribution,
 * which no small, well-kept npm package offers without pulling in a whole
 * statistics library.
 */
const T90 = [6.314, 2.92, 2.353, 2.132, 2.015, 1.943, 1.895, 1.86, 1.833, 1.812, 1.796, 1.782, 1.771, 1.761, 1.753, 1.746, 1.74, 1.734, 1.729, 1.725, 1.721, 1.717, 1.714, 1.711, 1.708, 1.706, 1.703, 1.701, 1.699, 1.697];
const T95 = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042];

/** The confidence levels {@link tCritical} knows. */
export type ConfidenceLevel = 0.9 | 0.95;

/** The two-sided critical value of Student's t for `degrees` of freedom (≥ 1) at `confidence`. */
export function tCritical(degrees: number, confidence: ConfidenceLevel): number {
  const table = confidence === 0.9 ? T90 : T95;
  if (degrees <= table.length) return table[Math.max(1, Math.floor(degrees)) - 1]!;
  // Beyond 30 degrees the t distribution is within 2 % of the normal; 120 is the usual last step of tables.
  const normal = confidence === 0.9 ? 1.645 : 1.96;
  const at30 = table[29]!;
  return degrees >= 120 ? normal : at30 + ((normal - at30) * (degrees - 30)) / 90;
}
