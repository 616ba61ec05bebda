import { CoreError } from "../errors/core-errors.js";
import type { CancelTimer, Clock } from "./clock.js";

interface PendingTimer {
  readonly at: number;
  readonly order: number;
  readonly callback: () => void;
}

/**
 * A clock that stands still until a test moves it. Timers fire in the order of
 * their instants (ties in the order they were set) while the clock is advanced.
 *
 * @example
 * ```ts
 * const clock = new TestClock("2026-03-29T00:30:00Z");
 * clock.setTimer(clock.now() + 60_000, () => fired.push("one minute"));
 * await clock.advanceBy(60_000); // fires the timer
 * ```
 */
export class TestClock implements Clock {
  #now: number;
  #timers: PendingTimer[] = [];
  #order = 0;

  /** @param start the instant to start at: epoch milliseconds, a Date, or an ISO 8601 string with offset. */
  constructor(start: number | Date | string = "2026-01-01T00:00:00Z") {
    this.#now = toEpoch(start);
  }

  now(): number {
    return this.#now;
  }

  setTimer(at: number, callback: () => void): CancelTimer {
    const timer: PendingTimer = { at, order: this.#order++, callback };
    this.#timers.push(timer);
    return () => {
      this.#timers = this.#timers.filter((t) => t !== timer);
    };
  }

  /** Number of timers not yet fired. */
  get pendingTimers(): number {
    return this.#timers.length;
  }

  /**
   * Moves the clock forward by `ms`, firing due timers in order. Between timers
   * it lets pending promise callbacks run, so async work started by a timer
   * completes before the next one fires.
   */
  async advanceBy(ms: number): Promise<void> {
    if (!Number.isFinite(ms) || ms < 0) {
      throw new CoreError("CORE_INVALID_ARGUMENT", `TestClock.advanceBy needs a finite, non-negative number of milliseconds, got ${ms}.`);
    }
    await this.advanceTo(this.#now + ms);
  }

  /** Moves the clock forward to `instant`, firing due timers in order. */
  async advanceTo(instant: number | Date | string): Promise<void> {
    const target = toEpoch(instant);
    if (target < this.#now) {
      throw new CoreError("CORE_INVALID_ARGUMENT", `TestClock cannot go back in time (now ${new Date(this.#now).toISOString()}, asked for ${new Date(target).toISOString()}).`);
    }
    for (;;) {
      await flushMicrotasks();
      const next = this.#nextDue(target);
      if (!next) break;
      this.#timers = this.#timers.filter((t) => t !== next);
      this.#now = Math.max(this.#now, next.at);
      next.callback();
    }
    this.#now = target;
    await flushMicrotasks();
  }

  #nextDue(target: number): PendingTimer | undefined {
    let best: PendingTimer | undefined;
    for (const timer of this.#timers) {
      if (timer.at > target) continue;
      if (!best || timer.at < best.at || (timer.at === best.at && timer.order < best.order)) best = timer;
    }
    return best;
  }
}

function toEpoch(value: number | Date | string): number {
  // A string must carry its offset: without one, Date.parse would read it in the process time zone.
  const epoch =
    typeof value === "number" ? value : typeof value === "string" ? (/(?:[zZ]|[+-]\d{2}:?\d{2})$/.test(value) ? Date.parse(value) : Number.NaN) : value.getTime();
  if (!Number.isFinite(epoch)) {
    throw new CoreError("CORE_INVALID_ARGUMENT", `Not an instant: ${String(value)}. Use epoch milliseconds, a Date or an ISO 8601 string with offset.`);
  }
  return epoch;
}

async function flushMicrotasks(): Promise<void> {
  // A macrotask boundary lets every queued promise callback run first.
  await new Promise<void>((resolve) => setImmediate(resolve));
}
