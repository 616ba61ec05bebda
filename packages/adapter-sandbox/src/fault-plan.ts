import { ADAPTER_OPERATIONS_V1, type NetworkErrorKind } from "@kommune-sm/network";
import { SandboxError } from "./sandbox-error.js";
import { createSeededRandom, type SeededRandom } from "./seeded-random.js";

/** The operations of the adapter, by their method names. */
export const SANDBOX_OPERATIONS = ADAPTER_OPERATIONS_V1;

/** One operation of the adapter, see {@link SANDBOX_OPERATIONS}. */
export type SandboxOperation = (typeof SANDBOX_OPERATIONS)[number];

/**
 * When a fault strikes: before the sandbox accepted the call (nothing
 * stored), or after it did its work but before the answer reaches the caller
 * (the post is stored; the caller does not know: the case reconciliation
 * must handle).
 */
export type AcceptPhase = "before-accept" | "after-accept";

/** The answer takes `ms` longer (waits on the sandbox's clock); the call then goes on. */
export interface LatencyFault {
  /** Which fault. */
  readonly kind: "latency";
  /** Added delay in milliseconds. */
  readonly ms: number;
}

/** HTTP 429 with Retry-After: a `rate-limited` NetworkError. */
export interface RateLimitedFault {
  /** Which fault. */
  readonly kind: "rate-limited";
  /** The wait the network asks for, in milliseconds; default 30,000. */
  readonly retryAfterMs?: number;
}

/** HTTP 5xx: a `retryable` NetworkError. */
export interface ServerErrorFault {
  /** Which fault. */
  readonly kind: "server-error";
  /** HTTP status; default 500. */
  readonly status?: number;
  /** Default `"before-accept"`; `"after-accept"`: the post is stored, the answer is lost. */
  readonly phase?: AcceptPhase;
}

/** No answer in time: a `retryable` NetworkError after a delay. */
export interface TimeoutFault {
  /** Which fault. */
  readonly kind: "timeout";
  /** How long the call waits before it fails, in milliseconds; default 10,000. */
  readonly afterMs?: number;
  /** Default `"before-accept"`. */
  readonly phase?: AcceptPhase;
}

/** No answer at all: the call settles only when its AbortSignal aborts, then rejects `retryable`. */
export interface HangFault {
  /** Which fault. */
  readonly kind: "hang";
  /** Default `"before-accept"`; `"after-accept"`: the post is stored, the caller never hears. */
  readonly phase?: AcceptPhase;
}

/** The process dies here: `onCrash` is called (default: SIGKILL to this process). */
export interface CrashFault {
  /** Which fault. */
  readonly kind: "crash";
  /** Before the sandbox stores the post, or after it stored it but before the call returns. */
  readonly point: AcceptPhase;
}

/** A NetworkError of any kind, e.g. `authentication` or `rejected-content` (what `control.failNext` injects). */
export interface ErrorFault {
  /** Which fault. */
  readonly kind: "error";
  /** The kind of the NetworkError. */
  readonly errorKind: NetworkErrorKind;
  /** HTTP status; default the usual one of the kind (503, 429, 401, 422, 404, 403; none for `unsupported`). */
  readonly status?: number;
  /** For `rate-limited`: the wait asked for, in milliseconds. */
  readonly retryAfterMs?: number;
  /** The network's words for a refusal. */
  readonly networkReason?: string;
}

/** What goes wrong. */
export type SandboxFault = LatencyFault | RateLimitedFault | ServerErrorFault | TimeoutFault | HangFault | CrashFault | ErrorFault;

/** When a fault strikes, and how often. */
export interface FaultSchedule {
  /** Which calls: one operation, several, or `"all"` (default). */
  readonly operation?: SandboxOperation | readonly SandboxOperation[] | "all";
  /** How many times it strikes before it is used up: default 1; `Infinity` until cancelled. */
  readonly times?: number;
  /**
   * Chance (0–1) that it strikes a matching call; default 1. Drawn from the
   * sandbox's seed, so a run with the same seed and the same calls in the
   * same order sees the same faults.
   */
  readonly probability?: number;
}

/** A fault and its schedule, for {@link SandboxFaults.inject}. */
export type FaultRequest = SandboxFault & FaultSchedule;

/** A fault that was injected; `cancel()` removes it before it is used up. */
export interface InjectedFault {
  /** Its number, in the order of injection; {@link FiredFault.faultId} refers to it. */
  readonly id: number;
  /** What was injected. */
  readonly request: FaultRequest;
  /** How often it has struck so far. */
  readonly fired: number;
  /** False once used up or cancelled. */
  readonly active: boolean;
  /** Removes it; calls from now on are not struck by it. */
  cancel(): void;
}

