import { z } from "zod";

/** One of the 16 German federal states (Länder). */
export interface FederalStateInfo {
  /** The two-letter code used throughout the SDK, e.g. `"BY"`. */
  readonly code: FederalStateCode;
  /** The official German name, e.g. `"Bayern"`. */
  readonly name: string;
  /** The first two digits of every AGS (Amtlicher Gemeindeschlüssel) in this state, e.g. `"09"`. */
  readonly agsPrefix: string;
}

const CODES = ["SH", "HH", "NI", "HB", "NW", "HE", "RP", "BW", "BY", "SL", "BE", "BB", "MV", "SN", "ST", "TH"] as const;

/**
 * A federal state code, see {@link FederalStateSchema}.
 *
 * @useDeclaredType
 */
export type FederalStateCode = (typeof CODES)[number];

/**
 * The 16 Länder in the order of their official key (AGS prefix 01 to 16).
 *
 * @example
 * ```ts
 * FEDERAL_STATES.find((state) => state.code === "BY")?.name; // "Bayern"
 * ```
 */
export const FEDERAL_STATES: readonly FederalStateInfo[] = Object.freeze(
  (
    [
      ["SH", "Schleswig-Holstein"],
      ["HH", "Hamburg"],
      ["NI", "Niedersachsen"],
      ["HB", "Bremen"],
      ["NW", "Nordrhein-Westfalen"],
      ["HE", "Hessen"],
      ["RP", "Rheinland-Pfalz"],
      ["BW", "Baden-Württemberg"],
      ["BY", "Bayern"],
      ["SL", "Saarland"],
      ["BE", "Berlin"],
      ["BB", "Brandenburg"],
      ["MV", "Mecklenburg-Vorpommern"],
      ["SN", "Sachsen"],
      ["ST", "Sachsen-Anhalt"],
      ["TH", "Thüringen"],
    ] as const
  ).map(([code, name], index) => Object.freeze({ code, name, agsPrefix: String(index + 1).padStart(2, "0") })),
);

/** A federal state as its two-letter code: `"SH"`, `"HH"`, `"NI"`, ..., `"TH"`. */
export const FederalStateSchema = z.enum(CODES);

/** The facts of a federal state by its code. */
export function federalStateByCode(code: FederalStateCode): FederalStateInfo {
  // CODES and FEDERAL_STATES are built in the same order.
  return FEDERAL_STATES[CODES.indexOf(code)]!;
}

/** The federal state whose AGS prefix is `prefix` (`"09"` → Bayern), or `undefined` for `"00"`, `"17"`, .... */
export function federalStateByAgsPrefix(prefix: string): FederalStateInfo | undefined {
  return FEDERAL_STATES.find((state) => state.agsPrefix === prefix);
}
