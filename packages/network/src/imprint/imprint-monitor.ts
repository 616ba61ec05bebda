import { CoreError, formatInstant, KommuneError, type CancelTimer, type Channel, type Clock, type EventBus, type Logger, type Organisation, type TenantStore } from "@kommune-sm/core";
import { WorkLoop } from "../scheduler/work-loop.js";
import type { ProfileV1 } from "../spec/index.js";
import { findImprintLink } from "./find-imprint-link.js";
import { announced, checkNumberOf, nextFinding } from "./finding-transition.js";
import type { ImprintCheckResult } from "./imprint-check-result.js";
import { IMPRINT_FINDINGS, type ImprintFinding } from "./imprint-finding.js";
import { readFailureOf, type ReadFailure } from "./read-failure.js";

/** One day: how often the monitor looks at each profile by default. */
export const DEFAULT_IMPRINT_INTERVAL_MS = 86_400_000;

/** What the monitor needs of an adapter: whether it can read profiles. */
export interface ImprintAdapterInfo {
  /** The adapter's capabilities; only `profile` is read. */
  readonly capabilities: { readonly profile: boolean };
}

/** Options of an {@link ImprintMonitor}. */
export interface ImprintMonitorOptions {
  /** The organisation whose channels are checked; its `imprintUrl` is the imprint every profile must link. */
  readonly organisation: Pick<Organisation, "imprintUrl">;
  /** The organisation's store (the plugin context's): channels are read from it, findings kept in `imprint-findings`. */
  readonly store: Pick<TenantStore, "organisationId" | "channels" | "collection">;
  /** Where `imprint.*` events go. */
  readonly bus: Pick<EventBus, "emit">;
  /** Timers and "now"; a `TestClock` in tests. */
  readonly clock: Clock;
  /** For failures and changes; gets ids, statuses, reasons and codes, never a profile's text or a credential. */
  readonly logger: Logger;
  /**
   * Reads a channel's public profile: the adapter's `readProfile` through
   * the engine's calls (credentials, deadline, scrubbing). Rejects with a
   * `NetworkError` when the network fails or refuses. `signal` aborts when the
   * monitor gives up on the read (its deadline, or `stop()`).
   */
  readonly readProfile: (channel: Channel, signal: AbortSignal) => Promise<ProfileV1>;
  /** The adapter registered for a network, or undefined (or a throw) when there is none. */
  readonly adapterFor: (network: string) => ImprintAdapterInfo | undefined;
  /** How often each profile is read (ms); default one day. */
  readonly intervalMs?: number;
  /** How soon a profile that could not be read is read again (ms); default one hour, at most `intervalMs`. */
  readonly unreadableRetryMs?: number;
  /** How soon after {@link ImprintMonitor.afterFailure} the profile is read (ms); default one minute. */
  readonly afterFailureDelayMs?: number;
  /** How long one read may take before it counts as `timeout` (ms, on `clock`); default one minute. */
  readonly readTimeoutMs?: number;
  /** How often the channels are listed again, for new, switched-off and removed ones (ms); default one hour. */
  readonly syncIntervalMs?: number;
  /** Profiles read at the same time; default 2. */
  readonly concurrency?: number;
  /**
   * Turns a failed read's error into one line for the log. Pass one that
   * scrubs known secrets (the engine's scrubber). Default: the error's name
   * and code only, no message, since a message may quote what it should not.
   */
  readonly describe?: (error: unknown) => string;
}

type ReadOutcome = { readonly profile: unknown } | { readonly failure: ReadFailure; readonly error: unknown };

