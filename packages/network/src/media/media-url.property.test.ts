// Signing as properties: a URL verifies with the key it was signed with,
// before its expiry, and any change to its storage key, its expiry or its
// signature, or another signing key, makes it fail.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { signMediaUrl } from "./sign-media-url.js";
import { verifyMediaUrl } from "./verify-media-url.js";

const publicBaseUrl = "https://medien.musterstadt.example/m";
const name = fc.stringMatching(/^[A-Za-z0-9äöüß_-][A-Za-z0-9äöüß _.-]{0,12}$/).filter((segment) => !/^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i.test(segment));
const storageKey = fc.array(name, { minLength: 1, maxLength: 4 }).map((segments) => segments.join("/"));
const signingKey = fc.uint8Array({ minLength: 32, maxLength: 64 });
const now = fc.integer({ min: Date.parse("2020-01-01T00:00:00Z"), max: Date.parse("2100-01-01T00:00:00Z") });
const lifetime = fc.integer({ min: 1, max: 7 * 24 * 60 * 60 * 1000 });
const BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

function withParam(url: string, param: "expires" | "signature", value: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set(param, value);
  return parsed.href;
}

function withKey(url: string, key: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/m/${key.split("/").map(encodeURIComponent).join("/")}`;
  return parsed.href;
}

describe("signed media URLs (properties)", () => {
  it("verify with their key until they expire, and name the key they were made for", () => {
    fc.assert(
      fc.property(storageKey, signingKey, now, lifetime, fc.double({ min: 0, max: 1, noNaN: true }), (key, secret, at, expiresInMs, part) => {
        const signed = signMediaUrl(key, { publicBaseUrl, signingKey: secret, now: at, expiresInMs });
        const before = at + Math.floor(part * (expiresInMs - 1));
        expect(verifyMediaUrl(signed.url, { publicBaseUrl, signingKey: secret, now: before })).toEqual({ ok: true, storageKey: key, expiresAt: signed.expiresAt });
        expect(verifyMediaUrl(signed.url, { publicBaseUrl, signingKey: secret, now: Date.parse(signed.expiresAt) })).toEqual({ ok: false, reason: "expired" });
      }),
    );
  });

  it("fail after any change to the storage key", () => {
    fc.assert(
      fc.property(storageKey, storageKey, signingKey, now, (key, other, secret, at) => {
        fc.pre(key !== other);
        const { url } = signMediaUrl(key, { publicBaseUrl, signingKey: secret, now: at, expiresInMs: 60_000 });
        expect(verifyMediaUrl(withKey(url, other), { publicBaseUrl, signingKey: secret, now: at }).ok).toBe(false);
      }),
    );
  });

  it("fail after any change to the expiry, later or earlier, in any spelling", () => {
    fc.assert(
      fc.property(storageKey, signingKey, now, fc.oneof(fc.integer({ min: 1, max: 99_999_999_999 }).map(String), fc.stringMatching(/^[0-9]{1,12}$/)), (key, secret, at, expires) => {
        const { url } = signMediaUrl(key, { publicBaseUrl, signingKey: secret, now: at, expiresInMs: 60_000 });
        fc.pre(new URL(url).searchParams.get("expires") !== expires);
        expect(verifyMediaUrl(withParam(url, "expires", expires), { publicBaseUrl, signingKey: secret, now: at }).ok).toBe(false);
      }),
    );
  });

  it("fail after any change to one character of the signature, the last one too", () => {
    fc.assert(
      fc.property(storageKey, signingKey, now, fc.nat({ max: 42 }), fc.constantFrom(...BASE64URL), (key, secret, at, position, replacement) => {
        const { url } = signMediaUrl(key, { publicBaseUrl, signingKey: secret, now: at, expiresInMs: 60_000 });
        const signature = new URL(url).searchParams.get("signature")!;
        fc.pre(signature[position] !== replacement);
        const changed = `${signature.slice(0, position)}${replacement}${signature.slice(position + 1)}`;
        expect(verifyMediaUrl(withParam(url, "signature", changed), { publicBaseUrl, signingKey: secret, now: at })).toEqual({ ok: false, reason: "bad-signature" });
      }),
    );
  });

  it("fail with another signing key", () => {
    fc.assert(
      fc.property(storageKey, signingKey, signingKey, now, (key, secret, other, at) => {
        fc.pre(Buffer.compare(Buffer.from(secret), Buffer.from(other)) !== 0);
        const { url } = signMediaUrl(key, { publicBaseUrl, signingKey: secret, now: at, expiresInMs: 60_000 });
        expect(verifyMediaUrl(url, { publicBaseUrl, signingKey: other, now: at })).toEqual({ ok: false, reason: "bad-signature" });
      }),
    );
  });
});
