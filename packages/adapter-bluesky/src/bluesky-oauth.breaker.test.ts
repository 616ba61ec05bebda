// Attacks on the atproto OAuth support against a REAL local network (PLC,
// PDS with its OAuth provider, AppView) and tiny loopback servers of our own
// in front of or instead of the PDS and its sign-in server, for answers the
// real ones cannot be made to give (invalid_token, use_dpop_nonce, 5xx,
// hangs, redirects). A test that fails here names a defect; its comment says
// what a town hall would see go wrong.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { JoseKey } from "@atproto/oauth-client-node";
import { createMemoryStore, type Logger, type TenantStore } from "@kommune-sm/core";
import { createMemorySecrets, NetworkError, type AdapterCallContextV1, type ChannelRefV1, type CredentialsV1, type SecretsPort } from "@kommune-sm/network";
import { afterAll, describe, expect, it } from "vitest";
import { createBlueskyAdapter } from "./bluesky-adapter.js";
import { disconnectBlueskyAccount } from "./bluesky-connect.js";
import { blueskyChannelOptions } from "./bluesky-channel.js";
import { BLUESKY_OAUTH_SCOPE, refreshOAuthCredentials, revokeOAuthCredentials, type BlueskyOAuth } from "./bluesky-oauth.js";
import { startLocalBluesky, type LocalBluesky, type LocalBlueskyAccount } from "./test-support/local-bluesky.js";
import { approveOnLocalPds } from "./test-support/oauth-consent.js";
import { connectWithOAuth, localOAuthClient, oauthSecretsOf as secretsOf, type OAuthConnected } from "./test-support/oauth-rig.js";

const CHANNEL = "bluesky-main";
const ORGANISATION = "musterstadt";
const ref = { organisationId: ORGANISATION, channelId: CHANNEL };
const POST = "app.bsky.feed.post";

const network: LocalBluesky = await startLocalBluesky();
const servers: Server[] = [];
afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    server.close();
  }
  await network.close();
}, 60_000);

const oauthClient = (): BlueskyOAuth => localOAuthClient(network);
type Connected = OAuthConnected;
const connect = (name?: string, oauth?: BlueskyOAuth): Promise<Connected> => connectWithOAuth(network, name, oauth);

type Store = TenantStore;

/** A logger that keeps every line, to look for secrets in it. */
function recordingLogger(lines: string[]): Logger {
  const log = (level: string) => (message: string, fields?: object) => void lines.push(`${level} ${message} ${JSON.stringify(fields ?? {})}`);
  const logger: Logger = { debug: log("debug"), info: log("info"), warn: log("warn"), error: log("error"), child: () => logger };
  return logger;
}

function contextFor(credentials: CredentialsV1, channel: ChannelRefV1, signal: AbortSignal = AbortSignal.timeout(60_000), lines: string[] = []): AdapterCallContextV1 & { channel: ChannelRefV1 } {
  return { credentials, signal, now: () => Date.now(), logger: recordingLogger(lines), channel };
}

/** The outcome of a promise that must fail: what it threw (any value), or a failure of the test if it resolved. */
async function thrown(promise: Promise<unknown>): Promise<unknown> {
  const outcome = await promise.then(
    () => ({ resolved: true as const }),
    (error: unknown) => ({ resolved: false as const, error }),
  );
  if (outcome.resolved) throw new Error("expected a rejection, but it resolved");
  return outcome.error;
}

async function rejection(promise: Promise<unknown>): Promise<NetworkError> {
  const error = await thrown(promise);
  expect(NetworkError.isNetworkError(error), `expected a NetworkError, got ${String(error)}`).toBe(true);
  return error as NetworkError;
}

/** The promise, or a failure named `what` once `ms` have passed: to tell a hang from an answer. */
async function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`HANG: ${what} did not end within ${ms} ms`)), ms)));
  try {
    return await Promise.race([promise, hang]);
  } finally {
    clearTimeout(timer);
  }
}

