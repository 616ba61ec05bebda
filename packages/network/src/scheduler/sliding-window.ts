import type { TokenAnswer } from "./token-bucket.js";

/**
 * A sliding-window limit: at most `requests` takes within any `windowMs`.
 * Exact where a token bucket is not: a bucket allows a full burst and then
 * its refill within one window (up to twice the limit), a network counting
 * in a sliding window would refuse that. It remembers the time of every
 * take in the window, so memory grows with the takes actually made.
 *
 * After a 429 ({@link blockUntil}) nothing passes before the given time,
 * and from then on one take per `windowMs / requests` — as if the window
 * were full of takes spread over the window before it. Those takes are
 * counted arithmetically, not stored: a 429 on a limit of a million
 * requests costs nothing, and several 429s naming one time hold no longer
 * than one.
 *
 * Written by hand: the rate limiters on npm keep one counter per key and
 * cannot answer "is there room beyond a reserve" without taking.
 */
export class SlidingWindowLimit {
  /** Take times, ascending; those before `#head` have left the window. */
  #times: number[] = [];
  #head = 0;
  /** The latest 429's time: nothing before it, then one per spacing. */
  #holdUntil: number | undefined;

  constructor(
    /** Most takes within one window. */
    readonly requests: number,
    /** The window's length, in milliseconds. */
    readonly windowMs: number,
  ) {}

  /** Takes counted in the window at `now` (a 429's spaced takes included). */
  used(now: number): number {
    this.#prune(now);
    return this.#times.length - this.#head + this.#held(now);
  }

  /** Takes counted at a later instant `at`, without forgetting anything (`now` may still need them). */
  #usedAt(at: number): number {
    const times = this.#times;
    // Binary search for the first take still in the window at `at`.
    let low = this.#head;
    let high = times.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (times[mid]! <= at - this.windowMs) low = mid + 1;
      else high = mid;
    }
    return times.length - low + this.#held(at);
  }

  /** What {@link take} would answer at `now`, without taking. `reserve`: room that must be left after this take. */
  peek(now: number, reserve = 0): TokenAnswer {
    const needed = 1 + reserve;
    const holdUntil = this.#holdUntil;
    if (holdUntil !== undefined && now < holdUntil) return { ok: false, retryAt: this.#firstRoom(holdUntil, needed) };
    if (this.requests - this.used(now) >= needed) return { ok: true };
    return { ok: false, retryAt: Math.max(now + 1, this.#firstRoom(now, needed)) };
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
   * (a Retry-After allows a retry, not a burst). A later 429 naming an
   * earlier or the same time changes nothing.
   */
  blockUntil(until: number, now: number): void {
    // A wait nobody can honour (NaN, Infinity) must not poison the limit for good.
    if (!Number.isFinite(until) || until <= now) return;
    if (this.#holdUntil !== undefined && this.#holdUntil >= until) return;
    this.#holdUntil = until;
  }

  /** The spaced takes of the last 429 still counted at `now`: the k-th (1 ≤ k < requests) leaves at `until + k · spacing`. */
  #held(now: number): number {
    const until = this.#holdUntil;
    if (until === undefined) return 0;
    const spaced = this.requests - 1;
    if (now < until) return spaced;
    const left = Math.floor((now - until) / this.#spacing());
    return left >= spaced ? 0 : spaced - left;
  }

  #spacing(): number {
    return this.windowMs / this.requests;
  }

  /**
   * The first instant from `from` on with room for `needed` takes: when
   * enough takes (stored ones leave at their time plus the window, a 429's
   * spaced ones at `until + k · spacing`) have left. Walks the two sorted
   * sequences of leaving times together.
   */
  #firstRoom(from: number, needed: number): number {
    const excess = this.#usedAt(from) - (this.requests - needed);
    if (excess <= 0) return from;
    const times = this.#times;
    let real = this.#head;
    while (real < times.length && times[real]! + this.windowMs <= from) real++;
    const until = this.#holdUntil;
    const spacing = this.#spacing();
    // The first spaced take still counted at `from`.
    let k = until === undefined ? this.requests : from < until ? 1 : Math.floor((from - until) / spacing) + 1;
    let leaving = from;
    for (let n = 0; n < excess; n++) {
      const nextReal = real < times.length ? times[real]! + this.windowMs : Number.POSITIVE_INFINITY;
      const nextHeld = until !== undefined && k < this.requests ? until + k * spacing : Number.POSITIVE_INFINITY;
      if (nextReal <= nextHeld) {
        leaving = nextReal;
        real++;
      } else {
        leaving = nextHeld;
        k++;
      }
      if (!Number.isFinite(leaving)) return Number.MAX_SAFE_INTEGER;
    }
    // A spaced take's time may be fractional; the next whole millisecond is when it has left.
    return Math.ceil(leaving);
  }

  #record(now: number): void {
    // Kept ascending even if the clock steps back: a step back then counts the take later, never earlier.
    const last = this.#times.length > this.#head ? this.#times[this.#times.length - 1]! : -Infinity;
    this.#times.push(Math.max(now, last));
  }

  #prune(now: number): void {
    // A 429's spaced takes have all left: forget it.
    if (this.#holdUntil !== undefined && this.#held(now) === 0 && now >= this.#holdUntil) this.#holdUntil = undefined;
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
