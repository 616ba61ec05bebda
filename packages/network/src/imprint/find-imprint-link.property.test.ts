// Profiles come from the network: whatever they hold, the check answers, keeps
// only normalised addresses, and finds the imprint wherever it is spelt.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findImprintLink, MAX_PROFILE_LINKS } from "./find-imprint-link.js";
import { MAX_URL_LENGTH, normaliseUrl } from "./normalise-url.js";

const IMPRINT = "https://www.musterstadt.example/impressum";
const hostileText = fc.oneof(fc.string({ unit: "binary", maxLength: 300 }), fc.string({ unit: "grapheme", maxLength: 300 }), fc.webUrl({ withFragments: true, withQueryParameters: true }));
const hostileLink = fc.oneof(hostileText, fc.constantFrom("javascript:alert(1)", "data:,x", "mailto:a@b.c", `${IMPRINT}\u0000`), fc.anything());
const spellings = fc.constantFrom(
  IMPRINT,
  "http://www.musterstadt.example/impressum",
  "HTTPS://WWW.MUSTERSTADT.EXAMPLE:443/impressum/",
  "https://www.musterstadt.example/impressum?utm_source=bio#top",
  "https://www.musterstadt.example/%69mpressum",
);

describe("findImprintLink (properties)", () => {
  it("answers anything without throwing", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(["ok", "missing", "wrong", "unreadable"]).toContain(findImprintLink(value, [IMPRINT]).status);
      }),
      { numRuns: 500 },
    );
  });

  it("keeps only normalised, bounded addresses of hostile profiles", () => {
    fc.assert(
      fc.property(fc.option(hostileText, { nil: undefined }), fc.array(hostileLink, { maxLength: 8 }), (bio, links) => {
        const result = findImprintLink({ handle: "@m", bio, links }, [IMPRINT]);
        if (result.status === "ok" || result.status === "wrong") {
          expect(normaliseUrl(result.link)).toBe(result.link);
          expect(result.link.length).toBeLessThanOrEqual(MAX_URL_LENGTH);
        }
        if (result.status === "ok") expect(result.link).toBe(IMPRINT);
        if (result.status === "wrong") expect(result.expected).toEqual([IMPRINT]);
      }),
      { numRuns: 1_000 },
    );
  });

  it("finds the imprint however it is spelt, among the links or in the bio", () => {
    fc.assert(
      fc.property(fc.array(hostileLink, { maxLength: MAX_PROFILE_LINKS - 1 }), fc.nat(), spellings, (links, at, spelling) => {
        const withImprint = [...links];
        withImprint.splice(at % (links.length + 1), 0, spelling);
        expect(findImprintLink({ handle: "@m", links: withImprint }, [IMPRINT])).toEqual({ status: "ok", link: IMPRINT });
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(hostileText, hostileText, fc.boolean(), spellings, (before, after, labelled, spelling) => {
        const bio = `${before} ${labelled ? "Impressum: " : ""}${spelling} ${after}`;
        expect(findImprintLink({ handle: "@m", bio, links: [] }, [IMPRINT])).toEqual({ status: "ok", link: IMPRINT });
      }),
      { numRuns: 500 },
    );
  });
});
