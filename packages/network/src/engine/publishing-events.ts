import type { DeliveryProblem, DeliveryState } from "./delivery.js";

/** What every delivery event carries. Never credentials. */
export interface DeliveryEventData {
  /** The delivery's id in the outbox. */
  readonly deliveryId: string;
  /** The post being delivered. */
  readonly postId: string;
  /** The channel (account) it goes to. */
  readonly channelId: string;
  /** The adapter id (the channel's network). */
  readonly network: string;
  /** The state the delivery is in after the event. */
  readonly state: DeliveryState;
  /** Calls made so far. */
  readonly attempts: number;
}

declare module "@kommune-sm/core" {
  interface EventCatalogue {
    /** A post was handed to the engine: one delivery per channel is in the outbox. */
    "delivery.scheduled": DeliveryEventData & { readonly dueAt: string };
    /** A worker took a delivery and is calling the network. */
    "delivery.started": DeliveryEventData & { readonly late: boolean };
    /** The network has the post. */
    "delivery.succeeded": DeliveryEventData & { readonly remoteId: string; readonly url?: string; readonly reconciled: boolean };
    /** A passing failure; the engine tries again at `nextAttemptAt`. */
    "delivery.retrying": DeliveryEventData & { readonly nextAttemptAt: string; readonly problem: DeliveryProblem };
    /** The delivery failed for good; `problem` says what a person can do. */
    "delivery.failed": DeliveryEventData & { readonly problem: DeliveryProblem };
    /** It cannot be known whether the network has the post; a person decides. */
    "delivery.uncertain": DeliveryEventData & { readonly problem: DeliveryProblem };
    /** The workflow refused to publish now (a quiet period); a person decides. */
    "delivery.blocked": DeliveryEventData & { readonly problem: DeliveryProblem };
    /** A person or the workflow cancelled the delivery before it went out. */
    "delivery.cancelled": DeliveryEventData & { readonly reason: string };
    /** Crisis mode: every delivery of the organisation waits. */
    "publishing.paused": { readonly actorId: string; readonly reason: string };
    /** Crisis mode ended. */
    "publishing.resumed": { readonly actorId: string };
    /** A scheduled post could not be handed over; it stays scheduled without deliveries. */
    "publishing.handover-failed": { readonly postId: string; readonly code: string; readonly message: string };
  }
}

export {};
