// A scriptable in-memory network for the engine's tests (not part of the API).
// It keeps the protocol the engine relies on: classified errors with
// Retry-After, idempotency by key when "native", honest lookups.
//
// With `idempotencyWindowMs` its keys are kept as Mastodon keeps its
// `Idempotency-Key` (https://docs.joinmastodon.org/methods/statuses/, "Post a
// new status": "Idempotency keys are stored for up to 1 hour"; in Mastodon's
// PostStatusService the key is stored with the status id for 3,600 s when
// the status is created, and a repeat within that time returns the stored
// status without renewing the key): a repeat within the window of the
// publish that created the post answers with that post; a later one is a
// new post. Its lookup is the adapter's own search of the account's posts
// (Mastodon has no lookup by key: an adapter looks for its text and time),
// so it finds a post whatever the window.
import { COUNTING_RULES, createKommune, createMemoryStore, MUSTERSTADT_ORGANISATION, TestClock, type Kommune, type Logger, type PostContentInput, type Store } from "@kommune-sm/core";
import { createMemorySecrets } from "../secrets/secrets-port.js";
import { adapterPlugin, NetworkError, type IdempotencySupportV1, type NetworkAdapterV1, type NetworkErrorKind } from "../spec/index.js";
import { createPublishing, type Publishing } from "./publishing-plugin.js";
import type { PublishingOptions } from "./publishing-engine.js";

export const TOKEN = "tok-geheim-4711";

/** What the scripted network answers a publish call with, instead of its normal answer. */
export type ScriptStep =
  | { kind: NetworkErrorKind; retryAfterMs?: number; afterAccept?: boolean }
  /** Answer normally. */
  | "ok"
  | "hang"
  /** Resolve with this value (a malformed result), after accepting the post. */
  | { resolveWith: unknown }
  /** Throw this value (not a NetworkError), after accepting the post. */
  | { throwValue: unknown };

/** A post the scripted network holds. */
export interface ScriptedPost {
  remoteId: string;
  text: string;
  /** The content warning it was published with, if any (Mastodon's `spoiler_text`). */
  contentWarning?: string;
  /** When the network created it (its clock); a native key is kept for `idempotencyWindowMs` from then. */
  at: number;
  removed?: boolean;
}

export interface ScriptedNetwork {
  readonly adapter: NetworkAdapterV1;
  /** Posts the network holds: idempotency key → remote id (a second post under one key as `key#n`); `removed` once deleted. */
  readonly posts: Map<string, ScriptedPost>;
  /** Publish calls per idempotency key (what reached the network). */
  readonly calls: Map<string, number>;
  /** Every call that started, in order, with the clock's time. */
  readonly log: Array<{ operation: "publish" | "lookup" | "delete"; key?: string; remoteId?: string; at: number }>;
  /** Failures to answer the next publish calls with, in order. */
  readonly script: Array<ScriptStep>;
  lookupAnswer: "honest" | "unknown";
  refreshes: number;
  revoked: Set<string>;
}

export interface ScriptedNetworkOptions {
  idempotency?: IdempotencySupportV1;
  /** How long a "native" key is honoured, from the publish that created the post (ms); declared in the capabilities too. Default: forever. */
  idempotencyWindowMs?: number;
  /** False: `lookup` rejects with kind "unsupported", as an adapter that cannot search the account. Default true. */
  canLookUp?: boolean;
  /** Declares `contentWarnings: true` and keeps the warning with the post. */
  contentWarnings?: boolean;
  id?: string;
  rate?: { requests: number; perMilliseconds: number };
  latencyMs?: number;
  canDelete?: boolean;
}

