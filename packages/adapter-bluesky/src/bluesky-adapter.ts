import { Agent, AtUri, RichText } from "@atproto/api";
import type { Media } from "@kommune-sm/core";
import { MediaStoreError, NetworkError, primaryLanguageSubtag, type AdapterCallContextV1, type CredentialsV1, type InteractionV1, type MetricSampleV1, type NetworkAdapterV1, type PublishResultV1 } from "@kommune-sm/network";
import { BLUESKY_CAPABILITIES, BLUESKY_MAX_IMAGE_BYTES } from "./bluesky-capabilities.js";
import { blueskyChannelOptions, type BlueskyChannelOptions } from "./bluesky-channel.js";
import { classifyXrpcFailure } from "./bluesky-errors.js";
import { oauthAgentFor, refreshOAuthCredentials, type BlueskyOAuth } from "./bluesky-oauth.js";
import { recordKeyFor } from "./record-key.js";
import { LOOK_BACK_MS, pruneSeen, readCursor, seenHash, writeCursor } from "./notification-cursor.js";
import { expiryOf } from "./session-expiry.js";

const POST = "app.bsky.feed.post";

/** Options of {@link createBlueskyAdapter}. */
export interface BlueskyAdapterOptions {
  /** Where posts are shown to people, for their links; default `https://bsky.app`. */
  readonly webUrl?: string;
  /** Most pages (of 100) the notifications or an author feed are read back; default 50. */
  readonly maxPages?: number;
  /** The OAuth client the accounts were connected with (`createBlueskyOAuth`); needed by channels connected that way. */
  readonly oauth?: BlueskyOAuth;
}

/** What the adapter reads from a call's context. */
type CallContext = Pick<AdapterCallContextV1, "signal" | "now">;

/** An XRPC client of @atproto/api for one call: the account's PDS, its token, the call's signal; redirects refused (the token must not travel). */
function agentFor(service: string, token: string, context: CallContext): Agent {
  return new Agent({
    service,
    headers: { authorization: `Bearer ${token}` },
    fetch: (input, init) => fetch(input, { ...init, signal: context.signal, redirect: "error" }),
  });
}

async function call<T>(operation: string, context: CallContext & { readonly credentials?: CredentialsV1 }, run: () => Promise<T>, tokens: readonly (string | undefined)[] = [context.credentials?.accessToken, context.credentials?.refreshToken]): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw classifyXrpcFailure(error, operation, context.now(), context.signal, tokens);
  }
}

const refused = (message: string) => new NetworkError({ kind: "rejected-content", message });

/**
 * The adapter for Bluesky (the AT Protocol): any PDS, several accounts at
 * once. A channel names its PDS and DID in `channel.options.bluesky` (see
 * {@link BlueskyChannelOptions}); `connectBlueskyAccount` writes them.
 *
 * Publishing is idempotent for certain: the record key is derived from the
 * idempotency key (`recordKeyFor`) and written with `putRecord` on the
 * condition that nothing is there yet (`swapRecord: null`), so a repeat
 * finds the first post instead of making a second, and `lookup` reads
 * exactly that record. Text becomes facets with UTF-8 byte offsets (links,
 * mentions resolved to DIDs, hashtags) through @atproto/api's `RichText`.
 *
 * @example
 * ```ts
 * const ksm = await createKommune({ organisation, store, plugins: [bluesky(), publishing.plugin] });
 * ```
 */
