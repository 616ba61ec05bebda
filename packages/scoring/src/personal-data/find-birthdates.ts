import { codeAt, continuesNumber, isDigit, isInlineSpace, isLetter, isSpace, isWordChar } from "./char-classes.js";
import type { RawMatch } from "./personal-data-match.js";

/** German month names and their usual abbreviations (lower case, without the dot). */
const MONTHS: ReadonlyMap<string, number> = new Map([
  ["januar", 1], ["jänner", 1], ["jan", 1], ["februar", 2], ["feber", 2], ["feb", 2], ["märz", 3], ["maerz", 3],
  ["mär", 3], ["mrz", 3], ["april", 4], ["apr", 4], ["mai", 5], ["juni", 6], ["jun", 6], ["juli", 7], ["jul", 7],
  ["august", 8], ["aug", 8], ["september", 9], ["sept", 9], ["sep", 9], ["oktober", 10], ["okt", 10],
  ["november", 11], ["nov", 11], ["dezember", 12], ["dez", 12],
]);

/**
 * Words before a date that make it a date of birth (lower case, a leading
 * "(" and a trailing ":" or "," dropped). "geb." also introduces a maiden
 * name ("Erika Mustermann geb. Schmidt"); a date within the next words is
 * still her date of birth.
 */
const BIRTH_WORDS_BEFORE: ReadonlySet<string> = new Set([
  "geb", "geb.", "geboren", "geburtsdatum", "geburtstag", "geb.-datum", "geb.datum", "geb.-dat.", "geburtsdat.",
]);

/** Where a date may begin: one to four digits and a "." or "-", not right after a digit. */
const CANDIDATE = /(?<![0-9])[0-9]{1,4}[.-]/g;

/** How many words may stand between a birth word and the date ("geboren am 12.03.1980", "Geburtsdatum: Mo., 12.03.1980"). */
const WORDS_BETWEEN = 3;

function readNumber(text: string, start: number, maxDigits: number): { value: number; end: number; digits: number } | null {
  let pos = start;
  while (pos - start < maxDigits + 1 && isDigit(codeAt(text, pos))) pos++;
  const digits = pos - start;
  if (digits === 0 || digits > maxDigits) return null;
  return { value: Number(text.slice(start, pos)), end: pos, digits };
}

function plausibleYear(year: { value: number; digits: number }): boolean {
  return year.digits === 2 || (year.digits === 4 && year.value >= 1900 && year.value <= 2099);
}

/** True when a date read up to `end` ends there: no letter, digit, ",5" or ".3" follows. */
function endsHere(text: string, end: number): boolean {
  return !isWordChar(codeAt(text, end)) && !continuesNumber(text, end);
}

/**
 * Reads a full date at `start` (day, month and year): "12.03.1980", "12.3.80",
 * "12. 03. 1980", "12. März 1980", "12. Mrz. 1980", "1980-03-12". Returns its
 * end, or -1.
 */
export function readDate(text: string, start: number): number {
  const first = readNumber(text, start, 4);
  if (first === null) return -1;
  if (first.digits === 4) {
    // ISO 8601: 1980-03-12
    if (codeAt(text, first.end) !== 45) return -1;
    const month = readNumber(text, first.end + 1, 2);
    if (month === null || month.digits !== 2 || codeAt(text, month.end) !== 45) return -1;
    const day = readNumber(text, month.end + 1, 2);
    if (day === null || day.digits !== 2) return -1;
    const valid = plausibleYear(first) && month.value >= 1 && month.value <= 12 && day.value >= 1 && day.value <= 31;
    return valid && endsHere(text, day.end) ? day.end : -1;
  }
  if (first.digits > 2 || first.value < 1 || first.value > 31 || codeAt(text, first.end) !== 46) return -1;
  let pos = first.end + 1;
  if (isInlineSpace(codeAt(text, pos))) pos++;
  let month: number;
  const numericMonth = readNumber(text, pos, 2);
  if (numericMonth !== null) {
    if (codeAt(text, numericMonth.end) !== 46) return -1;
    month = numericMonth.value;
    pos = numericMonth.end + 1;
    if (isInlineSpace(codeAt(text, pos))) pos++;
  } else {
    const wordStart = pos;
    while (pos - wordStart < 10 && isLetter(codeAt(text, pos))) pos++;
    const name = MONTHS.get(text.slice(wordStart, pos).normalize("NFC").toLowerCase());
    if (name === undefined) return -1;
    month = name;
    if (codeAt(text, pos) === 46) pos++;
    if (!isInlineSpace(codeAt(text, pos))) return -1;
    pos++;
  }
  if (month < 1 || month > 12) return -1;
  const year = readNumber(text, pos, 4);
  if (year === null || !(year.digits === 4 || (year.digits === 2 && numericMonth !== null)) || !plausibleYear(year)) return -1;
  return endsHere(text, year.end) ? year.end : -1;
}

