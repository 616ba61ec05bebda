import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatInstant } from "./format-instant.js";

const builtIn = (ms: number): string => {
  try {
    return new Date(ms).toISOString();
  } catch (error) {
    return `threw ${(error as Error).name}`;
  }
};
const ours = (ms: number): string => {
  try {
    return formatInstant(ms);
  } catch (error) {
    return `threw ${(error as Error).name}`;
  }
};

describe("formatInstant", () => {
  it("writes what toISOString writes, for any number (property)", () => {
    const near = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) });
    const any = fc.oneof(
      { weight: 6, arbitrary: near },
      // Runs of instants close together, as an engine writes them: the remembered day must move on.
      { weight: 3, arbitrary: fc.tuple(near, fc.integer({ min: -2 * 86_400_000, max: 2 * 86_400_000 })).map(([base, step]) => base + step) },
      { weight: 2, arbitrary: fc.integer({ min: -8_640_000_000_000_000, max: 8_640_000_000_000_000 }) },
      { weight: 1, arbitrary: fc.double() },
      { weight: 1, arbitrary: fc.constantFrom(0, -0, -1, 1.5, -0.5, 8.64e15, -8.64e15, 8.64e15 + 1, -62_167_219_200_000, -62_167_219_200_001, 253_402_300_799_999, 253_402_300_800_000) },
    );
    fc.assert(
      fc.property(fc.array(any, { minLength: 1, maxLength: 20 }), (instants) => {
        for (const ms of instants) expect(ours(ms)).toBe(builtIn(ms));
      }),
      { numRuns: 2000 },
    );
  });

  it("crosses midnight and the turn of the year", () => {
    const midnight = Date.UTC(2026, 11, 31, 23, 59, 59, 999);
    expect([formatInstant(midnight), formatInstant(midnight + 1), formatInstant(midnight)]).toEqual([
      "2026-12-31T23:59:59.999Z",
      "2027-01-01T00:00:00.000Z",
      "2026-12-31T23:59:59.999Z",
    ]);
  });
});
