import { codeAt, continuesNumber, isAsciiUpper, isDigit, isInlineSpace, isUpper, isWordChar, nextWord } from "./char-classes.js";
import { isCountedUnit } from "./counted-units.js";
import { DISTRICT_CODES } from "./district-codes.js";
import type { RawMatch } from "./personal-data-match.js";

/** Letters and digits of a plate without the district code and the E/H suffix: at most 8 with the code. */
const MAX_PLATE_CHARS = 8;
const COMBINING_DIAERESIS = 0x0308;
/** "Kennzeichen", "Kfz-Kennzeichen", "amtliches Kennzeichen" (with a colon or not) just before the plate. */
const PLATE_WORD_BEFORE = /kennzeichen:?\s{1,3}$/iu;
/**
 * The shape of a plate up to its first digit, to jump to the few places
 * worth reading; the reading below checks everything again and more.
 */
const CANDIDATE = /[A-ZÄÖÜ](?:\u0308?[A-ZÄÖÜ]){0,2}\u0308?[- \u00a0\u202f][A-Z]{1,2}[ \u00a0\u202f][1-9]/g;

/**
 * Reads a district code at `start`: one to three upper-case letters, umlauts
 * precomposed ("TÜ") or decomposed ("TU\u0308"). Returns where it ends and
 * how many letters it has (0 when there is no code there).
 */
function readDistrictCode(text: string, start: number): { letters: number; end: number } {
  let pos = start;
  let letters = 0;
  while (letters < 4 && isUpper(codeAt(text, pos))) {
    pos++;
    letters++;
    if (codeAt(text, pos) === COMBINING_DIAERESIS) pos++;
  }
  return { letters: letters > 3 ? 0 : letters, end: pos };
}

/**
 * Finds German vehicle registration plates: a district code of one to three
 * letters checked against the official list ({@link DISTRICT_CODES}) unless
 * the word "Kennzeichen" comes right before the plate, a
 * hyphen or a space, one or two letters, a space, one to four digits (not
 * starting with 0) and an optional "E" (electric) or "H" (historic):
 * `TÜ-AB 123`, `M AB 1234`, `B-X 1E`, `S-KM 42H`.
 *
 * Not plates: "CO 2", "PS 150", "AB 12" (no letters between code and digits),
 * "UHR 12" (no district), "AB SO 12 Uhr" (a count or a time), "DIN A 4"
 * (a paper size).
 */
export function findPlates(text: string, out: RawMatch[]): void {
  CANDIDATE.lastIndex = 0;
  for (let candidate = CANDIDATE.exec(text); candidate !== null; candidate = CANDIDATE.exec(text)) {
    const i = candidate.index;
    // A failed candidate may hide one that begins inside it.
    CANDIDATE.lastIndex = i + 1;
    if (i > 0 && isWordChar(text.charCodeAt(i - 1))) continue;
    const district = readDistrictCode(text, i);
    if (district.letters === 0) continue;
    let pos = district.end;
    const separator = codeAt(text, pos);
    if (separator !== 45 && !isInlineSpace(separator)) continue;
    pos++;
    const lettersStart = pos;
    while (pos - lettersStart < 3 && isAsciiUpper(codeAt(text, pos))) pos++;
    const letters = pos - lettersStart;
    if (letters < 1 || letters > 2) continue;
    if (!isInlineSpace(codeAt(text, pos))) continue;
    pos++;
    const digitsStart = pos;
    if (codeAt(text, pos) === 48) continue;
    while (pos - digitsStart < 5 && isDigit(codeAt(text, pos))) pos++;
    const digits = pos - digitsStart;
    if (digits < 1 || digits > 4) continue;
    const suffix = codeAt(text, pos);
    if (suffix === 69 || suffix === 72) pos++; // "E" or "H"
    if (isWordChar(codeAt(text, pos)) || continuesNumber(text, pos) || codeAt(text, pos) === 64) continue;
    // The code as a string only now that the rest looks like a plate.
    const code = text.slice(i, district.end).normalize("NFC");
    // Right after "Kennzeichen" a plate is a plate whatever its district: an
    // invented one in an example, a foreign or a new code not in the list.
    if (!DISTRICT_CODES.has(code) && !PLATE_WORD_BEFORE.test(text.slice(Math.max(0, i - 24), i))) continue;
    if (district.letters + letters + digits > MAX_PLATE_CHARS) continue;
    if (code === "DIN" && separator !== 45) continue; // "DIN A 4", "DIN EN 1234"
    if (isCountedUnit(nextWord(text, pos))) continue;
    const plate = text.slice(i, pos);
    out.push({ kind: "plate", start: i, end: pos, key: plate.normalize("NFC").replace(/[\s-]/gu, "") });
    CANDIDATE.lastIndex = pos;
  }
}
