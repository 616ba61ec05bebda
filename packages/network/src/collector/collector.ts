import { formatInstant, KommuneError, type Channel, type Logger, type PluginContext } from "@kommune-sm/core";
import type { CallService } from "../calls/call-service.js";
import type { ChannelCalls, ResolvedChannel } from "../calls/channel-calls.js";
import { describeError } from "../calls/describe-error.js";
import { RateBudgetError } from "../calls/rate-budgets.js";
import { get, runProgram, save, type ProgramEnv } from "../outbox/tx-program.js";
import { backoffDelay, type RetryPolicy } from "../scheduler/backoff.js";
import { WorkLoop } from "../scheduler/work-loop.js";
import { AdapterDefectError, NetworkError, PublishingError, type NetworkAdapter } from "../spec/index.js";
import type { CollectorCursor } from "./collector-cursor.js";
import "./collector-events.js";
import { storeInteractionsPage } from "./store-interactions.js";
import { storeMetrics } from "./store-metrics.js";

/** What the collector reads: citizens' interactions, or metrics. */
export type CollectorLaneName = "interactions" | "metrics";

/** How often the collector reads a channel, in milliseconds. */
export interface CollectorIntervals {
  /** Interactions of a quiet channel; default 5 minutes. */
  readonly interactionsMs?: number;
  /** Metrics of a quiet channel; default one hour. */
  readonly metricsMs?: number;
  /** Interactions of a channel with a fresh post (see `freshWindowMs`); default one minute. */
  readonly freshInteractionsMs?: number;
  /** Metrics of a channel with a fresh post; default 15 minutes. */
  readonly freshMetricsMs?: number;
}

/** Options of the {@link Collector}. */
export interface CollectorOptions extends CollectorIntervals {
  /** Intervals per network (adapter id), overriding the ones above field by field. */
  readonly byNetwork?: Readonly<Record<string, CollectorIntervals>>;
  /** A post published this recently makes its channel "fresh" (read more often); default 48 hours. */
  readonly freshWindowMs?: number;
  /** Most pages of interactions read in one run; the rest follows at once in the next run. Default 20. */
  readonly maxPagesPerRun?: number;
  /** Interactions asked for per page; default: what the network returns. */
  readonly pageSize?: number;
  /** How far back the first read of metrics asks; default 30 days. */
  readonly metricsLookbackMs?: number;
  /**
   * How far before the newest stored sample each later read asks again, for
   * numbers a network reports late (post insights often lag behind the
   * account's own); default six hours. Samples read twice are stored once.
   */
  readonly metricsLagMs?: number;
  /** Backoff after failed runs; default from 30 seconds up to one hour. */
  readonly retry?: Pick<RetryPolicy, "baseMs" | "maxMs">;
  /** Channels read at the same time; default 2. */
  readonly concurrency?: number;
  /** How often to look for channels added, removed or turned off (ms); default 5 minutes. */
  readonly channelsPollMs?: number;
  /** Source of jitter in [0, 1); default Math.random. */
  readonly random?: () => number;
}

/** What one run on one channel did. */
export interface CollectorRun {
  /** The channel read. */
  readonly channelId: string;
  /** What was read. */
  readonly lane: CollectorLaneName;
  /** How it ended. */
  readonly outcome: "stored" | "failed" | "skipped";
  /** New interactions or samples stored. */
  readonly added: number;
  /** Pages (interactions) or reads (metrics) stored. */
  readonly pages: number;
  /** Interactions left out because they broke the spec's or the model's rules (each announced as `interaction.refused`). */
  readonly refused?: number;
  /** Why it failed or was skipped, scrubbed. */
  readonly reason?: string;
  /** Epoch ms of the next run of this lane on this channel, if any. */
  readonly nextAt?: number;
}

const DEFAULTS = {
  interactionsMs: 5 * 60_000,
  metricsMs: 60 * 60_000,
  freshInteractionsMs: 60_000,
  freshMetricsMs: 15 * 60_000,
  freshWindowMs: 48 * 3_600_000,
  maxPagesPerRun: 20,
  metricsLookbackMs: 30 * 24 * 3_600_000,
  metricsLagMs: 6 * 3_600_000,
  concurrency: 2,
  channelsPollMs: 5 * 60_000,
} as const;

const LANES: readonly CollectorLaneName[] = ["interactions", "metrics"];

