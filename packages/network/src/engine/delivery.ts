import type { NetworkErrorKind, PublishRequestV1, PublishWarningV1 } from "../spec/index.js";

/**
 * Where a delivery (one post on one channel) stands:
 * - `scheduled`: waiting for its time;
 * - `in-flight`: a worker holds its lease and is calling the network;
 * - `retrying`: a passing failure; it waits for `nextAttemptAt`;
 * - `blocked`: the workflow refused to publish now (a quiet period); a person decides;
 * - `uncertain`: a call may or may not have reached the network and a lookup
 *   could not tell; a person decides (retry, or resolve as published);
 * - `succeeded`, `failed`, `cancelled`: done.
 */
export type DeliveryState = "scheduled" | "in-flight" | "retrying" | "blocked" | "uncertain" | "succeeded" | "failed" | "cancelled";

/** States in which the engine will still act on a delivery by itself. */
export const ACTIVE_DELIVERY_STATES: readonly DeliveryState[] = ["scheduled", "in-flight", "retrying"];

/** States after which nothing happens to a delivery any more. */
export const FINAL_DELIVERY_STATES: readonly DeliveryState[] = ["succeeded", "failed", "cancelled"];

/**
 * What is sent: the post's variant for the channel, frozen when the post was
 * handed over — the content fields of a {@link PublishRequestV1}, which the
 * engine completes with the delivery's id, key and channel at each attempt.
 */
export type DeliveryPayload = Pick<PublishRequestV1, "text" | "language" | "media" | "links" | "hashtags" | "options" | "pillarId" | "campaignId">;

/** Why a delivery failed, is retrying, blocked or uncertain: for the person who must act. */
export interface DeliveryProblem {
  /** What kind of problem (a network error kind, or the engine's own). */
  readonly kind: NetworkErrorKind | "blocked" | "uncertain" | "credentials-missing" | "gave-up";
  /** A stable error code, e.g. `NETWORK_REJECTED_CONTENT`. */
  readonly code: string;
  /** In English, for developers and logs; never with credentials. */
  readonly message: string;
  /** The network's own words, if it gave any. */
  readonly networkReason?: string;
  /** RFC 3339. */
  readonly at: string;
}

/**
 * One post on one channel in the durable outbox. Written before the network
 * is called; its `idempotencyKey` stays the same across retries, restarts and
 * workers. Holds no credentials.
 */
export interface Delivery {
  /** The delivery's id in the outbox. */
  readonly id: string;
  /** The organisation the post belongs to. */
  readonly organisationId: string;
  /** The post this delivery sends. */
  readonly postId: string;
  /** The channel (account) it goes to. */
  readonly channelId: string;
  /** The adapter id (the channel's network). */
  readonly network: string;
  /** Sent with every attempt so the network, or a lookup, can tell a repeat from a new post. */
  readonly idempotencyKey: string;
  /** Where the delivery stands; see {@link DeliveryState}. */
  state: DeliveryState;
  /** RFC 3339: when the post should go out. */
  dueAt: string;
  /** RFC 3339: when the engine tries next (the due time, or later after a failure). */
  nextAttemptAt: string;
  /** Calls made so far. */
  attempts: number;
  /** The worker holding the delivery while it is in flight, and until when. */
  lease?: {
    /** The id of the worker holding the lease. */
    readonly owner: string;
    /** RFC 3339: when the lease runs out and another worker may take over. */
    readonly until: string
  };
  /** RFC 3339: when the current or last attempt began. */
  attemptStartedAt?: string;
  /**
   * True when an earlier attempt may have reached the network (a timeout, a
   * server error, a crash in flight): before sending again the engine looks
   * the post up, unless the network dedupes by key itself.
   */
  mayHaveReachedNetwork?: boolean;
  /** The network's id of the post, once published. */
  remoteId?: string;
  /** Public link to the published post, if the network gives one. */
  url?: string;
  /** RFC 3339. */
  publishedAt?: string;
  /** Set when the success was found by a lookup rather than a publish call. */
  reconciled?: boolean;
  /** Why it is retrying, blocked, uncertain or failed; cleared on success. */
  problem?: DeliveryProblem;
  /** What the adapter could not do as asked, while the post still went out. */
  warnings?: readonly PublishWarningV1[];
  /** What is sent, frozen at handover so later edits of the post do not change it. */
  readonly payload: DeliveryPayload;
  /** RFC 3339: when the post was handed over. */
  readonly createdAt: string;
  /** RFC 3339: when the delivery last changed. */
  updatedAt: string;
  /** Increases with every write; guards against two workers overwriting each other. */
  revision: number;
}

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

declare module "@kommune-sm/core" {
  interface StoreCollections {
    /** The publishing engine's durable outbox. */
    deliveries: Delivery;
    /** The publishing engine's per-organisation switch (crisis pause). */
    "publishing-state": PublishingState;
  }
}
