import { z } from "zod";
import { IdSchema, InstantSchema } from "./common.js";
import { textField } from "./limits.js";

/**
 * The states of a reply: `draft`, `approved` (when the organisation has four
 * eyes on replies), `sent`, or `discarded`.
 */
export const REPLY_STATES = ["draft", "approved", "sent", "discarded"] as const;

/** One of {@link REPLY_STATES}. */
export const ReplyStateSchema = z.enum(REPLY_STATES);

/** A reply state, see {@link REPLY_STATES}. */
export type ReplyState = z.infer<typeof ReplyStateSchema>;

/**
 * The organisation's answer to an interaction. When the organisation turns on
 * four eyes for replies (`settings.fourEyes.replies`), someone other than the
 * author approves it before it is sent; `revision` works as for posts.
 */
export const ReplySchema = z.object({
  /** Id of the reply. */
  id: IdSchema,
  /** The organisation that answers. */
  organisationId: IdSchema,
  /** The interaction answered. */
  interactionId: IdSchema,
  /** The answer as sent. */
  text: textField(100_000, 1),
  /** Team member who wrote it. */
  authorId: IdSchema,
  /** Where it stands. */
  state: ReplyStateSchema,
  /** Team member who approved it, under four eyes. */
  approvedBy: IdSchema.optional(),
  /** When it was sent. */
  sentAt: InstantSchema.optional(),
  /** When it was created. */
  createdAt: InstantSchema,
  /** When it was last changed. */
  updatedAt: InstantSchema,
  /** Version for optimistic concurrency, from 1. */
  revision: z.int().min(1),
});

/** A reply, see {@link ReplySchema}. */
export type Reply = z.infer<typeof ReplySchema>;
