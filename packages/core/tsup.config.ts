import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", "testkit/index": "src/testkit/index.ts" },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "node20",
  // vitest is a peer of the testkit only; it must never be bundled.
  external: ["vitest"],
});
