import { measurePostText, type Media } from "@kommune-sm/core";
import type { ChannelCapabilitiesV1, NetworkCapabilitiesV1 } from "../spec/capabilities-v1.js";
import type { NetworkAdapterV1 } from "../spec/network-adapter-v1.js";
import { NetworkError } from "../spec/network-error.js";
import type { AdapterCallContextV1, InteractionV1, MetricSampleV1, PublishResultV1 } from "../spec/requests-v1.js";
import type { AdapterOperation, AdapterTestControl, InjectedFailureKind, InjectedFailureOptions, NetworkReplyRecord } from "./adapter-test-control.js";
import type { AdapterTestSetup } from "./adapter-test-options.js";

/*
 * An in-memory network with its adapter, written only to test the kit: it
 * keeps every promise of the spec for whatever capabilities it is given, so
 * the kit must pass it, and a copy with one promise broken must fail. Not
 * exported from the testkit.
 */

/** The capabilities of a network that offers everything. */
export const fullCapabilities: NetworkCapabilitiesV1 = {
  text: { network: "reference", unit: "graphemes", limits: [{ unit: "graphemes", max: 120 }, { unit: "utf8-bytes", max: 400 }], urlLength: 23 },
  media: { kinds: ["image", "video"], maxItems: 3, maxBytes: { image: 5000 }, altText: "required", altTextMaxLength: 200, mixedKinds: false },
  threads: false,
  nativeScheduling: false,
  edit: false,
  delete: true,
  metrics: ["likes", "comments", "followers"],
  interactions: { comments: true, mentions: false, directMessages: false, reply: true },
  idempotency: "native",
  rateLimits: [{ requests: 100, perMilliseconds: 60_000, scope: "account" }],
  profile: true,
};

/**
 * The network that offers everything, with what the spec added later, as
 * Mastodon has it: content warnings that count toward the text's limits,
 * and idempotency keys kept for one hour only.
 */
export const mastodonLikeCapabilities: NetworkCapabilitiesV1 = {
  ...fullCapabilities,
  text: { ...fullCapabilities.text, contentWarningCounts: true },
  contentWarnings: true,
  idempotencyWindowMs: 3_600_000,
};

/** A network that offers nothing beyond publishing plain text. */
export const minimalCapabilities: NetworkCapabilitiesV1 = {
  text: { network: "reference", unit: "code-points", limits: [{ unit: "code-points", max: 80 }], emojiUnit: "utf8-bytes" },
  media: { kinds: [], maxItems: 0, altText: "unsupported" },
  threads: false,
  nativeScheduling: false,
  edit: false,
  delete: false,
  metrics: [],
  interactions: { comments: false, mentions: false, directMessages: false, reply: false },
  idempotency: "none",
  rateLimits: [],
  profile: false,
};

interface Post {
  readonly id: string;
  readonly text: string;
  readonly contentWarning?: string;
  readonly key: string;
  readonly createdAt: number;
  deleted: boolean;
}

/** The reference network's state and adapter, open for tests that break one promise. */
export interface ReferenceNetwork {
  readonly adapter: NetworkAdapterV1;
  readonly control: AdapterTestControl;
  readonly token: string;
  readonly posts: Post[];
  readonly interactions: InteractionV1[];
  setup(adapter?: NetworkAdapterV1): AdapterTestSetup;
}

const refuse = (message: string) => new NetworkError({ kind: "rejected-content", status: 422, message, networkReason: message });

/** How a reference network behaves beyond its capabilities. */
export interface ReferenceNetworkOptions {
  /**
   * The adapter answers `capabilitiesFor` with the account's own text rule
   * (`accountText`, else the network's) and its media limits. Default: it
   * has no `capabilitiesFor`.
   */
  readonly capabilitiesFor?: boolean;
  /** The text rule of the test account, where it differs from the network's (an instance with its own limit). */
  readonly accountText?: NetworkCapabilitiesV1["text"];
}

