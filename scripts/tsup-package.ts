import { readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { defineConfig, type Options } from "tsup";

type Plugin = NonNullable<Options["esbuildPlugins"]>[number];

/**
 * tsup keeps `dependencies` and `peerDependencies` external and silently
 * bundles every other bare import. A module imported from src/ but missing
 * from package.json would thus ship inside dist (fast-check once added
 * ~370 KB to the testkit that way) and be a second copy next to the user's
 * own. This plugin turns that into a build error instead. It reads the
 * package.json of the package being built.
 */
function onlyDeclaredDependencies(packageDir: URL): Plugin {
  const manifest = JSON.parse(readFileSync(new URL("./package.json", packageDir), "utf8")) as Record<string, unknown>;
  const declared = new Set<string>();
  for (const field of ["dependencies", "peerDependencies", "optionalDependencies"]) {
    for (const name of Object.keys((manifest[field] as Record<string, string> | undefined) ?? {})) declared.add(name);
  }
  const builtins = new Set(builtinModules);
  return {
    name: "only-declared-dependencies",
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, (args) => {
        const [first = "", second = ""] = args.path.split("/");
        const name = first.startsWith("@") ? `${first}/${second}` : first;
        if (args.path.startsWith("node:") || builtins.has(name) || declared.has(name)) return undefined;
        return {
          errors: [
            {
              text: `"${args.path}" is imported but "${name}" is not in dependencies or peerDependencies of ${String(manifest.name)}; declare it (a test tool as an optional peer) instead of letting it be bundled.`,
            },
          ],
        };
      });
    },
  };
}

/**
 * The tsup configuration every package shares: dual ESM/CJS with types for
 * both. `entry` maps output names to sources; pass the package's
 * `import.meta.url` (of its tsup.config.ts) so its package.json is found.
 */
export function definePackageConfig(entry: Record<string, string>, configUrl: string) {
  return defineConfig({
  entry,
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "node20",
  // Shared code goes into chunks for CJS as well (tsup splits only ESM by
  // default): otherwise `require("@kommune-sm/core/testkit")` would carry its own
  // copy of TestClock, CoreError and the rest, and `instanceof` between the two
  // entry points would fail.
  splitting: true,
  // No `external` list: tsup keeps dependencies and peerDependencies (vitest and
  // fast-check, optional peers of the testkit) external by itself, and a name
  // listed here would slip past the check below even when it is undeclared.
  esbuildPlugins: [onlyDeclaredDependencies(new URL("./", configUrl))],
  });
}
