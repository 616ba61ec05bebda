import { KommuneError, type TenantStore } from "@kommune-sm/core";
import type { InteractionV1 } from "@kommune-sm/network";
import { forecastAudience, forecastFollowUp, metricsAt, type AudienceForecast, type PostMetricName } from "./audience-model.js";
import type { SandboxInteraction, SandboxPost } from "./sandbox-entities.js";
import { sandboxUrls } from "./sandbox-urls.js";
import { hashParts, toBase36 } from "./seeded-random.js";

/** A post as it is about to be stored; id and organisation are added by the timeline. */
export type SandboxPostDraft = Omit<SandboxPost, "id" | "organisationId">;

/** The sandbox's view of its data in the store, and the audience that follows from it. @internal */
export interface SandboxTimeline {
  readonly organisationId: string;
  /**
   * Stores `draft` unless a post with its channel and key exists, in one
   * transaction; returns the post that holds the key. `check` runs only for
   * a new post, before it is stored; what it returns (other than undefined)
   * refuses the post and comes back as `refusal`, with nothing stored.
   */
  insertOnce<Refusal>(
    draft: SandboxPostDraft,
    check?: () => Refusal | undefined,
  ): Promise<{ readonly post: SandboxPost; readonly created: boolean } | { readonly refusal: Refusal }>;
  findByKey(channelId: string, idempotencyKey: string): Promise<SandboxPost | undefined>;
  get(remoteId: string): Promise<SandboxPost | undefined>;
  markDeleted(post: SandboxPost, at: string): Promise<void>;
  /** Posts and replies of a channel (or all), oldest first, deleted ones included. */
  posts(channelId?: string): Promise<SandboxPost[]>;
  /** The audience's reaction to a post, cached (it never changes for a post). */
  forecast(post: SandboxPost, followers: number): AudienceForecast;
  /** Numbers of each post at `now`, by remote id; comments put in by hand included. */
  metricsOf(posts: readonly SandboxPost[], followers: number, now: number): Promise<Map<string, Record<PostMetricName, number>>>;
  /** Every interaction of a channel that has arrived by `now`, ordered by remote id (which sorts by time). */
  interactions(channelId: string, now: number, followers: number): Promise<InteractionV1[]>;
  /** Stores an interaction put in by hand. */
  addInteraction(interaction: Omit<SandboxInteraction, "id" | "organisationId">): Promise<SandboxInteraction>;
}

/** The `suffix`th candidate for a post's id: the base, then base-2, base-3, ... (ids come from a hash, so a second one is already rare). */
function withSuffix(base: string, suffix: number): string {
  if (suffix > 1_000) throw new Error(`sandbox: no free id for a post after ${base}-1000`);
  return suffix === 1 ? base : `${base}-${suffix}`;
}

/** For an insert that was refused: false if only its id was taken (nothing was written); any other error goes on. */
function idTaken(error: unknown): false {
  if (KommuneError.isInstance(error, "CORE_CONFLICT")) return false;
  throw error;
}

/** An interaction put in by hand, as the adapter reports it. @internal */
export function interactionOf(stored: SandboxInteraction): InteractionV1 {
  return {
    remoteId: stored.id,
    kind: stored.kind,
    ...(stored.inReplyToRemoteId === undefined ? {} : { inReplyToRemoteId: stored.inReplyToRemoteId }),
    author: { ...stored.author },
    text: stored.text,
    ...(stored.language === undefined ? {} : { language: stored.language }),
    receivedAt: stored.receivedAt,
    url: sandboxUrls.interaction(stored.organisationId, stored.id),
  };
}

/** Remote ids start with the time in base 36 (fixed width), so they sort by time, like Mastodon's. */
export function timeSortableId(atMs: number, ...parts: readonly (string | number)[]): string {
  return `${toBase36(atMs, 9)}-${toBase36(hashParts(...parts), 7)}`;
}

