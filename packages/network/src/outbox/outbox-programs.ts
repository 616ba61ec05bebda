import { formatInstant, type AuditActor, type EventType } from "@kommune-sm/core";
import type { NetworkAdapter } from "../spec/index.js";
import { isFinalDelivery, type Delivery, type DeliveryProblem, type DeliveryState, type PostDelivery, type ReplyDelivery } from "./delivery.js";
import { deliveryAuditAction, deliveryEventType, deliveryPrefix, deliveryRule, type DeliveryAction } from "./delivery-transitions.js";
import { hasTakedown, planTakedown } from "./takedown.js";
import { audit, get, insert, list, replySent, save, step, type ProgramEnv, type TxProgram } from "./tx-program.js";

/** An event to emit once the transaction has committed. */
export interface Announcement {
  /** The event type. */
  readonly type: EventType;
  /** Its data. */
  readonly data: Record<string, unknown>;
  /** Its CloudEvents subject. */
  readonly subject: string;
}

/** What a transaction of the outbox did: the deliveries it wrote, and what to announce after the commit, in order. */
export interface OutboxEffects {
  /** Every delivery inserted or saved, in its new state. */
  readonly written: Delivery[];
  /** Events, and workflow steps' `emit`s, in the order they happened. */
  readonly announce: (Announcement | (() => void))[];
}

/** A fresh, empty {@link OutboxEffects}. */
export function noEffects(): OutboxEffects {
  return { written: [], announce: [] };
}

/** What the outbox's programs need besides the transaction. */
export interface OutboxEnv extends ProgramEnv {
  /** The adapter registered for a network, if any. */
  readonly adapterFor: (network: string) => NetworkAdapter | undefined;
  /** Whether the organisation has four eyes on replies now (a reply must then be approved to be sent). */
  readonly fourEyesOnReplies: () => boolean;
  /** Whether open `error` findings of the checks stop a reply (the organisation's `settings.checks.blockApprovalOnErrors`); absent: no. */
  readonly blockOnOpenErrors?: () => boolean;
}

/** The SDK as actor of the outbox's own steps. */
export const ENGINE_ACTOR: AuditActor = { kind: "system", id: "publishing-engine" };

/** States in which a delivery carries a problem for a person. */
const PROBLEM_STATES: readonly DeliveryState[] = ["retrying", "failed", "uncertain", "blocked"];

/**
 * The delivery after `action` (checked against `DELIVERY_TRANSITIONS`): in
 * the rule's state, with `set` applied, one revision on, without a lease,
 * with a problem only in a state that shows one.
 */
export function nextDelivery(before: Delivery, action: DeliveryAction, set: Partial<Delivery>, now: number, rule = deliveryRule(action, before.state, before.id)): Delivery {
  // Left out by destructuring, not `delete`: a deleted property turns the
  // object into a slow dictionary, which JSON.stringify (in every save)
  // walks about 25% slower.
  const { lease: _lease, problem, ...rest } = { ...before, ...set, state: rule.to } as Delivery;
  const kept = problem !== undefined && PROBLEM_STATES.includes(rest.state) ? { problem } : {};
  const next = { ...rest, ...kept, updatedAt: formatInstant(now), revision: before.revision + 1 } as Delivery;
  if (action === "claim" && set.lease) (next as { lease?: Delivery["lease"] }).lease = set.lease;
  return next;
}

/** What a delivery event carries: never credentials, never the payload. */
export function deliveryEventData(delivery: Delivery, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    deliveryId: delivery.id,
    ...(delivery.postId !== undefined ? { postId: delivery.postId } : {}),
    channelId: delivery.channelId,
    network: delivery.network,
    kind: delivery.kind,
    state: delivery.state,
    attempts: delivery.attempts,
    ...(delivery.kind === "takedown" ? { targetDeliveryId: delivery.target.deliveryId } : {}),
    ...(delivery.kind === "reply" ? { replyId: delivery.replyId, interactionId: delivery.interactionId } : {}),
    ...extra,
  };
}

/** The extra fields of an outcome's event: the problem, the next attempt, the remote id. */
function outcomeExtras(next: Delivery, reason: string | undefined): Record<string, unknown> {
  switch (next.state) {
    case "succeeded":
      return next.kind === "takedown"
        ? { notFound: next.notFound === true }
        : { remoteId: next.remoteId ?? "", ...(next.url ? { url: next.url } : {}), reconciled: next.reconciled === true };
    case "retrying":
      return { nextAttemptAt: next.nextAttemptAt, ...(next.problem ? { problem: { ...next.problem } } : {}) };
    case "cancelled":
      return { reason: reason ?? "cancelled" };
    case "failed":
    case "uncertain":
    case "blocked":
      // A copy: the bus freezes what it is given, and the delivery object lives on.
      return next.problem ? { problem: { ...next.problem } } : {};
    default:
      return {};
  }
}

