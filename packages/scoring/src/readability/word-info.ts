import { ownSlice } from "./own-string.js";
import type { SyllableCounter } from "./syllable-counter.js";

/*
 * One record per word as written, shared by every text it occurs in.
 *
 * The measures ask the same things of every word of every draft: its
 * syllables, its letters, whether it is an abstract noun, a form of
 * "werden", the noun of a Funktionsverbgefüge, the start of a piece of
 * Amtsdeutsch. Each answer depends on the word alone, and a town's drafts
 * use the same few thousand words again and again; asked afresh, they were
 * most of the plain-language check (each a lookup of a freshly cut string
 * in a map, which hashes it first). So the tokenizer hands each word's
 * record out beside the word, and an answer, once worked out, is kept on
 * the record. The records of the words seen last are found again by a hash
 * of the word's code units (see {@link wordInfoAt}); a word that comes back
 * gets the same record, and the same string, as before.
 */

/** What is known of one word (`text`, as written). Fields are filled on first need. */
export class WordInfo {
  /** Letters of the word (`countLetters`); -1 until asked. */
  letters = -1;
  /**
   * The counter of {@link syllables}: only a counter of
   * `createSyllableCounter`, whose count depends on the word alone (a
   * counter made by hand is asked again for each text).
   */
  syllableCounter: SyllableCounter | undefined = undefined;
  /** Syllables of the word under {@link syllableCounter}. */
  syllables = 0;
  /** The word in lower case (`toLowerCase`), once asked. */
  lower: string | undefined = undefined;
  /** What sentenceHints asks of the word (word-traits.ts); 0 until asked. */
  traits = 0;
  /** What the word is as an abbreviation before a full stop (the tokenizer's kinds); 0 until asked. */
  abbreviation = 0;
  /** Whether a number after the word is an ordinal ("am 3."): 2 yes, 1 no, 0 until asked. */
  ordinalContext = 0;
  /** Whether the word is a month's name, which makes the number before it a day ("1. Mai"): 2 yes, 1 no, 0 until asked. */
  month = 0;
  /**
   * One more reader of words may keep its answer here: `reader` says whose
   * `answer` it is (the officialese matcher keeps the patterns the word may
   * open). Another reader replaces it.
   */
  reader: object | undefined = undefined;
  answer: unknown = undefined;

  /** `text.length`, kept beside it: the measures' loops read it for every word, and the string itself lies elsewhere in memory. */
  readonly length: number;

  constructor(readonly text: string) {
    this.length = text.length;
  }
}

/** Longer words are not kept: no German word is this long, and a pasted run of letters must not fill the table. */
const LONGEST_KEPT_WORD = 64;
/** The table starts this small (slots, a power of two)… */
const FIRST_SLOTS = 1 << 10;
/** …and grows up to this; when it is half full then, it starts over. */
const MOST_SLOTS = 1 << 15;

/**
 * A word is looked for in at most this many slots from its own: words made
 * to share a hash (the hashes are no secret) must not make each lookup
 * walk the whole table. A word not found there is not kept.
 */
const MOST_PROBES = 32;

/** Words of at most this many code units, each below U+0100, are packed into four numbers (see {@link wordInfoOfUnits}). */
const PACKED_UNITS = 16;

/** Numbers per slot beside its record (see {@link slotWords}), a power of two. */
const SLOT_NUMBERS = 8;

// An open-addressing table of the kept records, by the hash of their word;
// beside each, its word's length and either the word packed into four
// numbers (a word of Latin-1 of up to 16 letters: most of a town's words) or where its
// code units lie in `keptUnits` (the other kept words' units one after the
// other). A word of a text is compared with those: typed arrays are read
// much faster than the characters of strings cut out of many texts, each
// stored its own way, and two numbers are compared faster still.
let records: (WordInfo | undefined)[] = new Array<WordInfo | undefined>(FIRST_SLOTS);
/** A word's slot is the top bits of its hash: `hash >>> slotShift`. */
let slotShift = 32 - Math.log2(FIRST_SLOTS);
/**
 * {@link SLOT_NUMBERS} numbers per slot, side by side so that one read of
 * memory brings them all: the hash; the length of a packed word and its
 * four numbers; or minus the length of another word and the offset of its
 * units in `keptUnits`.
 */
