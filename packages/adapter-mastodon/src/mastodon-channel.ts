import type { ChannelRefV1 } from "@kommune-sm/network";
import { isServerAddress, NetworkError } from "@kommune-sm/network";
import { z } from "zod";

/**
 * The adapter's options of a channel (`channel.options.mastodon`), written
 * by `createMastodonConnector` (`completeAuthorisation`):
 * - `instanceUrl`: where the account's instance answers its API, e.g.
 *   `https://social.bund.de` (https; plain http only on the loopback, for
 *   tests);
 * - `accountId`: the account's id on that instance (saves a request per
 *   call; asked from `verify_credentials` when absent).
 */
export interface MastodonChannelOptions {
  readonly instanceUrl: string;
  readonly accountId?: string;
}

const channelOptionsSchema = z.object({
  instanceUrl: z.string().refine(isServerAddress, "must be the instance's https address without credentials, query or fragment, e.g. https://social.bund.de"),
  accountId: z.string().regex(/^[0-9A-Za-z_-]{1,64}$/, "must be the account's id on the instance").optional(),
});

/** A channel's Mastodon options, checked; a channel set up wrongly is a permanent failure that names the field. */
export function mastodonChannelOptions(channel: ChannelRefV1): MastodonChannelOptions {
  const parsed = channelOptionsSchema.safeParse(channel.options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join(".") || "options";
    throw new NetworkError({
      kind: "permanent",
      message: `Channel "${channel.id}" is not set up for Mastodon: channel.options.mastodon.${field} ${issue?.code === "invalid_type" ? "is missing or not text" : (issue?.message ?? "is invalid")}. Connect the account with createMastodonConnector.`,
    });
  }
  const url = new URL(parsed.data.instanceUrl);
  return { instanceUrl: url.origin, ...(parsed.data.accountId === undefined ? {} : { accountId: parsed.data.accountId }) };
}
