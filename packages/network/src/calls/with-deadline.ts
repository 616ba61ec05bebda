import type { Clock } from "@kommune-sm/core";
import { NetworkError } from "../spec/index.js";

/**
 * Runs `work` with an AbortSignal that fires after `timeoutMs` on `clock`, or
 * when `outer` fires (the engine stopping, a person aborting). The returned
 * promise settles with whichever comes first: a `work` that ignores its
 * signal and never settles cannot hold anybody up. On the timeout it rejects
 * with a retryable {@link NetworkError} (the call may have reached the
 * network); on `outer`, with `outer.reason`.
 *
 * One promise settled by whichever comes first, rather than Promise.race
 * over three: every delivery makes this call.
 */
export function withDeadline<T>(clock: Clock, timeoutMs: number, what: string, work: (signal: AbortSignal) => Promise<T> | T, outer?: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const controller = new AbortController();
    let settled = false;
    const finish = () => {
      settled = true;
      cancelTimer();
      outer?.removeEventListener("abort", onOuter);
    };
    const onOuter = () => {
      if (settled) return;
      finish();
      const reason: unknown = outer?.reason;
      controller.abort(reason);
      reject(reason instanceof Error ? reason : new NetworkError({ kind: "retryable", message: `${what} was aborted.` }));
    };
    const cancelTimer = clock.setTimer(clock.now() + timeoutMs, () => {
      if (settled) return;
      finish();
      const error = new NetworkError({ kind: "retryable", message: `${what} took longer than ${timeoutMs} ms and was aborted.` });
      controller.abort(error);
      reject(error);
    });
    if (outer?.aborted) {
      onOuter();
      return;
    }
    outer?.addEventListener("abort", onOuter, { once: true });
    let pending: Promise<T> | T;
    try {
      pending = work(controller.signal);
    } catch (error) {
      if (!settled) {
        finish();
        reject(error);
      }
      return;
    }
    Promise.resolve(pending).then(
      (value) => {
        if (settled) return;
        finish();
        resolve(value);
      },
      (error: unknown) => {
        if (settled) return;
        finish();
        reject(error);
      },
    );
  });
}
