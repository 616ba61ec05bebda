import { KommuneError } from "@kommune-sm/core";
import { describe, expect, it } from "vitest";
import { MAX_MEDIA_URL_LIFETIME_MS, signMediaUrl } from "./sign-media-url.js";
import { verifyMediaUrl } from "./verify-media-url.js";

const signingKey = "k".repeat(32);
const publicBaseUrl = "https://medien.musterstadt.example/m/";
const now = Date.parse("2027-03-14T09:00:00.000Z");

function refusal(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    if (KommuneError.isInstance(error)) return `${error.code}: ${error.message}`;
    throw error;
  }
  throw new Error("did not throw");
}

describe("signMediaUrl", () => {
  it("puts the key below the base, with the expiry in Unix seconds and an HMAC signature", () => {
    const signed = signMediaUrl("2027/03/Stadtfest Übersicht.jpg", { publicBaseUrl, signingKey, now, expiresInMs: 15 * 60_000 });
    expect(signed.expiresAt).toBe("2027-03-14T09:15:00.000Z");
    const url = new URL(signed.url);
    expect(url.origin + url.pathname).toBe("https://medien.musterstadt.example/m/2027/03/Stadtfest%20%C3%9Cbersicht.jpg");
    expect(url.searchParams.get("expires")).toBe(String(Date.parse("2027-03-14T09:15:00.000Z") / 1000));
    expect(url.searchParams.get("signature")).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it("rounds the expiry up to a whole second, so the URL works at least as long as asked", () => {
    const signed = signMediaUrl("a.png", { publicBaseUrl, signingKey, now: now + 1, expiresInMs: 1 });
    expect(signed.expiresAt).toBe("2027-03-14T09:00:01.000Z");
  });

  it("gives a URL that verifyMediaUrl takes until it expires, and then refuses as expired", () => {
    const { url } = signMediaUrl("2027/03/stadtfest.jpg", { publicBaseUrl, signingKey, now, expiresInMs: 60_000 });
    expect(verifyMediaUrl(url, { publicBaseUrl, signingKey, now: now + 59_999 })).toEqual({ ok: true, storageKey: "2027/03/stadtfest.jpg", expiresAt: "2027-03-14T09:01:00.000Z" });
    expect(verifyMediaUrl(url, { publicBaseUrl, signingKey, now: now + 60_000 })).toEqual({ ok: false, reason: "expired" });
  });

  it("refuses an unsafe key, a short signing key, a bad base URL and a lifetime out of range", () => {
    expect(refusal(() => signMediaUrl("../x.png", { publicBaseUrl, signingKey, now, expiresInMs: 1000 }))).toMatch(/^NETWORK_MEDIA_INVALID: The storage key "\.\.\/x\.png" has the segment/);
    expect(refusal(() => signMediaUrl("x.png", { publicBaseUrl, signingKey: "short", now, expiresInMs: 1000 }))).toBe(
      "CORE_INVALID_ARGUMENT: signMediaUrl: signingKey has 5 bytes; it needs at least 32 (e.g. randomBytes(32)).",
    );
    expect(refusal(() => signMediaUrl("x.png", { publicBaseUrl: "ftp://x/", signingKey, now, expiresInMs: 1000 }))).toContain("publicBaseUrl must be an absolute http(s) URL");
    expect(refusal(() => signMediaUrl("x.png", { publicBaseUrl: "https://x/m?a=1", signingKey, now, expiresInMs: 1000 }))).toContain("no user name, password, query or fragment");
    for (const expiresInMs of [0, -1, Number.NaN, Number.POSITIVE_INFINITY, MAX_MEDIA_URL_LIFETIME_MS + 1]) {
      expect(refusal(() => signMediaUrl("x.png", { publicBaseUrl, signingKey, now, expiresInMs }))).toContain("expiresInMs must be a number above 0 and at most 604800000");
    }
    expect(refusal(() => signMediaUrl("x.png", { publicBaseUrl, signingKey, now: Number.NaN, expiresInMs: 1000 }))).toContain("now must be a finite number");
  });
});

describe("verifyMediaUrl", () => {
  const { url } = signMediaUrl("2027/03/stadtfest.jpg", { publicBaseUrl, signingKey, now, expiresInMs: 60_000 });
  const options = { publicBaseUrl, signingKey, now };

  it("takes the path and query of a request as well as the whole URL, on another host", () => {
    const parsed = new URL(url);
    expect(verifyMediaUrl(`${parsed.pathname}${parsed.search}`, options).ok).toBe(true);
    expect(verifyMediaUrl(`http://127.0.0.1:8080${parsed.pathname}${parsed.search}`, options).ok).toBe(true);
    expect(verifyMediaUrl(parsed, options).ok).toBe(true);
  });

  it("refuses another signing key as a bad signature", () => {
    expect(verifyMediaUrl(url, { ...options, signingKey: "x".repeat(32) })).toEqual({ ok: false, reason: "bad-signature" });
  });

  it("refuses a URL outside the base path, with parameters missing, repeated or added, or with dot segments", () => {
    const parsed = new URL(url);
    const expires = parsed.searchParams.get("expires")!;
    const signature = parsed.searchParams.get("signature")!;
    for (const candidate of [
      `/other/2027/03/stadtfest.jpg${parsed.search}`,
      `/m${parsed.search}`,
      `/m/${parsed.search}`,
      `/mx/2027/03/stadtfest.jpg${parsed.search}`,
      `/m/2027/03/stadtfest.jpg?expires=${expires}`,
      `/m/2027/03/stadtfest.jpg?signature=${signature}`,
      `/m/2027/03/stadtfest.jpg${parsed.search}&download=1`,
      `/m/2027/03/stadtfest.jpg${parsed.search}&expires=${expires}`,
      `/m/%2e%2e/2027/03/stadtfest.jpg${parsed.search}`,
      `/m/../m2/2027/03/stadtfest.jpg${parsed.search}`,
      `/m/2027/03/..%2fstadtfest.jpg${parsed.search}`,
      `/m/2027/03/%E0%A4%A.jpg${parsed.search}`,
      `/m/2027/03/stadtfest.jpg?expires=0${expires}&signature=${signature}`,
      `/m/2027/03/stadtfest.jpg?expires=${expires}&signature=${signature}=`,
    ]) {
      expect(verifyMediaUrl(candidate, options), candidate).toEqual({ ok: false, reason: "malformed" });
    }
  });

  it("reads dot segments as URLs mean them: one that stays on the signed key is the same file", () => {
    const parsed = new URL(url);
    expect(verifyMediaUrl(`/m/2027/%2e%2e/2027/03/stadtfest.jpg${parsed.search}`, options)).toMatchObject({ ok: true, storageKey: "2027/03/stadtfest.jpg" });
  });

  it("says expired only for a URL it signed", () => {
    const forged = new URL(url);
    forged.searchParams.set("signature", "A".repeat(43));
    expect(verifyMediaUrl(forged, { ...options, now: now + 10 * 60_000 })).toEqual({ ok: false, reason: "bad-signature" });
  });

  it("refuses to run with a `now` that is no instant (it would let every URL through)", () => {
    expect(refusal(() => verifyMediaUrl(url, { ...options, now: Number.NaN }))).toContain("now must be a finite number");
  });
});
