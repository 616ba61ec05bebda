import {
  ABBREVIATIONS,
  ABBREVIATIONS_BEFORE_NUMBERS,
  CASE_SENSITIVE_ABBREVIATIONS,
  MONTHS,
  ORDINAL_CONTEXT,
  SENTENCE_FINAL_ABBREVIATIONS,
} from "./abbreviations.js";
import {
  ASCII_CLASSES,
  classAt,
  DIGIT,
  isDigitBefore,
  isLowerCaseUnit,
  isPictographAt,
  isUpperCaseUnit,
  JOINER,
  LETTER,
  MARK,
  NEWLINE,
  PAIR,
  PARAGRAPH,
  SPACE,
} from "./char-classes.js";
import { RangeFilter } from "./range-filter.js";
import { ReadabilityError } from "./readability-errors.js";
import { isAllCaps } from "./word-shape.js";
import { addressInChunk, hashtagEnd, linkEnd, mentionEnd } from "./web-tokens.js";
import { wordInfoOfUnits, wordInfosForgotten, type WordInfo } from "./word-info.js";

/** A word of a text: a run of letters, with inner hyphens or apostrophes. */
export interface Word {
  /** The word as written: `text.slice(start, end)` of the tokenized text. */
  readonly text: string;
  /** UTF-16 offset of its first character. */
  readonly start: number;
  /** UTF-16 offset after its last character (exclusive). */
  readonly end: number;
  /** Index of its sentence in {@link GermanTokens.sentences}. */
  readonly sentenceIndex: number;
}

/** A sentence of a text (only stretches with at least one word are sentences). */
export interface Sentence {
  /** UTF-16 offset of its first visible character (a list bullet, an opening quote, …). */
  readonly start: number;
  /** UTF-16 offset after its closing punctuation (and closing quotes or brackets), or after its last visible character. */
  readonly end: number;
  /** How many words it has (at least one). */
  readonly wordCount: number;
}

/** The result of {@link tokenizeGerman}. */
export interface GermanTokens {
  /** The sentences, in order, none overlapping another. */
  readonly sentences: Sentence[];
  /** The words, in order; each lies within its sentence. */
  readonly words: Word[];
}

/** {@link GermanTokens} with the record of each word (word-info.ts), for the measures of this folder. */
export interface MeasuredTokens extends GermanTokens {
  /** `infos[k]` is the record of `words[k]` (and `words[k].text` is its `text`). */
  readonly infos: WordInfo[];
}

// Joins two parts of one word when a letter follows, like hyphens (- ‐ ‑) and
// apostrophes (' ’); so do the gender star, colon and gap before "in"
// ("Bürger*innen", "Bürger:innen", "Bürger_innen"). See wordEnd.
const MIDDLE_DOT = 0xb7;

// Comparisons rather than sets: every character of a text is asked.

/** Whether `code` ends a sentence: . ! ? … */
function isTerminal(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026;
}

/** Whether `code` closes a quotation or bracket after a sentence's end: ) ] } " ' “ ” ’ » « › ‹ */
function isCloser(code: number): boolean {
  if (code < 0x80) return code === 0x29 || code === 0x5d || code === 0x7d || code === 0x22 || code === 0x27;
  return code === 0x201c || code === 0x201d || code === 0x2019 || code === 0xbb || code === 0xab || code === 0x203a || code === 0x2039;
}

const BULLETS = new Set([
  0x2d, 0x2013, 0x2014, 0x2a, 0x2b, 0x2022, 0xb7, 0x25aa, 0x25ab, 0x25e6, 0x2023, 0x2043, 0x25ba, 0x25b6, 0x2192, 0x2794, 0x279c,
  0x2713, 0x2714, 0x2610, 0x2611, 0x25a0, 0x25a1, 0x25cb, 0x25cf,
]);

const TOKEN_NONE = 0;
const TOKEN_WORD = 1;
const TOKEN_NUMBER = 2;
/** The number of a numbered list item ("1. Ausweis"): its full stop ends nothing. */
const TOKEN_LIST_NUMBER = 3;