/**
 * Watches that every profile of the organisation links its imprint, as
 * German law requires of an official account.
 *
 * On a schedule (default daily, per channel, counted from its last check, so
 * a restart does not read every profile again) it reads the profile of each
 * active channel whose adapter can read profiles (`capabilities.profile`),
 * looks for the imprint link with `findImprintLink`, and keeps the finding
 * in the store collection `imprint-findings` (id = channel id). It emits
 * `imprint.missing`, `imprint.wrong`, `imprint.restored` or
 * `imprint.unreadable` only when a channel's status changes. A profile that
 * cannot be read is stored as `unreadable`, keeping what the last readable
 * check found as `lastKnown`, and read again sooner (`unreadableRetryMs`).
 *
 * One per organisation. `checkNow` checks one channel on a person's request;
 * `afterFailure` is for the publishing engine, after a publish was refused
 * for a reason that concerns the account.
 *
 * @example
 * ```ts
 * const monitor = new ImprintMonitor({
 *   organisation: ctx.organisation, store: ctx.store, bus: ctx.bus, clock: ctx.clock, logger: ctx.logger,
 *   readProfile: (channel) => publishing.calls.readProfile(channel.id),
 *   adapterFor: (network) => getNetworkAdapter(ctx.registries, network),
 * });
 * await monitor.start();
 * const finding = await monitor.checkNow("mastodon-main"); // { status: "missing", expected: [...], ... }
 * ```
 */
export class ImprintMonitor {
  readonly #options: ImprintMonitorOptions;
  readonly #intervalMs: number;
  readonly #unreadableRetryMs: number;
  readonly #afterFailureDelayMs: number;
  readonly #readTimeoutMs: number;
  readonly #loop: WorkLoop;
  /** When each channel is due, as given to the loop (the loop's queue cannot be asked). */
  readonly #dueAt = new Map<string, number>();
  /** The checks under way per channel, chained so that one channel is never read twice at once. */
  readonly #chains = new Map<string, Promise<unknown>>();
  /** The last event this worker emitted per channel: paid once by this worker, even when marking it failed. */
  readonly #emitted = new Map<string, string>();
  /** Reads under way, to abort at stop(). */
  readonly #reads = new Set<AbortController>();
  /** The channels whose profile this monitor is reading now: a failure of that read must not plan another read a minute later, and again. */
  readonly #reading = new Set<string>();
  /** The reason stop() aborted the reads with: told apart from a deadline by identity. */
  #stopped: Error | undefined;
  /** Counts stop()s: a check queued before the last stop() does not start after it. */
  #generation = 0;
  #started = false;

