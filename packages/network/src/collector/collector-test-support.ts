// An in-memory network with an inbox, for the collector's tests (not part of
// the API). It keeps the protocol the collector relies on, modelled on
// Mastodon's notifications API (GET /api/v1/notifications: pages of at most
// `limit` items, default 40 and at most 80, paged by the id of the last item
// seen, `min_id`; 429 with Retry-After when an account exceeds its limit):
// oldest first after the cursor, a cursor on every page with items, an
// empty page without one when nothing is new. Metrics are running totals
// read "as of now", as Mastodon's favourites_count and reblogs_count are.
import { COUNTING_RULES, createKommune, createMemoryStore, MUSTERSTADT_ORGANISATION, TestClock, type Kommune, type Organisation, type Store } from "@kommune-sm/core";
import { createPublishing, type Publishing, type PublishingPluginOptions } from "../engine/publishing-plugin.js";
import { createMemorySecrets } from "../secrets/secrets-port.js";
import { adapterPlugin, NetworkError, type InteractionV1, type MetricSampleV1, type NetworkAdapterV1, type NetworkCapabilitiesV1, type RateLimitV1, type ChannelCapabilitiesV1 } from "../spec/index.js";

export const INBOX_TOKEN = "inbox-token-0815-geheim";

/** One account's state on the inbox network. */
export interface InboxAccount {
  readonly interactions: InteractionV1[];
  /** Published posts: remote id → running totals. */
  readonly posts: Map<string, { likes: number; comments: number; idempotencyKey: string }>;
  followers: number;
}

export interface InboxNetwork {
  readonly adapter: NetworkAdapterV1;
  readonly accounts: Map<string, InboxAccount>;
  /** Calls per operation, in order, with the handle of the account. */
  readonly log: Array<{ operation: string; handle: string; at: number }>;
  /** Failures to answer the next read calls with (any account), in order. */
  readonly failures: NetworkError[];
  /** Failures to answer the next reply calls with, in order. */
  readonly replyFailures: NetworkError[];
  /** Replies the network holds: idempotency key → reply (a repeated key returns the first, as Mastodon's Idempotency-Key does). */
  readonly replies: Map<string, { remoteId: string; inReplyToRemoteId: string; text: string; at: number }>;
  account(handle: string): InboxAccount;
  /** A citizen writes to `handle`; returns the interaction. */
  write(handle: string, text: string, options?: { inReplyToRemoteId?: string; kind?: InteractionV1["kind"]; at?: number }): InteractionV1;
}

