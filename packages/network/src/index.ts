/**
 * `@kommune-sm/network`: the network adapter spec (`NetworkAdapterV1`), the
 * publishing engine with its durable outbox, and (in `/testkit`) the adapter
 * conformance kit.
 *
 * @packageDocumentation
 * @module @kommune-sm/network
 */
export * from "./spec/index.js";
export * from "./secrets/index.js";
export * from "./engine/index.js";
export * from "./imprint/index.js";
export * from "./media/index.js";
export * from "./adapter-helpers/index.js";
