import { z } from "zod";

// What the adapter reads of Mastodon's answers (entities of the Mastodon API,
// https://docs.joinmastodon.org/entities/), and nothing more: a field the
// adapter does not use is not required, so that instances of older and newer
// versions (and forks) are understood. Objects are loose (`z.looseObject`):
// unknown fields pass.

/** An error answer: `{ "error": "...", "error_description": "..." }` (Error entity). */
export const mastodonErrorSchema = z.looseObject({
  error: z.string(),
  error_description: z.string().optional(),
});

/** Account entity, the fields used. */
export const mastodonAccountSchema = z.looseObject({
  id: z.string().min(1),
  username: z.string(),
  acct: z.string(),
  display_name: z.string().optional(),
  url: z.string().nullish(),
  note: z.string().optional(),
  // -1 for accounts that hide their follower count: never a reason to refuse the whole answer.
  followers_count: z.number().int().optional().catch(undefined),
  fields: z.array(z.looseObject({ name: z.string(), value: z.string() })).optional(),
});

/** CredentialAccount: an Account with `source`, the profile as written (plain text). */
export const mastodonCredentialAccountSchema = mastodonAccountSchema.extend({
  source: z
    .looseObject({
      note: z.string().optional(),
      fields: z.array(z.looseObject({ name: z.string(), value: z.string() })).optional(),
    })
    .optional(),
});

/** Status entity, the fields used. */
export const mastodonStatusSchema = z.looseObject({
  id: z.string().min(1),
  uri: z.string(),
  url: z.string().nullish(),
  created_at: z.string(),
  content: z.string(),
  visibility: z.string().optional(),
  language: z.string().nullish(),
  spoiler_text: z.string().optional(),
  in_reply_to_id: z.string().nullish(),
  in_reply_to_account_id: z.string().nullish(),
  favourites_count: z.number().int().optional().catch(undefined),
  reblogs_count: z.number().int().optional().catch(undefined),
  replies_count: z.number().int().optional().catch(undefined),
  quotes_count: z.number().int().nullish().catch(undefined),
  account: mastodonAccountSchema,
  mentions: z.array(z.looseObject({ id: z.string(), username: z.string(), acct: z.string(), url: z.string() })).optional(),
});

/** StatusSource: the text of a status as written (`GET /api/v1/statuses/:id/source`). */
export const mastodonStatusSourceSchema = z.looseObject({
  id: z.string(),
  text: z.string(),
  spoiler_text: z.string().optional(),
});

/** MediaAttachment, the fields used; `url` is null while a file is being processed. */
export const mastodonMediaSchema = z.looseObject({
  id: z.string().min(1),
  type: z.string(),
  url: z.string().nullish(),
});

/** Notification, the fields used; `status` is absent for follows and the like. */
export const mastodonNotificationSchema = z.looseObject({
  id: z.string().min(1),
  type: z.string(),
  created_at: z.string(),
  account: mastodonAccountSchema,
  status: mastodonStatusSchema.nullish(),
});

/** Instance (v2), the limits an account's posts are measured against. */
export const mastodonInstanceSchema = z.looseObject({
  domain: z.string().optional().catch(undefined),
  configuration: z
    .looseObject({
      statuses: z
        .looseObject({
          // A limit that makes no sense keeps Mastodon's default rather than failing every post.
          max_characters: z.number().int().positive().max(1_000_000).optional().catch(undefined),
          characters_reserved_per_url: z.number().int().nonnegative().max(10_000).optional().catch(undefined),
          max_media_attachments: z.number().int().positive().max(100).optional().catch(undefined),
        })
        .optional()
        .catch(undefined),
      media_attachments: z
        .looseObject({
          image_size_limit: z.number().int().positive().optional().catch(undefined),
          video_size_limit: z.number().int().positive().optional().catch(undefined),
          description_limit: z.number().int().positive().nullish().catch(undefined),
          supported_mime_types: z.array(z.string()).optional().catch(undefined),
        })
        .optional()
        .catch(undefined),
    })
    .optional()
    .catch(undefined),
});

/** A Status. */
export type MastodonStatus = z.output<typeof mastodonStatusSchema>;
/** A Notification. */
export type MastodonNotification = z.output<typeof mastodonNotificationSchema>;
/** An Instance (v2). */
export type MastodonInstance = z.output<typeof mastodonInstanceSchema>;
