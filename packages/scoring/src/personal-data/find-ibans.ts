import { electronicFormatIBAN, getCountrySpecifications, isValidIBAN } from "ibantools";
import { codeAt, isAsciiLetter, isDigit, isInlineSpace, isWordChar } from "./char-classes.js";
import type { RawMatch } from "./personal-data-match.js";

/** IBAN length per country code, from ibantools' registry; countries without IBAN are left out. */
const IBAN_LENGTHS: ReadonlyMap<string, number> = new Map(
  Object.entries(getCountrySpecifications()).flatMap(([country, spec]) =>
    typeof spec.chars === "number" && spec.chars > 4 ? [[country, spec.chars] as const] : [],
  ),
);

/** Two letters and two digits: where an IBAN may begin (country code and check digits). */
const CANDIDATE = /[A-Za-z]{2}[0-9]{2}/g;

function isAlphanumeric(code: number): boolean {
  return isDigit(code) || isAsciiLetter(code);
}

/**
 * Finds IBANs of any country, written with or without spaces
 * (`DE89 3704 0044 0532 0130 00`, `DE89370400440532013000`), also in lower
 * case. Only those that ibantools' `isValidIBAN` accepts count: right length
 * for the country, right account format, right check digits. An IBAN whose
 * check digits are wrong is not reported (as an IBAN or as anything else).
 */
export function findIbans(text: string, out: RawMatch[]): void {
  const n = text.length;
  CANDIDATE.lastIndex = 0;
  for (let candidate = CANDIDATE.exec(text); candidate !== null; candidate = CANDIDATE.exec(text)) {
    const i = candidate.index;
    if (i > 0 && isWordChar(text.charCodeAt(i - 1))) continue;
    const length = IBAN_LENGTHS.get(text.slice(i, i + 2).toUpperCase());
    if (length === undefined) continue;
    // Collect exactly `length` letters and digits; single spaces between them are allowed.
    let pos = i;
    let count = 0;
    while (count < length && pos < n) {
      const code = text.charCodeAt(pos);
      if (isAlphanumeric(code)) {
        count++;
        pos++;
      } else if (isInlineSpace(code) && count >= 4 && isAlphanumeric(codeAt(text, pos + 1))) {
        pos++;
      } else {
        break;
      }
    }
    if (count !== length || (pos < n && isWordChar(text.charCodeAt(pos)))) continue;
    // ibantools drops plain spaces only; no-break spaces go first.
    const electronic = electronicFormatIBAN(text.slice(i, pos).replace(/\s/gu, ""));
    if (electronic === null || !isValidIBAN(electronic)) continue;
    out.push({ kind: "iban", start: i, end: pos, key: electronic });
    CANDIDATE.lastIndex = pos;
  }
}
