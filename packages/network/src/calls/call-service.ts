import { KommuneError, type Clock, type Logger } from "@kommune-sm/core";
import type { SecretRef, SecretsPort } from "../secrets/secrets-port.js";
import type { CallOutcome } from "./account-connections.js";
import {
  AdapterDefectError,
  checkChannelCapabilities,
  checkInteractionsPage,
  checkLookupResult,
  checkMetricSamples,
  checkProfile,
  checkPublishResult,
  classifyThrown,
  NetworkError,
  PublishingError,
  type AdapterCallContextV1,
  type ChannelRefV1,
  type CredentialsV1,
  type ChannelCapabilitiesV1,
  type CheckedInteractionsPageV1,
  type InteractionsRequestV1,
  type LookupResultV1,
  type MetricSampleV1,
  type MetricsRequestV1,
  type NetworkAdapter,
  type ProfileV1,
  type PublishResultV1,
  type ReplyRequestV1,
} from "../spec/index.js";
import { CredentialBroker } from "./credential-broker.js";
import { SecretScrubber } from "./secret-scrubber.js";
import { scrubbingLogger } from "./scrubbing-logger.js";
import { MediaStoreError } from "../media/media-store-error.js";
import type { MediaStore } from "../media/media-store.js";
import { RateBudgetError, RateBudgets, WRITING_OPERATIONS, type CallOperation } from "./rate-budgets.js";
import { withDeadline } from "./with-deadline.js";

export type { CallOperation } from "./rate-budgets.js";

/** What a call is for: an account (channel), and the delivery of the outbox it serves, if any. */
export interface CallTarget {
  /** The channel (account) called. */
  readonly channelId: string;
  /** The delivery the call serves; absent for reads (collecting, profiles). */
  readonly deliveryId?: string;
  /** The post the delivery belongs to. */
  readonly postId?: string;
}

/** A network call under way, as `pause()` and `stop()` report it. */
export interface RunningCall extends CallTarget {
  /** The adapter operation. */
  readonly operation: CallOperation;
  /** The adapter id. */
  readonly network: string;
  /** Epoch ms when the call started. */
  readonly startedAt: number;
}

/** Options of a {@link CallService}. */
export interface CallServiceOptions {
  /** The organisation whose accounts are called. */
  readonly organisationId: string;
  /** Where credentials come from. */
  readonly secrets: SecretsPort;
  /** Deadlines and `now()` for adapters. */
  readonly clock: Clock;
  /** The engine's logger; adapters get a child named after them. Everything passes the scrubber. */
  readonly logger: Logger;
  /** How long one adapter call (a vault read, a refresh) may take (ms). */
  readonly callTimeoutMs: number;
  /** The accounts' rate budgets; default one of this service's own. Share one across organisations that use one app registration. */
  readonly rateBudgets?: RateBudgets;
  /**
   * The longest wait a 429 on a call of this service holds the account for
   * (ms); default one hour, as the outbox's `maxRetryAfterMs`. A longer
   * Retry-After (a misparsed header, a month) must not stop publishing on
   * the account for that long.
   */
  readonly maxHoldMs?: number;
  /** The media store adapters read media from (`context.media`). */
  readonly media?: MediaStore;
  /**
   * Told after every call whether the network accepted the account's
   * credentials (the engine keeps "reconnect" tasks from it; see
   * `AccountConnections`). Must not throw; it is not awaited.
   */
  readonly onOutcome?: (outcome: CallOutcome) => void;
}

interface Running extends RunningCall {
  readonly controller: AbortController;
  /** False while the call prepares (credentials, checks); true once the adapter was called. */
  started: boolean;
  startedAt: number;
}

