/*
 * Rate limits as Mastodon's Rack::Attack applies them: fixed windows aligned
 * to the epoch, a counter per key and window that every request raises (also
 * a refused one), and headers that describe the bucket closest to being used
 * up. A 429 has no Retry-After: X-RateLimit-Reset (ISO 8601 with six
 * fractional digits) says when the window ends.
 */

/** One budget: `requests` per `windowMs`. */
export interface RateBudget {
  readonly requests: number;
  readonly windowMs: number;
}

/** The outcome of counting a request against its buckets. */
export interface RateVerdict {
  /** True when a bucket is over its budget: answer 429. */
  readonly limited: boolean;
  /** X-RateLimit-Limit, -Remaining and -Reset of the tightest bucket. */
  readonly headers: Readonly<Record<string, string>>;
}

/** ISO 8601 with microseconds, as Ruby's `iso8601(6)`: `2027-04-01T08:05:00.000000Z`. */
export function isoWithMicroseconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, ".$1000Z");
}

/** The X-RateLimit headers for a bucket state. */
export function rateLimitHeaders(limit: number, remaining: number, resetAt: number): Record<string, string> {
  return { "x-ratelimit-limit": String(limit), "x-ratelimit-remaining": String(Math.max(0, remaining)), "x-ratelimit-reset": isoWithMicroseconds(resetAt) };
}

/** Counters of fixed windows, by bucket key. */
export class RateLimiter {
  private readonly counts = new Map<string, { window: number; count: number }>();

  constructor(private readonly now: () => number) {}

  /** Counts one request against each bucket (`key` → budget) and says whether any is exhausted. */
  hit(buckets: readonly { readonly key: string; readonly budget: RateBudget }[]): RateVerdict {
    const at = this.now();
    let tightest: { limit: number; remaining: number; resetAt: number } | undefined;
    let limited = false;
    for (const { key, budget } of buckets) {
      const window = Math.floor(at / budget.windowMs);
      const entry = this.counts.get(key);
      const count = entry && entry.window === window ? entry.count + 1 : 1;
      this.counts.set(key, { window, count });
      if (count > budget.requests) limited = true;
      const remaining = budget.requests - count;
      if (tightest === undefined || remaining < tightest.remaining) tightest = { limit: budget.requests, remaining, resetAt: (window + 1) * budget.windowMs };
    }
    return { limited, headers: tightest ? rateLimitHeaders(tightest.limit, tightest.remaining, tightest.resetAt) : {} };
  }

  /** The headers of a bucket as they stand, without counting a request. */
  peek(key: string, budget: RateBudget): Record<string, string> {
    const at = this.now();
    const window = Math.floor(at / budget.windowMs);
    const entry = this.counts.get(key);
    const count = entry && entry.window === window ? entry.count : 0;
    return rateLimitHeaders(budget.requests, budget.requests - count, (window + 1) * budget.windowMs);
  }
}
