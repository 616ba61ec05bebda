import type { Clock, Logger } from "@kommune-sm/core";
import type { SecretRef, SecretsPort } from "../secrets/secrets-port.js";
import type { ChannelRefV1, CredentialsV1, NetworkAdapter } from "../spec/index.js";
import { NetworkError, PublishingError } from "../spec/index.js";

// Refresh a token this long before it expires, so that a call does not start
// with a token that runs out on the way.
const refreshMargin = 60_000;

/**
 * Hands out an account's credentials from the secrets port and refreshes them
 * when they expire. Refreshes of one account run one at a time (two workers
 * refreshing at once would invalidate each other's refresh token at many
 * OAuth providers), and a refresh answer without a refresh token keeps the
 * old one — losing it on reconnect is a known failure of other tools.
 */
export class CredentialBroker {
  readonly #refreshing = new Map<string, Promise<CredentialsV1>>();
  readonly #handedOut = new Set<string>();

  constructor(
    private readonly secrets: SecretsPort,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  /** Current credentials, refreshed first if they are about to expire. */
  async get(ref: SecretRef, adapter: NetworkAdapter, channel: ChannelRefV1): Promise<CredentialsV1> {
    const credentials = await this.secrets.get(ref);
    if (!credentials) {
      throw new PublishingError("NETWORK_CREDENTIALS_MISSING", `No credentials are stored for channel "${ref.channelId}"; connect the account first.`);
    }
    const expiresAt = credentials.expiresAt === undefined ? Number.POSITIVE_INFINITY : Date.parse(credentials.expiresAt);
    if (expiresAt - refreshMargin <= this.clock.now() && adapter.refreshCredentials && credentials.refreshToken) {
      return this.refresh(ref, adapter, credentials, channel);
    }
    return this.#remember(credentials);
  }

  /**
   * `text` with every credential this broker has handed out replaced by
   * `[redacted]`. A defence against adapters that put a token into an error
   * message: what the engine stores, emits or audits passes through here.
   */
  scrub(text: string): string {
    let clean = text;
    for (const secret of this.#handedOut) if (clean.includes(secret)) clean = clean.split(secret).join("[redacted]");
    return clean;
  }

  #remember(credentials: CredentialsV1): CredentialsV1 {
    // Short values could be ordinary words; real tokens are long.
    for (const value of [credentials.accessToken, credentials.refreshToken, ...Object.values(credentials.extra ?? {})]) {
      if (typeof value === "string" && value.length >= 8) this.#handedOut.add(value);
    }
    return credentials;
  }

  /**
   * Refreshes the account's credentials (once, however many ask at the same
   * time) and stores them. Throws an authentication NetworkError when the
   * adapter cannot refresh.
   */
  refresh(ref: SecretRef, adapter: NetworkAdapter, stale: CredentialsV1, channel: ChannelRefV1): Promise<CredentialsV1> {
    const key = `${ref.organisationId}\u0000${ref.channelId}`;
    let running = this.#refreshing.get(key);
    if (!running) {
      running = this.#refresh(ref, adapter, stale, channel).finally(() => this.#refreshing.delete(key));
      this.#refreshing.set(key, running);
    }
    return running;
  }

  async #refresh(ref: SecretRef, adapter: NetworkAdapter, stale: CredentialsV1, channel: ChannelRefV1): Promise<CredentialsV1> {
    if (!adapter.refreshCredentials || !stale.refreshToken) {
      throw new NetworkError({ kind: "authentication", message: `The token of channel "${ref.channelId}" cannot be refreshed; reconnect the account.` });
    }
    // Someone may have refreshed (and stored) meanwhile: use theirs.
    const current = (await this.secrets.get(ref)) ?? stale;
    if (current.accessToken !== stale.accessToken) return this.#remember(current);
    const controller = new AbortController();
    const fresh = await adapter.refreshCredentials(current, { channel, signal: controller.signal, now: () => this.clock.now(), logger: this.logger });
    const kept: CredentialsV1 = { ...fresh, ...(fresh.refreshToken ? {} : current.refreshToken ? { refreshToken: current.refreshToken } : {}) };
    await this.secrets.set(ref, kept);
    this.logger.info("credentials refreshed", { channelId: ref.channelId });
    return this.#remember(kept);
  }
}
