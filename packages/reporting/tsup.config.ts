import { definePackageConfig } from "../../scripts/tsup-package.js";

export default definePackageConfig({ index: "src/index.ts" }, import.meta.url);
