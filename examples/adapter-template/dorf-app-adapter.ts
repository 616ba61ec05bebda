import type { Media } from "@kommune-sm/core";
import { NetworkError, type InteractionV1, type MetricSampleV1, type NetworkAdapterV1, type PublishWarningV1 } from "@kommune-sm/network";
import type { z } from "zod";
import { DORF_APP_CAPABILITIES, DORF_APP_KEY_RETENTION_MS } from "./dorf-app-capabilities.js";
import { callDorfApp } from "./dorf-app-http.js";
import {
  dorfAppAccountStatsSchema,
  dorfAppCommentPageSchema,
  dorfAppPostListSchema,
  dorfAppPostSchema,
  dorfAppPostStatsSchema,
  dorfAppProfileSchema,
  dorfAppReplySchema,
  dorfAppTokenSchema,
} from "./dorf-app-responses.js";

/** The Dorf-App's production API. */
export const DORF_APP_BASE_URL = "https://api.dorf-app.example";

/** Posts younger than this count as "recent" for metrics: residents react within days, and each post costs one request. */
const RECENT_POSTS_MS = 30 * 24 * 60 * 60_000;

/** Options of {@link createDorfAppAdapter}. */
export interface DorfAppOptions {
  /** Where the API is; default {@link DORF_APP_BASE_URL}. Tests point it at a fake server. */
  readonly baseUrl?: string;
}

/** The Dorf-App's media item, as POST /v1/posts takes it. */
function toDorfAppMedia(media: Media) {
  // The Dorf-App fetches files itself from a public URL; a file only in our media store cannot be sent.
  if (media.url === undefined) {
    throw new NetworkError({ kind: "rejected-content", message: `Media "${media.id}" has no public URL; the Dorf-App fetches media from one.` });
  }
  return {
    kind: media.kind,
    url: media.url,
    ...(media.altText === undefined ? {} : { altText: media.altText }),
    ...(media.decorative === true ? { decorative: true } : {}),
    ...(media.sizeBytes === undefined ? {} : { sizeBytes: media.sizeBytes }),
  };
}

/**
 * The adapter for the Dorf-App (a fictional municipal app; see the README
 * for its API). It keeps no state of its own: everything it needs comes with
 * the request and the call context, so one adapter serves every
 * organisation in the process.
 *
 * @example
 * ```ts
 * const ksm = await createKommune({ organisation, plugins: [dorfApp()] });
 * ```
 */
