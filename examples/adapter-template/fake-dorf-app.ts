import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { measureText, type CountingRule } from "@kommune-sm/core";
import type { CredentialsV1 } from "@kommune-sm/network";
import type { AdapterOperation, AdapterTestControl, InjectedFailureKind, InjectedFailureOptions, NetworkReplyRecord } from "@kommune-sm/network/testkit";

/*
 * A fake Dorf-App: a real HTTP server on 127.0.0.1 that follows the API in
 * README.md (status codes, headers, Retry-After, idempotency), so that the
 * adapter is tested over the wire, the way it talks to the real service.
 * Its limits are written out here from the README, not imported from the
 * adapter: if the adapter declared other numbers, the kit would notice.
 */

const TEXT_RULE: CountingRule = { network: "dorf-app", unit: "graphemes", limits: [{ unit: "graphemes", max: 1000 }, { unit: "utf8-bytes", max: 4000 }], urlLength: 30 };
const MAX_MEDIA = 4;
const MAX_BYTES: Record<string, number> = { image: 5_000_000, video: 50_000_000 };
const MAX_ALT_TEXT = 1000;
const KEY_RETENTION_MS = 30 * 24 * 60 * 60_000;
const MAX_BODY_BYTES = 1_000_000;

/** An operation of the fake: what the adapter does, plus the token refresh. */
export type FakeOperation = AdapterOperation | "refreshCredentials";

/**
 * A canned answer for the next request of an operation: a status with body
 * and headers, a reset connection, or no answer at all. With `served`, the
 * request is carried out first and only its answer is replaced (an answer
 * lost on the way back).
 */
export type FakeAnswer =
  | { readonly status: number; readonly body?: unknown; readonly headers?: Readonly<Record<string, string>>; readonly served?: boolean }
  | "reset"
  | "hang";

/** What the fake saw of a request (no credentials). */
export interface FakeRequest {
  readonly operation: FakeOperation | undefined;
  readonly method: string;
  readonly path: string;
  readonly idempotencyKey: string | undefined;
  /** Whether it carried `Authorization: Bearer <the current access token>`. */
  readonly authorised: boolean;
}

/** The conformance kit's control, plus what the template's own tests need. */
export interface FakeDorfAppControl extends AdapterTestControl {
  /** The next request of `operation` gets `answer` instead of being served. */
  answerNext(operation: FakeOperation, answer: FakeAnswer): void;
}

interface StoredPost {
  readonly id: string;
  readonly text: string;
  readonly idempotencyKey: string | undefined;
  readonly createdAt: number;
  deleted: boolean;
}
interface StoredComment {
  readonly id: string;
  readonly postId: string;
  readonly parentId?: string;
  readonly author: { readonly handle: string; readonly name?: string };
  readonly text: string;
  readonly createdAt: number;
}

/** A running fake Dorf-App. */
export interface FakeDorfApp {
  /** Base URL, e.g. `http://127.0.0.1:54321`. */
  readonly url: string;
  /** The test account's credentials (random tokens). */
  readonly credentials: CredentialsV1;
  readonly control: FakeDorfAppControl;
  readonly requests: readonly FakeRequest[];
  close(): Promise<void>;
}

