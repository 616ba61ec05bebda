import { codeAt, isAsciiLetter, isAsciiUpper, isDigit, isInlineSpace, isLetter, isUpper } from "./char-classes.js";
import type { PersonalDataKind } from "./personal-data-match.js";

/*
 * A pre-scan that tells which kinds of personal data a text may hold, so
 * that the finders of the others are not run. Each finder scans the whole
 * text with a pattern of its own (street endings, phone candidates, plates),
 * which cost more than all the rest of the personal-data check on a post
 * without personal data. Every kind but e-mail needs a number, and the
 * digits of most posts are times, dates, prices and counts: the pre-scan
 * jumps from one run of digits to the next and looks only at what stands
 * right around each. It says "not there" only where the kind's finder
 * cannot find one (see each test below); where it says "maybe", that
 * finder runs as before and decides.
 */

/** One bit per kind, for {@link kindsThatMayOccur}. */
export const KIND_BIT: Readonly<Record<PersonalDataKind, number>> = { phone: 1, email: 2, iban: 4, address: 8, plate: 16, birthdate: 32 };
const PHONE = KIND_BIT.phone;
const EMAIL = KIND_BIT.email;
const IBAN = KIND_BIT.iban;
const ADDRESS = KIND_BIT.address;
const PLATE = KIND_BIT.plate;
const BIRTHDATE = KIND_BIT.birthdate;
/** The kinds that need a number: once all are possible, the rest of the text need not be read. */
const NUMBERED = PHONE | IBAN | ADDRESS | PLATE | BIRTHDATE;

/** The next digit; `test` (which makes no match object) with `lastIndex` says where. */
const DIGIT = /[0-9]/g;

/**
 * The kinds (bits of {@link KIND_BIT}) that `text` may hold: a kind left
 * out is one its finder finds nothing of in `text`.
 */
export function kindsThatMayOccur(text: string): number {
  // The e-mail finder jumps from "@" to "@" itself; without one it finds nothing.
  let kinds = text.indexOf("@") === -1 ? 0 : EMAIL;
  const length = text.length;
  // The digits of the runs joined to this one by what may separate the groups of a phone number.
  let joinedDigits = 0;
  let previousEnd = -1;
  DIGIT.lastIndex = 0;
  while (DIGIT.test(text)) {
    const start = DIGIT.lastIndex - 1;
    let end = start + 1;
    while (end < length && isDigit(text.charCodeAt(end))) end++;
    joinedDigits = (previousEnd >= 0 && joinsGroups(text, previousEnd, start) ? joinedDigits : 0) + end - start;
    // A phone number has six digits at least, in one group or in several
    // with separators between (see `readPhone` and `nextGroupStart`).
    if (joinedDigits >= 6) kinds |= PHONE;
    kinds |= kindsAroundNumber(text, start, end);
    if ((kinds & NUMBERED) === NUMBERED) break;
    previousEnd = end;
    DIGIT.lastIndex = end;
  }
  if ((kinds & BIRTHDATE) !== 0 && !mayAnnounceBirth(text)) kinds &= ~BIRTHDATE;
  return kinds;
}

/**
 * Has the text a "*" or "geb" in any case, without which the birthdate
 * finder reads no date ("geb.", "geboren", "Geburtstag", "* 12.03.1980")?
 * A search for "geb" alone is far quicker than one for either.
 */
function mayAnnounceBirth(text: string): boolean {
  return text.indexOf("*") !== -1 || GEB.test(text);
}
const GEB = /geb/i;

/** The kinds other than phone numbers that the run of digits from `start` to `end` may be part of. */
function kindsAroundNumber(text: string, start: number, end: number): number {
  const digits = end - start;
  let kinds = 0;
  // An IBAN begins with two letters and two digits: "DE89".
  if (digits >= 2 && isAsciiLetter(codeAt(text, start - 1)) && isAsciiLetter(codeAt(text, start - 2))) kinds |= IBAN;
  if (text.charCodeAt(start) !== 48) {
    // A house number: one to three digits, not starting with 0, after a street.
    if (digits <= 3 && mayFollowStreet(text, start)) kinds |= ADDRESS;
    // A plate ends in one to four digits, not starting with 0, after a space and a capital: "TÜ-AB 123".
    if (digits <= 4 && isPlateSpace(codeAt(text, start - 1)) && isAsciiUpper(codeAt(text, start - 2))) kinds |= PLATE;
  }
  // A date begins with one to four digits and a "." or "-": "12.03.1980", "1980-03-12".
  if (digits <= 4 && (codeAt(text, end) === 46 || codeAt(text, end) === 45)) kinds |= BIRTHDATE;
  return kinds;
}

/**
 * Can the text between two runs of digits separate two groups of one
 * phone number? One to four characters, each a space, "-", "–", "/", or a
 * parenthesis ("(07071) 123", "+49 (0) 7071", "0151 - 234567").
 */
function joinsGroups(text: string, from: number, to: number): boolean {
  const gap = to - from;
  if (gap < 1 || gap > 4) return false;
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (!(isInlineSpace(code) || code === 45 || code === 0x2013 || code === 47 || code === 40 || code === 41)) return false;
  }
  return true;
}

/** The spaces that the plate finder takes between letters and digits. */
function isPlateSpace(code: number): boolean {
  return code === 32 || code === 0xa0 || code === 0x202f;
}

/**
 * Can a house number at `start` follow a street? The address finder reads
 * a street ending ("-straße", "-weg", "Str.") or a capitalised word after
 * "Am", "An der" …, up to two spaces, an optional "Nr.", "Hausnr." or
 * "Hausnummer", then the number. False only where neither can stand before.
 */
