import type { Token } from "./tokenize.js";
import { packedById, registerWord } from "./word-ids.js";

const NONE: readonly [never, number, number][] = Object.freeze([]);

/** A phrase of whole words: each word an id (see `word-ids.ts`), or a stem where the word ends in `*`. */
interface Phrase<T> {
  readonly ids: Int32Array;
  /** The stem of each word written with `*` ("welche" for "welche*"), else undefined. */
  readonly stems: readonly (string | undefined)[] | undefined;
  readonly payload: T;
}

/** What a phrase index needs of a comment: its tokens and the id of each token's word (-1 for none or an unknown word). */
export interface PhraseText {
  readonly tokens: readonly Token[];
  readonly ids: Int32Array;
}

/**
 * Finds phrases of one or more whole words among the tokens of a text: the
 * words must follow one another with nothing between them but spaces (no
 * punctuation, emoji or line break). A word ending in `*` matches every
 * word that begins with what comes before the star. Built once; a lookup at
 * a token is an array access plus the phrases that begin with its word.
 */
export class PhraseIndex<T> {
  readonly #firstWords = new Map<number, Phrase<T>[]>();
  /** The phrases by the id of their first word, as a packed array made at the first lookup. */
  #byFirst: (Phrase<T>[] | undefined)[] | undefined;
  readonly #starFirst: Phrase<T>[] = [];

  /** `entries`: each phrase in lexicon form, words separated by single spaces. */
  constructor(entries: readonly { readonly phrase: string; readonly payload: T }[]) {
    for (const { phrase, payload } of entries) {
      const words = phrase.split(" ").filter((word) => word.length > 0);
      if (words.length === 0) continue;
      const hasStar = words.some((word) => word.endsWith("*"));
      const entry: Phrase<T> = {
        ids: Int32Array.from(words, (word) => (word.endsWith("*") ? -2 : registerWord(word))),
        stems: hasStar ? words.map((word) => (word.endsWith("*") ? word.slice(0, -1) : undefined)) : undefined,
        payload,
      };
      const first = entry.ids[0]!;
      if (first === -2) this.#starFirst.push(entry);
      else {
        const list = this.#firstWords.get(first);
        if (list === undefined) this.#firstWords.set(first, [entry]);
        else list.push(entry);
      }
    }
  }

  /** Calls `hit` with the payload and the index of the phrase's last token for every phrase that begins at `tokens[at]`. */
  matchAt(text: PhraseText, at: number, hit: (payload: T, last: number) => void): void {
    const id = text.ids[at]!;
    const byFirst = (this.#byFirst ??= packedById(this.#firstWords));
    const candidates = id >= 0 ? byFirst[id] : undefined;
    if (candidates !== undefined) for (const phrase of candidates) if (this.#matches(text, at, phrase)) hit(phrase.payload, at + phrase.ids.length - 1);
    if (this.#starFirst.length > 0 && text.tokens[at]!.kind === "word") {
      for (const phrase of this.#starFirst) if (this.#matches(text, at, phrase)) hit(phrase.payload, at + phrase.ids.length - 1);
    }
  }

  /** Every phrase found in the text, as [payload, first token, last token], in the order of their first tokens. */
  findAll(text: PhraseText): readonly [T, number, number][] {
    let found: [T, number, number][] | undefined;
    const { ids, tokens } = text;
    const starred = this.#starFirst.length > 0;
    const byFirst = (this.#byFirst ??= packedById(this.#firstWords));
    for (let at = 0; at < ids.length; at++) {
      const id = ids[at]!;
      const candidates = id >= 0 ? byFirst[id] : undefined;
      if (candidates !== undefined) for (const phrase of candidates) if (this.#matches(text, at, phrase)) (found ??= []).push([phrase.payload, at, at + phrase.ids.length - 1]);
      if (starred && tokens[at]!.kind === "word") {
        for (const phrase of this.#starFirst) if (this.#matches(text, at, phrase)) (found ??= []).push([phrase.payload, at, at + phrase.ids.length - 1]);
      }
    }
    return found ?? NONE;
  }

  #matches(text: PhraseText, at: number, phrase: Phrase<T>): boolean {
    const { ids: wanted, stems } = phrase;
    if (at + wanted.length > text.ids.length) return false;
    // Adjacent word tokens have nothing but whitespace between them: the tokenizer keeps everything else.
    for (let k = 0; k < wanted.length; k++) {
      const want = wanted[k]!;
      if (want >= 0) {
        if (text.ids[at + k] !== want) return false;
      } else {
        const token = text.tokens[at + k]!;
        if (token.kind !== "word" || !token.text.startsWith(stems![k]!)) return false;
      }
    }
    return true;
  }
}
