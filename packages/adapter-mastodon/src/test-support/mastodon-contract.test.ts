import { describe, expect, it } from "vitest";
import { loadMastodonContract, mastodonContractPath } from "./mastodon-contract.js";
import { contractTest } from "./mastodon-contract-test.js";

const json = { "content-type": "application/json" };

describe("the Mastodon API contract checker", () => {
  it("is loaded once per process", () => {
    expect(loadMastodonContract()).toBe(loadMastodonContract());
    expect(mastodonContractPath()).toMatch(/mastodon-openapi\.json$/);
  });

  contractTest("takes what Mastodon takes despite the description's known faults (mended in memory)", (contract) => {
    // Text and media match two branches of the body's oneOf; the key is typed as an object.
    expect(contract.checkRequest({ method: "POST", path: "/api/v1/statuses", headers: { ...json, "Idempotency-Key": "dlv_1:publish" }, body: { status: "Hallo", media_ids: ["1"], visibility: "public", language: "de" } })).toEqual([]);
    // 206 is documented without a body; Mastodon sends the MediaAttachment.
    expect(contract.checkResponse({ method: "GET", path: "/api/v1/media/1", status: 206, body: { id: "1", type: "video", url: null } })).toEqual([]);
    expect(contract.checkRequest({ method: "POST", path: "/api/v2/media", headers: { "content-type": "multipart/form-data; boundary=x" }, body: { file: "(binary)", description: "Bild" } })).toEqual([]);
    expect(contract.checkRequest({ method: "GET", path: "/api/v1/notifications", query: new URLSearchParams("types[]=mention&limit=40&min_id=5&include_filtered=true") })).toEqual([]);
    // redirect_uris as a string, as Mastodon takes it; a successful revocation answers `{}`.
    expect(contract.checkRequest({ method: "POST", path: "/api/v1/apps", headers: json, body: { client_name: "Cockpit", redirect_uris: "https://cockpit.example/callback" } })).toEqual([]);
    expect(contract.checkRequest({ method: "POST", path: "/api/v1/apps", headers: json, body: { client_name: "Cockpit", redirect_uris: ["https://cockpit.example/callback"] } })).toEqual([]);
    expect(contract.checkRequest({ method: "POST", path: "/api/v1/apps", headers: json, body: { client_name: "Cockpit", redirect_uris: 7 } })).not.toEqual([]);
    expect(contract.checkResponse({ method: "POST", path: "/oauth/revoke", status: 200, body: {} })).toEqual([]);
    expect(contract.checkResponse({ method: "POST", path: "/oauth/revoke", status: 200, body: { revoked: true } })).not.toEqual([]);
  });

  contractTest("reports what breaks it, each problem readable", (contract) => {
    expect(contract.checkRequest({ method: "POST", path: "/api/v1/statuses", headers: json, body: { status: "x", visibility: "everyone" } })[0]).toMatch(/^POST \/api\/v1\/statuses: body \/visibility must be equal to one of the allowed values/);
    expect(contract.checkRequest({ method: "GET", path: "/api/v1/notifications", query: new URLSearchParams("limit=viele&cursor=1") })).toEqual([
      "GET /api/v1/notifications: query parameter limit: (root) must be integer",
      "GET /api/v1/notifications: query parameter cursor is not documented",
    ]);
    expect(contract.checkRequest({ method: "POST", path: "/api/v2/media", headers: { "content-type": "multipart/form-data; boundary=x" }, body: { description: "ohne Datei" } })).toEqual(["POST /api/v2/media: body (root) must have required property 'file'"]);
    expect(contract.checkResponse({ method: "POST", path: "/api/v1/statuses", status: 201, body: {} })[0]).toMatch(/status 201 is not documented for POST \/api\/v1\/statuses/);
    expect(contract.checkResponse({ method: "GET", path: "/api/v1/statuses/1", status: 200, body: { id: "1" } }).join("\n")).toContain("must have required property 'account'");
    expect(contract.checkRequest({ method: "GET", path: "/api/v9/nothing" })).toEqual(["GET /api/v9/nothing is not in the Mastodon API description"]);
  });

  contractTest("matches literal paths before templated ones", (contract) => {
    // As /accounts/{id} the answer would be an Account; as verify_credentials it must carry `source` and `role`.
    const account = { id: "1", username: "a", acct: "a", display_name: "", locked: false, bot: false, group: false, indexable: true, created_at: "2027-04-01T00:00:00.000Z", note: "", url: "https://x.example/@a", uri: "https://x.example/users/a", avatar: "https://x.example/a.png", avatar_static: "https://x.example/a.png", header: "https://x.example/h.png", header_static: "https://x.example/h.png", followers_count: 0, following_count: 0, statuses_count: 0, emojis: [], fields: [] };
    expect(contract.checkResponse({ method: "GET", path: "/api/v1/accounts/1", status: 200, body: account })).toEqual([]);
    expect(contract.checkResponse({ method: "GET", path: "/api/v1/accounts/verify_credentials", status: 200, body: account }).join("\n")).toContain("must have required property 'source'");
  });
});
