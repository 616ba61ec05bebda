import { describeQuietPeriods, formatInstant, postContentHash, quietPeriodsHoldingPost, type Channel, type Post, type QuietPeriod } from "@kommune-sm/core";
import type { NetworkAdapter } from "../spec/index.js";
import { ACTIVE_DELIVERY_STATES, type Delivery, type PostDelivery } from "./delivery.js";
import { replyUnwanted } from "./reply-delivery.js";
import { applyChange, problemAt, type OutboxEffects, type OutboxEnv } from "./outbox-programs.js";
import { get, list, step, type TxProgram } from "./tx-program.js";

/**
 * What an attempt of a claimed delivery does:
 * - `send`: publish the post (looking it up first when an earlier attempt
 *   may have reached the network); with `blockedBy`, a quiet period blocks
 *   it now, and the attempt only looks up whether an earlier one got through;
 * - `cancel`: the post no longer wants it, but an earlier attempt may have
 *   reached the network: look it up, then succeed or cancel;
 * - `give-up`: the attempts are used up: look up if an earlier one may have
 *   got through, else fail;
 * - `takedown`: remove the post (looking it up first when its id is not known).
 *
 * A reply delivery is sent (`send`), looked up and cancelled (`cancel`) or
 * given up (`give-up`) as a post delivery is; quiet periods do not hold
 * answers to citizens.
 */
export type AttemptMode =
  | { readonly kind: "send"; readonly blockedBy?: readonly QuietPeriod[] }
  | { readonly kind: "cancel"; readonly reason: string }
  | { readonly kind: "give-up" }
  | { readonly kind: "takedown" };

/** What the claim's transaction decided. */
export type ClaimDecision =
  | { readonly kind: "skip"; readonly paused?: { readonly revision: number } }
  | { readonly kind: "later"; readonly at: number }
  | { readonly kind: "settled"; readonly effects: OutboxEffects }
  | {
      readonly kind: "claimed";
      readonly claimed: Delivery;
      readonly mode: AttemptMode;
      readonly adapter: NetworkAdapter;
      readonly channel: Channel | undefined;
      readonly effects: OutboxEffects;
      /** The crisis switch's revision as read, to notice another worker's resume. */
      readonly switchRevision: number;
    };

/** What the claim needs of the engine. */
export interface ClaimOptions {
  /** This worker's id, written into the lease. */
  readonly workerId: string;
  /** How long the lease holds (ms). */
  readonly leaseMs: number;
  /** Calls before a delivery gives up. */
  readonly maxAttempts: number;
  /** The organisation's IANA zone, for quiet periods. */
  readonly timeZone: string;
  /** Takes a token of the account's rate budget, or says when one will be there. */
  readonly takeToken: (adapter: NetworkAdapter, channelId: string, operation: "publish" | "delete" | "reply", now: number) => { readonly ok: true } | { readonly ok: false; readonly retryAt: number };
}

/**
 * Why the post no longer wants this delivery, or undefined if it still does:
 * the post must be scheduled, publishing or published, and still carry the
 * approval the delivery was made from, with content that matches it.
 */
export function unwanted(post: Post | undefined, delivery: PostDelivery): string | undefined {
  if (!post) return "the post is gone";
  if (post.state !== "scheduled" && post.state !== "publishing" && post.state !== "published") return `the post is ${post.state}`;
  if (!delivery.approval) return "the delivery was made by an older version without an approval; schedule the post again";
  if (!post.approval || post.approval.revision !== delivery.approval.revision || post.approval.contentHash !== delivery.approval.contentHash) {
    return "the post was changed after this delivery was scheduled";
  }
  if (postContentHash(post) !== post.approval.contentHash) return "the post's content no longer matches its approval";
  return undefined;
}

/**
 * Reads a due delivery and everything its attempt depends on in one
 * transaction, and either claims it (compare-and-set on its revision, with a
 * lease, attempts counted before any call; the post's step to `publishing`
 * when it is still scheduled), or settles it at once (cancelled, blocked,
 * failed), or leaves it (not due, paused, rate-limited). What it decides on
 * is what it is stored against.
 */
