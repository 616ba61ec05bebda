import type { Clock, Logger } from "@kommune-sm/core";
import type { SecretRef, SecretsPort } from "../secrets/secrets-port.js";
import { secretRefKey } from "../secrets/secrets-port.js";
import { classifyThrown, NetworkError, PublishingError, type ChannelRefV1, type CredentialsV1, type NetworkAdapter } from "../spec/index.js";
import { AdapterDefectError } from "../spec/adapter-defect.js";
import { MIN_SECRET_LENGTH, type SecretScrubber } from "./secret-scrubber.js";
import { withDeadline } from "./with-deadline.js";

// Refresh a token this long before it expires, so that a call does not start
// with a token that runs out on the way.
const refreshMargin = 60_000;

/** Options of a {@link CredentialBroker}. */
export interface CredentialBrokerOptions {
  /** Where credentials live. */
  readonly secrets: SecretsPort;
  /** The engine's clock: expiry, and the deadlines of vault reads and refreshes. */
  readonly clock: Clock;
  /** For "credentials refreshed" lines; never with a credential. */
  readonly logger: Logger;
  /** Learns every credential before it is used. */
  readonly scrubber: SecretScrubber;
  /** How long a vault read or write, and a refresh, may take (ms). */
  readonly timeoutMs: number;
}

/**
 * Hands out an account's credentials from the secrets port and refreshes them
 * when they expire. Every credential read is told to the scrubber before
 * anything else happens with it, so that an error quoting it (a refresh that
 * fails with "invalid_grant for <token>") is scrubbed too. Vault reads and
 * writes and refreshes run under the call timeout with their signal aborted.
 * Refreshes of one account run one at a time (two workers refreshing at once
 * would invalidate each other's refresh token at many OAuth providers), and a
 * refresh answer without a refresh token keeps the old one — losing it on
 * reconnect is a known failure of other tools.
 */
export class CredentialBroker {
  readonly #refreshing = new Map<string, Promise<CredentialsV1>>();
  readonly #options: CredentialBrokerOptions;

  constructor(options: CredentialBrokerOptions) {
    this.#options = options;
  }

  /** Current credentials, refreshed first if they are about to expire. */
  async get(ref: SecretRef, adapter: NetworkAdapter, channel: ChannelRefV1, outer?: AbortSignal): Promise<CredentialsV1> {
    const credentials = await this.#read(ref, outer);
    if (!credentials) {
      throw new PublishingError("NETWORK_CREDENTIALS_MISSING", `No credentials are stored for channel "${ref.channelId}"; connect the account first.`);
    }
    const expiresAt = credentials.expiresAt === undefined ? Number.POSITIVE_INFINITY : Date.parse(credentials.expiresAt);
    if (expiresAt - refreshMargin <= this.#options.clock.now() && adapter.refreshCredentials && credentials.refreshToken) {
      return this.refresh(ref, adapter, credentials, channel, outer);
    }
    return credentials;
  }

  /**
   * Refreshes the account's credentials (once, however many ask at the same
   * time) and stores them. Throws an authentication NetworkError when the
   * adapter cannot refresh, a retryable one when the refresh took too long.
   */
  refresh(ref: SecretRef, adapter: NetworkAdapter, stale: CredentialsV1, channel: ChannelRefV1, outer?: AbortSignal): Promise<CredentialsV1> {
    const key = secretRefKey(ref);
    let running = this.#refreshing.get(key);
    if (!running) {
      running = this.#refresh(ref, adapter, stale, channel, outer).finally(() => this.#refreshing.delete(key));
      this.#refreshing.set(key, running);
    }
    return running;
  }

  async #refresh(ref: SecretRef, adapter: NetworkAdapter, stale: CredentialsV1, channel: ChannelRefV1, outer?: AbortSignal): Promise<CredentialsV1> {
    const { clock, logger, scrubber, timeoutMs, secrets } = this.#options;
    const refreshCredentials = adapter.refreshCredentials?.bind(adapter);
    if (!refreshCredentials || !stale.refreshToken) {
      throw new NetworkError({ kind: "authentication", message: `The token of channel "${ref.channelId}" cannot be refreshed; reconnect the account.` });
    }
    // Someone may have refreshed (and stored) meanwhile: use theirs.
    const current = (await this.#read(ref, outer)) ?? stale;
    if (current.accessToken !== stale.accessToken) return current;
    let fresh: CredentialsV1;
    try {
      const answer = await withDeadline(clock, timeoutMs, `Refreshing the token of channel "${ref.channelId}"`, (signal) => refreshCredentials(current, { channel, signal, now: () => clock.now(), logger }), outer);
      fresh = checkCredentials(answer, ref, () => new AdapterDefectError(adapter.id, "refreshCredentials", "resolved with credentials that are not usable (an access token of at least 8 characters is needed)"));
    } catch (error) {
      throw scrubbedFailure(error, scrubber);
    }
    const kept: CredentialsV1 = { ...fresh, ...(fresh.refreshToken ? {} : current.refreshToken ? { refreshToken: current.refreshToken } : {}) };
    rememberAll(kept, scrubber);
    await withDeadline(clock, timeoutMs, "Storing refreshed credentials", () => secrets.set(ref, kept), outer).catch((error: unknown) => {
      throw vaultFailure(error, ref, "write");
    });
    logger.info("credentials refreshed", { channelId: ref.channelId });
    return kept;
  }