  constructor(options: ImprintMonitorOptions) {
    if (typeof options?.readProfile !== "function" || typeof options.adapterFor !== "function") {
      throw new CoreError("CORE_INVALID_ARGUMENT", "ImprintMonitor needs the functions readProfile(channel, signal) and adapterFor(network).");
    }
    this.#options = options;
    this.#intervalMs = positive(options.intervalMs, DEFAULT_IMPRINT_INTERVAL_MS, "intervalMs");
    this.#unreadableRetryMs = Math.min(this.#intervalMs, positive(options.unreadableRetryMs, 3_600_000, "unreadableRetryMs"));
    this.#afterFailureDelayMs = nonNegative(options.afterFailureDelayMs, 60_000, "afterFailureDelayMs");
    this.#readTimeoutMs = positive(options.readTimeoutMs, 60_000, "readTimeoutMs");
    const concurrency = positive(options.concurrency, 2, "concurrency");
    this.#loop = new WorkLoop({
      clock: options.clock,
      work: (channelId) => this.#scheduledCheck(channelId),
      poll: () => this.#sync(),
      pollIntervalMs: positive(options.syncIntervalMs, 3_600_000, "syncIntervalMs"),
      concurrency: Math.max(1, Math.floor(concurrency)),
      // A check ends within its read's deadline; past this the loop may take the channel again (it then waits for the first).
      leaseMs: this.#readTimeoutMs * 2 + 10_000,
      logger: options.logger,
      describe: (error) => this.#describe(error),
    });
  }

  /** Lists the channels, plans each one's next check from its stored finding, and starts the timers. */
  async start(): Promise<void> {
    if (this.#started) return;
    this.#started = true;
    this.#stopped = undefined;
    this.#loop.start();
    await this.#sync();
  }

  /** Stops the timers and gives up the reads under way (nothing is stored for them); waits for the checks to end. */
  async stop(): Promise<void> {
    this.#started = false;
    this.#loop.stop();
    // The loop drops what it had taken but not begun: start() plans every channel anew from the store.
    for (const channelId of this.#dueAt.keys()) this.#loop.forget(channelId);
    this.#dueAt.clear();
    const stopped = new DOMException("The imprint monitor stopped while the profile was being read.", "AbortError");
    this.#stopped = stopped;
    this.#generation++;
    for (const read of this.#reads) read.abort(stopped);
    await this.idle();
  }

  /** Checks every channel that is due now, and waits for it (a CLI's one-shot run, tests). */
  async runDue(): Promise<void> {
    this.#loop.tick();
    await this.idle();
  }

  /** Resolves when no check runs (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.#chains.size > 0) await Promise.allSettled([...this.#chains.values()]);
    await this.#loop.idle();
  }

  /** The stored finding of a channel, if it was ever checked. */
  finding(channelId: string): Promise<ImprintFinding | undefined> {
    return this.#findings().get(channelId);
  }

  /** Every stored finding of the organisation, by channel id. */
  findings(): Promise<ImprintFinding[]> {
    return this.#findings().list();
  }

  /**
   * Checks one channel now, on a person's request, and resolves with the
   * stored finding: also a switched-off channel, and one whose network
   * cannot read profiles (found `unreadable`, reason `unsupported`: check
   * it by hand). `CORE_NOT_FOUND` for a channel the organisation does not
   * have. When the read could not happen for reasons of this side
   * (publishing paused, the engine stopping), rejects with that error and
   * stores nothing.
   */
  async checkNow(channelId: string): Promise<ImprintFinding> {
    const outcome = await this.#serialised(channelId, () => this.#check(channelId, true));
    if (outcome.kind === "gone") throw new CoreError("CORE_NOT_FOUND", `There is no channel "${String(channelId)}" in this organisation.`);
    if (outcome.kind === "not-checked") throw outcome.error;
    if (outcome.eligible) this.#plan(channelId, this.#nextCheckAt(outcome.finding));
    return outcome.finding;
  }

  /**
   * Asks for a check of the channel soon (after `afterFailureDelayMs`): the
   * engine calls it when a post or a reply was refused, or a read of the
   * account failed, for a reason that concerns the account, since a profile
   * changed on the network (its imprint link removed) often comes with such
   * refusals. Never postpones a check already planned earlier, so a burst of
   * failures reads the profile once. A failure while this monitor reads the
   * channel's profile is ignored: it is that read's own (which plans its
   * retry), or that read sees the profile as it is now.
   * Returns at once and never throws; a channel that is unknown, switched
   * off, or whose network cannot read profiles is left alone.
   */
  afterFailure(channelId: string): void {
    if (typeof channelId !== "string" || channelId === "" || this.#reading.has(channelId)) return;
    this.#plan(channelId, this.#options.clock.now() + this.#afterFailureDelayMs);
  }

  // ---- the work ----

  #findings() {
    return this.#options.store.collection(IMPRINT_FINDINGS);
  }

  /** A check the schedule asked for; never rejects (the loop's own failure handling is for deliveries). */
  async #scheduledCheck(channelId: string): Promise<void> {
    this.#dueAt.delete(channelId);
    const { clock, logger } = this.#options;
    try {
      const outcome = await this.#serialised(channelId, () => this.#check(channelId, false));
      if (outcome.kind === "checked") this.#plan(channelId, this.#nextCheckAt(outcome.finding));
      else if (outcome.kind === "not-checked") this.#plan(channelId, clock.now() + this.#unreadableRetryMs);
      // "gone": removed, switched off, or no profiles on its network: no longer planned.
    } catch (error) {
      // The store failed: the profile is read again later, as if it could not be read.
      logger.error("imprint check failed", { channelId, error: this.#describe(error) });
      this.#plan(channelId, clock.now() + this.#unreadableRetryMs);
    }
  }

  async #check(
    channelId: string,
    asked: boolean,
  ): Promise<{ kind: "checked"; finding: ImprintFinding; eligible: boolean } | { kind: "gone" } | { kind: "not-checked"; error: unknown }> {
    const channel = await this.#options.store.channels.get(channelId);
    if (!channel) return { kind: "gone" };
    // A scheduled check yields to a check another worker stored after its read began; a person's check does not.
    const readFromCheck = asked ? undefined : checkNumberOf(await this.#findings().get(channelId));
    const adapter = this.#adapter(channel.network);
    const eligible = channel.active && adapter?.capabilities.profile === true;
    if (!asked && !eligible) return { kind: "gone" };
    let result: ImprintCheckResult;
    let code: string | undefined;
    if (!adapter) result = { status: "unreadable", reason: "no-adapter" };
    else if (adapter.capabilities.profile !== true) result = { status: "unreadable", reason: "unsupported" };
    else {
      const read = await this.#read(channel);
      if ("profile" in read) {
        result = findImprintLink(read.profile, expectedImprints(this.#options.organisation.imprintUrl, channel));
      } else if (read.failure.kind === "not-checked") {
        return { kind: "not-checked", error: read.error };
      } else {
        result = { status: "unreadable", reason: read.failure.reason };
        code = read.failure.code;
        this.#options.logger.warn("imprint check could not read the profile", {
          channelId,
          network: channel.network,
          reason: read.failure.reason,
          ...(code === undefined ? {} : { code }),
          error: this.#describe(read.error),
        });
      }
    }
    const finding = await this.#record(channel, result, code, readFromCheck);
    // The channel was deleted while its profile was read.
    if (!finding) return { kind: "gone" };
    return { kind: "checked", finding, eligible };
  }

  /** Reads the profile within the deadline; never rejects. */
  async #read(channel: Channel): Promise<ReadOutcome> {
    const { clock } = this.#options;
    const controller = new AbortController();
    this.#reads.add(controller);
    this.#reading.add(channel.id);
    const timedOut = new DOMException(`No answer within ${this.#readTimeoutMs} ms.`, "TimeoutError");
    let cancelTimer: CancelTimer | undefined;
    const givenUp = new Promise<never>((_, reject) => {
      controller.signal.addEventListener("abort", () => reject(controller.signal.reason), { once: true });
    });
    givenUp.catch(() => {});
    try {
      cancelTimer = clock.setTimer(clock.now() + this.#readTimeoutMs, () => controller.abort(timedOut));
      const reading = new Promise<ProfileV1>((resolve) => resolve(this.#options.readProfile(channel, controller.signal)));
      // A read that ends after the deadline must not become an unhandled rejection.
      reading.catch(() => {});
      return { profile: await Promise.race([reading, givenUp]) };
    } catch (error) {
      // Given up here: what the read threw (its own abort error, or nothing yet) says nothing about the profile.
      if (controller.signal.reason === timedOut) return { failure: { kind: "unreadable", reason: "timeout" }, error: timedOut };
      if (controller.signal.aborted && controller.signal.reason === this.#stopped) return { failure: { kind: "not-checked" }, error: controller.signal.reason };
      return { failure: readFailureOf(error), error };
    } finally {
      cancelTimer?.();
      this.#reads.delete(controller);
      this.#reading.delete(channel.id);
    }
  }

  /**
   * Stores the finding after a check and emits its event once stored.
   * Resolves with the finding that stands (another worker's, when this
   * scheduled check was overtaken), or undefined when the channel was
   * deleted while its profile was read.
   */
  async #record(channel: Channel, result: ImprintCheckResult, code: string | undefined, readFromCheck: number | undefined): Promise<ImprintFinding | undefined> {
    const findings = this.#findings();
    const { store, clock, organisation } = this.#options;
    const context = {
      organisationId: store.organisationId,
      channelId: channel.id,
      network: channel.network,
      handle: channel.handle,
      expected: expectedImprints(organisation.imprintUrl, channel),
      checkedAt: formatInstant(clock.now()),
      ...(readFromCheck === undefined ? {} : { readFromCheck }),
      ...(code === undefined ? {} : { code }),
    };
    for (let attempt = 1; ; attempt++) {
      const previous = await findings.get(channel.id);
      // Deleted while the profile was read: no finding (and no alarm) for an account that is gone.
      if (!(await store.channels.get(channel.id))) return undefined;
      const step = nextFinding(previous, result, context);
      // Overtaken by a check another worker stored after this read began: theirs stands.
      if (!step) return previous;
      try {
        if (previous) await findings.save(step.finding, { expectedRevision: previous.revision });
        else await findings.insert(step.finding);
      } catch (error) {
        // Another worker wrote in between: a scheduled check is then dropped, a person's is computed again.
        if (attempt < 5 && KommuneError.isInstance(error, "CORE_CONFLICT")) continue;
        throw error;
      }
      return step.event ? this.#announce(step.finding) : step.finding;
    }
  }

  /**
   * Emits a stored finding's pending event, then stores it as announced.
   * A finding another worker stored meanwhile was computed from this one's
   * owed event (the save is compare-and-set) and tells its own change from
   * it: it stands. When the store fails, the finding stays owing; this
   * worker remembers what it emitted and does not emit it again, another
   * worker may (at least once, never lost).
   */
  async #announce(finding: ImprintFinding): Promise<ImprintFinding> {
    const event = finding.pendingEvent;
    if (!event) return finding;
    const findings = this.#findings();
    const { bus, logger } = this.#options;
    const key = `${event.type}|${event.data.checkedAt}|${event.data.previousStatus ?? ""}`;
    if (this.#emitted.get(finding.channelId) !== key) {
      logger.info("imprint finding changed", { channelId: finding.channelId, network: finding.network, status: finding.status, previousStatus: event.data.previousStatus ?? "none" });
      bus.emit(event.type, event.data, { subject: finding.channelId });
      this.#emitted.set(finding.channelId, key);
    }
    const done = announced(finding);
    try {
      await findings.save(done, { expectedRevision: finding.revision });
      return done;
    } catch (error) {
      if (KommuneError.isInstance(error, "CORE_CONFLICT")) return (await findings.get(finding.channelId)) ?? finding;
      logger.warn("imprint event emitted, but could not be marked as emitted; another worker may emit it again", { channelId: finding.channelId, error: this.#describe(error) });
      return finding;
    }
  }

  /** Emits the pending event of a channel's stored finding, if any (a worker stopped between storing and emitting it). */
  async #announcePending(channelId: string): Promise<void> {
    const finding = await this.#findings().get(channelId);
    if (finding?.pendingEvent) await this.#announce(finding);
  }

  /** Plans every eligible channel that is not planned yet, and forgets those that are no longer eligible. */
  async #sync(): Promise<void> {
    try {
      const [channels, stored] = await Promise.all([this.#options.store.channels.list(), this.#findings().list()]);
      const findings = new Map(stored.map((finding) => [finding.id, finding] as const));
      const wanted = new Set<string>();
      for (const channel of channels) {
        if (!channel.active || this.#adapter(channel.network)?.capabilities.profile !== true) continue;
        wanted.add(channel.id);
        if (this.#dueAt.has(channel.id) || this.#chains.has(channel.id)) continue;
        const finding = findings.get(channel.id);
        // Never checked, or checked as another account: check now.
        const switched = finding !== undefined && (finding.network !== channel.network || (finding.handle !== undefined && channel.handle !== undefined && finding.handle !== channel.handle));
        this.#plan(channel.id, finding && !switched ? this.#nextCheckAt(finding) : this.#options.clock.now());
      }
      for (const channelId of [...this.#dueAt.keys()]) {
        if (wanted.has(channelId)) continue;
        this.#dueAt.delete(channelId);
        this.#loop.forget(channelId);
      }
      // A finding of a channel that no longer exists would show an alarm for an account that is gone: removed (the audit of the check stays in the events).
      const existing = new Set(channels.map((channel) => channel.id));
      for (const finding of stored) if (!existing.has(finding.id) && !this.#chains.has(finding.id)) await this.#findings().delete(finding.id);
      // Events a worker stored but did not emit (it stopped in between): emitted now, in the channel's turn.
      // Not those of an account no longer under the channel: its next check tells what became of it.
      const current = new Map(channels.map((channel) => [channel.id, channel] as const));
      for (const finding of stored) {
        const channel = current.get(finding.id);
        if (!finding.pendingEvent || !channel || this.#chains.has(finding.id)) continue;
        if (channel.network !== finding.network || (channel.handle !== undefined && finding.handle !== undefined && channel.handle !== finding.handle)) continue;
        await this.#serialised(finding.id, () => this.#announcePending(finding.id)).catch((error: unknown) => {
          this.#options.logger.error("imprint monitor could not emit a pending event", { channelId: finding.id, error: this.#describe(error) });
        });
      }
    } catch (error) {
      this.#options.logger.error("imprint monitor could not list the channels", { error: this.#describe(error) });
    }
  }

  /** Plans a check of the channel at `at`, unless one is planned earlier already. */
  #plan(channelId: string, at: number): void {
    const planned = this.#dueAt.get(channelId);
    if (planned !== undefined && planned <= at) return;
    this.#dueAt.set(channelId, at);
    this.#loop.enqueue(channelId, at);
    this.#loop.arm();
  }

  #nextCheckAt(finding: ImprintFinding): number {
    const checkedAt = Date.parse(finding.checkedAt);
    return (Number.isFinite(checkedAt) ? checkedAt : this.#options.clock.now()) + (finding.status === "unreadable" ? this.#unreadableRetryMs : this.#intervalMs);
  }

  /** Runs `work` after any check of the same channel under way. */
  async #serialised<R>(channelId: string, work: () => Promise<R>): Promise<R> {
    const before = this.#chains.get(channelId) ?? Promise.resolve();
    const generation = this.#generation;
    // Queued behind another check, and the monitor stopped meanwhile: it does not start (stop() must not wait for a new read).
    const guarded = (): Promise<R> => (generation === this.#generation ? work() : Promise.reject(this.#stopped ?? new Error("The imprint monitor stopped.")));
    const run = before.then(guarded, guarded);
    const settled = run.then(
      () => {},
      () => {},
    );
    this.#chains.set(channelId, settled);
    try {
      return await run;
    } finally {
      if (this.#chains.get(channelId) === settled) this.#chains.delete(channelId);
    }
  }

  #adapter(network: string): ImprintAdapterInfo | undefined {
    try {
      return this.#options.adapterFor(network);
    } catch {
      // getNetworkAdapter throws for a network without adapter.
      return undefined;
    }
  }

  #describe(error: unknown): string {
    try {
      if (this.#options.describe) return this.#options.describe(error);
      if (error instanceof Error) {
        const code = (error as { code?: unknown }).code;
        return typeof code === "string" ? `${error.name} (${code})` : error.name;
      }
      return typeof error;
    } catch {
      return "an unreadable error";
    }
  }
}

/** The imprints that satisfy the duty for a channel: the organisation's, and the channel's own if it has one. */
export function expectedImprints(organisationImprint: string, channel: Pick<Channel, "imprintUrl">): string[] {
  const own = channel.imprintUrl;
  return own === undefined || own === organisationImprint ? [organisationImprint] : [organisationImprint, own];
}

function positive(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
    throw new CoreError("CORE_INVALID_ARGUMENT", `ImprintMonitor: ${name} must be a positive finite number, got ${String(value)}.`);
  }
  return value;
}

function nonNegative(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    throw new CoreError("CORE_INVALID_ARGUMENT", `ImprintMonitor: ${name} must be a finite number of at least 0, got ${String(value)}.`);
  }
  return value;
}
