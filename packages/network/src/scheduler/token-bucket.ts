/** What a {@link TokenBucket} answers: go ahead, or when to ask again. */
export type TokenAnswer =
  | {
      /** A token was (or would be) taken: go ahead. */
      readonly ok: true;
    }
  | {
      /** No token now: wait. */
      readonly ok: false;
      /** Epoch ms when a token will be there. */
      readonly retryAt: number;
    };

/**
 * A token bucket: `capacity` tokens, refilled evenly at `capacity` per
 * `periodMs`. One per account and network keeps the engine under the
 * network's documented rate limit; a 429 with Retry-After empties it until then.
 */
export class TokenBucket {
  #tokens: number;
  #updatedAt: number;
  #blockedUntil = 0;

  constructor(
    /** Most calls in a burst, and calls allowed per period. */
    readonly capacity: number,
    /** The period in which `capacity` tokens are refilled, in milliseconds. */
    readonly periodMs: number,
    now: number,
  ) {
    this.#tokens = capacity;
    this.#updatedAt = now;
  }

  /**
   * Takes a token if one is there beyond `reserve` (tokens kept back for
   * callers that pass no reserve); otherwise returns the instant there will be.
   */
  take(now: number, reserve = 0): TokenAnswer {
    const answer = this.peek(now, reserve);
    if (answer.ok) this.#tokens -= 1;
    return answer;
  }

  /** What {@link take} would answer now, without taking anything. */
  peek(now: number, reserve = 0): TokenAnswer {
    if (now < this.#blockedUntil) return { ok: false, retryAt: this.#blockedUntil };
    this.#refill(now);
    const needed = 1 + reserve;
    if (this.#tokens >= needed) return { ok: true };
    const perToken = this.periodMs / this.capacity;
    return { ok: false, retryAt: now + Math.max(1, Math.ceil((needed - this.#tokens) * perToken)) };
  }

  /**
   * The network said to wait until `until`: no tokens before then, and only
   * one right then (Retry-After allows a retry, not a burst).
   */
  blockUntil(until: number): void {
    // A wait nobody can honour (NaN, Infinity) must not poison the bucket for good.
    if (!Number.isFinite(until)) return;
    this.#blockedUntil = Math.max(this.#blockedUntil, until);
    this.#tokens = Math.min(this.#tokens, 1);
    this.#updatedAt = Math.max(this.#updatedAt, until);
  }

  #refill(now: number): void {
    if (now <= this.#updatedAt) return;
    this.#tokens = Math.min(this.capacity, this.#tokens + ((now - this.#updatedAt) * this.capacity) / this.periodMs);
    this.#updatedAt = now;
  }
}
