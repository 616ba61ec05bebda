import type { NetworkErrorKind, PublishRequestV1, PublishWarningV1 } from "../spec/index.js";

/**
 * What a delivery of the outbox does:
 * - `post`: puts one post on one channel;
 * - `takedown`: removes a post of a withdrawn post from one channel (through
 *   the adapter's `delete`), after looking it up first when it is not known
 *   whether or under which id it went out;
 * - `reply`: answers a citizen's interaction on its channel (through the
 *   adapter's `reply`), with the same promise as a post: idempotency key,
 *   retries, a lookup after a doubtful attempt, the crisis pause.
 */
export type DeliveryKind = "post" | "takedown" | "reply";

/**
 * Where a delivery stands (the same for every kind; the transitions are
 * `DELIVERY_TRANSITIONS`):
 * - `scheduled`: waiting for its time;
 * - `in-flight`: a worker holds its lease and is calling the network;
 * - `retrying`: a passing failure; it waits for `nextAttemptAt`;
 * - `blocked`: it may not or cannot go now (a quiet period, a wait the
 *   network asked for beyond what the engine waits on its own, a network
 *   that cannot delete); a person decides;
 * - `uncertain`: a call may or may not have reached the network and a lookup
 *   could not tell, or the adapter broke the spec; a person decides;
 * - `succeeded`, `failed`, `cancelled`: done. For a takedown, `succeeded`
 *   means the post is no longer on the network.
 */
export type DeliveryState = "scheduled" | "in-flight" | "retrying" | "blocked" | "uncertain" | "succeeded" | "failed" | "cancelled";

/** States in which the engine will still act on a delivery by itself. */
export const ACTIVE_DELIVERY_STATES: readonly DeliveryState[] = ["scheduled", "in-flight", "retrying"];

/** States after which nothing happens to a delivery any more. */
export const FINAL_DELIVERY_STATES: readonly DeliveryState[] = ["succeeded", "failed", "cancelled"];

/** States that wait for a person. */
export const WAITING_DELIVERY_STATES: readonly DeliveryState[] = ["blocked", "uncertain"];

/**
 * What is sent: the post's variant for the channel, frozen when the post was
 * scheduled — the content fields of a {@link PublishRequestV1}, which the
 * engine completes with the delivery's id, key and channel at each attempt.
 */
export type DeliveryPayload = Pick<PublishRequestV1, "text" | "contentWarning" | "language" | "media" | "links" | "hashtags" | "options" | "pillarId" | "campaignId">;

/** Why a delivery failed, is retrying, blocked or uncertain: for the person who must act. */
export interface DeliveryProblem {
  /** What kind of problem (a network error kind, or the engine's own). */
  readonly kind: NetworkErrorKind | "blocked" | "uncertain" | "credentials-missing" | "credentials-invalid" | "gave-up" | "adapter-defect" | "quiet-period" | "no-delete";
  /** A stable error code, e.g. `NETWORK_REJECTED_CONTENT`. */
  readonly code: string;
  /** In English, for developers and logs; never with credentials. */
  readonly message: string;
  /** The network's own words, if it gave any. */
  readonly networkReason?: string;
  /** The quiet periods that block it, for `quiet-period`. */
  readonly quietPeriodIds?: readonly string[];
  /** RFC 3339. */
  readonly at: string;
}

/** What every delivery of the outbox has, whatever its kind. */
export interface DeliveryBase {
  /** The delivery's id in the outbox. */
  readonly id: string;
  /** The organisation the post belongs to. */
  readonly organisationId: string;
  /** What the delivery does; see {@link DeliveryKind}. */
  readonly kind: DeliveryKind;
  /** The post this delivery is for (for a reply: the post the citizen wrote under, if known). */
  readonly postId?: string;
  /** The channel (account) it goes to. */
  readonly channelId: string;
  /** The adapter id (the channel's network). */
  readonly network: string;
  /** Sent with every attempt so the network, or a lookup, can tell a repeat from a new post. */
  readonly idempotencyKey: string;
  /** Where the delivery stands; see {@link DeliveryState}. */
  state: DeliveryState;
  /** RFC 3339: when it should happen. */
  dueAt: string;
  /** RFC 3339: when the engine tries next (the due time, or later after a failure). */
  nextAttemptAt: string;
  /** Calls made so far (publish, delete and lookups); counted when a call is claimed, before it starts. */
  attempts: number;
  /** `attempts` when a person last sent it again: the attempt limit counts the attempts after it. */
  attemptsAtRetry?: number;
  /** The worker holding the delivery while it is in flight, and until when. */
  lease?: {
    /** The id of the worker holding the lease. */
    readonly owner: string;
    /** RFC 3339: when the lease runs out and any worker, this one included, may take over. */
    readonly until: string;
  };
  /** RFC 3339: when the current or last attempt began. */
  attemptStartedAt?: string;
  /**
   * True when an earlier attempt may have reached the network (a timeout, a
   * server error, a crash in flight): before sending again, or before
   * cancelling, the engine looks the post up, unless the network dedupes by
   * key itself.
   */
  mayHaveReachedNetwork?: boolean;
  /**
   * RFC 3339: when the first attempt began that may have reached the network
   * (set when `mayHaveReachedNetwork` becomes true, kept through retries, set
   * anew when it becomes true again after a lookup found nothing). A
   * network's idempotency window (`idempotencyWindowMs`) is measured from
   * it: the network cannot have taken the key earlier. Read only while
   * `mayHaveReachedNetwork` is true; a delivery written before this field
   * counts from `createdAt`.
   */
  firstDoubtAt?: string;
  /** Why it is retrying, blocked, uncertain or failed; cleared on success. */
  problem?: DeliveryProblem;
  /** RFC 3339: when it was made. */
  readonly createdAt: string;
  /** RFC 3339: when it last changed. */
  updatedAt: string;
  /** Increases with every write; guards against two workers overwriting each other. */
  revision: number;
}

