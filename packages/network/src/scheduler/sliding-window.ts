import type { TokenAnswer } from "./token-bucket.js";

/**
 * A sliding-window limit: at most `requests` takes within any `windowMs`.
 * Exact where a token bucket is not: a bucket allows a full burst and then
 * its refill within one window (up to twice the limit), a network counting
 * in a sliding window would refuse that. It remembers the time of every
 * take in the window, so memory grows with `requests` (a few kB for the
 * limits networks document).
 *
 * Written by hand: the rate limiters on npm keep one counter per key and
 * cannot answer "is there room beyond a reserve" without taking.
 */
export class SlidingWindowLimit {
  /** Take times, ascending; those before `#head` have left the window. */
  #times: number[] = [];
  #head = 0;
  #blockedUntil = 0;

  constructor(
    /** Most takes within one window. */
    readonly requests: number,
    /** The window's length, in milliseconds. */
    readonly windowMs: number,
  ) {}

  /** Takes in the window at `now`. */
  used(now: number): number {
    this.#prune(now);
    return this.#times.length - this.#head;
  }

  /** What {@link take} would answer at `now`, without taking. `reserve`: room that must be left after this take. */
  peek(now: number, reserve = 0): TokenAnswer {
    if (now < this.#blockedUntil) return { ok: false, retryAt: this.#blockedUntil };
    const used = this.used(now);
    const room = this.requests - used;
    if (room >= 1 + reserve) return { ok: true };
    // So many takes must leave the window first; the last of them leaves at its time plus the window.
    const mustLeave = used - (this.requests - 1 - reserve);
    const leaving = this.#times[this.#head + Math.min(mustLeave, used) - 1] ?? now;
    return { ok: false, retryAt: Math.max(now + 1, leaving + this.windowMs) };
  }

  /** Takes if there is room beyond `reserve`; otherwise returns when there will be. */
  take(now: number, reserve = 0): TokenAnswer {
    const answer = this.peek(now, reserve);
    if (answer.ok) this.#record(now);
    return answer;
  }

  /**
   * The network said to wait until `until` (429 with Retry-After): nothing
   * before then, and from then on one take at a time, spread over a window
   * (a Retry-After allows a retry, not a burst).
   */
  blockUntil(until: number, now: number): void {
    // A wait nobody can honour (NaN, Infinity) must not poison the limit for good.
    if (!Number.isFinite(until) || until <= now) return;
    this.#blockedUntil = Math.max(this.#blockedUntil, until);
    const spacing = this.windowMs / this.requests;
    const earliest = until - this.windowMs;
    for (let k = 1; k < this.requests; k++) this.#times.push(earliest + k * spacing);
    const live = this.#times.slice(this.#head).sort((a, b) => a - b);
    this.#times = live;
    this.#head = 0;
    this.#prune(now);
  }

  #record(now: number): void {
    // Kept ascending even if the clock steps back: a step back then counts the take later, never earlier.
    const last = this.#times.length > this.#head ? this.#times[this.#times.length - 1]! : -Infinity;
    this.#times.push(Math.max(now, last));
  }

  #prune(now: number): void {
    const times = this.#times;
    let head = this.#head;
    while (head < times.length && times[head]! <= now - this.windowMs) head++;
    if (head > 1024 && head * 2 > times.length) {
      this.#times = times.slice(head);
      head = 0;
    }
    this.#head = head;
  }
}
