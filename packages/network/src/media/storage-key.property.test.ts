// The key rule as properties: whatever a hostile key is made of, a key the
// rule takes never leaves the folder it is resolved in, under POSIX or
// Windows path rules, also after decoding it as a URL once more; and every
// key made of plain names is taken and means that path.
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isSafeStorageKey, storageKeySegments } from "./storage-key.js";

const pieces = ["..", ".", "/", "\\", "%2e", "%2E", "%2f", "%2F", "%5c", "%00", "%", "\u0000", "\n", "C:", ":", "~", "a", "b.png", "ü", " ", ".. ", "．．", "\u2025", "//", "nul", "con.txt", "x"];
const hostile = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 12 }).map((parts) => parts.join(""));
const anyKey = fc.oneof(hostile, fc.string({ unit: "binary", maxLength: 40 }));

function inside(api: typeof path.posix | typeof path.win32, root: string, key: string): boolean {
  const resolved = api.resolve(root, key);
  return resolved.startsWith(root.endsWith(api.sep) ? root : `${root}${api.sep}`) && resolved !== root;
}

function decodedOnce(key: string): string {
  try {
    return decodeURIComponent(key);
  } catch {
    return key;
  }
}

describe("storage keys (properties)", () => {
  it("a key that is taken never leads outside the root, on POSIX or Windows, decoded or not", () => {
    fc.assert(
      fc.property(anyKey, (key) => {
        if (!isSafeStorageKey(key)) return;
        expect(inside(path.posix, "/srv/media", key)).toBe(true);
        expect(inside(path.win32, "C:\\srv\\media", key)).toBe(true);
        expect(inside(path.posix, "/srv/media", decodedOnce(key))).toBe(true);
        expect(inside(path.win32, "C:\\srv\\media", decodedOnce(key))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("a key that would climb out is always refused", () => {
    fc.assert(
      fc.property(anyKey, (key) => {
        const escapes = !inside(path.posix, "/srv/media", key) || !inside(path.win32, "C:\\srv\\media", key) || !inside(path.posix, "/srv/media", decodedOnce(key));
        if (escapes) expect(isSafeStorageKey(key)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  // Names of letters (umlauts too), digits, spaces inside, "-", "_" and dots that are not all of the name.
  const name = fc.stringMatching(/^[A-Za-z0-9äöüÄÖÜß_-][A-Za-z0-9äöüÄÖÜß _.-]{0,20}$/).filter((segment) => !/^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i.test(segment));
  const fineKey = fc.array(name, { minLength: 1, maxLength: 5 }).map((segments) => segments.join("/"));

  it("a key of plain names is always taken and means that path below the root", () => {
    fc.assert(
      fc.property(fineKey, (key) => {
        expect(isSafeStorageKey(key)).toBe(true);
        expect(path.posix.join("/srv/media", ...storageKeySegments(key))).toBe(`/srv/media/${key}`);
      }),
      { numRuns: 500 },
    );
  });
});
