import { normaliseForMatching, type PostContent } from "@kommune-sm/core";

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

/** A letter no keyword's letters hold (they are a–z and 0–9 only), for any other letter of the form. */
const OTHER = 0xffff;
/**
 * Where one field of the post ends and the next begins. Core never lets a
 * keyword without a separator match across it, but a keyword with one
 * ("Bürgermeisterin Schäfer") may have any separator in the text there,
 * the end of a field too: such a keyword reads past it.
 */
const FIELD = 0xfffe;

/**
 * Each character's letters in matching form, letters other than a–z and
 * 0–9 as {@link OTHER}, kept by code point as first met (bounded by Unicode:
 * the Basic Multilingual Plane in a byte array, other planes in a map that
 * is emptied when full). In the array: {@link UNKNOWN} not yet asked,
 * {@link NOTHING} no letter, {@link NEIGHBOURS} a form that depends on the
 * characters around it, {@link SEVERAL} more than one letter (in
 * {@link SEVERAL_LETTERS}), {@link ONE_OTHER} one letter other than a–z and
 * 0–9, else the one letter's code (0–9, a–z: 0x30 and above).
 */
const UNKNOWN = 0;
const NOTHING = 1;
const NEIGHBOURS = 2;
const SEVERAL = 3;
const ONE_OTHER = 4;
const BASIC = new Uint8Array(0x10000);
const SEVERAL_LETTERS = new Map<number, readonly number[]>();
const OTHER_PLANES = new Map<number, readonly number[] | null>();
const MARK_FIRST = /^\p{M}/u;
// What core removes before anything else (variation selectors, joiners, soft hyphens): such a character is nothing, wherever it stands.
const IGNORABLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}]/gu;

/** The letters of one character's form; null where the form depends on its neighbours. */
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
    const plain = (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
    letters.push(plain ? code : OTHER);
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
    else if (letters.length === 1) entry = letters[0] === OTHER ? ONE_OTHER : letters[0]!;
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
let scratch = new Uint16Array(1024);

function grow(needed: number): void {
  const larger = new Uint16Array(Math.max(needed, scratch.length * 2));
  larger.set(scratch);
  scratch = larger;
}

/**
 * Appends the letters of `field` at `length` of the scratch space; the new
 * length, or -1 when a character's form depends on its neighbours. Room is
 * made for one letter a code unit at once, and more only for a character
 * of several letters ("ß", "ﬃ").
 */
function appendLetters(field: string, length: number): number {
  const size = field.length;
  let at = length;
  if (at + size + 1 > scratch.length) grow(at + size + 1);
  let buffer = scratch;
  for (let index = 0; index < size; index++) {
    const code = field.charCodeAt(index);
    // Plain ASCII letters and digits are their own letters, lower-cased.
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) {
      buffer[at++] = code;
      continue;
    }
    if (code >= 0x41 && code <= 0x5a) {
      buffer[at++] = code | 0x20;
      continue;
    }
    let several: readonly number[] | null | undefined;
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < size && (field.charCodeAt(index + 1) & 0xfc00) === 0xdc00) {
      several = otherPlaneLetters(((code - 0xd800) << 10) + (field.charCodeAt(index + 1) - 0xdc00) + 0x10000);
      if (several === null) return -1;
      index++;
    } else {
      const entry = basicEntry(code);
      if (entry > ONE_OTHER) {
        buffer[at++] = entry;
        continue;
      }
      if (entry === ONE_OTHER) {
        buffer[at++] = OTHER;
        continue;
      }
      if (entry === NOTHING) continue;
      if (entry === NEIGHBOURS) return -1;
      several = SEVERAL_LETTERS.get(code)!;
    }
    // Room for these, and still one letter a code unit for the rest.
    if (at + several.length + (size - index) + 1 > buffer.length) {
      grow(at + several.length + (size - index) + 1);
      buffer = scratch;
    }
    for (let k = 0; k < several.length; k++) buffer[at++] = several[k]!;
  }
  return at;
}

/** A keyword's letters, with the table of the Knuth–Morris–Pratt search (linear in the text, whatever it holds). */
interface Needle {
  readonly letters: Uint16Array;
  /** Has the keyword a separator between its words? Then it may match across fields, as in core. */
  readonly spansWords: boolean;
  /** `fallback[k]`: the length of the longest proper border of the first k + 1 letters. */
  readonly fallback: Int32Array;
}

function needle(letters: string, spansWords: boolean): Needle {
  const codes = new Uint16Array(letters.length);
  for (let k = 0; k < letters.length; k++) codes[k] = letters.charCodeAt(k);
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

/**
 * Which keywords a post may name under core's matching rules. `mayName`
 * says false only where `quietPeriodMatches` with that keyword alone is
 * false for the post; where it says true, core decides. The letters are
 * kept in a scratch space shared by all instances (a post's letters are
 * read again when another's were read since), not kept from one post to
 * the next.
 */
export class KeywordPresence {
  // How many letters of the post are in the scratch space; -1: left to core.
  private readonly length: number;
  private readonly post: PostContent;

  constructor(post: PostContent) {
    this.post = post;
    this.length = readPost(post);
    owner = this;
  }

  /** Can `keyword` match the post? False only where it cannot. */
  mayName(keyword: string): boolean {
    if (typeof keyword !== "string") return true;
    const wanted = needleOf(keyword);
    if (wanted === null) return true;
    // A keyword without letters matches nothing.
    if (wanted.letters.length === 0) return false;
    // Another post's letters were read into the scratch space since: read this one's again.
    const length = owner === this ? this.length : ((owner = this), readPost(this.post));
    return length < 0 || holds(length, wanted);
  }
}

// Whose letters are in the scratch space.
let owner: KeywordPresence | undefined;

/**
 * Reads the letters of the fields core reads a post's keywords in (see
 * `quietPeriodMatches`), in core's order, into the scratch space, a FIELD
 * after each field: a keyword of several words reads past it, as core's
 * matching does, so no other letters may stand between two fields. Their
 * number, or -1 when a character's form depends on its neighbours.
 */
function readPost(post: PostContent): number {
  let length = addField(post.title, 0);
  length = addField(post.text, length);
  for (const variant of post.variants) {
    length = addField(variant.text, length);
    if (variant.media) for (const item of variant.media) length = addField(item.altText, length);
  }
  for (const tag of post.hashtags) length = addField(tag, length);
  for (const link of post.links) length = addField(link, length);
  for (const item of post.media) length = addField(item.altText, length);
  return length;
}

/** Appends a field's letters and a FIELD after them; the new length, -1 as {@link appendLetters}. */
function addField(field: string | undefined, length: number): number {
  if (length < 0 || field === undefined || field.length === 0) return length;
  const end = appendLetters(field, length);
  if (end < 0) return end;
  if (end >= scratch.length) grow(end + 1);
  scratch[end] = FIELD;
  return end + 1;
}
