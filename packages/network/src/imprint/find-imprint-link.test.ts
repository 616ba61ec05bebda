import type { ProfileV1 } from "../spec/index.js";
import { describe, expect, it } from "vitest";
import { findImprintLink, MAX_PROFILE_LINKS } from "./find-imprint-link.js";

const IMPRINT = "https://www.musterstadt.example/impressum";
const profile = (fields: Partial<ProfileV1>): ProfileV1 => ({ handle: "@musterstadt", links: [], ...fields });

describe("findImprintLink", () => {
  it("is ok when a profile link leads to the imprint, however it is spelt", () => {
    expect(findImprintLink(profile({ links: ["http://WWW.musterstadt.example/impressum/?utm_source=mastodon"] }), [IMPRINT])).toEqual({
      status: "ok",
      link: "https://www.musterstadt.example/impressum",
    });
  });

  it("is ok when the bio has the imprint's address, labelled or not", () => {
    expect(findImprintLink(profile({ bio: `Impressum: ${IMPRINT}` }), [IMPRINT]).status).toBe("ok");
    expect(findImprintLink(profile({ bio: `Mehr unter ${IMPRINT}` }), [IMPRINT]).status).toBe("ok");
  });

  it("takes the channel's own imprint as well as the organisation's", () => {
    const own = "https://www.musterstadt.example/stadtwerke/impressum";
    expect(findImprintLink(profile({ links: [own] }), [IMPRINT, own])).toEqual({ status: "ok", link: own });
    expect(findImprintLink(profile({ links: [IMPRINT] }), [IMPRINT, own])).toEqual({ status: "ok", link: IMPRINT });
    expect(findImprintLink(profile({ links: [own] }), [IMPRINT]).status).toBe("wrong");
  });

  it("is wrong when a link labelled as the imprint leads elsewhere", () => {
    expect(findImprintLink(profile({ bio: "Impressum: https://www.alte-seite.example/kontakt#impressum" }), [IMPRINT, IMPRINT])).toEqual({
      status: "wrong",
      link: "https://www.alte-seite.example/kontakt",
      expected: [IMPRINT],
    });
    // www. matters: another host is another site.
    expect(findImprintLink(profile({ bio: "Impressum: https://musterstadt.example/impressum" }), [IMPRINT])).toMatchObject({ status: "wrong" });
  });

  it("is wrong when a link's own address names an imprint that is not the expected one", () => {
    expect(findImprintLink(profile({ links: ["https://www.musterstadt.example/", "https://www.verein.example/Impressum.html"] }), [IMPRINT])).toEqual({
      status: "wrong",
      link: "https://www.verein.example/Impressum.html",
      expected: [IMPRINT],
    });
  });

  it("is ok rather than wrong when the right link is there besides a wrong one", () => {
    expect(findImprintLink(profile({ bio: "Impressum: https://www.alte-seite.example/impressum", links: [IMPRINT] }), [IMPRINT]).status).toBe("ok");
  });

  it("is missing when no link leads to or is marked as the imprint", () => {
    expect(findImprintLink(profile({ bio: "Offizielles Konto der Stadt Musterstadt.", links: ["https://www.musterstadt.example/"] }), [IMPRINT])).toEqual({ status: "missing" });
    expect(findImprintLink(profile({ bio: "Impressum: siehe Website" }), [IMPRINT])).toEqual({ status: "missing" });
  });

  it("never matches a link that is not an http(s) address", () => {
    for (const link of [`javascript:location='${IMPRINT}'`, `data:text/html,${IMPRINT}`, "mailto:rathaus@musterstadt.example", 42, null, { href: IMPRINT }]) {
      expect(findImprintLink({ handle: "@m", links: [link] }, [IMPRINT])).toEqual({ status: "missing" });
    }
    expect(findImprintLink(profile({ bio: "Impressum: javascript:alert(1)" }), [IMPRINT])).toEqual({ status: "missing" });
  });

  it("says the profile is unreadable when the answer is not a profile", () => {
    for (const answer of [undefined, null, "profile", 42, {}, { links: "https://x" }, { links: [], bio: 42 }]) {
      expect(findImprintLink(answer, [IMPRINT])).toEqual({ status: "unreadable", reason: "malformed-profile" });
    }
    const hostile = new Proxy({}, { get: () => { throw new Error("boom"); } });
    expect(findImprintLink(hostile, [IMPRINT])).toEqual({ status: "unreadable", reason: "malformed-profile" });
    const throwingLinks = { handle: "@m", links: new Proxy([IMPRINT], { get: (target, key) => (key === "length" ? 1 : (() => { throw new Error("boom"); })()) }) };
    expect(findImprintLink(throwingLinks, [IMPRINT])).toEqual({ status: "unreadable", reason: "malformed-profile" });
  });

  it("looks at a bounded number of links however many there are", () => {
    const links = Object.assign([], { length: 2 ** 32 - 1 }) as string[];
    links[0] = "https://www.musterstadt.example/";
    expect(findImprintLink({ handle: "@m", links }, [IMPRINT])).toEqual({ status: "missing" });
    const late = [...Array.from({ length: MAX_PROFILE_LINKS }, (_, i) => `https://example.org/${i}`), IMPRINT];
    expect(findImprintLink({ handle: "@m", links: late }, [IMPRINT])).toEqual({ status: "missing" });
  });
});