class Answer {
  constructor(
    readonly status: number,
    readonly body?: unknown,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {}
}
const refuse = (status: number, error: string) => new Answer(status, { error });

/**
 * Starts a fake Dorf-App on an ephemeral port of 127.0.0.1.
 *
 * @param options.now the fake's clock (default `Date.now`)
 * @param options.rotateRefreshTokens whether a token refresh hands out a new refresh token (default false: the old one stays valid)
 */
export async function startFakeDorfApp(options: { readonly now?: () => number; readonly rotateRefreshTokens?: boolean } = {}): Promise<FakeDorfApp> {
  const now = options.now ?? (() => Date.now());
  const token = () => `dorf_${randomBytes(16).toString("hex")}`;
  let accessToken = token();
  let refreshToken = token();
  const credentials: CredentialsV1 = { accessToken, refreshToken };
  const posts = new Map<string, StoredPost>();
  const keys = new Map<string, { readonly postId: string; readonly at: number }>();
  const comments: StoredComment[] = [];
  const replies = new Map<string, { readonly id: string; readonly createdAt: number }>();
  // Every answer, also those sent without a key: what the kit's control reports.
  const answered: NetworkReplyRecord[] = [];
  const answers = new Map<FakeOperation, FakeAnswer>();
  const requests: FakeRequest[] = [];
  let sequence = 0;

  const iso = (ms: number) => new Date(ms).toISOString();
  const postJson = (post: StoredPost) => ({ id: post.id, url: `https://dorf-app.example/p/${post.id}`, createdAt: iso(post.createdAt), text: post.text });
  const livePost = (id: string | undefined) => {
    const post = id === undefined ? undefined : posts.get(id);
    return post && !post.deleted ? post : undefined;
  };
  const postForKey = (key: string | undefined) => {
    const entry = key === undefined ? undefined : keys.get(key);
    return entry && entry.at >= now() - KEY_RETENTION_MS ? livePost(entry.postId) : undefined;
  };

  function createPost(body: Record<string, unknown>, key: string | undefined): Answer {
    const earlier = postForKey(key);
    if (earlier) return new Answer(200, postJson(earlier));
    const { text, media = [] } = body;
    if (typeof text !== "string" || text.trim() === "") return refuse(422, "text is required");
    const measured = measureText(text, TEXT_RULE);
    if (!measured.fits) return refuse(422, `text is too long (${measured.limits.map((l) => `${l.used} of ${l.max} ${l.unit}`).join(", ")})`);
    if (!Array.isArray(media)) return refuse(400, "media must be a list");
    if (media.length > MAX_MEDIA) return refuse(422, `at most ${MAX_MEDIA} media per post`);
    for (const item of media as Record<string, unknown>[]) {
      const kind = String(item?.kind);
      if (MAX_BYTES[kind] === undefined) return refuse(422, `media kind "${kind}" is not supported`);
      if (typeof item.url !== "string" || !/^https?:\/\//.test(item.url)) return refuse(400, "media url must be http(s)");
      const altText = typeof item.altText === "string" ? item.altText : "";
      if (item.decorative !== true && altText.trim() === "") return refuse(422, "alt text is required");
      if ([...altText].length > MAX_ALT_TEXT) return refuse(422, `alt text is longer than ${MAX_ALT_TEXT} characters`);
      if (typeof item.sizeBytes === "number" && item.sizeBytes > (MAX_BYTES[kind] ?? 0)) return refuse(413, `file too large for a ${kind}`);
    }
    if (new Set((media as Record<string, unknown>[]).map((item) => item.kind)).size > 1) return refuse(422, "images and videos cannot be mixed");
    const post: StoredPost = { id: String(++sequence), text, idempotencyKey: key, createdAt: now(), deleted: false };
    posts.set(post.id, post);
    if (key !== undefined) keys.set(key, { postId: post.id, at: post.createdAt });
    return new Answer(201, postJson(post));
  }

  function listPosts(query: URLSearchParams): Answer {
    const key = query.get("idempotencyKey");
    if (key !== null) {
      const post = postForKey(key);
      return new Answer(200, { posts: post ? [postJson(post)] : [] });
    }
    const since = Date.parse(query.get("since") ?? "");
    if (Number.isNaN(since)) return refuse(400, "idempotencyKey or since is required");
    const recent = [...posts.values()].filter((post) => !post.deleted && post.createdAt >= since).reverse().slice(0, 100);
    return new Answer(200, { posts: recent.map(postJson) });
  }

  function deletePost(id: string): Answer {
    const post = livePost(id);
    if (!post) return refuse(404, "no such post");
    post.deleted = true;
    // The key is released with the post: lookup no longer finds it, and a new publish with it makes a new post.
    if (post.idempotencyKey !== undefined) keys.delete(post.idempotencyKey);
    return new Answer(204);
  }

  function postStats(id: string): Answer {
    if (!livePost(id)) return refuse(404, "no such post");
    const count = comments.filter((comment) => comment.postId === id).length;
    return new Answer(200, { postId: id, views: 12 + 5 * count, likes: count, comments: count, measuredAt: iso(now()) });
  }

  function listComments(query: URLSearchParams): Answer {
    const after = query.get("after");
    const limit = Number(query.get("limit") ?? 50);
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) return refuse(400, "limit must be 1 to 100");
    const start = after === null ? 0 : comments.findIndex((comment) => comment.id === after) + 1;
    if (start === 0 && after !== null) return refuse(400, "unknown cursor");
    const page = comments.slice(start, start + limit);
    const last = page.at(-1);
    return new Answer(200, {
      comments: page.map((comment) => ({
        id: comment.id,
        postId: comment.postId,
        ...(comment.parentId === undefined ? {} : { parentId: comment.parentId }),
        author: comment.author,
        text: comment.text,
        createdAt: iso(comment.createdAt),
        url: `https://dorf-app.example/p/${comment.postId}#${comment.id}`,
      })),
      ...(last ? { next: last.id } : {}),
    });
  }

  function createReply(commentId: string, body: Record<string, unknown>, key: string | undefined): Answer {
    const answer = (reply: { id: string; createdAt: number }) => ({ id: reply.id, url: `https://dorf-app.example/r/${reply.id}`, createdAt: iso(reply.createdAt) });
    const earlier = key === undefined ? undefined : replies.get(key);
    if (earlier) return new Answer(200, answer(earlier));
    if (!comments.some((comment) => comment.id === commentId)) return refuse(404, "no such comment");
    const { text } = body;
    if (typeof text !== "string" || text.trim() === "") return refuse(422, "text is required");
    if (!measureText(text, TEXT_RULE).fits) return refuse(422, "text is too long");
    const reply = { id: `r${++sequence}`, createdAt: now() };
    if (key !== undefined) replies.set(key, reply);
    answered.push({ remoteId: reply.id, inReplyToRemoteId: commentId, text });
    return new Answer(201, answer(reply));
  }

  function refresh(body: Record<string, unknown>): Answer {
    if (body.refreshToken !== refreshToken) return refuse(400, "invalid_grant");
    accessToken = token();
    if (options.rotateRefreshTokens) refreshToken = token();
    return new Answer(200, { accessToken, expiresIn: 3600, ...(options.rotateRefreshTokens ? { refreshToken } : {}) });
  }

  /** Which operation a request belongs to, and how to serve it. */
  function route(method: string, url: URL, body: Record<string, unknown>, key: string | undefined): { operation: FakeOperation; serve: () => Answer } | undefined {
    const path = url.pathname;
    const id = (pattern: RegExp) => decodeURIComponent(pattern.exec(path)?.[1] ?? "");
    if (method === "POST" && path === "/v1/posts") return { operation: "publish", serve: () => createPost(body, key) };
    if (method === "GET" && path === "/v1/posts") return { operation: url.searchParams.has("idempotencyKey") ? "lookup" : "fetchMetrics", serve: () => listPosts(url.searchParams) };
    if (method === "DELETE" && /^\/v1\/posts\/[^/]+$/.test(path)) return { operation: "delete", serve: () => deletePost(id(/^\/v1\/posts\/([^/]+)$/)) };
    if (method === "GET" && /^\/v1\/posts\/[^/]+\/stats$/.test(path)) return { operation: "fetchMetrics", serve: () => postStats(id(/^\/v1\/posts\/([^/]+)\/stats$/)) };
    if (method === "GET" && path === "/v1/account/stats") return { operation: "fetchMetrics", serve: () => new Answer(200, { followers: 1234, measuredAt: iso(now()) }) };
    if (method === "GET" && path === "/v1/comments") return { operation: "fetchInteractions", serve: () => listComments(url.searchParams) };
    if (method === "POST" && /^\/v1\/comments\/[^/]+\/replies$/.test(path)) return { operation: "reply", serve: () => createReply(id(/^\/v1\/comments\/([^/]+)\/replies$/), body, key) };
    if (method === "GET" && path === "/v1/profile") {
      return {
        operation: "readProfile",
        serve: () =>
          new Answer(200, {
            handle: "@gemeinde-musterdorf",
            name: "Gemeinde Musterdorf",
            bio: "Offizielles Konto der Gemeinde Musterdorf. Impressum: https://www.musterdorf.example/impressum",
            website: "https://www.musterdorf.example",
            url: "https://dorf-app.example/@gemeinde-musterdorf",
          }),
      };
    }
    if (method === "POST" && path === "/v1/token") return { operation: "refreshCredentials", serve: () => refresh(body) };
    return undefined;
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const send = (answer: Answer) => {
      const headers: Record<string, string> = { ...answer.headers };
      if (answer.body !== undefined) headers["content-type"] = "application/json; charset=utf-8";
      response.writeHead(answer.status, headers).end(answer.body === undefined ? undefined : JSON.stringify(answer.body));
    };
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of request as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) return send(refuse(413, "request body too large"));
      chunks.push(chunk);
    }
    let body: Record<string, unknown> = {};
    if (size > 0) {
      try {
        body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>;
      } catch {
        return send(refuse(400, "body is not JSON"));
      }
    }
    const url = new URL(request.url ?? "/", "http://fake.invalid");
    const key = request.headers["idempotency-key"];
    const idempotencyKey = typeof key === "string" ? key : undefined;
    const found = route(request.method ?? "GET", url, body, idempotencyKey);
    const authorised = request.headers.authorization === `Bearer ${accessToken}`;
    requests.push({ operation: found?.operation, method: request.method ?? "GET", path: url.pathname, idempotencyKey, authorised });
    if (!found) return send(refuse(404, "no such endpoint"));

