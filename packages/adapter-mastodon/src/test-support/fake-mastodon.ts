import { randomBytes } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Media, MediaKind } from "@kommune-sm/core";
import { createMemoryMediaStore, sampleMediaBytes, type ChannelRefV1, type CredentialsV1, type MediaFormatName, type MemoryMediaStore } from "@kommune-sm/network";
import type { AdapterTestControl, InjectedFailureKind, InjectedFailureOptions, NetworkPostRecord, NetworkReplyRecord, SimulatedInteraction } from "@kommune-sm/network/testkit";
import { citizenAccount, receiveInteraction } from "./fake-mastodon-citizens.js";
import type { FormFields } from "./fake-mastodon-media.js";
import { authoriseAt, issue, type FakeAuthorisationGrant, type FakeAuthorisationRefusal, type FakeOAuthToken } from "./fake-mastodon-oauth.js";
import { RateLimiter, rateLimitHeaders } from "./fake-mastodon-rate-limit.js";
import { routeOf, type FakeMastodonOperation } from "./fake-mastodon-routes.js";
import { createFakeMastodonState, settingsOf, stateAs, type FakeMastodonOptions, type ProfileField, type StoredStatus } from "./fake-mastodon-state.js";
import { refuse, type FakeAnswer } from "./fake-mastodon-statuses.js";
import { loadMastodonContract, type MastodonContract } from "./mastodon-contract.js";

/*
 * A fake Mastodon instance: a real HTTP server on 127.0.0.1 that keeps
 * Mastodon's documented behaviour for the endpoints the adapter uses
 * (status codes, error texts, Idempotency-Key, media processing, paging,
 * Link and X-RateLimit headers), and checks every request it receives and
 * every answer it sends against the Mastodon OpenAPI description, when that
 * is available. Tests assert `contractProblems()` is empty.
 */

export type { FakeMastodonOptions } from "./fake-mastodon-state.js";
export type { FakeMastodonOperation } from "./fake-mastodon-routes.js";
export { FakeOAuthError, type FakeAuthorisationGrant, type FakeAuthorisationRefusal } from "./fake-mastodon-oauth.js";

/** An app registered on the fake (`POST /api/v1/apps`), for assertions. */
export interface FakeMastodonApp {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly name: string;
  readonly website: string | null;
  readonly redirectUris: readonly string[];
  readonly scopes: readonly string[];
}

/** An access token the fake knows, for assertions. */
export interface FakeMastodonToken {
  readonly token: string;
  /** The app it was issued to; undefined for {@link FakeMastodon.accessToken}. */
  readonly clientId: string | undefined;
  /** The account's username; undefined for an app token (client credentials). */
  readonly username: string | undefined;
  readonly scopes: readonly string[];
  readonly revoked: boolean;
}

/** A request the fake received (no credentials). */
export interface FakeMastodonRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  /** The Idempotency-Key header, when sent. */
  readonly idempotencyKey?: string;
  /** The status the fake answered with. */
  status?: number;
}

/** A post of our account as the network holds it, with what the kit's record leaves out. */
export interface FakeMastodonPostRecord extends NetworkPostRecord {
  /** How many media are attached. */
  readonly mediaCount: number;
  readonly visibility: string;
  readonly language: string | null;
  readonly inReplyToRemoteId: string | null;
}

/** The kit's control, plus `failNext` for `capabilitiesFor`. */
export interface FakeMastodonControl extends AdapterTestControl {
  /** The next request of `operation` fails as `kind` (see the mapping in {@link startFakeMastodon}). */
  failNext(operation: FakeMastodonOperation, kind: InjectedFailureKind, options?: InjectedFailureOptions): void;
  receiveInteraction(interaction: SimulatedInteraction): Promise<{ readonly remoteId: string }>;
  published(): Promise<readonly FakeMastodonPostRecord[]>;
  replies(): Promise<readonly NetworkReplyRecord[]>;
}

/** A status as the fake holds it, for assertions. */
export type FakeMastodonStatus = Readonly<Omit<StoredStatus, "counts">> & { readonly counts: Readonly<StoredStatus["counts"]> };