/** One call: which operation of which adapter, for what, and how to check its result. */
interface CallSpec<R> {
  readonly operation: CallOperation;
  readonly target: CallTarget;
  readonly adapter: NetworkAdapter;
  readonly channel: ChannelRefV1;
  readonly invoke: (context: AdapterCallContextV1) => Promise<unknown>;
  readonly check: (raw: unknown) => R;
  /** Runs after the credentials are ready and right before the call starts (the engine checks the stored pause switch here). */
  readonly beforeCall?: () => Promise<void>;
  /** True when the caller took the call's token from the rate budget itself (the outbox does, in its claim). */
  readonly tokenTaken?: boolean;
  /** The caller's own signal: when it aborts, the call is stopped (before it starts) or aborted (under way). */
  readonly signal?: AbortSignal;
}

/** What every call names: the account, the adapter, and the delivery it serves if any. */
export type CallBasics = Pick<CallSpec<unknown>, "target" | "adapter" | "channel" | "beforeCall" | "tokenTaken" | "signal">;

/**
 * The one way kommune-sm calls a network, per organisation — publishing,
 * takedowns, lookups, replies, collecting and profile reads alike:
 * credentials from the secrets port (through the broker, refreshed once on
 * an authentication failure, serialised per account), a deadline with its
 * signal aborted on every call (a refresh and a vault read included), the
 * account's rate budget per operation (reads leave a reserved share to
 * writes), the crisis gate that no writing call passes while publishing is
 * paused (reads go on: the inbox matters most in a crisis), a register of
 * the calls under way, the check of every result against the spec, and the
 * scrubbing of every known secret from results, errors and log lines.
 *
 * Nothing an adapter returns or throws leaves here unchecked: a malformed
 * result, something thrown that is not a failure the spec describes, or a
 * secret in a remote id become an {@link AdapterDefectError}.
 */
export class CallService {
  /** Knows every credential handed out; the engine passes everything it stores, emits or logs through it. */
  readonly scrubber = new SecretScrubber();
  /** The accounts' rate budgets, per declared limit and operation. */
  readonly budgets: RateBudgets;
  readonly #options: CallServiceOptions;
  readonly #broker: CredentialBroker;
  readonly #logger: Logger;
  readonly #adapterLoggers = new Map<string, Logger>();
  readonly #running = new Map<number, Running>();
  #nextId = 1;
  #paused = false;
  #stopping = new AbortController();

  constructor(options: CallServiceOptions) {
    this.#options = options;
    this.#logger = scrubbingLogger(options.logger, this.scrubber);
    this.budgets = options.rateBudgets ?? new RateBudgets();
    this.#broker = new CredentialBroker({ secrets: options.secrets, clock: options.clock, logger: this.#logger, scrubber: this.scrubber, timeoutMs: options.callTimeoutMs });
  }

  /** The engine's logger, scrubbing every known secret out of messages and fields. */
  get logger(): Logger {
    return this.#logger;
  }

  /** True while the crisis gate is closed: no writing call (publish, delete, lookup, reply) starts. */
  get paused(): boolean {
    return this.#paused;
  }

  /** Closes the gate at once: from now on no writing call of this service starts, until {@link resume}; reads go on. */
  pause(): void {
    this.#paused = true;
  }

  /** Opens the gate again. */
  resume(): void {
    this.#paused = false;
  }

