// Answers recorded by hand from Mastodon instances and the proxies in front
// of them, replayed by a loopback server: what each becomes for the engine.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { silentLogger } from "@kommune-sm/core";
import { NetworkError } from "@kommune-sm/network";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { callMastodon } from "./mastodon-http.js";

type Reply = { status: number; headers?: Record<string, string>; body?: string };
let next: Reply = { status: 200, body: "{}" };
let seen: { method?: string; url?: string; headers: Record<string, string | string[] | undefined> } = { headers: {} };
let server: Server;
let base = "";

beforeAll(async () => {
  server = createServer((request, response) => {
    seen = { method: request.method, url: request.url, headers: request.headers };
    response.writeHead(next.status, next.headers ?? { "content-type": "application/json" });
    response.end(next.body ?? "");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const now = Date.parse("2027-04-01T08:00:00Z");
const context = { signal: new AbortController().signal, now: () => now, logger: silentLogger };
const call = (reply: Reply) => {
  next = reply;
  return callMastodon(base, { method: "POST", path: "/api/v1/statuses", body: { status: "Hallo" }, idempotencyKey: "ksm-1", accessToken: "secret-token-0123456789", schema: z.object({ id: z.string() }) }, context);
};
const failure = async (reply: Reply) => {
  const error = await call(reply).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(NetworkError.isNetworkError(error), String(error)).toBe(true);
  return error as NetworkError;
};

describe("callMastodon: what Mastodon's answers become", () => {
  it("sends the token as a bearer header, the key as Idempotency-Key, the body as JSON", async () => {
    expect((await call({ status: 200, body: '{"id":"1"}' })).data).toEqual({ id: "1" });
    expect(seen.headers["authorization"]).toBe("Bearer secret-token-0123456789");
    expect(seen.headers["idempotency-key"]).toBe("ksm-1");
    expect(seen.headers["content-type"]).toBe("application/json");
    expect(seen.url).toBe("/api/v1/statuses");
  });

  it("429 of Rack::Attack (no Retry-After): rate-limited until X-RateLimit-Reset", async () => {
    const error = await failure({ status: 429, headers: { "content-type": "application/json", "x-ratelimit-limit": "300", "x-ratelimit-remaining": "0", "x-ratelimit-reset": "2027-04-01T08:04:30.000000Z" }, body: '{"error":"Too many requests"}' });
    expect(error).toMatchObject({ kind: "rate-limited", status: 429, retryAfterMs: 270_000, networkReason: "Too many requests" });
  });

  it("429 without any headers: rate-limited, the engine's backoff decides the wait", async () => {
    const error = await failure({ status: 429, headers: {}, body: "" });
    expect(error.kind).toBe("rate-limited");
    expect(error.retryAfterMs).toBeUndefined();
  });

  it("503 with a proxy's HTML page: retryable, the status kept, no HTML in the message", async () => {
    const error = await failure({ status: 503, headers: { "content-type": "text/html" }, body: "<html><body><h1>503 Service Temporarily Unavailable</h1><script>x()</script></body></html>" });
    expect(error).toMatchObject({ kind: "retryable", status: 503 });
    expect(error.message).not.toMatch(/<|html/i);
  });

  it("502 with an HTML page: retryable (masto would lose the status here and call it permanent)", async () => {
    expect(await failure({ status: 502, headers: { "content-type": "text/html" }, body: "<html>Bad Gateway</html>" })).toMatchObject({ kind: "retryable", status: 502 });
  });

  it("401 invalid token: authentication", async () => {
    expect(await failure({ status: 401, body: '{"error":"The access token is invalid"}' })).toMatchObject({ kind: "authentication", networkReason: "The access token is invalid" });
  });

  it("403 outside the authorised scopes: authentication (reconnect with the right scopes); another 403: permanent", async () => {
    expect(await failure({ status: 403, body: '{"error":"This action is outside the authorized scopes"}' })).toMatchObject({ kind: "authentication", status: 403 });
    expect(await failure({ status: 403, body: '{"error":"This action is not allowed"}' })).toMatchObject({ kind: "permanent", status: 403 });
  });

  it("422 validation: rejected content with the instance's words", async () => {
    expect(await failure({ status: 422, body: '{"error":"Validation failed: Text character limit of 500 exceeded"}' })).toMatchObject({
      kind: "rejected-content",
      networkReason: "Validation failed: Text character limit of 500 exceeded",
    });
  });

  it("200 with a body that is not the entity: retryable (the status may exist; the repeat carries the same key)", async () => {
    const error = await failure({ status: 200, body: "<html>maintenance</html>" });
    expect(error.kind).toBe("retryable");
  });

  it("a redirect is not followed: the token must not travel to another server", async () => {
    const error = await failure({ status: 302, headers: { location: "https://evil.example/steal" }, body: "" });
    expect(error.kind).toBe("retryable");
    expect(error.message).not.toContain("secret-token");
  });

  it("an error body's reason is cut to 500 characters", async () => {
    const error = await failure({ status: 422, body: JSON.stringify({ error: "x".repeat(5_000) }) });
    expect(error.networkReason).toHaveLength(500);
  });
});
