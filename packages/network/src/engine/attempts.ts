import { describeError } from "../calls/describe-error.js";
import { formatInstant, type Channel, type QuietPeriod } from "@kommune-sm/core";
import type { CallOperation, CallService } from "../calls/call-service.js";
import type { AttemptMode } from "../outbox/claim.js";
import { quietPeriodProblem, usedUp } from "../outbox/claim.js";
import type { Delivery, DeliveryProblem, PostDelivery, ReplyDelivery, TakedownDelivery } from "../outbox/delivery.js";
import type { DeliveryAction } from "../outbox/delivery-transitions.js";
import { problemAt } from "../outbox/outbox-programs.js";
import { backoffDelay, type RetryPolicy } from "../scheduler/backoff.js";
import { checkMediaForChannel } from "../media/check-media-for-channel.js";
import { capabilitiesOfChannel, type StoredChannelCapabilities } from "../calls/channel-capabilities.js";
import type { MediaStore } from "../media/media-store.js";
import { AdapterDefectError, NetworkError, PublishingError, type ChannelRefV1, type NetworkAdapter } from "../spec/index.js";

/** What an attempt needs of the engine. */
export interface AttemptDeps {
  /** The one way to call a network. */
  readonly calls: CallService;
  /** The engine's clock (epoch ms). */
  readonly now: () => number;
  /** Jitter source in [0, 1). */
  readonly random: () => number;
  /** Backoff and the attempt limit. */
  readonly retry: Required<RetryPolicy>;
  /** The longest wait a network may ask for that the engine honours by itself (ms). */
  readonly maxRetryAfterMs: number;
  /**
   * How long one call may take before it is aborted (ms). With a lease
   * shorter than a call, a repeat's call may end after the lease: a network's
   * idempotency window must then hold until the call's deadline too.
   */
  readonly callTimeoutMs?: number;
  /** Writes a step of the claimed delivery (compare-and-set on its revision); undefined if another worker took it over. */
  readonly settle: (claimed: Delivery, action: DeliveryAction, set: Partial<Delivery>, reason?: string) => Promise<Delivery | undefined>;
  /**
   * Checks right before every call of the delivery: the stored crisis switch
   * (`NETWORK_PAUSED`), the engine still running (`NETWORK_STOPPED`), and,
   * before a publish, the post still wanting it (`NETWORK_CALL_CANCELLED`;
   * a lookup is what decides a delivery the post no longer wants).
   */
  readonly beforeCall: (delivery: Delivery, operation: CallOperation) => Promise<void>;
  /** How far the clocks of workers and networks may differ (ms); taken off an idempotency window. Default five minutes. */
  readonly clockSkewMs?: number;
  /** Where media are kept; when set, a post's media are checked against the channel before it is sent. */
  readonly media?: MediaStore;
  /** What the account said it can do (`capabilitiesFor`), for the media check against the account's own limits. */
  readonly channelCapabilities?: (channelId: string) => Promise<StoredChannelCapabilities | undefined>;
  /** The network asked to wait (429): no call that the limits of `operation` count goes to this account before `until`. */
  readonly holdAccount: (adapter: NetworkAdapter, channelId: string, operation: CallOperation, until: number) => void;
}

/**
 * One attempt of a claimed delivery, in the mode the claim decided (see
 * {@link AttemptMode}): the calls through the call service, and the
 * outcome written as a step of the outbox's state machine. Every failure
 * ends in a step a person can read; nothing an adapter does makes an
 * attempt loop or stall.
 */
export class Attempt {
  /** Whether the delivery may be on the network: from earlier attempts, cleared by a lookup that found nothing. */
  #mayHaveReached: boolean;
  /** While `#mayHaveReached`: when the first attempt began that may have reached the network (the delivery's `firstDoubtAt`). */
  #doubtSince: string | undefined;
  /** The operation under way, for what a failure means. */
  #operation: CallOperation = "lookup";
  /** Whether the current operation's adapter call started (its checks passed): only then may it have reached the network. */
  #started = false;
  /** Epoch ms until which a repeat may rely on the network still holding its key; set when the attempt repeats without a lookup. */
  #keyHeldUntil: number | undefined;
  /** Runs the engine's checks right before a call, and notes that the call starts. */
  readonly #beforeCall = async (): Promise<void> => {
    await this.deps.beforeCall(this.claimed, this.#operation);
    // A repeat relying on the network's key: checked again right before every call (a refresh or a slow vault may have used the time up).
    if (this.#keyHeldUntil !== undefined && (this.#operation === "publish" || this.#operation === "reply") && this.deps.now() + (this.deps.callTimeoutMs ?? 0) >= this.#keyHeldUntil) {
      throw new NetworkError({ kind: "retryable", message: "The network may forget the idempotency key before this call ends; the next attempt looks the earlier one up first." });
    }
    this.#started = true;
  };

