import { defineErrorCodes, KommuneError, type ErrorCode } from "@kommune-sm/core";

/** Every code that `@kommune-sm/adapter-sandbox` throws itself (network failures are `NetworkError`s). */
export const SANDBOX_ERROR_CODES = defineErrorCodes("SANDBOX", {
  /** An option of the sandbox or of an injected fault is out of range; the message says which. */
  SANDBOX_INVALID_OPTION: "An option of the sandbox or of an injected fault is not valid.",
  /** The sandbox plugin was asked for its network before `createKommune` set it up. */
  SANDBOX_NOT_SET_UP: "The sandbox plugin has not been set up by createKommune yet.",
});

/** A code of {@link SANDBOX_ERROR_CODES}. */
export type SandboxErrorCode = ErrorCode<typeof SANDBOX_ERROR_CODES>;

/** A mistake in using the sandbox (not a simulated network failure, which is a `NetworkError`). */
export class SandboxError extends KommuneError<SandboxErrorCode> {
  constructor(code: SandboxErrorCode, message: string) {
    super({ code, message });
    this.name = "SandboxError";
  }
}