/**
 * Splits a German text into sentences and words, with UTF-16 offsets into
 * the text so that a user interface can highlight them.
 *
 * Words are runs of letters, with inner hyphens, apostrophes, middle dots
 * and gender marks ("Müll-Abfuhr", "geht's", "Bürger*innen" are one word
 * each). Not words: numbers and letters glued to digits ("2026", "A7",
 * "2er"), links ("https://…", "www.…", "musterstadt.de"), e-mail
 * addresses, @handles, #hashtags (skipped whole) and emoji.
 *
 * A sentence ends at . ! ? … (with closing quotes or brackets) before white
 * space, an emoji or the end; at a paragraph break (a blank line); and at a
 * line break before or after a list item (a line starting with a bullet,
 * an emoji, "1." / "1)" or "a)"). A full stop does not end a sentence after
 * an abbreviation ("z. B.", "bzw.", "Nr.", any single letter), after a
 * day or ordinal ("am 1. Mai", "15. März 2026", "zum 2. Mal"), before a
 * lower-case word, or inside a number ("10.30 Uhr", "3,5"), a link or an
 * address. Stretches without words ("🎉", "#Musterstadt") are no sentences.
 *
 * @example
 * ```ts
 * tokenizeGerman("Ab 1. Mai gilt z. B. Tempo 30. Danke!").sentences.length; // 2
 * tokenizeGerman("Infos 👉 musterstadt.de #Rathaus").words.map((w) => w.text); // ["Infos"]
 * ```
 */
export function tokenizeGerman(text: string): GermanTokens {
  if (typeof text !== "string") {
    throw new ReadabilityError("SCORING_INVALID_ARGUMENT", `tokenizeGerman: text must be a string, got ${typeof text}.`);
  }
  const { sentences, words } = tokenize(text);
  return { sentences, words };
}

let memoText: string | undefined;
let memoTokens: MeasuredTokens | undefined;
let memoForgotten = 0;

/**
 * {@link tokenizeGerman} for the measures in this folder, which do not hand
 * the tokens out, with each word's record (word-info.ts): the last text's
 * tokens are reused, so scoring a draft, asking for its hints and matching
 * its Amtsdeutsch tokenizes it once.
 */
export function tokenizeForMeasures(text: string): MeasuredTokens {
  // Not after the records were forgotten (tests only): the kept tokens would hold records the table no longer gives out.
  if (text === memoText && memoTokens !== undefined && memoForgotten === wordInfosForgotten()) return memoTokens;
  const tokens = tokenize(text);
  memoForgotten = wordInfosForgotten();
  memoText = text;
  memoTokens = tokens;
  return tokens;
}

/**
 * {@link tokenizeGerman} without the loop's shortcuts for one space and for
 * a plain word after it: the general way, which the shortcuts must agree
 * with (the property tests compare them). Not for use outside tests.
 */
export function tokenizeWithoutShortcuts(text: string): GermanTokens {
  const { sentences, words } = tokenize(text, false);
  return { sentences, words };
}

