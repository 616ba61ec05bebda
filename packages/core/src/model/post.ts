import { z } from "zod";
import { CheckRecordSchema } from "./finding.js";
import { issueParams } from "../validation/validate.js";
import { AdapterOptionsSchema } from "./adapter-options.js";
import { IdSchema, InstantSchema, LanguageSchema, UrlSchema } from "./common.js";
import { LIST_LIMITS, limitedList, textField } from "./limits.js";
import { MediaSchema } from "./media.js";
import { PostStateSchema } from "./post-state.js";
import { whenFieldsValid } from "./when-fields-valid.js";

const HASHTAG = /^[^\s#]+$/u;

/**
 * The longest text a post, a variant or a reply may have, in UTF-16 code
 * units: far beyond any network's limit (LinkedIn's 3,000, Facebook's
 * 63,206), so that the scoring package, not the schema, tells an editor
 * what is too long for which network.
 */
export const MAX_POST_TEXT_LENGTH = 100_000;

/**
 * The longest content warning a post or a variant may have, in UTF-16 code
 * units. A warning is a line that says what the post is about before a
 * reader opens it ("Unfall auf der B 27, Verletzte"), not a second text;
 * where a network counts it toward the text's limit (Mastodon), the handover
 * to the network measures both together.
 */
export const MAX_CONTENT_WARNING_LENGTH = 1000;

/** The longest reason a rejection, a withdrawal or an override may give, in UTF-16 code units. */
export const MAX_REASON_LENGTH = 2000;

/**
 * Why a post was rejected or withdrawn, or why an admin overrode a quiet
 * period: 1 to 2,000 characters of well-formed text. For validating a
 * reason on its own, before it is stored in a {@link ReasonedDecisionSchema}.
 *
 * @example
 * ```ts
 * validate(ReasonSchema, reason.trim(), { entity: "Reason", locale: "en" });
 * ```
 */
export const ReasonSchema = textField(MAX_REASON_LENGTH, 1);

/**
 * What a post says differently on one channel: its own text (shorter for
 * Bluesky, with a call to action for Instagram), its own content warning,
 * its own media, its own adapter options. Fields left out fall back to the
 * post's.
 */
export const PostVariantSchema = z.object({
  /** The channel this variant is for; one variant per channel. */
  channelId: IdSchema,
  /** Text on this channel instead of the post's. */
  text: textField(MAX_POST_TEXT_LENGTH, 1).optional(),
  /**
   * Content warning on this channel instead of the post's; the empty text
   * means none on this channel (for a network that shows no warnings, when
   * the post has one for the others). At most 1,000 characters.
   */
  contentWarning: textField(MAX_CONTENT_WARNING_LENGTH).optional(),
  /** Media on this channel instead of the post's; at most 20. */
  media: limitedList(z.array(MediaSchema), LIST_LIMITS.media).optional(),
  /** Adapter options for this channel, keyed by adapter id. */
  options: AdapterOptionsSchema.optional(),
});

/** A per-channel variant, see {@link PostVariantSchema}. */
export type PostVariant = z.infer<typeof PostVariantSchema>;

// Shared by PostContentSchema and PostSchema. zod does not allow extending an
// object schema that carries refinements, so both are built from the shape.
const postContentShape = {
  /** Internal working title, never published. */
  title: textField(200, 1).optional(),
  /** The text as published, unless a variant has its own; links and hashtags may be part of it. */
  text: textField(MAX_POST_TEXT_LENGTH, 1),
  /**
   * A content warning shown before the text, which readers open to see the
   * post (Mastodon's "CW", `spoiler_text`): 1 to 1,000 characters; absent:
   * none. Part of the approved content. A variant may give its own, or none.
   */
  contentWarning: textField(MAX_CONTENT_WARNING_LENGTH, 1).optional(),
  /** Language of the text, a BCP 47 tag; default "de". */
  language: LanguageSchema.default("de"),
  /** The content pillar the post belongs to. */
  pillarId: IdSchema.optional(),
  /** The campaign the post belongs to. */
  campaignId: IdSchema.optional(),
  /** Media attached on every channel, at most 20; default none. */
  media: limitedList(z.array(MediaSchema), LIST_LIMITS.media).default(() => []),
  /** Links the post points to, for link previews and click tracking, at most 20; default none. */
  links: limitedList(z.array(UrlSchema), LIST_LIMITS.links).default(() => []),
  /** Hashtags without "#" and without spaces, e.g. "Stadtfest", at most 30; default none. */
  hashtags: limitedList(
    z.array(textField(140).refine((tag) => HASHTAG.test(tag), issueParams("hashtag.format"))),
    LIST_LIMITS.hashtags,
  ).default(() => []),
  /** Per-channel variants, at most one per channel (and 100 in all); default none. */
  variants: limitedList(z.array(PostVariantSchema), LIST_LIMITS.variants).default(() => []),
};

function checkVariantChannels(content: { variants?: unknown }, ctx: z.core.$RefinementCtx<unknown>): void {
  const variants = content.variants;
  if (!Array.isArray(variants)) return;
  const seen = new Set<string>();
  for (let index = 0; index < variants.length; index++) {
    const variant: unknown = variants[index];
    const channelId = typeof variant === "object" && variant !== null ? (variant as { channelId?: unknown }).channelId : undefined;
    if (typeof channelId !== "string") continue;
    if (seen.has(channelId)) {
      ctx.addIssue({
        code: "custom",
        path: ["variants", index, "channelId"],
        input: channelId,
        ...issueParams("variant.duplicate-channel", { channelId }),
      });
    } else {
      seen.add(channelId);
    }
  }
}

/**
 * What an editor writes: text, media, links, hashtags and per-channel
 * variants. The workflow turns it into a {@link PostSchema | Post}.
 *
 * @example
 * ```ts
 * const content = validate(PostContentSchema, {
 *   text: "Am Samstag ist Stadtfest! Alle Infos: https://www.musterstadt.de/stadtfest",
 *   hashtags: ["Stadtfest", "Musterstadt"],
 *   variants: [{ channelId: "bluesky-main", text: "Samstag ist Stadtfest 🎉" }],
 * }, { entity: "PostContent" });
 * ```
 */
export const PostContentSchema = z.object(postContentShape).superRefine(checkVariantChannels, { when: whenFieldsValid() });

/** Post content as stored, with defaults applied; see {@link PostContentSchema}. */
export type PostContent = z.infer<typeof PostContentSchema>;
/** Post content as accepted by {@link PostContentSchema}, before defaults. */
export type PostContentInput = z.input<typeof PostContentSchema>;

/** Who took a decision about a post, when, and why: a rejection or a withdrawal. */
export const ReasonedDecisionSchema = z.object({
  /** Why, in words the author can act on; see {@link ReasonSchema}. */
  reason: ReasonSchema,
  /** Team member who decided. */
  by: IdSchema,
  /** When. */
  at: InstantSchema,
});

/** A reasoned decision, see {@link ReasonedDecisionSchema}. */
export type ReasonedDecision = z.infer<typeof ReasonedDecisionSchema>;

/**
 * An admin's override of the quiet periods that blocked a post: which
 * periods, who, when and why. Kept on the post so that the publishing step
 * honours it later; void again when the content changes or the post is
 * unscheduled.
 */
export const QuietPeriodOverrideSchema = ReasonedDecisionSchema.extend({
  /** The quiet periods the override covers. */
  quietPeriodIds: limitedList(z.array(IdSchema).min(1), LIST_LIMITS.overriddenQuietPeriods),
});

/** An override of quiet periods, see {@link QuietPeriodOverrideSchema}. */
export type QuietPeriodOverride = z.infer<typeof QuietPeriodOverrideSchema>;

/**
 * The approval a post's content carries: who approved which revision, and a
 * fingerprint of the content approved (see `postContentHash`). Void again
 * when the content changes; a publishing engine sends only content that
 * still carries the approval it was handed over with.
 */
export const PostApprovalSchema = z.object({
  /** The post's revision right after the approval. */
  revision: z.int().min(1),
  /** SHA-256 (hex) of the approved content, see `postContentHash`. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** Team member who approved it. */
  by: IdSchema,
  /** When. */
  at: InstantSchema,
});

/** An approval, see {@link PostApprovalSchema}. */
export type PostApproval = z.infer<typeof PostApprovalSchema>;

/**
 * A post of an organisation: its content plus its place in the editorial
 * workflow. `revision` starts at 1 and grows with every change; a write
 * naming an older revision is a conflict (optimistic concurrency).
 * `contributorIds` lists everyone who edited the content, so that the
 * four-eyes check can refuse approval by any of them, not only by the author.
 */
export const PostSchema = z
  .object({
    ...postContentShape,
    /** Id of the post. */
    id: IdSchema,
    /** The organisation that publishes it. */
    organisationId: IdSchema,
    /** Where the post is in the workflow. */
    state: PostStateSchema,
    /** Team member who created it. */
    authorId: IdSchema,
    /** Everyone who edited the content, the author included or not; default none. */
    contributorIds: limitedList(z.array(IdSchema), LIST_LIMITS.contributors).default(() => []),
    /** When it is to go out; set when scheduled. */
    scheduledAt: InstantSchema.optional(),
    /** When it went out on the first channel. */
    publishedAt: InstantSchema.optional(),
    /** When it was created. */
    createdAt: InstantSchema,
    /** When it was last changed. */
    updatedAt: InstantSchema,
    /** Version for optimistic concurrency, from 1. */
    revision: z.int().min(1),
    /** The latest rejection, if the post was sent back. */
    rejection: ReasonedDecisionSchema.optional(),
    /** The withdrawal, if the post was taken back. */
    withdrawal: ReasonedDecisionSchema.optional(),
    /** An admin's override of blocking quiet periods, if any (see {@link QuietPeriodOverrideSchema}). */
    quietPeriodOverride: QuietPeriodOverrideSchema.optional(),
    /** The approval of the current content, while it stands (see {@link PostApprovalSchema}). */
    approval: PostApprovalSchema.optional(),
    /** What the registered checks found in the content, and which findings an approver accepted (see `CheckRecordSchema`). */
    checks: CheckRecordSchema.optional(),
  })
  .superRefine(checkVariantChannels, { when: whenFieldsValid() });

/** A post as stored, with defaults applied; see {@link PostSchema}. */
export type Post = z.infer<typeof PostSchema>;
/** A post as accepted by {@link PostSchema}, before defaults. */
export type PostInput = z.input<typeof PostSchema>;
