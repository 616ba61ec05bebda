import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// A package that owns a core registry declares its full item type, as
// reporting will for `renderers`. Declared in a test of this repository, such a
// declaration would change `renderers` for every package compiled with it, so
// the plugin is compiled on its own here, against core's sources, as a
// third-party package would be.

const coreIndex = fileURLToPath(new URL("../index.ts", import.meta.url));
const typeRoots = [path.resolve(fileURLToPath(new URL("../../../../node_modules/@types", import.meta.url)))];

const plugin = (core: string) => `
import { createKommune, definePlugin, type RendererRegistration, type Registry } from ${JSON.stringify(core)};

interface FullRenderer extends RendererRegistration {
  readonly render: (text: string) => number;
}

declare module ${JSON.stringify(core)} {
  interface RegistryCatalogue {
    renderers: FullRenderer;
  }
}

export const reporting = definePlugin({
  name: "reporting",
  version: "1.0.0",
  setup(ctx) {
    ctx.registries.renderers.register({ id: "length", mediaType: "text/plain", render: (text) => text.length });
    const byProperty: Registry<FullRenderer> = ctx.registries.renderers;
    const byName: Registry<FullRenderer> = ctx.registries.get("renderers");
    const sizes: number[] = byName.list().map((renderer) => renderer.render("Sperrmüll"));
    void [byProperty, sizes];
    // @ts-expect-error a renderer that cannot render is no renderer of this package's any more
    ctx.registries.renderers.register({ id: "half", mediaType: "text/plain" });
  },
});

const ksm = await createKommune({ organisation: {} as never, plugins: [reporting] });
export const lengths: number | undefined = ksm.registries.renderers.get("length")?.render("Sperrmüll");
`;

describe("RegistryCatalogue, declared by a plugin package", () => {
  it("makes ctx.registries.renderers and get(\"renderers\") return the package's full type", { timeout: 120_000 }, async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "ksm-registry-catalogue-"));
    try {
      const file = path.join(dir, "reporting-plugin.ts");
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