/** Everything an error says, as deep as a logger or an event would carry it: message, reason, cause chain, own properties. */
function everythingSaid(error: unknown): string {
  const parts: string[] = [];
  const seen = new Set<unknown>();
  const walk = (value: unknown, depth: number) => {
    if (depth > 6 || value === null || value === undefined || seen.has(value)) return;
    if (typeof value === "string") return void parts.push(value);
    if (typeof value !== "object") return void parts.push(String(value));
    seen.add(value);
    for (const key of [...Object.getOwnPropertyNames(value), "message", "cause", "networkReason", "stack"]) {
      try {
        walk((value as Record<string, unknown>)[key], depth + 1);
      } catch {
        // unreadable property
      }
    }
  };
  walk(error, 0);
  try {
    parts.push(JSON.stringify(error));
  } catch {
    // circular
  }
  return parts.join("\n");
}

function expectNoSecret(text: string, secrets: readonly string[]): void {
  for (const secret of secrets) expect(text.includes(secret), `a secret (${secret.slice(0, 6)}…) appears in: ${text.slice(0, 300)}`).toBe(false);
}

/** A tiny HTTP server on the loopback; `answer` decides every request. */
async function fakeServer(answer: (req: IncomingMessage, res: ServerResponse, body: string) => void): Promise<{ url: string; seen: { method: string; url: string; headers: IncomingMessage["headers"]; body: string }[] }> {
  const seen: { method: string; url: string; headers: IncomingMessage["headers"]; body: string }[] = [];
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    req.on("end", () => {
      seen.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body });
      answer(req, res, body);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
};

/** The channel's options with some fields replaced (a PDS of our own, a forged issuer, …). */
function channelWith(c: Connected, change: { service?: string; did?: string; issuer?: string }): ChannelRefV1 {
  const options = c.channel.options as { service: string; did: string; oauth: { issuer: string } };
  return { ...c.channel, options: { ...options, ...(change.service ? { service: change.service } : {}), ...(change.did ? { did: change.did } : {}), oauth: { ...options.oauth, ...(change.issuer ? { issuer: change.issuer } : {}) } } };
}

/** Proves a refresh token was not used yet: the engine's refresh with it still works. */
async function expectRefreshTokenUnused(c: Connected): Promise<void> {
  const adapter = createBlueskyAdapter({ oauth: c.oauth });
  const fresh = await adapter.refreshCredentials!(c.credentials, contextFor(c.credentials, c.channel));
  expect(await adapter.readProfile!({ channel: c.channel }, contextFor(fresh, c.channel))).toMatchObject({ handle: `@${c.town.handle}` });
}

const profileAnswer = (did: string) => ({ did, handle: "fake.test", displayName: "Fake", description: "" });

// One connected account for the tests that only read (signing in is slow on a small machine).
const shared: Connected = await connect("geteilt");

describe("malformed stored sessions: a clear authentication error, never a retry loop, never a crash", () => {
  // A DPoP key stored without its private part (a vault that dropped `d`, a key copied from a JWKS):
  // every call can only fail. It must ask for a reconnect, not be retried for ever.
  it("a DPoP key without its private part (no d)", { timeout: 60_000 }, async () => {
    const jwk = JSON.parse(shared.credentials.extra!["dpopKey"]!) as Record<string, unknown>;
    delete jwk["d"];
    const broken = { ...shared.credentials, extra: { dpopKey: JSON.stringify(jwk) } };
    const error = await rejection(within(20_000, "readProfile", createBlueskyAdapter({ oauth: shared.oauth }).readProfile!({ channel: shared.channel }, contextFor(broken, shared.channel))));
    expect(error.kind).toBe("authentication");
  });

  // A key of another curve (P-384) than the sign-in server accepts for DPoP (ES256): the adapter must
  // answer with a NetworkError the engine understands, not a plain Error (an adapter defect).
  it("a DPoP key of another curve (P-384)", { timeout: 60_000 }, async () => {
    const other = await JoseKey.generate(["ES384"]);
    const broken = { ...shared.credentials, extra: { dpopKey: JSON.stringify(other.privateJwk) } };
    const error = await rejection(within(20_000, "readProfile", createBlueskyAdapter({ oauth: shared.oauth }).readProfile!({ channel: shared.channel }, contextFor(broken, shared.channel))));
    expect(error.kind).toBe("authentication");
  });

  it("a DPoP key that is a symmetric (oct) key, or JSON that is not an object", { timeout: 60_000 }, async () => {
    const adapter = createBlueskyAdapter({ oauth: shared.oauth });
    for (const dpopKey of [JSON.stringify({ kty: "oct", k: "c2VjcmV0c2VjcmV0c2VjcmV0" }), "null", "[]", '"text"', "12345678"]) {
      const broken = { ...shared.credentials, extra: { dpopKey } };
      const error = await rejection(within(20_000, `readProfile with ${dpopKey}`, adapter.readProfile!({ channel: shared.channel }, contextFor(broken, shared.channel))));
      expect(error.kind, `${dpopKey}: ${error.message}`).toBe("authentication");
    }
  });

  it("channel options with a forged authMethod or issuer are refused with a clear error naming the field", async () => {
    const adapter = createBlueskyAdapter({ oauth: shared.oauth });
    const options = shared.channel.options as { oauth: Record<string, unknown> };
    for (const oauth of [
      { ...options.oauth, authMethod: { method: "client_secret_basic" } },
      { ...options.oauth, authMethod: { method: "private_key_jwt" } },
      { ...options.oauth, issuer: "http://evil.example" },
      { ...options.oauth, issuer: "https://user:pw@pds.example" },
      { ...options.oauth, scope: "transition:generic" },
    ]) {
      const channel = { ...shared.channel, options: { ...shared.channel.options, oauth } };
      const error = await rejection(adapter.readProfile!({ channel }, contextFor(shared.credentials, channel)));
      expect(error.kind).toBe("permanent");
      expect(error.message).toMatch(/channel\.options\.bluesky\.oauth\./);
    }
  });
});

