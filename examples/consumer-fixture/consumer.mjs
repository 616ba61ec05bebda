// An ES module consumer: `import` picks the "import" condition of the exports
// map, i.e. dist/*.js.
import { fileURLToPath } from "node:url";
import * as core from "@kommune-sm/core";
import * as testkit from "@kommune-sm/core/testkit";
import { z } from "zod";

export const system = "ESM";
export { core, testkit, z };
export const entry = fileURLToPath(import.meta.resolve("@kommune-sm/core"));
export const testkitEntry = fileURLToPath(import.meta.resolve("@kommune-sm/core/testkit"));
