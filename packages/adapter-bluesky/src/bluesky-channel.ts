import { NetworkError, type ChannelRefV1 } from "@kommune-sm/network";
import { z } from "zod";

/**
 * The adapter's options of a channel (`channel.options.bluesky`), written by
 * `connectBlueskyAccount`:
 * - `service`: the account's PDS, e.g. `https://bsky.social` (https; plain
 *   http only on the loopback, for tests);
 * - `did`: the account's DID, which stays when the handle changes.
 */
export interface BlueskyChannelOptions {
  readonly service: string;
  readonly did: string;
}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

const schema = z.object({
  service: z.string().refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "https:" || (url.protocol === "http:" && LOOPBACK.has(url.hostname))) && url.username === "" && url.password === "" && url.search === "" && url.hash === "";
    } catch {
      return false;
    }
  }, "must be the account's PDS as an https address without credentials, query or fragment, e.g. https://bsky.social"),
  did: z.string().regex(/^did:(plc:[a-z2-7]{24}|web:[a-zA-Z0-9.-]+(%3A[0-9]+)?)$/, "must be the account's DID, e.g. did:plc:…"),
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
  return { service: new URL(parsed.data.service).origin, did: parsed.data.did };
}
