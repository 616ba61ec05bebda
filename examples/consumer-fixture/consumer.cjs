// A CommonJS consumer: `require` picks the "require" condition of the exports
// map, i.e. dist/*.cjs. Nothing here may be bundled or transpiled, so that this
// is exactly what a user's CommonJS project sees.
//
// The testkit is resolved but not loaded: it imports vitest, which refuses to
// be require()d, and vitest runs even CommonJS projects' tests as ES modules
// (it picks the "import" build). Its require build and .d.cts exist so that a
// CommonJS TypeScript project can type-check its tests (see typecheck.cts).
"use strict";

module.exports = {
  system: "CommonJS",
  core: require("@kommune-sm/core"),
  testkit: undefined,
  z: require("zod").z,
  entry: require.resolve("@kommune-sm/core"),
  testkitEntry: require.resolve("@kommune-sm/core/testkit"),
};
