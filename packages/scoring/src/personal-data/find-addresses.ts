import {
  codeAt,
  continuesNumber,
  isAsciiLetter,
  isDigit,
  isInlineSpace,
  isLetter,
  isSpace,
  isUpper,
  isWordChar,
  nextWord,
} from "./char-classes.js";
import { isCountedUnit } from "./counted-units.js";
import type { RawMatch } from "./personal-data-match.js";
import { GENERIC_STREET_WORDS, NOT_STREET_ADJECTIVES, NOT_STREET_AFTER_PREFIX } from "./street-words.js";

/**
 * Street endings. Strong endings ("-straße", "-gasse", "-allee") name streets
 * almost only; weak ones ("-weg", "-platz", "-ring", "-damm", "-ufer",
 * "-steig", "-pfad") also end common nouns ("Heimweg", "Bahnsteig"), so a
 * number after them must look like a house number more clearly.
 */
const SUFFIX = /(?:stra(?:ße|sse)|str\.?|gasse|allee|chaussee|promenade|weg|platz|ring|damm|ufer|steig|stieg|pfad)(?![\p{L}\p{M}])/giu;
const WEAK_SUFFIXES: ReadonlySet<string> = new Set(["weg", "platz", "ring", "damm", "ufer", "steig", "stieg", "pfad"]);
/** A whole word (in {@link streetForm}) that ends like a street. */
const STREET_WORD = /(?:strasse|str\.?|gasse|allee|chaussee|promenade|weg|platz|ring|damm|ufer|steig|stieg|pfad)$/u;
/**
 * Street names that begin with a preposition and an article: "Am Markt",
 * "An der Kirche", "Zum Sportplatz", the first letter in either case. Written
 * out letter by letter so that the search skips other text quickly.
 */
const PREFIX =
  /(?:[aA](?:m|n d(?:er|en|em)|uf d(?:em|er|en))|[iI](?:m|n d(?:er|en))|[zZ]u[mr]|[uU]nter den|[hH]inter d(?:er|em|en)|[vV]or d(?:em|er|en)|[bB]ei(?:m| der))[ \u00a0](?=\p{Lu})/gu;

/** Longest street word read backwards from its ending; longer runs of letters are no street name. */
const MAX_STREET_WORD = 60;

/** Lower case, NFC, "ß" as "ss": the form in which street words are compared. */
export function streetForm(word: string): string {
  const lower = word.toLowerCase();
  // Composing is needed only where combining marks are ("Mu\u0308hlweg").
  const composed = /[\u0300-\u036f]/u.test(lower) ? lower.normalize("NFC") : lower;
  return composed.includes("ß") ? composed.replace(/ß/gu, "ss") : composed;
}

/**
 * The word (letters, marks, hyphens, and a dot before a hyphen as in
 * "St.-Martin-Straße") that ends at `end`, or null when it is longer than a
 * street name can be.
 */
function wordEndingAt(text: string, end: number): { start: number; word: string } | null {
  let start = end;
  while (start > 0 && end - start <= MAX_STREET_WORD) {
    const code = text.charCodeAt(start - 1);
    if (!(isLetter(code) || code === 45 || (code === 46 && codeAt(text, start) === 45))) break;
    start--;
  }
  if (end - start > MAX_STREET_WORD) return null;
  while (start < end && text.charCodeAt(start) === 45) start++;
  return { start, word: text.slice(start, end) };
}

/**
 * The capitalised adjective right before the street word at `start`
 * ("Berliner Straße", "Große Straße", "Alte Poststraße"), or -1 when there is
 * none: it ends in -e, -er, -en, -es or -em and is no article or pronoun.
 */
function adjectiveBefore(text: string, start: number): number {
  if (!isInlineSpace(codeAt(text, start - 1))) return -1;
  const found = wordEndingAt(text, start - 1);
  if (found === null || found.word.length < 3 || !isUpper(found.word.charCodeAt(0))) return -1;
  if (found.start > 0 && !isSpace(text.charCodeAt(found.start - 1)) && text.charCodeAt(found.start - 1) !== 40) return -1;
  const form = streetForm(found.word);
  if (NOT_STREET_ADJECTIVES.has(form)) return -1;
  return /(?:e|er|en|es|em)$/u.test(form) ? found.start : -1;
}

