import { normaliseForMatching, type PostContent } from "@kommune-sm/core";
import { LETTER_SYMBOLS, letterAutomaton, OTHER_SYMBOL, symbolOf, type AutomatonWord, type LetterAutomaton } from "./letter-automaton.js";

/*
 * Core's quietPeriodMatches brings the whole post into matching form (each
 * field decomposed, ignorable characters removed, look-alike letters
 * replaced, lower-cased, split into words with what lies between them) at
 * each call: 12 µs for a post of the benchmark, two thirds of the
 * neutrality check, for a keyword that most posts do not name. Here a post
 * is read once into the letters of its matching form, each character on its
 * own (1 µs), and a keyword whose letters are not among them cannot match:
 * core is asked only for the others, and decides as before.
 *
 * Why each character on its own gives core's letters: the matching form's
 * letters are the letters of the post's characters' forms, in order (the
 * words, the gaps between them and the joining of letter-spaced and
 * hyphenated words change where a keyword may match, never the letters).
 * A character's form depends on the characters around it only through
 * combining marks (umlaut dots after a, o or u become "e"); a text with a
 * character that decomposes to a mark first is left to core (variation
 * selectors, marks too, are removed before: they are nothing). A capital
 * sigma lowers by what follows it, to σ or ς, which no keyword here holds.
 */

/*
 * The letters are kept as the symbols of the letter automaton (see
 * letter-automaton.ts): a–z 0–25, 0–9 26–35, and {@link OTHER} for any
 * other letter of the form, which no keyword's letters hold (they are a–z
 * and 0–9 only).
 */
const OTHER = OTHER_SYMBOL;
/**
 * Where one field of the post ends and the next begins. Core never lets a
 * keyword without a separator match across it, but a keyword with one
 * ("Bürgermeisterin Schäfer") may have any separator in the text there,
 * the end of a field too: such a keyword reads past it.
 */
const FIELD = LETTER_SYMBOLS;

/**
 * Each character's letters in matching form, kept by code point as first
 * met (bounded by Unicode: the Basic Multilingual Plane in a byte array,
 * other planes in a map that is emptied when full). In the array:
 * {@link UNKNOWN} not yet asked, {@link NOTHING} no letter,
 * {@link NEIGHBOURS} a form that depends on the characters around it,
 * {@link SEVERAL} more than one letter (in {@link SEVERAL_LETTERS}), else
 * {@link ONE} plus the one letter's symbol.
 */
const UNKNOWN = 0;
const NOTHING = 1;
const NEIGHBOURS = 2;
const SEVERAL = 3;
const ONE = 4;
const BASIC = new Uint8Array(0x10000);
const SEVERAL_LETTERS = new Map<number, readonly number[]>();
const OTHER_PLANES = new Map<number, readonly number[] | null>();
const MARK_FIRST = /^\p{M}/u;
// What core removes before anything else (variation selectors, joiners, soft hyphens): such a character is nothing, wherever it stands.
const IGNORABLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}]/gu;

/** The letters (symbols) of one character's form; null where the form depends on its neighbours. */
function lettersOfCharacter(codePoint: number): readonly number[] | null {
  // A lone surrogate: never in a well-formed post; left to core.
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return null;
  // "|" is a letter of the form (an ASCII symbol), and the form's separator " | " too: said here.
  if (codePoint === 0x7c) return [OTHER];
  const character = String.fromCodePoint(codePoint);
  const decomposed = character.normalize("NFKD").replace(IGNORABLE, "");
  if (decomposed === "") return [];
  if (MARK_FIRST.test(decomposed)) return null;
  const form = normaliseForMatching(character);
  // A "|" in the form may be a letter or part of a separator: left to core.
  if (form.includes("|")) return null;
  const letters: number[] = [];
  for (let index = 0; index < form.length; index++) {
    const code = form.charCodeAt(index);
    // Spaces only separate the words of the form.
    if (code === 0x20) continue;
    letters.push(symbolOf(code));
  }
  return letters;
}

/** The entry of {@link BASIC} for a code point of the Basic Multilingual Plane. */
function basicEntry(codePoint: number): number {
  let entry = BASIC[codePoint]!;
  if (entry === UNKNOWN) {
    const letters = lettersOfCharacter(codePoint);
    if (letters === null) entry = NEIGHBOURS;
    else if (letters.length === 0) entry = NOTHING;
    else if (letters.length === 1) entry = ONE + letters[0]!;
    else {
      SEVERAL_LETTERS.set(codePoint, letters);
      entry = SEVERAL;
    }
    BASIC[codePoint] = entry;
  }
  return entry;
}