let slotWords = new Int32Array(FIRST_SLOTS * SLOT_NUMBERS);
let keptUnits = new Uint16Array(FIRST_SLOTS * 8);
let unitsUsed = 0;
let kept = 0;

/** Room for one word's code units, for {@link wordInfoAt}. */
const copied = new Uint16Array(LONGEST_KEPT_WORD);

/**
 * The record of the word `text.slice(start, end)`: the one kept for it if
 * it was seen before, else a new one (kept unless the word is very long).
 * The word's string is the record's `text`, so a word that comes back is
 * the same string as before, whose hash the engine already knows.
 */
export function wordInfoAt(text: string, start: number, end: number): WordInfo {
  const length = end - start;
  if (length > LONGEST_KEPT_WORD) return new WordInfo(text.slice(start, end));
  for (let index = 0; index < length; index++) copied[index] = text.charCodeAt(start + index);
  return wordInfoOfUnits(copied, 0, text, start, end);
}

/**
 * {@link wordInfoAt} for a word whose code units are at hand in a typed
 * array, `units[from … from + end − start)`. The tokenizer copies a text's
 * characters into one as it reads them: reading them again from the
 * string to find the word's record cost more than the rest of the
 * tokenizer's work on the word.
 */
export function wordInfoOfUnits(units: Uint16Array, from: number, text: string, start: number, end: number): WordInfo {
  const length = end - start;
  if (length <= PACKED_UNITS) {
    // Four units of a byte each to a number: the word is its four numbers and its length.
    let first = 0;
    let second = 0;
    let third = 0;
    let fourth = 0;
    let all = 0;
    for (let index = 0; index < length; index++) {
      const unit = units[from + index]!;
      all |= unit;
      const shifted = unit << ((index & 3) << 3);
      if (index < 4) first |= shifted;
      else if (index < 8) second |= shifted;
      else if (index < 12) third |= shifted;
      else fourth |= shifted;
    }
    if (all < 0x100) return packedWordInfo(units, from, first, second, third, fourth, length, text, start, end);
  }
  if (length > LONGEST_KEPT_WORD) return new WordInfo(text.slice(start, end));
  // FNV-1a.
  let hash = 0x811c9dc5;
  for (let index = from; index < from + length; index++) hash = Math.imul(hash ^ units[index]!, 0x01000193);
  const mask = records.length - 1;
  let slot = hash >>> slotShift;
  for (let probes = 0; probes < MOST_PROBES && records[slot] !== undefined; probes++) {
    const at = slot * SLOT_NUMBERS;
    if (slotWords[at] === hash && slotWords[at + 1] === -length && isSameWord(slotWords[at + 2]!, units, from, length)) return records[slot]!;
    slot = (slot + 1) & mask;
  }
  if (records[slot] !== undefined) return new WordInfo(text.slice(start, end)); // too far from its slot: not kept
  const record = new WordInfo(ownSlice(units, from, text, start, end));
  if (unitsUsed + length > keptUnits.length) {
    const grown = new Uint16Array(keptUnits.length * 2);
    grown.set(keptUnits.subarray(0, unitsUsed));
    keptUnits = grown;
  }
  const offset = unitsUsed;
  keptUnits.set(units.subarray(from, from + length), offset);
  unitsUsed += length;
  // A word that found no slot near enough gives its units back: else a word
  // made to share its hash with 32 kept ones (the hash is no secret) would
  // add its units again at every reading, and only a restart, which needs
  // kept words, would free them. (A failed place never follows a restart,
  // so the units are still the last ones.)
  if (!keep(record, hash, -length, offset, 0, 0, 0)) unitsUsed -= length;
  return record;
}