/** A record of a fault that struck a call. */
export interface FiredFault {
  /** Id of the injected fault, or `"transient"` for the background failure rate. */
  readonly faultId: number | "transient";
  /** What struck. */
  readonly kind: SandboxFault["kind"];
  /** The call it struck. */
  readonly operation: SandboxOperation;
  /** Before or after the sandbox did the call's work. */
  readonly phase: AcceptPhase;
  /** 1 for the first call the sandbox received, and so on. */
  readonly call: number;
}

/** The kinds of passing failure that {@link TransientFailureOptions} mixes. */
export type TransientFaultKind = "server-error" | "rate-limited" | "timeout";

/**
 * A steady rate of passing failures (for reliability tests: 1,000
 * deliveries with 30 % faults), drawn from the seed.
 */
export interface TransientFailureOptions {
  /** Share of calls that fail (0–1), e.g. 0.3. */
  readonly rate: number;
  /** Which kinds, chosen evenly; default all three. */
  readonly kinds?: readonly TransientFaultKind[];
  /** Which operations; default all. */
  readonly operation?: FaultSchedule["operation"];
  /**
   * Share (0–1) of server errors and timeouts that strike after the sandbox
   * stored the post, like an answer lost on the way back; default 0.5.
   */
  readonly afterAcceptShare?: number;
  /** Retry-After of the 429s; default 1,000 ms. */
  readonly retryAfterMs?: number;
  /** Delay of the timeouts; default 1,000 ms. */
  readonly timeoutAfterMs?: number;
}

/** What strikes one call, by phase, in order: latencies first, at most one failure per call. */
export interface CallPlan {
  /** Applied before the call's work. */
  readonly beforeAccept: readonly SandboxFault[];
  /** Applied after the call's work, before it returns. */
  readonly afterAccept: readonly SandboxFault[];
}

/**
 * Fault injection of one sandbox: schedule faults, see what struck.
 *
 * @example
 * ```ts
 * faults.inject({ kind: "rate-limited", retryAfterMs: 60_000, operation: "publish" }); // the next publish gets a 429
 * faults.inject({ kind: "server-error", times: 3 });                                   // the next three calls get a 500
 * faults.inject({ kind: "latency", ms: 800, times: Infinity, probability: 0.2 });      // one call in five is slow
 * faults.inject({ kind: "crash", point: "after-accept", operation: "publish" });       // die after storing the next post
 * ```
 */
export interface SandboxFaults {
  /** Schedules a fault; it strikes the next matching calls. */
  inject(request: FaultRequest): InjectedFault;
  /** Sets (or with `undefined` removes) a steady rate of passing failures. */
  setTransientFailures(options: TransientFailureOptions | undefined): void;
  /** Removes every injected fault and the transient failure rate. */
  clear(): void;
  /** The injected faults not yet used up, in injection order. */
  active(): readonly InjectedFault[];
  /** Every fault that struck, oldest first. */
  history(): readonly FiredFault[];
}

/** The faults as the adapter uses them. @internal */
export interface FaultPlan extends SandboxFaults {
  /** Decides what strikes the next call of `operation`, and records it. */
  planCall(operation: SandboxOperation): CallPlan;
}

interface FaultState {
  readonly id: number;
  readonly request: FaultRequest;
  fired: number;
  active: boolean;
}

/** Fault injection for a sandbox with this seed. */
export function createFaultPlan(seed: string | number, transient?: TransientFailureOptions): FaultPlan {
  const chances: SeededRandom = createSeededRandom(seed, "faults");
  const transientRandom: SeededRandom = createSeededRandom(seed, "transient-failures");
  let faults: FaultState[] = [];
  let transientOptions = transient === undefined ? undefined : checkTransient(transient);
  let nextId = 1;
  let calls = 0;
  const fired: FiredFault[] = [];

  const view = (state: FaultState): InjectedFault => ({
    id: state.id,
    request: state.request,
    get fired() {
      return state.fired;
    },
    get active() {
      return state.active;
    },
    cancel() {
      state.active = false;
      faults = faults.filter((candidate) => candidate !== state);
    },
  });

  return {
    inject(request) {
      const state: FaultState = { id: nextId++, request: checkRequest(request), fired: 0, active: true };
      faults.push(state);
      return view(state);
    },
    setTransientFailures(options) {
      transientOptions = options === undefined ? undefined : checkTransient(options);
    },
    clear() {
      for (const state of faults) state.active = false;
      faults = [];
      transientOptions = undefined;
    },
    active: () => faults.map(view),
    history: () => [...fired],
    planCall(operation) {
      const call = ++calls;
      const beforeAccept: SandboxFault[] = [];
      const afterAccept: SandboxFault[] = [];
      let failure = false;
      const strike = (fault: SandboxFault, faultId: FiredFault["faultId"]) => {
        const phase = phaseOf(fault);
        (phase === "before-accept" ? beforeAccept : afterAccept).push(fault);
        fired.push({ faultId, kind: fault.kind, operation, phase, call });
      };
      for (const state of faults) {
        if (!matches(state.request.operation, operation)) continue;
        const isFailure = state.request.kind !== "latency";
        if (isFailure && failure) continue;
        const probability = state.request.probability ?? 1;
        if (probability < 1 && !chances.chance(probability)) continue;
        state.fired++;
        if (state.fired >= (state.request.times ?? 1)) state.active = false;
        if (isFailure) failure = true;
        strike(state.request, state.id);
      }
      faults = faults.filter((state) => state.active);
      if (!failure && transientOptions && matches(transientOptions.operation, operation) && transientRandom.chance(transientOptions.rate)) {
        strike(transientFault(transientRandom, transientOptions), "transient");
      }
      // Latencies come first within a phase: the answer is slow, then it fails.
      const order = (fault: SandboxFault) => (fault.kind === "latency" ? 0 : 1);
      beforeAccept.sort((a, b) => order(a) - order(b));
      return { beforeAccept, afterAccept };
    },
  };
}