function otherPlaneLetters(codePoint: number): readonly number[] | null {
  let known = OTHER_PLANES.get(codePoint);
  if (known === undefined) {
    if (OTHER_PLANES.size >= 4096) OTHER_PLANES.clear();
    known = lettersOfCharacter(codePoint);
    OTHER_PLANES.set(codePoint, known);
  }
  return known;
}

// Scratch space for the letters of the post read last, reused: only that post's KeywordPresence reads them.
let scratch = new Uint8Array(1024);

function grow(needed: number): void {
  const larger = new Uint8Array(Math.max(needed, scratch.length * 2));
  larger.set(scratch);
  scratch = larger;
}

/** An automaton that finds nothing: for readings that look for no words. */
const NO_WORDS = letterAutomaton([]);

// The automaton of the reading under way, and the bits of the words it found so far.
let readingAutomaton: LetterAutomaton = NO_WORDS;
let readingFound = 0;

/**
 * Appends the letters of `field` at `length` of the scratch space, and
 * runs {@link readingAutomaton} over them from its start (adding what it
 * finds to {@link readingFound}): both in one pass, as reading the letters and then
 * searching them cost nearly twice as much. The new length, or -1 when a
 * character's form depends on its neighbours. Room is made for one letter
 * a code unit at once, and more only for a character of several letters
 * ("ß", "ﬃ").
 */
function appendLetters(field: string, length: number): number {
  const { next, firstEnd, ends } = readingAutomaton;
  const size = field.length;
  let at = length;
  let state = 0;
  if (at + size + 1 > scratch.length) grow(at + size + 1);
  let buffer = scratch;
  for (let index = 0; index < size; index++) {
    const code = field.charCodeAt(index);
    let entry = BASIC[code]!;
    if (entry === UNKNOWN) entry = basicEntry(code);
    // One letter: most characters, ASCII letters and digits among them.
    if (entry >= ONE) {
      const symbol = entry - ONE;
      buffer[at++] = symbol;
      // From the start, the row is known before the step before has ended:
      // the processor need not wait for it (most letters begin no word).
      state = state === 0 ? next[symbol]! : next[state + symbol]!;
      if (state >= firstEnd) readingFound |= ends[(state - firstEnd) / LETTER_SYMBOLS]!;
      continue;
    }
    if (entry === NOTHING) continue;
    let several: readonly number[] | null | undefined;
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < size && (field.charCodeAt(index + 1) & 0xfc00) === 0xdc00) {
      several = otherPlaneLetters(((code - 0xd800) << 10) + (field.charCodeAt(index + 1) - 0xdc00) + 0x10000);
      if (several === null) return -1;
      index++;
    } else if (entry === NEIGHBOURS) {
      return -1;
    } else {
      several = SEVERAL_LETTERS.get(code)!;
    }
    // Room for these, and still one letter a code unit for the rest.
    if (at + several.length + (size - index) + 1 > buffer.length) {
      grow(at + several.length + (size - index) + 1);
      buffer = scratch;
    }
    for (let k = 0; k < several.length; k++) {
      const symbol = several[k]!;
      buffer[at++] = symbol;
      state = state === 0 ? next[symbol]! : next[state + symbol]!;
      if (state >= firstEnd) readingFound |= ends[(state - firstEnd) / LETTER_SYMBOLS]!;
    }
  }
  return at;
}

/** A keyword's letters (symbols), with the table of the Knuth–Morris–Pratt search (linear in the text, whatever it holds). */
interface Needle {
  readonly letters: Uint8Array;
  /** Has the keyword a separator between its words? Then it may match across fields, as in core. */
  readonly spansWords: boolean;
  /** `fallback[k]`: the length of the longest proper border of the first k + 1 letters. */
  readonly fallback: Int32Array;
}

function needle(letters: string, spansWords: boolean): Needle {
  const codes = new Uint8Array(letters.length);
  for (let k = 0; k < letters.length; k++) codes[k] = symbolOf(letters.charCodeAt(k));
  const fallback = new Int32Array(letters.length);
  for (let k = 1, border = 0; k < codes.length; k++) {
    while (border > 0 && codes[k] !== codes[border]) border = fallback[border - 1]!;
    if (codes[k] === codes[border]) border++;
    fallback[k] = border;
  }
  return { letters: codes, spansWords, fallback };
}