    const canned = answers.get(found.operation);
    if (canned !== undefined) {
      answers.delete(found.operation);
      if (canned === "reset") return void request.socket.destroy();
      if (canned === "hang") return; // the client gives up (its abort signal); close() ends the socket
      if (canned.served) found.serve();
      return send(new Answer(canned.status, canned.body, canned.headers));
    }
    if (found.operation !== "refreshCredentials" && !authorised) return send(refuse(401, "invalid or expired token"));
    send(found.serve());
  }

  const server = createServer((request, response) => {
    handle(request, response).catch(() => response.writeHead(500).end());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  const failures: Record<InjectedFailureKind, (options: InjectedFailureOptions) => FakeAnswer> = {
    retryable: () => ({ status: 503, body: { error: "Wartungsarbeiten, bitte später erneut versuchen" } }),
    "rate-limited": ({ retryAfterMs = 60_000 }) => ({ status: 429, body: { error: "rate limit exceeded" }, headers: { "retry-after": String(Math.ceil(retryAfterMs / 1000)) } }),
    authentication: () => ({ status: 401, body: { error: "token revoked" } }),
  };

  const control: FakeDorfAppControl = {
    answerNext: (operation, answer) => void answers.set(operation, answer),
    failNext: (operation, kind, failure = {}) => void answers.set(operation, failures[kind](failure)),
    async receiveInteraction(interaction) {
      const target = interaction.inReplyToRemoteId;
      const parent = comments.find((comment) => comment.id === target);
      if (interaction.kind === "comment" && !livePost(target)) throw new Error(`The fake Dorf-App has no post "${target}" to comment on.`);
      if (interaction.kind === "reply" && !parent) throw new Error(`The fake Dorf-App has no comment "${target}" to answer.`);
      if (interaction.kind !== "comment" && interaction.kind !== "reply") throw new Error(`The Dorf-App has no ${interaction.kind}s.`);
      const comment: StoredComment = {
        id: `c${String(++sequence).padStart(6, "0")}`,
        postId: parent?.postId ?? target ?? "",
        ...(parent ? { parentId: parent.id } : {}),
        author: { handle: interaction.author.handle, ...(interaction.author.displayName === undefined ? {} : { name: interaction.author.displayName }) },
        text: interaction.text,
        createdAt: now(),
      };
      comments.push(comment);
      return { remoteId: comment.id };
    },
    async published() {
      return [...posts.values()].filter((post) => !post.deleted).map((post) => ({ remoteId: post.id, text: post.text, ...(post.idempotencyKey === undefined ? {} : { idempotencyKey: post.idempotencyKey }) }));
    },
    async replies() {
      return answered.map((answer) => ({ ...answer }));
    },
  };

  return {
    url: `http://127.0.0.1:${port}`,
    credentials,
    control,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