function tokenize(text: string, shortcuts = true): MeasuredTokens {
  const length = text.length;
  wordUnits = unitsFor(length);
  const words: Word[] = [];
  const infos: WordInfo[] = [];
  const sentences: Sentence[] = [];

  let segmentStart = -1;
  let segmentWords = 0;
  let segmentIsListItem = false;
  let lastVisibleEnd = 0;
  let atLineStart = true;
  let atChunkStart = true;
  let chunkStart = 0; // where the current run of non-blank characters started
  let checkedChunk = -1; // the chunk last checked for an e-mail address or domain

  let tokenKind = TOKEN_NONE;
  let tokenStart = 0;
  let tokenEnd = 0;
  let numberIsOrdinalCandidate = false;
  // The record of the word right before the number being read ("am" of
  // "am 3."), asked only if a full stop follows the number.
  let wordBeforeNumber: WordInfo | undefined;

  // Where the sentence being read ends, once known; -1 while it goes on.
  // (Not a closure: variables a closure captures are slower in the loop.)
  let closeAt = -1;

  let index = 0;
  while (index < length) {
    const unit = text.charCodeAt(index);
    if (unit === 0x20 && closeAt === -1 && shortcuts) {
      // One space between words, the most common blank, in short: what the
      // blank run below does for it.
      const next = text.charCodeAt(index + 1);
      if (next > 0x20 && next < 0x80) {
        atChunkStart = true;
        index++;
        continue;
      }
    }
    const info = unit < 0x80 ? ASCII_CLASSES[unit]! : classAt(text, index);
    const kind = info & 15;

    if (kind === SPACE || kind === NEWLINE || kind === PARAGRAPH) {
      let lineBreaks = 0;
      let end = index;
      while (end < length) {
        const code = text.charCodeAt(end);
        if (code === 0x20 || code === 0x09) {
          end++;
          continue;
        }
        const spaceKind = (code < 0x80 ? ASCII_CLASSES[code]! : classAt(text, end)) & 15;
        if (spaceKind === PARAGRAPH) lineBreaks += 2;
        else if (spaceKind === NEWLINE) {
          // CR LF is one line break.
          if (!(code === 0x0d && text.charCodeAt(end + 1) === 0x0a)) lineBreaks++;
        } else if (spaceKind !== SPACE) break;
        end++;
      }
      if (lineBreaks >= 2 || (lineBreaks === 1 && (segmentIsListItem || (end < length && isListItemAt(text, end))))) {
        closeAt = lastVisibleEnd;
      }
      if (lineBreaks > 0) atLineStart = true;
      atChunkStart = true;
      index = end;
      if (closeAt === -1) continue;
    }

    if (closeAt !== -1) {
      if (segmentWords > 0) sentences.push({ start: segmentStart, end: closeAt, wordCount: segmentWords });
      segmentStart = -1;
      segmentWords = 0;
      segmentIsListItem = false;
      closeAt = -1;
      continue;
    }

    if (segmentStart === -1) {
      segmentStart = index;
      segmentIsListItem = atLineStart && isListItemAt(text, index);
    }
    const lineStart = atLineStart;
    atLineStart = false;

    if (atChunkStart) {
      atChunkStart = false;
      chunkStart = index;
    }

    const code = unit; // index is where the loop began: blank runs continue above

    // An e-mail address or a domain without scheme shows itself by an "@" or
    // "." between letters; only then is its chunk checked, and the words
    // already taken from it ("info" of "info@…") are given back.
    if ((code === 0x40 || code === 0x2e) && checkedChunk !== chunkStart && index > chunkStart && isAddressCharacter(text, index + 1)) {
      checkedChunk = chunkStart;
      const address = addressInChunk(text, chunkStart);
      if (address !== undefined && address.start <= index && index < address.end) {
        // Only words of the sentence being read: a chunk is rarely cut by a
        // sentence end ("Danke!🎉info@…"), and a closed sentence stays closed.
        while (segmentWords > 0 && words[words.length - 1]!.start >= address.start) {
          words.pop();
          infos.pop();
          segmentWords--;
        }
        index = address.end;
        lastVisibleEnd = index;
        tokenKind = TOKEN_NONE;
        continue;
      }
    }

    // Links, handles and hashtags: skipped whole.
    if (code === 0x68 || code === 0x48 || code === 0x77 || code === 0x57 || code === 0x23 || code === 0x40) {
      const end = code === 0x23 ? hashtagEnd(text, index) : code === 0x40 ? mentionEnd(text, index) : linkEnd(text, index);
      if (end > index) {
        index = end;
        lastVisibleEnd = end;
        tokenKind = TOKEN_NONE;
        continue;
      }
    }

    if (kind === LETTER) {
      const start = index;
      const end = wordEnd(text, index);
      index = end;
      lastVisibleEnd = end;
      const after = text.charCodeAt(end);
      const nextKind = end >= length ? SPACE : (after < 0x80 ? ASCII_CLASSES[after]! : classAt(text, end)) & 15;
      if (nextKind === DIGIT || isDigitBefore(text, start)) {
        // "A7", "U18", "2er", "CO2": a code, not a word. Swallow the rest of it.
        index = alphanumericEnd(text, end);
        lastVisibleEnd = index;
        tokenKind = TOKEN_NONE;
        continue;
      }
      const info = wordInfoOfUnits(wordUnits, start, text, start, end);
      infos.push(info);
      words.push({ text: info.text, start, end, sentenceIndex: sentences.length });
      segmentWords++;
      tokenKind = TOKEN_WORD;
      tokenStart = start;
      tokenEnd = end;
      // The usual next token: one space and a word of ASCII letters that
      // opens no link. It is read here, doing what the loop above would do
      // for the space and the word (the loop's questions about each cost
      // more than the word).
      while (shortcuts && text.charCodeAt(index) === 0x20) {
        const wordStart = index + 1;
        const letter = text.charCodeAt(wordStart) | 0x20;
        if (letter < 0x61 || letter > 0x7a) break;
        // h or w with t or w second may open a link ("https://", "www."): the loop looks at those.
        if (letter === 0x68 || letter === 0x77) {
          const second = text.charCodeAt(wordStart + 1) | 0x20;
          if (second === 0x74 || second === 0x77) break;
        }
        const wordStop = wordEnd(text, wordStart);
        const following = text.charCodeAt(wordStop);
        // A digit after the word makes it a code: the loop deals with that.
        if (following >= 0x30 && following <= 0x39) break;
        if (wordStop < length && following >= 0x80 && (classAt(text, wordStop) & 15) === DIGIT) break;
        chunkStart = wordStart;
        atChunkStart = false;
        index = wordStop;
        lastVisibleEnd = wordStop;
        const next = wordInfoOfUnits(wordUnits, wordStart, text, wordStart, wordStop);
        infos.push(next);
        words.push({ text: next.text, start: wordStart, end: wordStop, sentenceIndex: sentences.length });
        segmentWords++;
        tokenStart = wordStart;
        tokenEnd = wordStop;
      }
      continue;
    }

    if (kind === DIGIT) {
      const start = index;
      let end = index;
      let digits = 0;
      let groups = 1;
      let longestGroup = 0;
      let group = 0;
      while (end < length) {
        const unit = text.charCodeAt(end);
        const digitInfo = unit < 0x80 ? ASCII_CLASSES[unit]! : classAt(text, end);
        if ((digitInfo & 15) === DIGIT) {
          end += digitInfo & PAIR ? 2 : 1;
          digits++;
          group++;
          if (group > longestGroup) longestGroup = group;
          continue;
        }
        const separator = text.charCodeAt(end);
        if ((separator === 0x2e || separator === 0x2c || separator === 0x3a) && end + 1 < length && (classAt(text, end + 1) & 15) === DIGIT) {
          end++;
          groups++;
          group = 0;
          continue;
        }
        break;
      }
      if (end < length && (classAt(text, end) & 15) === LETTER) {
        index = alphanumericEnd(text, end);
        lastVisibleEnd = index;
        tokenKind = TOKEN_NONE;
        continue;
      }
      // "3." or "15.03." may be an ordinal or a date; "2026." is not.
      numberIsOrdinalCandidate = (groups === 1 && digits <= 3) || (groups === 2 && longestGroup <= 2);
      const wordBefore = tokenKind === TOKEN_WORD && onlySpaceBetween(text, tokenEnd, start);
      // The last word read is the token before the number.
      wordBeforeNumber = wordBefore ? infos[infos.length - 1] : undefined;
      index = end;
      lastVisibleEnd = end;
      tokenKind = lineStart && segmentIsListItem && start === segmentStart ? TOKEN_LIST_NUMBER : TOKEN_NUMBER;
      tokenStart = start;
      tokenEnd = end;
      continue;
    }

    if (isTerminal(code)) {
      let end = index;
      let onlyStops = true;
      while (end < length && isTerminal(text.charCodeAt(end))) {
        const terminal = text.charCodeAt(end);
        if (terminal === 0x21 || terminal === 0x3f) onlyStops = false;
        end++;
      }
      const single = end === index + 1 && code === 0x2e;
      while (end < length && isCloser(text.charCodeAt(end))) end++;
      const atEnd = end >= length;
      const follow = atEnd ? 0x20 : text.charCodeAt(end);
      const followKind = (follow < 0x80 ? ASCII_CLASSES[follow]! : classAt(text, end)) & 15;
      const candidate = atEnd || followKind === SPACE || followKind === NEWLINE || followKind === PARAGRAPH || isPictographAt(text, end);
      let boundary = candidate;
      if (candidate && onlyStops) {
        const next = nextVisible(text, end);
        const nextCode = next < length ? text.charCodeAt(next) : -1;
        if (nextCode !== -1 && isLowerCaseUnit(nextCode)) boundary = false;
        else if (single && tokenEnd === index) {
          if (tokenKind === TOKEN_WORD) {
            // The word is the last one read: its record knows what it is as an abbreviation once asked.
            const word = infos[infos.length - 1]!;
            if (word.abbreviation === 0) word.abbreviation = abbreviationKindOf(text, tokenStart, tokenEnd);
            boundary = !isAbbreviationBefore(word.abbreviation, text, next);
          } else if (tokenKind === TOKEN_NUMBER) {
            boundary = !isOrdinalBefore(text, next, numberIsOrdinalCandidate, wordBeforeNumber);
          } else if (tokenKind === TOKEN_LIST_NUMBER) {
            boundary = false;
          }
        }
      }
      index = end;
      lastVisibleEnd = end;
      tokenKind = TOKEN_NONE;
      if (boundary) closeAt = end;
      continue;
    }

    // Punctuation, symbols, emoji, joiners outside words, lone surrogates.
    index += info & PAIR ? 2 : 1;
    lastVisibleEnd = index;
    if (kind !== JOINER && kind !== MARK) tokenKind = TOKEN_NONE;
  }
  if (segmentWords > 0) sentences.push({ start: segmentStart, end: closeAt === -1 ? lastVisibleEnd : closeAt, wordCount: segmentWords });
  // A very long text's room is not kept.
  wordUnits = sharedUnits;
  return { sentences, words, infos };
}

