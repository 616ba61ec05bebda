import { afterEach, describe, expect, it, vi } from "vitest";
import { runDemo } from "./main.js";

describe("the Musterstadt demo", () => {
  afterEach(() => vi.restoreAllMocks());

  it("tells the whole story: approval by another person, a refused self-approval, a quiet-period override, a caught manipulation", async () => {
    const lines: string[] = [];
    vi.spyOn(console, "log").mockImplementation((line: unknown) => void lines.push(String(line)));
    const { ksm, tamperedCaught } = await runDemo();
    const output = lines.join("\n");
    expect(tamperedCaught).toBe(true);
    expect(output).toMatch(/abgelehnt \[four-eyes\]/);
    expect(output).toMatch(/abgelehnt \[quiet-period\]/);
    expect(output).toMatch(/abgelehnt \[override-not-allowed\]/);
    expect(output).toMatch(/Hash-Kette geprüft: alle 11 Einträge unverändert/);
    expect((await ksm.store.posts.list()).map((p) => p.state).sort()).toEqual(["approved", "scheduled", "scheduled"]);
    await ksm.dispose();
  });
});