/**
 * Writes a step of a delivery: the delivery at the revision it was read
 * (compare-and-set: `CORE_CONFLICT` if another worker moved it), its audit
 * entry when the rule audits, its event, and its consequences (see
 * {@link consequences}), all in the running transaction.
 */
export function* applyChange(
  before: Delivery,
  action: DeliveryAction,
  set: Partial<Delivery>,
  options: { readonly actor?: AuditActor; readonly reason?: string; readonly extra?: Record<string, unknown> },
  env: OutboxEnv,
  effects: OutboxEffects,
): TxProgram<Delivery> {
  const rule = deliveryRule(action, before.state, before.id);
  const next = nextDelivery(before, action, set, env.now(), rule);
  yield* save("deliveries", next, before.revision);
  const reason = options.reason ?? next.problem?.message;
  if (rule.audited) {
    yield* audit({
      actor: options.actor ?? ENGINE_ACTOR,
      action: deliveryAuditAction(next.kind, action, next.state),
      subject: { type: deliveryPrefix(next.kind), id: next.id },
      from: before.state,
      to: next.state,
      ...(reason ? { reason } : {}),
      data: {
        ...(next.postId !== undefined ? { postId: next.postId } : {}),
        channelId: next.channelId,
        attempts: next.attempts,
        ...(next.kind !== "takedown" && next.remoteId ? { remoteId: next.remoteId } : {}),
        ...(next.kind === "reply" ? { replyId: next.replyId, interactionId: next.interactionId } : {}),
        ...(next.kind === "takedown" ? { targetDeliveryId: next.target.deliveryId, ...(next.target.remoteId ? { remoteId: next.target.remoteId } : {}) } : {}),
      },
    });
  }
  effects.written.push(next);
  if (rule.outcome) {
    effects.announce.push({ type: deliveryEventType(next.kind, rule.outcome), data: deliveryEventData(next, { ...outcomeExtras(next, reason), ...options.extra }), subject: next.id });
  }
  yield* consequences(next, env, effects);
  return next;
}

/** Inserts new deliveries (made by a post step or a consequence), audits takedowns, announces each. */
export function* createDeliveries(created: readonly Delivery[], options: { readonly actor?: AuditActor; readonly reason?: string }, env: OutboxEnv, effects: OutboxEffects): TxProgram<void> {
  for (const delivery of created) {
    yield* insert("deliveries", delivery);
    if (delivery.kind === "takedown") {
      yield* audit({
        actor: options.actor ?? ENGINE_ACTOR,
        action: `takedown.${delivery.state === "blocked" ? "blocked" : "scheduled"}`,
        subject: { type: "takedown", id: delivery.id },
        to: delivery.state,
        ...(options.reason || delivery.problem ? { reason: delivery.problem?.message ?? options.reason } : {}),
        data: { ...(delivery.postId !== undefined ? { postId: delivery.postId } : {}), ...(delivery.replyId !== undefined ? { replyId: delivery.replyId } : {}), channelId: delivery.channelId, targetDeliveryId: delivery.target.deliveryId },
      });
    } else if (delivery.kind === "reply") {
      // Who handed a citizen's answer to the network, and when: part of the record like a post's schedule step.
      yield* audit({
        actor: options.actor ?? ENGINE_ACTOR,
        action: "reply-delivery.scheduled",
        subject: { type: "reply-delivery", id: delivery.id },
        to: delivery.state,
        data: { replyId: delivery.replyId, interactionId: delivery.interactionId, channelId: delivery.channelId, ...(delivery.postId !== undefined ? { postId: delivery.postId } : {}) },
      });
    }
    effects.written.push(delivery);
    if (delivery.kind === "reply") yield* replyConsequences(delivery, env, effects);
    const outcome = delivery.state === "blocked" ? "blocked" : "scheduled";
    effects.announce.push({
      type: deliveryEventType(delivery.kind, outcome),
      data: deliveryEventData(delivery, outcome === "blocked" ? (delivery.problem ? { problem: { ...delivery.problem } } : {}) : { dueAt: delivery.dueAt }),
      subject: delivery.id,
    });
  }
}

