/**
 * `@kommune-sm/core/testkit`: what a store implementation or a plugin needs in
 * its tests — the store conformance suite, fixtures and a controllable clock.
 * It imports vitest (an optional peer dependency of core).
 *
 * @packageDocumentation
 */
export { TestClock } from "../clock/test-clock.js";
export { testStoreConformance, type StoreConformanceOptions } from "./store-conformance.js";
export { fixtureOrganisation, fixturePost, fixtureSample } from "./store-fixtures.js";
export { testAuditRepository } from "../audit/audit-repository-conformance.js";
