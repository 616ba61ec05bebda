import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createSeededRandom, hashParts, toBase36 } from "./seeded-random.js";

describe("createSeededRandom", () => {
  it("repeats its sequence for the same seed and differs for another", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.integer()), (seed) => {
        const a = createSeededRandom(seed);
        const b = createSeededRandom(seed);
        const c = createSeededRandom(seed, "other");
        const first = Array.from({ length: 20 }, () => a.next());
        expect(Array.from({ length: 20 }, () => b.next())).toEqual(first);
        expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(first);
      }),
    );
  });

  it("stays within its ranges and spreads evenly", () => {
    const random = createSeededRandom("range");
    const buckets = new Array<number>(10).fill(0);
    let outside = 0;
    for (let index = 0; index < 10_000; index++) {
      const value = random.next();
      if (!(value >= 0 && value < 1)) outside++;
      else buckets[Math.floor(value * 10)]!++;
      const dice = random.integer(1, 6);
      if (!(dice >= 1 && dice <= 6 && Number.isInteger(dice))) outside++;
    }
    expect(outside).toBe(0);
    for (const count of buckets) expect(Math.abs(count - 1_000)).toBeLessThan(150);
    expect(() => random.pick([])).toThrow(RangeError);
  });

  it("pins the sequence, so that a change to the generator is noticed", () => {
    const random = createSeededRandom("kommune-sm");
    expect(Array.from({ length: 3 }, () => random.integer(0, 999))).toEqual([798, 496, 969]);
  });
});

describe("hashParts", () => {
  it("separates parts and types", () => {
    expect(hashParts("ab", "c")).not.toBe(hashParts("a", "bc"));
    expect(hashParts(1)).not.toBe(hashParts("1"));
    expect(toBase36(35, 3)).toBe("00z");
  });
});
