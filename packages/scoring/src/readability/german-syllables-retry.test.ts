import { describe, expect, it, vi } from "vitest";
import { KommuneError } from "@kommune-sm/core";

// The first read of the pattern file fails, later ones work.
let failures = 1;
vi.mock("node:fs/promises", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:fs/promises")>();
  return {
    ...actual,
    readFile: async (...args: Parameters<typeof actual.readFile>) => {
      if (failures > 0) {
        failures--;
        throw new Error("disk on fire");
      }
      return actual.readFile(...args);
    },
  };
});

const { loadGermanSyllables } = await import("./german-syllables.js");

describe("loadGermanSyllables when the pattern file cannot be read", () => {
  it("rejects with SCORING_SYLLABLES_UNAVAILABLE naming the cause, then loads on the next call", async () => {
    const failed = loadGermanSyllables();
    const again = loadGermanSyllables(); // asked while the first load runs: the same load
    await expect(failed).rejects.toThrow(/Could not load the German syllable patterns .*de-x-syllable\.wasm: disk on fire/);
    await expect(again).rejects.toSatisfy((error: unknown) => KommuneError.isInstance(error, "SCORING_SYLLABLES_UNAVAILABLE"));

    const syllables = await loadGermanSyllables();
    expect(syllables.count("Einwohnermeldeamt")).toBe(6);
    expect(await loadGermanSyllables()).toBe(syllables);
  });
});
