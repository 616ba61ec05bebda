import type { Media } from "@kommune-sm/core";
import type { NetworkErrorKind, PublishWarningV1 } from "../spec/index.js";

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

/** What is sent: the post's variant for the channel, frozen when the post was handed over. */
export interface DeliveryPayload {
  readonly text: string;
  readonly language: string;
  readonly media: readonly Media[];
  readonly links: readonly string[];
  readonly hashtags: readonly string[];
  /** The adapter's options for this post (`variant.options[network]`). */
  readonly options: Readonly<Record<string, unknown>>;
  readonly pillarId?: string;
  readonly campaignId?: string;
}

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
  readonly id: string;
  readonly organisationId: string;
  readonly postId: string;
  readonly channelId: string;
  /** The adapter id (the channel's network). */
  readonly network: string;
  readonly idempotencyKey: string;
  state: DeliveryState;
  /** RFC 3339: when the post should go out. */
  dueAt: string;
  /** RFC 3339: when the engine tries next (the due time, or later after a failure). */
  nextAttemptAt: string;
  /** Calls made so far. */
  attempts: number;
  /** The worker holding the delivery while it is in flight, and until when. */
  lease?: { readonly owner: string; readonly until: string };
  /** RFC 3339: when the current or last attempt began. */
  attemptStartedAt?: string;
  /**
   * True when an earlier attempt may have reached the network (a timeout, a
   * server error, a crash in flight): before sending again the engine looks
   * the post up, unless the network dedupes by key itself.
   */
  mayHaveReachedNetwork?: boolean;
  remoteId?: string;
  url?: string;
  /** RFC 3339. */
  publishedAt?: string;
  /** Set when the success was found by a lookup rather than a publish call. */
  reconciled?: boolean;
  problem?: DeliveryProblem;
  warnings?: readonly PublishWarningV1[];
  readonly payload: DeliveryPayload;
  readonly createdAt: string;
  updatedAt: string;
  revision: number;
}

/** The organisation's publishing switch: crisis mode pauses every delivery. */
export interface PublishingState {
  readonly id: "publishing";
  readonly organisationId: string;
  readonly paused: boolean;
  readonly reason?: string;
  readonly by?: string;
  /** RFC 3339. */
  readonly at?: string;
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
