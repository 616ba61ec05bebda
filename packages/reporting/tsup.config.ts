import { definePackageConfig } from "../../scripts/tsup-package.js";

export default definePackageConfig({ index: "src/index.ts", "cli/verify-archive": "src/cli/verify-archive.ts" }, import.meta.url);