/** The approval a post delivery sends: the post's approved revision and content fingerprint, as at scheduling. */
export interface DeliveryApproval {
  /** `post.approval.revision` when the delivery was made. */
  readonly revision: number;
  /** `post.approval.contentHash` when the delivery was made. */
  readonly contentHash: string;
}

/**
 * One post on one channel. Written in the transaction that scheduled the
 * post, before the network is called; sent only while the post still carries
 * the approval it was made with.
 */
export interface PostDelivery extends DeliveryBase {
  readonly kind: "post";
  /** The post this delivery is for. */
  readonly postId: string;
  /** What is sent, frozen at scheduling so later edits of the post do not change it. */
  readonly payload: DeliveryPayload;
  /** The approval the payload was made from. */
  readonly approval: DeliveryApproval;
  /** The network's id of the post, once published. */
  remoteId?: string;
  /** Public link to the published post, if the network gives one. */
  url?: string;
  /** RFC 3339. */
  publishedAt?: string;
  /** Set when the success was found by a lookup (or a person) rather than a publish call. */
  reconciled?: boolean;
  /** What the adapter could not do as asked, while the post still went out. */
  warnings?: readonly PublishWarningV1[];
}

/** What a takedown removes: a post or reply delivery that is, or may be, on the network. */
export interface TakedownTarget {
  /** The post delivery whose post is removed. */
  readonly deliveryId: string;
  /** Its key, for a lookup when `remoteId` is not known. */
  readonly idempotencyKey: string;
  /** The network's id of the post, when known; else looked up first. */
  remoteId?: string;
  /** Public link to it, if known (for a person who removes it by hand). */
  readonly url?: string;
  /** The text sent, for a lookup by content. */
  readonly text: string;
  /** RFC 3339: the post cannot have gone out before this instant. */
  readonly notBefore: string;
}

/** The removal of a withdrawn post from one channel: durable, retried, audited. */
export interface TakedownDelivery extends DeliveryBase {
  readonly kind: "takedown";
  /** The withdrawn post whose publication is removed (for a withdrawn reply: the post the citizen wrote under, if known). */
  readonly postId?: string;
  /** The withdrawn reply that is removed, when the takedown is a reply's. */
  readonly replyId?: string;
  /** What to remove. */
  readonly target: TakedownTarget;
  /** RFC 3339: when the post was found gone or removed. */
  removedAt?: string;
  /** Set when a lookup found that the post had never gone out (nothing to remove). */
  notFound?: boolean;
}

/** What a reply delivery sends, frozen when it was handed over. */
export interface ReplyPayload {
  /** The reply's text, as approved. */
  readonly text: string;
  /** The network's id of the interaction answered. */
  readonly inReplyToRemoteId: string;
}

/** The reply a reply delivery sends: its text's fingerprint when it was handed over. */
export interface ReplyApproval {
  /** `reply.revision` when the delivery was made. */
  readonly revision: number;
  /** SHA-256 of the text sent (see `replyContentHash`). */
  readonly contentHash: string;
}

/** A reply to a citizen's interaction, on the interaction's channel. */
export interface ReplyDelivery extends DeliveryBase {
  readonly kind: "reply";
  /** The reply sent. */
  readonly replyId: string;
  /** The interaction answered. */
  readonly interactionId: string;
  /** What is sent. */
  readonly payload: ReplyPayload;
  /** The reply's state of approval it was made from. */
  readonly approval: ReplyApproval;
  /** The network's id of the reply, once sent. */
  remoteId?: string;
  /** Public link to the reply, if the network gives one. */
  url?: string;
  /** RFC 3339: when the network says the reply went out (the first-response time counts from it). */
  publishedAt?: string;
  /** Set when the success was found by a lookup (or a person) rather than a reply call. */
  reconciled?: boolean;
}

/** An entry of the outbox: see {@link DeliveryKind}. */
export type Delivery = PostDelivery | TakedownDelivery | ReplyDelivery;

/** The organisation's publishing switch: crisis mode pauses every delivery. */
export interface PublishingState {
  /** Fixed: there is one switch per organisation. */
  readonly id: "publishing";
  /** The organisation the switch belongs to. */
  readonly organisationId: string;
  /** True while crisis mode holds every delivery back. */
  readonly paused: boolean;
  /** Why publishing was paused, for the team. */
  readonly reason?: string;
  /** The member who paused or resumed publishing last. */
  readonly by?: string;
  /** RFC 3339. */
  readonly at?: string;
  /** Increases with every write; guards against concurrent changes. */
  readonly revision: number;
}

/** True for states after which nothing happens any more. */
export function isFinalDelivery(delivery: Pick<Delivery, "state">): boolean {
  return FINAL_DELIVERY_STATES.includes(delivery.state);
}

declare module "@kommune-sm/core" {
  interface StoreCollections {
    /** The publishing engine's durable outbox: posts to channels, takedowns, and replies to citizens. */
    deliveries: Delivery;
    /** The publishing engine's per-organisation switch (crisis pause). */
    "publishing-state": PublishingState;
  }
}