/**
 * The monitoring collector of one organisation: it reads every active
 * channel's interactions and metrics on its own schedule — more often for
 * channels with fresh posts, with backoff after failures — and stores them
 * with the cursor that covers them in one transaction. After a crash it
 * goes on from the last stored page: nothing is lost, nothing stored twice
 * (an interaction's id is derived from its channel and remote id).
 *
 * It calls networks only through the organisation's call service: within
 * each account's rate budget (reads leave a reserved share to publishing),
 * under the call deadline, with results checked and scrubbed. It keeps
 * reading while publishing is paused: in a crisis the inbox matters most.
 *
 * Emits `interaction.received` once per new interaction,
 * `interaction.refused` for one that broke the rules and was left out (the
 * rest of its page is stored), `metrics.collected` per stored read,
 * `collector.failed` per failed run.
 */
export class Collector {
  readonly #ctx: PluginContext;
  readonly #calls: CallService;
  readonly #channels: ChannelCalls;
  readonly #adapterFor: (network: string) => NetworkAdapter | undefined;
  readonly #options: CollectorOptions;
  readonly #loop: WorkLoop;
  readonly #env: ProgramEnv;
  readonly #logger: Logger;
  readonly #random: () => number;
  /** Lane ids this collector schedules (a lane found again by the channels poll keeps its time). */
  readonly #known = new Set<string>();
  #started = false;
  #generation = 0;

