import { MIN_SECRET_LENGTH } from "../calls/secret-scrubber.js";
import { PublishingError } from "../spec/network-error.js";
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
  /**
   * Stores the account's credentials, replacing earlier ones (e.g. after a
   * token refresh). Implementations refuse values shorter than 8 characters
   * (see {@link assertStorableCredentials}): the engine scrubs every stored
   * value from what it stores, emits and logs, and could not tell a short
   * one from an ordinary word.
   */
  set(ref: SecretRef, credentials: CredentialsV1): Promise<void>;
  /**
   * Removes the account's credentials (the account was disconnected); a ref
   * with none stored is no error. Optional for vaults written before it, but
   * disconnecting an account needs it: without it the token would stay.
   */
  delete?(ref: SecretRef): Promise<void>;
}

/**
 * The key under which a ref is kept: collision-free whatever the ids hold
 * (two refs differ exactly when their keys differ), unlike joining the ids
 * with a separator that an id may itself contain.
 */
export function secretRefKey(ref: SecretRef): string {
  return JSON.stringify([ref.organisationId, ref.channelId]);
}

/**
 * Throws a `NETWORK_CREDENTIALS_INVALID` error unless `credentials` can be
 * stored: an `accessToken` and, if given, a `refreshToken` and every `extra`
 * value of at least 8 characters (shorter values could be ordinary words,
 * which the engine could not scrub from messages without mangling them; put
 * settings that are not secret into the channel's `options`), and an
 * `expiresAt` that is an RFC 3339 instant. The message never quotes a value.
 * For implementations of {@link SecretsPort.set}.
 */
export function assertStorableCredentials(ref: SecretRef, credentials: CredentialsV1): void {
  const problems: string[] = [];
  const value = credentials as unknown;
  if (typeof value !== "object" || value === null) {
    problems.push("credentials must be an object");
  } else {
    const { accessToken, refreshToken, expiresAt, extra } = value as Record<string, unknown>;
    const short = (item: unknown) => typeof item !== "string" || item.length < MIN_SECRET_LENGTH;
    if (short(accessToken)) problems.push(`accessToken must be text of at least ${MIN_SECRET_LENGTH} characters`);
    if (refreshToken !== undefined && short(refreshToken)) problems.push(`refreshToken must be text of at least ${MIN_SECRET_LENGTH} characters`);
    if (expiresAt !== undefined && (typeof expiresAt !== "string" || !Number.isFinite(Date.parse(expiresAt)))) problems.push("expiresAt must be an RFC 3339 instant");
    if (extra !== undefined) {
      if (typeof extra !== "object" || extra === null) problems.push("extra must be an object of strings");
      else for (const [key, item] of Object.entries(extra)) if (short(item)) problems.push(`extra.${key} must be text of at least ${MIN_SECRET_LENGTH} characters (settings that are not secret belong in the channel's options)`);
    }
  }
  if (problems.length > 0) {
    throw new PublishingError("NETWORK_CREDENTIALS_INVALID", `The credentials for channel "${String(ref?.channelId)}" cannot be stored: ${problems.join("; ")}.`);
  }
}

function assertRef(ref: SecretRef): void {
  if (typeof ref !== "object" || ref === null || typeof ref.organisationId !== "string" || ref.organisationId === "" || typeof ref.channelId !== "string" || ref.channelId === "") {
    throw new PublishingError("NETWORK_CREDENTIALS_INVALID", "A secret ref needs a non-empty organisationId and channelId.");
  }
}

/**
 * Credentials kept in memory, for tests, demos and single-process tools.
 * Refuses what {@link assertStorableCredentials} refuses, at `set` and for
 * the initial entries.
 */
export function createMemorySecrets(initial: Iterable<readonly [SecretRef, CredentialsV1]> = []): SecretsPort {
  const values = new Map<string, CredentialsV1>();
  const put = (ref: SecretRef, credentials: CredentialsV1) => {
    assertRef(ref);
    assertStorableCredentials(ref, credentials);
    values.set(secretRefKey(ref), { ...credentials, ...(credentials.extra ? { extra: { ...credentials.extra } } : {}) });
  };
  for (const [ref, credentials] of initial) put(ref, credentials);
  return {
    async get(ref) {
      assertRef(ref);
      const found = values.get(secretRefKey(ref));
      return found && { ...found, ...(found.extra ? { extra: { ...found.extra } } : {}) };
    },
    async set(ref, credentials) {
      put(ref, credentials);
    },
    async delete(ref) {
      assertRef(ref);
      values.delete(secretRefKey(ref));
    },
  };
}
