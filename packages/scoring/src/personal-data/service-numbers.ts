/**
 * Emergency and public service numbers: printed in every municipal post about
 * emergencies, doctors on call or help lines, and never a citizen's private
 * number, so they are never reported. Written as the digits one dials inside
 * Germany.
 */
export const SERVICE_NUMBERS: ReadonlySet<string> = new Set([
  "110", // police
  "112", // fire brigade and ambulance
  "115", // public administration's number (Behördennummer)
  "08001110111", // Telefonseelsorge
  "08001110222", // Telefonseelsorge
  "08001110333", // Nummer gegen Kummer, children and young people
  "08001110550", // Nummer gegen Kummer, parents
]);

/**
 * True for an emergency or service number in national digits (see
 * {@link SERVICE_NUMBERS}). Every number of the EU's harmonised range 116xxx
 * (116 117 doctors on call, 116 111 Nummer gegen Kummer, 116 016 help line
 * violence against women, 116 123 Telefonseelsorge, 116 000 missing children,
 * 116 006 victims) is one too.
 */
export function isServiceNumber(nationalDigits: string): boolean {
  if (SERVICE_NUMBERS.has(nationalDigits)) return true;
  return nationalDigits.length === 6 && nationalDigits.startsWith("116");
}