export function createBlueskyAdapter(options: BlueskyAdapterOptions = {}): NetworkAdapterV1 {
  const webUrl = (options.webUrl ?? "https://bsky.app").replace(/\/+$/, "");
  const maxPages = options.maxPages ?? 50;
  const postUrl = (did: string, rkey: string) => `${webUrl}/profile/${did}/post/${rkey}`;
  /** The call's XRPC client: DPoP-bound OAuth tokens or an app password's session, as the channel was connected. */
  const agentOf = (opts: BlueskyChannelOptions, context: AdapterCallContextV1): Promise<Agent> | Agent =>
    opts.oauth ? oauthAgentFor(options.oauth, context.credentials, opts, context) : agentFor(opts.service, context.credentials.accessToken, context);

  /** Writes a post under the key's record key; a record already there is the first publish of the same delivery. */
  async function writePost(opts: BlueskyChannelOptions, agent: Agent, idempotencyKey: string, record: Record<string, unknown>, context: AdapterCallContextV1, what: string): Promise<PublishResultV1> {
    const rkey = recordKeyFor(idempotencyKey);
    try {
      const { data } = await agent.com.atproto.repo.putRecord({ repo: opts.did, collection: POST, rkey, record, swapRecord: null as unknown as string });
      return { remoteId: data.uri, url: postUrl(opts.did, rkey), publishedAt: record["createdAt"] as string };
    } catch (error) {
      // Something is at the record key already: the earlier attempt of this very delivery.
      if ((error as { error?: unknown }).error !== "InvalidSwap") throw classifyXrpcFailure(error, what, context.now(), context.signal, [context.credentials.accessToken]);
    }
    const { data } = await call(what, context, () => agent.com.atproto.repo.getRecord({ repo: opts.did, collection: POST, rkey }));
    const existing = data.value as { createdAt?: unknown; reply?: { parent?: { uri?: unknown } } };
    const wanted = (record["reply"] as { parent?: { uri?: unknown } } | undefined)?.parent?.uri;
    // The same key for a post and an answer (a key reused by a second installation): never hand back the other one.
    if (existing.reply?.parent?.uri !== wanted) {
      throw new NetworkError({ kind: "permanent", message: `The record key of idempotency key "${idempotencyKey.slice(0, 100)}" already holds ${existing.reply ? "an answer" : "a post"} of another kind; is the same key used twice?` });
    }
    const createdAt = existing.createdAt;
    return { remoteId: data.uri, url: postUrl(opts.did, rkey), ...(typeof createdAt === "string" ? { publishedAt: createdAt } : {}) };
  }

  async function facetsOf(agent: Agent, text: string, context: AdapterCallContextV1): Promise<{ text: string; facets?: unknown[] }> {
    const rich = new RichText({ text });
    // Resolves @handles to DIDs through the PDS; one it cannot resolve stays plain text.
    await call("detecting links and mentions", context, () => rich.detectFacets(agent));
    // detectFacets leaves a mention it could not resolve with an empty DID, which the PDS refuses: it stays plain text.
    const facets = (rich.facets ?? []).filter((facet) => !facet.features.some((feature) => feature.$type === "app.bsky.richtext.facet#mention" && !(feature as { did?: unknown }).did));
    return { text: rich.text, ...(facets.length > 0 ? { facets } : {}) };
  }

  async function imagesEmbed(agent: Agent, items: readonly Media[], context: AdapterCallContextV1): Promise<Record<string, unknown> | undefined> {
    if (items.length === 0) return undefined;
    const { media } = BLUESKY_CAPABILITIES;
    if (items.length > media.maxItems) throw refused(`Bluesky takes at most ${media.maxItems} images in one post; the post has ${items.length}.`);
    for (const item of items) {
      if (item.kind !== "image") throw refused(`Bluesky takes images only through this adapter; media "${item.id}" is a ${item.kind}.`);
      if (item.sizeBytes !== undefined && item.sizeBytes > BLUESKY_MAX_IMAGE_BYTES) throw refused(`Image "${item.id}" has ${item.sizeBytes} bytes; Bluesky takes at most ${BLUESKY_MAX_IMAGE_BYTES}.`);
    }
    const store = context.media;
    if (!store) throw new NetworkError({ kind: "permanent", message: "Bluesky takes images as uploads, and no media store is configured (the network plugin's `media` option)." });
    const files = [];
    for (const item of items) {
      const file = await store.open(item, { signal: context.signal }).catch((error: unknown) => {
        if (error instanceof MediaStoreError) throw refused(`Image "${item.id}" cannot be read from the media store (${error.reason}): ${error.message}`);
        if (context.signal.aborted) throw new NetworkError({ kind: "retryable", message: `Reading image "${item.id}" was given up.`, cause: error });
        throw new NetworkError({ kind: "retryable", message: `The media store failed to read image "${item.id}".`, cause: error });
      });
      if (file.size > BLUESKY_MAX_IMAGE_BYTES) throw refused(`Image "${item.id}" has ${file.size} bytes; Bluesky takes at most ${BLUESKY_MAX_IMAGE_BYTES}.`);
      files.push({ item, file });
    }
    const images = [];
    for (const { item, file } of files) {
      const { data } = await call("uploading an image", context, () => agent.com.atproto.repo.uploadBlob(file.bytes, { encoding: file.mimeType }));
      images.push({
        image: data.blob,
        // The lexicon asks for alt text on every image; a decorative one has none to give.
        alt: item.decorative === true ? "" : (item.altText ?? ""),
        ...(item.width !== undefined && item.height !== undefined ? { aspectRatio: { width: item.width, height: item.height } } : {}),
      });
    }
    return { $type: "app.bsky.embed.images", images };
  }

  return {
    specificationVersion: "v1",
    id: "bluesky",
    displayName: "Bluesky",
    capabilities: BLUESKY_CAPABILITIES,

    async publish(request, context) {
      const opts = blueskyChannelOptions(request.channel);
      const agent = await agentOf(opts, context);
      let embed = await imagesEmbed(agent, request.media, context);
      const card = linkCardOf(request.options);
      const cardLink = request.links.find((link) => /^https?:\/\//i.test(link));
      if (!embed && cardLink !== undefined) {
        const uri = cardLink;
        embed = { $type: "app.bsky.embed.external", external: { uri, title: card.title ?? hostOf(uri), description: card.description ?? "" } };
      }
      const rich = await facetsOf(agent, request.text, context);
      const language = primaryLanguageSubtag(request.language);
      const record = {
        $type: POST,
        ...rich,
        createdAt: new Date(context.now()).toISOString(),
        ...(language ? { langs: [language] } : {}),
        ...(embed ? { embed } : {}),
      };
      return writePost(opts, agent, request.idempotencyKey, record, context, "publishing a post");
    },

    async reply(request, context) {
      const opts = blueskyChannelOptions(request.channel);
      const agent = await agentOf(opts, context);
      const parentUri = atUriOf(request.inReplyToRemoteId);
      const { data } = await call("reading the post to answer", context, () => agent.app.bsky.feed.getPosts({ uris: [parentUri] }));
      const parent = data.posts[0];
      if (!parent) throw new NetworkError({ kind: "not-found", message: `The post ${request.inReplyToRemoteId} to answer is gone (deleted, or not visible to this account).` });
      const parentRef = { uri: parent.uri, cid: parent.cid };
      const root = ((parent.record as { reply?: { root?: { uri?: unknown; cid?: unknown } } }).reply?.root ?? parentRef) as { uri: string; cid: string };
      const rich = await facetsOf(agent, request.text, context);
      const langs = (parent.record as { langs?: unknown }).langs;
      const record = {
        $type: POST,
        ...rich,
        reply: { root: { uri: root.uri, cid: root.cid }, parent: parentRef },
        createdAt: new Date(context.now()).toISOString(),
        ...(Array.isArray(langs) && langs.length > 0 ? { langs: langs.slice(0, 3) } : {}),
      };
      return writePost(opts, agent, request.idempotencyKey, record, context, "answering a post");
    },

    async delete(request, context) {
      const opts = blueskyChannelOptions(request.channel);
      const target = ownPost(request.remoteId, opts);
      const agent = await agentOf(opts, context);
      // Deleting a record that is gone succeeds: the engine may repeat a delete whose answer it lost.
      await call("deleting a post", context, () => agent.com.atproto.repo.deleteRecord({ repo: opts.did, collection: POST, rkey: target.rkey }));
    },

    async lookup(request, context) {
      const opts = blueskyChannelOptions(request.channel);
      const agent = await agentOf(opts, context);
      const rkey = recordKeyFor(request.idempotencyKey);
      try {
        const { data } = await agent.com.atproto.repo.getRecord({ repo: opts.did, collection: POST, rkey });
        const createdAt = (data.value as { createdAt?: unknown }).createdAt;
        return { status: "found", remoteId: data.uri, url: postUrl(opts.did, rkey), ...(typeof createdAt === "string" ? { publishedAt: createdAt } : {}) };
      } catch (error) {
        const failure = classifyXrpcFailure(error, "looking a post up", context.now(), context.signal, [context.credentials.accessToken]);
        // The one record key this delivery can have holds nothing: certainly not published (or deleted since).
        if (failure.kind === "not-found") return { status: "not-found" };
        throw failure;
      }
    },

    async fetchMetrics(request, context) {
      const opts = blueskyChannelOptions(request.channel);
      const agent = await agentOf(opts, context);
      const samples: MetricSampleV1[] = [];
      const since = Date.parse(request.since);
      // Counts are read now: nothing to say about an instant still to come.
      if (since > context.now()) return samples;
      const at = new Date(context.now()).toISOString();
      const { data: profile } = await call("reading the account's profile", context, () => agent.app.bsky.actor.getProfile({ actor: opts.did }));
      if (typeof profile.followersCount === "number") samples.push({ metric: "followers", value: profile.followersCount, at });
      const posts: { uri: string; likeCount?: number; repostCount?: number; replyCount?: number; quoteCount?: number }[] = [];
      if (request.remoteIds !== undefined) {
        const uris = request.remoteIds.map(atUriOf);
        for (let start = 0; start < uris.length; start += 25) {
          const { data } = await call("reading posts' counts", context, () => agent.app.bsky.feed.getPosts({ uris: uris.slice(start, start + 25) }));
          posts.push(...data.posts);
        }
      } else {
        let cursor: string | undefined;
        for (let page = 0; page < maxPages; page++) {
          const { data } = await call("reading the account's posts", context, () => agent.app.bsky.feed.getAuthorFeed({ actor: opts.did, limit: 100, filter: "posts_and_author_threads", ...(cursor ? { cursor } : {}) }));
          let older = false;
          for (const item of data.feed) {
            if (item.post.author.did !== opts.did) continue;
            const createdAt = Date.parse(String((item.post.record as { createdAt?: unknown }).createdAt));
            if (Number.isFinite(since) && createdAt < since) older = true;
            else posts.push(item.post);
          }
          if (older || !data.cursor || data.feed.length === 0) break;
          cursor = data.cursor;
        }
      }
      for (const post of posts) {
        const counts: [string, number | undefined][] = [
          ["likes", post.likeCount],
          ["shares", post.repostCount],
          ["comments", post.replyCount],
          ["quotes", post.quoteCount],
        ];
        for (const [metric, value] of counts) if (typeof value === "number") samples.push({ remoteId: post.uri, metric, value, at });
      }
      return samples;
    },

    async fetchInteractions(request, context) {
      const opts = blueskyChannelOptions(request.channel);
      const agent = await agentOf(opts, context);
      const state = readCursor(request.cursor);
      // Bluesky lists notifications newest first, by sortAt = min(createdAt, indexedAt). The adapter reads back from the
      // newest (or from where the last read stopped, `deeper`) to the look-back window before the newest it handed out,
      // and hands out, oldest first, what it has not handed out yet: a reply whose author's clock ran behind is not lost.
      const lowest = state.at === undefined ? undefined : state.at - LOOK_BACK_MS / 1000;
      const seen = new Set(state.seen.map(([hash]) => hash));
      const fresh = new Map<string, { at: number; key: string; interaction: InteractionV1 }>();
      let cursor = state.deeper;
      let reachedBottom = false;
      for (let page = 0; page < maxPages && !reachedBottom; page++) {
        const { data } = await call("reading notifications", context, () => agent.app.bsky.notification.listNotifications({ limit: 100, ...(cursor ? { cursor } : {}) }));
        for (const notification of data.notifications) {
          const at = Math.floor(Date.parse(notification.indexedAt) / 1000);
          if (lowest !== undefined && Number.isFinite(at) && at < lowest) {
            reachedBottom = true;
            continue;
          }
          if (seen.has(seenHash(notification.uri)) || fresh.has(notification.uri)) continue;
          const interaction = interactionOf(notification, opts.did, request.channel.handle, webUrl);
          if (interaction) fresh.set(notification.uri, { at: Number.isFinite(at) ? at : 0, key: `${notification.indexedAt} ${notification.uri}`, interaction });
        }
        // The last page still carries a cursor: an empty page ends the list too.
        if (data.notifications.length === 0 || !data.cursor) reachedBottom = true;
        else cursor = data.cursor;
      }
      const asked = Number(request.limit ?? 50);
      const limit = Number.isFinite(asked) ? Math.max(1, Math.min(100, Math.floor(asked))) : 50;
      const page = [...fresh.values()].sort((a, b) => a.at - b.at || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).slice(0, limit);
      const newest = page.reduce((max, entry) => Math.max(max, entry.at), state.at ?? 0);
      const at = page.length > 0 || state.at !== undefined ? newest : undefined;
      const nextSeen = pruneSeen([...state.seen, ...page.map((entry) => [seenHash(entry.interaction.remoteId), entry.at] as const)], at);
      // More new notifications than one call reads: the next call goes on below where this one stopped (what it skipped
      // above is read again later and handed out then: the seen list keeps each to once).
      const deeper = reachedBottom ? undefined : cursor;
      const unchanged = page.length === 0 && deeper === state.deeper;
      return {
        interactions: page.map((entry) => entry.interaction),
        ...(unchanged ? (request.cursor !== undefined ? { nextCursor: request.cursor } : {}) : { nextCursor: writeCursor({ ...(at === undefined ? {} : { at }), seen: nextSeen, ...(deeper === undefined ? {} : { deeper }) }) }),
      };
    },

    async readProfile(request, context) {
      const opts = blueskyChannelOptions(request.channel);
      const agent = await agentOf(opts, context);
      const { data } = await call("reading the profile", context, () => agent.app.bsky.actor.getProfile({ actor: opts.did }));
      const bio = data.description;
      return {
        handle: `@${data.handle}`,
        ...(data.displayName ? { displayName: data.displayName } : {}),
        ...(bio ? { bio } : {}),
        links: bio ? [...new Set(bio.match(/https?:\/\/[^\s<>"']+/gi) ?? [])] : [],
        url: `${webUrl}/profile/${data.did}`,
      };
    },

    async refreshCredentials(credentials: CredentialsV1, context) {
      const opts = blueskyChannelOptions(context.channel);
      if (opts.oauth) return refreshOAuthCredentials(options.oauth, credentials, opts, context);
      if (!credentials.refreshToken) throw new NetworkError({ kind: "authentication", message: "The Bluesky session has no refresh token; connect the account again." });
      const agent = agentFor(opts.service, credentials.refreshToken, context);
      const { data } = await call("refreshing the session", context, () => agent.com.atproto.server.refreshSession(), [credentials.refreshToken, credentials.accessToken]);
      const expiresAt = expiryOf(data.accessJwt);
      return { accessToken: data.accessJwt, refreshToken: data.refreshJwt, ...(expiresAt ? { expiresAt } : {}), ...(credentials.extra ? { extra: credentials.extra } : {}) };
    },
  };
}

/** A notification as an interaction, or undefined for what is no message to the town hall (likes, follows, reposts). */
function interactionOf(
  notification: { uri: string; reason: string; indexedAt: string; author: { did: string; handle: string; displayName?: string }; record: unknown },
  ownDid: string,
  ownHandle: string,
  webUrl: string,
): InteractionV1 | undefined {
  if (notification.reason !== "reply" && notification.reason !== "mention") return undefined;
  if (notification.author.did === ownDid) return undefined;
  const record = notification.record as { text?: unknown; reply?: { parent?: { uri?: unknown } }; langs?: unknown };
  if (typeof record.text !== "string") return undefined;
  const parent = typeof record.reply?.parent?.uri === "string" ? record.reply.parent.uri : undefined;
  const repliesToUs = parent !== undefined && parent.startsWith(`at://${ownDid}/`);
  const language = Array.isArray(record.langs) && typeof record.langs[0] === "string" ? record.langs[0] : undefined;
  const rkey = notification.uri.split("/").pop() ?? "";
  return {
    remoteId: notification.uri,
    kind: notification.reason === "reply" && repliesToUs ? "comment" : "mention",
    ...(parent ? { inReplyToRemoteId: parent } : {}),
    author: { handle: `@${notification.author.handle}`, ...(notification.author.displayName ? { displayName: notification.author.displayName } : {}) },
    text: withoutOwnMention(record.text, ownHandle),
    ...(language ? { language } : {}),
    receivedAt: new Date(Date.parse(notification.indexedAt)).toISOString(),
    url: `${webUrl}/profile/${notification.author.did}/post/${rkey}`,
  };
}

/** A citizen's text without the mention of the town hall's own account it starts with (how one writes to an account). */
function withoutOwnMention(text: string, handle: string): string {
  const own = `@${handle.replace(/^@/, "")} `;
  return text.toLowerCase().startsWith(own.toLowerCase()) ? text.slice(own.length) : text;
}

/** An at:// URI of a post, checked: refused as rejected content when it is not one. */
function atUriOf(remoteId: string): string {
  try {
    const uri = new AtUri(remoteId);
    if (uri.collection === POST && uri.rkey) return uri.toString();
  } catch {
    // fall through
  }
  throw new NetworkError({ kind: "not-found", message: `"${String(remoteId).slice(0, 200)}" is not the address of a Bluesky post (at://…/app.bsky.feed.post/…).` });
}

/** A post of the channel's own account, by its at:// URI; another account's post is none of ours to delete. */
function ownPost(remoteId: string, opts: BlueskyChannelOptions): { rkey: string } {
  const uri = new AtUri(atUriOf(remoteId));
  if (uri.host !== opts.did) throw new NetworkError({ kind: "permanent", message: `The post ${remoteId} belongs to another account than the channel's (${opts.did}).` });
  return { rkey: uri.rkey };
}

function hostOf(uri: string): string {
  try {
    return new URL(uri).hostname;
  } catch {
    return uri.slice(0, 300);
  }
}

/** The post's own words for its link card (`variant.options.bluesky.linkCard`), if it sets them. */
function linkCardOf(options: Readonly<Record<string, unknown>>): { title?: string; description?: string } {
  const card = options["linkCard"];
  if (typeof card !== "object" || card === null) return {};
  const { title, description } = card as { title?: unknown; description?: unknown };
  return { ...(typeof title === "string" ? { title: title.slice(0, 300) } : {}), ...(typeof description === "string" ? { description: description.slice(0, 1000) } : {}) };
}