  constructor(
    private readonly deps: AttemptDeps,
    private readonly claimed: Delivery,
    private readonly mode: AttemptMode,
    private readonly adapter: NetworkAdapter,
    private readonly channel: ChannelRefV1,
  ) {
    this.#mayHaveReached = claimed.mayHaveReachedNetwork === true;
    // A delivery written before `firstDoubtAt` existed counts from when it was made: no attempt began earlier.
    this.#doubtSince = this.#mayHaveReached ? (claimed.firstDoubtAt ?? claimed.createdAt) : undefined;
  }

  /** Runs the attempt to its outcome. */
  async run(): Promise<void> {
    try {
      if (this.claimed.kind === "takedown") {
        await (this.mode.kind === "give-up" ? this.#giveUp() : this.#takedown(this.claimed));
        return;
      }
      const delivery = this.claimed;
      switch (this.mode.kind) {
        case "send":
          await (delivery.kind === "reply" ? this.#sendReply(delivery) : this.#send(delivery, this.mode.blockedBy));
          return;
        case "cancel":
          await this.#lookupThenCancel(delivery, this.mode.reason);
          return;
        case "give-up":
          await this.#giveUp();
          return;
      }
    } catch (error) {
      // The store failed while recording an outcome: not the network's doing.
      // The delivery stays claimed; its lease running out brings it back (and a lookup first).
      if (error instanceof StoreFailure) throw error.cause;
      try {
        await this.#failed(error);
      } catch (inner) {
        throw inner instanceof StoreFailure ? inner.cause : inner;
      }
    }
  }

  async #send(delivery: PostDelivery, blockedBy: readonly QuietPeriod[] | undefined): Promise<void> {
    if (blockedBy && blockedBy.length > 0 && this.#mayHaveReached) {
      // No repeat follows, so the network's key spares nothing: only a lookup tells whether the earlier attempt is online.
      try {
        if (await this.#lookUp(delivery)) return;
      } catch (error) {
        if (!NetworkError.isNetworkError(error) || error.kind !== "unsupported") throw error;
      }
    } else if (await this.#lookUpBeforeRepeat(delivery)) return;
    if (blockedBy && blockedBy.length > 0) {
      await this.#step("block", { problem: quietPeriodProblem(blockedBy, this.deps.now()), ...this.#reached(this.#mayHaveReached) });
      return;
    }
    if (this.deps.media && delivery.payload.media.length > 0) {
      // Before the call: a medium missing from the store, of another kind than declared or too large for the channel goes nowhere.
      const own = await this.deps.channelCapabilities?.(delivery.channelId);
      const capabilities = capabilitiesOfChannel(this.adapter, { network: delivery.network, handle: this.channel.handle, options: { [this.adapter.id]: this.channel.options } }, own);
      const problems = (await checkMediaForChannel(delivery.payload.media, capabilities.media, this.deps.media)).filter((p) => p.severity === "error");
      if (problems.length > 0) {
        await this.#step("fail", { problem: this.#problem("rejected-content", "NETWORK_MEDIA_INVALID", `The post's media cannot go to ${this.adapter.displayName}: ${problems.map((p) => p.message).join("; ")}`) });
        return;
      }
    }
    this.#begin("publish");
    const result = await this.deps.calls.publish({
      target: this.#target(),
      adapter: this.adapter,
      channel: this.channel,
      beforeCall: this.#beforeCall,
      invoke: (context) =>
        this.adapter.publish(
          {
            deliveryId: delivery.id,
            idempotencyKey: delivery.idempotencyKey,
            channel: this.channel,
            text: delivery.payload.text,
            ...(delivery.payload.contentWarning !== undefined ? { contentWarning: delivery.payload.contentWarning } : {}),
            language: delivery.payload.language,
            media: delivery.payload.media,
            links: delivery.payload.links,
            hashtags: delivery.payload.hashtags,
            options: delivery.payload.options,
            ...(delivery.payload.pillarId ? { pillarId: delivery.payload.pillarId } : {}),
            ...(delivery.payload.campaignId ? { campaignId: delivery.payload.campaignId } : {}),
          },
          context,
        ),
    });
    await this.#step("succeed", {
      remoteId: result.remoteId,
      ...(result.url ? { url: result.url } : {}),
      publishedAt: this.#networkTime(result.publishedAt) ?? formatInstant(this.deps.now()),
      reconciled: false,
      ...(result.warnings?.length ? { warnings: result.warnings } : {}),
    } as Partial<PostDelivery>);
  }

  async #sendReply(delivery: ReplyDelivery): Promise<void> {
    if (await this.#lookUpBeforeRepeat(delivery)) return;
    this.#begin("reply");
    const result = await this.deps.calls.reply({
      target: this.#target(),
      adapter: this.adapter,
      channel: this.channel,
      beforeCall: this.#beforeCall,
      tokenTaken: true,
      request: { channel: this.channel, inReplyToRemoteId: delivery.payload.inReplyToRemoteId, text: delivery.payload.text, idempotencyKey: delivery.idempotencyKey },
    });
    await this.#step("succeed", {
      remoteId: result.remoteId,
      ...(result.url ? { url: result.url } : {}),
      publishedAt: this.#networkTime(result.publishedAt) ?? formatInstant(this.deps.now()),
      reconciled: false,
    } as Partial<ReplyDelivery>);
  }

  /**
   * Before a publish or reply that repeats one which may have reached the
   * network: looks it up, unless the network dedupes by key itself and
   * still holds the key. True if that decided the delivery.
   *
   * A key is held for `idempotencyWindowMs` (Mastodon: one hour) from when
   * the network took it, which is no earlier than `#doubtSince`. The repeat
   * is safe only if its call is over before then: the lease (by default
   * twice the call timeout) and the call's own deadline end it, so both must
   * lie inside the window. Past it,
   * an adapter that cannot look up leaves the delivery uncertain for a
   * person: a second post from a town hall is worse than a question.
   */
  async #lookUpBeforeRepeat(delivery: PostDelivery | ReplyDelivery): Promise<boolean> {
    if (!this.#mayHaveReached) return false;
    const { idempotency, idempotencyWindowMs } = this.adapter.capabilities;
    if (idempotency !== "native") return this.#lookUp(delivery);
    if (idempotencyWindowMs === undefined || this.#doubtSince === undefined) return false;
    const now = this.deps.now();
    const callsEndBy = Math.max(this.claimed.lease ? Date.parse(this.claimed.lease.until) : 0, now + (this.deps.callTimeoutMs ?? 0));
    const doubtMs = Date.parse(this.#doubtSince);
    // Clocks of workers differ and are corrected: a margin off the window, and a first doubt dated in the future is not trusted at all.
    const keyKeptUntil = doubtMs > now ? Number.NaN : doubtMs + idempotencyWindowMs - (this.deps.clockSkewMs ?? 5 * 60_000);
    // An unreadable instant (NaN) compares false: then look up, the safe side.
    if (callsEndBy < keyKeptUntil) {
      this.#keyHeldUntil = keyKeptUntil;
      return false;
    }
    try {
      return await this.#lookUp(delivery);
    } catch (error) {
      if (!NetworkError.isNetworkError(error) || error.kind !== "unsupported") throw error;
      const name = this.adapter.displayName;
      await this.#doubt(
        `An earlier attempt may have reached ${name} at ${this.#doubtSince}, longer ago than the ${describeDuration(idempotencyWindowMs)} for which ${name} keeps an idempotency key, and the adapter cannot look posts up: sending again could post twice. Check the account, then resolve (published, or not published).`,
      );
      return true;
    }
  }

  /** The fields that say whether the delivery may be on the network, and since when. */
  #reached(reached: boolean): Pick<Delivery, "mayHaveReachedNetwork" | "firstDoubtAt"> {
    if (!reached) return { mayHaveReachedNetwork: false };
    // Newly in doubt: the attempt under way began no later than its call.
    this.#doubtSince ??= this.claimed.attemptStartedAt ?? formatInstant(this.deps.now());
    return { mayHaveReachedNetwork: true, firstDoubtAt: this.#doubtSince };
  }

  /**
   * Looks an earlier attempt up. True if that decided the delivery (found:
   * succeeded; unknown: uncertain); false if the post (or reply) is
   * certainly not on the network, and sending is safe.
   */
  async #lookUp(delivery: PostDelivery | ReplyDelivery): Promise<boolean> {
    this.#begin("lookup");
    const found = await this.#lookupCall(delivery.idempotencyKey, delivery.payload.text, formatInstant(Date.parse(delivery.createdAt) - 60_000), delivery.kind === "reply" ? delivery.payload.inReplyToRemoteId : undefined);
    if (found.status === "found") {
      // When it went out: as the network says, else when the attempt that may have sent it began (a reply's first response is dated by it), never later than now.
      const wentOut = this.#networkTime(found.publishedAt) ?? (this.#doubtSince !== undefined ? formatInstant(Math.min(Date.parse(this.#doubtSince), this.deps.now())) : formatInstant(this.deps.now()));
      await this.#step("succeed", { remoteId: found.remoteId, ...(found.url ? { url: found.url } : {}), publishedAt: wentOut, reconciled: true } as Partial<PostDelivery | ReplyDelivery>);
      return true;
    }
    if (found.status === "unknown") {
      await this.#doubt(`An earlier attempt may have reached ${this.adapter.displayName} and a lookup could not tell: ${found.reason}. Check the account, then retry or resolve.`);
      return true;
    }
    this.#mayHaveReached = false;
    this.#doubtSince = undefined;
    return false;
  }

  async #lookupThenCancel(delivery: PostDelivery | ReplyDelivery, reason: string): Promise<void> {
    if (await this.#lookUp(delivery)) return;
    await this.#step("cancel", { mayHaveReachedNetwork: false }, `${reason}; a lookup found it was not on the network`);
  }

  async #giveUp(): Promise<void> {
    const attempts = this.claimed.attempts - 1 - (this.claimed.attemptsAtRetry ?? 0);
    if (this.claimed.kind === "takedown") {
      await this.#step("fail", { problem: this.#problem("gave-up", "NETWORK_RETRYABLE", `Could not remove the post after ${attempts} attempts; remove it by hand on channel "${this.claimed.channelId}", then resolve, or retry.`) });
      return;
    }
    if (this.#mayHaveReached && (await this.#lookUp(this.claimed))) return;
    await this.#step("fail", { problem: this.#problem("gave-up", "NETWORK_RETRYABLE", `Gave up after ${attempts} attempts.`), mayHaveReachedNetwork: false });
  }

  async #takedown(takedown: TakedownDelivery): Promise<void> {
    let remoteId = takedown.target.remoteId;
    if (remoteId === undefined) {
      this.#begin("lookup");
      const found = await this.#lookupCall(takedown.target.idempotencyKey, takedown.target.text, takedown.target.notBefore);
      if (found.status === "not-found") {
        await this.#step("succeed", { notFound: true, removedAt: formatInstant(this.deps.now()) } as Partial<TakedownDelivery>);
        return;
      }
      if (found.status === "unknown") {
        await this.#doubt(`It cannot be told whether the post is on ${this.adapter.displayName}: ${found.reason}. Check the account, remove it by hand if it is there, then resolve.`);
        return;
      }
      remoteId = found.remoteId;
    }
    this.#begin("delete");
    const id = remoteId;
    await this.deps.calls.delete({
      target: this.#target(),
      adapter: this.adapter,
      channel: this.channel,
      beforeCall: this.#beforeCall,
      invoke: (context) => this.adapter.delete({ channel: this.channel, remoteId: id }, context),
    });
    await this.#step("succeed", { removedAt: formatInstant(this.deps.now()), target: { ...takedown.target, remoteId: id } } as Partial<TakedownDelivery>);
  }

  #begin(operation: CallOperation): void {
    this.#operation = operation;
    this.#started = false;
  }

  #lookupCall(idempotencyKey: string, text: string, notBefore: string, inReplyToRemoteId?: string) {
    return this.deps.calls.lookup({
      target: this.#target(),
      adapter: this.adapter,
      channel: this.channel,
      beforeCall: this.#beforeCall,
      invoke: (context) => this.adapter.lookup({ channel: this.channel, idempotencyKey, text, ...(inReplyToRemoteId !== undefined ? { inReplyToRemoteId } : {}), notBefore, notAfter: formatInstant(this.deps.now()) }, context),
    });
  }

  /** A time the network reported, never later than now (a network's clock far ahead must not date a first response in the future). */
  #networkTime(reported: string | undefined): string | undefined {
    if (reported === undefined) return undefined;
    const ms = Date.parse(reported);
    return Number.isFinite(ms) ? formatInstant(Math.min(ms, this.deps.now())) : undefined;
  }

  /** What a failure of this attempt means for the delivery. */
  async #failed(error: unknown): Promise<void> {
    const { deps, claimed } = this;
    const now = deps.now();
    if (PublishingError.isInstance(error, "NETWORK_PAUSED") || PublishingError.isInstance(error, "NETWORK_CALL_CANCELLED")) {
      // Stopped before the call (paused, or the post no longer wants it): no
      // call was made, so no attempt is counted; the next claim decides.
      await this.#step("release", { attempts: claimed.attempts - 1, nextAttemptAt: formatInstant(now), ...this.#reached(this.#mayHaveReached) });
      return;
    }
    const operationReaches = this.#started && (this.#operation === "publish" || this.#operation === "delete" || this.#operation === "reply");
    if (PublishingError.isInstance(error, "NETWORK_STOPPED")) {
      await this.#step("retry-later", { nextAttemptAt: formatInstant(now), ...this.#reached(this.#mayHaveReached || operationReaches), problem: this.#problem("retryable", "NETWORK_STOPPED", (error as Error).message) });
      return;
    }
    if (AdapterDefectError.isAdapterDefect(error)) {
      const reached = this.#mayHaveReached || error.operation === "publish" || error.operation === "delete" || error.operation === "reply";
      const problem = this.#problem("adapter-defect", "NETWORK_ADAPTER_DEFECT", `${error.message} A developer must fix the adapter; ${reached ? "the call may have reached the network: check the account, then retry or resolve" : "nothing was sent"}.`);
      await this.#step(reached ? "doubt" : "fail", { problem, ...this.#reached(reached) });
      return;
    }
    if (PublishingError.isInstance(error, "NETWORK_CREDENTIALS_MISSING") || PublishingError.isInstance(error, "NETWORK_CREDENTIALS_INVALID")) {
      const kind = PublishingError.isInstance(error, "NETWORK_CREDENTIALS_MISSING") ? "credentials-missing" : "credentials-invalid";
      const problem = this.#problem(kind, (error as PublishingError).code, this.deps.calls.scrubber.scrub((error as Error).message));
      await this.#step(this.#mayHaveReached ? "doubt" : "fail", { problem });
      return;
    }
    const failure = NetworkError.isNetworkError(error) ? error : new NetworkError({ kind: "permanent", message: this.deps.calls.scrubber.scrub(describeError(error)) });
    if (claimed.kind === "takedown" && this.#operation === "delete" && failure.kind === "not-found") {
      // Already gone: what a takedown wants.
      await this.#step("succeed", { removedAt: formatInstant(now) } as Partial<TakedownDelivery>);
      return;
    }
    // A 429 or a refusal came before anything happened; a timeout or a 5xx may have gone through.
    const reached = this.#mayHaveReached || (operationReaches && failure.kind === "retryable");
    const problem = this.#problem(failure.kind, failure.code, failure.message, failure.networkReason);
    if (failure.retryAfterMs !== undefined && failure.isRetryable) {
      if (failure.kind === "rate-limited") deps.holdAccount(this.adapter, claimed.channelId, this.#operation, now + Math.min(failure.retryAfterMs, deps.maxRetryAfterMs));
      // Any wait the network asks for (a 429, a 503 with Retry-After) above the cap waits for a person.
      if (failure.retryAfterMs > deps.maxRetryAfterMs) {
        await this.#step("block", {
          ...this.#reached(reached),
          problem: { ...problem, message: `${this.adapter.displayName} asked to wait ${describeWait(now, failure.retryAfterMs)}, longer than the ${Math.round(deps.maxRetryAfterMs / 60_000)} minutes the engine waits by itself. Retry after that time, or cancel.` },
        });
        return;
      }
    }
    const final = !failure.isRetryable || usedUp(claimed, deps.retry.maxAttempts);
    if (!final) {
      const wait = backoffDelay(claimed.attempts, deps.retry, deps.random(), failure.retryAfterMs);
      await this.#step("retry-later", { nextAttemptAt: formatInstant(now + wait), problem, ...this.#reached(reached) });
      return;
    }
    if (claimed.kind === "takedown") {
      await this.#step("fail", { problem: { ...problem, message: `The post could not be removed: ${problem.message} It may still be online; retry, or remove it by hand and resolve.` } });
      return;
    }
    // "failed" promises a person that the post is not on the network. After
    // an attempt that may have reached it, that is looked up first.
    if (reached) {
      if (this.#operation === "lookup") {
        await this.#doubt(`An earlier attempt may have reached ${this.adapter.displayName}, and looking it up failed: ${problem.message}`, problem);
        return;
      }
      try {
        if (await this.#lookUp(claimed)) return;
      } catch (lookupError) {
        const why = NetworkError.isNetworkError(lookupError) || AdapterDefectError.isAdapterDefect(lookupError) ? (lookupError as Error).message : describeError(lookupError);
        await this.#doubt(`An attempt may have reached ${this.adapter.displayName}, and looking it up failed: ${this.deps.calls.scrubber.scrub(why)}`, problem);
        return;
      }
    }
    await this.#step("fail", {
      mayHaveReachedNetwork: false,
      problem: failure.isRetryable ? { ...problem, kind: "gave-up", message: `Gave up after ${claimed.attempts - (claimed.attemptsAtRetry ?? 0)} attempts; the last: ${problem.message}` } : problem,
    });
  }

  async #doubt(message: string, from?: DeliveryProblem): Promise<void> {
    const problem = { ...(from ?? this.#problem("uncertain", "NETWORK_UNCERTAIN", message)), kind: "uncertain" as const, code: "NETWORK_UNCERTAIN", message: this.deps.calls.scrubber.scrub(message) };
    await this.#step("doubt", { problem, ...this.#reached(true) });
  }

  #problem(kind: DeliveryProblem["kind"], code: string, message: string, networkReason?: string): DeliveryProblem {
    const scrub = (text: string) => this.deps.calls.scrubber.scrub(text);
    return problemAt({ kind, code, message: scrub(message), ...(networkReason !== undefined ? { networkReason: scrub(networkReason) } : {}) }, this.deps.now());
  }

  async #step(action: DeliveryAction, set: Partial<Delivery>, reason?: string): Promise<Delivery | undefined> {
    try {
      return await this.deps.settle(this.claimed, action, set, reason);
    } catch (error) {
      throw new StoreFailure(error);
    }
  }

  #target() {
    return { deliveryId: this.claimed.id, ...(this.claimed.postId !== undefined ? { postId: this.claimed.postId } : {}), channelId: this.claimed.channelId };
  }
}

