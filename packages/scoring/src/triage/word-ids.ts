/*
 * One number for every word the phrase lists know, shared by all lists:
 * a comment's words are looked up once (`idOfWord`), and every list then
 * compares numbers, not strings.
 */

const ids = new Map<string, number>();

/** The id of a word of a phrase list, given a new one if it has none yet (while the lists are built). */
export function registerWord(word: string): number {
  let id = ids.get(word);
  if (id === undefined) {
    id = ids.size;
    ids.set(word, id);
  }
  return id;
}

/** The id of a word of a comment, or -1 if no phrase list has it. */
export function idOfWord(word: string): number {
  return ids.get(word) ?? -1;
}

/**
 * An array indexed by word id, with no holes: `undefined` where a word has
 * no value, up to the ids given so far. Packed arrays are read much faster
 * than sparse ones; an id given later reads past the end, which is
 * `undefined` as well.
 */
export function packedById<T>(values: ReadonlyMap<number, T>): (T | undefined)[] {
  const packed = new Array<T | undefined>(ids.size).fill(undefined);
  for (const [id, value] of values) packed[id] = value;
  return packed;
}

/**
 * Values for words, looked up by the id of a comment's word: an array
 * access instead of a string lookup, for the lists read at every word.
 * Registers its words when built.
 */
export class WordTable<T> {
  readonly #entries = new Map<number, T>();
  /** The entries as a packed array, made at the first lookup, when every list has registered its words. */
  #values: (T | undefined)[] | undefined;

  constructor(entries: Iterable<readonly [word: string, value: T]>) {
    for (const [word, value] of entries) this.#entries.set(registerWord(word), value);
  }

  /** The value of the word with this id (from `TriageText.ids`), or undefined. */
  get(id: number): T | undefined {
    const values = (this.#values ??= packedById(this.#entries));
    return id >= 0 ? values[id] : undefined;
  }

  /** The value of a word given as text (for the parts of a hyphenated word, which have no id). */
  getWord(word: string): T | undefined {
    return this.get(idOfWord(word));
  }
}

/** A set of words, tested by the id of a comment's word. */
export class WordSet extends WordTable<true> {
  constructor(words: Iterable<string>) {
    super([...words].map((word) => [word, true] as const));
  }

  /** True if the word with this id is in the set. */
  has(id: number): boolean {
    return this.get(id) === true;
  }
}
