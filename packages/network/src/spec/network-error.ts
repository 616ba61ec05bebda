import { defineErrorCodes, KommuneError, redactText, type ErrorCode } from "@kommune-sm/core";

/** Every code that `@kommune-sm/network` throws. */
export const NETWORK_ERROR_CODES = defineErrorCodes("NETWORK", {
  /** A passing failure (timeout, connection reset, 5xx): trying again later can help. */
  NETWORK_RETRYABLE: "A passing failure (timeout, connection reset, server error); trying again later can help.",
  /** The network asked us to slow down (429), possibly saying for how long. */
  NETWORK_RATE_LIMITED: "The network asked us to slow down (429); retry after the time it gave.",
  /** The token is expired or revoked and could not be refreshed: a person must reconnect the account. */
  NETWORK_AUTHENTICATION: "The account's token is expired or revoked; a person must reconnect the account.",
  /** The network refused the content; its reason is in `networkReason`. */
  NETWORK_REJECTED_CONTENT: "The network refused the content; see networkReason.",
  /** The post or account does not exist (any more). */
  NETWORK_NOT_FOUND: "The post or account does not exist on the network.",
  /** The network does not offer this operation (see the adapter's capabilities). */
  NETWORK_UNSUPPORTED: "The network does not offer this operation.",
  /** Any other refusal that trying again will not change. */
  NETWORK_PERMANENT: "The network refused the request, and trying again will not change that.",
  /** No adapter is registered for a channel's network, or it implements an unknown spec version. */
  NETWORK_ADAPTER_MISSING: "No adapter (of a known spec version) is registered for the network.",
  /** An adapter's declared capabilities are not well-formed; the message names each field. */
  NETWORK_ADAPTER_INVALID: "The adapter's declared capabilities are not well-formed; the message names each field.",
  /** A post handed to the engine cannot be delivered as it is (no channel, unknown channel, too long, ...). */
  NETWORK_INVALID_DELIVERY: "The post cannot be delivered as it is; the message says what to change.",
  /** No credentials are stored for the channel. */
  NETWORK_CREDENTIALS_MISSING: "No credentials are stored for the channel; connect the account first.",
  /** The delivery is not in a state that allows the step (e.g. retrying a published delivery). */
  NETWORK_INVALID_STATE: "The delivery is not in a state that allows this step.",
  /** Stored credentials are not usable as they are (too short to be told apart from ordinary text, not strings). */
  NETWORK_CREDENTIALS_INVALID: "The stored credentials are not usable; store them again.",
  /** An adapter broke the spec: a malformed result, an unreadable error, a secret in its result. A person must look. */
  NETWORK_ADAPTER_DEFECT: "The adapter broke the adapter spec (a malformed result or an unreadable error).",
  /** Publishing is paused (crisis mode): no network call starts until it is resumed. */
  NETWORK_PAUSED: "Publishing is paused; no network call starts until it is resumed.",
  /** The engine or its instance is stopping: calls still running were aborted. */
  NETWORK_STOPPED: "The publishing engine is stopping; calls still running were aborted.",
  /** A call was stopped before it started: the post no longer wants it (withdrawn, edited, unscheduled, aborted). */
  NETWORK_CALL_CANCELLED: "The call was stopped before it started: the post no longer wants it.",
  /** The media store holds no file for a medium: it has no storageKey, or nothing is stored under it. */
  NETWORK_MEDIA_NOT_FOUND: "The media store holds no file for the medium (no storageKey, or nothing stored under it).",
  /** A medium's file cannot be used as it is: unsafe storageKey, not a file, unknown format, another kind than declared, or too large to read. */
  NETWORK_MEDIA_INVALID: "The medium's file cannot be used as it is; the message says why (unsafe key, unknown format, kind mismatch, too large).",
  /** The media store was made without publicBaseUrl and signingKey, so it hands out no public URLs. */
  NETWORK_MEDIA_URL_UNAVAILABLE: "The media store offers no public URLs; configure publicBaseUrl and signingKey.",
  /** The account's rate budget has no room for the call now (kept below the network's documented limits); `retryAt` says when. */
  NETWORK_RATE_BUDGET: "The account's rate budget has no room for this call now; try again at retryAt.",
});