export function scriptedNetwork(options: ScriptedNetworkOptions = {}): ScriptedNetwork {
  const posts = new Map<string, ScriptedPost>();
  /** Idempotency key → the post that created it (the network's own key store, which forgets after the window). */
  const keys = new Map<string, ScriptedPost>();
  const calls = new Map<string, number>();
  const network: ScriptedNetwork = {
    posts,
    calls,
    log: [],
    script: [],
    lookupAnswer: "honest",
    refreshes: 0,
    revoked: new Set(),
    adapter: undefined as never,
  };
  const unsupported = async () => {
    throw new NetworkError({ kind: "unsupported", message: "not in this test network" });
  };
  const adapter: NetworkAdapterV1 = {
    specificationVersion: "v1",
    id: options.id ?? "testnet",
    displayName: "Testnetz",
    capabilities: {
      text: COUNTING_RULES.mastodon,
      media: { kinds: ["image"], maxItems: 4, altText: "required" },
      threads: false,
      nativeScheduling: false,
      edit: false,
      delete: options.canDelete ?? true,
      metrics: [],
      interactions: { comments: false, mentions: false, directMessages: false, reply: false },
      idempotency: options.idempotency ?? "lookup",
      rateLimits: options.rate ? [{ ...options.rate, scope: "account" }] : [],
      profile: false,
      ...(options.idempotencyWindowMs !== undefined ? { idempotencyWindowMs: options.idempotencyWindowMs } : {}),
      ...(options.contentWarnings ? { contentWarnings: true } : {}),
    },
    async publish(request, context) {
      if (network.revoked.has(context.credentials.accessToken)) throw new NetworkError({ kind: "authentication", status: 401, message: "token revoked" });
      calls.set(request.idempotencyKey, (calls.get(request.idempotencyKey) ?? 0) + 1);
      network.log.push({ operation: "publish", key: request.idempotencyKey, at: context.now() });
      // Real time passes on the wire, so that several workers really overlap.
      if (options.latencyMs) await new Promise((resolve) => setTimeout(resolve, options.latencyMs));
      const shifted = network.script.shift();
      const step = shifted === "ok" ? undefined : shifted;
      if (step === "hang") {
        return new Promise((_, reject) => context.signal.addEventListener("abort", () => reject(Object.assign(new Error("aborted"), { name: "AbortError" }))));
      }
      const accept = () => {
        const earlier = posts.get(request.idempotencyKey);
        const holder = keys.get(request.idempotencyKey);
        if (holder && adapter.capabilities.idempotency === "native" && (options.idempotencyWindowMs === undefined || context.now() < holder.at + options.idempotencyWindowMs)) return holder;
        const post: ScriptedPost = {
          remoteId: `r-${posts.size + 1}-${request.idempotencyKey}`,
          text: request.text,
          ...(request.contentWarning !== undefined ? { contentWarning: request.contentWarning } : {}),
          at: context.now(),
        };
        posts.set(earlier ? `${request.idempotencyKey}#${posts.size}` : request.idempotencyKey, post);
        // The post that created the key holds it for the window; a repeat does not renew it.
        keys.set(request.idempotencyKey, post);
        return post;
      };
      if (typeof step === "object" && "resolveWith" in step) {
        accept();
        return step.resolveWith as never;
      }
      if (typeof step === "object" && "throwValue" in step) {
        accept();
        throw step.throwValue;
      }
      if (step?.afterAccept) accept();
      if (step) throw new NetworkError({ kind: step.kind, status: step.kind === "rate-limited" ? 429 : 503, message: `scripted ${step.kind} (token ${context.credentials.accessToken})`, ...(step.retryAfterMs !== undefined ? { retryAfterMs: step.retryAfterMs } : {}) });
      const post = accept();
      return { remoteId: post.remoteId, url: `https://testnet.example/${post.remoteId}` };
    },
    async lookup(request, context) {
      network.log.push({ operation: "lookup", key: request.idempotencyKey, at: context.now() });
      if (options.canLookUp === false) throw new NetworkError({ kind: "unsupported", message: "this test network cannot search the account's posts" });
      if (network.lookupAnswer === "unknown") return { status: "unknown", reason: "the test network forgot" };
      const found = posts.get(request.idempotencyKey);
      return found && !found.removed ? { status: "found", remoteId: found.remoteId } : { status: "not-found" };
    },
    async delete(request, context) {
      network.log.push({ operation: "delete", remoteId: request.remoteId, at: context.now() });
      for (const post of posts.values()) if (post.remoteId === request.remoteId) post.removed = true;
    },
    fetchMetrics: unsupported,
    fetchInteractions: unsupported,
    reply: unsupported,
    readProfile: unsupported,
    async refreshCredentials(credentials) {
      network.refreshes++;
      return { accessToken: `${credentials.accessToken}-neu`, expiresAt: "2099-01-01T00:00:00Z" };
    },
  };
  return Object.assign(network, { adapter });
}

