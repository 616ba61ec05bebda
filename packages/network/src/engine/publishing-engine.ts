import {
  createAuditEntry,
  formatInstant,
  KommuneError,
  type AuditEntryInput,
  type AuditHead,
  type CancelTimer,
  type Channel,
  type Logger,
  type PluginContext,
  type Post,
  type StepWithin,
  type SyncTenantRepositories,
  type TeamMember,
  type TenantRepositories,
  type WorkflowResult,
} from "@kommune-sm/core";
import type { SecretsPort } from "../secrets/secrets-port.js";
import {
  classifyThrown,
  getNetworkAdapter,
  NetworkError,
  PublishingError,
  type AdapterCallContextV1,
  type ChannelRefV1,
  type NetworkAdapter,
  type PublishResultV1,
} from "../spec/index.js";
import { backoffDelay, DEFAULT_RETRY_POLICY, type RetryPolicy } from "./backoff.js";
import { CredentialBroker } from "./credential-broker.js";
import { ACTIVE_DELIVERY_STATES, FINAL_DELIVERY_STATES, type Delivery, type DeliveryProblem, type DeliveryState, type PublishingState } from "./delivery.js";
import { DueQueue } from "./due-queue.js";
import { planDeliveries, type HandoverProblem } from "./handover.js";
import type { DeliveryEventData } from "./publishing-events.js";
import { TokenBucket } from "./token-bucket.js";

/** Options of the publishing engine. */
export interface PublishingOptions {
  /** Where credentials come from; the suite's vault, or `createMemorySecrets()`. */
  readonly secrets: SecretsPort;
  /** Names this worker in leases; default a random id. Several workers over one store must differ. */
  readonly workerId?: string;
  /** How often and how long to retry passing failures; unset fields keep their defaults. */
  readonly retry?: RetryPolicy;
  /** How long one network call may take before it is aborted (ms); default 30,000. */
  readonly callTimeoutMs?: number;
  /** How long a claim holds (ms); default twice the call timeout plus 10 s, so a call always ends inside its lease. */
  readonly leaseMs?: number;
  /** How often to look for work that other workers added (ms); default 30,000. 0: never. */
  readonly pollIntervalMs?: number;
  /** Deliveries sent at the same time; default 4. */
  readonly concurrency?: number;
  /** Source of jitter, a number in [0, 1); default Math.random. Tests pass a seeded one. */
  readonly random?: () => number;
  /** Start working when the plugin is set up; default true. */
  readonly autoStart?: boolean;
}

/** A person's decision about an uncertain or blocked delivery. */
export type DeliveryResolution =
  | {
      /** The person found the post on the network. */
      readonly outcome: "published";
      /** The network's id of the post the person found. */
      readonly remoteId: string;
      /** Public link to that post, if there is one. */
      readonly url?: string
    }
  | {
      /** The post is not on the network; the delivery is failed and can be retried. */
      readonly outcome: "not-published"
    };

/** Thrown by the engine when a handed-over post has problems; `problems` lists each. */
export class HandoverError extends PublishingError {
  constructor(
    /** Every reason the post cannot be delivered, one per channel and problem. */
    readonly problems: readonly HandoverProblem[]
  ) {
    super("NETWORK_INVALID_DELIVERY", `The post cannot be delivered:\n${problems.map((p) => `  - ${p.message}`).join("\n")}`);
    this.name = "HandoverError";
  }
}

const system = { system: "publishing-engine" } as const;

const isFinal = (delivery: Delivery) => FINAL_DELIVERY_STATES.includes(delivery.state);
const succeeded = (delivery: Delivery) => delivery.state === "succeeded";

/** States in which a delivery shows a person what went wrong. */
const PROBLEM_STATES: readonly DeliveryState[] = ["retrying", "failed", "uncertain", "blocked"];

/** What the claim's transaction decided about a due delivery (see PublishingEngine.#decide). */
type Decision =
  | { readonly kind: "skip" }
  | { readonly kind: "later"; readonly delivery: Delivery }
  | { readonly kind: "rate-limited"; readonly delivery: Delivery; readonly retryAt: number }
  | { readonly kind: "cancel"; readonly delivery: Delivery; readonly reason: string }
  | { readonly kind: "no-adapter"; readonly delivery: Delivery; readonly error: unknown }
  | {
      readonly kind: "claimed";
      readonly delivery: Delivery;
      readonly claimed: Delivery;
      readonly adapter: NetworkAdapter;
      readonly channel: Channel | undefined;
      readonly step: { readonly result: WorkflowResult<unknown>; readonly emit: () => void };
    };

/**
 * The publishing engine of one organisation: the durable outbox, the
 * scheduler, retries, rate limits and reconciliation. A post handed to it is
 * published once per channel, or shown as failed with a reason a person can
 * act on — never lost, never twice:
 *
 * - a delivery is stored before the network is called, with an idempotency
 *   key that stays the same across retries, restarts and workers;
 * - a worker claims a delivery with a lease (compare-and-set on its revision),
 *   so two workers over one store never send it both;
 * - passing failures are retried with exponential backoff and full jitter,
 *   never sooner than a Retry-After, and never faster than the network's rate
 *   limit (a token bucket per account); permanent ones stop at once;
 * - a delivery whose attempt may have reached the network (a crash in
 *   flight, a timeout, a server error) is looked up before it is sent again;
 *   if that cannot decide, it becomes `uncertain` and waits for a person.
 *
 * Made by {@link createPublishing}; the engine listens for `post.scheduled`
 * and hands the post over by itself.
 */
