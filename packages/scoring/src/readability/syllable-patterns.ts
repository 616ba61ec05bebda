/*
 * The German syllable patterns of hyphenopoly (`patterns/de-x-syllable.wasm`,
 * "Syllabification patterns for German", © 2023 Mathias Nater, MIT), driven
 * directly rather than through hyphenopoly's JavaScript front end.
 *
 * Why not `hyphenopoly.config(...)`: that front end keeps ONE configuration
 * per process (`H.c`), read again on every call. Anything else in the process
 * that configures hyphenopoly (another library, a second copy of this
 * package, the CJS and the ESM build side by side) changes our hyphen
 * character, orphan control (which strips the marks from the last word of a
 * text, i.e. from every single word we hand it), mixed-case handling and so
 * on, and its per-language word cache grows without bound. The pattern file
 * itself is a self-contained WebAssembly module without imports; an
 * instance of our own has no shared state at all, so two loads cannot
 * disturb each other or anyone else.
 *
 * The interface used below is that of hyphenopoly 6.0.0 (pinned exactly in
 * package.json), as its `hyphenopoly.module.js` uses it:
 * - exports `mem` (memory), `hyphenate(leftmin, rightmin, hyphenCharCode)`,
 *   `lct` (length of the alphabet), `lmi`/`rmi` (the patterns' minima);
 * - the word goes into memory at offset 0 as UTF-16 code units followed by
 *   a 0, at most 61 units (the buffer holds 64);
 * - `hyphenate` returns the length of the hyphenated word written back at
 *   offset 0, or 0 when there is nothing to hyphenate;
 * - the alphabet the patterns know lies at byte offset 1664, `lct` units.
 * The syllable tests (german-syllables.test.ts) fail if a new version changes
 * any of it.
 */

/** Longest word (in UTF-16 code units) the pattern engine takes in one call. */
export const MAX_PATTERN_WORD = 61;

/** The character we ask the engine to insert; it never occurs in a word we pass. */
const MARK = 0x2022; // •

interface PatternExports {
  readonly mem: { readonly buffer: ArrayBuffer };
  readonly hyphenate: (leftmin: number, rightmin: number, hyphen: number) => number;
  readonly lct: { readonly value: unknown };
}

/**
 * The part of the WebAssembly API used here. The project's type libraries
 * (ES2023 and Node's) do not declare it, though every Node has it.
 */
interface WebAssemblyApi {
  instantiate(bytes: Uint8Array): Promise<{ instance: { exports: unknown } }>;
}

const webAssembly = (globalThis as unknown as { WebAssembly: WebAssemblyApi }).WebAssembly;

/** A loaded instance of the German syllable patterns. */
export interface SyllablePatterns {
  /**
   * The characters the patterns know (lower case: a–z, ä, ö, ü, ß, ſ). Words
   * must consist of these only.
   */
  readonly alphabet: ReadonlySet<number>;
  /**
   * Appends to `into` the offsets (1 … key.length−1) at which a new syllable
   * starts in `key`, a lower-case word of alphabet characters of at most
   * {@link MAX_PATTERN_WORD} code units.
   */
  boundaries(key: string, into: number[], offset: number): void;
}

function isPatternExports(value: unknown): value is PatternExports {
  if (typeof value !== "object" || value === null) return false;
  const exports = value as Record<string, unknown>;
  const memory = exports.mem as { buffer?: unknown } | undefined;
  const alphabetLength = exports.lct as { value?: unknown } | undefined;
  return (
    typeof memory === "object" &&
    memory !== null &&
    memory.buffer instanceof ArrayBuffer &&
    typeof exports.hyphenate === "function" &&
    typeof alphabetLength === "object" &&
    alphabetLength !== null &&
    typeof alphabetLength.value === "number"
  );
}

/**
 * Instantiates the pattern file. Throws a `TypeError` naming what is missing
 * when the file does not have the interface described above.
 */
export async function instantiateSyllablePatterns(bytes: Uint8Array): Promise<SyllablePatterns> {
  const { instance } = await webAssembly.instantiate(bytes);
  const exports: unknown = instance.exports;
  if (!isPatternExports(exports)) {
    throw new TypeError("The syllable pattern file does not export mem, hyphenate and lct as hyphenopoly 6.0.0 does.");
  }
  const alphabetLength = Number(exports.lct.value);
  const alphabet = new Set<number>();
  const alphabetView = new Uint16Array(exports.mem.buffer, 1664, alphabetLength);
  for (const code of alphabetView) alphabet.add(code);

  let view = new Uint16Array(exports.mem.buffer);
  return {
    alphabet,
    boundaries(key, into, offset) {
      // A memory that grew detaches the old buffer; hyphenopoly's engine
      // does not grow it, but a stale view would fail silently.
      if (view.buffer.byteLength === 0) view = new Uint16Array(exports.mem.buffer);
      const length = key.length;
      for (let index = 0; index < length; index++) view[index] = key.charCodeAt(index);
      view[length] = 0;
      const written = exports.hyphenate(1, 1, MARK);
      let position = 0;
      for (let index = 0; index < written; index++) {
        if (view[index] === MARK) {
          if (position > 0 && position < length) into.push(offset + position);
        } else {
          position++;
        }
      }
    },
  };
}
