#!/usr/bin/env node
// `pnpm check:consumer`: loads the BUILT @kommune-sm/core through this
// fixture's node_modules (the workspace link), once from CommonJS and once
// from ESM, checks that both work and that an error made by one copy is
// recognised by the other (the duplicate-copies promise of KommuneError), then
// type-checks a .cts and an .mts consumer with moduleResolution node16 against
// the built .d.cts/.d.ts. Exits 1 with the failing check on any failure.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, lstatSync, realpathSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { checkBuild } from "./checks.mjs";

const fixtureDir = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

function fail(message) {
  console.error(`\n✗ consumer fixture failed: ${message}`);
  process.exit(1);
}

function ok(message) {
  console.log(`  ✓ ${message}`);
}

// --- preflight: the link and the build must exist, else every later message would mislead.
const link = path.join(fixtureDir, "node_modules", "@kommune-sm", "core");
if (!existsSync(link) || !lstatSync(link).isSymbolicLink()) {
  fail(`${path.relative(process.cwd(), link)} is not a workspace link. Run \`pnpm install\` at the workspace root.`);
}
const coreDir = realpathSync(link);
for (const file of ["dist/index.js", "dist/index.cjs", "dist/index.d.ts", "dist/index.d.cts", "dist/testkit/index.js", "dist/testkit/index.cjs"]) {
  if (!existsSync(path.join(coreDir, file))) fail(`${path.join(coreDir, file)} is missing. Run \`pnpm build\` first.`);
}

// --- each module system on its own.
let cjs;
let esm;
try {
  cjs = require("./consumer.cjs");
} catch (error) {
  fail(`require("@kommune-sm/core") from CommonJS threw:\n${error?.stack ?? error}`);
}
try {
  esm = await import("./consumer.mjs");
} catch (error) {
  fail(`import "@kommune-sm/core" from ESM threw:\n${error?.stack ?? error}`);
}
for (const [loaded, extension] of [
  [cjs, ".cjs"],
  [esm, ".js"],
]) {
  console.log(`${loaded.system} consumer`);
  try {
    for (const name of await checkBuild(loaded, { coreDir, extension })) ok(name);
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
}

// --- across the two copies.
console.log("CommonJS and ESM copies in one process");
function crossCheck(name, body) {
  try {
    body();
  } catch (error) {
    fail(`${name}\n${error instanceof Error ? error.message : String(error)}`);
  }
  ok(name);
}
crossCheck("the CommonJS and the ESM build are two copies (else the checks below prove nothing)", () => {
  assert.notEqual(cjs.core.KommuneError, esm.core.KommuneError);
});
for (const [from, to] of [
  [cjs, esm],
  [esm, cjs],
]) {
  crossCheck(`an error created by the ${from.system} build is recognised by the ${to.system} build's isInstance`, () => {
    const error = new from.core.CoreError("CORE_CONFLICT", "Revision 3 was changed by someone else.");
    assert.equal(error instanceof to.core.KommuneError, false, "instanceof unexpectedly works across copies");
    assert.equal(to.core.KommuneError.isInstance(error), true);
    assert.equal(to.core.KommuneError.isInstance(error, "CORE_CONFLICT"), true);
    assert.equal(to.core.KommuneError.isInstance(error, "CORE_NOT_FOUND"), false);
  });
  crossCheck(`a ValidationError thrown by the ${from.system} build is recognised by the ${to.system} build's isValidationError`, () => {
    const result = from.core.safeValidate(from.z.object({ ags: from.z.string() }), {});
    assert.equal(result.success, false);
    assert.equal(to.core.isValidationError(result.error), true);
  });
}

// --- types, as a user's tsc with Node's resolution sees them.
console.log("TypeScript consumers (moduleResolution node16)");
const tsc = require.resolve("typescript/bin/tsc");
const typecheck = spawnSync(process.execPath, [tsc, "-p", fixtureDir, "--listFiles"], { encoding: "utf8" });
const output = `${typecheck.stdout}${typecheck.stderr}`;
if (typecheck.status !== 0) {
  const errors = output.split("\n").filter((line) => !line.startsWith("/")).join("\n");
  fail(`tsc found type errors in the consumers of the built types:\n${errors}`);
}
const files = output.split("\n").map((line) => line.trim()).filter(Boolean);
const expectedTypes = {
  "typecheck.cts (require)": ["dist/index.d.cts", "dist/testkit/index.d.cts"],
  "typecheck.mts (import)": ["dist/index.d.ts", "dist/testkit/index.d.ts"],
};
for (const [consumer, typeFiles] of Object.entries(expectedTypes)) {
  for (const typeFile of typeFiles) {
    if (!files.includes(path.join(coreDir, typeFile))) fail(`${consumer} did not resolve to the built ${typeFile}; tsc read:\n${files.join("\n")}`);
  }
  ok(`${consumer} type-checks against the built ${typeFiles.join(" and ")}`);
}
const sources = files.filter((file) => file.startsWith(path.join(coreDir, "src") + path.sep));
if (sources.length > 0) fail(`tsc read core's sources instead of only its build:\n${sources.join("\n")}`);
ok("no source file of core was read, only its build");

console.log("\nconsumer fixture: all checks passed");