/** Do the first `length` letters of the scratch space hold `wanted`? */
function holds(length: number, wanted: Needle): boolean {
  const { letters, fallback, spansWords } = wanted;
  const size = letters.length;
  let matched = 0;
  for (let index = 0; index < length; index++) {
    const letter = scratch[index]!;
    if (letter === FIELD && spansWords) continue;
    while (matched > 0 && letter !== letters[matched]) matched = fallback[matched - 1]!;
    if (letter === letters[matched] && ++matched === size) return true;
  }
  return false;
}

// A keyword's letters in matching form, when they are all a–z and 0–9;
// null when they are not (such a keyword is left to core). Kept per keyword:
// keywords come from strategies, few and rarely changed; bounded all the same.
const needles = new Map<string, Needle | null>();

function needleOf(keyword: string): Needle | null {
  let found = needles.get(keyword);
  if (found === undefined) {
    const form = normaliseForMatching(keyword);
    const letters = form.includes("|") ? null : form.replace(/ /g, "");
    found = letters !== null && /^[a-z0-9]*$/.test(letters) ? needle(letters, form.includes(" ")) : null;
    if (needles.size >= 1024) needles.clear();
    needles.set(keyword, found);
  }
  return found;
}

/** How many groups of words a search takes: group `g` has bit `g` of the automaton's ends, keywords the bits above. */
const MAX_GROUPS = 2;
/** Keywords with a bit of their own in the automaton; more are looked for one by one. */
const MAX_KEYWORD_BITS = 29;

/**
 * What one reading of a post looks for besides its letters: keywords, and
 * groups of words (the names of parties, the stems of election words), all
 * in one pass over the letters (see letter-automaton.ts). Made once for a
 * set of keywords and groups, and used for every post.
 */
export class LetterSearch {
  /** @internal */
  readonly automaton: LetterAutomaton;
  /** @internal The bit of each keyword that has one. */
  readonly keywordBits: ReadonlyMap<string, number>;
  /** @internal The bits of the groups that may hold a word in any post: one without letters, or whose letters depend on the characters around them. */
  readonly alwaysPossible: number;

  /** `keywords` as `mayName` takes them; `groups`: at most two lists of words, each written as a text holds it. */
  constructor(keywords: readonly string[], groups: readonly (readonly string[])[]) {
    if (groups.length > MAX_GROUPS) throw new RangeError(`at most ${MAX_GROUPS} groups of words`);
    const words: AutomatonWord[] = [];
    let alwaysPossible = 0;
    groups.forEach((group, index) => {
      for (const word of group) {
        const symbols = typeof word === "string" ? symbolsOf(word) : null;
        if (symbols === null || symbols.length === 0) alwaysPossible |= 1 << index;
        else words.push({ symbols, bits: 1 << index });
      }
    });
    const keywordBits = new Map<string, number>();
    for (const keyword of keywords) {
      if (typeof keyword !== "string" || keywordBits.has(keyword) || keywordBits.size >= MAX_KEYWORD_BITS) continue;
      const wanted = needleOf(keyword);
      if (wanted === null || wanted.letters.length === 0) continue;
      const bit = 1 << (MAX_GROUPS + keywordBits.size);
      keywordBits.set(keyword, bit);
      words.push({ symbols: Array.from(wanted.letters), bits: bit });
    }
    this.automaton = letterAutomaton(words);
    this.keywordBits = keywordBits;
    this.alwaysPossible = alwaysPossible;
  }
}

/**
 * The symbols of a word's letters in matching form, each character on its
 * own as in a post (see {@link appendLetters}); null where a character's
 * form depends on its neighbours.
 */
function symbolsOf(word: string): number[] | null {
  readingAutomaton = NO_WORDS;
  const end = appendLetters(word, 0);
  // The scratch space held some post's letters: that post's are read again when asked for.
  owner = undefined;
  if (end < 0) return null;
  return Array.from(scratch.subarray(0, end));
}

