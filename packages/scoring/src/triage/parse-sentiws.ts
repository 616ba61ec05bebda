import { CoreError } from "@kommune-sm/core";
import { foldForLexicon } from "../lexicons/index.js";

/**
 * Reads a sentiment lexicon in the SentiWS v2 file format, one word a line:
 *
 * ```text
 * Abmachung|NN<TAB>0.0040<TAB>Abmachungen,Abmachung
 * schlecht|ADJX<TAB>-0.7706<TAB>schlechte,schlechter,schlechtes
 * ```
 *
 * the base form with its part of speech, the value from −1 to +1, and
 * (optionally) the inflected forms, which get the base form's value. Keys
 * come out in lexicon form (`foldForLexicon`), ready for
 * `createTriage({ sentimentWords })`. Where a form occurs twice (in the
 * positive and the negative file, or as a form of two words), the value
 * farther from 0 wins. Blank lines and a byte order mark are ignored; the
 * two files (positive and negative) may be given joined.
 *
 * This project does not bundle SentiWS: its licence allows non-commercial
 * use only. A user whose use it permits downloads the files and reads them
 * with this function.
 *
 * @throws CoreError `CORE_INVALID_ARGUMENT` naming the line when a line has no "|", no value, or a value outside −1 to +1
 *
 * @example
 * ```ts
 * const words = parseSentiWsLines(readFileSync("SentiWS_v2.0_Positive.txt", "utf8"));
 * const triage = createTriage({ sentimentWords: words });
 * ```
 */
export function parseSentiWsLines(text: string): Record<string, number> {
  if (typeof text !== "string") throw new CoreError("CORE_INVALID_ARGUMENT", `parseSentiWsLines: text must be a string, got ${typeof text}.`);
  const words: Record<string, number> = Object.create(null) as Record<string, number>;
  const put = (word: string, value: number): void => {
    const key = foldForLexicon(word.trim());
    if (key.length === 0) return;
    const known = words[key];
    if (known === undefined || Math.abs(value) > Math.abs(known)) words[key] = value;
  };
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  lines.forEach((line, index) => {
    if (line.trim().length === 0) return;
    const fields = line.split("\t");
    const head = fields[0]!;
    const bar = head.indexOf("|");
    const where = `parseSentiWsLines: line ${index + 1}`;
    if (bar <= 0) throw new CoreError("CORE_INVALID_ARGUMENT", `${where} must begin with "word|POS", got ${JSON.stringify(line.slice(0, 60))}.`);
    const valueText = fields[1]?.trim() ?? "";
    const value = Number(valueText);
    if (valueText.length === 0 || !Number.isFinite(value) || value < -1 || value > 1) {
      throw new CoreError("CORE_INVALID_ARGUMENT", `${where} must have a value from -1 to 1 after the first tab, got ${JSON.stringify(valueText)}.`);
    }
    put(head.slice(0, bar), value);
    for (const form of (fields[2] ?? "").split(",")) put(form, value);
  });
  return { ...words };
}
