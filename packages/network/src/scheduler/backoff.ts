/** How the engine waits between attempts. */
export interface RetryPolicy {
  /** First wait, in ms; default 2,000. */
  readonly baseMs?: number;
  /** Longest wait, in ms; default 15 minutes. */
  readonly maxMs?: number;
  /** Calls before a delivery fails for good; default 8. */
  readonly maxAttempts?: number;
}

/** The defaults of {@link RetryPolicy}. */
export const DEFAULT_RETRY_POLICY: Required<RetryPolicy> = { baseMs: 2_000, maxMs: 15 * 60_000, maxAttempts: 8 };

/**
 * Milliseconds to wait after failed attempt number `attempt` (1-based):
 * exponential backoff with "full jitter" (a uniform draw between 0 and the
 * exponential bound), so that many deliveries failing together do not come
 * back together. A Retry-After from the network is a floor.
 *
 * @param random a number in [0, 1), e.g. `Math.random()`
 */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: number, retryAfterMs?: number): number {
  const { baseMs, maxMs } = { ...DEFAULT_RETRY_POLICY, ...policy };
  const bound = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  const jittered = Math.floor(random * bound);
  // Never sooner than the network asked; never zero, so a failing call cannot spin.
  return Math.max(retryAfterMs ?? 0, jittered, 1);
}