/**
 * Reads a house number at `start`: "12", "12a", "12 b", "12-14", "12 – 14",
 * "12/1", "12a-c"; 1 to 3 digits, not starting with 0. Returns its end, or -1.
 */
function readHouseNumber(text: string, start: number): number {
  let pos = start;
  if (codeAt(text, pos) === 48) return -1;
  while (pos - start < 4 && isDigit(codeAt(text, pos))) pos++;
  if (pos === start || pos - start > 3) return -1;
  pos = readHouseLetter(text, pos);
  // A range or a sub-number: "12-14", "12 - 14", "12/1", "12a-c".
  let p = pos;
  if (isInlineSpace(codeAt(text, p))) p++;
  const dash = codeAt(text, p);
  if (dash === 45 || dash === 0x2013 || dash === 47) {
    p++;
    if (isInlineSpace(codeAt(text, p))) p++;
    const rangeStart = p;
    while (p - rangeStart < 4 && isDigit(codeAt(text, p))) p++;
    if (p > rangeStart && p - rangeStart <= 3) {
      pos = readHouseLetter(text, p);
    } else if (p === rangeStart && isAsciiLetter(codeAt(text, p)) && !isLetter(codeAt(text, p + 1))) {
      pos = p + 1; // "12a-c"
    }
  }
  // "1@a.de" is an e-mail address.
  if (isWordChar(codeAt(text, pos)) || continuesNumber(text, pos) || codeAt(text, pos) === 64) return -1;
  // So is "1+0@a.de" or "1.x@a.de": the number opens the local part of one.
  let local = pos;
  while (local < text.length && local - pos < 64 && isEmailLocalChar(codeAt(text, local))) local++;
  if (local > pos && codeAt(text, local) === 64) return -1;
  return pos;
}

/** A character of an e-mail address's local part besides letters and digits: . _ % + - (and those). */
function isEmailLocalChar(code: number): boolean {
  return (code >= 48 && code <= 57) || ((code | 0x20) >= 97 && (code | 0x20) <= 122) || code === 46 || code === 95 || code === 37 || code === 43 || code === 45;
}

/** After the digits of a house number: "12a" or "12 b" (one letter standing alone). */
function readHouseLetter(text: string, pos: number): number {
  const code = codeAt(text, pos);
  if (isAsciiLetter(code) && !isLetter(codeAt(text, pos + 1))) return pos + 1;
  if (isInlineSpace(code) && isAsciiLetter(codeAt(text, pos + 1)) && !isWordChar(codeAt(text, pos + 2)) && codeAt(text, pos + 2) !== 46) {
    return pos + 2;
  }
  return pos;
}

/**
 * Reads ", 72070 Tübingen" after a house number (comma, line break, "D-"
 * optional; town names like "Frankfurt am Main", "Halle (Saale)",
 * "Rottenburg a. N." only as far as "Rottenburg"). Returns the end of the
 * town, or -1 when no postal code and town follow.
 */