describe("only the engine refreshes: nothing inside an adapter call spends the one-time refresh token", () => {
  it("tokens whose expiresAt is past, or seconds away, and many calls of one account at once: no refresh", { timeout: 90_000 }, async () => {
    const c = await connect("abgelaufen");
    const adapter = createBlueskyAdapter({ oauth: c.oauth });
    for (const expiresAt of [new Date(0).toISOString(), new Date(Date.now() - 3_600_000).toISOString(), new Date(Date.now() + 2_000).toISOString()]) {
      const stale = { ...c.credentials, expiresAt };
      const answers = await Promise.all(Array.from({ length: 6 }, (_, index) => (index % 2 === 0 ? adapter.readProfile!({ channel: c.channel }, contextFor(stale, c.channel)) : adapter.fetchInteractions({ channel: c.channel, limit: 5 }, contextFor(stale, c.channel)))));
      expect(answers).toHaveLength(6);
    }
    // Had the library refreshed inside any of those calls, this one-time refresh token would be spent.
    await expectRefreshTokenUnused(c);
  });

  it("a 401 `DPoP error=\"invalid_token\"` (also after a nonce challenge) is `authentication`, and the sign-in server sees no refresh", { timeout: 90_000 }, async () => {
    const c = await connect("ungueltig");
    let round = 0;
    const pds = await fakeServer((req, res) => {
      round++;
      // Every other request first asks for a nonce, as a PDS does after a restart.
      if (round % 3 === 1) return json(res, 401, { error: "use_dpop_nonce", message: "nonce" }, { "www-authenticate": 'DPoP error="use_dpop_nonce"', "dpop-nonce": `nonce-${round}` });
      json(res, 401, { error: "invalid_token", message: "Token expired" }, { "www-authenticate": 'DPoP error="invalid_token", error_description="Token expired"' });
    });
    const channel = channelWith(c, { service: pds.url });
    const adapter = createBlueskyAdapter({ oauth: c.oauth });
    const stale = { ...c.credentials, expiresAt: new Date(0).toISOString() };
    const errors = await Promise.all([1, 2, 3, 4].map(() => rejection(adapter.readProfile!({ channel }, contextFor(stale, channel)))));
    for (const error of errors) {
      expect(error.kind).toBe("authentication");
      expectNoSecret(everythingSaid(error), secretsOf(c.credentials));
    }
    // Only the fake PDS was asked, with the stored token each time (never a fresh one from a hidden refresh).
    for (const request of pds.seen) expect(request.headers.authorization).toBe(`DPoP ${c.credentials.accessToken}`);
    await expectRefreshTokenUnused(c);
  });

  it("a nonce challenge on the first call is answered once with the nonce, and the call succeeds", { timeout: 60_000 }, async () => {
    const did = (shared.channel.options as { did: string }).did;
    const pds = await fakeServer((req, res) => {
      const proof = String(req.headers["dpop"] ?? "");
      const payload = JSON.parse(Buffer.from(proof.split(".")[1] ?? "", "base64url").toString("utf8") || "{}") as { nonce?: string };
      if (payload.nonce !== "n-1") return json(res, 401, { error: "use_dpop_nonce" }, { "www-authenticate": 'DPoP error="use_dpop_nonce"', "dpop-nonce": "n-1" });
      json(res, 200, profileAnswer(did));
    });
    const channel = channelWith(shared, { service: pds.url });
    expect(await createBlueskyAdapter({ oauth: shared.oauth }).readProfile!({ channel }, contextFor(shared.credentials, channel))).toMatchObject({ handle: "@fake.test" });
    expect(pds.seen).toHaveLength(2);
  });
});

