import { z } from "zod";
import { CheckRecordSchema } from "./finding.js";
import { IdSchema, InstantSchema, UrlSchema } from "./common.js";
import { textField } from "./limits.js";

/**
 * The states of a reply: `draft`, `approved` (when the organisation has four
 * eyes on replies), `sent`, `discarded` (never sent), or `withdrawn` (sent,
 * then taken back: the outbox removes it from the network).
 */
export const REPLY_STATES = ["draft", "approved", "sent", "discarded", "withdrawn"] as const;

/** One of {@link REPLY_STATES}. */
export const ReplyStateSchema = z.enum(REPLY_STATES);

/** A reply state, see {@link REPLY_STATES}. */
export type ReplyState = z.infer<typeof ReplyStateSchema>;

/**
 * Where the outbox's delivery of a reply stands (see `@kommune-sm/network`):
 * scheduled, in flight, retrying, blocked or uncertain (a person decides),
 * succeeded, failed or cancelled.
 */
export const ReplyDeliveryStateSchema = z.enum(["scheduled", "in-flight", "retrying", "blocked", "uncertain", "succeeded", "failed", "cancelled"]);

/** A reply delivery state, see {@link ReplyDeliveryStateSchema}. */
export type ReplyDeliveryState = z.infer<typeof ReplyDeliveryStateSchema>;

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
  /** What was approved: the revision and the text's fingerprint (`replyContentHash`); a text changed afterwards is not sent. */
  approval: z.object({ revision: z.int().min(1), contentHash: z.string().regex(/^[0-9a-f]{64}$/) }).optional(),
  /** Why it was withdrawn after it was sent, by whom and when. */
  withdrawal: z.object({ by: IdSchema, at: InstantSchema, reason: textField(2_000, 1) }).optional(),
  /** When it was sent: the network's time when the outbox sent it, else when it was marked sent. */
  sentAt: InstantSchema.optional(),
  /** The channel it is (or was) sent on: the interaction's. */
  channelId: IdSchema.optional(),
  /** The outbox's delivery that sends it, once handed over. */
  deliveryId: IdSchema.optional(),
  /** Where that delivery stands, kept in step with it. */
  deliveryState: ReplyDeliveryStateSchema.optional(),
  /** The network's id of the reply, once sent. */
  remoteId: textField(1_000, 1).optional(),
  /** Public link to the reply on the network, if there is one. */
  url: UrlSchema.optional(),
  /** When it was created. */
  createdAt: InstantSchema,
  /** When it was last changed. */
  updatedAt: InstantSchema,
  /** Version for optimistic concurrency, from 1. */
  revision: z.int().min(1),
  /** What the registered reply checks found in the text, and which findings an approver accepted. */
  checks: CheckRecordSchema.optional(),
});

/** A reply, see {@link ReplySchema}. */
export type Reply = z.infer<typeof ReplySchema>;