export function* claimProgram(id: string, now: number, options: ClaimOptions, env: OutboxEnv, effects: OutboxEffects): TxProgram<ClaimDecision> {
  const delivery = yield* get("deliveries", id);
  if (!delivery || !ACTIVE_DELIVERY_STATES.includes(delivery.state)) return { kind: "skip" };
  if (delivery.state === "in-flight") {
    const until = delivery.lease ? Date.parse(delivery.lease.until) : Number.NaN;
    if (until > now) return { kind: "later", at: until };
  } else {
    const at = Date.parse(delivery.nextAttemptAt);
    if (at > now) return { kind: "later", at };
  }
  const switchState = yield* get("publishing-state", "publishing");
  // Paused: resume() puts it back in the queue.
  if (switchState?.paused) return { kind: "skip", paused: { revision: switchState.revision } };
  // Found in flight with its lease run out: its worker died or hung mid-call.
  const mayHaveReached = delivery.mayHaveReachedNetwork === true || delivery.state === "in-flight";
  const adapter = env.adapterFor(delivery.network);

  let mode: AttemptMode;
  let post: Post | undefined;
  if (delivery.kind === "post") {
    post = yield* get("posts", delivery.postId);
    const why = unwanted(post, delivery);
    if (why) {
      if (!mayHaveReached) return yield* settleUnclaimed(delivery, "cancel", {}, why, env, effects);
      mode = { kind: "cancel", reason: why };
    } else {
      // Scheduled (again) for later than the delivery's own time: not before then.
      if (post!.state === "scheduled" && post!.scheduledAt && Date.parse(post!.scheduledAt) > now) return { kind: "later", at: Date.parse(post!.scheduledAt) };
      // No adapter: failed, unless an earlier attempt may have sent it — then only a lookup, or a person, can tell (below).
      if (!adapter && !mayHaveReached) return yield* settleUnclaimed(delivery, "fail", { problem: problemAt({ kind: "permanent", code: "NETWORK_ADAPTER_MISSING", message: `No adapter is registered for network "${delivery.network}".` }, now) }, undefined, env, effects);
      const givesUp = usedUp(delivery, options.maxAttempts);
      // The first delivery of a scheduled post takes the post's step to
      // "publishing" below, whose own quiet-period check (the same rule, the
      // post's override included) decides, and its refusal blocks the
      // delivery. Every other claim checks the periods here: one read of the
      // strategies per claim either way.
      let blocking: QuietPeriod[] = [];
      if (post!.state !== "scheduled" || mayHaveReached || givesUp) {
        const strategies = yield* list("strategies");
        blocking = quietPeriodsHoldingPost(
          strategies.flatMap((s) => s.quietPeriods),
          post!,
          now,
          options.timeZone,
        );
        if (blocking.length > 0 && !mayHaveReached) {
          return yield* settleUnclaimed(delivery, "block", { problem: quietPeriodProblem(blocking, now) }, undefined, env, effects);
        }
      }
      mode = givesUp ? { kind: "give-up" } : blocking.length > 0 ? { kind: "send", blockedBy: blocking } : { kind: "send" };
    }
  } else if (delivery.kind === "reply") {
    const reply = yield* get("replies", delivery.replyId);
    // What the hand-over checked, checked again: the message answered, the channel, the network's ability to answer.
    const interaction = yield* get("interactions", delivery.interactionId);
    const why = replyUnwanted(reply, delivery, env.fourEyesOnReplies()) ?? (interaction ? undefined : "the message it answers is gone");
    if (why) {
      if (!mayHaveReached) return yield* settleUnclaimed(delivery, "cancel", {}, why, env, effects);
      mode = { kind: "cancel", reason: why };
    } else {
      // No adapter: failed, unless an earlier attempt may have sent it — then only a lookup, or a person, can tell (below).
      if (!adapter && !mayHaveReached) return yield* settleUnclaimed(delivery, "fail", { problem: problemAt({ kind: "permanent", code: "NETWORK_ADAPTER_MISSING", message: `No adapter is registered for network "${delivery.network}".` }, now) }, undefined, env, effects);
      const channel = yield* get("channels", delivery.channelId);
      const cannot = !channel || !channel.active ? `channel "${delivery.channelId}" is ${channel ? "inactive" : "gone"}` : adapter && !adapter.capabilities.interactions.reply ? `${adapter.displayName} can no longer answer through its API` : undefined;
      if (cannot && !mayHaveReached) {
        return yield* settleUnclaimed(delivery, "block", { problem: problemAt({ kind: "blocked", code: "NETWORK_UNSUPPORTED", message: `The reply was not sent: ${cannot}. Answer on the network by hand and mark the reply sent, or cancel this delivery.` }, now) }, undefined, env, effects);
      }
      mode = usedUp(delivery, options.maxAttempts) ? { kind: "give-up" } : cannot ? { kind: "cancel", reason: `the reply cannot go out: ${cannot}` } : { kind: "send" };
    }
  } else {
    if (!adapter || !adapter.capabilities.delete) {
      const cannot = !adapter ? `no adapter is registered for network "${delivery.network}"` : `${adapter.displayName} cannot delete posts through its API`;
      return yield* settleUnclaimed(delivery, "block", { problem: problemAt({ kind: "no-delete", code: "NETWORK_UNSUPPORTED", message: `The post must be removed by hand: ${cannot}; remove it on channel "${delivery.channelId}", then resolve this takedown.` }, now) }, undefined, env, effects);
    }
    mode = usedUp(delivery, options.maxAttempts) ? { kind: "give-up" } : { kind: "takedown" };
  }
  if (!adapter) {
    // A delivery that may be on the network, whose network has no adapter now: it cannot be looked up.
    return yield* settleUnclaimed(delivery, "doubt", { problem: problemAt({ kind: "uncertain", code: "NETWORK_ADAPTER_MISSING", message: `An earlier attempt may have reached network "${delivery.network}", and no adapter is registered to look it up. Check the account, then resolve.` }, now) }, undefined, env, effects);
  }
  // A token taken here is not given back if the commit loses a race: the
  // account is then sent to a little slower, never faster.
  const slot = options.takeToken(adapter, delivery.channelId, delivery.kind === "takedown" ? "delete" : delivery.kind === "reply" ? "reply" : "publish", now);
  if (!slot.ok) return { kind: "later", at: slot.retryAt };

  // The first delivery of a scheduled post takes the post's step to
  // "publishing"; a refusal (a quiet period, by the step's own check) holds
  // the delivery for a person, unclaimed.
  let started: (() => void) | undefined;
  if (post && post.state === "scheduled" && mode.kind === "send" && !mode.blockedBy) {
    const starting = yield* step(post, "start-publishing", { system: "publishing-engine" });
    if (!starting.result.ok) {
      const refusal = starting.result.refusal;
      const details = refusal.details ?? {};
      const problem =
        refusal.code === "quiet-period"
          ? quietPeriodProblemFor(String(details["periods"] ?? ""), Array.isArray(details["quietPeriodIds"]) ? (details["quietPeriodIds"] as string[]) : [], now)
          : problemAt({ kind: "blocked", code: refusal.code, message: refusal.message }, now);
      return yield* settleUnclaimed(delivery, "block", { problem }, undefined, env, effects);
    }
    started = starting.emit;
  }

  const at = formatInstant(now);
  const claimed = yield* applyChange(
    delivery,
    "claim",
    {
      lease: { owner: options.workerId, until: formatInstant(now + options.leaseMs) },
      attempts: delivery.attempts + 1,
      attemptStartedAt: at,
      mayHaveReachedNetwork: mayHaveReached,
      // Newly in doubt through a crash in flight: since the start of the attempt that died (a network's idempotency window counts from it).
      ...(mayHaveReached && delivery.mayHaveReachedNetwork !== true ? { firstDoubtAt: delivery.attemptStartedAt ?? delivery.createdAt } : {}),
    },
    { extra: { late: now - Date.parse(delivery.dueAt) > 60_000 } },
    env,
    effects,
  );
  const channel = yield* get("channels", delivery.channelId);
  // After the claim's own event: "delivery.started", then "post.publishing-started".
  if (started) effects.announce.push(started);
  return { kind: "claimed", claimed, mode, adapter, channel, effects, switchRevision: switchState?.revision ?? 0 };
}