describe("failures of the PDS: retryable, authentication or permanent as they are, never a secret in what is said", () => {
  it("5xx and a dropped connection are retryable; 401 authentication; an echo of the request's headers quotes no secret", { timeout: 60_000 }, async () => {
    const lines: string[] = [];
    const answers: [number | "drop", string][] = [
      [500, "retryable"],
      [502, "retryable"],
      [503, "retryable"],
      ["drop", "retryable"],
      [401, "authentication"],
    ];
    for (const [status, kind] of answers) {
      const pds = await fakeServer((req, res) => {
        if (status === "drop") return void req.socket.destroy();
        // A PDS (or a proxy in front of it) that quotes the request in its error.
        json(res, status, { error: status === 401 ? "AuthMissing" : "InternalServerError", message: `seen: ${JSON.stringify(req.headers)} ${req.headers.authorization}` }, { "x-echo": String(req.headers.authorization) });
      });
      const channel = channelWith(shared, { service: pds.url });
      const error = await rejection(createBlueskyAdapter({ oauth: shared.oauth }).publish({ deliveryId: "d", idempotencyKey: `key-${status}`, channel, text: "Hallo", language: "de", media: [], links: [], hashtags: [], options: {} }, contextFor(shared.credentials, channel, AbortSignal.timeout(30_000), lines)));
      expect(error.kind, `HTTP ${status}: ${error.message}`).toBe(kind);
      expectNoSecret(error.message + (error.networkReason ?? ""), secretsOf(shared.credentials));
    }
    expectNoSecret(lines.join("\n"), secretsOf(shared.credentials));
  });

  it("a PDS that never answers: the call ends when its signal aborts", { timeout: 60_000 }, async () => {
    const pds = await fakeServer(() => undefined);
    const channel = channelWith(shared, { service: pds.url });
    const error = await rejection(within(10_000, "a call to a hanging PDS", createBlueskyAdapter({ oauth: shared.oauth }).readProfile!({ channel }, contextFor(shared.credentials, channel, AbortSignal.timeout(500)))));
    expect(error.kind).toBe("retryable");
  });

  it("a PDS that redirects: the token never travels to the other host", { timeout: 60_000 }, async () => {
    const elsewhere = await fakeServer((_req, res) => json(res, 200, profileAnswer("did:plc:aaaaaaaaaaaaaaaaaaaaaaaa")));
    for (const status of [301, 302, 307, 308]) {
      const pds = await fakeServer((req, res) => {
        res.writeHead(status, { location: `${elsewhere.url}${req.url}` });
        res.end();
      });
      const channel = channelWith(shared, { service: pds.url });
      await rejection(createBlueskyAdapter({ oauth: shared.oauth }).readProfile!({ channel }, contextFor(shared.credentials, channel)));
    }
    expect(elsewhere.seen).toEqual([]);
  });
});

