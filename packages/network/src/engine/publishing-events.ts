import type { DeliveryKind, DeliveryProblem, DeliveryState } from "../outbox/delivery.js";
import type { RunningCall } from "../calls/call-service.js";

/** What every delivery and takedown event carries. Never credentials, never the text. */
export interface DeliveryEventData {
  /** The delivery's id in the outbox. */
  readonly deliveryId: string;
  /** The post being delivered (or taken down). */
  readonly postId: string;
  /** The channel (account) it goes to. */
  readonly channelId: string;
  /** The adapter id (the channel's network). */
  readonly network: string;
  /** `post` for `delivery.*` events, `takedown` for `takedown.*` events. */
  readonly kind: DeliveryKind;
  /** The state the delivery is in after the event. */
  readonly state: DeliveryState;
  /** Calls made so far. */
  readonly attempts: number;
}

/** What every takedown event carries besides {@link DeliveryEventData}. */
export interface TakedownEventData extends DeliveryEventData {
  /** The post delivery whose post is removed. */
  readonly targetDeliveryId: string;
}

/** What every reply-delivery event carries: the reply, the interaction, the channel. Never the text. */
export interface ReplyDeliveryEventData {
  /** The delivery's id in the outbox. */
  readonly deliveryId: string;
  /** The reply sent. */
  readonly replyId: string;
  /** The citizen's interaction answered. */
  readonly interactionId: string;
  /** The post the citizen wrote under, if known. */
  readonly postId?: string;
  /** The channel (account) it goes to. */
  readonly channelId: string;
  /** The adapter id. */
  readonly network: string;
  /** Always `reply`. */
  readonly kind: DeliveryKind;
  /** The state the delivery is in after the event. */
  readonly state: DeliveryState;
  /** Calls made so far. */
  readonly attempts: number;
}

/** A delivery held in flight when publishing was paused: its call may still be running, or about to start, on its worker. */
export interface RunningDelivery {
  /** The delivery. */
  readonly deliveryId: string;
  /** Its post (absent for a reply to a citizen that answers no post of ours). */
  readonly postId?: string;
  /** Its channel. */
  readonly channelId: string;
  /** The worker holding it (this engine's `workerId`, or another's). */
  readonly worker: string;
  /** RFC 3339: when its attempt began. */
  readonly since: string;
  /** The operation, where this engine runs the call itself. */
  readonly operation?: RunningCall["operation"];
}

declare module "@kommune-sm/core" {
  interface EventCatalogue {
    /** A post was scheduled: its delivery to one channel is in the outbox. */
    "delivery.scheduled": DeliveryEventData & { readonly dueAt: string };
    /** A worker took a delivery and is calling the network. */
    "delivery.started": DeliveryEventData & { readonly late: boolean };
    /** The network has the post. */
    "delivery.succeeded": DeliveryEventData & { readonly remoteId: string; readonly url?: string; readonly reconciled: boolean };
    /** A passing failure; the engine tries again at `nextAttemptAt`. */
    "delivery.retrying": DeliveryEventData & { readonly nextAttemptAt: string; readonly problem?: DeliveryProblem };
    /** The delivery failed for good; `problem` says what a person can do. */
    "delivery.failed": DeliveryEventData & { readonly problem: DeliveryProblem };
    /** It cannot be known whether the network has the post, or the adapter broke the spec; a person decides. */
    "delivery.uncertain": DeliveryEventData & { readonly problem: DeliveryProblem };
    /** It may not or cannot go now (a quiet period, a long wait the network asked for); a person decides. */
    "delivery.blocked": DeliveryEventData & { readonly problem: DeliveryProblem };
    /** The delivery was stopped before it went out (an edit, unschedule, withdrawal, abort, or a person). */
    "delivery.cancelled": DeliveryEventData & { readonly reason: string };
    /** A withdrawn post is to be removed from a channel. */
    "takedown.scheduled": TakedownEventData & { readonly dueAt: string };
    /** A worker is removing a post (or looking for it first). */
    "takedown.started": TakedownEventData & { readonly late: boolean };
    /** The post is no longer on the network (`notFound`: it had never gone out). */
    "takedown.succeeded": TakedownEventData & { readonly notFound: boolean };
    /** A passing failure; the engine tries again at `nextAttemptAt`. */
    "takedown.retrying": TakedownEventData & { readonly nextAttemptAt: string; readonly problem?: DeliveryProblem };
    /** The removal failed for good; the post may still be online; `problem` says what a person can do. */
    "takedown.failed": TakedownEventData & { readonly problem: DeliveryProblem };
    /** It cannot be known whether the post is still online; a person decides. */
    "takedown.uncertain": TakedownEventData & { readonly problem: DeliveryProblem };
    /** The network cannot delete through its API (or has no adapter): a person removes the post by hand, then resolves. */
    "takedown.blocked": TakedownEventData & { readonly problem: DeliveryProblem };
    /** A takedown was stopped by a person. */
    "takedown.cancelled": TakedownEventData & { readonly reason: string };
    /** A reply to a citizen is in the outbox. */
    "reply-delivery.scheduled": ReplyDeliveryEventData & { readonly dueAt: string };
    /** A worker is sending a reply. */
    "reply-delivery.started": ReplyDeliveryEventData & { readonly late: boolean };
    /** The network has the reply; the interaction is answered. */
    "reply-delivery.succeeded": ReplyDeliveryEventData & { readonly remoteId: string; readonly url?: string; readonly reconciled: boolean };
    /** A passing failure; the engine tries again at `nextAttemptAt`. */
    "reply-delivery.retrying": ReplyDeliveryEventData & { readonly nextAttemptAt: string; readonly problem?: DeliveryProblem };
    /** The reply failed for good; `problem` says what a person can do. */
    "reply-delivery.failed": ReplyDeliveryEventData & { readonly problem: DeliveryProblem };
    /** It cannot be known whether the network has the reply; a person decides. */
    "reply-delivery.uncertain": ReplyDeliveryEventData & { readonly problem: DeliveryProblem };
    /** It cannot go now (a long wait the network asked for); a person decides. */
    "reply-delivery.blocked": ReplyDeliveryEventData & { readonly problem: DeliveryProblem };
    /** The reply was stopped before it went out (discarded, changed, or a person). */
    "reply-delivery.cancelled": ReplyDeliveryEventData & { readonly reason: string };
    /** Crisis mode: no network call of the organisation starts until resumed. */
    "publishing.paused": { readonly actorId: string; readonly reason: string; readonly running: readonly RunningDelivery[] };
    /** Crisis mode ended. */
    "publishing.resumed": { readonly actorId: string };
  }
}

export {};
