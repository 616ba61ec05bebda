import { createId, formatInstant } from "@kommune-sm/core";
import type { NetworkAdapter } from "../spec/index.js";
import type { Delivery, PostDelivery, ReplyDelivery, TakedownDelivery } from "./delivery.js";

// A lookup for a post whose id is not known searches from a minute before
// its delivery was made: clocks of workers and networks differ a little.
const lookupSlackMs = 60_000;

/**
 * The takedown of a post delivery whose post was withdrawn: due at once, or
 * born `blocked` with the reason when the network cannot delete through its
 * API (or no adapter is registered for it) — a task a person sees, never a
 * silent gap. Without a remote id (the delivery is uncertain), the takedown
 * looks the post up first.
 */
export function planTakedown(of: PostDelivery | ReplyDelivery, adapter: NetworkAdapter | undefined, now: string): TakedownDelivery {
  const id = createId();
  const cannot = !adapter ? `no adapter is registered for network "${of.network}"` : !adapter.capabilities.delete ? `${adapter.displayName} cannot delete posts through its API` : undefined;
  const where = of.url ? ` at ${of.url}` : of.remoteId ? ` (its id there: ${of.remoteId})` : "";
  return {
    id,
    organisationId: of.organisationId,
    kind: "takedown",
    ...(of.postId !== undefined ? { postId: of.postId } : {}),
    ...(of.kind === "reply" ? { replyId: of.replyId } : {}),
    channelId: of.channelId,
    network: of.network,
    idempotencyKey: `ksm-${id}`,
    state: cannot ? "blocked" : "scheduled",
    dueAt: now,
    nextAttemptAt: now,
    attempts: 0,
    target: {
      deliveryId: of.id,
      idempotencyKey: of.idempotencyKey,
      ...(of.remoteId !== undefined ? { remoteId: of.remoteId } : {}),
      ...(of.url !== undefined ? { url: of.url } : {}),
      text: of.payload.text,
      notBefore: formatInstant(Date.parse(of.createdAt) - lookupSlackMs),
    },
    ...(cannot
      ? { problem: { kind: "no-delete" as const, code: "NETWORK_UNSUPPORTED", message: `The post must be removed by hand: ${cannot}. Remove it on channel "${of.channelId}"${where}, then resolve this takedown.`, at: now } }
      : {}),
    createdAt: now,
    updatedAt: now,
    revision: 1,
  };
}

/** True if `deliveries` hold a takedown of `deliveryId` that is under way or done (not cancelled). */
export function hasTakedown(deliveries: readonly Delivery[], deliveryId: string): boolean {
  return deliveries.some((d) => d.kind === "takedown" && d.target.deliveryId === deliveryId && d.state !== "cancelled");
}
