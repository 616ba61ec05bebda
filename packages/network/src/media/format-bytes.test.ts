import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatBytes } from "./format-bytes.js";

describe("formatBytes", () => {
  it.each([
    [0, "de", "up", "0 Bytes"],
    [999, "en", "up", "999 bytes"],
    [1000, "de", "down", "1 kB"],
    [1_200_000, "de", "up", "1,2 MB"],
    [1_200_001, "de", "up", "1,3 MB"],
    [1_299_999, "en", "down", "1.2 MB"],
    [16 * 1024 * 1024, "de", "down", "16,7 MB"],
    [16 * 1024 * 1024, "en", "up", "16.8 MB"],
    [2_500_000_000, "en", "up", "2.5 GB"],
    [999_999, "de", "up", "1 MB"],
    [999_999, "de", "down", "999,9 kB"],
  ] as const)("%d bytes in %s, rounded %s, reads %s", (bytes, locale, round, text) => {
    expect(formatBytes(bytes, locale, round)).toBe(text);
  });

  it("never shows a size over a limit as the same text as the limit", () => {
    fc.assert(
      fc.property(fc.nat({ max: 5e9 }), fc.integer({ min: 1, max: 5e9 }), (limit, over) => {
        const size = limit + over;
        expect(formatBytes(size, "de", "up")).not.toBe(formatBytes(limit, "de", "down"));
      }),
    );
  });
});
