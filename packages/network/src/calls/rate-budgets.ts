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
   * a read goes ahead only while more than this share of the limit (rounded
   * up) is left. Default 0.25. A limit of a single request per window keeps
   * no reserve (it cannot be split): there a read can hold a write back by
   * up to one window. A limit that counts only reads keeps none either.
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
 * One instance may serve several organisations: accounts are keyed by
 * organisation and channel ({@link RateBudgets.accountOf}), and an
 * app-scope limit by the adapter's id, so that a suite serving several
 * organisations with one app registration passes one shared instance to
 * each organisation's publishing plugin (`rateBudgets` option).
 *
 * Hand-written rather than taken from a rate-limiting library: the
 * libraries on npm limit one key at a time, while a call here must pass
 * several limits at once (all or none) with a reserve per caller class.
 */
export class RateBudgets {
  readonly #reservedShare: number;
  readonly #limits = new Map<string, { readonly window: SlidingWindowLimit; readonly reserve: number }>();

  constructor(options: RateBudgetsOptions = {}) {
    const share = options.reservedShare ?? 0.25;
    if (typeof share !== "number" || !(share >= 0 && share < 1)) throw new RangeError(`reservedShare must be a number from 0 up to (not including) 1, got ${String(share)}.`);
    this.#reservedShare = share;
  }

  /** The key of an account in these budgets: one organisation's channel (channel ids are chosen per organisation). */
  static accountOf(organisationId: string, channelId: string): string {
    return JSON.stringify([organisationId, channelId]);
  }

  /**
   * Takes room from every limit that counts `operation` on `account` (see
   * {@link RateBudgets.accountOf}), or none and the instant to ask again.
   */
  take(adapter: NetworkAdapter, account: string, operation: CallOperation, now: number): TokenAnswer {
    const limits = this.#limitsFor(adapter, account, operation);
    const reading = !WRITING_OPERATIONS.includes(operation);
    let latest = 0;
    for (const { window, reserve } of limits) {
      const answer = window.peek(now, reading ? reserve : 0);
      if (!answer.ok) latest = Math.max(latest, answer.retryAt);
    }
    if (latest > 0) return { ok: false, retryAt: latest };
    for (const { window } of limits) window.take(now);
    return { ok: true };
  }

  /** The network said to wait (429): no call that `operation`'s limits count goes to `account` before `until`. */
  blockUntil(adapter: NetworkAdapter, account: string, operation: CallOperation, until: number, now: number): void {
    for (const { window } of this.#limitsFor(adapter, account, operation)) window.blockUntil(until, now);
  }

  #limitsFor(adapter: NetworkAdapter, account: string, operation: CallOperation): { readonly window: SlidingWindowLimit; readonly reserve: number }[] {
    const found: { readonly window: SlidingWindowLimit; readonly reserve: number }[] = [];
    for (const limit of adapter.capabilities.rateLimits) {
      if (limit.operations && !limit.operations.includes(operation)) continue;
      // Keyed by the adapter's id and the limit itself, not by object: each
      // organisation registers its own adapter instance, and an app-scope
      // limit binds them all.
      const key = JSON.stringify([adapter.id, limit.scope === "app" ? null : account, limit.requests, limit.perMilliseconds, limit.scope, limit.operations ? [...limit.operations].sort() : null]);
      let entry = this.#limits.get(key);
      if (!entry) this.#limits.set(key, (entry = { window: new SlidingWindowLimit(limit.requests, limit.perMilliseconds), reserve: this.#reserveOf(limit) }));
      found.push(entry);
    }
    return found;
  }

  /** What reads leave of a limit: nothing of one that counts no write; else the share, rounded up, but never all of it. */
  #reserveOf(limit: RateLimitV1): number {
    if (limit.operations && !limit.operations.some((op) => WRITING_OPERATIONS.includes(op))) return 0;
    if (this.#reservedShare === 0) return 0;
    return Math.min(limit.requests - 1, Math.ceil(limit.requests * this.#reservedShare));
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
