import {
  codeAt,
  continuesNumber,
  isAsciiLetter,
  isDigit,
  isInlineSpace,
  isLetter,
  isWordChar,
  previousWord,
} from "./char-classes.js";
import type { RawMatch } from "./personal-data-match.js";
import { isServiceNumber } from "./service-numbers.js";

/**
 * Where a phone number may begin: the first digit of a run of digits, or a
 * "+" or "(" right before it. Searching with a regular expression skips the
 * letters between much faster than a loop over every character.
 */
const CANDIDATE = /(?<![0-9])[+(]?[0-9]/g;

/** Digits a phone number has at most (E.164 allows 15 after the country code). */
const MAX_DIGITS = 15;
/** Digits a national number has at least, its leading 0 included ("030 123"). */
const MIN_NATIONAL_DIGITS = 6;
/**
 * Digits an international number has at least after "+" or "00": fewer are
 * too often a count with a sign ("+150 000 Besucher") to be worth reporting.
 */
const MIN_INTERNATIONAL_DIGITS = 8;

/** Words (lower case, no trailing "." or ":") that announce a phone number. */
const PHONE_WORDS: ReadonlySet<string> = new Set([
  "tel", "telefon", "telefonnr", "telefonnummer", "rufnummer", "ruf", "fon", "phone", "mobil", "mobilnummer",
  "mobiltelefon", "handy", "handynr", "handynummer", "fax", "telefax", "faxnummer", "festnetz", "whatsapp", "sms",
]);

/**
 * Words (lower case) after which a number is a file, case, order or account
 * number, not a phone number: "Az. 0123/2026", "Kundennummer 0012345",
 * "Drucksache 012/2026". Besides these, any word ending in "nummer", "nr" or
 * "zeichen" that is not a phone word ("Vorgangsnummer", "Rechnungs-Nr.").
 */
const CASE_NUMBER_WORDS: ReadonlySet<string> = new Set([
  "az", "gz", "ds", "ref", "id", "nr", "no", "isbn", "issn", "plz", "postfach", "blz", "kto", "bic", "iban",
  "ticket", "vorgang", "fall", "akte", "antrag", "drucksache", "vorlage",
]);

/** Every phone word contains one of these; a word without any is rejected at once. */
const PHONE_WORD_HINT = /tel|fon|fax|mobil|handy|ruf|phone|whatsapp|sms|festnetz/u;

/** True for a word that announces a phone number; parts joined by "/", "-" or "." count each ("Tel./Fax", "Tel.-Nr."). */
function isPhoneWord(word: string): boolean {
  if (PHONE_WORDS.has(word)) return true;
  if (word.length > 24 || !PHONE_WORD_HINT.test(word)) return false;
  for (const part of word.replace(/^[(\[]+/u, "").split(/[/.\-]/u)) {
    if (PHONE_WORDS.has(part)) return true;
  }
  return false;
}

function isCaseNumberWord(word: string): boolean {
  if (CASE_NUMBER_WORDS.has(word)) return true;
  // "Nummer" alone is as often a phone number ("unter der Nummer 0151 …", "Meine Nummer:").
  if (word === "nummer") return false;
  return (word.endsWith("nummer") || word.endsWith("nr") || word.endsWith("zeichen")) && !isPhoneWord(word);
}

/**
 * How the words before a number read: `"phone"` when they announce a phone
 * number ("Tel.", "Handy:", "Tel. Nr."), `"case"` when they make it a file or
 * order number ("Az.", "Kundennummer"), `"none"` otherwise.
 */
function contextBefore(text: string, index: number): "phone" | "case" | "none" {
  const previous = previousWord(text, index);
  if (previous.word === "") return "none";
  if (isPhoneWord(previous.word)) return "phone";
  if (isCaseNumberWord(previous.word)) {
    // "Tel. Nr. 0151 …": the word before "Nr." decides.
    const before = previousWord(text, previous.start);
    return isPhoneWord(before.word) ? "phone" : "case";
  }
  return "none";
}

/**
 * True when the text is inside a run of short space-separated groups that
 * begins like an IBAN ("DE89 3704 0044 …"): a group in there is never the
 * start of a phone number, even when the IBAN's check digits are wrong.
 */
function insideIbanLikeGroups(text: string, index: number): boolean {
  let groupEnd = index - 1; // the space before `index`
  for (let groups = 0; groups < 9; groups++) {
    let groupStart = groupEnd;
    while (groupStart > 0 && groupEnd - groupStart < 4 && isWordChar(text.charCodeAt(groupStart - 1))) groupStart--;
    if (groupStart === groupEnd) return false;
    const before = codeAt(text, groupStart - 1);
    if (before !== -1 && isWordChar(before)) return false; // a longer word: not a group of four
    if (
      groupEnd - groupStart === 4 &&
      isAsciiLetter(text.charCodeAt(groupStart)) &&
      isAsciiLetter(text.charCodeAt(groupStart + 1)) &&
      isDigit(text.charCodeAt(groupStart + 2)) &&
      isDigit(text.charCodeAt(groupStart + 3))
    ) {
      return true;
    }
    if (!isInlineSpace(before)) return false;
    groupEnd = groupStart - 1;
  }
  return false;
}

/** True when a phone number may begin at `index`: not inside a word, a longer number, a URL or an IBAN. */
function mayStartAt(text: string, index: number): boolean {
  const previous = codeAt(text, index - 1);
  if (previous === -1) return true;
  if (isWordChar(previous)) return false;
  // "@" (e-mail), "=" "&" "?" "%" "#" "~" (URL query or fragment), "\" (path).
  if (previous === 64 || previous === 61 || previous === 38 || previous === 63 || previous === 37 || previous === 35 || previous === 126 || previous === 92) {
    return false;
  }
  const beforePrevious = codeAt(text, index - 2);
  // "12.0151", "10:05", "2026-03", "12/0151", "+0": the digits continue a number.
  if ((previous === 46 || previous === 44 || previous === 58 || previous === 47 || previous === 45 || previous === 0x2013 || previous === 43) && isDigit(beforePrevious)) {
    return false;
  }
  // "…/0151…" in a path.
  if (previous === 47 && isWordChar(beforePrevious)) return false;
  if (previous === 40 && beforePrevious !== -1 && isWordChar(beforePrevious)) return false;
  if (isInlineSpace(previous) && beforePrevious !== -1 && isWordChar(beforePrevious) && insideIbanLikeGroups(text, index)) return false;
  return true;
}

/**
 * The position of the first digit of the next group after a separator at
 * `pos`, or -1. A separator is one space, one "-", "–" or "/", or "-" or "/"
 * with a space on either side ("0151 - 234567"). A spaced "–" is a dash
 * between two parts of a sentence ("01067 – 1990"), not inside a number. With
 * `optional`, no separator at all is fine too (after "(07071)").
 */
function nextGroupStart(text: string, pos: number, optional: boolean): number {
  let p = pos;
  if (isInlineSpace(codeAt(text, p))) p++;
  const code = codeAt(text, p);
  if (code === 0x2013 && p === pos) {
    p++;
  } else if (code === 45 || code === 47) {
    p++;
    if (isInlineSpace(codeAt(text, p))) p++;
  }
  if (p === pos && !optional) return -1;
  return isDigit(codeAt(text, p)) ? p : -1;
}

/** The separator character between two groups, for telling dates from numbers: "/", "-" or " ". */
function separatorKind(text: string, from: number, to: number): "/" | "-" | " " {
  for (let p = from; p < to; p++) {
    const code = text.charCodeAt(p);
    if (code === 47) return "/";
    if (code === 45 || code === 0x2013) return "-";
  }
  return " ";
}

/**
 * True for digit groups that read as a date or a month with year rather than
 * a phone number: "03/2026", "012-2026" (two groups, the last a year 1900–2099),
 * "03-12-2026", "3/12/26" (day, month, year).
 */
function looksLikeDate(text: string, groups: readonly (readonly [number, number])[], separators: readonly ("/" | "-" | " ")[]): boolean {
  const value = (g: readonly [number, number]) => Number(text.slice(g[0], g[1]));
  const length = (g: readonly [number, number]) => g[1] - g[0];
  if (groups.length === 2 && separators[0] !== " ") {
    const [first, second] = groups as [readonly [number, number], readonly [number, number]];
    const year = value(second);
    return length(first) <= 3 && length(second) === 4 && year >= 1900 && year <= 2099;
  }
  if (groups.length === 3 && separators[0] !== " " && separators[1] !== " ") {
    const [day, month, year] = groups as [readonly [number, number], readonly [number, number], readonly [number, number]];
    return (
      length(day) <= 2 && length(month) <= 2 && (length(year) === 2 || length(year) === 4) &&
      value(day) >= 1 && value(day) <= 31 && value(month) >= 1 && value(month) <= 12
    );
  }
  return false;
}

/**
 * Reads a phone number that begins at `start` (on "+", "(" or a digit).
 * Returns its end and its digits in national form ("+49 7071 12345" →
 * "0707112345"), or null when the text there is no phone number.
 */
function readPhone(text: string, start: number, announced: boolean): { end: number; key: string } | null {
  const n = text.length;
  let pos = start;
  const first = text.charCodeAt(start);
  const plus = first === 43;
  let inParen = first === 40;
  if (plus || inParen) pos++;
  if (plus && !(isDigit(codeAt(text, pos)) && codeAt(text, pos) !== 48)) return null;
  if (inParen && codeAt(text, pos) !== 48) return null;

  let digits = "";
  let end = -1;
  let skippedTrunkZero = false;
  const groups: (readonly [number, number])[] = [];
  const separators: ("/" | "-" | " ")[] = [];
  let separatorFrom = -1;
  for (;;) {
    const groupStart = pos;
    while (pos < n && pos - groupStart <= MAX_DIGITS + 2 && isDigit(text.charCodeAt(pos))) pos++;
    const length = pos - groupStart;
    // The international prefix "00" does not count towards the 15 digits.
    const limit = (groups.length === 0 ? text.startsWith("00", groupStart) : digits.startsWith("00")) ? MAX_DIGITS + 2 : MAX_DIGITS;
    // A group glued to a letter, followed by ",5" / ":30" / ".03", or one
    // that makes the number too long belongs to something else: the number
    // ends before it (or is no number at all when it is the first group).
    const rejected =
      length === 0 || digits.length + length > limit ||
      continuesNumber(text, pos) || (pos < n && isLetter(text.charCodeAt(pos)));
    if (rejected) {
      if (groups.length === 0) return null;
      break;
    }
    if (groups.length > 0) separators.push(separatorKind(text, separatorFrom, groupStart));
    groups.push([groupStart, pos]);
    digits += text.slice(groupStart, pos);
    end = pos;
    // "0 0…": a national number goes on with a digit other than 0, and "00"
    // opens an international one only when written together ("0049").
    if (groups.length === 2 && digits.startsWith("00") && !text.startsWith("00", groups[0]![0])) return null;

    let optionalSeparator = false;
    if (inParen) {
      if (codeAt(text, pos) === 41) {
        pos++;
        end = pos;
        inParen = false;
        optionalSeparator = true;
      }
    } else if (groups.length === 1 && !skippedTrunkZero && (plus || digits.startsWith("00"))) {
      // "+49 (0) 7071 …": the trunk zero in parentheses is skipped.
      let p = pos;
      if (isInlineSpace(codeAt(text, p))) p++;
      if (text.startsWith("(0)", p)) {
        pos = p + 3;
        skippedTrunkZero = true;
        optionalSeparator = true;
      }
    }
    separatorFrom = pos;
    const next = nextGroupStart(text, pos, optionalSeparator);
    if (next === -1) break;
    pos = next;
  }
  if (inParen) return null; // "(07071 123456" without ")"
  if (codeAt(text, end) === 64) return null; // digits before "@" are an e-mail's local part
  if (looksLikeDate(text, groups, separators)) return null;

  let key: string;
  if (plus || digits.startsWith("00")) {
    const international = plus ? digits : digits.slice(2);
    if (international.startsWith("0") || international.length < MIN_INTERNATIONAL_DIGITS) return null;
    key = international.startsWith("49") ? "0" + international.slice(2).replace(/^0/u, "") : "+" + international;
  } else if (digits.startsWith("0")) {
    if (digits.length < MIN_NATIONAL_DIGITS) return null;
    key = digits;
  } else {
    // A number without area code is a phone number only when announced ("Tel. 12 34 56").
    if (!announced || digits.length < MIN_NATIONAL_DIGITS) return null;
    key = digits;
  }
  if (isServiceNumber(key)) return null;
  return { end, key };
}

/**
 * Finds phone numbers: German numbers in the usual notations ("0151 23456789",
 * "0151-23456789", "+49 151 23456789", "+49 (0) 7071 12345", "(07071) 12 34 56",
 * "07071/123456", "0049 30 1234567"), international numbers with "+" or "00",
 * and numbers without area code right after "Tel.", "Telefon", "Handy", "Fax"
 * and the like; 6 to 15 digits in all.
 *
 * Not phone numbers: numbers that do not begin with 0, + or 00 unless
 * announced (years, postal codes, prices, house numbers), dates and times
 * (the "." and ":" are no separators), numbers after "Az.", "Nr.",
 * "Kundennummer" and other file-number words, groups inside an IBAN, and
 * emergency and service numbers (see {@link isServiceNumber}).
 */
export function findPhones(text: string, out: RawMatch[]): void {
  scanPhones(text, out, true);
}

/**
 * Could the digits at `start` (no 0, "+" or "(" before them) make a phone
 * number, which needs six digits without an area code: six in the first
 * group, or another group after a separator? False only where
 * {@link readPhone} would find none. Most numbers in a post are times,
 * dates, prices and counts ("7 Uhr", "3,50 €"): they are let go before the
 * words before them are read.
 */
function mayBeAnnouncedNumber(text: string, start: number): boolean {
  let pos = start;
  while (pos - start < MIN_NATIONAL_DIGITS && isDigit(codeAt(text, pos))) pos++;
  return pos - start >= MIN_NATIONAL_DIGITS || nextGroupStart(text, pos, false) !== -1;
}

/** @internal {@link findPhones} without letting short numbers go first (`quick` false), for tests that compare the two. */
export function scanPhones(text: string, out: RawMatch[], quick: boolean): void {
  CANDIDATE.lastIndex = 0;
  for (let candidate = CANDIDATE.exec(text); candidate !== null; candidate = CANDIDATE.exec(text)) {
    const i = candidate.index;
    const code = text.charCodeAt(i);
    const zeroOrPlus = code === 48 || code === 43 || code === 40;
    if (quick && !zeroOrPlus && !mayBeAnnouncedNumber(text, i)) continue;
    if (!mayStartAt(text, i)) continue;
    // The words before are read only when needed: they cost more than the digits.
    if (!zeroOrPlus && contextBefore(text, i) !== "phone") continue;
    const found = readPhone(text, i, !zeroOrPlus);
    if (found === null) continue;
    CANDIDATE.lastIndex = found.end;
    // "Az. 0123/45678": the whole number is skipped, not just its first digits.
    // A number with "+" is international whatever the word before.
    if (zeroOrPlus && code !== 43 && contextBefore(text, i) === "case") continue;
    out.push({ kind: "phone", start: i, end: found.end, key: found.key });
  }
}
