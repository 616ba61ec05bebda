import { createHash } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { FakeOAuthError, startFakeMastodon, type FakeMastodon } from "./fake-mastodon.js";
import { CODE_LIFETIME_MS } from "./fake-mastodon-oauth.js";

const START = Date.UTC(2027, 3, 1, 8, 0, 0);
const CALLBACK = "https://cockpit.example/callback";
const SCOPES = "read:accounts read:statuses write:statuses";

type Reply = { status: number; json: any };

describe("the fake Mastodon's OAuth keeps Doorkeeper's rules", () => {
  const running: FakeMastodon[] = [];
  let clock = START;

  afterEach(async () => {
    for (const fake of running.splice(0)) {
      expect(fake.contractProblems()).toEqual([]);
      await fake.close();
    }
  });

  async function open() {
    clock = START;
    const fake = await startFakeMastodon({ now: () => clock });
    running.push(fake);
    const call = async (method: string, path: string, json?: unknown, token?: string): Promise<Reply> => {
      const headers: Record<string, string> = {};
      if (json !== undefined) headers["content-type"] = "application/json";
      if (token !== undefined) headers.authorization = `Bearer ${token}`;
      const response = await fetch(fake.url + path, { method, headers, ...(json === undefined ? {} : { body: JSON.stringify(json) }) });
      return { status: response.status, json: await response.json().catch(() => undefined) };
    };
    const app = (await call("POST", "/api/v1/apps", { client_name: "Cockpit", redirect_uris: [CALLBACK], scopes: SCOPES })).json as { client_id: string; client_secret: string };
    const verifier = "v".repeat(50);
    const authoriseUrl = (params: Record<string, string> = {}) =>
      `${fake.url}/oauth/authorize?${new URLSearchParams({ client_id: app.client_id, redirect_uri: CALLBACK, response_type: "code", scope: SCOPES, state: "s1", code_challenge: createHash("sha256").update(verifier).digest("base64url"), code_challenge_method: "S256", ...params })}`;
    const exchange = (code: string, extra: Record<string, string> = {}) =>
      call("POST", "/oauth/token", { grant_type: "authorization_code", code, client_id: app.client_id, client_secret: app.client_secret, redirect_uri: CALLBACK, code_verifier: verifier, ...extra });
    return { fake, call, app, authoriseUrl, exchange, verifier };
  }

  it("registers apps (redirect_uris as array or string) and refuses what Doorkeeper refuses with 422", async () => {
    const { fake, call } = await open();
    const asString = await call("POST", "/api/v1/apps", { client_name: "Alt", redirect_uris: "urn:ietf:wg:oauth:2.0:oob", website: "https://alt.example" });
    expect(asString.status).toBe(200);
    expect(asString.json).toMatchObject({ name: "Alt", website: "https://alt.example", scopes: ["read"], redirect_uris: ["urn:ietf:wg:oauth:2.0:oob"], client_secret_expires_at: 0 });
    expect(asString.json.client_id).toMatch(/^[\w-]{43}$/);
    expect(fake.registeredApps().map((app) => app.name)).toEqual(["Cockpit", "Alt"]);
    expect((await call("POST", "/api/v1/apps", { client_name: "X", redirect_uris: ["javascript:alert(1)"] })).json).toEqual({ error: "Validation failed: Redirect URI is forbidden by the server." });
    expect((await call("POST", "/api/v1/apps", { client_name: "X", redirect_uris: [CALLBACK], scopes: "read everything" })).status).toBe(422);
    expect((await call("POST", "/api/v1/apps", { client_name: " ", redirect_uris: [CALLBACK] })).status).toBe(422);
  });

  it("hands out a single-use code bound to the redirect URI and the PKCE verifier", async () => {
    const { fake, authoriseUrl, exchange, call } = await open();
    const grant = fake.authorise(authoriseUrl());
    expect(grant.state).toBe("s1");
    expect(new URL(grant.redirectUrl ?? "").searchParams.get("code")).toBe(grant.code);

    expect((await exchange(grant.code, { code_verifier: "w".repeat(50) })).json).toMatchObject({ error: "invalid_grant" });
    expect((await exchange(grant.code, { redirect_uri: "https://cockpit.example/other" })).json).toMatchObject({ error: "invalid_grant" });
    expect((await exchange(grant.code, { code_verifier: "" })).json).toMatchObject({ error: "invalid_request" });
    expect((await exchange(grant.code, { client_secret: "falsch-falsch" })).status).toBe(401);
    const token = await exchange(grant.code);
    expect(token.status).toBe(200);
    expect(token.json).toEqual({ access_token: expect.any(String), token_type: "Bearer", scope: SCOPES, created_at: START / 1000 });
    expect((await exchange(grant.code)).status).toBe(400);
    expect((await call("GET", "/api/v1/accounts/verify_credentials", undefined, token.json.access_token)).json.username).toBe("musterstadt");
  });

  it("lets a code expire after ten minutes", async () => {
    const { fake, authoriseUrl, exchange } = await open();
    const { code } = fake.authorise(authoriseUrl());
    clock += CODE_LIFETIME_MS;
    expect((await exchange(code)).json.error).toBe("invalid_grant");
  });

  it("checks the authorisation request: client, redirect URI, scopes within the app's, S256 only; a denial goes back with access_denied", async () => {
    const { fake, authoriseUrl } = await open();
    const failure = (url: string) => {
      try {
        fake.authorise(url);
      } catch (error) {
        return error instanceof FakeOAuthError ? error : undefined;
      }
      return undefined;
    };
    expect(failure(authoriseUrl({ client_id: "unbekannt" }))).toMatchObject({ error: "invalid_client", redirectUrl: undefined });
    expect(failure(authoriseUrl({ redirect_uri: "https://evil.example/" }))).toMatchObject({ error: "invalid_redirect_uri", redirectUrl: undefined });
    expect(failure(authoriseUrl({ scope: "read" }))?.error).toBe("invalid_scope");
    expect(failure(authoriseUrl({ code_challenge_method: "plain" }))?.error).toBe("invalid_request");
    expect(failure(authoriseUrl({ response_type: "token" }))?.redirectUrl).toMatch(/error=unsupported_response_type.*state=s1/);
    const denied = fake.authorise(authoriseUrl(), { approve: false });
    expect(denied).toMatchObject({ error: "access_denied", state: "s1" });
    expect(new URL(denied.redirectUrl ?? "").searchParams.get("error")).toBe("access_denied");
  });

  it("reuses the token of the same account, app and scopes; another account gets its own and acts as itself", async () => {
    const { fake, authoriseUrl, exchange, call } = await open();
    const first = (await exchange(fake.authorise(authoriseUrl()).code)).json.access_token as string;
    const again = (await exchange(fake.authorise(authoriseUrl()).code)).json.access_token as string;
    expect(again).toBe(first);
    fake.addAccount("jugend", "Jugendbüro");
    const jugend = (await exchange(fake.authorise(authoriseUrl(), { username: "jugend" }).code)).json.access_token as string;
    expect(jugend).not.toBe(first);
    const profile = await call("GET", "/api/v1/accounts/verify_credentials", undefined, jugend);
    expect(profile.json).toMatchObject({ username: "jugend", display_name: "Jugendbüro" });
    const posted = await call("POST", "/api/v1/statuses", { status: "Hallo aus dem Jugendbüro", visibility: "public", language: "de" }, jugend);
    expect(posted.json.account.username).toBe("jugend");
    expect(await fake.control.published()).toEqual([]);
  });

  it("refuses a token without the scope an endpoint needs with 403", async () => {
    const { fake, authoriseUrl, exchange, call } = await open();
    const token = (await exchange(fake.authorise(authoriseUrl()).code)).json.access_token as string;
    expect(await call("GET", "/api/v1/notifications", undefined, token)).toEqual({ status: 403, json: { error: "This action is outside the authorized scopes" } });
    expect((await call("GET", "/api/v1/accounts/verify_credentials", undefined, token)).status).toBe(200);
  });

  it("revokes a token of the client (then 401 'was revoked'), answers 200 {} for unknown ones, 403 for another client's, 401 for a wrong secret", async () => {
    const { fake, app, authoriseUrl, exchange, call } = await open();
    const token = (await exchange(fake.authorise(authoriseUrl()).code)).json.access_token as string;
    const other = (await call("POST", "/api/v1/apps", { client_name: "Andere", redirect_uris: [CALLBACK], scopes: SCOPES })).json as { client_id: string; client_secret: string };
    expect(await call("POST", "/oauth/revoke", { client_id: other.client_id, client_secret: other.client_secret, token })).toEqual({ status: 403, json: { error: "unauthorized_client", error_description: "You are not authorized to revoke this token" } });
    expect((await call("POST", "/oauth/revoke", { client_id: app.client_id, client_secret: "falsch-falsch", token })).status).toBe(401);
    expect(await call("POST", "/oauth/revoke", { client_id: app.client_id, client_secret: app.client_secret, token: "unbekannt" })).toEqual({ status: 200, json: {} });
    expect(await call("POST", "/oauth/revoke", { client_id: app.client_id, client_secret: app.client_secret, token })).toEqual({ status: 200, json: {} });
    expect(await call("GET", "/api/v1/accounts/verify_credentials", undefined, token)).toEqual({ status: 401, json: { error: "The access token was revoked" } });
    expect(fake.tokens().find((known) => known.token === token)?.revoked).toBe(true);
  });

  it("gives an app token (client credentials) that methods of an account refuse with 422", async () => {
    const { app, call } = await open();
    const token = await call("POST", "/oauth/token", { grant_type: "client_credentials", client_id: app.client_id, client_secret: app.client_secret, code: "", redirect_uri: CALLBACK, scope: "read:accounts" });
    expect(token.status).toBe(200);
    expect(await call("GET", "/api/v1/accounts/verify_credentials", undefined, token.json.access_token)).toEqual({ status: 422, json: { error: "This method requires an authenticated user" } });
  });
});
