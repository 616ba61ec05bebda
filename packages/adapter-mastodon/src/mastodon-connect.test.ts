import { createHash } from "node:crypto";
import { createMemoryStore, silentLogger, type TenantStore } from "@kommune-sm/core";
import { createMemorySecrets, NetworkError, type AdapterCallContextV1, type ChannelRefV1, type SecretsPort } from "@kommune-sm/network";
import { afterEach, describe, expect, it } from "vitest";
import { createMastodonAdapter } from "./mastodon-adapter.js";
import { createMastodonConnector, MASTODON_SCOPES, type MastodonApp, type MastodonAppStore, type MastodonConnector } from "./mastodon-connect.js";
import { FakeOAuthError, startFakeMastodon, type FakeMastodon } from "./test-support/fake-mastodon.js";

// Connecting an account end to end against the fake Mastodon, which keeps
// Doorkeeper's rules (single-use codes, PKCE S256, token reuse, revocation)
// and checks every request and answer against the Mastodon API description.

const REDIRECT_URI = "https://cockpit.musterstadt.example/mastodon/callback";
const ORGANISATION = "musterstadt";
const SCOPES = Object.keys(MASTODON_SCOPES);

interface Setup {
  readonly fake: FakeMastodon;
  readonly connector: MastodonConnector;
  readonly store: TenantStore;
  readonly secrets: SecretsPort;
  /** begin → the person allows → complete, for `channelId`. */
  connect(channelId?: string, username?: string): Promise<{ readonly handle: string; readonly accountId: string }>;
}

const running: FakeMastodon[] = [];
const closed = new Set<FakeMastodon>();

afterEach(async () => {
  for (const fake of running.splice(0)) {
    const problems = fake.contractProblems();
    if (!closed.has(fake)) await fake.close();
    expect(problems, "requests and answers that break the Mastodon API contract").toEqual([]);
  }
  closed.clear();
});

async function setup(options: { readonly apps?: MastodonAppStore } = {}): Promise<Setup> {
  const fake = await startFakeMastodon();
  running.push(fake);
  const connector = createMastodonConnector({ clientName: "Rathaus-Cockpit Musterstadt", redirectUri: REDIRECT_URI, website: "https://cockpit.musterstadt.example", timeoutMs: 5_000, ...(options.apps ? { apps: options.apps } : {}) });
  const store = createMemoryStore().tenant(ORGANISATION);
  const secrets = createMemorySecrets();
  return {
    fake,
    connector,
    store,
    secrets,
    async connect(channelId = "mastodon-main", username) {
      const { authoriseUrl, pending } = await connector.beginAuthorisation(fake.url);
      const answer = fake.authorise(authoriseUrl, username === undefined ? {} : { username });
      return connector.completeAuthorisation(pending, { code: answer.code, state: answer.state ?? "" }, { store, secrets, channelId });
    },
  };
}

async function closeFake(fake: FakeMastodon): Promise<void> {
  await fake.close();
  closed.add(fake);
}

async function rejection(promise: Promise<unknown>): Promise<NetworkError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(NetworkError.isNetworkError(error), `expected a NetworkError, got ${String(error)}`).toBe(true);
  return error as NetworkError;
}

/** The status `token` gets for `GET /api/v1/accounts/verify_credentials`, and the error text. */
async function verify(fake: FakeMastodon, token: string): Promise<{ status: number; error?: string }> {
  const response = await fetch(`${fake.url}/api/v1/accounts/verify_credentials`, { headers: { authorization: `Bearer ${token}` } });
  const body = (await response.json()) as { error?: string };
  return { status: response.status, ...(body.error === undefined ? {} : { error: body.error }) };
}

const tokenPaths = (fake: FakeMastodon) => fake.requests.filter((request) => request.path === "/oauth/token");
const ref = (channelId = "mastodon-main") => ({ organisationId: ORGANISATION, channelId });

/** An app store the test can see into, shared between connectors (a vault). */
function sharedApps(): MastodonAppStore & { readonly apps: Map<string, MastodonApp> } {
  const apps = new Map<string, MastodonApp>();
  return {
    apps,
    get: async (instanceUrl) => apps.get(instanceUrl),
    set: async (app) => void apps.set(app.instanceUrl, app),
  };
}

