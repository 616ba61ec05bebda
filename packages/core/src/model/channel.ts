import { z } from "zod";
import { AdapterIdSchema, AdapterOptionsSchema } from "./adapter-options.js";
import { IdSchema, UrlSchema } from "./common.js";
import { textField } from "./limits.js";

/**
 * An account of the organisation on one network, e.g. `@musterstadt` on a
 * Mastodon instance. Published through the adapter named by `network`.
 *
 * A channel never holds an access token or any other credential: those go
 * through the secrets port, so that a channel can be stored, logged, exported
 * and shown without leaking them. Unknown fields (a `token` slipped in by
 * mistake) are dropped when parsing.
 *
 * @example
 * ```ts
 * validate(ChannelSchema, {
 *   id: "mastodon-main", organisationId: "musterstadt", network: "mastodon",
 *   handle: "@musterstadt@social.bund.de",
 *   options: { mastodon: { instance: "https://social.bund.de" } },
 * });
 * ```
 */
export const ChannelSchema = z.object({
  /** Id of the channel. */
  id: IdSchema,
  /** The organisation that owns the account. */
  organisationId: IdSchema,
  /** Id of the adapter that publishes to it, lowercase, e.g. "mastodon", "bluesky", "sandbox". */
  network: AdapterIdSchema,
  /** The account's handle as the network shows it, e.g. "@musterstadt@social.bund.de". */
  handle: textField(256, 1),
  /** Display name of the account, e.g. "Stadt Musterstadt". */
  displayName: textField(200, 1).optional(),
  /** Public URL of the profile. */
  profileUrl: UrlSchema.optional(),
  /** Imprint linked from the profile, if it differs from the organisation's. */
  imprintUrl: UrlSchema.optional(),
  /** Adapter-specific settings keyed by adapter id; no credentials. Default none. */
  options: AdapterOptionsSchema.default(() => ({})),
  /** Inactive channels receive no posts. Default true. */
  active: z.boolean().default(true),
});

/** A channel as stored, with defaults applied; see {@link ChannelSchema}. */
export type Channel = z.infer<typeof ChannelSchema>;
/** A channel as accepted by {@link ChannelSchema}, before defaults. */
export type ChannelInput = z.input<typeof ChannelSchema>;