  /** The calls under way right now (adapter called; not those still preparing, which the gate will stop). */
  running(): RunningCall[] {
    const calls: RunningCall[] = [];
    for (const { controller: _controller, started, ...call } of this.#running.values()) if (started) calls.push(call);
    return calls;
  }

  /**
   * Stops the calls that `which` picks: one still preparing never starts
   * (`NETWORK_CALL_CANCELLED`); one under way is aborted and fails with
   * `reason` (retryable: it may have reached the network).
   */
  abort(which: (call: RunningCall) => boolean, reason: string): void {
    for (const call of this.#running.values()) {
      if (!which(call)) continue;
      call.controller.abort(
        call.started
          ? new NetworkError({ kind: "retryable", message: `${reason}; the call may have reached the network.` })
          : new PublishingError("NETWORK_CALL_CANCELLED", `${reason}; the call was stopped before it started.`),
      );
    }
  }

  /**
   * Aborts every call under way and every one still preparing (a vault read,
   * a refresh), with `NETWORK_STOPPED`; new calls fail the same way until
   * {@link restart}.
   */
  stop(reason: string): void {
    const stopped = new PublishingError("NETWORK_STOPPED", `${reason}; calls under way were aborted and may have reached the network.`);
    this.#stopping.abort(stopped);
    for (const call of this.#running.values()) call.controller.abort(stopped);
  }

  /** Lets calls start again after {@link stop}. */
  restart(): void {
    if (this.#stopping.signal.aborted) this.#stopping = new AbortController();
  }

  /** Takes room in the budget of this organisation's account `channelId` for `operation` (the outbox's claim does, before it calls). */
  takeBudget(adapter: NetworkAdapter, channelId: string, operation: CallOperation, now: number): ReturnType<RateBudgets["take"]> {
    return this.budgets.take(adapter, RateBudgets.accountOf(this.#options.organisationId, channelId), operation, now);
  }

  /** Holds the account after a 429 until `until`, at most `maxHoldMs` from now. */
  holdBudget(adapter: NetworkAdapter, channelId: string, operation: CallOperation, until: number, now: number): void {
    const capped = Math.min(until, now + (this.#options.maxHoldMs ?? 3_600_000));
    this.budgets.blockUntil(adapter, RateBudgets.accountOf(this.#options.organisationId, channelId), operation, capped, now);
  }

  /** Publishes, for the outbox (whose claim took the rate-budget token); the result is checked against the spec and scrubbed. */
  publish(spec: Omit<CallSpec<PublishResultV1>, "check" | "operation" | "tokenTaken">): Promise<PublishResultV1> {
    return this.#run({ ...spec, tokenTaken: true, operation: "publish", check: (raw) => this.#cleanPublishResult(spec.adapter.id, raw) });
  }

  /** Looks an earlier publish up; the answer is checked against the spec and scrubbed. */
  lookup(spec: Omit<CallSpec<LookupResultV1>, "check" | "operation" | "tokenTaken">): Promise<LookupResultV1> {
    return this.#run({ ...spec, tokenTaken: true, operation: "lookup", check: (raw) => this.#cleanLookupResult(spec.adapter.id, raw) });
  }

  /** Deletes a published post; what `delete` resolves with is ignored. */
  delete(spec: Omit<CallSpec<void>, "check" | "operation" | "tokenTaken">): Promise<void> {
    return this.#run({ ...spec, tokenTaken: true, operation: "delete", check: () => undefined });
  }

  /** Answers a citizen; the result is checked like a publish result and scrubbed. */
  reply(spec: CallBasics & { readonly request: ReplyRequestV1 }): Promise<PublishResultV1> {
    const { request, ...basics } = spec;
    return this.#run({ ...basics, operation: "reply", invoke: (context) => spec.adapter.reply(request, context), check: (raw) => this.#cleanPublishResult(spec.adapter.id, raw, "reply") });
  }

  /**
   * A page of interactions after a cursor; its frame checked against the
   * spec as a whole, its items one by one (those that break the rules, or
   * carry a credential in their remote id, are left out and listed in
   * `refused`), and everything scrubbed.
   */
  fetchInteractions(spec: CallBasics & { readonly request: InteractionsRequestV1 }): Promise<CheckedInteractionsPageV1> {
    const { request, ...basics } = spec;
    return this.#run({
      ...basics,
      operation: "interactions",
      invoke: (context) => spec.adapter.fetchInteractions(request, context),
      check: (raw) => {
        const page = checkInteractionsPage(spec.adapter.id, raw);
        // A remote id is what a reply answers: one with a token in it can be neither stored nor cleaned.
        const leaky = page.interactions.filter((i) => this.scrubber.finds(i.remoteId) || (i.inReplyToRemoteId !== undefined && this.scrubber.finds(i.inReplyToRemoteId)));
        const kept = leaky.length === 0 ? page.interactions : page.interactions.filter((i) => !leaky.includes(i));
        const refused = [...page.refused, ...leaky.map(() => ({ reason: "its remote id contains a credential" }))];
        return this.scrubber.scrubDeep({ ...page, interactions: kept, refused }) as CheckedInteractionsPageV1;
      },
    });
  }

  /** Metric samples since an instant; checked against the spec and scrubbed. */
  fetchMetrics(spec: CallBasics & { readonly request: MetricsRequestV1 }): Promise<readonly MetricSampleV1[]> {
    const { request, ...basics } = spec;
    return this.#run({
      ...basics,
      operation: "metrics",
      invoke: (context) => spec.adapter.fetchMetrics(request, context),
      check: (raw) => this.scrubber.scrubDeep(checkMetricSamples(spec.adapter.id, raw)) as MetricSampleV1[],
    });
  }

  /** What the account can do where it differs from the adapter's capabilities; checked against the spec. Counted as a read of the profile. */
  capabilitiesFor(spec: CallBasics): Promise<ChannelCapabilitiesV1> {
    return this.#run({
      ...spec,
      operation: "profile",
      invoke: (context) => (spec.adapter.capabilitiesFor ? spec.adapter.capabilitiesFor({ channel: spec.channel }, context) : Promise.resolve({})),
      check: (raw) => {
        const answer = checkChannelCapabilities(spec.adapter.id, raw);
        // An answer is stored: one that carries a credential anywhere is the adapter's defect, not something to clean and keep.
        if (this.scrubber.finds(JSON.stringify(answer))) throw new AdapterDefectError(spec.adapter.id, "capabilitiesFor", "returned capabilities that contain a credential");
        return answer;
      },
    });
  }

  /** The account's public profile; checked against the spec and scrubbed. */
  readProfile(spec: CallBasics): Promise<ProfileV1> {
    return this.#run({
      ...spec,
      operation: "profile",
      invoke: (context) => spec.adapter.readProfile({ channel: spec.channel }, context),
      check: (raw) => this.scrubber.scrubDeep(checkProfile(spec.adapter.id, raw)) as ProfileV1,
    });
  }

  async #run<R>(spec: CallSpec<R>): Promise<R> {
    const ref = { organisationId: this.#options.organisationId, channelId: spec.target.channelId };
    if (this.#stopping.signal.aborted) throw this.#stopping.signal.reason as Error;
    if (this.#paused && WRITING_OPERATIONS.includes(spec.operation)) throw new PublishingError("NETWORK_PAUSED", "Publishing is paused; the call was not started.");
    if (!spec.tokenTaken) {
      const slot = this.takeBudget(spec.adapter, spec.target.channelId, spec.operation, this.#options.clock.now());
      if (!slot.ok) throw new RateBudgetError(spec.operation, slot.retryAt);
    }
    // Registered from the start, so that abort() and stop() reach a call still
    // reading its credentials, and it never starts (stop() aborts every
    // registered call itself: no signal combining per call).
    const id = this.#nextId++;
    const controller = new AbortController();
    const call: Running = { ...spec.target, operation: spec.operation, network: spec.adapter.id, startedAt: this.#options.clock.now(), controller, started: false };
    this.#running.set(id, call);
    const callerGaveUp = () => controller.abort(new PublishingError("NETWORK_CALL_CANCELLED", "The caller stopped waiting; the call was stopped."));
    if (spec.signal?.aborted) callerGaveUp();
    else spec.signal?.addEventListener("abort", callerGaveUp, { once: true });
    try {
      const result = await this.#withCredentials(spec, ref, controller, call);
      this.#tell(spec, undefined);
      return result;
    } catch (error) {
      this.#tell(spec, error);
      throw error;
    } finally {
      spec.signal?.removeEventListener("abort", callerGaveUp);
      this.#running.delete(id);
    }
  }

  /** Tells `onOutcome` whether the network took the account's credentials. */
  #tell(spec: CallSpec<unknown>, error: unknown): void {
    const onOutcome = this.#options.onOutcome;
    if (!onOutcome) return;
    const base = { channelId: spec.target.channelId, network: spec.adapter.id, operation: spec.operation, ...(NetworkError.isNetworkError(error) ? { failureKind: error.kind } : {}) };
    let outcome: CallOutcome;
    if (error === undefined) outcome = { ...base, credentialsAccepted: true };
    else if ((NetworkError.isNetworkError(error) && error.kind === "authentication") || KommuneError.isInstance(error, "NETWORK_CREDENTIALS_MISSING") || KommuneError.isInstance(error, "NETWORK_CREDENTIALS_INVALID")) {
      const failure = error as KommuneError;
      outcome = { ...base, credentialsAccepted: false, authenticationFailure: { code: failure.code, message: this.scrubber.scrub(failure.message) } };
    } else {
      // The network answered, and not about the credentials: they were taken.
      const answered = NetworkError.isNetworkError(error) && (error.kind === "rejected-content" || error.kind === "not-found" || error.kind === "rate-limited" || error.kind === "permanent" || error.kind === "unsupported");
      outcome = { ...base, credentialsAccepted: answered };
    }
    try {
      onOutcome(outcome);
    } catch {
      // A listener's fault must not change the call's outcome.
    }
  }

  async #withCredentials<R>(spec: CallSpec<R>, ref: SecretRef, controller: AbortController, call: Running): Promise<R> {
    let credentials = await this.#broker.get(ref, spec.adapter, spec.channel, controller.signal);
    for (let refreshed = false; ; refreshed = true) {
      await spec.beforeCall?.();
      try {
        return await this.#once(spec, credentials, call);
      } catch (error) {
        const canRefresh = !refreshed && NetworkError.isNetworkError(error) && error.kind === "authentication" && typeof spec.adapter.refreshCredentials === "function" && credentials.refreshToken !== undefined;
        if (!canRefresh) throw error;
        call.started = false;
        credentials = await this.#broker.refresh(ref, spec.adapter, credentials, spec.channel, controller.signal);
      }
    }
  }

  /** One adapter call: the gate, the deadline; then the result checked, or the failure classified and scrubbed. */
  async #once<R>(spec: CallSpec<R>, credentials: CredentialsV1, call: Running): Promise<R> {
    // Checked synchronously right before the call starts: once pause() has
    // closed the gate, or a step stopped the post, no call of this process
    // can slip through.
    if (this.#paused && WRITING_OPERATIONS.includes(spec.operation)) throw new PublishingError("NETWORK_PAUSED", "Publishing is paused; the call was not started.");
    if (call.controller.signal.aborted) throw call.controller.signal.reason as Error;
    const { clock, callTimeoutMs } = this.#options;
    call.started = true;
    call.startedAt = clock.now();
    let raw: unknown;
    try {
      raw = await withDeadline(
        clock,
        callTimeoutMs,
        `The ${spec.operation} call to ${spec.adapter.displayName}`,
        (signal) => spec.invoke({ credentials, signal, now: () => clock.now(), logger: this.#adapterLogger(spec.adapter.id), ...(this.#options.media ? { media: this.#options.media } : {}) }),
        call.controller.signal,
      );
    } catch (error) {
      const failure = this.#failure(spec, error);
      // A 429 on a call the caller budgeted itself is the caller's to honour (the outbox caps long waits); the others hold the account here.
      if (!spec.tokenTaken && NetworkError.isNetworkError(failure) && failure.kind === "rate-limited" && failure.retryAfterMs !== undefined) {
        this.holdBudget(spec.adapter, spec.target.channelId, spec.operation, clock.now() + failure.retryAfterMs, clock.now());
      }
      throw failure;
    }
    try {
      return spec.check(raw);
    } catch (error) {
      if (AdapterDefectError.isAdapterDefect(error)) throw error;
      throw new AdapterDefectError(spec.adapter.id, spec.operation, "resolved with a result that could not be checked");
    }
  }

  /**
   * What a failed call means, scrubbed. A `NetworkError` keeps its kind; a
   * transient failure the adapter let through (an abort, a dropped
   * connection) is retryable; anything else broke the spec.
   */
  #failure(spec: CallSpec<unknown>, error: unknown): Error {
    if (PublishingError.isInstance(error, "NETWORK_STOPPED") || PublishingError.isInstance(error, "NETWORK_CALL_CANCELLED") || AdapterDefectError.isAdapterDefect(error)) return error as Error;
    // A medium the store cannot give (missing, of another kind than declared): the content's problem, not the adapter's.
    if (safe(() => MediaStoreError.isMediaStoreError(error))) return new NetworkError({ kind: "rejected-content", message: this.scrubber.scrub((error as Error).message) });
    const isNetworkError = safe(() => NetworkError.isNetworkError(error));
    const failure = classifyThrown(error);
    if (!isNetworkError && failure.kind === "permanent") {
      return new AdapterDefectError(spec.adapter.id, spec.operation, `threw something other than a NetworkError: ${this.scrubber.scrub(failure.message)}`);
    }
    return new NetworkError({
      kind: failure.kind,
      message: this.scrubber.scrub(failure.message),
      ...(failure.status !== undefined ? { status: failure.status } : {}),
      ...(failure.retryAfterMs !== undefined ? { retryAfterMs: failure.retryAfterMs } : {}),
      ...(failure.networkReason !== undefined ? { networkReason: this.scrubber.scrub(failure.networkReason) } : {}),
    });
  }

  #cleanPublishResult(adapterId: string, raw: unknown, operation: "publish" | "reply" = "publish"): PublishResultV1 {
    const result = checkPublishResult(adapterId, operation, raw);
    // A remote id is what a takedown deletes: one with a token in it cannot be stored, nor safely cleaned.
    if (this.scrubber.finds(result.remoteId)) throw new AdapterDefectError(adapterId, operation, "returned a remote id that contains a credential");
    return {
      remoteId: result.remoteId,
      ...(result.url !== undefined && !this.scrubber.finds(result.url) ? { url: result.url } : {}),
      ...(result.publishedAt !== undefined ? { publishedAt: result.publishedAt } : {}),
      ...(result.warnings?.length ? { warnings: result.warnings.map((w) => ({ ...w, message: this.scrubber.scrub(w.message), ...(w.feature !== undefined ? { feature: this.scrubber.scrub(w.feature) } : {}) })) } : {}),
    };
  }

  #cleanLookupResult(adapterId: string, raw: unknown): LookupResultV1 {
    const result = checkLookupResult(adapterId, raw);
    if (result.status === "found") {
      if (this.scrubber.finds(result.remoteId)) throw new AdapterDefectError(adapterId, "lookup", "returned a remote id that contains a credential");
      return { status: "found", remoteId: result.remoteId, ...(result.url !== undefined && !this.scrubber.finds(result.url) ? { url: result.url } : {}), ...(result.publishedAt !== undefined ? { publishedAt: result.publishedAt } : {}) };
    }
    if (result.status === "unknown") return { status: "unknown", reason: this.scrubber.scrub(result.reason) };
    return result;
  }

  #adapterLogger(adapterId: string): Logger {
    let logger = this.#adapterLoggers.get(adapterId);
    if (!logger) this.#adapterLoggers.set(adapterId, (logger = this.#logger.child({ adapter: adapterId })));
    return logger;
  }
}

function safe(read: () => boolean): boolean {
  try {
    return read();
  } catch {
    return false;
  }
}