/** A running fake Mastodon. */
export interface FakeMastodon {
  /** Base URL, e.g. `http://127.0.0.1:54321`. */
  readonly url: string;
  /** The instance's domain (handles, links), e.g. `social.example`. */
  readonly domain: string;
  /** Our account's access token (random, 32 characters). */
  readonly accessToken: string;
  /** Our account. */
  readonly account: { readonly id: string; readonly username: "musterstadt" };
  /** The channel of our account: handle `@musterstadt@<domain>`, options `{ instanceUrl, accountId }`. */
  readonly channel: ChannelRefV1;
  readonly credentials: CredentialsV1;
  readonly control: FakeMastodonControl;
  /** Holds the bytes of every medium {@link media} hands out. */
  readonly mediaStore: MemoryMediaStore;
  /** A medium of `kind` in {@link mediaStore}: a JPEG, GIF, MP4 or PDF sample with alt text "Bild: Stadtfest". */
  media(kind: MediaKind, index: number): Media;
  /** Every request received, in order. */
  readonly requests: readonly FakeMastodonRequest[];
  /** What broke the Mastodon API contract so far (requests and answers); empty when the contract is missing. */
  contractProblems(): string[];
  /** Where the contract was looked for when it is missing; undefined when the fake checks traffic against it. */
  readonly contractMissing: string | undefined;
  /** Every status the fake holds (ours and citizens', deleted ones flagged), oldest first. */
  statuses(): FakeMastodonStatus[];
  /** Changes our profile: the bio and the fields as written (plain text). */
  setProfile(profile: { readonly note?: string; readonly fields?: readonly ProfileField[] }): void;
  /** Sets our account's followers_count. */
  setFollowers(count: number): void;
  /** Sets a status's counts (favourites, reblogs, replies, quotes). */
  setCounts(statusId: string, counts: Partial<StoredStatus["counts"]>): void;
  /** Revokes a token (default: {@link accessToken}): every later request with it gets 401 "The access token was revoked". */
  revokeToken(token?: string): void;
  /**
   * A person opening `authoriseUrl` (`GET /oauth/authorize`) in a browser,
   * logged in as `username` (default "musterstadt"; others come from
   * {@link addAccount}), who allows access (default) or denies it (`approve:
   * false`). Checks the request as Doorkeeper does (client, redirect URI,
   * `response_type=code`, scopes within the app's, PKCE with S256 only) and
   * answers what the redirect carries back. Throws a `FakeOAuthError` when
   * the page would hand out no code (unknown client, redirect URI not
   * registered, scope not allowed, …). The request counts in
   * {@link requests} and is checked against the contract.
   */
  authorise(authoriseUrl: string, options?: { readonly approve?: true; readonly username?: string }): FakeAuthorisationGrant;
  authorise(authoriseUrl: string, options: { readonly approve: false; readonly username?: string }): FakeAuthorisationRefusal;
  /** Adds a local account of the instance that can authorise apps (a second account to connect); returns its id. */
  addAccount(username: string, displayName?: string): { readonly id: string; readonly username: string };
  /** The apps registered so far, oldest first. */
  registeredApps(): FakeMastodonApp[];
  /** Every access token the fake knows (also revoked ones), oldest first. */
  tokens(): FakeMastodonToken[];
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 120 * 1_048_576;
const SAMPLE_FILES: Record<MediaKind, { readonly format: MediaFormatName; readonly extension: string; readonly mimeType: string }> = {
  image: { format: "jpeg", extension: "jpg", mimeType: "image/jpeg" },
  gif: { format: "gif", extension: "gif", mimeType: "image/gif" },
  video: { format: "mp4", extension: "mp4", mimeType: "video/mp4" },
  document: { format: "pdf", extension: "pdf", mimeType: "application/pdf" },
};

type Sent = FakeAnswer & { readonly html?: string };

/** The body of a request as the routes and the contract read it. */
async function readBody(raw: Buffer, headers: IncomingHttpHeaders): Promise<{ json: Record<string, unknown>; form?: FormFields; forContract?: unknown } | { error: string }> {
  if (raw.length === 0) return { json: {} };
  const type = (headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
  if (type === "multipart/form-data") {
    const data = await new Response(raw, { headers: { "content-type": headers["content-type"] ?? "" } }).formData();
    const form: FormFields = new Map();
    const forContract: Record<string, string> = {};
    for (const [name, value] of data) {
      form.set(name, value);
      forContract[name] = typeof value === "string" ? value : "(binary)";
    }
    return { json: {}, form, forContract };
  }
  if (type === "application/x-www-form-urlencoded") {
    const json: Record<string, unknown> = {};
    for (const [name, value] of new URLSearchParams(raw.toString("utf8"))) {
      if (name.endsWith("[]")) ((json[name.slice(0, -2)] ??= []) as string[]).push(value);
      else json[name] = value;
    }
    return { json, forContract: json };
  }
  try {
    const parsed: unknown = JSON.parse(raw.toString("utf8"));
    const json = parsed !== null && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
    return { json, forContract: parsed };
  } catch {
    return { error: "Error while parsing request" };
  }
}

/**
 * Starts a fake Mastodon instance on an ephemeral port of 127.0.0.1, with
 * our account "musterstadt" and its access token.
 *
 * `control.failNext(operation, kind)` fails the next request that belongs
 * to `operation`:
 * - publish: `POST /api/v2/media`, `GET /api/v1/media/:id`, `POST /api/v1/statuses` without `in_reply_to_id`;
 * - reply: `POST /api/v1/statuses` with `in_reply_to_id`;
 * - delete: `DELETE /api/v1/statuses/:id`;
 * - lookup and fetchMetrics (either): `GET /api/v1/accounts/:id/statuses`, `GET /api/v1/statuses/:id`,
 *   `GET /api/v1/statuses/:id/source`, `GET /api/v1/accounts/:id`;
 * - fetchInteractions: `GET /api/v1/notifications`; readProfile: `GET /api/v1/accounts/verify_credentials`;
 *   capabilitiesFor: `GET /api/v2/instance`;
 * - registerApp: `POST /api/v1/apps`; obtainToken: `POST /oauth/token`; revokeToken: `POST /oauth/revoke`.
 *
 * Tokens: {@link FakeMastodon.accessToken} has the scopes read, write, follow
 * and push; tokens from `authorise` + `POST /oauth/token` have the scopes
 * asked for, and act for the account that authorised (403 "This action is
 * outside the authorized scopes" when an endpoint needs another).
 * Kinds: "retryable" → 503 with an HTML page (a proxy's); "rate-limited" →
 * 429 `{"error":"Too many requests"}` with X-RateLimit-Remaining 0 and
 * X-RateLimit-Reset now + `retryAfterMs` (no Retry-After, as Mastodon);
 * "authentication" → 401 `{"error":"The access token is invalid"}`.
 *
 * @example
 * ```ts
 * const fake = await startFakeMastodon();
 * const adapter = createMastodonAdapter();
 * await adapter.publish(request, { credentials: fake.credentials, media: fake.mediaStore, ... });
 * expect(fake.contractProblems()).toEqual([]);
 * await fake.close();
 * ```
 */
export async function startFakeMastodon(options: FakeMastodonOptions = {}): Promise<FakeMastodon> {
  const settings = settingsOf(options);
  const state = createFakeMastodonState(settings);
  const accessToken = randomBytes(24).toString("base64url").slice(0, 32);
  // Our account's token as a personal one from the settings ("Development"): every scope a client usually asks for.
  issue(state, { token: accessToken, accountId: state.me.id, scopes: ["read", "write", "follow", "push"], createdAt: settings.now() });
  const limiter = new RateLimiter(settings.now);
  const requests: FakeMastodonRequest[] = [];
  const problems: string[] = [];
  const pending: { operation: FakeMastodonOperation; kind: InjectedFailureKind; options: InjectedFailureOptions }[] = [];
  const loaded = loadMastodonContract();
  const contract: MastodonContract | undefined = "missing" in loaded ? undefined : loaded;
  let baseUrl = "";

  const injected = (kind: InjectedFailureKind, failure: InjectedFailureOptions): Sent => {
    if (kind === "retryable") return { status: 503, html: "<html><body><h1>503 Service Unavailable</h1></body></html>" };
    if (kind === "authentication") return refuse(401, "The access token is invalid");
    const resetAt = settings.now() + (failure.retryAfterMs ?? 60_000);
    return { status: 429, body: { error: "Too many requests" }, headers: rateLimitHeaders(settings.rateLimit.requests, 0, resetAt) };
  };

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = (request.method ?? "GET").toUpperCase();
    const url = new URL(request.url ?? "/", baseUrl);
    const path = url.pathname;
    const send = (answer: Sent, check: boolean) => {
      entry.status = answer.status;
      if (check && contract) problems.push(...contract.checkResponse({ method, path, status: answer.status, body: answer.body }));
      if (answer.html !== undefined) {
        response.writeHead(answer.status, { "content-type": "text/html; charset=utf-8" }).end(answer.html);
        return;
      }
      const headers: Record<string, string> = { ...answer.headers };
      if (answer.body !== undefined) headers["content-type"] = "application/json; charset=utf-8";
      response.writeHead(answer.status, headers).end(answer.body === undefined ? undefined : JSON.stringify(answer.body));
    };
    const keyHeader = request.headers["idempotency-key"];
    const entry: FakeMastodonRequest = { method, path, query: url.searchParams, ...(typeof keyHeader === "string" ? { idempotencyKey: keyHeader } : {}) };
    requests.push(entry);

    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of request as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) return send(refuse(413, "Request entity too large"), false);
      chunks.push(chunk);
    }
    const body = await readBody(Buffer.concat(chunks), request.headers);
    if ("error" in body) return send(refuse(400, body.error), false);
    if (contract) problems.push(...contract.checkRequest({ method, path, query: url.searchParams, headers: request.headers, body: body.forContract }));