export function inboxNetwork(options: { id?: string; clock: { now(): number }; rateLimits?: readonly RateLimitV1[]; latencyMs?: number } ): InboxNetwork {
  const accounts = new Map<string, InboxAccount>();
  const log: InboxNetwork["log"] = [];
  const failures: NetworkError[] = [];
  const replyFailures: NetworkError[] = [];
  const replies: InboxNetwork["replies"] = new Map();
  let nextId = 1;
  const account = (handle: string): InboxAccount => {
    let a = accounts.get(handle);
    if (!a) accounts.set(handle, (a = { interactions: [], posts: new Map(), followers: 100 }));
    return a;
  };
  const pad = (n: number) => String(n).padStart(12, "0");
  const capabilities: NetworkCapabilitiesV1 = {
    text: COUNTING_RULES.mastodon,
    media: { kinds: [], maxItems: 0, altText: "unsupported" },
    threads: false,
    nativeScheduling: false,
    edit: false,
    delete: true,
    metrics: ["likes", "comments", "followers"],
    interactions: { comments: true, mentions: true, directMessages: false, reply: true },
    idempotency: "native",
    rateLimits: options.rateLimits ?? [],
    profile: true,
  };
  const enter = async (operation: string, handle: string, signal: AbortSignal) => {
    log.push({ operation, handle, at: options.clock.now() });
    if (options.latencyMs) await new Promise((resolve) => setTimeout(resolve, options.latencyMs));
    if (signal.aborted) throw new NetworkError({ kind: "retryable", message: "aborted" });
  };
  const read = () => {
    const failure = failures.shift();
    if (failure) throw failure;
  };
  const adapter: NetworkAdapterV1 = {
    specificationVersion: "v1",
    id: options.id ?? "inbox",
    displayName: "Inbox network",
    capabilities,
    async publish(request, context) {
      await enter("publish", request.channel.handle, context.signal);
      const a = account(request.channel.handle);
      for (const [remoteId, post] of a.posts) if (post.idempotencyKey === request.idempotencyKey) return { remoteId };
      const remoteId = pad(nextId++);
      a.posts.set(remoteId, { likes: 0, comments: 0, idempotencyKey: request.idempotencyKey });
      return { remoteId, url: `https://inbox.example/@x/${remoteId}` };
    },
    async delete(request, context) {
      await enter("delete", request.channel.handle, context.signal);
      account(request.channel.handle).posts.delete(request.remoteId);
      for (const [key, reply] of replies) if (reply.remoteId === request.remoteId) replies.delete(key);
    },
    async lookup(request, context) {
      await enter("lookup", request.channel.handle, context.signal);
      for (const [remoteId, post] of account(request.channel.handle).posts) if (post.idempotencyKey === request.idempotencyKey) return { status: "found", remoteId };
      const reply = replies.get(request.idempotencyKey);
      if (reply) return { status: "found", remoteId: reply.remoteId };
      return { status: "not-found" };
    },
    async fetchMetrics(request, context) {
      await enter("fetchMetrics", request.channel.handle, context.signal);
      read();
      const a = account(request.channel.handle);
      const at = new Date(options.clock.now()).toISOString();
      const samples: MetricSampleV1[] = [{ at, metric: "followers", value: a.followers }];
      for (const [remoteId, post] of a.posts) samples.push({ remoteId, at, metric: "likes", value: post.likes }, { remoteId, at, metric: "comments", value: post.comments });
      return samples;
    },
    async fetchInteractions(request, context) {
      await enter("fetchInteractions", request.channel.handle, context.signal);
      read();
      const a = account(request.channel.handle);
      const limit = Math.min(80, Math.max(1, request.limit ?? 40));
      const cursor = request.cursor;
      // Remote ids are zero-padded, so they order as strings.
      const start = cursor === undefined ? 0 : a.interactions.findIndex((i) => i.remoteId > cursor);
      const page = start < 0 ? [] : a.interactions.slice(start, start + limit);
      return page.length === 0 ? { interactions: [] } : { interactions: page, nextCursor: page[page.length - 1]!.remoteId };
    },
    async reply(request, context) {
      await enter("reply", request.channel.handle, context.signal);
      const failure = replyFailures.shift();
      if (failure) throw failure;
      const known = replies.get(request.idempotencyKey);
      if (known) return { remoteId: known.remoteId, url: `https://inbox.example/@x/${known.remoteId}`, publishedAt: new Date(known.at).toISOString() };
      if (!account(request.channel.handle).interactions.some((i) => i.remoteId === request.inReplyToRemoteId)) throw new NetworkError({ kind: "not-found", status: 404, message: "Record not found" });
      const remoteId = pad(nextId++);
      const at = options.clock.now();
      replies.set(request.idempotencyKey, { remoteId, inReplyToRemoteId: request.inReplyToRemoteId, text: request.text, at });
      return { remoteId, url: `https://inbox.example/@x/${remoteId}`, publishedAt: new Date(at).toISOString() };
    },
    async readProfile(request, context) {
      await enter("readProfile", request.channel.handle, context.signal);
      read();
      return { handle: request.channel.handle, links: ["https://www.musterstadt.example/impressum"] };
    },
  };
  return {
    adapter,
    accounts,
    log,
    failures,
    replyFailures,
    replies,
    account,
    write(handle, text, extra = {}) {
      const interaction: InteractionV1 = {
        remoteId: pad(nextId++),
        kind: extra.kind ?? (extra.inReplyToRemoteId ? "comment" : "mention"),
        ...(extra.inReplyToRemoteId ? { inReplyToRemoteId: extra.inReplyToRemoteId } : {}),
        author: { handle: "@erika@social.example", displayName: "Erika Mustermann" },
        text,
        receivedAt: new Date(extra.at ?? options.clock.now()).toISOString(),
        url: `https://inbox.example/@erika/${nextId}`,
      };
      account(handle).interactions.push(interaction);
      const post = extra.inReplyToRemoteId ? account(handle).posts.get(extra.inReplyToRemoteId) : undefined;
      if (post) post.comments++;
      return interaction;
    },
  };
}