/** The record of a word of Latin-1 packed into four numbers (see {@link wordInfoOfUnits}). */
function packedWordInfo(units: Uint16Array, from: number, first: number, second: number, third: number, fourth: number, length: number, text: string, start: number, end: number): WordInfo {
  // Multiplications that do not wait for each other; the high bits of a
  // product depend on all of its factor's, and pick the slot.
  const hash = (Math.imul(first, 0x9e3779b1) + Math.imul(second, 0x85ebca6b) + Math.imul(third, 0xc2b2ae35) + Math.imul(fourth ^ length, 0x27d4eb2f)) | 0;
  const mask = records.length - 1;
  let slot = hash >>> slotShift;
  for (let probes = 0; probes < MOST_PROBES && records[slot] !== undefined; probes++) {
    const at = slot * SLOT_NUMBERS;
    if (
      slotWords[at] === hash &&
      slotWords[at + 1] === length &&
      slotWords[at + 2] === first &&
      slotWords[at + 3] === second &&
      slotWords[at + 4] === third &&
      slotWords[at + 5] === fourth
    ) {
      return records[slot]!;
    }
    slot = (slot + 1) & mask;
  }
  if (records[slot] !== undefined) return new WordInfo(text.slice(start, end)); // too far from its slot: not kept
  const record = new WordInfo(ownSlice(units, from, text, start, end));
  keep(record, hash, length, first, second, third, fourth);
  return record;
}

let forgotten = 0;

/** @internal How often {@link forgetWordInfos} was called: tokens kept from before it hold records the table no longer knows. */
export function wordInfosForgotten(): number {
  return forgotten;
}

/** @internal Forgets every kept record (for tests: a text read with no word known yet). */
export function forgetWordInfos(): void {
  forgotten++;
  makeTable(FIRST_SLOTS);
  unitsUsed = 0;
  kept = 0;
}

function isSameWord(offset: number, units: Uint16Array, from: number, length: number): boolean {
  for (let index = 0; index < length; index++) if (keptUnits[offset + index] !== units[from + index]) return false;
  return true;
}

/**
 * Puts `record` into the table with what its slot holds beside it (see
 * {@link slotWords}), growing the table (or, at its largest, starting
 * over) to keep it at most half full; whether it was kept.
 */
function keep(record: WordInfo, hash: number, lengthOrMinus: number, first: number, second: number, third: number, fourth: number): boolean {
  if ((kept + 1) * 2 > records.length) {
    if (records.length < MOST_SLOTS) {
      const old = { records, slotWords };
      makeTable(records.length * 2);
      kept = 0;
      for (let slot = 0; slot < old.records.length; slot++) {
        const moved = old.records[slot];
        const at = slot * SLOT_NUMBERS;
        const numbers = old.slotWords;
        if (moved !== undefined && place(moved, numbers[at]!, numbers[at + 1]!, numbers[at + 2]!, numbers[at + 3]!, numbers[at + 4]!, numbers[at + 5]!)) kept++;
      }
    } else {
      // Starting over is cheaper than tracking age; a town's words come back soon.
      // The units of the record being kept move to the start; the others are forgotten.
      makeTable(records.length);
      if (lengthOrMinus < 0) {
        keptUnits.copyWithin(0, first, first - lengthOrMinus);
        first = 0;
        unitsUsed = -lengthOrMinus;
      } else {
        unitsUsed = 0;
      }
      kept = 0;
    }
  }
  if (!place(record, hash, lengthOrMinus, first, second, third, fourth)) return false;
  kept++;
  return true;
}

function makeTable(slots: number): void {
  slotShift = 32 - Math.log2(slots);
  records = new Array<WordInfo | undefined>(slots);
  slotWords = new Int32Array(slots * SLOT_NUMBERS);
}

/** Puts `record` into the first free slot from its own, if one is near enough to be found again; whether it did. */
function place(record: WordInfo, hash: number, lengthOrMinus: number, first: number, second: number, third: number, fourth: number): boolean {
  const mask = records.length - 1;
  let slot = hash >>> slotShift;
  for (let probes = 0; records[slot] !== undefined; probes++) {
    if (probes === MOST_PROBES - 1) return false;
    slot = (slot + 1) & mask;
  }
  records[slot] = record;
  const at = slot * SLOT_NUMBERS;
  slotWords[at] = hash;
  slotWords[at + 1] = lengthOrMinus;
  slotWords[at + 2] = first;
  slotWords[at + 3] = second;
  slotWords[at + 4] = third;
  slotWords[at + 5] = fourth;
  return true;
}
