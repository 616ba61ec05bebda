import { describe, expect, it } from "vitest";
import { MAX_URL_LENGTH, normaliseUrl, sameUrl } from "./normalise-url.js";
import { isTrackingParameter } from "./tracking-parameters.js";

describe("normaliseUrl", () => {
  it("compares http and https alike, with the host's case and default ports dropped", () => {
    const canonical = "https://www.musterstadt.de/impressum";
    for (const spelling of [
      "https://www.musterstadt.de/impressum",
      "http://www.musterstadt.de/impressum",
      "HTTPS://WWW.MUSTERSTADT.DE/impressum",
      "https://www.musterstadt.de:443/impressum",
      "http://www.musterstadt.de:80/impressum",
      "https://www.musterstadt.de/impressum/",
      "https://www.musterstadt.de/impressum#kontakt",
      "https://www.musterstadt.de/rathaus/../impressum",
      "  https://www.musterstadt.de/impressum  ",
    ]) {
      expect(normaliseUrl(spelling), spelling).toBe(canonical);
    }
  });

  it("writes international hosts in punycode, as browsers do", () => {
    expect(normaliseUrl("https://www.München.de/Impressum")).toBe("https://www.xn--mnchen-3ya.de/Impressum");
    expect(normaliseUrl("https://www.xn--mnchen-3ya.de/Impressum")).toBe("https://www.xn--mnchen-3ya.de/Impressum");
    // Full-width letters and dots, as some keyboards type them.
    expect(normaliseUrl("https://ｍｕｓｔｅｒｓｔａｄｔ．ｄｅ/impressum")).toBe("https://musterstadt.de/impressum");
  });

  it("keeps www. and the path's case: another host or path is another page", () => {
    expect(normaliseUrl("https://musterstadt.de/impressum")).not.toBe(normaliseUrl("https://www.musterstadt.de/impressum"));
    expect(normaliseUrl("https://www.musterstadt.de/Impressum")).not.toBe(normaliseUrl("https://www.musterstadt.de/impressum"));
    expect(normaliseUrl("https://www.musterstadt.de:8443/impressum")).toBe("https://www.musterstadt.de:8443/impressum");
  });

  it("drops tracking parameters and sorts the others", () => {
    expect(normaliseUrl("https://musterstadt.de/impressum?utm_source=instagram&utm_medium=bio&fbclid=IwAR0x&lang=de&a=2&a=1&IGSHID=abc")).toBe(
      "https://musterstadt.de/impressum?a=1&a=2&lang=de",
    );
    expect(normaliseUrl("https://musterstadt.de/impressum?")).toBe("https://musterstadt.de/impressum");
    expect(normaliseUrl("https://musterstadt.de/impressum?gclid=1")).toBe("https://musterstadt.de/impressum");
    expect(isTrackingParameter("utm_anything")).toBe(true);
    expect(isTrackingParameter("mc_eid")).toBe(true);
    expect(isTrackingParameter("id")).toBe(false);
  });

  it("writes percent-escapes one way", () => {
    expect(normaliseUrl("https://musterstadt.de/%7eamt/b%c3%bcrger")).toBe("https://musterstadt.de/~amt/b%C3%BCrger");
    expect(normaliseUrl("https://musterstadt.de/~amt/bürger")).toBe("https://musterstadt.de/~amt/b%C3%BCrger");
    // An escaped slash is not a slash.
    expect(normaliseUrl("https://musterstadt.de/a%2fb")).toBe("https://musterstadt.de/a%2Fb");
  });

  it("gives no form for anything but an http(s) address", () => {
    for (const value of [
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      "java\tscript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "mailto:rathaus@musterstadt.de",
      "ftp://musterstadt.de/impressum",
      "sandbox://musterstadt/profiles/@musterstadt",
      "www.musterstadt.de/impressum",
      "/impressum",
      "https://",
      "",
      "https://www.musterstadt.de@evil.example/impressum",
      "https://user:secret@musterstadt.de/impressum",
      `https://musterstadt.de/${"a".repeat(MAX_URL_LENGTH)}`,
      42,
      null,
      undefined,
      { href: "https://musterstadt.de/impressum" },
    ]) {
      expect(normaliseUrl(value), String(value)).toBeUndefined();
    }
  });

  it("says whether two addresses are the same page", () => {
    expect(sameUrl("http://musterstadt.de/impressum/", "https://musterstadt.de/impressum")).toBe(true);
    expect(sameUrl("https://musterstadt.de/impressum", "https://musterstadt.example/impressum")).toBe(false);
    expect(sameUrl("javascript:x", "javascript:x")).toBe(false);
  });
});