/** A failure of the store while an outcome was recorded, carried past the attempt's own failure handling. */
class StoreFailure {
  constructor(readonly cause: unknown) {}
}

/** "until <instant>", or, past what a date can hold, "<n> days". */
function describeWait(now: number, ms: number): string {
  const until = now + ms;
  // Date's range ends at ±8.64e15 ms.
  return Math.abs(until) <= 8.64e15 ? `until ${formatInstant(until)}` : `${Math.round(ms / 86_400_000).toLocaleString("en-US")} days`;
}

/** "1 hour", "90 minutes", "45 seconds" or "1,500 ms": a window as a person reads it. */
function describeDuration(ms: number): string {
  const unit = (count: number, name: string) => `${count.toLocaleString("en-US")} ${name}${count === 1 ? "" : "s"}`;
  if (ms % 3_600_000 === 0) return unit(ms / 3_600_000, "hour");
  if (ms % 60_000 === 0) return unit(ms / 60_000, "minute");
  if (ms % 1_000 === 0) return unit(ms / 1_000, "second");
  return `${ms.toLocaleString("en-US")} ms`;
}

/** The channel as an adapter sees it. */
export function channelRefOf(channel: Channel, adapter: NetworkAdapter): ChannelRefV1 {
  return { id: channel.id, handle: channel.handle, options: (channel.options[adapter.id] as Record<string, unknown> | undefined) ?? {} };
}
