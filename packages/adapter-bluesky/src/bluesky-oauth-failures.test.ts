// How failures of the sign-in server reach the engine: what asks a person
// to reconnect, what is tried again, and that no token is ever quoted.
import { OAuthResponseError } from "@atproto/oauth-client-node";
import { describe, expect, it } from "vitest";
import { oauthFailure } from "./bluesky-oauth.js";

const TOKEN = "refresh-token-geheim-0815";

function answer(status: number, payload: Record<string, string>): OAuthResponseError {
  return new OAuthResponseError(new Response(JSON.stringify(payload), { status, headers: { "content-type": "application/json" } }), payload);
}

describe("oauthFailure: the sign-in server's answers as the engine needs them", () => {
  it.each([
    [400, "invalid_grant", "authentication"],
    [401, "invalid_client", "authentication"],
    [400, "unauthorized_client", "authentication"],
    [400, "invalid_request", "authentication"],
    [400, "use_dpop_nonce", "retryable"],
    [400, "invalid_dpop_proof", "retryable"],
    [503, "temporarily_unavailable", "retryable"],
    [500, "server_error", "retryable"],
    [400, "slow_down", "rate-limited"],
    [429, "rate_limited", "rate-limited"],
  ] as const)("HTTP %i %s is %s", (status, error, kind) => {
    const failure = oauthFailure(answer(status, { error, error_description: `the token ${TOKEN} was refused` }), "refreshing the OAuth session", [TOKEN]);
    expect(failure.kind).toBe(kind);
    expect(failure.status).toBe(status);
    expect(failure.message).toContain(error);
    expect(failure.message).not.toContain(TOKEN);
    expect(failure.networkReason).not.toContain(TOKEN);
  });

  it("an answer the call's signal gave up on is retryable, whatever came with it", () => {
    const controller = new AbortController();
    controller.abort();
    expect(oauthFailure(answer(400, { error: "invalid_grant" }), "refreshing", [], controller.signal).kind).toBe("retryable");
  });

  it("a failure of the XRPC call to the PDS keeps the PDS's own rules (a 5xx is retried)", () => {
    const xrpc = Object.assign(new Error("Upstream Failure"), { status: 502, error: "UpstreamFailure", message: "Upstream Failure" });
    expect(oauthFailure(xrpc, "reading the account's handle", []).kind).toBe("retryable");
  });
});