/** @internal */
export function createSandboxTimeline(store: TenantStore, settings: { readonly seed: string | number; readonly timeZone: string }): SandboxTimeline {
  const organisationId = store.organisationId;
  const forecasts = new Map<string, AudienceForecast>();

  const forecast = (post: SandboxPost, followers: number): AudienceForecast => {
    const key = `${post.id}\u0000${followers}`;
    let cached = forecasts.get(key);
    if (!cached) {
      cached = forecastAudience(
        {
          channelId: post.channelId,
          text: post.text,
          publishedAtMs: Date.parse(post.publishedAt),
          mediaKinds: post.media.map((item) => item.kind),
          hashtags: post.hashtags,
          links: post.links.length,
          ...(post.pillar === undefined ? {} : { pillar: post.pillar }),
        },
        { seed: settings.seed, timeZone: settings.timeZone, followers },
      );
      forecasts.set(key, cached);
    }
    return cached;
  };

  const posts = async (channelId?: string) =>
    store.collection("sandbox-posts").list({ ...(channelId === undefined ? {} : { where: { channelId } }), orderBy: "id" });

  const injected = async (channelId: string) =>
    (await store.collection("sandbox-interactions").list({ orderBy: "id" })).filter((item) => item.channelId === undefined || item.channelId === channelId);

  return {
    organisationId,
    async insertOnce(draft, check) {
      // No `limit`: a key has at most one post, and an unpaged list is one
      // plain indexed query on SQLite (a paged one also asks whether any row
      // has text that SQLite would order differently).
      const byKey = { where: { channelId: draft.channelId, idempotencyKey: draft.idempotencyKey } };
      const baseId = () => timeSortableId(Date.parse(draft.publishedAt), settings.seed, draft.channelId, draft.idempotencyKey);
      // One transaction: concurrent calls with one key cannot both insert.
      // The store's syncTransaction where it has one (one real database
      // transaction on SQLite), else its transaction; the same steps in both.
      if (store.syncTransaction) {
        return store.syncTransaction((tx) => {
          const collection = tx.collection("sandbox-posts");
          const [existing] = collection.list(byKey);
          if (existing) return { post: existing, created: false };
          const refusal = check?.();
          if (refusal !== undefined) return { refusal };
          // The first free id: an insert of a taken one is refused and changes nothing.
          const base = baseId();
          for (let suffix = 1; ; suffix++) {
            const post: SandboxPost = { id: withSuffix(base, suffix), organisationId, ...draft };
            try {
              collection.insert(post);
              return { post, created: true };
            } catch (error) {
              idTaken(error);
            }
          }
        });
      }
      return store.transaction(async (tx) => {
        const collection = tx.collection("sandbox-posts");
        const [existing] = await collection.list(byKey);
        if (existing) return { post: existing, created: false };
        const refusal = check?.();
        if (refusal !== undefined) return { refusal };
        // A store without syncTransaction may find a taken id only at its
        // commit, so the async path looks first, as it always did.
        const base = baseId();
        let suffix = 1;
        while (await collection.get(withSuffix(base, suffix))) suffix++;
        const post: SandboxPost = { id: withSuffix(base, suffix), organisationId, ...draft };
        await collection.insert(post);
        return { post, created: true };
      });
    },
    async findByKey(channelId, idempotencyKey) {
      const [found] = await store.collection("sandbox-posts").list({ where: { channelId, idempotencyKey } });
      return found;
    },
    get: (remoteId) => store.collection("sandbox-posts").get(remoteId),
    async markDeleted(post, at) {
      await store.collection("sandbox-posts").save({ ...post, deletedAt: at });
    },
    posts,
    forecast,
    async metricsOf(list, followers, now) {
      const byHand = new Map<string, number>();
      for (const item of await store.collection("sandbox-interactions").list()) {
        if (item.inReplyToRemoteId !== undefined && Date.parse(item.receivedAt) <= now) byHand.set(item.inReplyToRemoteId, (byHand.get(item.inReplyToRemoteId) ?? 0) + 1);
      }
      const result = new Map<string, Record<PostMetricName, number>>();
      for (const post of list) {
        const deletedAt = post.deletedAt === undefined ? Number.POSITIVE_INFINITY : Date.parse(post.deletedAt);
        const values = metricsAt(forecast(post, followers), Math.min(now, deletedAt) - Date.parse(post.publishedAt));
        result.set(post.id, { ...values, comments: values.comments + (byHand.get(post.id) ?? 0) });
      }
      return result;
    },
    async interactions(channelId, now, followers) {
      const all: InteractionV1[] = [];
      for (const post of await posts(channelId)) {
        const publishedAt = Date.parse(post.publishedAt);
        // A deleted post gets no more comments; those it had stay.
        const until = Math.min(now, post.deletedAt === undefined ? Number.POSITIVE_INFINITY : Date.parse(post.deletedAt));
        // A simulated citizen's comment (or answer to a reply) under the post, arrived at `at`.
        const simulated = (at: number, part: string | number, kind: "comment" | "reply", written: { author: { handle: string; displayName: string }; text: string }) => {
          const remoteId = timeSortableId(at, settings.seed, post.id, part);
          all.push({
            remoteId,
            kind,
            inReplyToRemoteId: post.id,
            author: { handle: written.author.handle, displayName: written.author.displayName },
            text: written.text,
            language: "de",
            receivedAt: new Date(at).toISOString(),
            url: sandboxUrls.comment(organisationId, post.id, remoteId),
          });
        };
        if (post.kind === "post") {
          forecast(post, followers).comments.forEach((comment, index) => {
            const at = publishedAt + comment.offsetMs;
            if (at <= until) simulated(at, index, "comment", comment);
          });
        } else {
          const followUp = forecastFollowUp(settings.seed, { remoteId: post.id, text: post.text });
          const at = publishedAt + (followUp?.offsetMs ?? 0);
          if (followUp && at <= until) simulated(at, "follow-up", "reply", followUp);
        }
      }
      // Put in by hand: shown whatever the caller's clock says, since they have been received.
      for (const item of await injected(channelId)) all.push(interactionOf(item));
      return all.sort((a, b) => (a.remoteId < b.remoteId ? -1 : a.remoteId > b.remoteId ? 1 : 0));
    },
    async addInteraction(interaction) {
      return store.transaction(async (tx) => {
        const collection = tx.collection("sandbox-interactions");
        const count = await collection.count();
        // By arrival within one millisecond ("~" sorts after the simulated comments' hashes).
        const stored: SandboxInteraction = {
          id: `${toBase36(Date.parse(interaction.receivedAt), 9)}-~${toBase36(count, 6)}`,
          organisationId,
          ...interaction,
        };
        await collection.insert(stored);
        return stored;
      });
    },
  };
}
