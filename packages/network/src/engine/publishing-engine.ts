import { describeError } from "../calls/describe-error.js";
import { formatInstant, KommuneError, type AccountCapabilitiesSource, type Logger, type PluginContext, type PostStepHook, type Reply, type TeamMember, type WorkflowResult } from "@kommune-sm/core";
import { CallService, type CallOperation, type RunningCall } from "../calls/call-service.js";
import { AccountConnections } from "../calls/account-connections.js";
import { ChannelCalls } from "../calls/channel-calls.js";
import type { CallOutcome } from "../calls/account-connections.js";
import { CapabilitiesRefresh } from "../calls/capabilities-refresh.js";
import { accountCapabilitiesSource } from "../calls/channel-capabilities.js";
import type { RateBudgets } from "../calls/rate-budgets.js";
import type { MediaStore } from "../media/media-store.js";
import { claimProgram, unwanted, type ClaimDecision } from "../outbox/claim.js";
import { ACTIVE_DELIVERY_STATES, type Delivery, type ReplyDelivery } from "../outbox/delivery.js";
import { deliveryRule, type DeliveryAction } from "../outbox/delivery-transitions.js";
import { planDeliveries, type HandoverProblem } from "../outbox/handover.js";
import { applyChange, createDeliveries, noEffects, type OutboxEffects, type OutboxEnv } from "../outbox/outbox-programs.js";
import { outboxStepHook } from "../outbox/post-step-hooks.js";
import { replyUnwanted } from "../outbox/reply-delivery.js";
import { handOverReplyProgram, withdrawReplyProgram } from "./reply-handover.js";
import { audit, get, list, runProgram, save, type TxProgram } from "../outbox/tx-program.js";
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from "../scheduler/backoff.js";
import { WorkLoop } from "../scheduler/work-loop.js";
import type { SecretsPort } from "../secrets/secrets-port.js";
import { getNetworkAdapter, PublishingError, type NetworkAdapter } from "../spec/index.js";
import { Attempt, channelRefOf } from "./attempts.js";
import { checkedReason, checkResolution, positive } from "./engine-checks.js";
import { cancelProgram, requireMember, resolveProgram, retryProgram, type DeliveryResolution } from "./person-steps.js";
import type { RunningDelivery } from "./publishing-events.js";

export type { DeliveryResolution } from "./person-steps.js";

/** Options of the publishing engine. */
export interface PublishingOptions {
  /** Where credentials come from; the suite's vault, or `createMemorySecrets()`. */
  readonly secrets: SecretsPort;
  /** Names this worker in leases; default a random id. Several workers over one store must differ. */
  readonly workerId?: string;
  /** How often and how long to retry passing failures; unset fields keep their defaults. */
  readonly retry?: RetryPolicy;
  /** How long one network call (a vault read and a token refresh included) may take before it is aborted (ms); default 30,000. */
  readonly callTimeoutMs?: number;
  /** How long a claim holds (ms); default twice the call timeout plus 10 s, so a call always ends inside its lease. */
  readonly leaseMs?: number;
  /**
   * How often to look for work that other workers added, or that waited while
   * another worker had paused publishing (ms); default 30,000. 0: never (one
   * worker alone, or tests).
   */
  readonly pollIntervalMs?: number;
  /** Deliveries sent at the same time; default 4. */
  readonly concurrency?: number;
  /** Source of jitter, a number in [0, 1); default Math.random. Tests pass a seeded one. */
  readonly random?: () => number;
  /** Start working when the plugin is set up; default true. */
  readonly autoStart?: boolean;
  /**
   * The longest wait a network may ask for (Retry-After) that the engine
   * honours by itself (ms); default one hour. A longer one holds the
   * delivery as `blocked` with the reason, for a person to retry later.
   */
  readonly maxRetryAfterMs?: number;
  /** How long `stop()` (and so `dispose()`) waits for calls it aborted to be recorded (ms of real time); default 5,000. */
  readonly stopTimeoutMs?: number;
  /**
   * The accounts' rate budgets; default one per engine. A suite serving
   * several organisations through one app registration passes one shared
   * instance to each, so that `scope: "app"` limits hold across them.
   */
  readonly rateBudgets?: RateBudgets;
  /**
   * Where media with a `storageKey` are kept (`createFileMediaStore`):
   * adapters read their bytes or a public URL through `context.media`, and
   * before a post with media is sent, each medium is checked against the
   * channel's capabilities (kind, size, count, alt text) — a problem fails
   * the delivery with the reason, and nothing is sent.
   */
  readonly media?: MediaStore;
  /**
   * How often the engine looks for active channels whose account limits
   * (`capabilitiesFor`) are missing or due, and asks them (ms); default one
   * hour. It also looks once when it starts, and asks an account again
   * when it was connected anew, so that the limits are known with the
   * collector off.
   */
  readonly capabilitiesRefreshIntervalMs?: number;
}

