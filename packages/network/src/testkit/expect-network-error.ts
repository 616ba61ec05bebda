import { expect } from "vitest";
import { NetworkError, type NetworkErrorKind } from "../spec/network-error.js";

/**
 * Awaits `promise`, expects it to reject with a `NetworkError` (from any copy
 * of the package) of one of `kinds`, and returns the error.
 */
export async function expectNetworkError(promise: Promise<unknown>, kinds: NetworkErrorKind | readonly NetworkErrorKind[], what: string): Promise<NetworkError> {
  const wanted: readonly NetworkErrorKind[] = typeof kinds === "string" ? [kinds] : kinds;
  const outcome = await promise.then(
    (value: unknown) => ({ resolved: true as const, value }),
    (error: unknown) => ({ resolved: false as const, error }),
  );
  if (outcome.resolved) {
    expect.unreachable(`${what}: expected a NetworkError of kind ${wanted.join(" or ")}, but it resolved with ${preview(outcome.value)}`);
  }
  const { error } = outcome;
  expect(NetworkError.isNetworkError(error), `${what}: expected a NetworkError, got ${preview(error)}`).toBe(true);
  const networkError = error as NetworkError;
  expect(wanted, `${what}: got a NetworkError of kind "${networkError.kind}" (${networkError.message})`).toContain(networkError.kind);
  return networkError;
}

/** A short description of a value for a failure message. */
export function preview(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  try {
    const json = JSON.stringify(value);
    return json === undefined ? String(value) : json.length > 300 ? `${json.slice(0, 300)}…` : json;
  } catch {
    return String(value);
  }
}
