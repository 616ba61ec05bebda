/** Cancels a timer set with {@link Clock.setTimer}. Calling it twice is harmless. */
export type CancelTimer = () => void;

/**
 * The clock port: where every part of the SDK reads the time and waits.
 * Production uses {@link systemClock}; tests use a {@link TestClock} and move
 * time by hand, so nothing in a test sleeps for real.
 */
export interface Clock {
  /** The current instant as milliseconds since the Unix epoch (UTC). */
  now(): number;
  /**
   * Calls `callback` once at the instant `at` (epoch milliseconds) or as soon
   * after as possible; an instant in the past fires on the next turn.
   */
  setTimer(at: number, callback: () => void): CancelTimer;
}

// setTimeout takes at most a signed 32-bit delay; longer waits are chained.
const maxDelay = 2_147_483_647;

/** The real clock of the machine. */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimer(at, callback) {
    let handle: ReturnType<typeof setTimeout> | undefined;
    let cancelled = false;
    const arm = () => {
      if (cancelled) return;
      const delay = at - Date.now();
      if (delay > maxDelay) {
        handle = setTimeout(arm, maxDelay);
      } else {
        handle = setTimeout(callback, Math.max(0, delay));
      }
      // A pending timer must not keep a CLI process alive on its own.
      (handle as { unref?: () => void }).unref?.();
    };
    arm();
    return () => {
      cancelled = true;
      if (handle !== undefined) clearTimeout(handle);
    };
  },
};
