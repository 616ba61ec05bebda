import { CoreError, type CancelTimer, type Channel, type Clock, type Logger, type TenantStore } from "@kommune-sm/core";
import type { NetworkAdapter } from "../spec/index.js";
import { accountOf, type StoredChannelCapabilities } from "./channel-capabilities.js";
import type { ChannelCalls } from "./channel-calls.js";

/** How often the engine looks again for accounts whose limits are missing or due: one hour. */
export const DEFAULT_CAPABILITIES_REFRESH_INTERVAL_MS = 3_600_000;

/** What {@link CapabilitiesRefresh} needs. */
export interface CapabilitiesRefreshOptions {
  readonly store: TenantStore;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Asks one account, through the call service (rate budgets, deadline, scrubbing). */
  readonly channels: Pick<ChannelCalls, "refreshCapabilities">;
  readonly adapterFor: (network: string) => NetworkAdapter | undefined;
  /** Turns a failed question's error into a log line without secrets. */
  readonly describe: (error: unknown) => string;
  /** How often to look again (ms); default one hour. */
  readonly intervalMs?: number;
}

/**
 * Asks each active account whose limits (`capabilitiesFor`) are missing or
 * due, so that posts, replies and checks measure against the account's own
 * limits even when the collector is off: once when the engine starts, then
 * every `intervalMs` (which finds new channels, and asks again after a
 * failure), and at once for one channel through {@link askChannel}. A
 * failure is not fatal: the declared limits (or the last answer) hold, and
 * the next round asks again.
 */
export class CapabilitiesRefresh {
  readonly #options: CapabilitiesRefreshOptions;
  readonly #intervalMs: number;
  #timer: CancelTimer | undefined;
  #running: Promise<void> = Promise.resolve();
  #started = false;

  constructor(options: CapabilitiesRefreshOptions) {
    const intervalMs = options.intervalMs ?? DEFAULT_CAPABILITIES_REFRESH_INTERVAL_MS;
    if (!Number.isFinite(intervalMs) || intervalMs <= 0) throw new CoreError("CORE_INVALID_ARGUMENT", `capabilitiesRefreshIntervalMs must be a positive number of milliseconds, not ${String(intervalMs)}.`);
    this.#options = options;
    this.#intervalMs = intervalMs;
  }

  /** Asks the due accounts now (in the background) and then every interval. */
  start(): void {
    if (this.#started) return;
    this.#started = true;
    this.#round();
  }

  /** Stops the timer; a question under way ends with the engine's calls. */
  stop(): void {
    this.#started = false;
    this.#timer?.();
    this.#timer = undefined;
  }

  /** Resolves when the questions asked so far are answered or have failed (tests, shutdown). */
  idle(): Promise<void> {
    return this.#running;
  }

  /** Asks one channel's account if its limits are missing or due; never rejects. */
  askChannel(channelId: string): Promise<void> {
    if (!this.#started) return this.#running;
    return this.#queue(async () => {
      const channel = await this.#options.store.channels.get(channelId);
      if (channel && this.#wantsAsking(channel, await this.#options.store.collection("channel-capabilities").get(channelId))) await this.#ask(channel.id);
    });
  }

  #round(): void {
    if (!this.#started) return;
    void this.#queue(() => this.#askDue());
    this.#timer = this.#options.clock.setTimer(this.#options.clock.now() + this.#intervalMs, () => this.#round());
  }

  /** One question after another: a round never asks an account twice at once, nor all accounts of an app in a burst. */
  #queue(work: () => Promise<void>): Promise<void> {
    this.#running = this.#running.then(work).catch((error: unknown) => {
      // The store failed while listing: the next round tries again.
      this.#options.logger.warn("could not look for accounts whose limits are due", { error: this.#options.describe(error) });
    });
    return this.#running;
  }

  async #askDue(): Promise<void> {
    const { store } = this.#options;
    const stored = new Map((await store.collection("channel-capabilities").list()).map((entry) => [entry.id, entry] as const));
    for (const channel of await store.channels.list()) {
      if (!this.#started) return;
      if (this.#wantsAsking(channel, stored.get(channel.id))) await this.#ask(channel.id);
    }
  }

  /** An active channel whose adapter can say its limits, and whose last answer is missing, due, or of another account. */
  #wantsAsking(channel: Channel, stored: StoredChannelCapabilities | undefined): boolean {
    const adapter = this.#options.adapterFor(channel.network);
    if (!channel.active || typeof adapter?.capabilitiesFor !== "function") return false;
    if (!stored || stored.network !== channel.network || stored.account !== accountOf(channel, adapter.id)) return true;
    return Date.parse(stored.expiresAt) <= this.#options.clock.now();
  }

  async #ask(channelId: string): Promise<void> {
    try {
      await this.#options.channels.refreshCapabilities(channelId);
    } catch (error) {
      this.#options.logger.warn("could not ask the account for its limits; the declared ones hold until the next round", { channelId, error: this.#options.describe(error) });
    }
  }
}
