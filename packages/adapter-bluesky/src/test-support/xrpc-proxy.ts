import { Agent, createServer, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import type { AdapterOperation, InjectedFailureKind } from "@kommune-sm/network/testkit";
import { LOOPBACK } from "./loopback-listen.js";
import { failureAnswer, type ProxyFailureOptions } from "./xrpc-failures.js";
import { nsidOf, operationsOf } from "./xrpc-operations.js";

/*
 * A loopback HTTP proxy in front of the local PDS. It passes every request
 * on unchanged and can make one request of an adapter operation fail (see
 * xrpc-operations.ts for which requests belong to which operation and
 * xrpc-failures.ts for the shapes of the answers), or the whole PDS go away.
 *
 * Sessions: the PDS answers createSession, refreshSession, getSession and
 * createAccount with the account's DID document, whose service endpoint is
 * the PDS's own URL; @atproto/api's agents then send every later request
 * there, past the proxy. The proxy therefore writes its own URL into those
 * answers. WebSocket upgrades (subscribeRepos) are refused.
 */

/** What can go wrong with one request: the kit's kinds, plus a reset connection and a lost answer. */
export type ProxyFailureKind = InjectedFailureKind | "reset" | "lost";

/**
 * How the proxy passes requests on:
 * - `"up"`: normally (and one-shot failures apply);
 * - `"down"`: every request's connection is reset, nothing reaches the PDS;
 * - `"lost"`: every request reaches the PDS (writes happen), then the
 *   connection is reset before the answer.
 */
export type ProxyMode = "up" | "down" | "lost";

/** A request the proxy received (no headers, no body: nothing secret). */
export interface ProxiedRequest {
  readonly method: string;
  /** The XRPC method, or undefined for other paths. */
  readonly nsid: string | undefined;
  /** The adapter operations it belongs to (empty for login and the like). */
  readonly operations: readonly AdapterOperation[];
  /** What the proxy made of it, when not passed on normally. */
  injected?: ProxyFailureKind | "down";
  /** The status the client got; undefined for a reset connection. */
  status?: number;
}

/** A running proxy. */
export interface XrpcProxy {
  /** `http://127.0.0.1:<port>`: give this to the adapter as the PDS. */
  readonly url: string;
  /** The PDS behind it. */
  readonly target: string;
  /**
   * The next request of `operation` fails as `kind`; later ones pass. Several
   * calls queue up; a request takes the oldest failure pending for any of its
   * operations.
   */
  failNext(operation: AdapterOperation, kind: ProxyFailureKind, options?: ProxyFailureOptions): void;
  /** Failures not yet used. */
  pendingFailures(): number;
  /** Drops failures not yet used. */
  clearFailures(): void;
  /** See {@link ProxyMode}; starts `"up"`. */
  mode: ProxyMode;
  /** Every request so far, oldest first. */
  readonly requests: readonly ProxiedRequest[];
  /** Stops listening and closes every connection; safe to call twice. */
  close(): Promise<void>;
}

/** Methods whose answer holds the DID document with the PDS's URL. */
const SESSION_METHODS = new Set([
  "com.atproto.server.createSession",
  "com.atproto.server.refreshSession",
  "com.atproto.server.getSession",
  "com.atproto.server.createAccount",
]);

/** Headers that belong to one connection, not to the message. */
const HOP_BY_HOP = new Set(["connection", "keep-alive", "proxy-connection", "transfer-encoding", "upgrade", "content-length", "te", "trailer"]);

function endToEnd(headers: IncomingHttpHeaders): Record<string, string | string[]> {
  const kept: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(name.toLowerCase())) kept[name] = value;
  }
  return kept;
}

