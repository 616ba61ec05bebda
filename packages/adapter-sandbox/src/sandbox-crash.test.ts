import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const fixture = fileURLToPath(new URL("./crash-child.fixture.ts", import.meta.url));

describe("crash points with the default onCrash", () => {
  for (const point of ["before-accept", "after-accept"] as const) {
    it(`${point}: the process dies by SIGKILL and nothing after the crash point runs`, () => {
      // tsx reads the workspace tsconfig, whose paths lead @kommune-sm/* to the sources.
      const child = spawnSync(process.execPath, ["--import", "tsx", fixture, point], { cwd: root, encoding: "utf8", timeout: 60_000 });
      expect(child.stderr).not.toMatch(/Error/);
      expect(child.signal).toBe("SIGKILL");
      expect(child.stdout).toContain(`calling publish (${point})`);
      expect(child.stdout).not.toContain("publish returned");
      expect(child.stdout).not.toContain("survived");
    });
  }
});
