import { NetworkError, type NetworkErrorKind } from "./network-error.js";

/** What {@link classifyHttpFailure} needs of a failed HTTP response. */
export interface HttpFailure {
  /** HTTP status code of the response; decides the error kind. */
  readonly status: number;
  /** The `Retry-After` header (seconds or an HTTP date), if any. */
  readonly retryAfter?: string | null;
  /** The network's message from the body, if any. */
  readonly reason?: string;
  /** What was called, for the message (no query string with credentials, please; it is redacted anyway). */
  readonly operation: string;
}

/**
 * Turns a failed HTTP response into a classified {@link NetworkError}, by the
 * common meaning of status codes (RFC 9110): 408, 425, 5xx and 429 are worth
 * retrying (429 with the wait from Retry-After); 401 means the token is
 * expired or revoked; 403 and 404 are final; 400, 413, 415 and 422 mean the
 * network refused the content. Adapters with network-specific codes classify
 * those first and fall back to this.
 *
 * @param now the current instant (epoch ms), for a Retry-After that is a date
 */
export function classifyHttpFailure(failure: HttpFailure, now: number): NetworkError {
  const { status } = failure;
  const retryAfterMs = parseRetryAfter(failure.retryAfter, now);
  const kind: NetworkErrorKind =
    status === 429
      ? "rate-limited"
      : status === 408 || status === 425 || status >= 500
        ? "retryable"
        : status === 401
          ? "authentication"
          : status === 404 || status === 410
            ? "not-found"
            : status === 400 || status === 413 || status === 415 || status === 422
              ? "rejected-content"
              : "permanent";
  return new NetworkError({
    kind,
    status,
    message: `${failure.operation} failed with HTTP ${status}${failure.reason ? `: ${failure.reason}` : ""}`,
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    ...(failure.reason ? { networkReason: failure.reason } : {}),
  });
}

/**
 * Retry-After as milliseconds from `now`: delta-seconds or an HTTP date (RFC
 * 9110 §10.2.3); undefined if absent, unreadable or not a finite wait (a
 * 400-digit number of seconds is no instruction anyone can follow). Whether
 * a long but finite wait is honoured is the engine's decision.
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (typeof value !== "string" || value.trim() === "") return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) {
    const ms = Number(trimmed) * 1000;
    return Number.isFinite(ms) ? ms : undefined;
  }
  const at = Date.parse(trimmed);
  return Number.isFinite(at) && Number.isFinite(now) ? Math.max(0, at - now) : undefined;
}

/**
 * Classifies anything a call threw: a {@link NetworkError} stays as it is; an
 * abort or timeout, a DNS or connection failure (fetch's `TypeError`, Node's
 * `ECONNRESET`, ...) is retryable; anything else is permanent, so that an
 * adapter bug does not cause a retry storm.
 */
export function classifyThrown(thrown: unknown): NetworkError {
  if (safely(() => NetworkError.isNetworkError(thrown), false)) return thrown as NetworkError;
  const name = readString(thrown, "name");
  const code = readString(thrown, "code");
  const message = readString(thrown, "message") || safely(() => String(thrown), "an unreadable value");
  const transient =
    name === "AbortError" ||
    name === "TimeoutError" ||
    (name === "TypeError" && /fetch failed|network/i.test(message)) ||
    /^(ECONNRESET|ECONNREFUSED|ETIMEDOUT|EPIPE|EAI_AGAIN|ENOTFOUND|ENETUNREACH|EHOSTUNREACH|UND_ERR_\w+)$/.test(code);
  return new NetworkError({ kind: transient ? "retryable" : "permanent", message: `${name || "Error"}: ${message}`, cause: thrown });
}

/**
 * A string property of something thrown, or "" — never throws. Adapters and
 * the libraries under them throw anything: a getter that throws, a Proxy, a
 * revoked Proxy; classifying must not fail on it.
 */
function readString(value: unknown, key: "name" | "code" | "message"): string {
  return safely(() => {
    if ((typeof value !== "object" && typeof value !== "function") || value === null) return "";
    const found: unknown = (value as Record<string, unknown>)[key];
    return typeof found === "string" ? found : "";
  }, "");
}

function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}
