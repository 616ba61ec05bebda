import type { NetworkRegistrationCapabilities } from "../host/registrations.js";
import type { Channel } from "../model/index.js";
import type { SyncTenantRepositories, TenantRepositories } from "../store/store-port.js";

/**
 * Where the workflow learns what one account can do, when it differs from
 * what its network declared: one Mastodon adapter serves instances of 500
 * and of 5,000 characters. The publishing plugin answers with what the
 * account last said (`capabilitiesFor`), read in the step's own
 * transaction, so that approving a reply and scheduling a post measure
 * against the same limits.
 *
 * The workflow asks it for the channel of a reply it approves (the reply
 * must fit) and for every channel it hands the checks (`CheckChannel`'s
 * `capabilities`). Undefined: nothing is known of the account, and the
 * network's declared capabilities hold.
 *
 * @example
 * ```ts
 * const off = ksm.workflow.useAccountCapabilities({
 *   name: "my-network",
 *   within: async (tx, channel) => (await tx.collection("my-limits").get(channel.id))?.capabilities,
 *   withinSync: (tx, channel) => tx.collection("my-limits").get(channel.id)?.capabilities,
 * });
 * ```
 */
export interface AccountCapabilitiesSource {
  /** Names the source in errors and logs, e.g. the plugin's name. */
  readonly name: string;
  /** The account's capabilities as a whole (the network's, with the account's own limits instead), read through `tx`. */
  within(tx: TenantRepositories, channel: Channel): Promise<NetworkRegistrationCapabilities | undefined>;
  /** The same inside `syncTransaction`; must not return a promise. */
  withinSync(tx: SyncTenantRepositories, channel: Channel): NetworkRegistrationCapabilities | undefined;
}

/** Channels as a step read them, with what their accounts can do, by channel id, where a source said it. */
export interface ReadChannels {
  readonly channels: readonly (Channel | undefined)[];
  readonly accountCapabilities?: ReadonlyMap<string, NetworkRegistrationCapabilities>;
}