export function createDorfAppAdapter(options: DorfAppOptions = {}): NetworkAdapterV1 {
  const baseUrl = options.baseUrl ?? DORF_APP_BASE_URL;

  return {
    specificationVersion: "v1",
    id: "dorf-app",
    displayName: "Dorf-App",
    capabilities: DORF_APP_CAPABILITIES,

    async publish(request, context) {
      const warnings: PublishWarningV1[] = [];
      // The Dorf-App has no hashtags; dropping them is a warning for the editor, not a failure.
      if (request.hashtags.length > 0) {
        warnings.push({ type: "unsupported-feature", feature: "hashtags", message: "The Dorf-App has no hashtags; they were left out." });
      }
      const post = await callDorfApp(
        baseUrl,
        {
          method: "POST",
          path: "/v1/posts",
          idempotencyKey: request.idempotencyKey,
          accessToken: context.credentials.accessToken,
          body: { text: request.text, language: request.language, media: request.media.map(toDorfAppMedia), links: request.links },
          schema: dorfAppPostSchema,
        },
        context,
      );
      return { remoteId: post.id, url: post.url, publishedAt: post.createdAt, ...(warnings.length > 0 ? { warnings } : {}) };
    },

    async delete(request, context) {
      try {
        await callDorfApp(baseUrl, { method: "DELETE", path: `/v1/posts/${encodeURIComponent(request.remoteId)}`, accessToken: context.credentials.accessToken }, context);
      } catch (error) {
        // Gone already (deleted by hand in the app, or our earlier delete whose answer was lost): that is what we wanted.
        if (NetworkError.isNetworkError(error) && error.kind === "not-found") return;
        throw error;
      }
    },

    async lookup(request, context) {
      const { posts } = await callDorfApp(
        baseUrl,
        { method: "GET", path: "/v1/posts", query: { idempotencyKey: request.idempotencyKey }, accessToken: context.credentials.accessToken, schema: dorfAppPostListSchema },
        context,
      );
      const found = posts[0];
      if (found) return { status: "found", remoteId: found.id, url: found.url };
      // "not-found" promises that a resend makes no duplicate. The API forgets
      // keys after 30 days, so for an older window it cannot promise that.
      if (Date.parse(request.notBefore) < context.now() - DORF_APP_KEY_RETENTION_MS) {
        return { status: "unknown", reason: "The Dorf-App keeps idempotency keys for 30 days only." };
      }
      return { status: "not-found" };
    },

    async fetchMetrics(request, context) {
      const since = Date.parse(request.since);
      const get = <Schema extends z.ZodType>(path: string, schema: Schema, query?: Record<string, string>) =>
        callDorfApp(baseUrl, { method: "GET", path, accessToken: context.credentials.accessToken, schema, ...(query ? { query } : {}) }, context);

      const samples: MetricSampleV1[] = [];
      const remoteIds =
        request.remoteIds ??
        (await get("/v1/posts", dorfAppPostListSchema, { since: new Date(context.now() - RECENT_POSTS_MS).toISOString() })).posts.map((post) => post.id);
      // One after the other: the rate limit is per account, and the engine budgets calls, not parallel requests.
      for (const remoteId of remoteIds) {
        let stats;
        try {
          stats = await get(`/v1/posts/${encodeURIComponent(remoteId)}/stats`, dorfAppPostStatsSchema);
        } catch (error) {
          // A post deleted since has no numbers any more; the others still count.
          if (NetworkError.isNetworkError(error) && error.kind === "not-found") continue;
          throw error;
        }
        samples.push(
          { remoteId, at: stats.measuredAt, metric: "impressions", value: stats.views },
          { remoteId, at: stats.measuredAt, metric: "likes", value: stats.likes },
          { remoteId, at: stats.measuredAt, metric: "comments", value: stats.comments },
        );
      }
      if (request.remoteIds === undefined) {
        const account = await get("/v1/account/stats", dorfAppAccountStatsSchema);
        samples.push({ at: account.measuredAt, metric: "followers", value: account.followers });
      }
      // The API reports numbers as of now; a request for "since" a later instant gets none.
      return samples.filter((sample) => Date.parse(sample.at) >= since);
    },

    async fetchInteractions(request, context) {
      const page = await callDorfApp(
        baseUrl,
        {
          method: "GET",
          path: "/v1/comments",
          query: { after: request.cursor, limit: request.limit === undefined ? undefined : String(Math.min(Math.max(1, request.limit), 100)) },
          accessToken: context.credentials.accessToken,
          schema: dorfAppCommentPageSchema,
        },
        context,
      );
      const interactions = page.comments.map(
        (comment): InteractionV1 => ({
          remoteId: comment.id,
          // A comment with a parent answers another comment; without one it is about the post.
          kind: comment.parentId === undefined ? "comment" : "reply",
          inReplyToRemoteId: comment.parentId ?? comment.postId,
          author: { handle: comment.author.handle, ...(comment.author.name === undefined ? {} : { displayName: comment.author.name }) },
          // As the resident wrote it: whoever renders it escapes it.
          text: comment.text,
          receivedAt: comment.createdAt,
          ...(comment.url === undefined ? {} : { url: comment.url }),
        }),
      );
      return { interactions, ...(page.next === undefined ? {} : { nextCursor: page.next }) };
    },

    async reply(request, context) {
      const reply = await callDorfApp(
        baseUrl,
        {
          method: "POST",
          path: `/v1/comments/${encodeURIComponent(request.inReplyToRemoteId)}/replies`,
          idempotencyKey: request.idempotencyKey,
          accessToken: context.credentials.accessToken,
          body: { text: request.text },
          schema: dorfAppReplySchema,
        },
        context,
      );
      return { remoteId: reply.id, url: reply.url, publishedAt: reply.createdAt };
    },

    async readProfile(_request, context) {
      const profile = await callDorfApp(baseUrl, { method: "GET", path: "/v1/profile", accessToken: context.credentials.accessToken, schema: dorfAppProfileSchema }, context);
      return {
        handle: profile.handle,
        ...(profile.name === undefined ? {} : { displayName: profile.name }),
        ...(profile.bio === undefined ? {} : { bio: profile.bio }),
        links: [profile.website, ...(profile.bio?.match(/https?:\/\/\S+/g) ?? [])].filter((link): link is string => link !== undefined),
        ...(profile.url === undefined ? {} : { url: profile.url }),
      };
    },

    async refreshCredentials(credentials, context) {
      if (credentials.refreshToken === undefined) {
        throw new NetworkError({ kind: "authentication", message: "The Dorf-App access token expired and there is no refresh token; reconnect the account." });
      }
      let answer;
      try {
        answer = await callDorfApp(baseUrl, { method: "POST", path: "/v1/token", body: { refreshToken: credentials.refreshToken }, schema: dorfAppTokenSchema }, context);
      } catch (error) {
        // A refused refresh token (400 invalid_grant, 401) needs a person to reconnect, not a retry; outages stay retryable.
        if (NetworkError.isNetworkError(error) && (error.status === 400 || error.status === 401)) {
          throw new NetworkError({ kind: "authentication", status: error.status, message: "The Dorf-App refused the refresh token; reconnect the account.", cause: error });
        }
        throw error;
      }
      return {
        ...credentials,
        accessToken: answer.accessToken,
        // The API rotates refresh tokens only now and then: without a new one, the old one stays valid and must be kept.
        refreshToken: answer.refreshToken ?? credentials.refreshToken,
        expiresAt: new Date(context.now() + answer.expiresIn * 1000).toISOString(),
      };
    },
  };
}
