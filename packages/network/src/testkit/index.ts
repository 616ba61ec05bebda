/**
 * `@kommune-sm/network/testkit`: the conformance kit every network adapter
 * runs ({@link testAdapter}), and what an adapter's tests need to drive a
 * fake or simulated network ({@link AdapterTestControl}). It imports vitest
 * and fast-check (optional peer dependencies of `@kommune-sm/network`).
 *
 * @packageDocumentation
 */
export { testAdapter } from "./test-adapter.js";
export { ADAPTER_TEST_AREAS, type AdapterTestArea, type AdapterTestOptions, type AdapterTestSetup } from "./adapter-test-options.js";
export type {
  AdapterTestControl,
  AdapterOperation,
  InjectedFailureKind,
  InjectedFailureOptions,
  SimulatedInteraction,
  NetworkPostRecord,
  NetworkReplyRecord,
} from "./adapter-test-control.js";
export { networkCapabilitiesV1Schema } from "../spec/capabilities-schema.js";
export { describeLimitText, textsAtLimit, textsOverLimit, postTextsAtLimit, postTextsOverLimit } from "./text-at-limit.js";
export { defaultTestMedia } from "./test-media.js";
export { expectNetworkError } from "./expect-network-error.js";
