import type { AccountCapabilitiesSource, Channel, TenantEntity } from "@kommune-sm/core";
import type { ChannelCapabilitiesV1, NetworkAdapter, NetworkCapabilitiesV1 } from "../spec/index.js";

/**
 * What one account can do, as its adapter's `capabilitiesFor` last said,
 * kept in the store so that a step's transaction (scheduling a post) can
 * measure against it without calling the network.
 */
export interface StoredChannelCapabilities extends TenantEntity {
  /** The channel's id. */
  readonly id: string;
  readonly organisationId: string;
  /** The adapter that answered: a channel moved to another network does not use it. */
  readonly network: string;
  /** Which account answered (its handle and the adapter's options for it): a channel pointed at another account does not use it. */
  readonly account?: string;
  /** The answer, checked against the spec. */
  readonly capabilities: ChannelCapabilitiesV1;
  /** RFC 3339: when it was asked. */
  readonly fetchedAt: string;
  /** RFC 3339: when to ask again. */
  readonly expiresAt: string;
  /** Version for optimistic concurrency, from 1. */
  readonly revision: number;
}

declare module "@kommune-sm/core" {
  interface StoreCollections {
    /** What each account can do where it differs from its adapter's capabilities (see `StoredChannelCapabilities`). */
    "channel-capabilities": StoredChannelCapabilities;
  }
}

/** How long an answer of `capabilitiesFor` holds when it does not say: one day. */
export const DEFAULT_CHANNEL_CAPABILITIES_MAX_AGE_MS = 86_400_000;

/**
 * The capabilities a post to `channel` is measured against: the adapter's,
 * with what the account's last `capabilitiesFor` answer says instead (also
 * when it is due to be asked again: an instance's last known limit is
 * closer to the truth than the adapter's default).
 */
export function capabilitiesOfChannel(adapter: NetworkAdapter, channel: Pick<Channel, "network"> & Partial<Pick<Channel, "handle" | "options">>, stored: StoredChannelCapabilities | undefined): NetworkCapabilitiesV1 {
  if (!stored || stored.network !== channel.network || stored.network !== adapter.id) return adapter.capabilities;
  if (channel.handle !== undefined && stored.account !== undefined && stored.account !== accountOf(channel as Channel, adapter.id)) return adapter.capabilities;
  const own = stored.capabilities;
  if (!own.text && !own.media) return adapter.capabilities;
  return {
    ...adapter.capabilities,
    ...(own.text ? { text: own.text } : {}),
    ...(own.media
      ? {
          media: {
            ...adapter.capabilities.media,
            ...own.media,
            // A kind the account did not name keeps the adapter's limit.
            ...(own.media.maxBytes ? { maxBytes: { ...adapter.capabilities.media.maxBytes, ...own.media.maxBytes } } : {}),
          },
        }
      : {}),
  };
}

/** The account a channel points at, as far as capabilities go: its handle and the adapter's options for it. */
export function accountOf(channel: Pick<Channel, "handle" | "options">, adapterId: string): string {
  return JSON.stringify([channel.handle, channel.options?.[adapterId] ?? null]);
}

/**
 * The workflow's source of what each account can do (see core's
 * `AccountCapabilitiesSource`): the stored answer of `capabilitiesFor`, read
 * in the step's transaction and laid over the adapter's capabilities by
 * {@link capabilitiesOfChannel}, as scheduling a post does. So approving a
 * reply and the checks measure against the same limits as the hand-over;
 * until the account has answered, the adapter's declared limits hold.
 */
export function accountCapabilitiesSource(adapterFor: (network: string) => NetworkAdapter | undefined): AccountCapabilitiesSource {
  const of = (channel: Channel, stored: StoredChannelCapabilities | undefined) => {
    const adapter = adapterFor(channel.network);
    return adapter ? capabilitiesOfChannel(adapter, channel, stored) : undefined;
  };
  return {
    name: "publishing",
    within: async (tx, channel) => of(channel, await tx.collection("channel-capabilities").get(channel.id)),
    withinSync: (tx, channel) => of(channel, tx.collection("channel-capabilities").get(channel.id)),
  };
}