describe("the sign-in server: its metadata, refresh and revocation obey the signal and trust nothing forged", () => {
  // The metadata of the sign-in server is fetched (again) on a process's first call and whenever the
  // library's cache expires: a sign-in server that hangs must not hold the call past its signal.
  it("a sign-in server whose metadata never comes: the call ends when its signal aborts", { timeout: 60_000 }, async () => {
    const issuer = await fakeServer(() => undefined);
    const channel = channelWith(shared, { issuer: issuer.url });
    const error = await rejection(within(10_000, "a call whose sign-in server hangs", createBlueskyAdapter({ oauth: oauthClient() }).readProfile!({ channel }, contextFor(shared.credentials, channel, AbortSignal.timeout(500)))));
    expect(error.kind).toBe("retryable");
  });

  // Revoking resolves the account's DID afresh (PLC directory, PDS, sign-in server): any of them
  // hanging must not hold disconnectBlueskyAccount past the signal its caller gave it.
  it("disconnecting when the PLC directory hangs: ends when the disconnect's signal aborts, forgets everything, revoked: false", { timeout: 60_000 }, async () => {
    const c = await connect("haengt");
    const plc = await fakeServer(() => undefined);
    const hanging = localOAuthClient(network, { plcDirectoryUrl: plc.url });
    const outcome = await within(10_000, "disconnecting", disconnectBlueskyAccount({ store: c.store, secrets: c.secrets, channelId: CHANNEL }, { oauth: hanging, signal: AbortSignal.timeout(500) }));
    expect(outcome).toEqual({ revoked: false });
    expect(await c.secrets.get(ref)).toBeUndefined();
  });

  it("revokeOAuthCredentials and refreshOAuthCredentials given a signal: a hanging PLC directory or sign-in server ends them when it aborts", { timeout: 60_000 }, async () => {
    const plc = await fakeServer(() => undefined);
    const hanging = localOAuthClient(network, { plcDirectoryUrl: plc.url });
    const opts = blueskyChannelOptions(shared.channel);
    expect(await within(10_000, "revoking", revokeOAuthCredentials(hanging, shared.credentials, opts, { signal: AbortSignal.timeout(500) }))).toBe(false);
    const issuer = await fakeServer(() => undefined);
    const error = await rejection(within(10_000, "refreshing", refreshOAuthCredentials(oauthClient(), shared.credentials, blueskyChannelOptions(channelWith(shared, { issuer: issuer.url })), { signal: AbortSignal.timeout(500) })));
    expect(error.kind).toBe("retryable");
  });

  /** A sign-in server of someone else's: serves the real server's metadata under its own name, and hands out tokens to anyone. */
  async function forgedIssuer(c: Connected) {
    const real = (c.channel.options as { oauth: { issuer: string } }).oauth.issuer;
    const metadata = (await (await fetch(`${real}/.well-known/oauth-authorization-server`)).json()) as Record<string, unknown>;
    let url = "";
    const evil = await fakeServer((req, res) => {
      if (req.url === "/.well-known/oauth-authorization-server") return json(res, 200, { ...metadata, issuer: url, token_endpoint: `${url}/oauth/token`, revocation_endpoint: `${url}/oauth/revoke`, pushed_authorization_request_endpoint: `${url}/oauth/par`, authorization_endpoint: `${url}/oauth/authorize` });
      json(res, 200, { access_token: "stolen-access", token_type: "DPoP", refresh_token: "stolen-refresh", sub: (c.channel.options as { did: string }).did, scope: BLUESKY_OAUTH_SCOPE, expires_in: 3600 });
    });
    url = evil.url;
    return evil;
  }

  // A channel's issuer changed to a server of someone else's, or (the honest case) the account moved
  // to another PDS: the refresh token must never be sent there, and the engine must ask for a
  // reconnect (authentication), not fail the delivery for good (permanent) and go on doing so.
  it("a forged issuer (or an account moved to another PDS): the refresh fails as authentication, the refresh token is not sent", { timeout: 60_000 }, async () => {
    const c = await connect("umgezogen");
    const evil = await forgedIssuer(c);
    const channel = channelWith(c, { issuer: evil.url });
    const error = await rejection(createBlueskyAdapter({ oauth: c.oauth }).refreshCredentials!(c.credentials, contextFor(c.credentials, channel)));
    expect(evil.seen.filter((request) => request.body.includes(c.credentials.refreshToken!))).toEqual([]);
    expectNoSecret(everythingSaid(error), secretsOf(c.credentials));
    expect(error.kind).toBe("authentication");
  });

  // disconnectBlueskyAccount revoked at the channel's issuer without checking that it is the
  // account's sign-in server: the refresh token (and the client's signed assertion) went to whatever
  // host the channel names. It must go to the sign-in server the account's DID names, and be revoked there.
  it("disconnecting a channel with a forged issuer does not hand the refresh token to it, and revokes at the account's own server", { timeout: 60_000 }, async () => {
    const c = await connect("abmelden");
    const evil = await forgedIssuer(c);
    const existing = (await c.store.channels.get(CHANNEL))!;
    await c.store.channels.save({ ...existing, options: { bluesky: channelWith(c, { issuer: evil.url }).options } });
    const outcome = await disconnectBlueskyAccount({ store: c.store, secrets: c.secrets, channelId: CHANNEL }, { oauth: c.oauth });
    expect(evil.seen.filter((request) => request.body.includes(c.credentials.refreshToken!) || request.body.includes(c.credentials.accessToken))).toEqual([]);
    expect(await c.secrets.get(ref)).toBeUndefined();
    expect(outcome).toEqual({ revoked: true });
    const refused = await rejection(createBlueskyAdapter({ oauth: c.oauth }).refreshCredentials!(c.credentials, contextFor(c.credentials, c.channel)));
    expect(refused.kind).toBe("authentication");
  });
});

