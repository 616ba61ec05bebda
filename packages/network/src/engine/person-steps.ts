import { formatInstant, KommuneError, type AuditActor, type Role, type TeamMember } from "@kommune-sm/core";
import type { Delivery, PostDelivery, TakedownDelivery } from "../outbox/delivery.js";
import { DELIVERY_TRANSITIONS, deliveryRule, type DeliveryAction } from "../outbox/delivery-transitions.js";
import { unwanted } from "../outbox/claim.js";
import { replyUnwanted } from "../outbox/reply-delivery.js";
import { applyChange, type OutboxEffects, type OutboxEnv } from "../outbox/outbox-programs.js";
import { get, step, type TxProgram } from "../outbox/tx-program.js";
import { PublishingError } from "../spec/index.js";

/** A person's decision about an uncertain or blocked delivery. */
export type DeliveryResolution =
  | {
      /** The person found the post on the network (a post delivery). */
      readonly outcome: "published";
      /** The network's id of the post the person found. */
      readonly remoteId: string;
      /** Public link to that post, if there is one. */
      readonly url?: string;
    }
  | {
      /** The post is not on the network (a post delivery); the delivery is cancelled. */
      readonly outcome: "not-published";
    }
  | {
      /** The post is no longer on the network: the person removed it, or found it gone (a takedown). */
      readonly outcome: "removed";
    };

/** The member taking a person's step, read in its transaction: active, with one of the roles. */
export function* requireMember(actorId: string, roles: readonly Role[]): TxProgram<TeamMember> {
  const member = typeof actorId === "string" ? yield* get("teamMembers", actorId) : undefined;
  if (!member || !member.active || !member.roles.some((role) => roles.includes(role))) {
    throw new PublishingError("NETWORK_INVALID_STATE", `"${String(actorId)}" is not an active team member with one of the roles ${roles.join(", ")}.`);
  }
  return member;
}

function* requireDelivery(deliveryId: string): TxProgram<Delivery> {
  const delivery = yield* get("deliveries", deliveryId);
  if (!delivery) throw new KommuneError({ code: "CORE_NOT_FOUND", message: `There is no delivery "${String(deliveryId)}" in this organisation.` });
  return delivery;
}

const asActor = (member: TeamMember): AuditActor => ({ kind: "member", id: member.id, name: member.name });

/**
 * A person sends a failed, blocked or uncertain delivery again. A post that
 * went back to `approved` (none of its channels took it) takes its step to
 * `publishing` in the same transaction — refused, with the workflow's
 * reason, inside a quiet period that is not overridden.
 */
export function* retryProgram(deliveryId: string, actorId: string, env: OutboxEnv, effects: OutboxEffects): TxProgram<Delivery> {
  const delivery = yield* requireDelivery(deliveryId);
  const member = yield* requireMember(actorId, DELIVERY_TRANSITIONS.retry.roles!);
  deliveryRule("retry", delivery.state, delivery.id);
  if (delivery.kind === "post") {
    const post = yield* get("posts", delivery.postId);
    if (post?.state === "approved") {
      const started = yield* step(post, "start-publishing", { system: "publishing-engine" }, { reason: `${member.name} sent delivery ${delivery.id} again` });
      if (!started.result.ok) throw new PublishingError("NETWORK_INVALID_STATE", started.result.refusal.message);
      effects.announce.push(started.emit);
      const why = unwanted(started.result.value, delivery);
      if (why) throw new PublishingError("NETWORK_INVALID_STATE", `Delivery "${delivery.id}" cannot be sent again: ${why}.`);
    } else {
      const why = unwanted(post, delivery);
      if (why) throw new PublishingError("NETWORK_INVALID_STATE", `Delivery "${delivery.id}" cannot be sent again: ${why}.`);
    }
  } else if (delivery.kind === "reply") {
    const why = replyUnwanted(yield* get("replies", delivery.replyId), delivery, env.fourEyesOnReplies());
    if (why) throw new PublishingError("NETWORK_INVALID_STATE", `Delivery "${delivery.id}" cannot be sent again: ${why}.`);
  }
  // An uncertain delivery may be on the network: the next attempt looks it up first.
  return yield* applyChange(
    delivery,
    "retry",
    { nextAttemptAt: formatInstant(env.now()), attemptsAtRetry: delivery.attempts, mayHaveReachedNetwork: delivery.state === "uncertain" || delivery.mayHaveReachedNetwork === true },
    { actor: asActor(member), reason: `sent again by ${member.name}` },
    env,
    effects,
  );
}

/** A person stops a delivery that has not gone out, with a reason. */
export function* cancelProgram(deliveryId: string, actorId: string, reason: string, env: OutboxEnv, effects: OutboxEffects): TxProgram<Delivery> {
  const delivery = yield* requireDelivery(deliveryId);
  const member = yield* requireMember(actorId, DELIVERY_TRANSITIONS["cancel-by-person"].roles!);
  deliveryRule("cancel-by-person", delivery.state, delivery.id);
  if (delivery.kind === "takedown") {
    // A withdrawn post left online with no task to remove it is what takedowns exist to prevent.
    throw new PublishingError("NETWORK_INVALID_STATE", `Delivery "${delivery.id}" removes a withdrawn post and cannot be cancelled; resolve it as "removed" once the post is off the network.`);
  }
  if (delivery.mayHaveReachedNetwork) {
    throw new PublishingError("NETWORK_INVALID_STATE", `Delivery "${delivery.id}" may have reached the network in an earlier attempt; resolve it instead of cancelling it.`);
  }
  return yield* applyChange(delivery, "cancel-by-person", {}, { actor: asActor(member), reason }, env, effects);
}

/** A person decides an uncertain or blocked delivery (see {@link DeliveryResolution}). */
export function* resolveProgram(deliveryId: string, actorId: string, resolution: DeliveryResolution, env: OutboxEnv, effects: OutboxEffects): TxProgram<Delivery> {
  const delivery = yield* requireDelivery(deliveryId);
  const member = yield* requireMember(actorId, DELIVERY_TRANSITIONS["resolve-published"].roles!);
  const now = formatInstant(env.now());
  let action: DeliveryAction;
  let set: Partial<Delivery>;
  let reason: string;
  if (delivery.kind === "post" || delivery.kind === "reply") {
    if (resolution.outcome === "published") {
      action = "resolve-published";
      set = { remoteId: resolution.remoteId, ...(resolution.url ? { url: resolution.url } : {}), publishedAt: now, reconciled: true, mayHaveReachedNetwork: false } as Partial<PostDelivery>;
      reason = "resolved by hand: published";
    } else if (resolution.outcome === "not-published") {
      action = "resolve-not-published";
      set = { mayHaveReachedNetwork: false };
      reason = "resolved by hand: not published";
    } else {
      throw new PublishingError("NETWORK_INVALID_STATE", `Delivery "${delivery.id}" is a ${delivery.kind === "post" ? "post" : "reply"} delivery; resolve it as "published" or "not-published".`);
    }
  } else {
    if (resolution.outcome !== "removed") {
      throw new PublishingError("NETWORK_INVALID_STATE", `Delivery "${delivery.id}" is a takedown; resolve it as "removed" once the post is off the network, or retry it.`);
    }
    action = "resolve-published";
    set = { removedAt: now, mayHaveReachedNetwork: false } as Partial<TakedownDelivery>;
    reason = "resolved by hand: removed";
  }
  deliveryRule(action, delivery.state, delivery.id);
  return yield* applyChange(delivery, action, set, { actor: asActor(member), reason }, env, effects);
}
