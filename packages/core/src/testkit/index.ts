/**
 * `@kommune-sm/core/testkit`: what a store implementation or a plugin needs in
 * its tests — the store conformance suite and a controllable clock.
 *
 * @packageDocumentation
 */
export { TestClock } from "../clock/test-clock.js";