  /** Reads the vault under the deadline, checks what it gave and tells the scrubber before anything else. */
  async #read(ref: SecretRef, outer?: AbortSignal): Promise<CredentialsV1 | undefined> {
    const { clock, timeoutMs, secrets, scrubber } = this.#options;
    const found = await withDeadline(clock, timeoutMs, `Reading the credentials of channel "${ref.channelId}"`, () => secrets.get(ref), outer).catch((error: unknown) => {
      throw vaultFailure(error, ref, "read");
    });
    if (found === undefined || found === null) return undefined;
    // Scrub first: even credentials refused below must not show up anywhere.
    rememberAll(found as CredentialsV1, scrubber);
    return checkCredentials(found, ref, () => new PublishingError("NETWORK_CREDENTIALS_INVALID", credentialsProblem(ref)));
  }
}

function credentialsProblem(ref: SecretRef): string {
  return `The credentials stored for channel "${ref.channelId}" are not usable: every value must be text of at least ${MIN_SECRET_LENGTH} characters (accessToken required; refreshToken and extra optional), expiresAt an RFC 3339 instant. Connect the account again.`;
}

/**
 * What a vault's own failure becomes: our deadline and stop pass as they are;
 * anything else is a passing failure whose message is not shown, since a
 * vault's error may quote what it failed to read (a JSON parser quotes its
 * input).
 */
function vaultFailure(error: unknown, ref: SecretRef, what: "read" | "write"): Error {
  if (NetworkError.isNetworkError(error) || isOurStop(error)) return error as Error;
  let name = "Error";
  try {
    if (error instanceof Error && typeof error.name === "string") name = error.name.slice(0, 60);
  } catch {
    // an unreadable name: keep the default
  }
  return new NetworkError({ kind: "retryable", message: `The vault could not ${what} the credentials of channel "${ref.channelId}" (${name}); its message is not shown, as it may quote a credential.` });
}

/** The engine stopping, or a step stopping a call before it started: passed on as it is. */
function isOurStop(error: unknown): boolean {
  return PublishingError.isInstance(error, "NETWORK_STOPPED") || PublishingError.isInstance(error, "NETWORK_CALL_CANCELLED");
}

/** Every string in the credentials, whatever their shape: told to the scrubber before any check. */
function rememberAll(credentials: CredentialsV1, scrubber: SecretScrubber): void {
  const value = credentials as unknown;
  if (typeof value !== "object" || value === null) return;
  const record = value as Record<string, unknown>;
  for (const key of ["accessToken", "refreshToken"]) scrubber.add(record[key]);
  const extra = record["extra"];
  if (typeof extra === "object" && extra !== null) for (const item of Object.values(extra)) scrubber.add(item);
}

/** The credentials if they are usable, else the error `refuse` makes. */
function checkCredentials(value: unknown, _ref: SecretRef, refuse: () => Error): CredentialsV1 {
  if (typeof value !== "object" || value === null) throw refuse();
  const { accessToken, refreshToken, expiresAt, extra } = value as Record<string, unknown>;
  const secret = (item: unknown) => typeof item === "string" && item.length >= MIN_SECRET_LENGTH;
  if (!secret(accessToken)) throw refuse();
  if (refreshToken !== undefined && !secret(refreshToken)) throw refuse();
  if (expiresAt !== undefined && (typeof expiresAt !== "string" || !Number.isFinite(Date.parse(expiresAt)))) throw refuse();
  if (extra !== undefined && (typeof extra !== "object" || extra === null || !Object.values(extra).every(secret))) throw refuse();
  // A plain copy of what was checked: getters could answer differently the next time.
  return {
    accessToken: accessToken as string,
    ...(refreshToken !== undefined ? { refreshToken: refreshToken as string } : {}),
    ...(expiresAt !== undefined ? { expiresAt: expiresAt as string } : {}),
    ...(extra !== undefined ? { extra: { ...(extra as Record<string, string>) } } : {}),
  };
}

/** A failure of a refresh, classified, with every known secret scrubbed out of what it says. */
function scrubbedFailure(error: unknown, scrubber: SecretScrubber): Error {
  if (AdapterDefectError.isAdapterDefect(error) || isOurStop(error)) return error as Error;
  const failure = classifyThrown(error);
  return new NetworkError({
    kind: failure.kind,
    message: scrubber.scrub(failure.message),
    ...(failure.status !== undefined ? { status: failure.status } : {}),
    ...(failure.retryAfterMs !== undefined ? { retryAfterMs: failure.retryAfterMs } : {}),
    ...(failure.networkReason !== undefined ? { networkReason: scrubber.scrub(failure.networkReason) } : {}),
  });
}
