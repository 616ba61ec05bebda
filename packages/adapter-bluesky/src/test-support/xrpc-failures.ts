import type { InjectedFailureKind, InjectedFailureOptions } from "@kommune-sm/network/testkit";

/*
 * The answers the proxy gives instead of the PDS's, shaped as the PDS and
 * its reverse proxy give them. Followed (in node_modules):
 * - @atproto/xrpc-server 0.10.21 (what @atproto/pds 0.4.217 uses),
 *   dist/rate-limiter.js `setStatusHeaders` and `RateLimitExceededError`:
 *   a 429 carries RateLimit-Limit, RateLimit-Reset (epoch SECONDS),
 *   RateLimit-Remaining and RateLimit-Policy (`<limit>;w=<window seconds>`),
 *   and NO Retry-After; body {"error":"RateLimitExceeded","message":"Rate Limit Exceeded"};
 * - dist/errors.js `XRPCError.payload`: bodies are {"error","message"}, a
 *   500 always says "Internal Server Error";
 * - @atproto/pds 0.4.217 dist/pipethrough.js `handleUpstreamRequestError`:
 *   when the AppView cannot be reached, `app.bsky.*` answers 502
 *   {"error":"UpstreamFailure","message":"Upstream service unreachable"};
 * - an expired access token answers 400 {"error":"ExpiredToken","message":"Token has expired"}
 *   (measured against the dev-env PDS; 401 only for a missing token or a failed login).
 */

/** How a `"retryable"` failure looks. */
export type RetryableShape =
  /** 502 UpstreamFailure, JSON: the PDS could not reach the AppView. */
  | "upstream-502"
  /** 503 with an HTML page: the reverse proxy in front of the PDS while it restarts. */
  | "html-503"
  /** 500 InternalServerError, JSON: an unexpected error in the PDS. */
  | "internal-500";

/** Options of an injected failure: the kit's, and how a retryable failure looks. */
export interface ProxyFailureOptions extends InjectedFailureOptions {
  /**
   * For `"retryable"`. Default: `"upstream-502"` for `app.bsky.*` (passed on
   * to the AppView), `"html-503"` for the PDS's own `com.atproto.*`.
   */
  readonly retryableAs?: RetryableShape;
  /** For `"rate-limited"`: RateLimit-Limit and the window of RateLimit-Policy; default 3000 per 300 s (the PDS's limit per IP). */
  readonly limit?: number;
  readonly windowSeconds?: number;
}

/** An answer to send: status, headers, body. */
export interface FailureAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

const json = (status: number, error: string, message: string, headers: Record<string, string> = {}): FailureAnswer => ({
  status,
  headers: { "content-type": "application/json; charset=utf-8", ...headers },
  body: JSON.stringify({ error, message }),
});

const HTML_503 = `<html>\r\n<head><title>503 Service Temporarily Unavailable</title></head>\r\n<body>\r\n<center><h1>503 Service Temporarily Unavailable</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;

/** The default retry-after of a rate limit when the kit names none. */
export const DEFAULT_RETRY_AFTER_MS = 60_000;

/**
 * The answer for an injected failure of `kind` on the method `nsid`, at `now`.
 *
 * RateLimit-Reset is `now + retryAfterMs` in epoch seconds, rounded to the
 * nearest second (the PDS rounds down its limiter's `msBeforeNext`; rounding
 * to nearest keeps the wait an adapter derives within half a second of
 * `retryAfterMs`, which the kit checks to one second).
 */
export function failureAnswer(kind: InjectedFailureKind, nsid: string, options: ProxyFailureOptions = {}, now = Date.now()): FailureAnswer {
  switch (kind) {
    case "retryable": {
      const shape = options.retryableAs ?? (nsid.startsWith("app.bsky.") ? "upstream-502" : "html-503");
      if (shape === "upstream-502") return json(502, "UpstreamFailure", "Upstream service unreachable");
      if (shape === "internal-500") return json(500, "InternalServerError", "Internal Server Error");
      return { status: 503, headers: { "content-type": "text/html" }, body: HTML_503 };
    }
    case "rate-limited": {
      const retryAfterMs = options.retryAfterMs ?? DEFAULT_RETRY_AFTER_MS;
      const limit = options.limit ?? 3000;
      const windowSeconds = options.windowSeconds ?? 300;
      return json(429, "RateLimitExceeded", "Rate Limit Exceeded", {
        "RateLimit-Limit": String(limit),
        "RateLimit-Reset": String(Math.round((now + retryAfterMs) / 1000)),
        "RateLimit-Remaining": "0",
        "RateLimit-Policy": `${limit};w=${windowSeconds}`,
      });
    }
    case "authentication":
      return json(400, "ExpiredToken", "Token has expired");
  }
}
