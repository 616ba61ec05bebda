import type { TenantStore } from "@kommune-sm/core";
import type { SecretsPort } from "../secrets/index.js";
import { NetworkError, type CredentialsV1 } from "../spec/index.js";

/** Where a connected account ends up: the organisation's store (the channel) and the secrets port (its credentials). */
export interface ConnectedAccountTarget {
  /** The organisation's store: the channel is created or updated there. */
  readonly store: TenantStore;
  /** The secrets port: the account's credentials are stored there, under the channel. */
  readonly secrets: SecretsPort;
  /** The channel's id, e.g. "mastodon-main". */
  readonly channelId: string;
}

/** What connecting an account found out: the credentials and what the channel shows. */
export interface ConnectedAccount {
  /** The adapter's id, e.g. "mastodon". */
  readonly network: string;
  /** The account's handle as the network shows it. */
  readonly handle: string;
  /** Stored in the secrets port, never in the channel. */
  readonly credentials: CredentialsV1;
  /** The adapter's channel options (`channel.options[network]`); nothing secret. */
  readonly options: Readonly<Record<string, unknown>>;
  /** The profile's display name and address, when the network tells them. */
  readonly displayName?: string;
  readonly profileUrl?: string;
}

/**
 * Refuses to connect an account into a channel of another network (a
 * Mastodon channel's id given to the Bluesky flow would otherwise become a
 * Bluesky channel, its token overwritten). Call it before the first request
 * to the network, so that nothing is signed in for nothing.
 */
export async function assertChannelFreeFor(target: ConnectedAccountTarget, network: string): Promise<void> {
  const existing = await target.store.channels.get(target.channelId);
  if (existing && existing.network !== network) {
    throw new NetworkError({ kind: "permanent", message: `Channel "${target.channelId}" is a ${existing.network} channel; connect the ${network} account to another channel id.` });
  }
}

/**
 * Keeps a connected account: its credentials in the secrets port, then the
 * channel created or updated (switched on, the adapter's options replaced,
 * the channel's other options kept). Never half: when the channel cannot be
 * written, the secrets port is put back as it was (the credentials of an
 * earlier connection that worked, or none), and the error is thrown for the
 * caller to end the new session at the network.
 *
 * @example
 * ```ts
 * await keepConnectedAccount(target, { network: "mastodon", handle: "@stadt@social.bund.de", credentials: { accessToken }, options: { instanceUrl } });
 * ```
 */
export async function keepConnectedAccount(target: ConnectedAccountTarget, account: ConnectedAccount): Promise<void> {
  await assertChannelFreeFor(target, account.network);
  const organisationId = target.store.organisationId;
  const ref = { organisationId, channelId: target.channelId };
  const previous = await target.secrets.get(ref);
  await target.secrets.set(ref, account.credentials);
  const profile = { ...(account.displayName ? { displayName: account.displayName } : {}), ...(account.profileUrl ? { profileUrl: account.profileUrl } : {}) };
  try {
    const existing = await target.store.channels.get(target.channelId);
    if (existing && existing.network !== account.network) throw new NetworkError({ kind: "permanent", message: `Channel "${target.channelId}" became a ${existing.network} channel while the account was connected; connect again.` });
    if (existing) await target.store.channels.save({ ...existing, handle: account.handle, active: true, ...profile, options: { ...existing.options, [account.network]: account.options } });
    else await target.store.channels.insert({ id: target.channelId, organisationId, network: account.network, handle: account.handle, ...profile, options: { [account.network]: account.options }, active: true });
  } catch (error) {
    try {
      if (previous) await target.secrets.set(ref, previous);
      else await target.secrets.delete?.(ref);
    } catch {
      // The vault fails too: what it holds now is the new session, which the caller ends at the network.
    }
    throw error;
  }
}