function mayFollowStreet(text: string, start: number): boolean {
  if (streetEndsBefore(text, start)) return true;
  const numberWord = numberWordBefore(text, start);
  return numberWord !== -1 && streetEndsBefore(text, numberWord);
}

/** Where "Nr. ", "Nr ", "Hausnr. ", "Hausnr " or "Hausnummer " begins that ends right before `at`, or -1. */
function numberWordBefore(text: string, at: number): number {
  const space = codeAt(text, at - 1);
  if (space !== 32 && space !== 0xa0) return -1;
  // Each ends in "." or "r": most numbers are let go here.
  const last = codeAt(text, at - 2);
  if (last !== 46 && last !== 114) return -1;
  for (const word of NUMBER_WORDS) {
    const from = at - 1 - word.length;
    if (from >= 0 && text.startsWith(word, from)) return from;
  }
  return -1;
}
const NUMBER_WORDS = ["Nr.", "Nr", "Hausnr.", "Hausnr", "Hausnummer"];

/**
 * Can a street end right before `at`, up to two spaces before it? After
 * "Str." no space is needed; after any other street one or two are.
 */
function streetEndsBefore(text: string, at: number): boolean {
  let end = at;
  while (end > 0 && at - end < 3 && isInlineSpace(text.charCodeAt(end - 1))) end--;
  const spaces = at - end;
  if (spaces > 2) return false;
  const last = codeAt(text, end - 1);
  // "Str." (and "Nr.", which a "Str." or a street word can stand before).
  if (last === 46) {
    const before = codeAt(text, end - 2);
    return before === 114 || before === 82;
  }
  if (spaces === 0 || !isLetter(last)) return false;
  return endsWithStreetEnding(text, end) || endsPrefixedWords(text, end);
}

/** The endings of the address finder's street pattern, in lower case, by their last letter ("e": "straße", "gasse" …). */
const ENDINGS_BY_LAST_LETTER = byLastLetter(["straße", "strasse", "str", "gasse", "allee", "chaussee", "promenade", "weg", "platz", "ring", "damm", "ufer", "steig", "stieg", "pfad"]);

/**
 * A code unit as the street pattern compares it (case-insensitive with
 * Unicode's simple case folding): capitals lowered, and the two characters
 * outside ASCII that fold to a letter of the endings: "ſ" to "s", "ẞ" to
 * "ß" (the third, the Kelvin sign, folds to a "k", which no ending has).
 */
function folded(code: number): number {
  if (code >= 65 && code <= 90) return code + 32;
  if (code === 0x17f) return 115;
  if (code === 0x1e9e) return 0xdf;
  return code;
}

/** Does the text before `end` end with a street ending, in any case? */
function endsWithStreetEnding(text: string, end: number): boolean {
  const last = folded(text.charCodeAt(end - 1));
  const endings = last < 256 ? ENDINGS_BY_LAST_LETTER[last] : undefined;
  if (endings === undefined) return false;
  for (const ending of endings) {
    const from = end - ending.length;
    if (from < 0) continue;
    let index = ending.length - 2;
    while (index >= 0 && folded(text.charCodeAt(from + index)) === ending.charCodeAt(index)) index--;
    if (index < 0) return true;
  }
  return false;
}

/**
 * Can one to three capitalised words of the address finder after "Am",
 * "An der", "Zum" … end at `end` ("Am Alten Markt 5")? Each word a
 * capital, then letters, marks and inner hyphens, two to forty in all, one
 * space between two; before the first the last word of such a beginning
 * ("am", "der", "zur" …) and a space.
 */
function endsPrefixedWords(text: string, end: number): boolean {
  let wordEnd = end;
  for (let words = 0; words < 3; words++) {
    const start = wordStart(text, wordEnd);
    if (start === -1 || wordEnd - start < 2 || !isUpper(text.charCodeAt(start))) return false;
    const before = codeAt(text, start - 1);
    if ((before === 32 || before === 0xa0) && endsWithPrefixWord(text, start - 1)) return true;
    if (!isInlineSpace(before)) return false;
    wordEnd = start - 1;
  }
  return false;
}

/** Where the word of letters, marks and inner hyphens that ends at `end` begins; -1 when it is longer than forty. */
function wordStart(text: string, end: number): number {
  let start = end;
  while (start > 0) {
    const code = text.charCodeAt(start - 1);
    if (!(isLetter(code) || (code === 45 && isLetter(text.charCodeAt(start))))) break;
    if (end - start === 40) return -1;
    start--;
  }
  return start;
}

/** The last words of the beginnings of the address finder's "Am Markt" pattern ("Am", "An der", "Zur", "Bei der" …), by their last letter. */
const PREFIX_WORDS_BY_LAST_LETTER = byLastLetter(["am", "Am", "im", "Im", "zum", "Zum", "zur", "Zur", "beim", "Beim", "der", "den", "dem"]);

/** Does the text before `end` end with one of the last words of "Am", "An der", "Zur" …? */
function endsWithPrefixWord(text: string, end: number): boolean {
  const last = codeAt(text, end - 1);
  const words = last >= 0 && last < 256 ? PREFIX_WORDS_BY_LAST_LETTER[last] : undefined;
  if (words === undefined) return false;
  for (const word of words) {
    const from = end - word.length;
    if (from >= 0 && text.startsWith(word, from)) return true;
  }
  return false;
}

/**
 * Words by their last code unit (all below 256), as an array indexed by
 * it: most places end in none of their last letters, and are let go at
 * once, without a look-up in a map.
 */
function byLastLetter(words: readonly string[]): readonly (readonly string[] | undefined)[] {
  const byLast: (string[] | undefined)[] = new Array<string[] | undefined>(256).fill(undefined);
  for (const word of words) (byLast[word.charCodeAt(word.length - 1)] ??= []).push(word);
  return byLast;
}
