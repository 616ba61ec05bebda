import { TID } from "@atproto/common-web";
import { XRPCError } from "@atproto/api";
import { NetworkError } from "@kommune-sm/network";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { blueskyChannelOptions } from "./bluesky-channel.js";
import { classifyXrpcFailure } from "./bluesky-errors.js";
import { recordKeyFor } from "./record-key.js";
import { expiryOf } from "./session-expiry.js";

describe("recordKeyFor", () => {
  it("is a valid TID, the same for the same key, different for different keys", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 200 }), fc.string({ minLength: 1, maxLength: 200 }), (a, b) => {
        const key = recordKeyFor(a);
        expect(TID.is(key)).toBe(true);
        expect(recordKeyFor(a)).toBe(key);
        if (a !== b) expect(recordKeyFor(b)).not.toBe(key);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe("classifyXrpcFailure", () => {
  const signal = new AbortController().signal;
  const now = Date.parse("2027-04-01T08:00:00Z");
  const classify = (error: unknown) => classifyXrpcFailure(error, "publishing a post", now, signal);

  it.each([
    [new XRPCError(400, "ExpiredToken", "Token has expired"), "authentication"],
    [new XRPCError(400, "ExpiredToken", "Token has been revoked"), "authentication"],
    [new XRPCError(400, "InvalidToken", "Token could not be verified"), "authentication"],
    [new XRPCError(401, "AuthMissing", "Authentication Required"), "authentication"],
    [new XRPCError(400, "InvalidRequest", "Record/text must not be longer than 300 graphemes"), "rejected-content"],
    [new XRPCError(400, "RecordNotFound", "Could not locate record"), "not-found"],
    [new XRPCError(500, "InternalServerError", "Internal Server Error"), "retryable"],
    [new XRPCError(502, "UpstreamFailure", "Upstream Failure"), "retryable"],
    [new XRPCError(1, "Unknown", "fetch failed"), "retryable"],
  ] as const)("%s → %s", (error, kind) => {
    expect(classify(error).kind).toBe(kind);
  });

  it("429 waits until ratelimit-reset (epoch seconds)", () => {
    const error = classify(new XRPCError(429, "RateLimitExceeded", "Rate Limit Exceeded", { "ratelimit-reset": String(now / 1000 + 300), "ratelimit-remaining": "0" }));
    expect(error).toMatchObject({ kind: "rate-limited", retryAfterMs: 300_000 });
  });

  it("anything after the engine gave up is retryable, whatever was thrown", () => {
    const controller = new AbortController();
    controller.abort(new Error("engine timeout"));
    expect(classifyXrpcFailure(new Error("aborted"), "publishing a post", now, controller.signal).kind).toBe("retryable");
  });

  it("keeps a NetworkError as it is", () => {
    const error = new NetworkError({ kind: "rejected-content", message: "too long" });
    expect(classify(error)).toBe(error);
  });
});

describe("blueskyChannelOptions", () => {
  const channel = (options: Record<string, unknown>) => ({ id: "bluesky-main", handle: "@musterstadt.bsky.social", options });
  it("takes a PDS and a DID", () => {
    expect(blueskyChannelOptions(channel({ service: "https://bsky.social/", did: "did:plc:abcdefghijklmnopqrstuvwx" }))).toEqual({ service: "https://bsky.social", did: "did:plc:abcdefghijklmnopqrstuvwx" });
  });
  it.each([{}, { service: "http://bsky.social", did: "did:plc:abcdefghijklmnopqrstuvwx" }, { service: "https://bsky.social", did: "did:example:1" }])("refuses %j, naming the field", (options) => {
    expect(() => blueskyChannelOptions(channel(options))).toThrow(/channel\.options\.bluesky\./);
  });
});

describe("expiryOf", () => {
  it("reads a JWT's exp, and nothing else", () => {
    const jwt = (claims: object) => `x.${Buffer.from(JSON.stringify(claims)).toString("base64url")}.y`;
    expect(expiryOf(jwt({ exp: 1_800_000_000 }))).toBe(new Date(1_800_000_000_000).toISOString());
    expect(expiryOf(jwt({ exp: "soon" }))).toBeUndefined();
    expect(expiryOf("not a jwt")).toBeUndefined();
    expect(expiryOf(jwt({ exp: 1e20 }))).toBeUndefined();
  });
});