/** An organisation with `channels` channels on the inbox network, the publishing plugin and its collector. */
export async function setupCollector(options: {
  network?: InboxNetwork;
  clock?: TestClock;
  store?: Store;
  channels?: number;
  plugin?: Partial<PublishingPluginOptions>;
  organisation?: Organisation;
}): Promise<{ ksm: Kommune; clock: TestClock; network: InboxNetwork; publishing: Publishing; channelIds: string[] }> {
  const clock = options.clock ?? new TestClock("2026-05-04T07:00:00Z");
  const network = options.network ?? inboxNetwork({ clock });
  const channelIds = Array.from({ length: options.channels ?? 1 }, (_, i) => `kanal-${i + 1}`);
  const secrets = createMemorySecrets(channelIds.map((channelId) => [{ organisationId: "musterstadt", channelId }, { accessToken: INBOX_TOKEN }] as const));
  const publishing = createPublishing({ secrets, pollIntervalMs: 0, random: () => 0.5, autoStart: false, ...options.plugin });
  const store = options.store ?? createMemoryStore();
  const ksm = await createKommune({ organisation: options.organisation ?? MUSTERSTADT_ORGANISATION, clock, store, plugins: [adapterPlugin(network.adapter), publishing.plugin] });
  if (!(await ksm.store.teamMembers.get("jonas"))) {
    await ksm.store.teamMembers.insert({ id: "jonas", organisationId: "musterstadt", name: "Jonas Weber", roles: ["editor"], competencies: [], active: true });
    await ksm.store.teamMembers.insert({ id: "leyla", organisationId: "musterstadt", name: "Leyla Yılmaz", roles: ["approver"], competencies: [], active: true });
    await ksm.store.teamMembers.insert({ id: "anna", organisationId: "musterstadt", name: "Anna Becker", roles: ["admin", "approver"], competencies: [], active: true });
    for (const id of channelIds) await ksm.store.channels.insert({ id, organisationId: "musterstadt", network: network.adapter.id, handle: `@${id}@inbox.example`, options: {}, active: true });
  }
  return { ksm, clock, network, publishing, channelIds };
}

/** Publishes a post on `channelId` through the workflow and the engine; returns its id and remote id. */
export async function publishNow(ksm: Kommune, publishing: Publishing, channelId: string, text = "Sperrmüll am Samstag", draftId?: string): Promise<{ postId: string; remoteId: string }> {
  let id = draftId;
  if (id === undefined) {
    const created = await ksm.workflow.createPost({ text, variants: [{ channelId }] }, "jonas");
    if (!created.ok) throw new Error(created.refusal.message);
    id = created.value.id;
  }
  if (!(await ksm.workflow.submit(id, "jonas")).ok) throw new Error("submit refused");
  if (!(await ksm.workflow.approve(id, "leyla")).ok) throw new Error("approve refused");
  const scheduled = await ksm.workflow.schedule(id, "jonas", ksm.clock.now() + 1_000);
  if (!scheduled.ok) throw new Error(scheduled.refusal.message);
  await (ksm.clock as TestClock).advanceBy(1_000);
  await publishing.engine.runDue();
  const [delivery] = await publishing.engine.deliveries(id);
  if (!delivery || delivery.kind !== "post" || delivery.state !== "succeeded" || !delivery.remoteId) throw new Error(`not published: ${JSON.stringify(delivery)}`);
  return { postId: id, remoteId: delivery.remoteId };
}

/**
 * The inbox network as a Mastodon-like adapter whose accounts say their own
 * limits (`capabilitiesFor`, as `/api/v2/instance` would), answering with
 * `answer`; `asked()` counts the questions.
 */
export function inboxNetworkAnswering(clock: { now(): number }, answer: () => ChannelCapabilitiesV1 | Promise<ChannelCapabilitiesV1>): { network: InboxNetwork; asked: () => number } {
  const network = inboxNetwork({ clock });
  let asked = 0;
  const adapter: NetworkAdapterV1 = {
    ...network.adapter,
    capabilitiesFor: async () => {
      asked++;
      return answer();
    },
  };
  return { network: { ...network, adapter }, asked: () => asked };
}
