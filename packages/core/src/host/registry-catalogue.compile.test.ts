import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// A package that owns a core registry declares its full item type, as
// scoring will for `checks`. Declared in a test of this repository, such a
// declaration would change `checks` for every package compiled with it, so
// the plugin is compiled on its own here, against core's sources, as a
// third-party package would be.

const coreIndex = fileURLToPath(new URL("../index.ts", import.meta.url));
const typeRoots = [path.resolve(fileURLToPath(new URL("../../../../node_modules/@types", import.meta.url)))];

const plugin = (core: string) => `
import { createKommune, definePlugin, type CheckRegistration, type Registry } from ${JSON.stringify(core)};

interface FullCheck extends CheckRegistration {
  readonly run: (text: string) => number;
}

declare module ${JSON.stringify(core)} {
  interface RegistryCatalogue {
    checks: FullCheck;
  }
}

export const scoring = definePlugin({
  name: "scoring",
  version: "1.0.0",
  setup(ctx) {
    ctx.registries.checks.register({ id: "length", target: "post", run: (text) => text.length });
    const byProperty: Registry<FullCheck> = ctx.registries.checks;
    const byName: Registry<FullCheck> = ctx.registries.get("checks");
    const scores: number[] = byName.list().map((check) => check.run("Sperrmüll"));
    void [byProperty, scores];
    // @ts-expect-error a check that cannot run is no check of this package's any more
    ctx.registries.checks.register({ id: "half", target: "post" });
  },
});

const ksm = await createKommune({ organisation: {} as never, plugins: [scoring] });
export const lengths: number | undefined = ksm.registries.checks.get("length")?.run("Sperrmüll");
`;

describe("RegistryCatalogue, declared by a plugin package", () => {
  it("makes ctx.registries.checks and get(\"checks\") return the package's full type", { timeout: 120_000 }, async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "ksm-registry-catalogue-"));
    try {
      const file = path.join(dir, "scoring-plugin.ts");
      await writeFile(file, plugin(coreIndex.replace(/\.ts$/, ".js")));
      const program = ts.createProgram([file], {
        strict: true,
        noUncheckedIndexedAccess: true,
        noEmit: true,
        skipLibCheck: true,
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.ESNext,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        lib: ["lib.es2023.d.ts"],
        types: ["node"],
        typeRoots,
      });
      const problems = ts
        .getPreEmitDiagnostics(program)
        .filter((diagnostic) => diagnostic.file?.fileName === file)
        .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
      expect(problems).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
