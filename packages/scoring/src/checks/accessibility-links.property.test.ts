import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryText, TRICKY_PIECES } from "../test-support/arbitrary-text.js";
import { linksGenerally, linksIn } from "./accessibility-links.js";

// linksIn reads links that are ASCII up to the next space with ASCII
// patterns tried where a link can begin, the rest with findUrls and the
// Unicode pattern for "www." addresses. Both must find the same links.
const PIECES = [
  "https://www.musterstadt.de/abfall/sperrmuell", "http://x.de", "HTTPS://X.DE", "HtTpS://x.de", "httpſ://x.de", "https://", "https://x", "https://x.d", "https://1.2.3.4:80/a",
  "https://x.de/a_(b)", ").", "]", "(", "…", "!", "?", ",", ";", ":", ".", "/", "@", "#", "$", "_", "-", "a", "ä", "Ω", "1", "\u0301", "\u00A0", "\u2009", "\t", "\n", " ",
  "www.", "www.x.de", "wwww.x.de", "WWW.X.DE", "www.münchen.de", "https://münchen.de", "https://x.de/ä", "“", "„", "«", "<", "'", "\"", "\u0001", "🎉", "\uD835\uDC00", "\uD800",
];
const text = fc.oneof(arbitraryText, fc.array(fc.constantFrom(...PIECES, ...TRICKY_PIECES), { maxLength: 24 }).map((pieces) => pieces.join("")));

describe("linksIn", () => {
  it("finds the links that findUrls and the www. pattern find, in any text", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(linksIn(t)).toEqual(linksGenerally(t));
      }),
      { numRuns: 20_000 },
    );
  }, 60_000);

  it("finds links with a scheme and www. addresses, without the punctuation after them", () => {
    expect(linksIn("Alle Termine: https://www.musterstadt.de/abfall. Oder www.musterstadt.de/kita!")).toEqual([
      { url: "https://www.musterstadt.de/abfall", start: 14, end: 47 },
      { url: "www.musterstadt.de/kita", start: 54, end: 77 },
    ]);
  });

  it("rests on the case folding of the letters of a scheme: only ſ folds into one from beyond ASCII", () => {
    const folding: string[] = [];
    const patterns = ["h", "t", "p", "s"].map((letter) => new RegExp(`^${letter}$`, "iu"));
    for (let code = 0x80; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const character = String.fromCodePoint(code);
      if (patterns.some((pattern) => pattern.test(character))) folding.push(character);
    }
    expect(folding).toEqual(["ſ"]);
  }, 60_000);
});