async function readBody(stream: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function parseJson(body: Buffer, contentType: string | undefined): unknown {
  if (body.length === 0 || !/\bjson\b/i.test(contentType ?? "")) return undefined;
  try {
    return JSON.parse(body.toString("utf8"));
  } catch {
    return undefined;
  }
}

/**
 * Starts the proxy on 127.0.0.1 (a free port) in front of `target`, the
 * PDS's URL (`LocalBluesky.pdsUrl`).
 */
export async function startXrpcProxy(options: { readonly target: string }): Promise<XrpcProxy> {
  const target = new URL(options.target);
  const targetOrigin = target.origin;
  const upstream = new Agent({ keepAlive: true });
  const pending: { operation: AdapterOperation; kind: ProxyFailureKind; options: ProxyFailureOptions }[] = [];
  const requests: ProxiedRequest[] = [];
  const sockets = new Set<Socket>();
  let ownOrigin = "";

  const forward = (req: IncomingMessage, body: Buffer, plain: boolean): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> =>
    new Promise((resolve, reject) => {
      const headers = endToEnd(req.headers);
      headers.host = target.host;
      // An answer the proxy rewrites must come uncompressed.
      if (plain) delete headers["accept-encoding"];
      if (body.length > 0) headers["content-length"] = String(body.length);
      const outgoing = httpRequest(
        { protocol: target.protocol, hostname: target.hostname, port: target.port, method: req.method, path: req.url, headers, agent: upstream },
        (answer) => {
          readBody(answer).then((data) => resolve({ status: answer.statusCode ?? 502, headers: answer.headers, body: data }), reject);
        },
      );
      outgoing.on("error", reject);
      outgoing.end(body);
    });

  const send = (res: ServerResponse, status: number, headers: Record<string, string | string[]>, body: Buffer | string): void => {
    const bytes = typeof body === "string" ? Buffer.from(body) : body;
    res.writeHead(status, { ...headers, "content-length": String(bytes.length) });
    res.end(bytes);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const body = await readBody(req);
    const nsid = nsidOf(req.url ?? "");
    const operations = nsid === undefined ? [] : operationsOf(nsid, parseJson(body, req.headers["content-type"]));
    const entry: ProxiedRequest = { method: req.method ?? "GET", nsid, operations };
    requests.push(entry);

    if (proxy.mode === "down") {
      entry.injected = "down";
      req.socket.destroy();
      return;
    }
    const index = pending.findIndex((failure) => operations.includes(failure.operation));
    const failure = index === -1 ? undefined : pending.splice(index, 1)[0];
    if (failure) entry.injected = failure.kind;

    if (failure?.kind === "reset") {
      req.socket.destroy();
      return;
    }
    if (failure && failure.kind !== "lost") {
      const answer = failureAnswer(failure.kind, nsid ?? "", failure.options);
      entry.status = answer.status;
      send(res, answer.status, answer.headers, answer.body);
      return;
    }

    const rewrite = nsid !== undefined && SESSION_METHODS.has(nsid);
    let answer: Awaited<ReturnType<typeof forward>>;
    try {
      answer = await forward(req, body, rewrite);
    } catch (error) {
      // The PDS itself is gone (closed under a running test): as a gateway would.
      entry.status = 502;
      send(res, 502, { "content-type": "application/json; charset=utf-8" }, JSON.stringify({ error: "UpstreamFailure", message: `PDS unreachable: ${String(error)}` }));
      return;
    }
    if (failure?.kind === "lost" || proxy.mode === "lost") {
      entry.injected = "lost";
      req.socket.destroy();
      return;
    }
    let answerBody = answer.body;
    if (rewrite && answer.headers["content-encoding"] === undefined && /\bjson\b/i.test(String(answer.headers["content-type"] ?? ""))) {
      answerBody = Buffer.from(answer.body.toString("utf8").split(targetOrigin).join(ownOrigin));
    }
    entry.status = answer.status;
    send(res, answer.status, endToEnd(answer.headers), answerBody);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, { "content-type": "text/plain" }, `xrpc proxy: ${String(error)}`);
      else res.destroy();
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  server.on("upgrade", (_req, socket) => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, LOOPBACK, () => resolve());
  });
  ownOrigin = `http://${LOOPBACK}:${(server.address() as AddressInfo).port}`;

  let closing: Promise<void> | undefined;
  const proxy: XrpcProxy = {
    url: ownOrigin,
    target: targetOrigin,
    mode: "up",
    requests,
    failNext(operation, kind, failureOptions = {}) {
      pending.push({ operation, kind, options: failureOptions });
    },
    pendingFailures: () => pending.length,
    clearFailures() {
      pending.length = 0;
    },
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
        upstream.destroy();
      });
      return closing;
    },
  };
  return proxy;
}
