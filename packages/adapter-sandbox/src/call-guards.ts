import type { Clock } from "@kommune-sm/core";
import { NetworkError } from "@kommune-sm/network";

/**
 * Waits `ms` on `clock`. Rejects with a retryable NetworkError as soon as
 * `signal` aborts, and removes its timer, so an aborted call leaves nothing
 * behind.
 */
export function waitOnClock(clock: Clock, ms: number, signal: AbortSignal, operation: string): Promise<void> {
  if (signal.aborted) return Promise.reject(abortedError(operation, signal));
  if (ms <= 0) return Promise.resolve();
  return new Promise<void>((resolve, reject) => {
    const onAbort = () => {
      cancel();
      reject(abortedError(operation, signal));
    };
    const cancel = clock.setTimer(clock.now() + ms, () => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    });
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

/** Never resolves; rejects with a retryable NetworkError when `signal` aborts (a hung connection). */
export function waitForAbort(signal: AbortSignal, operation: string): Promise<never> {
  if (signal.aborted) return Promise.reject(abortedError(operation, signal));
  return new Promise<never>((_, reject) => {
    signal.addEventListener("abort", () => reject(abortedError(operation, signal)), { once: true });
  });
}

/** The error of a call given up by its caller: retryable, since the sandbox may not have answered yet. */
export function abortedError(operation: string, signal: AbortSignal): NetworkError {
  return new NetworkError({
    kind: "retryable",
    message: `sandbox ${operation} was aborted by the caller before the sandbox answered`,
    cause: signal.reason,
  });
}
