import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// On Node 24 with better-sqlite3 12, collecting a connection or statement
// that was not kept alive aborts the process (see native-lifetime.ts). One
// such connection in one test file aborted a CI run on Node 24. This keeps
// every `new Database(` of the repository's code, tests and benchmarks
// wrapped, so that none can slip back in.
const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

function sourceFiles(folder: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name === "dist" || entry.name.startsWith(".")) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...sourceFiles(path));
    else if (/\.(ts|mts|js|mjs)$/.test(entry.name)) found.push(path);
  }
  return found;
}

describe("native SQLite objects on Node 24", () => {
  it("every connection the repository opens is kept alive", () => {
    const unwrapped: string[] = [];
    for (const folder of ["packages", "bench", "tests", "examples"]) {
      let files: string[];
      try {
        files = sourceFiles(join(root, folder));
      } catch {
        continue;
      }
      for (const file of files) {
        readFileSync(file, "utf8")
          .split("\n")
          .forEach((line, index) => {
            if (!/new Database\(/.test(line) || /^\s*(\/\/|\*)/.test(line)) return;
            if (/(keepNativeObjectsAlive|keep)\(new Database\(/.test(line)) return;
            unwrapped.push(`${relative(root, file)}:${index + 1}`);
          });
      }
    }
    expect(unwrapped).toEqual([]);
  });
});