/** An authorisation approved in the browser, waiting for complete(). */
async function approved(oauth: BlueskyOAuth, account: LocalBlueskyAccount, signInAs: LocalBlueskyAccount = account): Promise<URLSearchParams> {
  const back = await approveOnLocalPds({ authorizeUrl: await oauth.authorize(account.handle), identifier: signInAs.handle, password: signInAs.password });
  return back.searchParams;
}

function target(organisationId = ORGANISATION, channelId = CHANNEL) {
  return { store: createMemoryStore().tenant(organisationId), secrets: createMemorySecrets(), channelId };
}

async function expectNothingStored(t: ReturnType<typeof target>): Promise<void> {
  expect(await t.secrets.get({ organisationId: t.store.organisationId, channelId: t.channelId })).toBeUndefined();
  expect(await t.store.channels.list()).toEqual([]);
}

describe("complete() never stores half", () => {
  it("a callback taken by another client instance (state it never issued) is refused, nothing stored", { timeout: 60_000 }, async () => {
    const town = await network.createAccount("fremd");
    const params = await approved(oauthClient(), town);
    const t = target();
    const error = await rejection(oauthClient().complete(params, t));
    await expectNothingStored(t);
    expect(error.kind).not.toBe("retryable");
  });

  it("an iss that does not match the sign-in server is refused, nothing stored, no secret in the error", { timeout: 60_000 }, async () => {
    const oauth = oauthClient();
    const town = await network.createAccount("iss");
    const params = await approved(oauth, town);
    params.set("iss", "https://evil.example");
    const t = target();
    const error = await rejection(oauth.complete(params, t));
    await expectNothingStored(t);
    expectNoSecret(everythingSaid(error), [params.get("code")!, town.password]);
  });

  it("the first call fails (the caller's signal is gone): nothing stored, no channel", { timeout: 60_000 }, async () => {
    const oauth = oauthClient();
    const town = await network.createAccount("abbruch");
    const params = await approved(oauth, town);
    const t = target();
    const gone = new AbortController();
    gone.abort();
    const error = await rejection(oauth.complete(params, t, { signal: gone.signal }));
    await expectNothingStored(t);
    // Given up by the caller: nothing wrong with the account, try again.
    expect(error.kind).toBe("retryable");
  });

  // The store refuses the channel (a uniqueness conflict, a database that is down) after the tokens
  // were written to the secrets port: the vault keeps a live session for a channel that does not
  // exist (or a reconnect overwrote the working one), and nobody will ever revoke or delete it.
  it("a store whose write fails after the vault was written: the vault is left as it was", { timeout: 60_000 }, async () => {
    const oauth = oauthClient();
    const town = await network.createAccount("speicher");
    const params = await approved(oauth, town);
    const t = target();
    const failing = { ...t, store: { ...t.store, organisationId: t.store.organisationId, channels: { ...t.store.channels, get: t.store.channels.get.bind(t.store.channels), insert: async () => Promise.reject(new Error("database is down")), save: async () => Promise.reject(new Error("database is down")) } } as Store };
    await thrown(oauth.complete(params, failing));
    expect(await t.secrets.get(ref)).toBeUndefined();
    // A reconnect whose store write fails keeps the working session of before.
    const c = await connect("vorher", oauth);
    const again = await approved(oauth, c.town);
    await thrown(oauth.complete(again, { ...failing, secrets: c.secrets }));
    expect(await c.secrets.get(ref)).toEqual(c.credentials);
  });

  it("the same callback completed twice at once (a double click, a browser retry): one connection, the other refused, the stored session works", { timeout: 60_000 }, async () => {
    const oauth = oauthClient();
    const town = await network.createAccount("doppelklick");
    const params = await approved(oauth, town);
    const t = target();
    const outcomes = await Promise.allSettled([oauth.complete(params, t), oauth.complete(new URLSearchParams(params), t)]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    const credentials = (await t.secrets.get(ref))!;
    const channel = (await t.store.channels.get(CHANNEL))!;
    const channelRef = { id: channel.id, handle: channel.handle, options: channel.options["bluesky"] as Record<string, unknown> };
    await network.processAll(); // the AppView must know a new account before its profile can be read
    expect(await createBlueskyAdapter({ oauth }).readProfile!({ channel: channelRef }, contextFor(credentials, channelRef))).toMatchObject({ handle: `@${town.handle}` });
  });

  it("a refresh token used twice: authentication, and nothing the error carries (message, reason, cause) holds a token or the key's d", { timeout: 60_000 }, async () => {
    const c = await connect("zweitesmal");
    const adapter = createBlueskyAdapter({ oauth: c.oauth });
    await adapter.refreshCredentials!(c.credentials, contextFor(c.credentials, c.channel));
    const error = await rejection(adapter.refreshCredentials!(c.credentials, contextFor(c.credentials, c.channel)));
    expect(error.kind).toBe("authentication");
    expectNoSecret(everythingSaid(error), secretsOf(c.credentials));
  });

  // The admin typed the town's handle, but the browser was still signed in with (or the person typed)
  // a private account: complete() connects whatever account signed in, under the town's channel.
  it("an authorisation for one account completed by a sign-in as another is refused, nothing stored", { timeout: 60_000 }, async () => {
    const oauth = oauthClient();
    const town = await network.createAccount("rathaus");
    const private_ = await network.createAccount("privat");
    let params: URLSearchParams;
    try {
      params = await approved(oauth, town, private_);
    } catch (error) {
      // The sign-in server itself refused the other account: the promise holds.
      expect(String(error)).toMatch(/sign|login|account/i);
      return;
    }
    const t = target();
    await thrown(oauth.complete(params, t));
    await expectNothingStored(t);
  });
});

describe("completions at the same moment and tenant isolation", () => {
  it("two accounts completed at once through one client: each channel gets its own account and session", { timeout: 90_000 }, async () => {
    const oauth = oauthClient();
    const [a, b] = [await network.createAccount("parallel-a"), await network.createAccount("parallel-b")];
    const [pa, pb] = [await approved(oauth, a), await approved(oauth, b)];
    const [ta, tb] = [target("org-a"), target("org-b")];
    await Promise.all([oauth.complete(pa, ta), oauth.complete(pb, tb)]);
    expect((await ta.store.channels.get(CHANNEL))!.handle).toBe(`@${a.handle}`);
    expect((await tb.store.channels.get(CHANNEL))!.handle).toBe(`@${b.handle}`);
    expect(((await ta.store.channels.get(CHANNEL))!.options["bluesky"] as { did: string }).did).toBe(a.did);
    expect(((await tb.store.channels.get(CHANNEL))!.options["bluesky"] as { did: string }).did).toBe(b.did);
  });

  // Two organisations (or two channels) connect the same account at the same moment through one
  // application: each completion must end with its own working session or with nothing stored, and a
  // session one organisation's person granted must never end up in the other organisation.
  for (const round of [1, 2, 3]) {
    it(`the same account completed twice at once (round ${round}): each either has its own working session or nothing`, { timeout: 90_000 }, async () => {
      const oauth = oauthClient();
      const town = await network.createAccount(`doppelt${round}`);
      const [pa, pb] = [await approved(oauth, town), await approved(oauth, town)];
      const [ta, tb] = [target("org-a"), target("org-b")];
      const outcomes = await Promise.allSettled([oauth.complete(pa, ta), oauth.complete(pb, tb)]);
      const stored = [await ta.secrets.get({ organisationId: "org-a", channelId: CHANNEL }), await tb.secrets.get({ organisationId: "org-b", channelId: CHANNEL })];
      for (const [index, outcome] of outcomes.entries()) {
        const t = [ta, tb][index]!;
        if (outcome.status === "rejected") {
          expect(stored[index], `completion ${index} failed but stored tokens`).toBeUndefined();
          expect(await t.store.channels.list()).toEqual([]);
        } else {
          const credentials = stored[index]!;
          const channel = (await t.store.channels.get(CHANNEL))!;
          const ref_ = { id: channel.id, handle: channel.handle, options: channel.options["bluesky"] as Record<string, unknown> };
          await network.processAll(); // the AppView must know a new account before its profile can be read
          expect(await createBlueskyAdapter({ oauth }).readProfile!({ channel: ref_ }, contextFor(credentials, ref_))).toMatchObject({ handle: `@${town.handle}` });
        }
      }
      // Never the same session in two organisations.
      if (stored[0] && stored[1]) expect(stored[0].extra!["dpopKey"]).not.toBe(stored[1].extra!["dpopKey"]);
      expect(outcomes.some((outcome) => outcome.status === "fulfilled")).toBe(true);
    });
  }

  // The callback URL of an authorisation organisation A started (for A's own account) opened by
  // organisation B's admin (a forwarded link, a login CSRF): complete() with B's target would store A's
  // account under B's channel, and B's posts would go out from it. The state given to authorize must be
  // checkable before anything is stored.
  it("a callback started for organisation A, completed for organisation B with B's expected state: refused, nothing stored in B", { timeout: 60_000 }, async () => {
    const oauth = oauthClient();
    const account = await network.createAccount("csrf");
    const back = await approveOnLocalPds({ authorizeUrl: await oauth.authorize(account.handle, { state: "org-a" }), identifier: account.handle, password: account.password });
    const b = target("org-b");
    await thrown(oauth.complete(back.searchParams, b, { expectedState: "org-b" }));
    await expectNothingStored(b);
  });

  it("the state given to authorize comes back from complete, and the expected one is accepted", { timeout: 60_000 }, async () => {
    const oauth = oauthClient();
    const account = await network.createAccount("zustand");
    const back = await approveOnLocalPds({ authorizeUrl: await oauth.authorize(account.handle, { state: "org-a/admin-7" }), identifier: account.handle, password: account.password });
    const a = target("org-a");
    expect(await oauth.complete(back.searchParams, a, { expectedState: "org-a/admin-7" })).toMatchObject({ did: account.did, state: "org-a/admin-7" });
  });

  it("a channel of organisation A pointed at organisation B's account cannot write or delete there with A's session", { timeout: 90_000 }, async () => {
    const oauth = oauthClient();
    const a = await connect("mandant-a", oauth);
    const b = await connect("mandant-b", oauth);
    const adapter = createBlueskyAdapter({ oauth });
    const published = await adapter.publish({ deliveryId: "b1", idempotencyKey: "b-post-1", channel: b.channel, text: "Beitrag von B", language: "de", media: [], links: [], hashtags: [], options: {} }, contextFor(b.credentials, b.channel));
    const forged = channelWith(a, { did: b.town.did });
    await rejection(adapter.publish({ deliveryId: "a1", idempotencyKey: "a-post-1", channel: forged, text: "Fremder Beitrag", language: "de", media: [], links: [], hashtags: [], options: {} }, contextFor(a.credentials, forged)));
    await adapter.delete!({ channel: forged, remoteId: published.remoteId }, contextFor(a.credentials, forged)).catch(() => undefined);
    const records = await b.town.agent.com.atproto.repo.listRecords({ repo: b.town.did, collection: POST });
    expect(records.data.records.map((record) => record.uri)).toEqual([published.remoteId]);
  });
});