/** A fresh reference network with `capabilities`. */
export function createReferenceNetwork(capabilities: NetworkCapabilitiesV1 = fullCapabilities, options: ReferenceNetworkOptions = {}): ReferenceNetwork {
  const token = `ref-token-${Math.random().toString(36).slice(2)}-${Date.now().toString(36)}`;
  const posts: Post[] = [];
  const interactions: InteractionV1[] = [];
  const replies = new Map<string, PublishResultV1>();
  const answers: NetworkReplyRecord[] = [];
  const failures = new Map<AdapterOperation, { kind: InjectedFailureKind; options: InjectedFailureOptions }>();
  let nextId = 1;
  // The network's clock: real time, which the kit may move forward (control.advance).
  let offsetMs = 0;
  const now = () => Date.now() + offsetMs;
  const textRule = options.accountText ?? capabilities.text;

  function enter(operation: AdapterOperation, context: AdapterCallContextV1): void {
    const failure = failures.get(operation);
    if (failure) {
      failures.delete(operation);
      const status = { retryable: 503, "rate-limited": 429, authentication: 401 }[failure.kind];
      throw new NetworkError({ kind: failure.kind, status, message: `${operation} failed with HTTP ${status}`, ...(failure.options.retryAfterMs === undefined ? {} : { retryAfterMs: failure.options.retryAfterMs }) });
    }
    if (context.credentials.accessToken !== token) throw new NetworkError({ kind: "authentication", status: 401, message: `${operation}: unknown token` });
  }
  const unsupported = (operation: string) => new NetworkError({ kind: "unsupported", message: `The reference network does not offer ${operation}.` });

  function checkText(text: string, contentWarning?: string): void {
    if (!measurePostText(text, contentWarning, textRule).fits) throw refuse(contentWarning ? "content warning and text too long" : "text too long");
  }
  function checkMedia(media: readonly Media[]): void {
    const { kinds, maxItems, altText, altTextMaxLength, maxBytes, mixedKinds } = capabilities.media;
    if (media.length > maxItems) throw refuse("too many media");
    for (const item of media) {
      if (!kinds.includes(item.kind)) throw refuse(`no ${item.kind}`);
      if (altText === "required" && !item.altText) throw refuse("alt text required");
      if (altTextMaxLength !== undefined && (item.altText?.length ?? 0) > altTextMaxLength) throw refuse("alt text too long");
      const most = maxBytes?.[item.kind];
      if (most !== undefined && (item.sizeBytes ?? 0) > most) throw refuse("file too large");
    }
    if (mixedKinds === false && new Set(media.map((item) => item.kind)).size > 1) throw refuse("mixed media");
  }
  const live = () => posts.filter((post) => !post.deleted);
  const at = (context: AdapterCallContextV1) => new Date(context.now()).toISOString();

  const adapter: NetworkAdapterV1 = {
    specificationVersion: "v1",
    id: "reference",
    displayName: "Reference network",
    capabilities,
    async publish(request, context) {
      enter("publish", context);
      if (capabilities.idempotency === "native") {
        // A key is honoured for the declared window from the post it made (Mastodon: an hour), then forgotten.
        const window = capabilities.idempotencyWindowMs ?? Number.POSITIVE_INFINITY;
        const earlier = live().find((post) => post.key === request.idempotencyKey && context.now() - post.createdAt < window);
        if (earlier) return { remoteId: earlier.id, url: `https://reference.example/p/${earlier.id}` };
      }
      const contentWarning = capabilities.contentWarnings === true && request.contentWarning ? request.contentWarning : undefined;
      checkText(request.text, contentWarning);
      checkMedia(request.media);
      const post: Post = { id: String(nextId++), text: request.text, ...(contentWarning === undefined ? {} : { contentWarning }), key: request.idempotencyKey, createdAt: context.now(), deleted: false };
      posts.push(post);
      return { remoteId: post.id, url: `https://reference.example/p/${post.id}`, publishedAt: at(context) };
    },
    async delete(request, context) {
      if (!capabilities.delete) throw unsupported("delete");
      enter("delete", context);
      const post = posts.find((candidate) => candidate.id === request.remoteId);
      if (post) post.deleted = true;
    },
    async lookup(request, context) {
      if (capabilities.idempotency === "none") return { status: "unknown", reason: "the reference network keeps no keys" };
      enter("lookup", context);
      const found = live().find((post) => post.key === request.idempotencyKey);
      return found ? { status: "found", remoteId: found.id, url: `https://reference.example/p/${found.id}` } : { status: "not-found" };
    },
    async fetchMetrics(request, context) {
      if (capabilities.metrics.length === 0) throw unsupported("metrics");
      enter("fetchMetrics", context);
      if (Date.parse(request.since) > context.now()) return [];
      const ids = request.remoteIds ?? live().map((post) => post.id);
      const samples: MetricSampleV1[] = ids.flatMap((remoteId) => [
        { remoteId, at: at(context), metric: "likes", value: 0 },
        { remoteId, at: at(context), metric: "comments", value: interactions.filter((i) => i.inReplyToRemoteId === remoteId).length },
      ]);
      return request.remoteIds ? samples : [...samples, { at: at(context), metric: "followers", value: 42 }];
    },
    async fetchInteractions(request, context) {
      if (!capabilities.interactions.comments) throw unsupported("interactions");
      enter("fetchInteractions", context);
      const start = request.cursor === undefined ? 0 : Number(request.cursor);
      const page = interactions.slice(start, start + (request.limit ?? 50));
      return { interactions: page, ...(page.length > 0 ? { nextCursor: String(start + page.length) } : {}) };
    },
    async reply(request, context) {
      if (!capabilities.interactions.reply) throw unsupported("reply");
      enter("reply", context);
      const earlier = replies.get(request.idempotencyKey);
      if (earlier) return earlier;
      if (!interactions.some((i) => i.remoteId === request.inReplyToRemoteId)) throw new NetworkError({ kind: "not-found", status: 404, message: "no such interaction" });
      checkText(request.text);
      const result = { remoteId: `r${nextId++}` };
      replies.set(request.idempotencyKey, result);
      answers.push({ remoteId: result.remoteId, inReplyToRemoteId: request.inReplyToRemoteId, text: request.text });
      return result;
    },
    async readProfile(_request, context) {
      if (!capabilities.profile) throw unsupported("profile");
      enter("readProfile", context);
      return { handle: "@reference", displayName: "Stadt Referenz", links: ["https://www.referenz.example/impressum"] };
    },
    ...(options.capabilitiesFor
      ? {
          async capabilitiesFor(_request: unknown, context: AdapterCallContextV1): Promise<ChannelCapabilitiesV1> {
            // As fetch does: a call whose signal has aborted is not made.
            if (context.signal.aborted) throw new NetworkError({ kind: "retryable", message: "capabilitiesFor was aborted before it was made", cause: context.signal.reason });
            if (context.credentials.accessToken !== token) throw new NetworkError({ kind: "authentication", status: 401, message: "capabilitiesFor: unknown token" });
            return { text: textRule, media: { maxItems: capabilities.media.maxItems }, maxAgeMs: 3_600_000 };
          },
        }
      : {}),
  };

  const control: AdapterTestControl = {
    failNext(operation, kind, options = {}) {
      failures.set(operation, { kind, options });
    },
    async receiveInteraction(input) {
      const interaction: InteractionV1 = {
        remoteId: `i${nextId++}`,
        kind: input.kind,
        text: input.text,
        author: { ...input.author },
        receivedAt: new Date(now()).toISOString(),
        ...(input.inReplyToRemoteId === undefined ? {} : { inReplyToRemoteId: input.inReplyToRemoteId }),
      };
      interactions.push(interaction);
      return { remoteId: interaction.remoteId };
    },
    async published() {
      return live().map((post) => ({ remoteId: post.id, text: post.text, idempotencyKey: post.key, ...(post.contentWarning === undefined ? {} : { contentWarning: post.contentWarning }) }));
    },
    async replies() {
      return answers.map((answer) => ({ ...answer }));
    },
    async advance(ms) {
      offsetMs += ms;
    },
  };

  return {
    adapter,
    control,
    token,
    posts,
    interactions,
    setup: (other = adapter) => ({ adapter: other, credentials: { accessToken: token }, channel: { id: "reference-main", handle: "@reference", options: {} }, control, now }),
  };
}