/**
 * Which keywords a post may name under core's matching rules. `mayName`
 * says false only where `quietPeriodMatches` with that keyword alone is
 * false for the post; where it says true, core decides. The letters are
 * kept in a scratch space shared by all instances (a post's letters are
 * read again when another's were read since), not kept from one post to
 * the next.
 *
 * With a {@link LetterSearch}, the post's letters are searched for all of
 * its words at once when they are read: `mayName` then answers from that
 * for the search's keywords, and `mayHold` says whether the letters of the
 * fields read may hold a word of one of its groups.
 */
export class KeywordPresence {
  // How many letters of the post are in the scratch space; -1: left to core.
  private readonly length: number;
  private readonly post: PostContent;
  private readonly search: LetterSearch | undefined;
  // The bits of the search's words found in the letters.
  private readonly found: number;
  // Do letters of two fields follow each other? Then a keyword of several
  // words, which may match across fields, is looked for on its own.
  private readonly severalFields: boolean;

  constructor(post: PostContent, search?: LetterSearch) {
    this.post = post;
    this.search = search;
    this.length = readPost(post, search?.automaton ?? NO_WORDS);
    owner = this;
    this.severalFields = fieldsWithLetters > 1;
    this.found = readingFound;
  }

  /** Can `keyword` match the post? False only where it cannot. */
  mayName(keyword: string): boolean {
    if (typeof keyword !== "string") return true;
    const wanted = needleOf(keyword);
    if (wanted === null) return true;
    // A keyword without letters matches nothing.
    if (wanted.letters.length === 0) return false;
    if (this.length < 0) return true;
    const bit = this.search?.keywordBits.get(keyword);
    // The search reads no letters across fields: right for a keyword of one word, or for a post whose letters are all in one field.
    if (bit !== undefined && (!wanted.spansWords || !this.severalFields)) return (this.found & bit) !== 0;
    // Another post's letters were read into the scratch space since: read this one's again.
    const length = owner === this ? this.length : ((owner = this), readPost(this.post, NO_WORDS));
    return length < 0 || holds(length, wanted);
  }

  /**
   * Can a field read (the ones core reads keywords in: title, text, the
   * variants' texts, alt texts, hashtags and links, not the content
   * warnings) hold a word of the search's group `group`, as it is written?
   * False only where none of them does; true without a search.
   */
  mayHold(group: number): boolean {
    const search = this.search;
    if (search === undefined || this.length < 0) return true;
    const bit = 1 << group;
    return ((this.found | search.alwaysPossible) & bit) !== 0;
  }
}

// Whose letters are in the scratch space.
let owner: KeywordPresence | undefined;
// How many fields of the post read last have letters.
let fieldsWithLetters = 0;

/**
 * Reads the letters of the fields core reads a post's keywords in (see
 * `quietPeriodMatches`), in core's order, into the scratch space, a FIELD
 * after each field: a keyword of several words reads past it, as core's
 * matching does, so no other letters may stand between two fields. Their
 * number, or -1 when a character's form depends on its neighbours.
 */
function readPost(post: PostContent, words: LetterAutomaton): number {
  readingAutomaton = words;
  readingFound = 0;
  fieldsWithLetters = 0;
  let length = addField(post.title, 0);
  length = addField(post.text, length);
  // Index loops: a runner hands checks frozen copies, and a for-of loop
  // over a frozen array cost several times one over a plain one on Node 20.
  const { variants, hashtags, links, media } = post;
  for (let index = 0; index < variants.length; index++) {
    const variant = variants[index]!;
    length = addField(variant.text, length);
    const variantMedia = variant.media;
    if (variantMedia) for (let item = 0; item < variantMedia.length; item++) length = addField(variantMedia[item]!.altText, length);
  }
  for (let index = 0; index < hashtags.length; index++) length = addField(hashtags[index], length);
  for (let index = 0; index < links.length; index++) length = addField(links[index], length);
  for (let index = 0; index < media.length; index++) length = addField(media[index]!.altText, length);
  return length;
}

/** Appends a field's letters and a FIELD after them; the new length, -1 as {@link appendLetters}. */
function addField(field: string | undefined, length: number): number {
  if (length < 0 || field === undefined || field.length === 0) return length;
  const end = appendLetters(field, length);
  if (end < 0) return end;
  if (end > length) fieldsWithLetters++;
  if (end >= scratch.length) grow(end + 1);
  scratch[end] = FIELD;
  return end + 1;
}