/** What `pause()` reports: the deliveries whose calls were under way, or claimed, when publishing was paused. */
export interface PauseResult {
  /**
   * Calls already running here, and deliveries other workers hold in flight:
   * these may still complete (another worker's claim that read the switch
   * just before the pause may still start its call). No call of this engine
   * starts after `pause()` resolved.
   */
  readonly running: readonly RunningDelivery[];
}

/** Thrown by {@link PublishingEngine.handOver} when a post has problems; `problems` lists each. */
export class HandoverError extends PublishingError {
  constructor(
    /** Every reason the post cannot be delivered, one per channel and problem. */
    readonly problems: readonly HandoverProblem[],
  ) {
    super("NETWORK_INVALID_DELIVERY", `The post cannot be delivered:\n${problems.map((p) => `  - ${p.message}`).join("\n")}`);
    this.name = "HandoverError";
  }
}

type Resolved = Required<Omit<PublishingOptions, "secrets" | "retry" | "rateBudgets" | "media" | "capabilitiesRefreshIntervalMs">> & { readonly retry: Required<RetryPolicy> };

/** Calls that read an account; their failures may mean the account changed (see `onAccountReadFailure`). */
const READ_OPERATIONS: ReadonlySet<CallOperation> = new Set(["interactions", "metrics", "profile"]);

/** Failures that concern the account rather than the moment: the same kinds as a failed delivery's that have the imprint looked at. */
const ACCOUNT_FAILURE_KINDS: ReadonlySet<string> = new Set(["permanent", "not-found", "authentication"]);

/**
 * The publishing engine of one organisation: the durable outbox (posts to
 * channels, and takedowns of withdrawn posts), the scheduler, retries, rate
 * limits and reconciliation. What goes out is exactly an approved revision,
 * only when it may go out, once per channel — or a person sees why not:
 *
 * - deliveries are made in the transaction that schedules the post (a post
 *   that cannot be delivered is not scheduled), and cancelled in the one
 *   that edits, unschedules, withdraws or aborts it;
 * - every claim checks the post still carries the approval the delivery was
 *   made from, the crisis switch, and the quiet periods, and counts the
 *   attempt before any call;
 * - every call runs under a deadline, through the crisis gate, with its
 *   result checked against the spec and every secret scrubbed;
 * - passing failures are retried with backoff and jitter within the
 *   network's rate limits; a delivery whose attempt may have reached the
 *   network is looked up before it is sent again or cancelled; if that
 *   cannot decide, it waits for a person as `uncertain`.
 *
 * Made by {@link createPublishing}.
 */
export class PublishingEngine {
  readonly #ctx: PluginContext;
  readonly #options: Resolved;
  readonly #calls: CallService;
  readonly #connections: AccountConnections;
  readonly #channelCalls: ChannelCalls;
  readonly #capabilitiesRefresh: CapabilitiesRefresh;
  /** Told the channel of every read the network refused for a reason that concerns the account (see `onAccountReadFailure`). */
  readonly #readFailureListeners = new Set<(channelId: string) => void>();
  #offReconnected: (() => void) | undefined;
  readonly #media: MediaStore | undefined;
  readonly #loop: WorkLoop;
  readonly #env: OutboxEnv;
  readonly #logger: Logger;
  #started = false;
  /** The crisis switch's revision this engine last wrote: a newer one that is not paused means another worker resumed. */
  #switchRevision = 0;
  /** pause() and resume() calls under way: while one is, no claim reopens the gate. */
  #switching = 0;
  /** Counts stop()s: a work begun before the last stop() starts no call after it. */
  #generation = 0;