/** Whether the character at `index` may continue an address (letter or digit). */
function isAddressCharacter(text: string, index: number): boolean {
  if (index >= text.length) return false;
  const code = text.charCodeAt(index);
  const kind = (code < 0x80 ? ASCII_CLASSES[code]! : classAt(text, index)) & 15;
  return kind === LETTER || kind === DIGIT;
}

/** Room for the code units of a text, kept for the next (up to {@link LONGEST_KEPT_COPY} units). */
let sharedUnits: Uint16Array = new Uint16Array(1024);

/** Room for a longer text is made for that text alone. */
const LONGEST_KEPT_COPY = 1 << 16;

/**
 * The code units of the words of the text being tokenized, at their
 * offsets: {@link wordEnd} copies each it reads, so that finding a word's
 * record (word-info.ts) need not read them from the string again.
 */
let wordUnits: Uint16Array = sharedUnits;

/** Room for `length` code units: {@link sharedUnits}, grown if need be, or for a very long text its own. */
function unitsFor(length: number): Uint16Array {
  if (length <= sharedUnits.length) return sharedUnits;
  const units = new Uint16Array(length);
  if (length <= LONGEST_KEPT_COPY) sharedUnits = units;
  return units;
}

/** The end of the word starting with the letter at `index` (its code units copied to {@link wordUnits}). */
function wordEnd(text: string, index: number): number {
  const length = text.length;
  const units = wordUnits;
  let end = index;
  while (end < length) {
    const code = text.charCodeAt(end);
    const folded = code | 0x20;
    if (folded >= 0x61 && folded <= 0x7a) {
      units[end] = code;
      end++; // an ASCII letter: by far the most common case
      continue;
    }
    if (code < 0x80) {
      // Hyphen or apostrophe before a letter; gender star, colon or gap before "in".
      if (((code === 0x2d || code === 0x27) && isLetterAt(text, end + 1)) || ((code === 0x2a || code === 0x3a || code === 0x5f) && text.charCodeAt(end + 1) === 0x69 && text.charCodeAt(end + 2) === 0x6e)) {
        units[end] = code;
        end++;
        continue;
      }
      break;
    }
    if (isLatin1Letter(code)) {
      units[end] = code;
      end++; // ä, ö, ü, ß, é, …: the letters of German words beyond ASCII
      continue;
    }
    const info = classAt(text, end);
    const kind = info & 15;
    if (kind === LETTER || kind === MARK) {
      units[end] = code;
      if (info & PAIR) {
        units[end + 1] = text.charCodeAt(end + 1);
        end += 2;
      } else {
        end++;
      }
    } else if (
      (kind === JOINER && isLetterOrMarkAt(text, end + 1)) ||
      ((code === 0x2010 || code === 0x2011 || code === 0x2019 || code === MIDDLE_DOT) && isLetterAt(text, end + 1))
    ) {
      units[end] = code;
      end++;
    } else {
      break;
    }
  }
  return end;
}