export class PublishingEngine {
  readonly #ctx: PluginContext;
  readonly #options: Required<Omit<PublishingOptions, "secrets" | "retry">> & { retry: Required<RetryPolicy> };
  readonly #broker: CredentialBroker;
  readonly #queue = new DueQueue();
  readonly #buckets = new Map<string, TokenBucket>();
  readonly #adapterLoggers = new Map<string, Logger>();
  /** The work in progress, by delivery id. */
  readonly #running = new Map<string, Promise<void>>();
  #timer: CancelTimer | undefined;
  #timerAt = Number.POSITIVE_INFINITY;
  #poll: CancelTimer | undefined;
  #started = false;
  #waiting: string[] = [];

  constructor(ctx: PluginContext, options: PublishingOptions) {
    this.#ctx = ctx;
    const callTimeoutMs = options.callTimeoutMs ?? 30_000;
    this.#options = {
      workerId: options.workerId ?? `worker-${Math.random().toString(36).slice(2, 10)}`,
      callTimeoutMs,
      leaseMs: options.leaseMs ?? callTimeoutMs * 2 + 10_000,
      pollIntervalMs: options.pollIntervalMs ?? 30_000,
      concurrency: Math.max(1, options.concurrency ?? 4),
      random: options.random ?? Math.random,
      autoStart: options.autoStart ?? true,
      retry: { ...DEFAULT_RETRY_POLICY, ...options.retry },
    };
    this.#broker = new CredentialBroker(options.secrets, ctx.clock, ctx.logger);
  }

  /** This worker's id, as written into leases. */
  get workerId(): string {
    return this.#options.workerId;
  }

  /** Number of deliveries this worker waits for. */
  get queued(): number {
    return this.#queue.size;
  }

  /**
   * Loads every delivery that still needs work (also those a crashed worker
   * left in flight; they are reconciled when their lease runs out) and
   * starts the timers. Called by the plugin unless `autoStart` is false.
   */
  async start(): Promise<void> {
    if (this.#started) return;
    this.#started = true;
    await this.#loadActive();
    this.#schedulePoll();
  }

  /** Stops the timers and waits for calls in progress. Deliveries stay in the outbox. */
  async stop(): Promise<void> {
    this.#started = false;
    this.#timer?.();
    this.#timer = undefined;
    this.#timerAt = Number.POSITIVE_INFINITY;
    this.#poll?.();
    this.#poll = undefined;
    await this.idle();
  }

  /** Resolves when no delivery is being worked on (for tests and shutdown). */
  async idle(): Promise<void> {
    while (this.#running.size > 0) await Promise.allSettled([...this.#running.values()]);
  }

  /**
   * Puts a scheduled post into the outbox: one delivery per channel, due at
   * the post's `scheduledAt`. Checks everything first (channels, adapters,
   * text length, media, alt text) and writes all deliveries in one
   * transaction, or none and throws a {@link HandoverError} listing each
   * problem. A channel that already has a delivery in progress or done is
   * left alone, so handing a post over twice sends nothing twice.
   */
  async handOver(postId: string): Promise<Delivery[]> {
    const created = await this.#ctx.store.transaction(async (tx) => {
      const post = await tx.posts.require(postId);
      const existing = await tx.collection("deliveries").list({ where: { postId } });
      const taken = new Set(existing.filter((d) => d.state !== "cancelled").map((d) => d.channelId));
      const variants = post.variants.filter((v) => !taken.has(v.channelId));
      // Handed over before, every channel: nothing to add.
      if (variants.length === 0 && taken.size > 0) return [];
      const channels = new Map((await tx.channels.list()).map((c) => [c.id, c]));
      const plan = planDeliveries({ ...post, variants }, { channels, adapterFor: (network) => this.#adapterOrUndefined(network), now: this.#nowIso() });
      if (plan.problems.length > 0) throw new HandoverError(plan.problems);
      for (const delivery of plan.deliveries) await tx.collection("deliveries").insert(delivery);
      return plan.deliveries;
    });
    for (const delivery of created) {
      this.#emit("delivery.scheduled", delivery, { dueAt: delivery.dueAt });
      this.#enqueue(delivery);
    }
    this.#arm();
    return created;
  }

  /** Works off everything due now, and waits for it (tests, and a CLI's one-shot run). */
  async runDue(): Promise<void> {
    await this.#tick();
    await this.idle();
  }

  /** The deliveries of a post, or all of the organisation. */
  async deliveries(postId?: string): Promise<Delivery[]> {
    return this.#deliveries().list(postId === undefined ? { orderBy: "createdAt" } : { where: { postId }, orderBy: "createdAt" });
  }

  /**
   * A person sends a failed, blocked or uncertain delivery again (after
   * reconnecting an account, fixing the text, or overriding a quiet period).
   * With `override`, an admin also overrides a blocking quiet period.
   */
  async retry(deliveryId: string, actorId: string, options: { override?: { reason: string } } = {}): Promise<Delivery> {
    const actor = await this.#member(actorId, ["editor", "approver", "admin"]);
    const delivery = await this.#deliveries().require(deliveryId);
    if (!["failed", "blocked", "uncertain"].includes(delivery.state)) {
      throw new PublishingError("NETWORK_INVALID_STATE", `Delivery "${deliveryId}" is ${delivery.state}; only failed, blocked or uncertain deliveries can be retried.`);
    }
    if (options.override) {
      const post = await this.#ctx.store.posts.require(delivery.postId);
      if (post.state === "approved" || post.state === "scheduled") {
        const started = await this.#workflow().transition(post.id, "start-publishing", actor.id, { override: options.override });
        if (!started.ok) throw new PublishingError("NETWORK_INVALID_STATE", started.refusal.message);
      }
    }
    const now = this.#nowIso();
    // An uncertain delivery may be on the network: the next attempt looks it up first.
    const next: Delivery = { ...delivery, state: "retrying", nextAttemptAt: now, updatedAt: now, revision: delivery.revision + 1, mayHaveReachedNetwork: delivery.state === "uncertain" || delivery.mayHaveReachedNetwork === true };
    delete next.problem;
    const audit = { action: "delivery.retried", subject: { type: "delivery", id: deliveryId }, from: delivery.state, to: "retrying" };
    if (!(await this.#write(next, delivery.revision, audit, { kind: "member", id: actor.id, name: actor.name }))) {
      throw new KommuneError({ code: "CORE_CONFLICT", message: `Delivery "${deliveryId}" was changed meanwhile; reload it.` });
    }
    this.#enqueue(next);
    this.#arm();
    return next;
  }

  /** A person stops a delivery that has not gone out. */
  async cancel(deliveryId: string, actorId: string, reason: string): Promise<Delivery> {
    const actor = await this.#member(actorId, ["editor", "approver", "admin"]);
    if (!reason.trim()) throw new PublishingError("NETWORK_INVALID_STATE", "Cancelling a delivery needs a reason.");
    const delivery = await this.#deliveries().require(deliveryId);
    if (isFinal(delivery) || delivery.state === "in-flight") {
      throw new PublishingError("NETWORK_INVALID_STATE", `Delivery "${deliveryId}" is ${delivery.state} and cannot be cancelled.`);
    }
    const cancelled = await this.#finish(delivery, { state: "cancelled" }, { kind: "member", id: actor.id, name: actor.name }, reason.trim());
    return cancelled;
  }

  /**
   * A person decides an uncertain or blocked delivery: it is on the network
   * after all (give its remote id), or it is not and shall not be sent.
   */
  async resolve(deliveryId: string, actorId: string, resolution: DeliveryResolution): Promise<Delivery> {
    const actor = await this.#member(actorId, ["editor", "approver", "admin"]);
    const delivery = await this.#deliveries().require(deliveryId);
    if (delivery.state !== "uncertain" && delivery.state !== "blocked") {
      throw new PublishingError("NETWORK_INVALID_STATE", `Delivery "${deliveryId}" is ${delivery.state}; only uncertain or blocked deliveries are resolved by hand.`);
    }
    const who = { kind: "member" as const, id: actor.id, name: actor.name };
    return resolution.outcome === "published"
      ? this.#finish(delivery, { state: "succeeded", remoteId: resolution.remoteId, ...(resolution.url ? { url: resolution.url } : {}), publishedAt: this.#nowIso(), reconciled: true }, who, "resolved by hand: published")
      : this.#finish(delivery, { state: "cancelled" }, who, "resolved by hand: not published");
  }

  /** Crisis mode: nothing of the organisation is sent until {@link resume}. Admins only; audited. */
  async pause(actorId: string, reason: string): Promise<void> {
    const actor = await this.#member(actorId, ["admin"]);
    if (!reason.trim()) throw new PublishingError("NETWORK_INVALID_STATE", "Pausing publishing needs a reason.");
    await this.#setPaused(true, actor, reason.trim());
    this.#ctx.bus.emit("publishing.paused", { actorId: actor.id, reason: reason.trim() });
  }

  /** Ends crisis mode; what became due meanwhile goes out now, late but once. */
  async resume(actorId: string): Promise<void> {
    const actor = await this.#member(actorId, ["admin"]);
    await this.#setPaused(false, actor);
    this.#ctx.bus.emit("publishing.resumed", { actorId: actor.id });
    await this.#loadActive();
  }

  /** Queues every delivery that still needs work and arms the timer. */
  async #loadActive(): Promise<void> {
    const active = await this.#deliveries().list({ where: { state: { in: [...ACTIVE_DELIVERY_STATES] } } });
    for (const delivery of active) this.#enqueue(delivery);
    this.#arm();
  }

  /** True while crisis mode holds every delivery. */
  async isPaused(): Promise<boolean> {
    return this.#paused(this.#ctx.store);
  }

  /** The crisis switch as `repos` (the store, or a transaction) sees it. */
  async #paused(repos: TenantRepositories): Promise<boolean> {
    return (await repos.collection("publishing-state").get("publishing"))?.paused ?? false;
  }

  /** Cancels what has not gone out of a post that was unscheduled or withdrawn. */
  async cancelForPost(postId: string, reason: string): Promise<void> {
    const open = await this.#deliveries().list({ where: { postId, state: { in: ["scheduled", "retrying", "blocked"] } } });
    for (const delivery of open) {
      await this.#finish(delivery, { state: "cancelled" }, { kind: "system", id: "publishing-engine" }, reason).catch((error: unknown) => {
        // Claimed by a worker in the meantime: it will find the post withdrawn and cancel it itself.
        if (!KommuneError.isInstance(error, "CORE_CONFLICT")) throw error;
      });
    }
  }

  // ---- the work ----

  #enqueue(delivery: Delivery): void {
    const at = delivery.state === "in-flight" ? Date.parse(delivery.lease?.until ?? delivery.nextAttemptAt) : Date.parse(delivery.nextAttemptAt);
    this.#queue.push(delivery.id, at);
  }

  #arm(): void {
    if (!this.#started) return;
    const next = this.#queue.peek();
    if (next === undefined) return;
    if (next >= this.#timerAt && this.#timer) return;
    this.#timer?.();
    this.#timerAt = next;
    this.#timer = this.#ctx.clock.setTimer(next, () => {
      this.#timer = undefined;
      this.#timerAt = Number.POSITIVE_INFINITY;
      void this.#tick();
    });
  }

  #schedulePoll(): void {
    if (!this.#started || this.#options.pollIntervalMs <= 0) return;
    this.#poll = this.#ctx.clock.setTimer(this.#ctx.clock.now() + this.#options.pollIntervalMs, () => {
      void this.#pollStore()
        .catch((error: unknown) => this.#ctx.logger.error("publishing poll failed", { error }))
        .finally(() => this.#schedulePoll());
    });
  }

  async #pollStore(): Promise<void> {
    const horizon = formatInstant(this.#ctx.clock.now() + this.#options.pollIntervalMs);
    const due = await this.#deliveries().list({ where: { state: { in: [...ACTIVE_DELIVERY_STATES] }, nextAttemptAt: { lte: horizon } } });
    for (const delivery of due) if (!this.#running.has(delivery.id)) this.#enqueue(delivery);
    this.#arm();
    await this.#tick();
  }

  async #tick(): Promise<void> {
    // A loop, not push(...due): a backlog of 150,000 due at once would overflow the call stack.
    for (const id of this.#queue.takeDue(this.#ctx.clock.now())) this.#waiting.push(id);
    this.#pump();
    this.#arm();
  }

  #pump(): void {
    while (this.#running.size < this.#options.concurrency && this.#waiting.length > 0) {
      const id = this.#waiting.shift()!;
      if (this.#running.has(id)) continue;
      const work: Promise<void> = this.#process(id)
        .catch((error: unknown) => {
          // A store failure mid-way: the delivery is still in the outbox. It
          // is looked at again when a lease this worker may have taken has
          // run out (then reconciled, if the call may have gone through).
          this.#ctx.logger.error("delivery processing failed", { deliveryId: id, error: this.#broker.scrub(error instanceof Error ? `${error.name}: ${error.message}` : String(error)) });
          this.#queue.push(id, this.#ctx.clock.now() + this.#options.leaseMs);
        })
        .finally(() => {
          this.#running.delete(id);
          this.#pump();
          this.#arm();
        });
      this.#running.set(id, work);
    }
  }

  async #process(id: string): Promise<void> {
    const now = this.#ctx.clock.now();
    // Reading and claiming in one transaction: what the claim decides on is
    // what it is stored against, and each entity is read once. A commit that
    // lost a race (another worker claimed it, the post or the audit log's
    // head moved) decides again from fresh reads.
    let decision: Decision;
    for (let attempt = 1; ; attempt++) {
      try {
        const store = this.#ctx.store;
        decision = await (store.syncTransaction ? store.syncTransaction((tx) => this.#decideSync(tx, id, now)) : store.transaction((tx) => this.#decide(tx, id, now)));
        break;
      } catch (error) {
        if (!KommuneError.isInstance(error, "CORE_CONFLICT") || attempt >= 8) throw error;
      }
    }
    switch (decision.kind) {
      case "skip":
        return;
      case "later":
        this.#enqueue(decision.delivery);
        return;
      case "rate-limited":
        this.#queue.push(decision.delivery.id, decision.retryAt);
        return;
      case "cancel":
        await this.#finish(decision.delivery, { state: "cancelled" }, { kind: "system", id: "publishing-engine" }, decision.reason);
        return;
      case "no-adapter":
        await this.#fail(decision.delivery, this.#problem("permanent", decision.error));
        return;
      case "claimed":
        break;
    }
    const { delivery, claimed, adapter, channel, step } = decision;
    this.#emit("delivery.started", claimed, { late: now - Date.parse(delivery.dueAt) > 60_000 });
    step.emit();
    if (!step.result.ok) {
      const refusal = step.result.refusal;
      await this.#settle(claimed, { state: "blocked", problem: { kind: "blocked", code: refusal.code, message: refusal.message, at: this.#nowIso() } }, "delivery.blocked");
      return;
    }

    if (claimed.mayHaveReachedNetwork && adapter.capabilities.idempotency !== "native") {
      const decided = await this.#reconcile(claimed, adapter, channel);
      if (decided) return;
    }
    await this.#publish(claimed, adapter, channel);
  }

  /**
   * Inside the claim's transaction: whether the delivery is to be sent now,
   * and if so the claim (compare-and-set on its revision, with a lease) and
   * the post's step to "publishing" when it is still approved or scheduled.
   * A refused step (a quiet period began) leaves the claim standing; the
   * caller blocks the delivery. Events are the caller's to emit.
   */
  async #decide(tx: TenantRepositories, id: string, now: number): Promise<Decision> {
    const delivery = await tx.collection("deliveries").get(id);
    const due = this.#screen(delivery, now);
    if (due.kind !== "due") return due;
    // Paused: resume() puts it back in the queue.
    if (await this.#paused(tx)) return { kind: "skip" };
    const post = await tx.posts.get(due.delivery.postId);
    const sendable = this.#screenPost(due.delivery, post, now);
    if (sendable.kind !== "sendable") return sendable;
    const channel = await tx.channels.get(due.delivery.channelId);
    const claimed = this.#claimed(due.delivery, now);
    await tx.collection("deliveries").save(claimed, { expectedRevision: due.delivery.revision });
    const step = this.#startsPost(sendable.post)
      ? await this.#workflow().transitionWithin(tx, sendable.post, "start-publishing", system)
      : { result: { ok: true as const, value: sendable.post }, emit: () => {} };
    return { kind: "claimed", delivery: due.delivery, claimed, adapter: sendable.adapter, channel, step };
  }

  /** {@link #decide} inside the store's `syncTransaction`: the same reads, checks and writes, answered at once. */
  #decideSync(tx: SyncTenantRepositories, id: string, now: number): Decision {
    const delivery = tx.collection("deliveries").get(id);
    const due = this.#screen(delivery, now);
    if (due.kind !== "due") return due;
    if (tx.collection("publishing-state").get("publishing")?.paused) return { kind: "skip" };
    const post = tx.posts.get(due.delivery.postId);
    const sendable = this.#screenPost(due.delivery, post, now);
    if (sendable.kind !== "sendable") return sendable;
    const channel = tx.channels.get(due.delivery.channelId);
    const claimed = this.#claimed(due.delivery, now);
    tx.collection("deliveries").save(claimed, { expectedRevision: due.delivery.revision });
    const step = this.#startsPost(sendable.post)
      ? this.#workflow().transitionWithinSync(tx, sendable.post, "start-publishing", system)
      : { result: { ok: true as const, value: sendable.post }, emit: () => {} };
    return { kind: "claimed", delivery: due.delivery, claimed, adapter: sendable.adapter, channel, step };
  }

  /** Whether the delivery read in the claim's transaction is to be sent now. */
  #screen(delivery: Delivery | undefined, now: number): Decision | { readonly kind: "due"; readonly delivery: Delivery } {
    if (!delivery || !ACTIVE_DELIVERY_STATES.includes(delivery.state)) return { kind: "skip" };
    if (delivery.state === "in-flight" && delivery.lease && Date.parse(delivery.lease.until) > now) return { kind: "later", delivery };
    if (Date.parse(delivery.nextAttemptAt) > now && delivery.state !== "in-flight") return { kind: "later", delivery };
    return { kind: "due", delivery };
  }

  /** Whether a due delivery can go out: its post still wants it, its network is registered, its account may send now. */
  #screenPost(delivery: Delivery, post: Post | undefined, now: number): Decision | { readonly kind: "sendable"; readonly post: Post; readonly adapter: NetworkAdapter } {
    if (!post || post.state === "withdrawn" || post.state === "draft" || post.state === "in-review" || post.state === "rejected") {
      return { kind: "cancel", delivery, reason: `the post is ${post?.state ?? "gone"}` };
    }
    let adapter: NetworkAdapter;
    try {
      adapter = getNetworkAdapter(this.#ctx.registries, delivery.network);
    } catch (error) {
      return { kind: "no-adapter", delivery, error };
    }
    // A token taken here is not given back if the commit loses a race: the
    // account is then sent to a little slower, never faster.
    const slot = this.#bucket(adapter, delivery.channelId).take(now);
    if (!slot.ok) return { kind: "rate-limited", delivery, retryAt: slot.retryAt };
    return { kind: "sendable", post, adapter };
  }

  /** The delivery as claimed by this worker: in flight, with a lease. */
  #claimed(delivery: Delivery, now: number): Delivery {
    const at = formatInstant(now);
    return {
      ...delivery,
      state: "in-flight",
      lease: { owner: this.#options.workerId, until: formatInstant(now + this.#options.leaseMs) },
      attempts: delivery.attempts + 1,
      attemptStartedAt: at,
      // Found in flight with its lease run out: its worker died mid-call.
      mayHaveReachedNetwork: delivery.state === "in-flight" || delivery.mayHaveReachedNetwork === true,
      updatedAt: at,
      revision: delivery.revision + 1,
    };
  }

  /** Whether the claim also takes the post's step to "publishing" (its first delivery to go out). */
  #startsPost(post: Post): boolean {
    return post.state === "approved" || post.state === "scheduled";
  }

  /** Looks an earlier attempt up. True if that decided the delivery. */
  async #reconcile(claimed: Delivery, adapter: NetworkAdapter, known?: Channel): Promise<boolean> {
    try {
      const { context, channel } = await this.#callContext(claimed, adapter, known);
      const found = await this.#withTimeout((signal) =>
        adapter.lookup(
          {
            channel,
            idempotencyKey: claimed.idempotencyKey,
            text: claimed.payload.text,
            notBefore: new Date(Date.parse(claimed.createdAt) - 60_000).toISOString(),
            notAfter: this.#nowIso(),
          },
          { ...context, signal },
        ),
      );
      if (found.status === "found") {
        await this.#succeed(claimed, { remoteId: found.remoteId, ...(found.url ? { url: found.url } : {}) }, true);
        return true;
      }
      if (found.status === "unknown") {
        await this.#settle(
          claimed,
          { state: "uncertain", problem: { kind: "uncertain", code: "NETWORK_UNCERTAIN", message: this.#broker.scrub(`An earlier attempt may have reached ${adapter.displayName} and a lookup could not tell: ${found.reason}. Check the account, then retry or resolve.`), at: this.#nowIso() } },
          "delivery.uncertain",
        );
        return true;
      }
      return false; // not-found: the adapter promises it is not there; sending is safe
    } catch (error) {
      await this.#handleFailure(claimed, classifyThrown(error), adapter, { lookup: true });
      return true;
    }
  }

  async #publish(claimed: Delivery, adapter: NetworkAdapter, known?: Channel, refreshed = false): Promise<void> {
    let result: PublishResultV1;
    try {
      const { context, channel } = await this.#callContext(claimed, adapter, known);
      result = await this.#withTimeout((signal) =>
        adapter.publish(
          {
            deliveryId: claimed.id,
            idempotencyKey: claimed.idempotencyKey,
            channel,
            text: claimed.payload.text,
            language: claimed.payload.language,
            media: claimed.payload.media,
            links: claimed.payload.links,
            hashtags: claimed.payload.hashtags,
            options: claimed.payload.options,
            ...(claimed.payload.pillarId ? { pillarId: claimed.payload.pillarId } : {}),
            ...(claimed.payload.campaignId ? { campaignId: claimed.payload.campaignId } : {}),
          },
          { ...context, signal },
        ),
      );
    } catch (error) {
      if (PublishingError.isInstance(error, "NETWORK_CREDENTIALS_MISSING")) {
        await this.#fail(claimed, { kind: "credentials-missing", code: "NETWORK_CREDENTIALS_MISSING", message: (error as Error).message, at: this.#nowIso() });
        return;
      }
      const failure = classifyThrown(error);
      if (failure.kind === "authentication" && !refreshed && adapter.refreshCredentials) {
        try {
          const ref = { organisationId: this.#ctx.organisation.id, channelId: claimed.channelId };
          const channel = await this.#channelRef(claimed, adapter, known);
          const stale = await this.#broker.get(ref, adapter, channel);
          await this.#broker.refresh(ref, adapter, stale, channel);
          await this.#publish(claimed, adapter, known, true);
          return;
        } catch (refreshError) {
          await this.#handleFailure(claimed, classifyThrown(refreshError), adapter);
          return;
        }
      }
      await this.#handleFailure(claimed, failure, adapter);
      return;
    }
    await this.#succeed(claimed, result, false);
  }

  async #handleFailure(claimed: Delivery, failure: NetworkError, adapter: NetworkAdapter, options: { lookup?: boolean } = {}): Promise<void> {
    const problem = this.#problem(failure.kind, failure);
    if (failure.kind === "rate-limited" && failure.retryAfterMs !== undefined) {
      this.#bucket(adapter, claimed.channelId).blockUntil(this.#ctx.clock.now() + failure.retryAfterMs);
    }
    const final = !failure.isRetryable || claimed.attempts >= this.#options.retry.maxAttempts;
    if (final) {
      // "failed" promises a person that the post is not on the network. After
      // an attempt that may have reached it, that is looked up first.
      if (claimed.mayHaveReachedNetwork) {
        if (options.lookup) {
          await this.#settle(
            claimed,
            { state: "uncertain", problem: { ...problem, kind: "uncertain", message: `An earlier attempt may have reached ${adapter.displayName}, and looking it up failed: ${problem.message}` } },
            "delivery.uncertain",
          );
          return;
        }
        if (await this.#reconcile(claimed, adapter)) return;
      }
      await this.#fail(
        claimed,
        failure.isRetryable ? { ...problem, kind: "gave-up", message: `Gave up after ${claimed.attempts} attempts; the last: ${problem.message}` } : problem,
      );
      return;
    }
    const wait = backoffDelay(claimed.attempts, this.#options.retry, this.#options.random(), failure.retryAfterMs);
    const nextAttemptAt = formatInstant(this.#ctx.clock.now() + wait);
    // A 429 was refused before anything happened; a timeout or a 5xx may have
    // gone through, so the next attempt looks first (unless the network dedupes).
    const mayHaveReachedNetwork = claimed.mayHaveReachedNetwork === true || (!options.lookup && failure.kind !== "rate-limited");
    const next = await this.#settle(claimed, { state: "retrying", nextAttemptAt, problem, mayHaveReachedNetwork }, "delivery.retrying", { nextAttemptAt });
    if (next) {
      this.#enqueue(next);
      this.#arm();
    }
  }

  async #succeed(claimed: Delivery, result: PublishResultV1, reconciled: boolean): Promise<void> {
    await this.#settle(
      claimed,
      {
        state: "succeeded",
        remoteId: result.remoteId,
        ...(result.url ? { url: result.url } : {}),
        publishedAt: result.publishedAt ?? this.#nowIso(),
        reconciled,
        ...(result.warnings?.length ? { warnings: result.warnings } : {}),
      },
      "delivery.succeeded",
      { remoteId: result.remoteId, ...(result.url ? { url: result.url } : {}), reconciled },
    );
  }

  async #fail(delivery: Delivery, problem: DeliveryProblem): Promise<void> {
    await this.#settle(delivery, { state: "failed", problem }, "delivery.failed");
  }

  /** Writes the outcome of an attempt (the worker still holds the lease), audits final ones, emits the event. */
  async #settle(
    claimed: Delivery,
    change: Partial<Delivery>,
    event: "delivery.succeeded" | "delivery.failed" | "delivery.retrying" | "delivery.uncertain" | "delivery.blocked",
    extra: Record<string, unknown> = {},
  ): Promise<Delivery | undefined> {
    const next = this.#next(claimed, change);
    const audit: Omit<AuditEntryInput, "actor"> | undefined =
      event === "delivery.retrying"
        ? undefined
        : {
            action: event,
            subject: { type: "delivery", id: next.id },
            from: claimed.state,
            to: next.state,
            ...(next.problem ? { reason: next.problem.message } : {}),
            data: { postId: next.postId, channelId: next.channelId, attempts: next.attempts, ...(next.remoteId ? { remoteId: next.remoteId } : {}) },
          };
    const written = await this.#write(next, claimed.revision, audit, { kind: "system", id: "publishing-engine" });
    if (!written) {
      // The lease ran out and another worker took over: its outcome counts.
      this.#ctx.logger.warn("delivery was taken over while in flight", { deliveryId: claimed.id });
      return undefined;
    }
    this.#emit(event, next, { ...(next.problem && event !== "delivery.succeeded" ? { problem: next.problem } : {}), ...extra });
    written.emitPost();
    return next;
  }

  /** The delivery after an outcome: changed, one revision on, without a lease, with a problem only in a state that has one. */
  #next(delivery: Delivery, change: Partial<Delivery>): Delivery {
    // Left out by destructuring, not `delete`: a deleted property turns the
    // object into a slow dictionary, which JSON.stringify (in every save)
    // walks about 25% slower.
    const { lease: _lease, problem, ...rest } = { ...delivery, ...change };
    const kept = problem !== undefined && PROBLEM_STATES.includes(rest.state) ? { problem } : {};
    return { ...rest, ...kept, updatedAt: this.#nowIso(), revision: delivery.revision + 1 };
  }

  /** A person's or the system's final word on a delivery that is not in flight. */
  async #finish(delivery: Delivery, change: Partial<Delivery>, actor: { kind: "member" | "system"; id: string; name?: string }, reason: string): Promise<Delivery> {
    const next = this.#next(delivery, change);
    const audit = { action: `delivery.${next.state}`, subject: { type: "delivery", id: next.id }, from: delivery.state, to: next.state, reason, data: { postId: next.postId, channelId: next.channelId } };
    const written = await this.#write(next, delivery.revision, audit, actor);
    if (!written) {
      throw new KommuneError({ code: "CORE_CONFLICT", message: `Delivery "${delivery.id}" was changed meanwhile; reload it.` });
    }
    this.#queue.delete(delivery.id);
    if (next.state === "cancelled") this.#emit("delivery.cancelled", next, { reason });
    else if (next.state === "succeeded") this.#emit("delivery.succeeded", next, { remoteId: next.remoteId!, ...(next.url ? { url: next.url } : {}), reconciled: true });
    written.emitPost();
    return next;
  }

  /**
   * Saves a delivery at `expectedRevision` and, in the same transaction, its
   * audit entry and, once every delivery of the post is final, the post's
   * step to published (or back to approved): an outcome is never recorded
   * without its trace, nor a post left "publishing" after its last delivery
   * ended. Undefined if the delivery has moved on (another worker); else
   * `emitPost` sends the post's events, after the delivery's. A commit that
   * lost only a race (the audit log's head, the post) is tried again.
   */
  async #write(
    next: Delivery,
    expectedRevision: number,
    audit: Omit<AuditEntryInput, "actor"> | undefined,
    actor: AuditEntryInput["actor"],
  ): Promise<{ emitPost: () => void } | undefined> {
    const store = this.#ctx.store;
    const final = isFinal(next);
    const entry = (head: AuditHead | undefined) => createAuditEntry(head, this.#ctx.organisation.id, { ...audit!, actor }, this.#ctx.clock.now());
    for (let attempt = 1; ; attempt++) {
      try {
        if (store.syncTransaction) {
          return await store.syncTransaction((tx) => {
            tx.collection("deliveries").save(next, { expectedRevision });
            if (audit) tx.audit.append(entry(tx.audit.head()));
            return { emitPost: final ? this.#settlePostSync(tx, next) : () => {} };
          });
        }
        return await store.transaction(async (tx) => {
          // Compare-and-set: refused with CORE_CONFLICT if the delivery has moved on.
          await tx.collection("deliveries").save(next, { expectedRevision });
          if (audit) await tx.audit.append(entry(await tx.audit.head()));
          return { emitPost: final ? await this.#settlePost(tx, next) : () => {} };
        });
      } catch (error) {
        if (!KommuneError.isInstance(error, "CORE_CONFLICT")) throw error;
        // Another worker took the delivery over (its outcome counts), or only
        // a race for the post or the audit log's head was lost: then again.
        const current = await this.#deliveries().get(next.id);
        if (current?.revision !== expectedRevision) return undefined;
        if (attempt >= 8) throw error;
      }
    }
  }

  /**
   * In the transaction that ended a delivery: when every delivery of the post
   * is done, the post is published (one or more went out) or back to approved
   * (none did). Returns what emits the post's events after the commit.
   */
  // The post's deliveries are listed, not counted by state: one indexed
  // lookup by postId and a parse is cheaper on SQLite than a count whose
  // filter reads the state out of each document (18 against 28 µs, measured).
  async #settlePost(tx: TenantRepositories, ended: Delivery): Promise<() => void> {
    const all = await tx.collection("deliveries").list({ where: { postId: ended.postId } });
    // The step itself refuses a post that is not publishing (or is gone), without writing; see #settled.
    if (!all.every(isFinal)) return () => {};
    const step = all.some(succeeded)
      ? await this.#workflow().transitionWithin(tx, ended.postId, "mark-published", system)
      : await this.#workflow().transitionWithin(tx, ended.postId, "abort-publishing", system, { reason: this.#noneTook(all) });
    return this.#settled(ended.postId, step);
  }

  /** {@link #settlePost} inside the store's `syncTransaction`. */
  #settlePostSync(tx: SyncTenantRepositories, ended: Delivery): () => void {
    const all = tx.collection("deliveries").list({ where: { postId: ended.postId } });
    if (!all.every(isFinal)) return () => {};
    const step = all.some(succeeded)
      ? this.#workflow().transitionWithinSync(tx, ended.postId, "mark-published", system)
      : this.#workflow().transitionWithinSync(tx, ended.postId, "abort-publishing", system, { reason: this.#noneTook(all) });
    return this.#settled(ended.postId, step);
  }

  /** Why a post went back to approved: what became of each of its deliveries. */
  #noneTook(all: readonly Delivery[]): string {
    return `No channel took the post: ${all.map((d) => `${d.channelId} ${d.state}`).join(", ")}`;
  }

  /** A post no longer publishing (a person moved it on) or gone has nothing to settle; any other refusal is logged. */
  #settled(postId: string, step: StepWithin): () => void {
    if (!step.result.ok && step.result.refusal.code !== "invalid-state" && step.result.refusal.code !== "not-found") {
      this.#ctx.logger.warn("post could not be settled", { postId, refusal: step.result.refusal.code });
    }
    return step.emit;
  }

  // ---- helpers ----

  /** A failure as a person should see it; tokens an adapter let slip into a message are scrubbed. */
  #problem(kind: DeliveryProblem["kind"], error: unknown): DeliveryProblem {
    const e = error as Partial<NetworkError> & { message?: string; code?: string };
    return {
      kind,
      code: typeof e?.code === "string" ? e.code : "NETWORK_PERMANENT",
      message: this.#broker.scrub(typeof e?.message === "string" ? e.message : String(error)),
      ...(typeof e?.networkReason === "string" ? { networkReason: this.#broker.scrub(e.networkReason) } : {}),
      at: this.#nowIso(),
    };
  }

  /** What an adapter call needs; `known` is the channel if it was just read (in the claim's transaction). */
  async #callContext(delivery: Delivery, adapter: NetworkAdapter, known?: Channel): Promise<{ context: Omit<AdapterCallContextV1, "signal">; channel: ChannelRefV1 }> {
    const channel = await this.#channelRef(delivery, adapter, known);
    const credentials = await this.#broker.get({ organisationId: this.#ctx.organisation.id, channelId: delivery.channelId }, adapter, channel);
    let logger = this.#adapterLoggers.get(adapter.id);
    if (!logger) this.#adapterLoggers.set(adapter.id, (logger = this.#ctx.logger.child({ adapter: adapter.id })));
    return { context: { credentials, now: () => this.#ctx.clock.now(), logger }, channel };
  }

  async #channelRef(delivery: Delivery, adapter: NetworkAdapter, known?: Channel) {
    const channel = known ?? (await this.#ctx.store.channels.require(delivery.channelId));
    return { id: channel.id, handle: channel.handle, options: (channel.options[adapter.id] as Record<string, unknown> | undefined) ?? {} };
  }

  /**
   * Runs a call with an AbortSignal that fires after the call timeout (on the
   * engine's clock). One promise settled by whichever comes first, rather
   * than Promise.race over two: every delivery makes this call.
   */
  #withTimeout<T>(call: (signal: AbortSignal) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const controller = new AbortController();
      const cancel = this.#ctx.clock.setTimer(this.#ctx.clock.now() + this.#options.callTimeoutMs, () => {
        controller.abort();
        reject(new NetworkError({ kind: "retryable", message: `The call took longer than ${this.#options.callTimeoutMs} ms and was aborted.` }));
      });
      let pending: Promise<T>;
      try {
        pending = call(controller.signal);
      } catch (error) {
        cancel();
        reject(error);
        return;
      }
      Promise.resolve(pending).then(
        (value) => {
          cancel();
          resolve(value);
        },
        (error: unknown) => {
          cancel();
          reject(error);
        },
      );
    });
  }

  #bucket(adapter: NetworkAdapter, channelId: string): TokenBucket {
    const key = `${adapter.id}\u0000${channelId}`;
    let bucket = this.#buckets.get(key);
    if (!bucket) {
      const limits = adapter.capabilities.rateLimits.filter((l) => l.scope === "account" && (!l.operations || l.operations.includes("publish")));
      // The strictest documented limit, as requests per millisecond.
      const strictest = limits.reduce<(typeof limits)[number] | undefined>((a, b) => (!a || b.requests / b.perMilliseconds < a.requests / a.perMilliseconds ? b : a), undefined);
      bucket = strictest ? new TokenBucket(strictest.requests, strictest.perMilliseconds, this.#ctx.clock.now()) : new TokenBucket(Number.MAX_SAFE_INTEGER, 1, this.#ctx.clock.now());
      this.#buckets.set(key, bucket);
    }
    return bucket;
  }

  #adapterOrUndefined(network: string): NetworkAdapter | undefined {
    try {
      return getNetworkAdapter(this.#ctx.registries, network);
    } catch {
      return undefined;
    }
  }

  async #member(id: string, roles: readonly TeamMember["roles"][number][]): Promise<TeamMember> {
    const member = await this.#ctx.store.teamMembers.get(id);
    if (!member || !member.active || !member.roles.some((role) => roles.includes(role))) {
      throw new PublishingError("NETWORK_INVALID_STATE", `"${id}" is not an active team member with one of the roles ${roles.join(", ")}.`);
    }
    return member;
  }

  async #setPaused(paused: boolean, actor: TeamMember, reason?: string): Promise<void> {
    await this.#ctx.store.transaction(async (tx) => {
      const states = tx.collection("publishing-state");
      const current = await states.get("publishing");
      const next: PublishingState = {
        id: "publishing",
        organisationId: this.#ctx.organisation.id,
        paused,
        ...(reason ? { reason } : {}),
        by: actor.id,
        at: this.#nowIso(),
        revision: (current?.revision ?? 0) + 1,
      };
      await states.save(next, current ? { expectedRevision: current.revision } : {});
      const head = await tx.audit.head();
      await tx.audit.append(
        createAuditEntry(head, this.#ctx.organisation.id, { actor: { kind: "member", id: actor.id, name: actor.name }, action: paused ? "publishing.paused" : "publishing.resumed", subject: { type: "organisation", id: this.#ctx.organisation.id }, ...(reason ? { reason } : {}) }, this.#ctx.clock.now()),
      );
    });
  }

  #workflow() {
    return this.#ctx.workflow;
  }

  #deliveries() {
    return this.#ctx.store.collection("deliveries");
  }

  #emit<E extends "delivery.scheduled" | "delivery.started" | "delivery.succeeded" | "delivery.retrying" | "delivery.failed" | "delivery.uncertain" | "delivery.blocked" | "delivery.cancelled">(
    event: E,
    delivery: Delivery,
    extra: Record<string, unknown>,
  ): void {
    const data: DeliveryEventData = { deliveryId: delivery.id, postId: delivery.postId, channelId: delivery.channelId, network: delivery.network, state: delivery.state, attempts: delivery.attempts };
    this.#ctx.bus.emit(event, { ...data, ...extra } as never, { subject: delivery.id });
  }

  #nowIso(): string {
    return formatInstant(this.#ctx.clock.now());
  }
}
