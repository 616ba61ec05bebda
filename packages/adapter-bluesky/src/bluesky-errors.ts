import { classifyThrown, NetworkError } from "@kommune-sm/network";

/** What an XRPC failure of @atproto/api carries (XRPCError), read by shape so that any copy of the library is understood. */
interface XrpcFailure {
  readonly status: number;
  readonly error: string;
  readonly message: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/** The failure as XRPC reports it (a status and an error name), or undefined for anything else. */
export function asXrpcFailure(thrown: unknown): XrpcFailure | undefined {
  if (typeof thrown !== "object" || thrown === null) return undefined;
  const { status, error } = thrown as { status?: unknown; error?: unknown };
  if (typeof status !== "number" || typeof error !== "string") return undefined;
  return thrown as XrpcFailure;
}

/** Error names of the PDS that mean the account's session is no longer good (expired, revoked, missing). */
const AUTHENTICATION = new Set(["ExpiredToken", "InvalidToken", "AuthMissing", "AuthenticationRequired", "AccountTakedown", "AccountDeactivated"]);

/**
 * Classifies a failure of an XRPC call as the engine needs it. The PDS
 * answers an expired or revoked token with 400 `ExpiredToken` (not 401), a
 * bad one with 400 `InvalidToken`, a missing one with 401 `AuthMissing`;
 * rate limits with 429 `RateLimitExceeded` and `ratelimit-reset` (epoch
 * seconds); a record that is not there with 400 `RecordNotFound`. @atproto/api
 * reports a network failure as status 1 (`Unknown`).
 */
export function classifyXrpcFailure(thrown: unknown, operation: string, now: number, signal: AbortSignal, tokens: readonly (string | undefined)[] = []): NetworkError {
  if (NetworkError.isNetworkError(thrown)) return thrown;
  if (signal.aborted) return new NetworkError({ kind: "retryable", message: `${operation} was given up before Bluesky answered.` });
  const failure = asXrpcFailure(thrown);
  if (!failure) return classifyThrown(thrown);
  // A PDS may echo the token it refused; the adapter never passes it on (nor the raw error, which holds it too).
  const reason = failure.message ? redactTokens(failure.message, tokens).slice(0, 500) : undefined;
  const message = `${operation} failed with ${failure.status === 1 ? "no answer" : `HTTP ${failure.status}`} (${failure.error})${reason ? `: ${reason}` : ""}`;
  const base = { status: failure.status, message, ...(reason ? { networkReason: reason } : {}) };
  if (failure.status === 1 || failure.status === 2) return new NetworkError({ ...base, kind: "retryable" });
  if (AUTHENTICATION.has(failure.error) || failure.status === 401) return new NetworkError({ ...base, kind: "authentication" });
  if (failure.status === 429 || failure.error === "RateLimitExceeded") {
    const reset = Number(failure.headers?.["ratelimit-reset"]);
    const retryAfterMs = Number.isFinite(reset) && reset > 0 ? Math.max(0, reset * 1000 - now) : undefined;
    return new NetworkError({ ...base, kind: "rate-limited", ...(retryAfterMs === undefined ? {} : { retryAfterMs }) });
  }
  if (failure.status >= 500 || failure.status === 408) return new NetworkError({ ...base, kind: "retryable" });
  if (failure.error === "RecordNotFound" || failure.error === "NotFound" || failure.status === 404) return new NetworkError({ ...base, kind: "not-found" });
  if (failure.status === 403) return new NetworkError({ ...base, kind: "permanent" });
  return new NetworkError({ ...base, kind: "rejected-content" });
}

/** `text` with every token (of 8 characters or more) replaced by "[redacted]": a server may echo the token it refused. */
export function redactTokens(text: string, tokens: readonly (string | undefined)[]): string {
  return tokens.reduce<string>((out, token) => (token && token.length >= 8 ? out.replaceAll(token, "[redacted]") : out), text);
}