    // Rack::Attack counts by token (even a wrong one) before the request reaches Mastodon.
    const token = /^Bearer\s+(.+)$/i.exec(request.headers.authorization ?? "")?.[1]?.trim();
    const holder: FakeOAuthToken | undefined = token === undefined ? undefined : state.oauth.tokens.get(token);
    const account = holder && !holder.revoked && holder.accountId !== undefined ? state.accounts.get(holder.accountId) : undefined;
    // A token of another account acts as that account: "our account" of the routes is the token's.
    const route = routeOf(account ? stateAs(state, account) : state, { method, path, query: url.searchParams, json: body.json, ...(body.form ? { form: body.form } : {}), ...(entry.idempotencyKey === undefined ? {} : { idempotencyKey: entry.idempotencyKey }), baseUrl });
    const failure = route === undefined ? -1 : pending.findIndex((item) => route.operations.includes(item.operation));
    if (failure !== -1) {
      const [item] = pending.splice(failure, 1);
      if (item) return send(injected(item.kind, item.options), item.kind !== "retryable");
    }

    const bucketKey = token === undefined ? "ip:127.0.0.1" : `token:${token}`;
    const verdict = limiter.hit([
      { key: bucketKey, budget: settings.rateLimit },
      ...(route?.mediaUpload ? [{ key: `media:${bucketKey}`, budget: settings.mediaRateLimit }] : []),
    ]);
    const withLimits = (answer: FakeAnswer): FakeAnswer => ({ ...answer, headers: { ...answer.headers, ...verdict.headers } });
    if (verdict.limited) return send(withLimits(refuse(429, "Too many requests")), route !== undefined);
    if (route === undefined) return send(withLimits(refuse(404, "Record not found")), false);
    if (route.authenticated) {
      if (!holder || holder.revoked) return send(withLimits(refuse(401, holder ? "The access token was revoked" : "The access token is invalid")), true);
      // Mastodon answers 403 here for every operation; the description documents it for few, so the answer is not checked.
      if (!route.scopes.some((scope) => holder.scopes.includes(scope))) return send(withLimits(refuse(403, "This action is outside the authorized scopes")), false);
      if (!account) return send(withLimits(refuse(422, "This method requires an authenticated user")), true);
    }
    send(withLimits(await route.serve()), true);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      problems.push(`the fake Mastodon failed on ${request.method} ${request.url}: ${error instanceof Error ? error.message : String(error)}`);
      if (!response.headersSent) response.writeHead(500, { "content-type": "application/json; charset=utf-8" }).end(JSON.stringify({ error: "Internal server error" }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}`;
  const mediaStore = createMemoryMediaStore();
  const { me } = state;
  const ownRecord = (status: StoredStatus): FakeMastodonPostRecord => ({
    remoteId: status.id,
    text: status.text,
    ...(status.idempotencyKey === undefined ? {} : { idempotencyKey: status.idempotencyKey }),
    ...(status.spoilerText === "" ? {} : { contentWarning: status.spoilerText }),
    mediaCount: status.mediaIds.length,
    visibility: status.visibility,
    language: status.language,
    inReplyToRemoteId: status.inReplyToId,
  });
  const ours = () => [...state.statuses.values()].filter((status) => status.accountId === me.id && !status.deleted);

  const control: FakeMastodonControl = {
    failNext: (operation, kind, failure = {}) => void pending.push({ operation, kind, options: failure }),
    receiveInteraction: async (interaction) => ({ remoteId: receiveInteraction(state, interaction).id }),
    published: async () => ours().filter((status) => status.inReplyToId === null || status.inReplyToAccountId === me.id).map(ownRecord),
    replies: async () =>
      ours()
        .filter((status) => status.inReplyToId !== null && status.inReplyToAccountId !== me.id)
        .map((status) => ({ remoteId: status.id, inReplyToRemoteId: status.inReplyToId ?? "", text: withoutAuthorMention(status.text, state.statuses.get(status.inReplyToId ?? "")?.accountId, state) })),
  };

  return {
    url: baseUrl,
    domain: settings.domain,
    accessToken,
    account: { id: me.id, username: "musterstadt" },
    channel: { id: "mastodon-main", handle: `@musterstadt@${settings.domain}`, options: { instanceUrl: baseUrl, accountId: me.id } },
    credentials: { accessToken },
    control,
    mediaStore,
    media(kind, index) {
      const file = SAMPLE_FILES[kind];
      const storageKey = `fake-mastodon/${kind}-${index}.${file.extension}`;
      const bytes = sampleMediaBytes(file.format);
      mediaStore.put(storageKey, bytes);
      return {
        id: `fake-mastodon-${kind}-${index}`,
        kind,
        storageKey,
        mimeType: file.mimeType,
        sizeBytes: bytes.length,
        ...(kind === "image" || kind === "gif" ? { width: 1, height: 1 } : {}),
        ...(kind === "video" ? { durationSeconds: 1 } : {}),
        altText: "Bild: Stadtfest",
      };
    },
    requests,
    contractProblems: () => [...problems],
    contractMissing: "missing" in loaded ? loaded.missing : undefined,
    statuses: () => [...state.statuses.values()].map((status) => ({ ...status, counts: { ...status.counts } })),
    setProfile(profile) {
      if (profile.note !== undefined) me.note = profile.note;
      if (profile.fields !== undefined) me.fields = profile.fields.map((field) => ({ ...field }));
    },
    setFollowers(count) {
      me.followers = count;
    },
    setCounts(statusId, counts) {
      const status = state.statuses.get(statusId);
      if (!status) throw new Error(`The fake Mastodon holds no status ${JSON.stringify(statusId)}.`);
      Object.assign(status.counts, counts);
    },
    revokeToken(token = accessToken) {
      const known = state.oauth.tokens.get(token);
      if (!known) throw new Error("The fake Mastodon knows no such token.");
      known.revoked = true;
    },
    // One implementation of both overloads: the answer's type follows `approve`.
    authorise: ((authoriseUrl: string, options: { readonly approve?: boolean; readonly username?: string } = {}): FakeAuthorisationGrant | FakeAuthorisationRefusal => {
      const url = new URL(authoriseUrl);
      if (url.origin !== baseUrl || url.pathname !== "/oauth/authorize") throw new Error(`The fake Mastodon authorises at ${baseUrl}/oauth/authorize, not at ${url.origin}${url.pathname}.`);
      const entry: FakeMastodonRequest = { method: "GET", path: url.pathname, query: url.searchParams };
      requests.push(entry);
      if (contract) problems.push(...contract.checkRequest({ method: "GET", path: url.pathname, query: url.searchParams }));
      const username = options.username ?? me.username;
      const person = [...state.accounts.values()].find((candidate) => candidate.local && candidate.username === username);
      if (!person) throw new Error(`The fake Mastodon has no local account ${JSON.stringify(username)}; add it with addAccount.`);
      try {
        const answer = authoriseAt(state, url.searchParams, person, options.approve !== false);
        // The browser is sent back (302) or, for urn:ietf:wg:oauth:2.0:oob, shown the code (200).
        entry.status = answer.redirectUrl === undefined ? 200 : 302;
        return answer;
      } catch (error) {
        entry.status = (error as { redirectUrl?: string }).redirectUrl === undefined ? 400 : 302;
        throw error;
      }
    }) as FakeMastodon["authorise"],
    addAccount(username, displayName) {
      if ([...state.accounts.values()].some((known) => known.local && known.username === username)) throw new Error(`The fake Mastodon already has an account ${JSON.stringify(username)}.`);
      const added = citizenAccount(state, `@${username}`, displayName ?? username);
      return { id: added.id, username: added.username };
    },
    registeredApps: () => [...state.oauth.apps.values()].map((app) => ({ clientId: app.clientId, clientSecret: app.clientSecret, name: app.name, website: app.website, redirectUris: [...app.redirectUris], scopes: [...app.scopes] })),
    tokens: () =>
      [...state.oauth.tokens.values()].map((known) => ({
        token: known.token,
        clientId: known.clientId,
        username: known.accountId === undefined ? undefined : state.accounts.get(known.accountId)?.username,
        scopes: [...known.scopes],
        revoked: known.revoked,
      })),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}


/**
 * An answer's text as the person wrote it: without the mention of the
 * citizen answered, which the adapter puts before it (Mastodon notifies
 * only those mentioned, as its own web interface does when one answers).
 */
function withoutAuthorMention(text: string, authorId: string | undefined, state: { readonly accounts: ReadonlyMap<string, { readonly acct: string }> }): string {
  const author = authorId === undefined ? undefined : state.accounts.get(authorId);
  if (!author) return text;
  for (const written of [`@${author.acct} `]) if (text.startsWith(written)) return text.slice(written.length);
  const local = /^@[^@\s]+@[^\s]+ /.exec(text);
  return local && local[0].slice(1, local[0].indexOf("@", 1)) === author.acct.split("@")[0] ? text.slice(local[0].length) : text;
}
