import { z } from "zod";
import { issueParams } from "../validation/validate.js";
import { IdSchema, InstantSchema, LanguageSchema, UrlSchema } from "./common.js";
import { textField } from "./limits.js";
import { whenFieldsValid } from "./when-fields-valid.js";

/** What kind of incoming message an interaction is. */
export const InteractionKindSchema = z.enum(["comment", "reply", "mention", "direct-message"]);

/** An interaction kind, see {@link InteractionKindSchema}. */
export type InteractionKind = z.infer<typeof InteractionKindSchema>;

/** Where an interaction stands: `open` until answered or closed without answer (spam, thanks). */
export const InteractionStatusSchema = z.enum(["open", "answered", "closed"]);

/** An interaction status, see {@link InteractionStatusSchema}. */
export type InteractionStatus = z.infer<typeof InteractionStatusSchema>;

/** Who wrote an interaction, as the network shows them. */
export const InteractionAuthorSchema = z.object({
  /** Handle on the network, e.g. "@erika@mastodon.social". */
  handle: textField(256, 1),
  /** Display name, if the network has one. */
  displayName: textField(200).optional(),
});

/** The author of an interaction, see {@link InteractionAuthorSchema}. */
export type InteractionAuthor = z.infer<typeof InteractionAuthorSchema>;

/**
 * A message from a citizen on one of the organisation's channels: a comment,
 * a reply, a mention or a direct message. `receivedAt` and `firstResponseAt`
 * give the response time that the KPIs on answering citizens measure; the
 * first response cannot be before the receipt.
 *
 * Interactions hold personal data (GDPR): keep them only as long as the
 * organisation's retention rules allow.
 */
export const InteractionSchema = z
  .object({
    /** Id of the interaction in the SDK. */
    id: IdSchema,
    /** The organisation addressed. */
    organisationId: IdSchema,
    /** The channel it came in on. */
    channelId: IdSchema,
    /** What kind of message it is. */
    kind: InteractionKindSchema,
    /** Its id on the network, for replying and for de-duplication. */
    remoteId: textField(512, 1),
    /** Our post it refers to, if known. */
    postId: IdSchema.optional(),
    /** Network id of the message it answers, if it is part of a thread. */
    inReplyToRemoteId: textField(512, 1).optional(),
    /** Who wrote it. */
    author: InteractionAuthorSchema,
    /** Its text. */
    text: textField(100_000),
    /** Language of the text, if known or detected. */
    language: LanguageSchema.optional(),
    /** When it reached the organisation (as the network dates it). */
    receivedAt: InstantSchema,
    /** When it got its first answer from the organisation; not before `receivedAt`. */
    firstResponseAt: InstantSchema.optional(),
    /** Where it stands; default open. */
    status: InteractionStatusSchema.default("open"),
    /** Public link to it on the network, if there is one. */
    url: UrlSchema.optional(),
    /** When the collector read it from the network (absent for interactions entered otherwise). */
    collectedAt: InstantSchema.optional(),
    /** Version for optimistic concurrency, from 1; absent (interactions stored before it existed) counts as 1. */
    revision: z.int().min(1).optional(),
  })
  .superRefine(
    (interaction, ctx) => {
      // Both are normalised UTC strings of one fixed form, so they compare as strings.
      if (interaction.firstResponseAt !== undefined && interaction.firstResponseAt < interaction.receivedAt) {
        ctx.addIssue({
          code: "custom",
          path: ["firstResponseAt"],
          input: interaction.firstResponseAt,
          ...issueParams("interaction.response-before-receipt", {
            firstResponseAt: interaction.firstResponseAt,
            receivedAt: interaction.receivedAt,
          }),
        });
      }
    },
    { when: whenFieldsValid("receivedAt", "firstResponseAt") },
  );

/** An interaction as stored, with defaults applied; see {@link InteractionSchema}. */
export type Interaction = z.infer<typeof InteractionSchema>;
/** An interaction as accepted by {@link InteractionSchema}, before defaults. */
export type InteractionInput = z.input<typeof InteractionSchema>;