/** True when the delivery made its `maxAttempts` calls since it was made or a person last sent it again. */
export function usedUp(delivery: Delivery, maxAttempts: number): boolean {
  return delivery.attempts - (delivery.attemptsAtRetry ?? 0) >= maxAttempts;
}

/** Settles a due delivery without a call, in the claim's transaction. */
function* settleUnclaimed(
  delivery: Delivery,
  action: "cancel" | "block" | "fail" | "doubt",
  set: Partial<Delivery>,
  reason: string | undefined,
  env: OutboxEnv,
  effects: OutboxEffects,
): TxProgram<ClaimDecision> {
  yield* applyChange(delivery, action, set, reason ? { reason } : {}, env, effects);
  return { kind: "settled", effects };
}

/** The problem of a delivery held by quiet periods: which, and what a person can do. */
export function quietPeriodProblem(periods: readonly QuietPeriod[], now: number): ReturnType<typeof problemAt> {
  return quietPeriodProblemFor(describeQuietPeriods(periods), periods.map((p) => p.id), now);
}

function quietPeriodProblemFor(labels: string, quietPeriodIds: readonly string[], now: number): ReturnType<typeof problemAt> {
  return problemAt(
    {
      kind: "quiet-period",
      code: "quiet-period",
      message: `Held by quiet period: ${labels}. It goes out when a person releases it after the period, or an admin overrides the period with a reason.`,
      quietPeriodIds,
    },
    now,
  );
}