  constructor(ctx: PluginContext, deps: { readonly calls: CallService; readonly channels: ChannelCalls; readonly adapterFor: (network: string) => NetworkAdapter | undefined }, options: CollectorOptions = {}) {
    this.#ctx = ctx;
    this.#calls = deps.calls;
    this.#channels = deps.channels;
    this.#adapterFor = deps.adapterFor;
    this.#options = checkOptions(options);
    this.#random = options.random ?? Math.random;
    this.#logger = deps.calls.logger.child({ component: "collector" });
    this.#env = { organisationId: ctx.organisation.id, now: () => ctx.clock.now(), workflow: ctx.workflow };
    this.#loop = new WorkLoop({
      clock: ctx.clock,
      work: (id) => this.#work(id).then(() => undefined),
      poll: () => this.#loadChannels(),
      pollIntervalMs: options.channelsPollMs ?? DEFAULTS.channelsPollMs,
      concurrency: Math.max(1, Math.floor(options.concurrency ?? DEFAULTS.concurrency)),
      // A run's calls end within their deadlines; the lease only keeps one run per lane and channel.
      leaseMs: 10 * 60_000,
      logger: this.#logger,
      describe: (error) => this.#calls.scrubber.scrub(describeError(error)),
      name: "collector run",
    });
  }

  /** Lane runs waiting for their time. */
  get queued(): number {
    return this.#loop.queued;
  }

  /** Reads every active channel now, then on schedule. */
  async start(): Promise<void> {
    if (this.#started) return;
    this.#started = true;
    this.#loop.start();
    await this.#loadChannels();
  }

  /** Stops the schedule and aborts the reads under way; what was stored stays. */
  async stop(): Promise<void> {
    this.#started = false;
    this.#generation++;
    this.#loop.stop();
    // The queue is dropped with the timers: start() schedules every lane again.
    this.#known.clear();
    this.#calls.abort((call) => call.deliveryId === undefined && (call.operation === "interactions" || call.operation === "metrics"), "The collector is stopping");
    await this.#loop.idle();
  }

  /** Resolves when no run is under way. */
  idle(): Promise<void> {
    return this.#loop.idle();
  }

  /** Runs what is due now, and waits for it (tests, a CLI's one-shot run). */
  async runDue(): Promise<void> {
    this.#loop.tick();
    await this.#loop.idle();
  }

  /** Reads one channel now (both lanes, or one), whatever its schedule; the schedule goes on from here. */
  async collectNow(channelId: string, lane?: CollectorLaneName): Promise<CollectorRun[]> {
    const runs: CollectorRun[] = [];
    for (const l of lane ? [lane] : LANES) runs.push(await this.#work(laneId(l, channelId)));
    return runs;
  }

  async #loadChannels(): Promise<void> {
    const channels = await this.#ctx.store.channels.list();
    const now = this.#ctx.clock.now();
    for (const channel of channels) {
      for (const lane of LANES) {
        const id = laneId(lane, channel.id);
        if (this.#loop.isRunning(id)) continue;
        if (!this.#reads(channel, lane)) {
          // Forgotten for good: turned on again, the channel is read afresh.
          this.#known.delete(id);
          this.#loop.forget(id);
          continue;
        }
        // A lane already waiting keeps its time; a new one starts now.
        if (!this.#known.has(id)) {
          this.#known.add(id);
          this.#loop.enqueue(id, now);
        }
      }
    }
    this.#loop.arm();
    if (this.#started) this.#loop.tick();
  }

  #reads(channel: Channel, lane: CollectorLaneName): boolean {
    if (!channel.active) return false;
    const adapter = this.#adapterFor(channel.network);
    if (!adapter) return false;
    if (lane === "metrics") return adapter.capabilities.metrics.length > 0;
    const i = adapter.capabilities.interactions;
    return i.comments || i.mentions || i.directMessages;
  }

  async #work(id: string): Promise<CollectorRun> {
    const [lane, channelId] = parseLaneId(id);
    const generation = this.#generation;
    let resolved: ResolvedChannel;
    try {
      resolved = await this.#channels.resolve(channelId);
    } catch (error) {
      this.#known.delete(id);
      this.#loop.forget(id);
      return { channelId, lane, outcome: "skipped", added: 0, pages: 0, reason: this.#calls.scrubber.scrub(describeError(error)) };
    }
    if (!this.#reads(resolved.channel, lane)) {
      this.#known.delete(id);
      this.#loop.forget(id);
      return { channelId, lane, outcome: "skipped", added: 0, pages: 0, reason: "the channel is inactive, or its network offers nothing to read here" };
    }
    if (typeof resolved.adapter.capabilitiesFor === "function") {
      // What the account can do (an instance's own limits), asked when due: scheduling measures posts against it.
      await this.#channels.refreshCapabilities(channelId, {}, resolved).catch((error: unknown) => {
        this.#logger.warn("could not ask the account for its capabilities; the last answer stays", { channelId, error: this.#calls.scrubber.scrub(describeError(error)) });
      });
    }
    let added = 0;
    let pages = 0;
    let more = false;
    let refused = 0;
    try {
      if (lane === "interactions") ({ added, pages, more, refused = 0 } = await this.#readInteractions(resolved, generation));
      else ({ added, pages } = await this.#readMetrics(resolved));
    } catch (error) {
      return this.#failed(id, lane, resolved, error, added, pages, generation);
    }
    const now = this.#ctx.clock.now();
    const nextAt = more ? now : now + (await this.#interval(resolved.channel, lane, now));
    this.#schedule(id, nextAt);
    return { channelId, lane, outcome: "stored", added, pages, nextAt, ...(refused > 0 ? { refused } : {}) };
  }

  async #readInteractions(resolved: ResolvedChannel, generation: number): Promise<{ added: number; pages: number; more: boolean; refused?: number }> {
    const channelId = resolved.channel.id;
    const maxPages = this.#options.maxPagesPerRun ?? DEFAULTS.maxPagesPerRun;
    let added = 0;
    let pages = 0;
    let stale = 0;
    let refused = 0;
    // Cursors this run was given: a network whose cursor comes back to one it gave before has nothing new, however it pages.
    const seen = new Set<string>();
    for (;;) {
      if (generation !== this.#generation) return { added, pages, more: false, refused };
      const cursor = await this.#ctx.store.collection("collector-cursors").get(channelId);
      const current = cursor?.network === resolved.channel.network ? cursor.interactions.cursor : undefined;
      const page = await this.#channels.fetchInteractions(channelId, { ...(current !== undefined ? { cursor: current } : {}), ...(this.#options.pageSize !== undefined ? { limit: this.#options.pageSize } : {}) }, resolved);
      const stored = await runProgram(
        this.#ctx.store,
        () => storeInteractionsPage({ organisationId: this.#ctx.organisation.id, channelId, network: resolved.channel.network, readRevision: cursor?.revision ?? 0, page, now: this.#ctx.clock.now() }),
        this.#env,
        { attempts: 1 },
      ).catch((error: unknown) => {
        // Another worker stored a page first (or its cursor): read again from where it left off.
        if (KommuneError.isInstance(error, "CORE_CONFLICT")) return { kind: "stale" as const };
        throw error;
      });
      if (stored.kind === "stale") {
        if (++stale > 5) throw new PublishingError("NETWORK_INVALID_STATE", `Channel "${channelId}": another worker kept moving the collector's cursor; trying again later.`);
        continue;
      }
      pages++;
      added += stored.added.length;
      refused += stored.refused.length;
      for (const reason of stored.refused.slice(0, 50)) this.#emit("interaction.refused", { channelId, network: resolved.channel.network, reason: reason.slice(0, 1_000) }, channelId);
      for (const interaction of stored.added) {
        this.#emit("interaction.received", {
          interactionId: interaction.id,
          channelId,
          network: resolved.channel.network,
          kind: interaction.kind,
          ...(interaction.postId !== undefined ? { postId: interaction.postId } : {}),
          receivedAt: interaction.receivedAt,
        }, interaction.id);
      }
      if (stored.refused.length > 0) this.#logger.warn("interactions the model could not take were skipped", { channelId, refused: stored.refused.slice(0, 10) });
      // An empty page, one that ends where it began, or a cursor seen before in this run: nothing more now.
      if (current !== undefined) seen.add(current);
      if (page.interactions.length === 0 || page.nextCursor === undefined || page.nextCursor === current || seen.has(page.nextCursor)) return { added, pages, more: false, refused };
      // A page with nothing new (every item stored already) ends the run too: the next one comes on schedule, not at once.
      if (stored.added.length === 0 && stored.refused.length === 0) return { added, pages, more: false, refused };
      if (pages >= maxPages) return { added, pages, more: true, refused };
    }
  }

  async #readMetrics(resolved: ResolvedChannel): Promise<{ added: number; pages: number }> {
    const channelId = resolved.channel.id;
    for (let stale = 0; ; stale++) {
      if (stale > 5) throw new PublishingError("NETWORK_INVALID_STATE", `Channel "${channelId}": another worker kept moving the collector's cursor; trying again later.`);
      const cursor = await this.#ctx.store.collection("collector-cursors").get(channelId);
      const newestAt = cursor?.network === resolved.channel.network ? cursor.metrics.newestAt : undefined;
      const now = this.#ctx.clock.now();
      // Never later than now: a newest sample dated ahead (within the allowed skew) must not make the next read skip the present.
      const since = formatInstant(newestAt === undefined ? now - (this.#options.metricsLookbackMs ?? DEFAULTS.metricsLookbackMs) : Math.min(Date.parse(newestAt), now) - (this.#options.metricsLagMs ?? DEFAULTS.metricsLagMs));
      const samples = await this.#channels.fetchMetrics(channelId, { since }, resolved);
      const stored = await runProgram(
        this.#ctx.store,
        () => storeMetrics({ organisationId: this.#ctx.organisation.id, channelId, network: resolved.channel.network, readRevision: cursor?.revision ?? 0, samples, now: this.#ctx.clock.now() }),
        this.#env,
        { attempts: 1 },
      ).catch((error: unknown) => {
        if (KommuneError.isInstance(error, "CORE_CONFLICT")) return { kind: "stale" as const };
        throw error;
      });
      if (stored.kind === "stale") continue;
      if (stored.future > 0) this.#logger.warn("metric samples dated in the future were not kept", { channelId, samples: stored.future });
      this.#emit("metrics.collected", { channelId, network: resolved.channel.network, samples: stored.added.length, ...(stored.cursor.metrics.newestAt ? { newestAt: stored.cursor.metrics.newestAt } : {}) }, channelId);
      return { added: stored.added.length, pages: 1 };
    }
  }

  async #failed(id: string, lane: CollectorLaneName, resolved: ResolvedChannel, error: unknown, added: number, pages: number, generation: number): Promise<CollectorRun> {
    const channelId = resolved.channel.id;
    const now = this.#ctx.clock.now();
    if (generation !== this.#generation) {
      return { channelId, lane, outcome: "skipped", added, pages, reason: "the collector is stopping" };
    }
    if (PublishingError.isInstance(error, "NETWORK_STOPPED")) {
      // The engine sharing the call service stopped (a restart), not this collector: read again soon, no failure counted.
      const nextAt = now + 1_000;
      this.#schedule(id, nextAt);
      return { channelId, lane, outcome: "skipped", added, pages, reason: "the calls were stopped by a restart of the publishing engine", nextAt };
    }
    if (RateBudgetError.isRateBudgetError(error)) {
      // Not a failure: the budget is full (of publishing, or of reads); come back when there is room.
      this.#schedule(id, error.retryAt);
      return { channelId, lane, outcome: "skipped", added, pages, reason: error.message, nextAt: error.retryAt };
    }
    const reason = this.#calls.scrubber.scrub(describeError(error));
    const failures = await this.#countFailure(resolved, lane, reason);
    const retryAfterMs = NetworkError.isNetworkError(error) ? error.retryAfterMs : undefined;
    const policy = { baseMs: 30_000, maxMs: 3_600_000, ...this.#options.retry };
    // A broken adapter or a revoked token will not mend itself soon: wait the longest.
    const lasting = AdapterDefectError.isAdapterDefect(error) || (NetworkError.isNetworkError(error) && (error.kind === "authentication" || error.kind === "unsupported" || error.kind === "permanent"));
    const wait = lasting ? policy.maxMs : backoffDelay(failures, policy, this.#random(), retryAfterMs);
    const nextAt = now + wait;
    this.#schedule(id, nextAt);
    this.#logger.warn("collector run failed", { channelId, lane, failures, error: reason });
    this.#emit("collector.failed", { channelId, network: resolved.channel.network, lane, failures, reason, nextAt: formatInstant(nextAt) }, channelId);
    return { channelId, lane, outcome: "failed", added, pages, reason, nextAt };
  }

  /** Counts a failed run on the cursor (best effort: a lost race only loses the count). */
  async #countFailure(resolved: ResolvedChannel, lane: CollectorLaneName, reason: string): Promise<number> {
    const { channel } = resolved;
    const organisationId = this.#ctx.organisation.id;
    try {
      return await runProgram(
        this.#ctx.store,
        function* () {
          const stored = yield* get("collector-cursors", channel.id);
          const base: CollectorCursor = stored && stored.network === channel.network ? stored : { id: channel.id, organisationId, network: channel.network, interactions: { failures: 0 }, metrics: { failures: 0 }, revision: stored?.revision ?? 0 };
          const failures = base[lane].failures + 1;
          const next: CollectorCursor = { ...base, [lane]: { ...base[lane], failures, lastError: reason.slice(0, 1_000) }, revision: base.revision + 1 };
          yield* save("collector-cursors", next, stored?.revision);
          return failures;
        },
        this.#env,
      );
    } catch (error) {
      this.#logger.warn("could not count a failed collector run", { channelId: channel.id, error: this.#calls.scrubber.scrub(describeError(error)) });
      return 1;
    }
  }

  async #interval(channel: Channel, lane: CollectorLaneName, now: number): Promise<number> {
    const own = this.#options.byNetwork?.[channel.network] ?? {};
    const pick = (key: keyof CollectorIntervals) => own[key] ?? this.#options[key] ?? DEFAULTS[key];
    const window = this.#options.freshWindowMs ?? DEFAULTS.freshWindowMs;
    const fresh = await this.#ctx.store.collection("deliveries").count({ channelId: channel.id, state: "succeeded", publishedAt: { gte: formatInstant(now - window) } } as never);
    if (lane === "interactions") return fresh > 0 ? pick("freshInteractionsMs") : pick("interactionsMs");
    return fresh > 0 ? pick("freshMetricsMs") : pick("metricsMs");
  }

  #schedule(id: string, at: number): void {
    if (!this.#started) return;
    this.#known.add(id);
    this.#loop.enqueue(id, at);
    this.#loop.arm();
  }

  #emit<T extends "interaction.received" | "interaction.refused" | "metrics.collected" | "collector.failed">(type: T, data: Parameters<PluginContext["bus"]["emit"]>[1] & object, subject: string): void {
    try {
      this.#ctx.bus.emit(type, data as never, { subject });
    } catch (error) {
      this.#logger.error("a collector event could not be emitted", { type, error: describeError(error) });
    }
  }
}

function laneId(lane: CollectorLaneName, channelId: string): string {
  return `${lane}\u0000${channelId}`;
}

function parseLaneId(id: string): [CollectorLaneName, string] {
  const cut = id.indexOf("\u0000");
  return [id.slice(0, cut) as CollectorLaneName, id.slice(cut + 1)];
}

function checkOptions(options: CollectorOptions): CollectorOptions {
  const check = (value: unknown, name: string) => {
    if (value !== undefined && (typeof value !== "number" || !Number.isFinite(value) || value <= 0)) {
      throw new PublishingError("NETWORK_INVALID_STATE", `collector.${name} must be a positive number, got ${String(value)}.`);
    }
  };
  for (const key of ["interactionsMs", "metricsMs", "freshInteractionsMs", "freshMetricsMs", "freshWindowMs", "maxPagesPerRun", "pageSize", "metricsLookbackMs", "metricsLagMs", "concurrency", "channelsPollMs"] as const) check(options[key], key);
  for (const [network, intervals] of Object.entries(options.byNetwork ?? {})) for (const key of ["interactionsMs", "metricsMs", "freshInteractionsMs", "freshMetricsMs"] as const) check(intervals[key], `byNetwork.${network}.${key}`);
  return options;
}