/**
 * Whether `code` is a letter of Latin-1 beyond ASCII: all of U+00C0–U+00FF
 * but × and ÷ are (`\p{L}`), told without asking for the class (a test
 * holds this to the classes of char-classes.ts).
 */
export function isLatin1Letter(code: number): boolean {
  return code >= 0xc0 && code <= 0xff && code !== 0xd7 && code !== 0xf7;
}

function isLetterAt(text: string, index: number): boolean {
  return index < text.length && (classAt(text, index) & 15) === LETTER;
}

function isLetterOrMarkAt(text: string, index: number): boolean {
  if (index >= text.length) return false;
  const kind = classAt(text, index) & 15;
  return kind === LETTER || kind === MARK;
}

/** The end of a code of letters and digits ("A7", "2er", "H2O") continuing at `index`. */
function alphanumericEnd(text: string, index: number): number {
  const length = text.length;
  let end = index;
  while (end < length) {
    const info = classAt(text, end);
    const kind = info & 15;
    if (kind === LETTER || kind === MARK || kind === DIGIT) end += info & PAIR ? 2 : 1;
    else break;
  }
  return end;
}

function onlySpaceBetween(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let k = from; k < to; k++) {
    if ((classAt(text, k) & 15) !== SPACE) return false;
  }
  return true;
}

