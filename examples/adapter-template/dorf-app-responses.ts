import { z } from "zod";

/*
 * The answers of the Dorf-App API as the README documents them. The adapter
 * parses every answer with these instead of trusting it: a changed or broken
 * API then fails with a clear NetworkError instead of an undefined remoteId
 * deep inside the engine. Unknown fields are ignored, so that the API can
 * grow without breaking the adapter.
 */

const instant = z.iso.datetime({ offset: true });

/** A post as POST /v1/posts and GET /v1/posts return it. */
export const dorfAppPostSchema = z.object({ id: z.string().min(1), url: z.url(), createdAt: instant, text: z.string().optional() });

/** GET /v1/posts. */
export const dorfAppPostListSchema = z.object({ posts: z.array(dorfAppPostSchema) });

/** GET /v1/posts/:id/stats. */
export const dorfAppPostStatsSchema = z.object({
  postId: z.string(),
  views: z.number().int().nonnegative(),
  likes: z.number().int().nonnegative(),
  comments: z.number().int().nonnegative(),
  measuredAt: instant,
});

/** GET /v1/account/stats. */
export const dorfAppAccountStatsSchema = z.object({ followers: z.number().int().nonnegative(), measuredAt: instant });

/** A resident's comment, as GET /v1/comments lists it. */
export const dorfAppCommentSchema = z.object({
  id: z.string().min(1),
  postId: z.string().min(1),
  parentId: z.string().min(1).optional(),
  author: z.object({ handle: z.string().min(1), name: z.string().optional() }),
  text: z.string(),
  createdAt: instant,
  url: z.url().optional(),
});

/** GET /v1/comments. */
export const dorfAppCommentPageSchema = z.object({ comments: z.array(dorfAppCommentSchema), next: z.string().min(1).optional() });

/** POST /v1/comments/:id/replies. */
export const dorfAppReplySchema = z.object({ id: z.string().min(1), url: z.url(), createdAt: instant });

/** GET /v1/profile. */
export const dorfAppProfileSchema = z.object({
  handle: z.string().min(1),
  name: z.string().optional(),
  bio: z.string().optional(),
  website: z.url().optional(),
  url: z.url().optional(),
});

/** POST /v1/token. */
export const dorfAppTokenSchema = z.object({
  accessToken: z.string().min(1),
  expiresIn: z.number().int().positive(),
  refreshToken: z.string().min(1).optional(),
});

/** The body of every error answer. */
export const dorfAppErrorSchema = z.object({ error: z.string() });
