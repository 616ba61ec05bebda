import { defineErrorCodes, KommuneError, type ErrorCode } from "@kommune-sm/core";

/** Every code that the readability measures of `@kommune-sm/scoring` throw. */
export const READABILITY_ERROR_CODES = defineErrorCodes("SCORING", {
  /** A text is not a string, or an option is out of range; the message names which and why. */
  SCORING_INVALID_ARGUMENT: "An argument of a readability measure is not valid; the message says which.",
  /**
   * The German syllable patterns (hyphenopoly's `patterns/de-x-syllable.wasm`)
   * could not be found or instantiated; `cause` holds the underlying error.
   * A later `loadGermanSyllables()` tries again.
   */
  SCORING_SYLLABLES_UNAVAILABLE: "The German syllable patterns could not be loaded.",
});

/** A code of {@link READABILITY_ERROR_CODES}. */
export type ReadabilityErrorCode = ErrorCode<typeof READABILITY_ERROR_CODES>;

/** An error thrown by the readability measures. */
export class ReadabilityError extends KommuneError<ReadabilityErrorCode> {
  constructor(code: ReadabilityErrorCode, message: string, options: { cause?: unknown } = {}) {
    super({ code, message, cause: options.cause });
    this.name = "ReadabilityError";
  }
}