function transientFault(random: SeededRandom, options: TransientFailureOptions): SandboxFault {
  const kind = random.pick(options.kinds ?? (["server-error", "rate-limited", "timeout"] as const));
  const phase: AcceptPhase = random.chance(options.afterAcceptShare ?? 0.5) ? "after-accept" : "before-accept";
  switch (kind) {
    case "rate-limited":
      return { kind, retryAfterMs: options.retryAfterMs ?? 1_000 };
    case "server-error":
      return { kind, status: random.pick([500, 502, 503]), phase };
    case "timeout":
      return { kind, afterMs: options.timeoutAfterMs ?? 1_000, phase };
  }
}

/** The phase a fault strikes in; latency and 429 always before the sandbox accepts. */
export function phaseOf(fault: SandboxFault): AcceptPhase {
  switch (fault.kind) {
    case "crash":
      return fault.point;
    case "server-error":
    case "timeout":
    case "hang":
      return fault.phase ?? "before-accept";
    default:
      return "before-accept";
  }
}

function matches(selector: FaultSchedule["operation"], operation: SandboxOperation): boolean {
  if (selector === undefined || selector === "all") return true;
  return typeof selector === "string" ? selector === operation : selector.includes(operation);
}

function checkRequest(request: FaultRequest): FaultRequest {
  const { times, probability, operation } = request;
  if (times !== undefined && !(times === Number.POSITIVE_INFINITY || (Number.isInteger(times) && times >= 1))) {
    invalid(`times must be a whole number of at least 1 or Infinity, got ${String(times)}`);
  }
  if (probability !== undefined && !(probability >= 0 && probability <= 1)) invalid(`probability must be within 0 and 1, got ${String(probability)}`);
  checkOperation(operation);
  const nonNegative = (name: string, value: number | undefined) => {
    if (value !== undefined && !(Number.isFinite(value) && value >= 0)) invalid(`${name} must be a finite number of milliseconds ≥ 0, got ${String(value)}`);
  };
  if (request.kind === "latency") {
    if (request.ms === undefined) invalid("a latency fault needs ms");
    nonNegative("ms", request.ms);
  }
  if (request.kind === "rate-limited" || request.kind === "error") nonNegative("retryAfterMs", request.retryAfterMs);
  if (request.kind === "timeout") nonNegative("afterMs", request.afterMs);
  if (request.kind === "crash" && request.point !== "before-accept" && request.point !== "after-accept") {
    invalid(`a crash needs point "before-accept" or "after-accept", got ${String(request.point)}`);
  }
  return { ...request, ...(Array.isArray(operation) ? { operation: [...operation] } : {}) };
}

function checkTransient(options: TransientFailureOptions): TransientFailureOptions {
  if (!(options.rate >= 0 && options.rate <= 1)) invalid(`transient failure rate must be within 0 and 1, got ${String(options.rate)}`);
  const share = options.afterAcceptShare;
  if (share !== undefined && !(share >= 0 && share <= 1)) invalid(`afterAcceptShare must be within 0 and 1, got ${String(share)}`);
  if (options.kinds !== undefined && options.kinds.length === 0) invalid("transient failure kinds must not be empty");
  checkOperation(options.operation);
  return { ...options };
}

function checkOperation(operation: FaultSchedule["operation"]): void {
  const known = new Set<string>([...SANDBOX_OPERATIONS, "all"]);
  const listed = operation === undefined ? [] : typeof operation === "string" ? [operation] : operation;
  for (const name of listed) if (!known.has(name)) invalid(`unknown operation "${String(name)}" (known: ${[...known].join(", ")})`);
}

function invalid(message: string): never {
  throw new SandboxError("SANDBOX_INVALID_OPTION", `Sandbox fault: ${message}.`);
}
