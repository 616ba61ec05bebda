import { formatInstant, KommuneError, type Channel, type Clock, type TenantStore } from "@kommune-sm/core";
import { accountOf, DEFAULT_CHANNEL_CAPABILITIES_MAX_AGE_MS, type StoredChannelCapabilities } from "./channel-capabilities.js";
import { channelRefOf } from "../engine/attempts.js";
import { NetworkError, PublishingError, type ChannelRefV1, type CheckedInteractionsPageV1, type MetricSampleV1, type NetworkAdapter, type ProfileV1 } from "../spec/index.js";
import type { CallService } from "./call-service.js";

/** A channel with its adapter, ready to be called. */
export interface ResolvedChannel {
  /** The stored channel. */
  readonly channel: Channel;
  /** The adapter registered for its network. */
  readonly adapter: NetworkAdapter;
  /** What the adapter is told about the account. */
  readonly ref: ChannelRefV1;
}

/**
 * Reading a channel's account by its id, through the organisation's
 * {@link CallService}: what the collector, the imprint check and plugins
 * use. A plugin never holds credentials; it names the channel and gets
 * checked, scrubbed results (or a `NetworkError` saying what went wrong),
 * within the account's rate budget and under the call deadline.
 *
 * @example
 * ```ts
 * const profile = await publishing.calls.readProfile("mastodon-main");
 * ```
 */
export class ChannelCalls {
  /** Questions under way per channel: the collector and the engine asking at once ask the account once. */
  readonly #asking = new Map<string, Promise<StoredChannelCapabilities | undefined>>();

  constructor(
    private readonly deps: {
      readonly calls: CallService;
      readonly store: TenantStore;
      readonly adapterFor: (network: string) => NetworkAdapter | undefined;
      readonly clock: Clock;
    },
  ) {}

  /**
   * Asks the account what it can do where it differs from its adapter
   * (`capabilitiesFor`), when the stored answer is missing or due (or
   * `force`), and stores the answer; scheduling measures posts against it.
   * Undefined for an adapter without `capabilitiesFor`. A failed call keeps
   * the stored answer and rejects.
   */
  async refreshCapabilities(channelId: string, options: { readonly force?: boolean } = {}, resolved?: ResolvedChannel): Promise<StoredChannelCapabilities | undefined> {
    const target = resolved ?? (await this.resolve(channelId));
    if (options.force) return this.#refreshCapabilities(channelId, options, target);
    // Joined per account, not per channel: a channel pointed at another account while its old one is asked asks the new one.
    const key = `${channelId}\u0000${target.channel.network}\u0000${accountOf(target.channel, target.adapter.id)}`;
    const under = this.#asking.get(key);
    if (under) return under;
    const asking = this.#refreshCapabilities(channelId, options, target).finally(() => this.#asking.delete(key));
    this.#asking.set(key, asking);
    return asking;
  }

  async #refreshCapabilities(channelId: string, options: { readonly force?: boolean }, resolved: ResolvedChannel | undefined): Promise<StoredChannelCapabilities | undefined> {
    const { channel, adapter, ref } = resolved ?? (await this.resolve(channelId));
    if (typeof adapter.capabilitiesFor !== "function") return undefined;
    const repository = this.deps.store.collection("channel-capabilities");
    const stored = await repository.get(channelId);
    const now = this.deps.clock.now();
    const account = accountOf(channel, adapter.id);
    if (!options.force && stored && stored.network === channel.network && stored.account === account && Date.parse(stored.expiresAt) > now) return stored;
    const capabilities = await this.deps.calls.capabilitiesFor({ target: { channelId }, adapter, channel: ref });
    const answeredAt = this.deps.clock.now();
    const fresh = (revision: number): StoredChannelCapabilities => ({
      id: channelId,
      organisationId: this.deps.store.organisationId,
      network: channel.network,
      account,
      capabilities,
      fetchedAt: formatInstant(now),
      expiresAt: formatInstant(answeredAt + (capabilities.maxAgeMs ?? DEFAULT_CHANNEL_CAPABILITIES_MAX_AGE_MS)),
      revision,
    });
    // Compare-and-set: of two workers asking at once, the answer to the later question stands.
    for (let attempt = 0; attempt < 5; attempt++) {
      const current = attempt === 0 ? stored : await repository.get(channelId);
      if (current && current.network === channel.network && current.account === account && current.fetchedAt > formatInstant(now)) return current;
      try {
        if (current) await repository.save(fresh(current.revision + 1), { expectedRevision: current.revision });
        else await repository.insert(fresh(1));
        return fresh((current?.revision ?? 0) + 1);
      } catch (error) {
        if (!KommuneError.isInstance(error, "CORE_CONFLICT")) throw error;
      }
    }
    return repository.get(channelId);
  }

  /** The channel and its adapter; `CORE_NOT_FOUND` for an unknown channel, `NETWORK_ADAPTER_MISSING` for one whose network has no adapter. */
  async resolve(channelId: string): Promise<ResolvedChannel> {
    const channel = await this.deps.store.channels.get(channelId);
    if (!channel) throw new KommuneError({ code: "CORE_NOT_FOUND", message: `There is no channel "${String(channelId)}" in this organisation.` });
    const adapter = this.deps.adapterFor(channel.network);
    if (!adapter) throw new PublishingError("NETWORK_ADAPTER_MISSING", `No adapter is registered for network "${channel.network}" of channel "${channel.id}".`);
    return { channel, adapter, ref: channelRefOf(channel, adapter) };
  }

  /** A page of the account's interactions after `cursor`. */
  async fetchInteractions(channelId: string, options: { readonly cursor?: string; readonly limit?: number } = {}, resolved?: ResolvedChannel): Promise<CheckedInteractionsPageV1> {
    const { adapter, ref } = resolved ?? (await this.resolve(channelId));
    const { comments, mentions, directMessages } = adapter.capabilities.interactions;
    if (!comments && !mentions && !directMessages) throw unsupported(adapter, "fetching interactions");
    return this.deps.calls.fetchInteractions({ target: { channelId }, adapter, channel: ref, request: { channel: ref, ...(options.cursor !== undefined ? { cursor: options.cursor } : {}), ...(options.limit !== undefined ? { limit: options.limit } : {}) } });
  }

  /** Metric samples of the account and its posts since `since` (RFC 3339). */
  async fetchMetrics(channelId: string, options: { readonly since: string; readonly remoteIds?: readonly string[] }, resolved?: ResolvedChannel): Promise<readonly MetricSampleV1[]> {
    const { adapter, ref } = resolved ?? (await this.resolve(channelId));
    if (adapter.capabilities.metrics.length === 0) throw unsupported(adapter, "fetching metrics");
    return this.deps.calls.fetchMetrics({ target: { channelId }, adapter, channel: ref, request: { channel: ref, since: options.since, ...(options.remoteIds ? { remoteIds: options.remoteIds } : {}) } });
  }

  /** The account's public profile. */
  async readProfile(channelId: string, resolved?: ResolvedChannel, signal?: AbortSignal): Promise<ProfileV1> {
    const { adapter, ref } = resolved ?? (await this.resolve(channelId));
    if (!adapter.capabilities.profile) throw unsupported(adapter, "reading the profile");
    return this.deps.calls.readProfile({ target: { channelId }, adapter, channel: ref, ...(signal ? { signal } : {}) });
  }
}

function unsupported(adapter: NetworkAdapter, what: string): NetworkError {
  return new NetworkError({ kind: "unsupported", message: `${adapter.displayName} does not offer ${what} (see the adapter's capabilities).` });
}
