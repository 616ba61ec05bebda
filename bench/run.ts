// Runs every bench/*.bench.ts in its own process, one after the other, so that
// one benchmark's garbage and JIT state do not colour the next.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const dir = fileURLToPath(new URL(".", import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((file) => file.endsWith(".bench.ts"))
  .filter((file) => only.length === 0 || only.some((name) => file.includes(name)))
  .sort();

let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file} ===`);
  // bench/tsconfig.json has no `paths`: the benchmarks measure the built
  // packages (pnpm bench builds them first), as an application runs them.
  const run = spawnSync(process.execPath, ["--import", "tsx", "--expose-gc", `${dir}${file}`], {
    stdio: "inherit",
    env: { ...process.env, TSX_TSCONFIG_PATH: `${dir}tsconfig.json` },
  });
  if (run.status !== 0) failed++;
}
if (failed > 0) {
  console.error(`\n${failed} benchmark file(s) crashed.`);
  process.exit(1);
}
