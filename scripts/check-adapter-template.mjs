#!/usr/bin/env node
// `pnpm check:template`: the adapter template, as an integrator starts it in
// a repository of their own. Packs the BUILT @kommune-sm/core and
// @kommune-sm/network into tarballs (exactly what `npm publish` would
// upload), copies examples/adapter-template into a folder outside this
// workspace, installs it with npm against those tarballs (no workspace links,
// no path mapping to the sources), then type-checks it and runs its tests,
// the conformance kit included. Exits 1 with the failing step on any failure.
// Needs `pnpm build` first and the npm registry (for vitest and friends).
// KSM_KEEP_TEMPLATE_CHECK=1 keeps the folder for a look.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const template = path.join(root, "examples", "adapter-template");
const started = Date.now();

class CheckFailed extends Error {}

function fail(message) {
  throw new CheckFailed(message);
}

function run(command, args, cwd, what) {
  const shown = `${command} ${args.join(" ")}`;
  console.log(`  $ ${shown}   (in ${path.relative(root, cwd) || "."})`);
  // On Windows npm and npx are .cmd files that spawn cannot start without a shell.
  const result = spawnSync(command, args, { cwd, stdio: "inherit", shell: process.platform === "win32", env: { ...process.env, CI: process.env.CI ?? "1" } });
  if (result.error) fail(`${what}: could not start \`${shown}\`: ${result.error.message}`);
  if (result.status !== 0) fail(`${what}: \`${shown}\` exited with ${result.status ?? result.signal}.`);
}

/** The exact version of a dev tool the workspace tests with, so that the copy tests with the same. */
function installedVersion(name) {
  return JSON.parse(readFileSync(path.join(root, "node_modules", name, "package.json"), "utf8")).version;
}

for (const pkg of ["core", "network"]) {
  try {
    readFileSync(path.join(root, "packages", pkg, "dist", "index.js"));
  } catch {
    console.error(`\n✗ adapter template check failed: packages/${pkg}/dist is missing. Run \`pnpm build\` first.`);
    process.exit(1);
  }
}

// Outside the workspace: nothing above it may resolve @kommune-sm/* from here.
const work = mkdtempSync(path.join(tmpdir(), "ksm-adapter-template-"));
const keep = process.env.KSM_KEEP_TEMPLATE_CHECK === "1";
try {
  console.log(`adapter template in its own repository: ${work}`);
  const tarballs = path.join(work, "tarballs");
  mkdirSync(tarballs);
  for (const pkg of ["core", "network"]) run("pnpm", ["pack", "--pack-destination", tarballs], path.join(root, "packages", pkg), `packing @kommune-sm/${pkg}`);
  const packed = readdirSync(tarballs);
  const tarball = (name) => {
    const file = packed.find((candidate) => candidate.startsWith(`kommune-sm-${name}-`) && candidate.endsWith(".tgz"));
    if (!file) fail(`pnpm pack left no tarball for @kommune-sm/${name} in ${tarballs} (found: ${packed.join(", ") || "nothing"}).`);
    return `file:./tarballs/${file}`;
  };

  const project = path.join(work, "adapter-dorf-app");
  mkdirSync(project);
  for (const file of readdirSync(template)) {
    if (file.endsWith(".ts") || file === "README.md") copyFileSync(path.join(template, file), path.join(project, file));
  }
  const own = JSON.parse(readFileSync(path.join(template, "package.json"), "utf8"));
  const core = tarball("core").replace("./tarballs", "../tarballs");
  const network = tarball("network").replace("./tarballs", "../tarballs");
  const manifest = {
    name: "adapter-dorf-app",
    version: "0.0.0",
    private: true,
    type: "module",
    scripts: { test: "vitest run", typecheck: "tsc -p tsconfig.json" },
    // What the template's package.json names, with the workspace links replaced by the packed packages.
    dependencies: { ...own.dependencies, "@kommune-sm/core": core, "@kommune-sm/network": network },
    devDependencies: {
      ...own.devDependencies,
      vitest: installedVersion("vitest"),
      "fast-check": installedVersion("fast-check"),
      typescript: installedVersion("typescript"),
      "@types/node": `^${installedVersion("@types/node").split(".")[0]}`,
    },
    // @kommune-sm/network names @kommune-sm/core by version; it is not on the registry from here.
    overrides: { "@kommune-sm/core": core },
  };
  writeFileSync(path.join(project, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(
    path.join(project, "tsconfig.json"),
    `${JSON.stringify({ compilerOptions: { target: "ES2022", lib: ["ES2023", "DOM"], module: "nodenext", moduleResolution: "nodenext", strict: true, noEmit: true, skipLibCheck: false, types: ["node"] }, include: ["*.ts"] }, null, 2)}\n`,
  );

  console.log("installing with npm, as an integrator would");
  run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"], project, "npm install");
  console.log("type-checking against the packed .d.ts");
  run("npx", ["--no-install", "tsc", "-p", "tsconfig.json"], project, "the type check");
  console.log("running the template's tests and the conformance kit");
  run("npx", ["--no-install", "vitest", "run", "--root", project], project, "the template's tests");
  console.log(`\n✓ the adapter template passes outside the workspace against the packed packages (${((Date.now() - started) / 1000).toFixed(1)} s)`);
} catch (error) {
  if (!(error instanceof CheckFailed)) throw error;
  console.error(`\n✗ adapter template check failed: ${error.message}`);
  process.exitCode = 1;
} finally {
  if (keep) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
