/**
 * The words of a text as runs of letters, as `/\p{L}+/gu` finds them, with
 * their places and their lower-case forms. Several checks of a post read
 * the same words (the form of address, capitals); the last text's words are
 * kept, so that they are read once per text.
 */
export interface LetterWords {
  /** The text the words are of. */
  readonly text: string;
  /** How many words. */
  readonly count: number;
  /** `starts[i]`: the UTF-16 offset where word `i` begins. */
  readonly starts: readonly number[];
  /** `ends[i]`: the UTF-16 offset after word `i`. */
  readonly ends: readonly number[];
  /** Word `index` as written (`""` outside the words). */
  word(index: number): string;
  /** Word `index` as `word(index).toLowerCase()` has it (`""` outside the words). */
  lower(index: number): string;
  /**
   * The whole text in lower case where that keeps every offset, so that
   * `lowerText.slice(starts[i], ends[i]) === lower(i)`: a word's lower-case
   * letters can be looked at without making a string of them. `null` where
   * it would not (an "İ" lengthens, a "Σ" lowers by what follows it).
   */
  readonly lowerText: string | null;
}

// Whether a code point is a letter (\p{L}), kept by code point as it is
// first met: 0 not yet asked, 1 a letter, 2 not. Bounded by Unicode (the
// Basic and the Supplementary Multilingual Plane, 64 KiB each); other planes
// are asked each time. A pattern of \p{L} over the text cost more than the
// rest of the check that read its words (address form: 4 of 12 µs a post).
const LETTER = /\p{L}/u;
const BASIC = new Uint8Array(0x10000);
const SUPPLEMENTARY = new Uint8Array(0x10000);

function askLetter(codePoint: number): boolean {
  return LETTER.test(String.fromCodePoint(codePoint));
}

/** Is the code point a letter (`\p{L}`)? */
export function isLetterCodePoint(codePoint: number): boolean {
  if (codePoint < 0x80) return ((codePoint | 0x20) - 0x61) >>> 0 < 26;
  const table = codePoint < 0x10000 ? BASIC : codePoint < 0x20000 ? SUPPLEMENTARY : undefined;
  if (table === undefined) return askLetter(codePoint);
  const index = codePoint & 0xffff;
  let known = table[index]!;
  if (known === 0) {
    known = askLetter(codePoint) ? 1 : 2;
    table[index] = known;
  }
  return known === 1;
}

class ScannedWords implements LetterWords {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  private written: (string | undefined)[] | undefined;
  private lowered: (string | undefined)[] | undefined;
  private lowerWhole: string | null | undefined;

  constructor(readonly text: string) {
    const { starts, ends } = this;
    const length = text.length;
    let start = -1;
    for (let index = 0; index < length; ) {
      const code = text.charCodeAt(index);
      // ASCII, most of a German text, at once.
      if (code < 0x80) {
        if (((code | 0x20) - 0x61) >>> 0 < 26) {
          if (start < 0) start = index;
        } else if (start >= 0) {
          starts.push(start);
          ends.push(index);
          start = -1;
        }
        index++;
        continue;
      }
      let codePoint = code;
      let size = 1;
      if (code >= 0xd800 && code <= 0xdbff && index + 1 < length) {
        const low = text.charCodeAt(index + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          codePoint = ((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
          size = 2;
        }
      }
      if (isLetterCodePoint(codePoint)) {
        if (start < 0) start = index;
      } else if (start >= 0) {
        starts.push(start);
        ends.push(index);
        start = -1;
      }
      index += size;
    }
    if (start >= 0) {
      starts.push(start);
      ends.push(length);
    }
  }

  get count(): number {
    return this.starts.length;
  }

  word(index: number): string {
    if (index < 0 || index >= this.starts.length) return "";
    const written = (this.written ??= []);
    return (written[index] ??= this.text.slice(this.starts[index], this.ends[index]));
  }

  get lowerText(): string | null {
    if (this.lowerWhole === undefined) {
      const whole = this.text.toLowerCase();
      // The whole text lowered at once is the words lowered one by one
      // where the offsets stay (only İ lengthens) and no capital sigma is
      // there, whose small form depends on what follows it.
      this.lowerWhole = whole.length === this.text.length && !this.text.includes("\u03A3") ? whole : null;
    }
    return this.lowerWhole;
  }

  lower(index: number): string {
    if (index < 0 || index >= this.starts.length) return "";
    const lowered = (this.lowered ??= []);
    let lower = lowered[index];
    if (lower === undefined) {
      const whole = this.lowerText;
      lower = whole === null ? this.word(index).toLowerCase() : whole.slice(this.starts[index], this.ends[index]);
      lowered[index] = lower;
    }
    return lower;
  }
}

// The last text's words: the checks of one post ask for the same text one
// after another. One entry only, so nothing of one post is kept for the next.
let last: ScannedWords | undefined;

/** The letter words of `text` (see {@link LetterWords}); the last text's are kept. */
export function letterWords(text: string): LetterWords {
  if (last === undefined || last.text !== text) last = new ScannedWords(text);
  return last;
}
