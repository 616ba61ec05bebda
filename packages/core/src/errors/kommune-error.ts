/**
 * The marker survives duplicate copies of this package in one process (two
 * versions in a suite's node_modules): `instanceof` would fail across copies,
 * a registered symbol does not.
 */
const marker = Symbol.for("kommune-sm.error");

/** Options every {@link KommuneError} takes. */
export interface KommuneErrorOptions<Code extends string = string> {
  /** Stable, machine-readable code from a package's code table, e.g. `"CORE_VALIDATION_FAILED"`. */
  readonly code: Code;
  /** Message for developers, in English. */
  readonly message: string;
  /** The error that caused this one, if any. */
  readonly cause?: unknown;
}

/**
 * Base class of every error the SDK throws. Each has a stable `code` from the
 * code table of the package that throws it (see {@link defineErrorCodes}).
 *
 * @example
 * ```ts
 * try { await ksm.workflow.transition(...) }
 * catch (error) {
 *   if (KommuneError.isInstance(error) && error.code === "CORE_NOT_FOUND") ...
 * }
 * ```
 */
export class KommuneError<Code extends string = string> extends Error {
  private readonly [marker] = true;
  /** Stable, machine-readable code. */
  readonly code: Code;

  constructor(options: KommuneErrorOptions<Code>) {
    super(options.message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "KommuneError";
    this.code = options.code;
  }

  /**
   * True for any kommune-sm error, also one thrown by another copy of the package.
   * Pass a code to check for that code as well.
   */
  static isInstance<Code extends string = string>(error: unknown, code?: Code): error is KommuneError<Code> {
    return (
      typeof error === "object" &&
      error !== null &&
      (error as Record<symbol, unknown>)[marker] === true &&
      (code === undefined || (error as KommuneError).code === code)
    );
  }

  /** A plain object for logs and events: code, name and message, nothing else. */
  toJSON(): {
    /** The error class, e.g. `"CoreError"`. */
    name: string;
    /** The stable code. */
    code: Code;
    /** The message for developers. */
    message: string;
  } {
    return { name: this.name, code: this.code, message: this.message };
  }
}
