import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isServerAddress, primaryLanguageSubtag } from "./index.js";

describe("isServerAddress", () => {
  it("takes https addresses and plain http on the loopback only", () => {
    for (const ok of ["https://social.bund.de", "https://bsky.social/", "https://pds.example.org:8443/base", "http://127.0.0.1:2583", "http://localhost:3000", "http://[::1]:80"]) expect(isServerAddress(ok), ok).toBe(true);
    for (const bad of ["http://social.bund.de", "social.bund.de", "", "ftp://x.example", "https://user:pw@bsky.social", "https://bsky.social?x=1", "https://bsky.social#f", "http://127.0.0.2", "javascript:alert(1)"]) expect(isServerAddress(bad), bad).toBe(false);
  });

  it("never takes an address that carries credentials, a query or a fragment, whatever else it holds (property)", () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.constantFrom("user:pw@", "", "u@"), (url, userinfo) => {
        const withUser = url.replace("://", `://${userinfo}`);
        const parsed = new URL(withUser);
        const accepted = isServerAddress(withUser);
        if (parsed.username || parsed.password || parsed.search || parsed.hash) expect(accepted).toBe(false);
        if (accepted) expect(parsed.protocol === "https:" || ["127.0.0.1", "localhost", "[::1]"].includes(parsed.hostname)).toBe(true);
      }),
    );
  });
});

describe("primaryLanguageSubtag", () => {
  it("gives the ISO 639 code of a BCP 47 tag, lower-cased, or nothing", () => {
    expect(primaryLanguageSubtag("de-DE")).toBe("de");
    expect(primaryLanguageSubtag("DE")).toBe("de");
    expect(primaryLanguageSubtag("gsw-CH")).toBe("gsw");
    expect(primaryLanguageSubtag("x-klingon")).toBeUndefined();
    expect(primaryLanguageSubtag("")).toBeUndefined();
    expect(primaryLanguageSubtag("deutsch")).toBeUndefined();
  });
});