describe("connecting a Mastodon account (createMastodonConnector)", () => {
  it("connects: the token goes into the secrets port, the channel into the store", async () => {
    const { fake, store, secrets, connect } = await setup();
    const result = await connect();
    const handle = `@musterstadt@${fake.domain}`;
    expect(result).toEqual({ handle, accountId: fake.account.id });

    const [app] = fake.registeredApps();
    const [token] = fake.tokens().filter((known) => known.clientId === app?.clientId);
    expect(token).toMatchObject({ username: "musterstadt", scopes: SCOPES, revoked: false });
    expect(await secrets.get(ref())).toEqual({ accessToken: token?.token, extra: { clientId: app?.clientId, clientSecret: app?.clientSecret } });

    expect(await store.channels.get("mastodon-main")).toMatchObject({
      id: "mastodon-main",
      organisationId: ORGANISATION,
      network: "mastodon",
      handle,
      displayName: "Stadt Musterstadt",
      profileUrl: `https://${fake.domain}/@musterstadt`,
      options: { mastodon: { instanceUrl: fake.url, accountId: fake.account.id } },
      active: true,
    });
    expect(await verify(fake, token?.token ?? "")).toEqual({ status: 200 });
  });

  it("registers the app once per instance, for two authorisations of two accounts", async () => {
    const { fake, store, secrets, connect } = await setup();
    fake.addAccount("jugend", "Jugendbüro Musterstadt");
    expect((await connect("mastodon-main")).handle).toBe(`@musterstadt@${fake.domain}`);
    expect((await connect("mastodon-jugend", "jugend")).handle).toBe(`@jugend@${fake.domain}`);

    expect(fake.requests.filter((request) => request.method === "POST" && request.path === "/api/v1/apps")).toHaveLength(1);
    expect(fake.registeredApps()).toEqual([
      expect.objectContaining({ name: "Rathaus-Cockpit Musterstadt", website: "https://cockpit.musterstadt.example", redirectUris: [REDIRECT_URI], scopes: SCOPES }),
    ]);
    const main = await secrets.get(ref("mastodon-main"));
    const jugend = await secrets.get(ref("mastodon-jugend"));
    expect(main?.accessToken).not.toBe(jugend?.accessToken);
    expect(main?.extra).toEqual(jugend?.extra);
    expect((await store.channels.get("mastodon-jugend"))?.options).toEqual({ mastodon: { instanceUrl: fake.url, accountId: expect.any(String) } });
  });

  it("asks for exactly the five scopes, with PKCE (S256), a state and force_login", async () => {
    const { fake, connector } = await setup();
    const { authoriseUrl, pending } = await connector.beginAuthorisation(fake.url);
    const url = new URL(authoriseUrl);
    expect(`${url.origin}${url.pathname}`).toBe(`${fake.url}/oauth/authorize`);
    const query = Object.fromEntries(url.searchParams);
    expect(query).toEqual({
      client_id: fake.registeredApps()[0]?.clientId,
      redirect_uri: REDIRECT_URI,
      response_type: "code",
      scope: SCOPES.join(" "),
      state: pending.state,
      code_challenge: createHash("sha256").update(pending.codeVerifier).digest("base64url"),
      code_challenge_method: "S256",
      force_login: "true",
    });
    expect(query.scope?.split(" ").sort()).toEqual(["read:accounts", "read:notifications", "read:statuses", "write:media", "write:statuses"]);
    // RFC 7636: a verifier of 43 to 128 unreserved characters; a state long enough not to be guessed.
    expect(pending.codeVerifier).toMatch(/^[A-Za-z0-9._~-]{43,128}$/);
    expect(pending.state.length).toBeGreaterThanOrEqual(22);
    expect(pending.instanceUrl).toBe(fake.url);
  });

  it("takes the instance as a bare domain and refuses what is no instance address", async () => {
    const { connector } = await setup();
    const error = await rejection(connector.beginAuthorisation("javascript:alert(1)"));
    expect(error.kind).toBe("permanent");
    expect(error.message).toMatch(/no Mastodon instance address/);
  });

  it("refuses an answer with another state than was sent, before asking for any token", async () => {
    const { fake, connector, store, secrets } = await setup();
    const { authoriseUrl, pending } = await connector.beginAuthorisation(fake.url);
    const { code } = fake.authorise(authoriseUrl);
    const error = await rejection(connector.completeAuthorisation(pending, { code, state: "von-einer-anderen-seite" }, { store, secrets, channelId: "mastodon-main" }));
    expect(error.kind).toBe("permanent");
    expect(error.message).toMatch(/another state/);
    expect(tokenPaths(fake)).toEqual([]);
    expect(await secrets.get(ref())).toBeUndefined();
    expect(await store.channels.get("mastodon-main")).toBeUndefined();
    // The code was not spent: the real answer still connects.
    await connector.completeAuthorisation(pending, { code, state: pending.state }, { store, secrets, channelId: "mastodon-main" });
    expect(await secrets.get(ref())).toBeDefined();
  });

  it("refuses a code the instance does not accept (wrong, used, or for another verifier) and keeps nothing", async () => {
    const { fake, connector, store, secrets } = await setup();
    const target = { store, secrets, channelId: "mastodon-main" };
    const { authoriseUrl, pending } = await connector.beginAuthorisation(fake.url);
    const { code, state } = fake.authorise(authoriseUrl);

    const wrong = await rejection(connector.completeAuthorisation(pending, { code: "ausgedachter-code-0123456789", state: state ?? "" }, target));
    expect(wrong.message).toMatch(/invalid_grant/);
    // PKCE: the code is bound to the verifier of its own authorisation.
    const otherVerifier = await rejection(connector.completeAuthorisation({ ...pending, codeVerifier: "x".repeat(64) }, { code, state: state ?? "" }, target));
    expect(otherVerifier.message).toMatch(/invalid_grant/);
    expect(await secrets.get(ref())).toBeUndefined();
    expect(await store.channels.get("mastodon-main")).toBeUndefined();

    await connector.completeAuthorisation(pending, { code, state: state ?? "" }, target);
    const used = await rejection(connector.completeAuthorisation(pending, { code, state: state ?? "" }, target));
    expect(used.message).toMatch(/invalid_grant/);
    expect(tokenPaths(fake).map((request) => request.status)).toEqual([400, 400, 200, 400]);
  });

  it("says clearly that the code was refused and the person must start again (not 'rejected content')", async () => {
    const { fake, connector, store, secrets } = await setup();
    const { authoriseUrl, pending } = await connector.beginAuthorisation(fake.url);
    const { state } = fake.authorise(authoriseUrl);
    const error = await rejection(connector.completeAuthorisation(pending, { code: "ausgedachter-code-0123456789", state: state ?? "" }, { store, secrets, channelId: "mastodon-main" }));
    // classifyHttpFailure calls a 400 "rejected-content": shown to a person, that would blame the post.
    expect(error.kind).toBe("permanent");
    expect(error.message).toMatch(/code/i);
    expect(error.message).toMatch(/again/i);
  });

  it("refuses an answer without a code", async () => {
    const { fake, connector, store, secrets } = await setup();
    const { authoriseUrl, pending } = await connector.beginAuthorisation(fake.url);
    const refusal = fake.authorise(authoriseUrl, { approve: false });
    expect(refusal).toMatchObject({ error: "access_denied", state: pending.state });
    const error = await rejection(connector.completeAuthorisation(pending, { code: "", state: pending.state }, { store, secrets, channelId: "mastodon-main" }));
    expect(error.message).toMatch(/without a code/);
    expect(tokenPaths(fake)).toEqual([]);
  });

  it("reconnecting updates the channel (its other options stay) and gets the same token back", async () => {
    const { fake, store, secrets, connect } = await setup();
    await store.channels.insert({
      id: "mastodon-main",
      organisationId: ORGANISATION,
      network: "mastodon",
      handle: "@alt@social.alt.example",
      imprintUrl: "https://www.musterstadt.example/impressum",
      options: { mastodon: { instanceUrl: "https://social.alt.example", accountId: "7" }, sandbox: { seed: 42 } },
      active: false,
    });
    await connect();
    const first = await secrets.get(ref());
    const channel = await store.channels.get("mastodon-main");
    expect(channel).toMatchObject({
      handle: `@musterstadt@${fake.domain}`,
      imprintUrl: "https://www.musterstadt.example/impressum",
      options: { mastodon: { instanceUrl: fake.url, accountId: fake.account.id }, sandbox: { seed: 42 } },
      active: true,
    });

    await connect();
    // Mastodon reuses the token of the same account, app and scopes (Doorkeeper's reuse_access_token).
    expect((await secrets.get(ref()))?.accessToken).toBe(first?.accessToken);
    expect(await store.channels.list()).toHaveLength(1);
  });

  it("a channel of another network is refused before the code is spent: nothing changes, the code still works for another channel", async () => {
    const { fake, connector, store, secrets } = await setup();
    await store.channels.insert({ id: "kanal", organisationId: ORGANISATION, network: "bluesky", handle: "@stadt.bsky.social", options: {}, active: true });
    await secrets.set({ organisationId: ORGANISATION, channelId: "kanal" }, { accessToken: "bluesky-token-0815" });
    const { authoriseUrl, pending } = await connector.beginAuthorisation(fake.url);
    const { code, state } = fake.authorise(authoriseUrl);
    const refused = await rejection(connector.completeAuthorisation(pending, { code, state: state ?? "" }, { store, secrets, channelId: "kanal" }));
    expect(refused.kind).toBe("permanent");
    expect(refused.message).toContain("is a bluesky channel");
    expect(await store.channels.get("kanal")).toMatchObject({ network: "bluesky" });
    expect(await secrets.get({ organisationId: ORGANISATION, channelId: "kanal" })).toEqual({ accessToken: "bluesky-token-0815" });
    expect(tokenPaths(fake)).toEqual([]);
    await connector.completeAuthorisation(pending, { code, state: state ?? "" }, { store, secrets, channelId: "mastodon-main" });
    expect(await store.channels.get("mastodon-main")).toMatchObject({ network: "mastodon" });
  });

  it("reconnecting when the channel cannot be written keeps the token that worked; the new one is not kept", async () => {
    const { fake, store, secrets, connect } = await setup();
    fake.addAccount("zweites-konto", "Jugendbüro");
    await connect("mastodon-main");
    const working = (await secrets.get(ref()))!;
    const save = store.channels.save.bind(store.channels);
    store.channels.save = () => Promise.reject(new Error("disk full"));
    await expect(connect("mastodon-main", "zweites-konto")).rejects.toThrow("disk full");
    store.channels.save = save;
    expect(await secrets.get(ref())).toEqual(working);
  });

  it("a connector of another process with the same app store completes what this one began", async () => {
    const apps = sharedApps();
    const { fake, store, secrets } = await setup({ apps });
    const before = createMastodonConnector({ clientName: "Rathaus-Cockpit Musterstadt", redirectUri: REDIRECT_URI, apps });
    const after = createMastodonConnector({ clientName: "Rathaus-Cockpit Musterstadt", redirectUri: REDIRECT_URI, apps });
    const { authoriseUrl, pending } = await before.beginAuthorisation(fake.url);
    const { code, state } = fake.authorise(authoriseUrl);
    await after.completeAuthorisation(pending, { code, state: state ?? "" }, { store, secrets, channelId: "mastodon-main" });
    expect(fake.registeredApps()).toHaveLength(1);
    expect(await secrets.get(ref())).toBeDefined();
  });

  it("an app kept from before the scopes changed is registered again", async () => {
    // The app store outlives the process (a vault); a version that asks for one scope more must not be stuck
    // with an app registered for fewer: the instance refuses scopes beyond the app's (invalid_scope).
    const apps = sharedApps();
    const { fake, connect } = await setup({ apps });
    const registered = await fetch(`${fake.url}/api/v1/apps`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ client_name: "Rathaus-Cockpit Musterstadt", redirect_uris: [REDIRECT_URI], scopes: SCOPES.filter((scope) => scope !== "write:media").join(" ") }),
    });
    const old = (await registered.json()) as { client_id: string; client_secret: string };
    await apps.set({ instanceUrl: fake.url, clientId: old.client_id, clientSecret: old.client_secret, redirectUri: REDIRECT_URI });
    const connected = await connect().catch((error: unknown) => error);
    expect(connected instanceof FakeOAuthError ? `the instance refused: ${connected.message}` : connected).toEqual({ handle: `@musterstadt@${fake.domain}`, accountId: fake.account.id });
  });

  it("disconnecting revokes the token, forgets it and switches the channel off", async () => {
    const { fake, connector, store, secrets, connect } = await setup();
    await connect();
    const token = (await secrets.get(ref()))?.accessToken ?? "";
    expect(await connector.disconnect({ store, secrets, channelId: "mastodon-main" })).toEqual({ revoked: true });
    expect(await verify(fake, token)).toEqual({ status: 401, error: "The access token was revoked" });
    expect(fake.tokens().find((known) => known.token === token)?.revoked).toBe(true);
    expect(await secrets.get(ref())).toBeUndefined();
    expect(await store.channels.get("mastodon-main")).toMatchObject({ active: false, options: { mastodon: { instanceUrl: fake.url, accountId: fake.account.id } } });
    // Connecting again afterwards gives a new token.
    await connect();
    expect((await secrets.get(ref()))?.accessToken).not.toBe(token);
  });

  it("disconnecting while the instance is down still forgets the token, and says it was not revoked", async () => {
    const { fake, connector, store, secrets, connect } = await setup();
    await connect();
    await closeFake(fake);
    expect(await connector.disconnect({ store, secrets, channelId: "mastodon-main" })).toEqual({ revoked: false });
    expect(await secrets.get(ref())).toBeUndefined();
    expect((await store.channels.get("mastodon-main"))?.active).toBe(false);
  });

  it("disconnecting when the instance answers 503 forgets the token; the token stays valid there", async () => {
    const { fake, connector, store, secrets, connect } = await setup();
    await connect();
    const token = (await secrets.get(ref()))?.accessToken ?? "";
    fake.control.failNext("revokeToken", "retryable");
    expect(await connector.disconnect({ store, secrets, channelId: "mastodon-main" })).toEqual({ revoked: false });
    expect(await secrets.get(ref())).toBeUndefined();
    expect(await verify(fake, token)).toEqual({ status: 200 });
  });

  it("disconnecting a channel that was never connected switches it off and revokes nothing", async () => {
    const { fake, connector, store, secrets } = await setup();
    await store.channels.insert({ id: "mastodon-main", organisationId: ORGANISATION, network: "mastodon", handle: "@musterstadt@social.example", options: { mastodon: { instanceUrl: fake.url } }, active: true });
    expect(await connector.disconnect({ store, secrets, channelId: "mastodon-main" })).toEqual({ revoked: false });
    expect((await store.channels.get("mastodon-main"))?.active).toBe(false);
    expect(fake.requests).toEqual([]);
  });

  it("disconnecting one channel leaves another channel of the same account working", async () => {
    // Mastodon hands the same account the same token for the same app (reuse_access_token): two channels share it.
    const { fake, connector, store, secrets, connect } = await setup();
    await connect("mastodon-main");
    await connect("mastodon-zweitkanal");
    const other = (await secrets.get(ref("mastodon-zweitkanal")))?.accessToken ?? "";
    await connector.disconnect({ store, secrets, channelId: "mastodon-main" });
    expect(await verify(fake, other)).toEqual({ status: 200 });
  });

  it("a token obtained but not kept (the account could not be read) is revoked, not left behind", async () => {
    const { fake, store, secrets, connect } = await setup();
    fake.control.failNext("readProfile", "retryable");
    const error = await rejection(connect());
    expect(error.kind).toBe("retryable");
    expect(await secrets.get(ref())).toBeUndefined();
    const app = fake.registeredApps()[0];
    expect(fake.tokens().filter((known) => known.clientId === app?.clientId && !known.revoked)).toEqual([]);
  });

  it("no error message carries a secret: access token, client secret, code, or code verifier", async () => {
    const { fake, connector, store, secrets } = await setup();
    const target = { store, secrets, channelId: "mastodon-main" };
    const errors: unknown[] = [];
    const collect = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => void errors.push(error));
    const pendings: { verifier: string; code: string }[] = [];
    const attempt = async (fail?: () => void, mangle: (answer: { code: string; state: string }) => { code: string; state: string } = (answer) => answer) => {
      const { authoriseUrl, pending } = await connector.beginAuthorisation(fake.url);
      const { code, state } = fake.authorise(authoriseUrl);
      pendings.push({ verifier: pending.codeVerifier, code });
      fail?.();
      await collect(connector.completeAuthorisation(pending, mangle({ code, state: state ?? "" }), target));
    };
    await attempt(undefined, (answer) => ({ ...answer, state: "falsch" }));
    await attempt(undefined, (answer) => ({ ...answer, code: `${answer.code}x` }));
    await attempt(() => fake.control.failNext("obtainToken", "authentication"));
    await attempt(() => fake.control.failNext("obtainToken", "retryable"));
    // The instance is read beside the account: its request may still be on the way when the other fails.
    await attempt(() => fake.control.failNext("capabilitiesFor", "rate-limited"));
    await attempt(() => fake.control.failNext("readProfile", "authentication"));
    const { authoriseUrl, pending } = await connector.beginAuthorisation(fake.url);
    const { code, state } = fake.authorise(authoriseUrl);
    pendings.push({ verifier: pending.codeVerifier, code });
    await closeFake(fake);
    await collect(connector.completeAuthorisation(pending, { code, state: state ?? "" }, target));
    expect(errors).toHaveLength(7);

    const app = fake.registeredApps()[0];
    const secretsToHide = [app?.clientSecret ?? "", ...fake.tokens().map((known) => known.token), ...pendings.flatMap((item) => [item.verifier, item.code])].filter((value) => value.length > 0);
    for (const error of errors) {
      const shown = [String(error), error instanceof Error ? (error.stack ?? "") : "", JSON.stringify(error), error instanceof Error && error.cause !== undefined ? String(error.cause) : ""].join("\n");
      for (const secret of secretsToHide) expect(shown, "an error names a secret").not.toContain(secret);
    }
  });

  it("the connected channel works with the adapter: publish with an image, read mentions and the profile", async () => {
    const { fake, store, secrets, connect } = await setup();
    await connect();
    // As the engine builds the channel reference: the adapter's own options, and the credentials from the secrets port.
    const channel = await store.channels.get("mastodon-main");
    if (!channel) throw new Error("the channel was not stored");
    const ref1: ChannelRefV1 = { id: channel.id, handle: channel.handle, options: channel.options["mastodon"] as Record<string, unknown> };
    const credentials = await secrets.get({ organisationId: channel.organisationId, channelId: channel.id });
    if (!credentials) throw new Error("the token was not stored");
    const context: AdapterCallContextV1 = { credentials, signal: AbortSignal.timeout(10_000), now: () => Date.now(), logger: silentLogger, media: fake.mediaStore };
    const adapter = createMastodonAdapter({ mediaPolling: { intervalMs: 10, maxIntervalMs: 20, timeoutMs: 5_000 } });

    const result = await adapter.publish(
      { deliveryId: "dlv-1", idempotencyKey: "dlv-1:publish", channel: ref1, text: "Stadtfest am Samstag auf dem Marktplatz.", language: "de", media: [fake.media("image", 1)], links: [], hashtags: [], options: {} },
      context,
    );
    expect(await fake.control.published()).toEqual([expect.objectContaining({ remoteId: result.remoteId, text: "Stadtfest am Samstag auf dem Marktplatz.", mediaCount: 1, idempotencyKey: "dlv-1:publish" })]);

    await fake.control.receiveInteraction({ kind: "mention", author: { handle: "@anna@anderes.social" }, text: "Wann beginnt das Fest?" });
    const page = await adapter.fetchInteractions({ channel: ref1 }, context);
    expect(page.interactions.map((interaction) => interaction.text)).toEqual([expect.stringContaining("Wann beginnt das Fest?")]);
    expect((await adapter.readProfile({ channel: ref1 }, context)).handle).toBe(channel.handle);
  });
});
