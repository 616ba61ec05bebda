import { findUrls } from "@kommune-sm/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryText } from "../test-support/arbitrary-text.js";
import { SIGNED_PATTERNS, URL_SIGN } from "./accessibility-check.js";

// The accessibility check runs each pattern only on texts with its sign
// ("#", "www.", "://", a pseudo letter's code unit). Where the sign is
// missing, the pattern must find nothing: then leaving it out changes no finding.
const PIECES = ["#", "#Musterstadt", "#stadtfestmusterstadt", "&#", "/#a", "www.", "www.musterstadt.de/kita", "WWW.X.DE", "ww.w.", "://", "https://x.de", "HTTPS://X.DE", "http:/x.de", "https:", "𝗪𝗶𝗰𝗵𝘁𝗶𝗴", "Ｗｉｃｈｔｉｇ", "Ⓦⓘ", "𝐀", "\uD835", "a", "Wahl", " ", ".", "/", "@"];
const text = fc.oneof(arbitraryText, fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((pieces) => pieces.join("")));
const withoutSign = (sign: (text: string) => boolean) => text.filter((t) => !sign(t));

describe("the accessibility check's signs", () => {
  it("are in every text its patterns find anything in", () => {
    for (const { pattern, sign } of SIGNED_PATTERNS) {
      fc.assert(
        fc.property(withoutSign(sign), (t) => {
          expect([...t.matchAll(pattern)]).toEqual([]);
        }),
        { numRuns: 3_000 },
      );
    }
    expect(SIGNED_PATTERNS).toHaveLength(3);
  }, 60_000);

  it("include the scheme of every link core finds", () => {
    fc.assert(
      fc.property(withoutSign(URL_SIGN), (t) => {
        expect(findUrls(t)).toEqual([]);
      }),
      { numRuns: 5_000 },
    );
  }, 60_000);

  it("are found where the patterns find something", () => {
    for (const { pattern, sign } of SIGNED_PATTERNS) {
      const hits = ["#stadtfestmusterstadt", "www.musterstadt.de/kita", "𝗪𝗶𝗰𝗵𝘁𝗶𝗴 Ｗｉｃｈｔｉｇ"].filter((t) => [...t.matchAll(pattern)].length > 0);
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.every(sign)).toBe(true);
    }
  });
});