  constructor(ctx: PluginContext, options: PublishingOptions) {
    this.#ctx = ctx;
    const callTimeoutMs = positive(options.callTimeoutMs, 30_000, "callTimeoutMs");
    this.#options = {
      workerId: options.workerId ?? `worker-${Math.random().toString(36).slice(2, 10)}`,
      callTimeoutMs,
      leaseMs: positive(options.leaseMs, callTimeoutMs * 2 + 10_000, "leaseMs"),
      pollIntervalMs: Math.max(0, options.pollIntervalMs ?? 30_000),
      concurrency: Math.max(1, Math.floor(options.concurrency ?? 4)),
      random: options.random ?? Math.random,
      autoStart: options.autoStart ?? true,
      maxRetryAfterMs: positive(options.maxRetryAfterMs, 3_600_000, "maxRetryAfterMs"),
      stopTimeoutMs: positive(options.stopTimeoutMs, 5_000, "stopTimeoutMs"),
      retry: { ...DEFAULT_RETRY_POLICY, ...options.retry },
    };
    const connections = new AccountConnections({ store: ctx.store, bus: ctx.bus, clock: ctx.clock, logger: ctx.logger });
    this.#connections = connections;
    this.#calls = new CallService({
      onOutcome: (outcome) => {
        void connections.note(outcome);
        this.#noteReadFailure(outcome);
      },
      organisationId: ctx.organisation.id,
      secrets: options.secrets,
      clock: ctx.clock,
      logger: ctx.logger,
      callTimeoutMs,
      maxHoldMs: this.#options.maxRetryAfterMs,
      ...(options.rateBudgets ? { rateBudgets: options.rateBudgets } : {}),
      ...(options.media ? { media: options.media } : {}),
    });
    this.#media = options.media;
    this.#channelCalls = new ChannelCalls({ calls: this.#calls, store: ctx.store, adapterFor: (network) => this.#adapterFor(network), clock: ctx.clock });
    this.#logger = this.#calls.logger;
    this.#capabilitiesRefresh = new CapabilitiesRefresh({
      store: ctx.store,
      clock: ctx.clock,
      logger: this.#logger,
      channels: this.#channelCalls,
      adapterFor: (network) => this.#adapterFor(network),
      describe: (error) => this.#calls.scrubber.scrub(describeError(error)),
      ...(options.capabilitiesRefreshIntervalMs === undefined ? {} : { intervalMs: options.capabilitiesRefreshIntervalMs }),
    });
    this.#env = {
      organisationId: ctx.organisation.id,
      now: () => ctx.clock.now(),
      workflow: ctx.workflow,
      adapterFor: (network) => this.#adapterFor(network),
      fourEyesOnReplies: () => ctx.organisation.settings.fourEyes.replies,
      blockOnOpenErrors: () => ctx.organisation.settings.checks?.blockApprovalOnErrors === true,
    };
    this.#loop = new WorkLoop({
      clock: ctx.clock,
      work: (id) => this.#process(id),
      poll: () => this.#poll(),
      pollIntervalMs: this.#options.pollIntervalMs,
      concurrency: this.#options.concurrency,
      leaseMs: this.#options.leaseMs,
      logger: this.#logger,
      describe: (error) => this.#calls.scrubber.scrub(describeError(error)),
    });
  }

  /**
   * Reading the organisation's accounts by channel id (interactions,
   * metrics, profiles) through the engine's call service: for plugins,
   * which never hold credentials.
   */
  get calls(): ChannelCalls {
    return this.#channelCalls;
  }

  /**
   * The channels whose account must be connected again: the network
   * refused their credentials on some call (publishing, collecting, the
   * imprint check) and they could not be refreshed. An entry goes away by
   * itself once a call with the channel's credentials works again. Events:
   * `account.reconnect-needed`, `account.reconnected`.
   */
  get connections(): Pick<AccountConnections, "list" | "idle"> {
    return this.#connections;
  }

  /** The organisation's call service, which every network call goes through (the collector and the imprint check share it). */
  get callService(): CallService {
    return this.#calls;
  }

  /** The adapter registered for a network, if any. */
  adapterFor(network: string): NetworkAdapter | undefined {
    return this.#adapterFor(network);
  }

  /** This worker's id, as written into leases. */
  get workerId(): string {
    return this.#options.workerId;
  }

  /** Number of deliveries this worker waits for. */
  get queued(): number {
    return this.#loop.queued;
  }

  /**
   * The engine's part in post steps: register it with
   * `ctx.workflow.addStepHook` (the plugin does). It makes and cancels
   * deliveries in the transactions of schedule, edit, unschedule,
   * abort-publishing and withdraw.
   */
  stepHook(): PostStepHook {
    return outboxStepHook({ env: this.#env, committed: (effects, abort) => this.#committed(effects, abort) });
  }

  /**
   * The workflow's source of each account's own limits
   * (`workflow.useAccountCapabilities`): the plugin registers it, so that
   * approving a reply and the checks measure against what the account said,
   * as scheduling a post does.
   */
  accountCapabilitiesSource(): AccountCapabilitiesSource {
    return accountCapabilitiesSource((network) => this.#adapterFor(network));
  }

  /**
   * Tells `listener` the channel of every read (interactions, metrics, the
   * profile, the account's limits) that the network refused for a reason
   * that concerns the account: `permanent`, `not-found` or `authentication`.
   * The plugin has the imprint check look at the profile then. Returns what
   * removes the listener.
   */
  onAccountReadFailure(listener: (channelId: string) => void): () => void {
    this.#readFailureListeners.add(listener);
    return () => this.#readFailureListeners.delete(listener);
  }

  #noteReadFailure(outcome: CallOutcome): void {
    if (!READ_OPERATIONS.has(outcome.operation) || outcome.failureKind === undefined || !ACCOUNT_FAILURE_KINDS.has(outcome.failureKind)) return;
    for (const listener of this.#readFailureListeners) {
      try {
        listener(outcome.channelId);
      } catch (error) {
        // A listener's fault must not change the call's outcome.
        this.#logger.error("a listener of account read failures failed", { channelId: outcome.channelId, error: this.#calls.scrubber.scrub(describeError(error)) });
      }
    }
  }

  /**
   * Loads every delivery that still needs work (also those a crashed worker
   * left in flight; they are reconciled when their lease runs out) and
   * starts the timers. Called by the plugin unless `autoStart` is false.
   */
  async start(): Promise<void> {
    if (this.#started) return;
    this.#started = true;
    this.#calls.restart();
    this.#loop.start();
    const generation = this.#generation;
    await this.#loadActive();
    // Stopped while loading: stop() has already run and must not be undone.
    if (!this.#started || generation !== this.#generation) return;
    // Asked in the background: a slow or failing network must not hold up the start.
    this.#capabilitiesRefresh.start();
    this.#offReconnected = this.#ctx.bus.on("account.reconnected", (event) => void this.#capabilitiesRefresh.askChannel(event.data.channelId));
  }

  /**
   * Stops the timers, aborts the calls under way (their deliveries are
   * recorded as retrying, to be looked up before they are sent again) and
   * waits for that, at most `stopTimeoutMs` of real time, whatever an
   * adapter does. Deliveries stay in the outbox.
   */
  async stop(): Promise<void> {
    this.#started = false;
    this.#generation++;
    this.#loop.stop();
    this.#offReconnected?.();
    this.#offReconnected = undefined;
    this.#capabilitiesRefresh.stop();
    this.#calls.stop("The publishing engine is stopping");
    let timer: ReturnType<typeof setTimeout> | undefined;
    const waited = await Promise.race([
      Promise.all([this.#loop.idle(), this.#capabilitiesRefresh.idle()]).then(() => true),
      new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), this.#options.stopTimeoutMs);
        timer.unref?.();
      }),
    ]);
    clearTimeout(timer);
    if (!waited) this.#logger.warn("publishing engine stopped while work was still being recorded; leases cover it", { timeoutMs: this.#options.stopTimeoutMs });
    // What was under way is aborted; calls asked for later (runDue, a person's retry) may start again.
    this.#calls.restart();
    await this.#connections.idle();
  }

  /** Resolves when no delivery is being worked on (for tests and shutdown). */
  idle(): Promise<void> {
    return this.#loop.idle();
  }

  /** Works off everything due now, and waits for it (tests, and a CLI's one-shot run). */
  async runDue(): Promise<void> {
    this.#loop.tick();
    await this.#loop.idle();
  }

  /** The deliveries of a post (posts and takedowns), or all of the organisation. */
  async deliveries(postId?: string): Promise<Delivery[]> {
    return this.#ctx.store.collection("deliveries").list(postId === undefined ? { orderBy: "createdAt" } : { where: { postId }, orderBy: "createdAt" });
  }

  /**
   * Makes the deliveries of a scheduled post that has none for some of its
   * channels (e.g. a post scheduled before this plugin was set up): one per
   * channel not taken yet, in one transaction, or none and a
   * {@link HandoverError} listing each problem. Scheduling through the
   * workflow does this by itself, in the schedule step's transaction. Refuses
   * a post that is not scheduled.
   */
  async handOver(postId: string): Promise<Delivery[]> {
    const effects = await this.#run((e) => this.#handOverProgram(postId, e));
    return effects.written;
  }

  *#handOverProgram(postId: string, effects: OutboxEffects): TxProgram<void> {
    const post = yield* get("posts", postId);
    if (!post) throw new KommuneError({ code: "CORE_NOT_FOUND", message: `There is no post "${String(postId)}" in this organisation.` });
    if (post.state !== "scheduled") throw new PublishingError("NETWORK_INVALID_STATE", `Post "${postId}" is ${post.state}; only a scheduled post is handed over.`);
    const existing = yield* list("deliveries", { where: { postId } });
    const channels = new Map((yield* list("channels")).map((c) => [c.id, c] as const));
    const channelCapabilities = new Map((yield* list("channel-capabilities")).map((c) => [c.id, c] as const));
    const plan = planDeliveries(post, { channels, adapterFor: (network) => this.#adapterFor(network), now: formatInstant(this.#ctx.clock.now()), existing, channelCapabilities });
    const problems = plan.problems.filter((p) => p.problem !== "already-delivered");
    if (problems.length > 0) throw new HandoverError(problems);
    yield* createDeliveries(plan.deliveries, {}, this.#env, effects);
  }

  /**
   * Hands a reply to a citizen over to the outbox: it is sent on the
   * interaction's channel with the promise posts have — idempotency key,
   * retries with backoff within the account's rate budget, a lookup after a
   * doubtful attempt, the crisis pause. Under four eyes for replies only an
   * approved reply is sent; without, a draft may be. The reply must fit the
   * channel's counting rule. Refused with a {@link ReplyHandoverError}
   * listing every problem, and nothing stored. When the network confirms
   * the reply, the reply is `sent` and the interaction answered, its first
   * response dated by the network.
   *
   * @example
   * ```ts
   * const draft = await ksm.workflow.draftReply(interaction.id, "Danke! Die Laterne wird am Montag repariert.", "jonas");
   * await ksm.workflow.approveReply(draft.value.id, "leyla");
   * await publishing.engine.sendReply(draft.value.id, "jonas");
   * ```
   */
  async sendReply(replyId: string, actorId: string): Promise<ReplyDelivery> {
    let made!: ReplyDelivery;
    await this.#run((effects) =>
      (function* (env): TxProgram<void> {
        made = yield* handOverReplyProgram(replyId, actorId, env, effects);
      })(this.#env),
    );
    return made;
  }

  /**
   * Takes back a reply that was sent, with a reason: the workflow's step
   * (`withdrawn`, audited) and, in the same transaction, the reply's removal
   * from the network — a takedown through the adapter, retried and audited
   * as a withdrawn post's (looked up first when its id is not known; a
   * network that cannot delete gets a `blocked` takedown telling a person
   * what to remove). What had not gone out is cancelled. A refusal (not
   * sent, no reason, a role that may not) changes nothing.
   */
  async withdrawReply(replyId: string, actorId: string, reason: string): Promise<WorkflowResult<Reply>> {
    let outcome!: { readonly result: WorkflowResult<Reply>; readonly abort: readonly string[] };
    const env = this.#env;
    const effects = await runProgram(
      this.#ctx.store,
      function* (): TxProgram<OutboxEffects> {
        const fresh = noEffects();
        outcome = yield* withdrawReplyProgram(replyId, actorId, reason, env, fresh);
        return fresh;
      },
      env,
    );
    if (outcome.result.ok) this.#committed(effects, outcome.abort);
    return outcome.result;
  }

  /**
   * A person sends a failed, blocked or uncertain delivery again (after
   * reconnecting an account, or after a quiet period ended). With
   * `override`, an admin first overrides the quiet periods that block the
   * post (recorded on the post, audited; see `workflow.overrideQuietPeriods`).
   */
  async retry(deliveryId: string, actorId: string, options: { override?: { reason: string } } = {}): Promise<Delivery> {
    if (options.override) {
      const delivery = await this.#ctx.store.collection("deliveries").require(deliveryId);
      // Checked before the override is stored: a retry refused afterwards would leave it behind.
      deliveryRule("retry", delivery.state, delivery.id);
      if (delivery.kind !== "post") throw new PublishingError("NETWORK_INVALID_STATE", `Delivery "${delivery.id}" is a ${delivery.kind}; quiet periods hold only posts, so there is nothing to override.`);
      const post = await this.#ctx.store.posts.get(delivery.postId);
      const why = post?.state === "approved" ? unwanted({ ...post, state: "publishing" }, delivery) : unwanted(post, delivery);
      if (why) throw new PublishingError("NETWORK_INVALID_STATE", `Delivery "${delivery.id}" cannot be sent again: ${why}.`);
      const overridden = await this.#ctx.workflow.overrideQuietPeriods(delivery.postId, actorId, options.override.reason);
      if (!overridden.ok && overridden.refusal.code !== "nothing-to-override") throw new PublishingError("NETWORK_INVALID_STATE", overridden.refusal.message);
    }
    return this.#personStep((effects) => retryProgram(deliveryId, actorId, this.#env, effects));
  }

  /** A person stops a delivery that has not gone out, with a reason. */
  async cancel(deliveryId: string, actorId: string, reason: string): Promise<Delivery> {
    const why = checkedReason(reason, "Cancelling a delivery");
    if (this.#calls.scrubber.finds(why)) throw new PublishingError("NETWORK_INVALID_STATE", "The reason contains an account's access credential; it would stay in the audit log for good.");
    return this.#personStep((effects) => cancelProgram(deliveryId, actorId, why, this.#env, effects));
  }

  /**
   * A person decides an uncertain or blocked delivery: a post delivery is on
   * the network after all (give its remote id) or is not; a takedown's post
   * is off the network (removed by hand, or found gone).
   */
  async resolve(deliveryId: string, actorId: string, resolution: DeliveryResolution): Promise<Delivery> {
    checkResolution(resolution);
    // A credential pasted by mistake would stay in the append-only audit log for good.
    const given = resolution.outcome === "published" ? [resolution.remoteId, resolution.url ?? ""] : [];
    if (given.some((text) => this.#calls.scrubber.finds(text))) throw new PublishingError("NETWORK_INVALID_STATE", "The resolution contains an account's access credential; give the network's id of the post, never a token.");
    return this.#personStep((effects) => resolveProgram(deliveryId, actorId, resolution, this.#env, effects));
  }

  /**
   * Crisis mode: from the moment this is called, no call of this engine to a
   * network starts (publish, delete, lookup) until {@link resume}; the stored
   * switch holds every other worker at its next claim and before each call.
   * Admins only; audited. Resolves with the deliveries whose calls were
   * already running (here or elsewhere) — they may still complete.
   */
  async pause(actorId: string, reason: string): Promise<PauseResult> {
    const why = checkedReason(reason, "Pausing publishing");
    const wasPaused = this.#calls.paused;
    // Closed first, synchronously: a call about to start in this process cannot slip through while the switch is stored.
    this.#calls.pause();
    let member;
    this.#switching++;
    try {
      member = await this.#setSwitch(actorId, true, why);
    } catch (error) {
      if (!wasPaused) this.#calls.resume();
      throw error;
    } finally {
      this.#switching--;
    }
    const running = await this.running();
    this.#ctx.bus.emit("publishing.paused", { actorId: member.id, reason: why, running });
    return { running };
  }

  /** Ends crisis mode; what became due meanwhile goes out now, late but once. */
  async resume(actorId: string): Promise<void> {
    let member;
    this.#switching++;
    try {
      member = await this.#setSwitch(actorId, false);
    } finally {
      this.#switching--;
    }
    this.#calls.resume();
    this.#ctx.bus.emit("publishing.resumed", { actorId: member.id });
    await this.#loadActive();
    if (this.#started) this.#loop.tick();
  }

  /** True while crisis mode holds every delivery. */
  async isPaused(): Promise<boolean> {
    return (await this.#ctx.store.collection("publishing-state").get("publishing"))?.paused ?? false;
  }

  /** The deliveries whose calls are under way: this engine's own calls, and deliveries other workers hold in flight. */
  async running(): Promise<RunningDelivery[]> {
    const own = this.#calls.running();
    const now = this.#ctx.clock.now();
    const held = await this.#ctx.store.collection("deliveries").list({ where: { state: "in-flight" } });
    const seen = new Set(own.map((c) => c.deliveryId));
    const result: RunningDelivery[] = own.flatMap((call: RunningCall) =>
      call.deliveryId === undefined ? [] : [{ deliveryId: call.deliveryId, ...(call.postId !== undefined ? { postId: call.postId } : {}), channelId: call.channelId, worker: this.workerId, since: formatInstant(call.startedAt), operation: call.operation }],
    );
    for (const delivery of held) {
      if (seen.has(delivery.id) || !delivery.lease || Date.parse(delivery.lease.until) <= now) continue;
      result.push({ deliveryId: delivery.id, ...(delivery.postId !== undefined ? { postId: delivery.postId } : {}), channelId: delivery.channelId, worker: delivery.lease.owner, since: delivery.attemptStartedAt ?? delivery.updatedAt });
    }
    return result;
  }

  // ---- the work ----

  async #process(id: string): Promise<void> {
    const now = this.#ctx.clock.now();
    const generation = this.#generation;
    const decision: ClaimDecision = await runProgram(
      this.#ctx.store,
      () =>
        claimProgram(
          id,
          now,
          { workerId: this.#options.workerId, leaseMs: this.#options.leaseMs, maxAttempts: this.#options.retry.maxAttempts, timeZone: this.#ctx.organisation.timeZone, takeToken: (adapter, channelId, operation, at) => this.#calls.takeBudget(adapter, channelId, operation, at) },
          this.#env,
          noEffects(),
        ),
      this.#env,
    );
    switch (decision.kind) {
      case "skip":
        return;
      case "later":
        this.#loop.enqueue(id, decision.at);
        return;
      case "settled":
        this.#committed(decision.effects);
        return;
      case "claimed":
        break;
    }
    // Another worker resumed publishing since this engine paused it (not a
    // claim that read the switch before a pause of this engine committed).
    if (this.#calls.paused && this.#switching === 0 && decision.switchRevision > this.#switchRevision) this.#calls.resume();
    this.#committed(decision.effects);
    const { claimed, mode, adapter } = decision;
    const channel = decision.channel;
    if (!channel) {
      await this.#settle(claimed, claimed.mayHaveReachedNetwork ? "doubt" : "fail", { problem: { kind: "permanent", code: "CORE_NOT_FOUND", message: `Channel "${claimed.channelId}" no longer exists.`, at: formatInstant(this.#ctx.clock.now()) } });
      return;
    }
    const attempt = new Attempt(
      {
        calls: this.#calls,
        now: () => this.#ctx.clock.now(),
        random: this.#options.random,
        retry: this.#options.retry,
        maxRetryAfterMs: this.#options.maxRetryAfterMs,
        callTimeoutMs: this.#options.callTimeoutMs,
        settle: (delivery, action, set, reason) => this.#settle(delivery, action, set, reason),
        beforeCall: (delivery, operation) => this.#beforeCall(delivery, operation, generation),
        ...(this.#media ? { media: this.#media, channelCapabilities: (channelId: string) => this.#ctx.store.collection("channel-capabilities").get(channelId) } : {}),
        holdAccount: (a, channelId, operation, until) => this.#calls.holdBudget(a, channelId, operation, until, this.#ctx.clock.now()),
      },
      claimed,
      mode,
      adapter,
      channelRefOf(channel, adapter),
    );
    await attempt.run();
  }

  /** Writes a step of a delivery this worker holds; undefined if another worker took it over (its outcome counts). */
  async #settle(claimed: Delivery, action: DeliveryAction, set: Partial<Delivery>, reason?: string): Promise<Delivery | undefined> {
    let lost = false;
    try {
      const effects = await runProgram(
        this.#ctx.store,
        () => {
          const effects = noEffects();
          return withEffects(applyChange(claimed, action, set, reason ? { reason } : {}, this.#env, effects), effects);
        },
        this.#env,
        {
          retry: async () => {
            // Another worker took the delivery over (its outcome counts), or only a race for the post or the audit log's head was lost: then again.
            const current = await this.#ctx.store.collection("deliveries").get(claimed.id);
            lost = current?.revision !== claimed.revision;
            return !lost;
          },
        },
      );
      this.#committed(effects);
      return effects.written.find((d) => d.id === claimed.id);
    } catch (error) {
      if (lost) {
        this.#logger.warn("delivery was taken over while in flight", { deliveryId: claimed.id });
        return undefined;
      }
      throw error;
    }
  }

  async #personStep(make: (effects: OutboxEffects) => TxProgram<Delivery>): Promise<Delivery> {
    let result!: Delivery;
    await this.#run((e) => {
      return (function* (): TxProgram<void> {
        result = yield* make(e);
      })();
    });
    return result;
  }

  /** Runs an outbox program as one transaction and announces what it did after the commit. */
  async #run(make: (effects: OutboxEffects) => TxProgram<void>): Promise<OutboxEffects> {
    const effects = await runProgram(
      this.#ctx.store,
      () => {
        const effects = noEffects();
        return withEffects(make(effects), effects);
      },
      this.#env,
    );
    this.#committed(effects);
    return effects;
  }

  /** After a commit: the events in order, the queue in step with what was written, local calls aborted. */
  #committed(effects: OutboxEffects, abort: readonly string[] = []): void {
    // The queue first: it must follow the store whatever a listener or an emit does.
    for (const delivery of effects.written) {
      if (!ACTIVE_DELIVERY_STATES.includes(delivery.state)) {
        this.#loop.forget(delivery.id);
        continue;
      }
      this.#loop.enqueue(delivery.id, nextLook(delivery));
    }
    for (const item of effects.announce) {
      try {
        if (typeof item === "function") item();
        else this.#ctx.bus.emit(item.type, item.data as never, { subject: item.subject });
      } catch (error) {
        this.#logger.error("an event of the outbox could not be emitted", { error: describeError(error) });
      }
    }
    if (abort.length > 0) {
      const ids = new Set(abort);
      this.#calls.abort((call) => call.deliveryId !== undefined && ids.has(call.deliveryId), "A person stopped the post while its call was under way");
    }
    this.#loop.arm();
  }

  /**
   * Right before every call: the engine was not stopped since the work began,
   * the stored crisis switch (another worker may have paused), and, before a
   * publish, the stored post still wanting the delivery (a step of another
   * process may have withdrawn, edited, unscheduled or aborted it since the
   * claim; a step of this process stops the call through the call service).
   * A lookup is what decides a delivery its post no longer wants: it is not
   * held back.
   */
  async #beforeCall(delivery: Delivery, operation: CallOperation, generation: number): Promise<void> {
    const stopped = () => generation !== this.#generation;
    if (stopped()) throw new PublishingError("NETWORK_STOPPED", "The publishing engine was stopped; the call was not started.");
    if (await this.isPaused()) throw new PublishingError("NETWORK_PAUSED", "Publishing is paused; the call was not started.");
    if (delivery.kind === "post" && operation === "publish") {
      const why = unwanted(await this.#ctx.store.posts.get(delivery.postId), delivery);
      if (why) throw new PublishingError("NETWORK_CALL_CANCELLED", `The call was not started: ${why}.`);
    }
    if (delivery.kind === "reply" && operation === "reply") {
      const why = replyUnwanted(await this.#ctx.store.replies.get(delivery.replyId), delivery, this.#env.fourEyesOnReplies());
      if (why) throw new PublishingError("NETWORK_CALL_CANCELLED", `The call was not started: ${why}.`);
    }
    // The reads above awaited: a stop() may have come meanwhile.
    if (stopped()) throw new PublishingError("NETWORK_STOPPED", "The publishing engine was stopped; the call was not started.");
  }

  async #setSwitch(actorId: string, paused: boolean, reason?: string): Promise<TeamMember> {
    let member!: TeamMember;
    const env = this.#env;
    const organisationId = this.#ctx.organisation.id;
    const now = () => formatInstant(this.#ctx.clock.now());
    let written = 0;
    await runProgram(
      this.#ctx.store,
      function* (): TxProgram<void> {
        member = yield* requireMember(actorId, ["admin"]);
        const current = yield* get("publishing-state", "publishing");
        written = (current?.revision ?? 0) + 1;
        yield* save("publishing-state", { id: "publishing", organisationId, paused, ...(reason ? { reason } : {}), by: member.id, at: now(), revision: written }, current?.revision);
        yield* audit({
          actor: { kind: "member", id: member.id, name: member.name },
          action: paused ? "publishing.paused" : "publishing.resumed",
          subject: { type: "organisation", id: organisationId },
          ...(reason ? { reason } : {}),
        });
      },
      env,
    );
    this.#switchRevision = written;
    return member;
  }

  /** Queues every delivery that still needs work and arms the timer. */
  async #loadActive(): Promise<void> {
    const active = await this.#ctx.store.collection("deliveries").list({ where: { state: { in: [...ACTIVE_DELIVERY_STATES] } } });
    for (const delivery of active) {
      if (this.#loop.isRunning(delivery.id)) continue;
      this.#loop.enqueue(delivery.id, nextLook(delivery));
    }
    this.#loop.arm();
  }

  async #poll(): Promise<void> {
    const horizon = formatInstant(this.#ctx.clock.now() + this.#options.pollIntervalMs);
    const due = await this.#ctx.store.collection("deliveries").list({ where: { state: { in: [...ACTIVE_DELIVERY_STATES] }, nextAttemptAt: { lte: horizon } } });
    for (const delivery of due) if (!this.#loop.isRunning(delivery.id)) this.#loop.enqueue(delivery.id, nextLook(delivery));
    this.#loop.tick();
  }

  #adapterFor(network: string): NetworkAdapter | undefined {
    try {
      return getNetworkAdapter(this.#ctx.registries, network);
    } catch {
      return undefined;
    }
  }
}

/** When the engine looks at a delivery next: when its lease runs out while it is in flight, else at its next attempt. */
function nextLook(delivery: Delivery): number {
  return delivery.state === "in-flight" && delivery.lease ? Date.parse(delivery.lease.until) : Date.parse(delivery.nextAttemptAt);
}

/** Runs `program` and returns the effects object it filled. */
function* withEffects(program: TxProgram<unknown>, effects: OutboxEffects): TxProgram<OutboxEffects> {
  yield* program;
  return effects;
}