/** The words before `index` (at most `count`, at most 80 characters back), nearest first. */
function wordsBefore(text: string, index: number, count: number): string[] {
  const words: string[] = [];
  let end = index;
  const limit = Math.max(0, index - 80);
  while (words.length < count && end > limit) {
    while (end > limit && isSpace(text.charCodeAt(end - 1))) end--;
    let start = end;
    while (start > limit && !isSpace(text.charCodeAt(start - 1))) start--;
    if (start === end) break;
    words.push(text.slice(start, end));
    end = start;
  }
  return words;
}

/** The words after `index` (at most `count`, at most 80 characters on), nearest first. */
function wordsAfter(text: string, index: number, count: number): string[] {
  const words: string[] = [];
  let start = index;
  const limit = Math.min(text.length, index + 80);
  while (words.length < count && start < limit) {
    while (start < limit && isSpace(text.charCodeAt(start))) start++;
    let end = start;
    while (end < limit && !isSpace(text.charCodeAt(end))) end++;
    if (start === end) break;
    words.push(text.slice(start, end));
    start = end;
  }
  return words;
}

function bare(word: string): string {
  return word.toLowerCase().replace(/^[("„“]+/u, "").replace(/[:,;)"“”]+$/u, "");
}

/** True when the word ends a sentence ("heute.", "so!"), which a birth word does not reach across. */
function endsSentence(word: string): boolean {
  return /[.!?]["“”)]*$/u.test(word) && !/^\d{1,2}\.$/u.test(word) && !/^\p{L}{1,4}\.$/u.test(word);
}

/** Every birth word before a date contains "geb" (any case), or the text has a "*": without them no need to read words. */
const BIRTH_HINT_BEFORE = /geb|\*/iu;
const BIRTH_HINT_AFTER = /geboren/iu;

/** True when the text right before the date at `start` marks it as a date of birth. */
function announcedBefore(text: string, start: number): boolean {
  if (!BIRTH_HINT_BEFORE.test(text.slice(Math.max(0, start - 80), start))) return false;
  // "* 12.03.1980", "(*12.03.1980)": the star of genealogy, not a gender star ("Bürger*innen").
  let p = start;
  while (p > 0 && isInlineSpace(text.charCodeAt(p - 1)) && start - p < 2) p--;
  if (codeAt(text, p - 1) === 42 && !isWordChar(codeAt(text, p - 2))) return true;
  for (const word of wordsBefore(text, start, WORDS_BETWEEN + 1)) {
    const plain = bare(word);
    if (BIRTH_WORDS_BEFORE.has(plain)) return plain.startsWith("geb.") || !endsSentence(plain);
    if (endsSentence(word)) return false;
  }
  return false;
}

/** True when "geboren" follows the date within the same sentence ("am 12.03.1980 in Tübingen geboren"). */
function announcedAfter(text: string, end: number): boolean {
  if (!BIRTH_HINT_AFTER.test(text.slice(end, end + 80))) return false;
  for (const word of wordsAfter(text, end, WORDS_BETWEEN + 1)) {
    const plain = bare(word).replace(/[.!?]+$/u, "");
    if (plain === "geboren") return true;
    if (endsSentence(word)) return false;
  }
  return false;
}

/**
 * Finds dates of birth: a full date (day, month and year; "12.03.1980",
 * "12. März 1980", "1980-03-12", "12.3.80") that a birth word announces within
 * a few words before it ("geb.", "geboren", "Geburtsdatum", "Geburtstag",
 * "* 12.03.1980"), or that "geboren" follows in the same sentence.
 *
 * A date alone is no date of birth. A year alone ("geb. 1980",
 * "Jahrgang 1980") is not reported either: it narrows a person down far less
 * than a full date, and flagging every "Jahrgang 1980" of a sports report
 * would drown the real finds. "zum 80. Geburtstag am 12.03.2026" is reported:
 * the date gives away the date of birth all the same.
 */
export function findBirthdates(text: string, out: RawMatch[]): void {
  scanBirthdates(text, out, true);
}

/** @internal {@link findBirthdates} without looking for a birth word in the whole text first (`quick` false), for tests that compare the two. */
export function scanBirthdates(text: string, out: RawMatch[], quick: boolean): void {
  // A date is reported only where a birth word (with "geb", as "geboren") or
  // a "*" stands near it: a text with neither anywhere has no date to read.
  if (quick && !BIRTH_HINT_BEFORE.test(text)) return;
  CANDIDATE.lastIndex = 0;
  for (let candidate = CANDIDATE.exec(text); candidate !== null; candidate = CANDIDATE.exec(text)) {
    const i = candidate.index;
    const previous = codeAt(text, i - 1);
    if (previous !== -1 && (isWordChar(previous) || previous === 46 || previous === 45)) continue;
    const end = readDate(text, i);
    if (end === -1) continue;
    CANDIDATE.lastIndex = end;
    if (announcedBefore(text, i) || announcedAfter(text, end)) {
      const date = text.slice(i, end);
      out.push({ kind: "birthdate", start: i, end, key: date.replace(/\s/gu, "") });
    }
  }
}
