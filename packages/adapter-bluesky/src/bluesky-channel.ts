import { isServerAddress, NetworkError, type ChannelRefV1 } from "@kommune-sm/network";
import { z } from "zod";

/**
 * The adapter's options of a channel (`channel.options.bluesky`), written by
 * `connectBlueskyAccount`:
 * - `service`: the account's PDS, e.g. `https://bsky.social` (https; plain
 *   http only on the loopback, for tests);
 * - `did`: the account's DID, which stays when the handle changes;
 * - `oauth`: set when the account was connected with atproto OAuth
 *   (`createBlueskyOAuth`), absent for an app password.
 */
export interface BlueskyChannelOptions {
  readonly service: string;
  readonly did: string;
  readonly oauth?: BlueskyOAuthGrant;
}

/** What a channel connected with atproto OAuth keeps about its grant (nothing secret: the tokens and the DPoP key are in the secrets port). */
export interface BlueskyOAuthGrant {
  /** The authorisation server that issued the tokens (`iss`), e.g. `https://bsky.social`. */
  readonly issuer: string;
  /** The scope granted, e.g. `atproto transition:generic`. */
  readonly scope: string;
  /** How the client proves itself at the token endpoint: `{ method: "none" }` (public client) or `{ method: "private_key_jwt", kid }`. */
  readonly authMethod: { readonly method: "none" } | { readonly method: "private_key_jwt"; readonly kid: string };
}

const schema = z.object({
  service: z.string().refine(isServerAddress, "must be the account's PDS as an https address without credentials, query or fragment, e.g. https://bsky.social"),
  did: z.string().regex(/^did:(plc:[a-z2-7]{24}|web:[a-zA-Z0-9.-]+(%3A[0-9]+)?)$/, "must be the account's DID, e.g. did:plc:…"),
  oauth: z
    .object({
      issuer: z.string().refine(isServerAddress, "must be the authorisation server's https address"),
      scope: z.string().regex(/^atproto( [!-~]+)*$/, "must be the granted scope, starting with atproto"),
      authMethod: z.union([z.object({ method: z.literal("none") }), z.object({ method: z.literal("private_key_jwt"), kid: z.string().min(1).max(200) })]),
    })
    .optional(),
});

/** A channel's Bluesky options, checked; a channel set up wrongly is a permanent failure that names the field. */
export function blueskyChannelOptions(channel: ChannelRefV1): BlueskyChannelOptions {
  const parsed = schema.safeParse(channel.options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join(".") || "options";
    throw new NetworkError({
      kind: "permanent",
      message: `Channel "${channel.id}" is not set up for Bluesky: channel.options.bluesky.${field} ${issue?.code === "invalid_type" ? "is missing or not text" : (issue?.message ?? "is invalid")}. Connect the account with connectBlueskyAccount.`,
    });
  }
  const { service, did, oauth } = parsed.data;
  return { service: new URL(service).origin, did, ...(oauth ? { oauth: { issuer: oauth.issuer, scope: oauth.scope, authMethod: oauth.authMethod.method === "none" ? { method: "none" } : { method: "private_key_jwt", kid: oauth.authMethod.kid } } } : {}) };
}