/**
 * What follows from a post delivery's new state, in the same transaction:
 * - it went out (succeeded) but its post was withdrawn meanwhile: its
 *   takedown is made at once, so a withdrawn post is never left online
 *   without a task to remove it;
 * - it ended and every delivery of its post has ended: the post is
 *   `published` (one or more went out) or back to `approved` (none did).
 */
export function* consequences(next: Delivery, env: OutboxEnv, effects: OutboxEffects): TxProgram<void> {
  if (next.kind === "reply") {
    yield* replyConsequences(next, env, effects);
    return;
  }
  if (next.kind !== "post") return;
  const final = isFinalDelivery(next);
  if (!final) return;
  const post = yield* get("posts", next.postId);
  if (!post) return;
  // Listed, not counted by state: one indexed lookup by postId and a parse is
  // cheaper on SQLite than a count whose filter reads the state out of each
  // document (18 against 28 µs, measured).
  const all = yield* list("deliveries", { where: { postId: next.postId } });
  if (post.state === "withdrawn") {
    if (next.state === "succeeded" && !hasTakedown(all, next.id)) {
      yield* createDeliveries([planTakedown(next, env.adapterFor(next.network), formatInstant(env.now()))], { reason: "the post was withdrawn while it went out" }, env, effects);
    }
    return;
  }
  const posts = all.filter((d): d is PostDelivery => d.kind === "post");
  if (!posts.every(isFinalDelivery)) return;
  const went = posts.some((d) => d.state === "succeeded");
  if (!went && post.state !== "publishing" && post.state !== "scheduled") return;
  if (went && post.state !== "publishing" && post.state !== "approved") return;
  const taken = went
    ? yield* step(post, "mark-published", { system: "publishing-engine" })
    : yield* step(post, post.state === "scheduled" ? "unschedule" : "abort-publishing", { system: "publishing-engine" }, { reason: noneTook(posts) });
  // A refused step (the post moved on meanwhile) writes nothing; its emit is empty.
  effects.announce.push(taken.emit);
}

/**
 * What follows from a reply delivery's new state, in the same transaction:
 * the reply shows where its delivery stands; once the network has it, the
 * workflow's step marks the reply sent — at the network's time — and the
 * interaction answered, its first response dated by the network and
 * measured (`first-response-hours`).
 */
function* replyConsequences(next: ReplyDelivery, env: OutboxEnv, effects: OutboxEffects): TxProgram<void> {
  const reply = yield* get("replies", next.replyId);
  if (!reply) return;
  if (reply.state === "withdrawn" || reply.state === "discarded") {
    // Sent after all, while it was being withdrawn or discarded (its call was under way): taken down at once, as a withdrawn post is.
    if (next.state === "succeeded" || next.state === "uncertain") {
      const all = yield* list("deliveries", { where: { replyId: reply.id } as never });
      if (!hasTakedown(all, next.id)) yield* createDeliveries([planTakedown(next, env.adapterFor(next.network), formatInstant(env.now()))], { reason: `the reply was ${reply.state} while it went out` }, env, effects);
    }
  } else if (next.state === "succeeded" && reply.state !== "sent") {
    const sent = yield* replySent(reply.id, { system: "publishing-engine" }, {
      at: next.publishedAt ?? formatInstant(env.now()),
      deliveryId: next.id,
      channelId: next.channelId,
      ...(next.remoteId !== undefined ? { remoteId: next.remoteId } : {}),
      ...(next.url !== undefined && /^https?:\/\//i.test(next.url) ? { url: next.url } : {}),
    });
    effects.announce.push(sent.emit);
    if (sent.result.ok) return;
  }
  if (reply.deliveryId === next.id && reply.deliveryState === next.state && reply.channelId === next.channelId) return;
  yield* save("replies", { ...reply, deliveryId: next.id, deliveryState: next.state, channelId: next.channelId, updatedAt: formatInstant(env.now()), revision: reply.revision + 1 }, reply.revision);
}

/** Why a post went back to approved: what became of each of its deliveries. */
function noneTook(posts: readonly PostDelivery[]): string {
  return `No channel took the post: ${posts.map((d) => `${d.channelId} ${d.state}`).join(", ")}`;
}

/** A problem for a person, stamped now. */
export function problemAt(problem: Omit<DeliveryProblem, "at">, now: number): DeliveryProblem {
  return { ...problem, at: formatInstant(now) };
}
