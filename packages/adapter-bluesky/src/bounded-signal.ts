/** How long one step of connecting or disconnecting an account may take, unless the caller's signal ends it sooner. */
export const CONNECT_STEP_TIMEOUT_MS = 30_000;

/** A signal that aborts after `ms`, or earlier with the caller's `signal`. */
export function boundedSignal(signal?: AbortSignal, ms: number = CONNECT_STEP_TIMEOUT_MS): AbortSignal {
  const deadline = AbortSignal.timeout(ms);
  return signal ? AbortSignal.any([signal, deadline]) : deadline;
}
