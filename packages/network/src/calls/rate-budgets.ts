import { formatInstant } from "@kommune-sm/core";
import { SlidingWindowLimit } from "../scheduler/sliding-window.js";
import type { TokenAnswer } from "../scheduler/token-bucket.js";
import { PublishingError, type NetworkAdapter, type RateLimitV1 } from "../spec/index.js";

/** The operations a network is called for, as rate limits name them (`RateLimitV1.operations`). */
export const CALL_OPERATIONS = ["publish", "delete", "lookup", "reply", "metrics", "interactions", "profile"] as const;

/** One of {@link CALL_OPERATIONS}. */
export type CallOperation = (typeof CALL_OPERATIONS)[number];

/**
 * Operations that put something on the network or take it off, or decide
 * whether that happened (a lookup before a post is sent again): they draw on
 * the whole budget. The others only read, and leave the reserved share to these.
 */
export const WRITING_OPERATIONS: readonly CallOperation[] = ["publish", "delete", "lookup", "reply"];

/** Options of {@link RateBudgets}. */
export interface RateBudgetsOptions {
  /**
   * The share of every budget that reading (metrics, interactions, profiles)
   * may not use, so that publishing, takedowns and replies always find room:
   * a read takes a token only while more than this share of the limit is
   * left. Default 0.25. A limit of a single request per window keeps no
   * reserve (it cannot be split).
   */
  readonly reservedShare?: number;
}

/**
 * The rate budgets of the networks' accounts: one sliding window per declared
 * limit (`capabilities.rateLimits`), per account for `scope: "account"` and
 * per adapter for `scope: "app"`, each counting only the operations the
 * limit names (all, when it names none). A call goes ahead only when every
 * limit that counts it has a token; it then takes one from each, so no
 * documented limit is ever exceeded by the calls made through it.
 *
 * Reading never starves publishing: a read leaves the reserved share of
 * every window untouched. A 429 on any call empties the buckets that count
 * its operation until the time the network gave.
 *
 * One instance serves the calls of one organisation. An app-scope limit
 * binds every account of the app, across organisations: a suite serving
 * several organisations with one app registration passes one shared
 * instance to each organisation's publishing plugin (`rateBudgets` option).
 *
 * Hand-written rather than taken from a rate-limiting library: the
 * libraries on npm limit one key at a time, while a call here must pass
 * several limits at once (all or none) with a reserve per caller class.
 */
export class RateBudgets {
  readonly #reservedShare: number;
  readonly #buckets = new Map<string, SlidingWindowLimit>();
  /** Per adapter instance: its limits with their indices, so a re-registered adapter gets buckets of its own. */
  readonly #adapterKeys = new WeakMap<NetworkAdapter, string>();
  #nextAdapter = 1;

  constructor(options: RateBudgetsOptions = {}) {
    const share = options.reservedShare ?? 0.25;
    if (typeof share !== "number" || !(share >= 0 && share < 1)) throw new RangeError(`reservedShare must be a number from 0 up to (not including) 1, got ${String(share)}.`);
    this.#reservedShare = share;
  }

  /**
   * Takes a token from every bucket that counts `operation` on this account,
   * or none and the instant to ask again.
   */
  take(adapter: NetworkAdapter, channelId: string, operation: CallOperation, now: number): TokenAnswer {
    const buckets = this.#bucketsFor(adapter, channelId, operation);
    const reading = !WRITING_OPERATIONS.includes(operation);
    let latest = 0;
    for (const bucket of buckets) {
      const answer = bucket.peek(now, reading ? this.#reserveOf(bucket) : 0);
      if (!answer.ok) latest = Math.max(latest, answer.retryAt);
    }
    if (latest > 0) return { ok: false, retryAt: latest };
    for (const bucket of buckets) bucket.take(now);
    return { ok: true };
  }

  /** The network said to wait (429): no call that `operation`'s limits count goes to this account before `until`. */
  blockUntil(adapter: NetworkAdapter, channelId: string, operation: CallOperation, until: number, now: number): void {
    for (const bucket of this.#bucketsFor(adapter, channelId, operation)) bucket.blockUntil(until, now);
  }

  #reserveOf(bucket: SlidingWindowLimit): number {
    return Math.min(bucket.requests - 1, Math.floor(bucket.requests * this.#reservedShare));
  }

  #bucketsFor(adapter: NetworkAdapter, channelId: string, operation: CallOperation): SlidingWindowLimit[] {
    let adapterKey = this.#adapterKeys.get(adapter);
    if (adapterKey === undefined) this.#adapterKeys.set(adapter, (adapterKey = `${this.#nextAdapter++}`));
    const buckets: SlidingWindowLimit[] = [];
    adapter.capabilities.rateLimits.forEach((limit: RateLimitV1, index) => {
      if (limit.operations && !limit.operations.includes(operation)) return;
      const key = limit.scope === "app" ? `${adapterKey}\u0000app\u0000${index}` : `${adapterKey}\u0000${channelId}\u0000${index}`;
      let bucket = this.#buckets.get(key);
      if (!bucket) this.#buckets.set(key, (bucket = new SlidingWindowLimit(limit.requests, limit.perMilliseconds)));
      buckets.push(bucket);
    });
    return buckets;
  }
}

/** Thrown by a call that found no room in its rate budget: nothing was sent; try again at `retryAt`. */
export class RateBudgetError extends PublishingError {
  constructor(
    /** The operation that was not started. */
    readonly operation: CallOperation,
    /** Epoch ms when the budget has room again. */
    readonly retryAt: number,
  ) {
    super("NETWORK_RATE_BUDGET", `The ${operation} call was not started: the account's rate budget has no room before ${formatInstant(retryAt)}.`);
    this.name = "RateBudgetError";
  }

  /** True for a {@link RateBudgetError}, also across copies of the package. */
  static isRateBudgetError(error: unknown): error is RateBudgetError {
    return PublishingError.isInstance(error, "NETWORK_RATE_BUDGET") && typeof (error as RateBudgetError).retryAt === "number";
  }
}
