import type { CredentialsV1 } from "../spec/requests-v1.js";

/** Which account's credentials: a channel of an organisation. */
export interface SecretRef {
  /** The organisation that owns the channel. */
  readonly organisationId: string;
  /** The channel's id in kommune-sm. */
  readonly channelId: string;
}

/**
 * The secrets port: where credentials live. The embedding suite backs it with
 * its own vault; kommune-sm never writes credentials into the store, the
 * outbox, events, logs or errors.
 */
export interface SecretsPort {
  /** The account's credentials, or undefined when none are stored (the account is not connected). */
  get(ref: SecretRef): Promise<CredentialsV1 | undefined>;
  /** Stores the account's credentials, replacing earlier ones (e.g. after a token refresh). */
  set(ref: SecretRef, credentials: CredentialsV1): Promise<void>;
}

/** Credentials kept in memory, for tests, demos and single-process tools. */
export function createMemorySecrets(initial: Iterable<readonly [SecretRef, CredentialsV1]> = []): SecretsPort {
  const key = (ref: SecretRef) => `${ref.organisationId}\u0000${ref.channelId}`;
  const values = new Map<string, CredentialsV1>();
  for (const [ref, credentials] of initial) values.set(key(ref), { ...credentials });
  return {
    async get(ref) {
      const found = values.get(key(ref));
      return found && { ...found };
    },
    async set(ref, credentials) {
      values.set(key(ref), { ...credentials });
    },
  };
}