/** A code of {@link NETWORK_ERROR_CODES}. */
export type NetworkErrorCode = ErrorCode<typeof NETWORK_ERROR_CODES>;

/** What the engine should do about a failed call. */
export type NetworkErrorKind =
  | "retryable"
  | "rate-limited"
  | "authentication"
  | "rejected-content"
  | "not-found"
  | "unsupported"
  | "permanent";

const codeOfKind: Record<NetworkErrorKind, NetworkErrorCode> = {
  retryable: "NETWORK_RETRYABLE",
  "rate-limited": "NETWORK_RATE_LIMITED",
  authentication: "NETWORK_AUTHENTICATION",
  "rejected-content": "NETWORK_REJECTED_CONTENT",
  "not-found": "NETWORK_NOT_FOUND",
  unsupported: "NETWORK_UNSUPPORTED",
  permanent: "NETWORK_PERMANENT",
};

/** Options of a {@link NetworkError}. */
export interface NetworkErrorOptions {
  /** What the engine should do about the failure. */
  readonly kind: NetworkErrorKind;
  /** For developers, in English; credentials in it are redacted. */
  readonly message: string;
  /** HTTP status, if the network answered. */
  readonly status?: number;
  /** How long the network asked us to wait, in milliseconds (Retry-After). */
  readonly retryAfterMs?: number;
  /** The network's own words for a refusal, for the person who must act. */
  readonly networkReason?: string;
  /** The underlying error, if any, kept for debugging. */
  readonly cause?: unknown;
}

/**
 * A failed call to a network, classified. `isRetryable` says whether trying
 * again can help; `kind` says what to do otherwise.
 *
 * @example
 * ```ts
 * throw new NetworkError({ kind: "rejected-content", message: "422 from statuses", status: 422, networkReason: "Text is too long" });
 * ```
 */
export class NetworkError extends KommuneError<NetworkErrorCode> {
  /** What the engine should do about the failure; decides `isRetryable`. */
  readonly kind: NetworkErrorKind;
  /** HTTP status, if the network answered. */
  readonly status?: number;
  /** How long the network asked us to wait, in milliseconds (Retry-After). */
  readonly retryAfterMs?: number;
  /** The network's own words for a refusal, redacted; show it to the person who must act. */
  readonly networkReason?: string;

  constructor(options: NetworkErrorOptions) {
    super({ code: codeOfKind[options.kind], message: redactText(options.message), cause: options.cause });
    this.name = "NetworkError";
    this.kind = options.kind;
    if (options.status !== undefined) this.status = options.status;
    // A wait the engine could not honour (NaN, Infinity, negative) is no wait at all: default backoff applies.
    if (typeof options.retryAfterMs === "number" && Number.isFinite(options.retryAfterMs) && options.retryAfterMs >= 0) this.retryAfterMs = options.retryAfterMs;
    if (options.networkReason !== undefined) this.networkReason = redactText(options.networkReason);
  }

  /** True when trying again later can help (passing failures and rate limits). */
  get isRetryable(): boolean {
    return this.kind === "retryable" || this.kind === "rate-limited";
  }

  /** True for a {@link NetworkError} from any copy of this package. */
  static isNetworkError(error: unknown): error is NetworkError {
    return KommuneError.isInstance(error) && typeof (error as NetworkError).kind === "string" && error.code.startsWith("NETWORK_");
  }
}

/** Errors of the engine itself (not of a network call). */
export class PublishingError extends KommuneError<NetworkErrorCode> {
  constructor(code: NetworkErrorCode, message: string, options: { cause?: unknown } = {}) {
    super({ code, message, cause: options.cause });
    this.name = "PublishingError";
  }
}
