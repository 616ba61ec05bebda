import { z } from "zod";
import { issueParams } from "../validation/validate.js";
import { IdSchema, UrlSchema } from "./common.js";
import { textField } from "./limits.js";
import { whenFieldsValid } from "./when-fields-valid.js";

/** The kind of a media item. */
export const MediaKindSchema = z.enum(["image", "video", "gif", "document"]);

/** A media kind, see {@link MediaKindSchema}. */
export type MediaKind = z.infer<typeof MediaKindSchema>;

/** The longest alternative text a media item may have: Mastodon's limit for media descriptions. */
export const MAX_ALT_TEXT_LENGTH = 1500;

const MIME_TYPE = /^[A-Za-z0-9][\w!#$&^.+-]*\/[A-Za-z0-9][\w!#$&^.+-]*$/;

/**
 * An image, video, GIF or document attached to a post. It is found by a
 * public `url` or by a `storageKey` in the organisation's media store; at
 * least one is required.
 *
 * Accessibility (BITV 2.0): every non-decorative image needs an `altText`. The
 * schema does not demand it, so that drafts can be saved early; the
 * accessibility check of the scoring package reports what is missing.
 *
 * @example
 * ```ts
 * validate(MediaSchema, {
 *   id: "foto-1", kind: "image", storageKey: "2027/03/stadtfest.jpg", mimeType: "image/jpeg",
 *   altText: "Besucherinnen und Besucher auf dem Marktplatz beim Stadtfest",
 * });
 * ```
 */
export const MediaSchema = z
  .object({
    /** Id of the media item. */
    id: IdSchema,
    /** What it is. */
    kind: MediaKindSchema,
    /** Public http(s) URL of the file. */
    url: UrlSchema.optional(),
    /** Key of the file in the organisation's media store. */
    storageKey: textField(1024, 1).optional(),
    /** MIME type, e.g. "image/jpeg", "video/mp4", "application/pdf". */
    mimeType: z
      .string()
      .max(255)
      .refine((value) => MIME_TYPE.test(value), issueParams("mime-type.format"))
      .optional(),
    /** File size in bytes, for network limits. */
    sizeBytes: z.int().min(0).optional(),
    /** Width in pixels. */
    width: z.int().positive().optional(),
    /** Height in pixels. */
    height: z.int().positive().optional(),
    /** Running time of a video, in seconds. */
    durationSeconds: z.number().min(0).optional(),
    /** Alternative text for people who cannot see the image, at most 1,500 characters. */
    altText: textField(MAX_ALT_TEXT_LENGTH).optional(),
    /**
     * For a video: whether it has captions (subtitles burned in, or a
     * caption track uploaded with it). People who cannot hear it need them
     * (BITV 2.0); the accessibility check reports a video without.
     */
    captions: z.boolean().optional(),
    /** True for a purely decorative image, which needs no alternative text. */
    decorative: z.boolean().optional(),
  })
  .superRefine(
    (media, ctx) => {
      if (media.url === undefined && media.storageKey === undefined) {
        ctx.addIssue({ code: "custom", path: ["url"], input: undefined, ...issueParams("media.source-missing") });
      }
    },
    { when: whenFieldsValid("url", "storageKey") },
  );

/** A media item, see {@link MediaSchema}. */
export type Media = z.infer<typeof MediaSchema>;
