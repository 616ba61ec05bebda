import { KommuneError } from "@kommune-sm/core";
import { NetworkError, type NetworkErrorKind } from "../spec/index.js";
import type { ImprintUnreadableReason } from "./imprint-check-result.js";

/** How a failed profile read counts for the imprint check. */
export type ReadFailure =
  | {
      /** The profile could not be read: stored as `unreadable`. */
      readonly kind: "unreadable";
      /** Why, for the person who reads the finding. */
      readonly reason: ImprintUnreadableReason;
      /** The error's code, e.g. `NETWORK_AUTHENTICATION`, if it had one. */
      readonly code?: string;
    }
  | {
      /**
       * The read did not happen for reasons of this side (publishing is
       * paused, the engine stops, the call was cancelled): it says nothing
       * about the profile, so nothing is stored and the check comes again.
       */
      readonly kind: "not-checked";
    };

const reasonOfCode: Readonly<Record<string, ImprintUnreadableReason | "not-checked">> = {
  NETWORK_CREDENTIALS_MISSING: "credentials-missing",
  NETWORK_CREDENTIALS_INVALID: "credentials-invalid",
  NETWORK_ADAPTER_DEFECT: "adapter-defect",
  NETWORK_ADAPTER_MISSING: "no-adapter",
  NETWORK_ADAPTER_INVALID: "no-adapter",
  NETWORK_PAUSED: "not-checked",
  NETWORK_STOPPED: "not-checked",
  NETWORK_CALL_CANCELLED: "not-checked",
};

// Every kind, so that the compiler asks for a new one here: a kind string from elsewhere is not stored as it is.
const KINDS: Readonly<Record<NetworkErrorKind, true>> = {
  retryable: true,
  "rate-limited": true,
  authentication: true,
  "rejected-content": true,
  "not-found": true,
  unsupported: true,
  permanent: true,
};

// Error codes are SCREAMING_SNAKE words from code tables; anything else is not kept.
const CODE = /^[A-Z][A-Z0-9_]{0,63}$/;

/**
 * How a failed `readProfile` counts: a `NetworkError` by its kind, the
 * engine's own errors by their code, anything else as `failed`. Reads only
 * `kind` and `code`, never the message (which may quote the network), and
 * never throws, whatever was thrown.
 */
export function readFailureOf(error: unknown): ReadFailure {
  try {
    if (NetworkError.isNetworkError(error)) {
      const kind = error.kind;
      return { kind: "unreadable", reason: Object.hasOwn(KINDS, kind) ? kind : "failed", ...codeOf(error.code) };
    }
    if (KommuneError.isInstance(error)) {
      const mapped = reasonOfCode[error.code];
      if (mapped === "not-checked") return { kind: "not-checked" };
      return { kind: "unreadable", reason: mapped ?? "failed", ...codeOf(error.code) };
    }
  } catch {
    // A getter that throws: an error that cannot be read is just a failure.
  }
  return { kind: "unreadable", reason: "failed" };
}

function codeOf(code: unknown): { code?: string } {
  return typeof code === "string" && CODE.test(code) ? { code } : {};
}
