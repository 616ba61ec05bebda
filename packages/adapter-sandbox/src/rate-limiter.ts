/**
 * A sliding-window limit per account: at most `requests` calls within any
 * `perMilliseconds`. Kept in memory, per sandbox instance (never in a module
 * variable, so two organisations in one process do not share it).
 */
export interface SlidingWindowLimiter {
  /**
   * Counts a call of `account` at `now` if the limit allows it and returns
   * 0; otherwise counts nothing and returns how long to wait (ms) until the
   * oldest call in the window leaves it.
   */
  take(account: string, now: number): number;
}

/** A {@link SlidingWindowLimiter} with the given limit. */
export function createSlidingWindowLimiter(limit: { readonly requests: number; readonly perMilliseconds: number }): SlidingWindowLimiter {
  const calls = new Map<string, number[]>();
  return {
    take(account, now) {
      const windowStart = now - limit.perMilliseconds;
      const recent = (calls.get(account) ?? []).filter((at) => at > windowStart);
      if (recent.length >= limit.requests) {
        calls.set(account, recent);
        return Math.max(1, recent[0]! + limit.perMilliseconds - now);
      }
      recent.push(now);
      calls.set(account, recent);
      return 0;
    },
  };
}
