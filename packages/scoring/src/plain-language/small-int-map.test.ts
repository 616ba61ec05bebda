import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SmallIntMap } from "./small-int-map.js";

const key = fc.oneof(fc.integer({ min: 0, max: 2 ** 30 - 1 }), fc.integer({ min: 0, max: 600 }));

describe("SmallIntMap (property: answers as a Map does)", () => {
  it("finds every key it was built with and no other", () => {
    fc.assert(
      fc.property(fc.uniqueArray(key, { maxLength: 400 }), fc.array(fc.oneof(key, fc.integer({ min: -5, max: -1 })), { maxLength: 100 }), (keys, asked) => {
        const entries = new Map(keys.map((k, index) => [k, `value ${index}`]));
        const map = new SmallIntMap(entries);
        for (const k of [...keys, ...asked]) expect(map.get(k)).toBe(entries.get(k));
      }),
    );
  });

  it("refuses a key it cannot hold, naming it", () => {
    expect(() => new SmallIntMap(new Map([[2 ** 30, "x"]]))).toThrow(/key 1073741824/);
    expect(() => new SmallIntMap(new Map([[-1, "x"]]))).toThrow(/key -1/);
  });
});
