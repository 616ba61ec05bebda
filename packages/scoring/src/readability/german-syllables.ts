import { ReadabilityError } from "./readability-errors.js";
import { createSyllableCounter, type SyllableCounter } from "./syllable-counter.js";
import { instantiateSyllablePatterns } from "./syllable-patterns.js";

/** Where hyphenopoly keeps the German syllable patterns. */
const PATTERN_FILE = "hyphenopoly/patterns/de-x-syllable.wasm";

let shared: Promise<SyllableCounter> | undefined;

/**
 * Loads the German syllable patterns (hyphenopoly's `de-x-syllable`,
 * © 2023 Mathias Nater, MIT) and returns a synchronous
 * {@link SyllableCounter}. Every call in the process gets the same counter
 * (one load, one cache); calls made while it loads wait for the same load.
 * If loading fails, the promise rejects with `SCORING_SYLLABLES_UNAVAILABLE`
 * and the next call tries again.
 *
 * Runs on Node (it reads the pattern file from hyphenopoly's package); the
 * counter itself is pure and fast: a word seen before costs a map lookup.
 *
 * @example
 * ```ts
 * const syllables = await loadGermanSyllables();
 * syllables.count("Einwohnermeldeamt"); // 6
 * syllables.split("Müll-Abfuhr");       // ["Müll", "Ab", "fuhr"]
 * ```
 */
export function loadGermanSyllables(): Promise<SyllableCounter> {
  if (shared === undefined) {
    const loading = load();
    shared = loading;
    loading.catch(() => {
      // Only forget this very load: a later, successful one stays shared.
      if (shared === loading) shared = undefined;
    });
  }
  return shared;
}

async function load(): Promise<SyllableCounter> {
  let file: string | undefined;
  try {
    const [{ readFile }, { createRequire }] = await Promise.all([import("node:fs/promises"), import("node:module")]);
    file = createRequire(ownLocation()).resolve(PATTERN_FILE);
    const bytes = await readFile(file);
    const patterns = await instantiateSyllablePatterns(bytes);
    return createSyllableCounter(patterns);
  } catch (error) {
    throw new ReadabilityError(
      "SCORING_SYLLABLES_UNAVAILABLE",
      `Could not load the German syllable patterns ${file ?? `"${PATTERN_FILE}"`}: ${error instanceof Error ? error.message : String(error)}. ` +
        "They come with the dependency hyphenopoly 6.0.0 of @kommune-sm/scoring; check that it is installed next to the package.",
      { cause: error },
    );
  }
}

/**
 * The file of this module, to resolve hyphenopoly from where this package is
 * installed. The CommonJS build has `__filename`. The ES module build would
 * use `import.meta.url`, but the CommonJS build is made from the same source
 * and a `.cjs` file that mentions `import.meta` does not even parse; so the
 * ES build asks V8 for the file of the running function instead.
 */
function ownLocation(): string {
  if (typeof __filename === "string" && __filename !== "") return __filename;
  const original = Error.prepareStackTrace;
  try {
    Error.prepareStackTrace = (_error, sites) => sites;
    const holder: { stack?: unknown } = {};
    Error.captureStackTrace(holder);
    const sites = holder.stack as NodeJS.CallSite[] | undefined;
    const file = sites?.[0]?.getFileName();
    if (typeof file === "string" && file !== "") return file;
  } finally {
    Error.prepareStackTrace = original;
  }
  throw new Error("cannot tell where @kommune-sm/scoring is installed");
}