function readPostalCodeAndTown(text: string, start: number): number {
  let pos = start;
  if (codeAt(text, pos) === 44) pos++;
  let spaces = 0;
  while (spaces < 3 && isSpace(codeAt(text, pos))) {
    pos++;
    spaces++;
  }
  if (text.startsWith("D-", pos)) pos += 2;
  const codeStart = pos;
  while (pos - codeStart < 6 && isDigit(codeAt(text, pos))) pos++;
  if (pos - codeStart !== 5 || !isInlineSpace(codeAt(text, pos))) return -1;
  pos++;
  const town = readCapitalisedWord(text, pos);
  if (town === -1) return -1;
  pos = town;
  // "Frankfurt am Main", "Freiburg im Breisgau", "Weil der Stadt", "Halle (Saale)", "Frankfurt/Oder".
  const rest = /^(?:[ \u00a0](?:am|an der|im|in der|in|ob der|bei|vor der|der)[ \u00a0]|[ \u00a0]\(|\/)/u.exec(text.slice(pos, pos + 12));
  if (rest !== null) {
    const second = readCapitalisedWord(text, pos + rest[0].length);
    if (second !== -1) {
      pos = second;
      if (rest[0].endsWith("(")) {
        if (codeAt(text, pos) !== 41) return town;
        pos++;
      }
    }
  }
  return pos;
}

/**
 * Could a house number follow one of the one to three capitalised words at
 * `from` that {@link findAddresses} reads after "Am", "An der" …? False only
 * where none has one (see {@link mayHaveNumber}).
 */
function numberAfterWords(text: string, from: number): boolean {
  let pos = from;
  for (let words = 0; words < 3; words++) {
    const wordEnd = readCapitalisedWord(text, pos);
    if (wordEnd === -1) return false;
    if (mayHaveNumber(text, wordEnd, false)) return true;
    if (!isInlineSpace(codeAt(text, wordEnd))) return false;
    pos = wordEnd + 1;
  }
  return false;
}

/** Reads a capitalised word (letters, marks, inner hyphens) at `start`; its end or -1. */
function readCapitalisedWord(text: string, start: number): number {
  if (!isUpper(codeAt(text, start))) return -1;
  let pos = start + 1;
  while (pos - start < 40 && (isLetter(codeAt(text, pos)) || (codeAt(text, pos) === 45 && isLetter(codeAt(text, pos + 1))))) pos++;
  return pos - start >= 2 ? pos : -1;
}

const NUMBER_WORD = /^(?:Nr\.?|Hausnr\.?|Hausnummer)[ \u00a0]/u;

/**
 * Could a house number follow a street name at `from`? What
 * {@link readNumberPart} reads first (spaces, an optional "Nr.", a digit
 * other than 0), without the rest: false only where it finds none. Most
 * street endings in a text ("Marktplatz", "unterwegs", "Ring frei") have no
 * number after them; telling so first spares reading the street's name
 * (finding addresses took half of the personal-data check, now a quarter).
 */
function mayHaveNumber(text: string, from: number, allowNoSpace: boolean): boolean {
  let pos = from;
  let spaces = 0;
  while (spaces < 2 && isInlineSpace(codeAt(text, pos))) {
    pos++;
    spaces++;
  }
  if (spaces === 0 && !allowNoSpace) return false;
  let code = codeAt(text, pos);
  // "Nr.", "Hausnr.", "Hausnummer" before the number.
  if (code === 78 || code === 72) {
    const nr = NUMBER_WORD.exec(text.slice(pos, pos + 12));
    if (nr !== null) code = codeAt(text, pos + nr[0].length);
  }
  return code >= 49 && code <= 57;
}

/**
 * Reads what follows a street name at `from`: spaces, an optional "Nr.", the
 * house number, then postal code and town when given. Returns the end of the
 * house number and of the whole address, or null when no house number
 * follows or the number counts something ("Heimweg 20 Minuten").
 */
function readNumberPart(
  text: string,
  from: number,
  options: { allowNoSpace: boolean; strict: boolean },
): { numberEnd: number; end: number } | null {
  let pos = from;
  let spaces = 0;
  while (spaces < 2 && isInlineSpace(codeAt(text, pos))) {
    pos++;
    spaces++;
  }
  if (spaces === 0 && !options.allowNoSpace) return null;
  const nr = NUMBER_WORD.exec(text.slice(pos, pos + 12));
  if (nr !== null) pos += nr[0].length;
  const numberEnd = readHouseNumber(text, pos);
  if (numberEnd === -1) return null;
  const after = nextWord(text, numberEnd);
  if (after !== "" && isCountedUnit(after)) return null;
  const withTown = readPostalCodeAndTown(text, numberEnd);
  if (withTown !== -1) return { numberEnd, end: withTown };
  if (options.strict) {
    // "Im Juni 3 Termine", "Spielplatz 3 Geräte": a capitalised word right after the number is what it counts.
    let p = numberEnd;
    while (p - numberEnd < 2 && isInlineSpace(codeAt(text, p))) p++;
    if (p > numberEnd && isUpper(codeAt(text, p))) return null;
  }
  return { numberEnd, end: numberEnd };
}

/** The allow-list key of an address: street and house number, lower case, "ß" as "ss", "Str." as "Straße", no spaces or punctuation. */
export function addressKey(streetAndNumber: string): string {
  return streetForm(streetAndNumber)
    .replace(/str(?:\.|(?=[\s\d]))/gu, "strasse")
    .replace(/[^\p{L}\p{N}]/gu, "");
}

/**
 * Finds private street addresses: a street name ending in -straße, -strasse,
 * -str., -gasse, -allee, -weg, -platz, -ring, -damm, -ufer, -steig, -pfad
 * ("Hauptstraße", "Konrad-Adenauer-Str.", "Berliner Straße", "Große Gasse") or
 * beginning with "Am", "An der", "Im", "Auf dem", "Zum", "Zur" … ("Am Markt",
 * "An der Kirche"), followed by a house number ("12", "12a", "12-14", "12 b"),
 * and by postal code and town when they follow ("Hauptstraße 5, 72070
 * Tübingen"). The match covers all of it.
 *
 * Not addresses: a street word without a number ("Ringstraße gesperrt"),
 * numbered roads ("Bundesstraße 27", "B 27", "A 8"), "Straße" without a name,
 * counted and numbered places ("Bahnsteig 3", "Parkplatz 2 Stunden"), and
 * numbers that count or measure ("Heimweg 20 Minuten", "Ringstraße 1,5 km").
 */
export function findAddresses(text: string, out: RawMatch[]): void {
  scanAddresses(text, out, true);
}

/** @internal {@link findAddresses} without the look ahead for a number (`quick` false), for tests that compare the two. */
export function scanAddresses(text: string, out: RawMatch[], quick: boolean): void {
  SUFFIX.lastIndex = 0;
  for (let match = SUFFIX.exec(text); match !== null; match = SUFFIX.exec(text)) {
    const suffixEnd = match.index + match[0].length;
    if (quick && !mayHaveNumber(text, suffixEnd, match[0].endsWith("."))) continue;
    const street = wordEndingAt(text, match[0].endsWith(".") ? suffixEnd - 1 : suffixEnd);
    if (street === null) continue;
    let start = street.start;
    const word = streetForm(street.word) + (match[0].endsWith(".") ? "." : "");
    const alone = GENERIC_STREET_WORDS.has(word);
    const ending = streetForm(match[0]);
    if (alone) {
      // "Berliner Straße 5", "Große Gasse 3"; but not "Straße 5", "Bundesstraße 27", "Parkplatz 2".
      const isBareEnding = word === ending || word === ending + ".";
      const adjective = isBareEnding ? adjectiveBefore(text, start) : -1;
      if (adjective === -1) continue;
      start = adjective;
    } else {
      if (start > 0 && isWordChar(text.charCodeAt(start - 1))) continue;
      const adjective = adjectiveBefore(text, start);
      if (adjective !== -1) start = adjective;
    }
    const weak = WEAK_SUFFIXES.has(ending);
    const rest = readNumberPart(text, suffixEnd, { allowNoSpace: match[0].endsWith("."), strict: weak });
    if (rest === null) continue;
    out.push({ kind: "address", start, end: rest.end, key: addressKey(text.slice(start, rest.numberEnd)) });
    SUFFIX.lastIndex = rest.end;
  }

  PREFIX.lastIndex = 0;
  for (let match = PREFIX.exec(text); match !== null; match = PREFIX.exec(text)) {
    const start = match.index;
    if (start > 0 && isWordChar(text.charCodeAt(start - 1))) {
      PREFIX.lastIndex = start + 1;
      continue;
    }
    let pos = start + match[0].length;
    if (quick && !numberAfterWords(text, pos)) continue;
    let found: { numberEnd: number; end: number } | null = null;
    // One to three capitalised words: "Am Markt", "Am Alten Markt", "An der Alten Mühle".
    for (let words = 0; words < 3; words++) {
      const wordEnd = readCapitalisedWord(text, pos);
      if (wordEnd === -1) break;
      const word = streetForm(text.slice(pos, wordEnd));
      if (words === 0 && NOT_STREET_AFTER_PREFIX.has(word)) break;
      // "in der Hauptstraße 5", "am Lindenweg 3": the street is the word with
      // the ending, the words before are the sentence's; the ending search reports it.
      if (STREET_WORD.test(word) && !GENERIC_STREET_WORDS.has(word)) break;
      found = readNumberPart(text, wordEnd, { allowNoSpace: false, strict: true });
      if (found !== null || !isInlineSpace(codeAt(text, wordEnd))) break;
      pos = wordEnd + 1;
    }
    if (found === null) continue;
    out.push({ kind: "address", start, end: found.end, key: addressKey(text.slice(start, found.numberEnd)) });
    PREFIX.lastIndex = found.end;
  }
}
