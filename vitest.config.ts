import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Tests run against the TypeScript sources, not the builds, so that a change is
// tested without a rebuild. The built packages are checked separately by
// `pnpm check:packages` and `pnpm check:consumer`.
const src = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    // @kommune-sm/<name> lives in packages/<name>; its testkit in src/testkit.
    alias: [
      { find: /^@kommune-sm\/([a-z0-9-]+)\/testkit$/, replacement: src("./packages/$1/src/testkit/index.ts") },
      { find: /^@kommune-sm\/([a-z0-9-]+)$/, replacement: src("./packages/$1/src/index.ts") },
    ],
  },
  test: {
    include: ["packages/*/src/**/*.test.ts", "examples/**/*.test.ts", "tests/**/*.test.ts"],
    environment: "node",
  },
});
