import type { Role } from "@kommune-sm/core";
import { PublishingError } from "../spec/index.js";
import type { DeliveryKind, DeliveryState } from "./delivery.js";

/** What can happen to a delivery of the outbox. */
export type DeliveryAction =
  | "claim"
  | "succeed"
  | "retry-later"
  | "release"
  | "fail"
  | "doubt"
  | "block"
  | "cancel"
  | "requeue"
  | "retry"
  | "resolve-published"
  | "resolve-not-published"
  | "cancel-by-person";

/** The events a delivery's steps announce, as `delivery.<outcome>` for posts and `takedown.<outcome>` for takedowns. */
export type DeliveryOutcome = "scheduled" | "started" | "succeeded" | "retrying" | "failed" | "uncertain" | "blocked" | "cancelled";

/** One rule of the outbox's state machine. */
export interface DeliveryTransitionRule {
  /** States the step starts from. */
  readonly from: readonly DeliveryState[];
  /** The state it leads to. */
  readonly to: DeliveryState;
  /** Who takes it: the engine by itself, a post step (edit, unschedule, withdraw, abort) in its transaction, or a person. */
  readonly by: "engine" | "post-step" | "person";
  /** For steps of persons: the roles allowed (any one suffices). */
  readonly roles?: readonly Role[];
  /** The step writes an audit entry (in the same transaction). */
  readonly audited: boolean;
  /** The event it emits, if any. */
  readonly outcome?: DeliveryOutcome;
  /** A person must say why. */
  readonly requiresReason?: boolean;
}

const people: readonly Role[] = ["editor", "approver", "admin"];

/**
 * The outbox's state machine as data, the same for every kind of delivery
 * (a post to a channel, a takedown). The engine checks every step against
 * it; UIs and docs can read it.
 *
 * - `claim`: a due delivery (or one whose lease ran out) is taken by a worker;
 * - `succeed`, `retry-later`, `fail`, `doubt` (uncertain), `block`: the
 *   outcome of an attempt, or (`fail`, `doubt`, `block`) what the claim
 *   decides without a call (no adapter, a quiet period, a network that
 *   cannot delete); `release`: paused before the call, no attempt made;
 * - `cancel`: the engine or a post step stops what has not gone out
 *   (from `in-flight` only at a claim, after a lookup found nothing);
 * - `requeue`: a post step makes a delivery that may have reached the network
 *   due now, so that a lookup decides it before it is cancelled;
 * - `retry`, `resolve-published`, `resolve-not-published`, `cancel-by-person`: a person's decisions.
 */
export const DELIVERY_TRANSITIONS: Readonly<Record<DeliveryAction, DeliveryTransitionRule>> = {
  claim: { from: ["scheduled", "retrying", "in-flight"], to: "in-flight", by: "engine", audited: false, outcome: "started" },
  succeed: { from: ["in-flight"], to: "succeeded", by: "engine", audited: true, outcome: "succeeded" },
  "retry-later": { from: ["in-flight"], to: "retrying", by: "engine", audited: false, outcome: "retrying" },
  release: { from: ["in-flight"], to: "retrying", by: "engine", audited: false },
  fail: { from: ["in-flight", "scheduled", "retrying"], to: "failed", by: "engine", audited: true, outcome: "failed" },
  doubt: { from: ["in-flight", "scheduled", "retrying"], to: "uncertain", by: "engine", audited: true, outcome: "uncertain" },
  block: { from: ["in-flight", "scheduled", "retrying"], to: "blocked", by: "engine", audited: true, outcome: "blocked" },
  cancel: { from: ["scheduled", "retrying", "blocked", "in-flight"], to: "cancelled", by: "post-step", audited: true, outcome: "cancelled" },
  requeue: { from: ["retrying", "blocked"], to: "retrying", by: "post-step", audited: true },
  retry: { from: ["failed", "blocked", "uncertain"], to: "retrying", by: "person", roles: people, audited: true },
  "resolve-published": { from: ["uncertain", "blocked"], to: "succeeded", by: "person", roles: people, audited: true, outcome: "succeeded" },
  "resolve-not-published": { from: ["uncertain", "blocked"], to: "cancelled", by: "person", roles: people, audited: true, outcome: "cancelled" },
  "cancel-by-person": { from: ["scheduled", "retrying", "blocked"], to: "cancelled", by: "person", roles: people, audited: true, outcome: "cancelled", requiresReason: true },
};

/** The rule of `action`, after checking that a delivery in `state` may take it; throws `NETWORK_INVALID_STATE` otherwise. */
export function deliveryRule(action: DeliveryAction, state: DeliveryState, deliveryId: string): DeliveryTransitionRule {
  const rule = DELIVERY_TRANSITIONS[action];
  if (!rule.from.includes(state)) {
    throw new PublishingError("NETWORK_INVALID_STATE", `Delivery "${deliveryId}" is ${state}; "${action}" is possible only from ${rule.from.join(", ")}.`);
  }
  return rule;
}

/** The prefix of a kind's events and audit actions: `delivery`, `takedown`, `reply-delivery`. */
export function deliveryPrefix(kind: DeliveryKind): "delivery" | "takedown" | "reply-delivery" {
  return kind === "post" ? "delivery" : kind === "takedown" ? "takedown" : "reply-delivery";
}

/** The event type of an outcome for a kind of delivery: `delivery.succeeded`, `takedown.succeeded`, `reply-delivery.succeeded`, ... */
export function deliveryEventType<O extends DeliveryOutcome>(kind: DeliveryKind, outcome: O): `delivery.${O}` | `takedown.${O}` | `reply-delivery.${O}` {
  return `${deliveryPrefix(kind)}.${outcome}`;
}

/** The audit action of a step for a kind of delivery: `delivery.<to>`, `takedown.<to>` or `reply-delivery.<to>`, `…requeued` for a requeue, `…retried` for a person's retry. */
export function deliveryAuditAction(kind: DeliveryKind, action: DeliveryAction, to: DeliveryState): string {
  const prefix = deliveryPrefix(kind);
  if (action === "requeue") return `${prefix}.requeued`;
  if (action === "retry") return `${prefix}.retried`;
  return `${prefix}.${to}`;
}
