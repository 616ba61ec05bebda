/**
 * `@kommune-sm/network/testkit`: the conformance kit every network adapter runs.
 *
 * @packageDocumentation
 */
export {};