/** A scripted network whose publish calls wait until `answer()`: a call held in flight. */
export function gatedNetwork(): { network: ScriptedNetwork; answer: () => void } {
  const network = scriptedNetwork();
  let answer!: () => void;
  const gate = new Promise<void>((resolve) => (answer = resolve));
  const publish = network.adapter.publish.bind(network.adapter);
  (network.adapter as { publish: typeof publish }).publish = async (request, context) => {
    await gate;
    return publish(request, context);
  };
  return { network, answer };
}

/** Musterstadt with the test network, a channel on it, a team and the engine (not started unless asked). */
/**
 * How the engine's transactions run in a test: through the store's
 * `syncTransaction` (what the memory and SQLite stores offer), or through
 * `transaction` only (what a store without it, e.g. one on a network
 * database, gives the engine).
 */
export type TransactionMode = "syncTransaction" | "transaction";
export const TRANSACTION_MODES: readonly TransactionMode[] = ["syncTransaction", "transaction"];

/** The store as one without `syncTransaction` looks to the engine. */
export function withoutSyncTransaction(store: Store): Store {
  return {
    kind: store.kind,
    organisations: store.organisations,
    tenant(organisationId) {
      const { syncTransaction: _, ...tenant } = store.tenant(organisationId);
      return tenant;
    },
    close: () => store.close(),
  };
}

export async function setupEngine(
  options: { network?: ScriptedNetwork; engine?: Partial<PublishingOptions>; start?: string; clock?: TestClock; store?: Store; transactions?: TransactionMode; logger?: Logger } = {},
): Promise<{
  ksm: Kommune;
  clock: TestClock;
  network: ScriptedNetwork;
  publishing: Publishing;
}> {
  const clock = options.clock ?? new TestClock(options.start ?? "2026-05-04T07:00:00Z");
  const network = options.network ?? scriptedNetwork();
  const secrets = createMemorySecrets([[{ organisationId: "musterstadt", channelId: "kanal" }, { accessToken: TOKEN, refreshToken: "refresh-1" }]]);
  const publishing = createPublishing({ secrets, pollIntervalMs: 0, random: () => 0.5, ...options.engine });
  const base = options.store ?? createMemoryStore();
  const store = options.transactions === "transaction" ? withoutSyncTransaction(base) : base;
  const ksm = await createKommune({ organisation: MUSTERSTADT_ORGANISATION, clock, store, plugins: [adapterPlugin(network.adapter), publishing.plugin], ...(options.logger ? { logger: options.logger } : {}) });
  if (!(await ksm.store.teamMembers.get("jonas"))) {
    await ksm.store.teamMembers.insert({ id: "jonas", organisationId: "musterstadt", name: "Jonas Weber", roles: ["editor"], competencies: [], active: true });
    await ksm.store.teamMembers.insert({ id: "leyla", organisationId: "musterstadt", name: "Leyla Yılmaz", roles: ["approver"], competencies: [], active: true });
    await ksm.store.teamMembers.insert({ id: "anna", organisationId: "musterstadt", name: "Anna Becker", roles: ["admin", "approver"], competencies: [], active: true });
    await ksm.store.channels.insert({ id: "kanal", organisationId: "musterstadt", network: network.adapter.id, handle: "@musterstadt@testnet.example", options: {}, active: true });
  }
  return { ksm, clock, network, publishing };
}

/** Writes, approves and schedules a post for the test channel; returns its id. */
export async function schedulePost(ksm: Kommune, at: string | number, content: Partial<PostContentInput> = {}): Promise<string> {
  const created = await ksm.workflow.createPost({ text: "Sperrmüll am Samstag", variants: [{ channelId: "kanal" }], ...content }, "jonas");
  if (!created.ok) throw new Error(created.refusal.message);
  const id = created.value.id;
  for (const step of [ksm.workflow.submit(id, "jonas")]) if (!(await step).ok) throw new Error("submit refused");
  const approved = await ksm.workflow.approve(id, "leyla");
  if (!approved.ok) throw new Error(approved.refusal.message);
  const scheduled = await ksm.workflow.schedule(id, "jonas", at);
  if (!scheduled.ok) throw new Error(scheduled.refusal.message);
  await ksm.bus.settled();
  return id;
}