/** The offset of the next character that is not white space, from `index` on. */
function nextVisible(text: string, index: number): number {
  const length = text.length;
  let next = index;
  while (next < length) {
    const kind = classAt(text, next) & 15;
    if (kind !== SPACE && kind !== NEWLINE && kind !== PARAGRAPH) break;
    next++;
  }
  return next;
}

/** Each abbreviation as written in lower case and capitalised → lower case. */
const ABBREVIATION_FORMS = new Map<string, string>();
for (const abbreviation of [...ABBREVIATIONS, ...ABBREVIATIONS_BEFORE_NUMBERS]) {
  ABBREVIATION_FORMS.set(abbreviation, abbreviation);
  ABBREVIATION_FORMS.set(abbreviation.charAt(0).toUpperCase() + abbreviation.slice(1), abbreviation);
}

/** Every word {@link isAbbreviation} looks up as written. */
const ABBREVIATION_CANDIDATES = new RangeFilter([...CASE_SENSITIVE_ABBREVIATIONS, ...ABBREVIATION_FORMS.keys()], false);
const MONTH_CANDIDATES = new RangeFilter(MONTHS, true);
const ORDINAL_CONTEXT_CANDIDATES = new RangeFilter(ORDINAL_CONTEXT, true);

/** Whether `code` is a lower-case ASCII letter (a word with one among its first two letters is not in capitals). */
function isLowerCaseAscii(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

// What a word is as an abbreviation, whatever follows it (see abbreviationKindOf).
const NOT_ABBREVIATION = 1;
const ABBREVIATION = 2;
/** "Art.", "max.": an abbreviation before a number only. */
const ABBREVIATION_BEFORE_NUMBER = 3;
/** "usw.": an abbreviation unless a capitalised word follows. */
const ABBREVIATION_BEFORE_LOWER_CASE = 4;

/**
 * Whether the word `text.slice(start, end)` before a full stop is an
 * abbreviation (`next`: where the next visible character is). Exported for
 * its tests only.
 */
export function isAbbreviation(text: string, start: number, end: number, next: number): boolean {
  return isAbbreviationBefore(abbreviationKindOf(text, start, end), text, next);
}

/**
 * What the word `text.slice(start, end)` is as an abbreviation: one of the
 * kinds above. It depends on the word alone, so the tokenizer keeps it on
 * the word's record (word-info.ts) and asks each word once.
 */
function abbreviationKindOf(text: string, start: number, end: number): number {
  // "Bahnhofstr.", "Hauptstr." abbreviate "Straße"; no German word ends so.
  if (end - start > 3 && text.charCodeAt(end - 1) === 0x72 && text.charCodeAt(end - 2) === 0x74 && text.charCodeAt(end - 3) === 0x73) return ABBREVIATION;
  // No listed abbreviation is longer than 8 letters; most words before a full stop are.
  if (end - start > 8) return NOT_ABBREVIATION;
  // One letter ("z. B.", "Max M. Muster") is never a sentence's last word.
  if (end - start === 1 || (end - start === 2 && (classAt(text, start) & PAIR) !== 0)) return ABBREVIATION;
  // Most words before a full stop are in no list and not in capitals: told
  // so without cutting them out.
  const mayBeInCapitals = !isLowerCaseAscii(text.charCodeAt(start)) && !isLowerCaseAscii(text.charCodeAt(start + 1));
  if (!mayBeInCapitals && !ABBREVIATION_CANDIDATES.mayHave(text, start, end)) return NOT_ABBREVIATION;
  const word = text.slice(start, end);
  if (CASE_SENSITIVE_ABBREVIATIONS.has(word)) return ABBREVIATION;
  // Lower the word only if it can be one: as written, in lower case or capitalised.
  const lower = ABBREVIATION_FORMS.get(word) ?? (isAllCaps(word) ? word.toLowerCase() : undefined);
  if (lower === undefined) return NOT_ABBREVIATION;
  if (ABBREVIATIONS_BEFORE_NUMBERS.has(lower)) return ABBREVIATION_BEFORE_NUMBER;
  if (!ABBREVIATIONS.has(lower)) return NOT_ABBREVIATION;
  if (SENTENCE_FINAL_ABBREVIATIONS.has(lower)) return ABBREVIATION_BEFORE_LOWER_CASE;
  return ABBREVIATION;
}

/** Whether a word of abbreviation kind `kind` before a full stop is an abbreviation, given what follows at `next`. */
function isAbbreviationBefore(kind: number, text: string, next: number): boolean {
  if (kind === ABBREVIATION || kind === NOT_ABBREVIATION) return kind === ABBREVIATION;
  const nextCode = next < text.length ? text.charCodeAt(next) : -1;
  if (kind === ABBREVIATION_BEFORE_NUMBER) return nextCode !== -1 && (classAt(text, next) & 15) === DIGIT;
  return !(nextCode !== -1 && isUpperCaseUnit(nextCode));
}

/**
 * Whether a number before a full stop is an ordinal or a day ("am 1. Mai",
 * "zum 2. Mal", "15.03. 2026"): `next` is where the next visible character
 * is, `candidate` whether the number may be one, `wordBeforeStart` …
 * `wordBeforeEnd` the word right before it (-1 for none). Exported for its
 * tests only.
 */
export function isOrdinal(text: string, next: number, candidate: boolean, wordBeforeStart: number, wordBeforeEnd: number): boolean {
  if (!candidate || next >= text.length) return false;
  if (isDateAhead(text, next)) return true;
  return wordBeforeStart !== -1 && isOrdinalContext(text, wordBeforeStart, wordBeforeEnd);
}

/**
 * {@link isOrdinal} for the tokenizer, with the records of the words around
 * the number: the one before it (`undefined` for none) keeps whether it is
 * one of {@link ORDINAL_CONTEXT}, the one after it whether it is a month.
 * Exported for its tests only.
 */
export function isOrdinalBefore(text: string, next: number, candidate: boolean, wordBefore: WordInfo | undefined): boolean {
  if (!candidate || next >= text.length) return false;
  const kind = classAt(text, next) & 15;
  if (kind === DIGIT) return true;
  if (kind === LETTER) {
    // The word's record, found by its code units as wordEnd copies them (the tokenizer reads it next).
    const end = wordEnd(text, next);
    const word = wordInfoOfUnits(wordUnits, next, text, next, end);
    if (word.month === 0) word.month = isMonthName(word.text, 0, word.length) ? 2 : 1;
    if (word.month === 2) return true;
  }
  if (wordBefore === undefined) return false;
  if (wordBefore.ordinalContext === 0) wordBefore.ordinalContext = isOrdinalContext(wordBefore.text, 0, wordBefore.length) ? 2 : 1;
  return wordBefore.ordinalContext === 2;
}

/** Whether a number and a full stop before `next` (a character of the text) are a day or an ordinal for what follows: a digit or a month. */
function isDateAhead(text: string, next: number): boolean {
  const kind = classAt(text, next) & 15;
  if (kind === DIGIT) return true;
  return kind === LETTER && isMonthName(text, next, wordEnd(text, next));
}

/** Whether the word `text.slice(start, end)` is a month's name (its first 12 letters, enough for one, lowered). */
function isMonthName(text: string, start: number, end: number): boolean {
  const cut = Math.min(end, start + 12);
  return MONTH_CANDIDATES.mayHave(text, start, cut) && MONTHS.has(text.slice(start, cut).toLowerCase());
}

/** Whether the word `text.slice(start, end)` makes the number after it an ordinal ("am", "zum", …). */
function isOrdinalContext(text: string, start: number, end: number): boolean {
  return ORDINAL_CONTEXT_CANDIDATES.mayHave(text, start, end) && ORDINAL_CONTEXT.has(text.slice(start, end).toLowerCase());
}

/**
 * Whether a list item starts at `index`: a bullet (- – — * + • · ▪ ► → ✓ …)
 * or an emoji, or "1." / "12)" / "a)", followed by white space.
 */
function isListItemAt(text: string, index: number): boolean {
  const length = text.length;
  const code = text.charCodeAt(index);
  if (BULLETS.has(code)) return isSpaceAt(text, index + 1);
  if (isPictographAt(text, index)) return true;
  if (code >= 0x30 && code <= 0x39) {
    let end = index;
    while (end < length && end - index < 3 && text.charCodeAt(end) >= 0x30 && text.charCodeAt(end) <= 0x39) end++;
    const marker = text.charCodeAt(end);
    return (marker === 0x2e || marker === 0x29) && isSpaceAt(text, end + 1);
  }
  if (((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) && text.charCodeAt(index + 1) === 0x29) return isSpaceAt(text, index + 2);
  return false;
}

function isSpaceAt(text: string, index: number): boolean {
  return index < text.length && (classAt(text, index) & 15) === SPACE;
}
