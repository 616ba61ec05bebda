import { silentLogger, TestClock } from "@kommune-sm/core";
import type { AdapterCallContextV1, ChannelRefV1, PublishRequestV1 } from "@kommune-sm/network";

/** The secret the tests use: it must never show up in errors or stored data. */
export const SECRET_TOKEN = "geheim-token-4711-do-not-leak";

/** Musterstadt's practice account. */
export const CHANNEL: ChannelRefV1 = { id: "sandbox-main", handle: "@musterstadt", options: {} };

/** Tuesday, 9:00 in Berlin (CET). */
export const TUESDAY_MORNING = "2027-01-12T08:00:00Z";

/** A call context on `clock`, with a fresh AbortSignal unless one is given. */
export function callContext(clock: TestClock, overrides: Partial<AdapterCallContextV1> = {}): AdapterCallContextV1 {
  return {
    credentials: { accessToken: SECRET_TOKEN },
    signal: new AbortController().signal,
    now: () => clock.now(),
    logger: silentLogger,
    ...overrides,
  };
}

/** A valid publish request; fields can be overridden. */
export function publishRequest(overrides: Partial<PublishRequestV1> = {}): PublishRequestV1 {
  return {
    deliveryId: "delivery-1",
    idempotencyKey: "key-1",
    channel: CHANNEL,
    text: "Die Lindenstraße ist ab Montag wegen Bauarbeiten gesperrt. Umleitung über den Marktplatz. #Musterstadt",
    language: "de",
    media: [],
    links: [],
    hashtags: ["Musterstadt"],
    options: {},
    ...overrides,
  };
}

/** Settles `promise` into a value or an error, so tests can look at rejections. */
export async function settle<T>(promise: Promise<T>): Promise<{ value?: T; error?: unknown }> {
  try {
    return { value: await promise };
  } catch (error) {
    return { error };
  }
}

/** True once `promise` has settled (checked after pending callbacks ran). */
export async function hasSettled(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  await new Promise<void>((resolve) => setImmediate(resolve));
  return settled;
}

export { TestClock };
