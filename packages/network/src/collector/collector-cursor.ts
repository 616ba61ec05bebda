import type { TenantEntity } from "@kommune-sm/core";

/** Where the collector stands for one kind of reading on one channel. */
export interface CollectorLane {
  /** RFC 3339: when this lane last read the network successfully. */
  lastRunAt?: string;
  /** Failed runs in a row; 0 after a success. Drives the backoff. */
  failures: number;
  /** What the last failed run said (scrubbed), for a person. */
  lastError?: string;
}

/**
 * The collector's place on one channel, stored in the transaction that
 * stores what it covers: after a crash, reading goes on from exactly where
 * the last stored page ended, so nothing is lost and nothing stored twice.
 */
export interface CollectorCursor extends TenantEntity {
  /** The channel's id (one cursor per channel). */
  readonly id: string;
  /** The organisation. */
  readonly organisationId: string;
  /** The adapter the cursors belong to: a channel moved to another network starts afresh. */
  network: string;
  /** Interactions: the network's cursor after the last stored page. */
  interactions: CollectorLane & {
    /** Pass to `fetchInteractions`; absent: from the oldest the network offers. */
    cursor?: string;
  };
  /** Metrics: the newest sample stored. */
  metrics: CollectorLane & {
    /** RFC 3339: the newest sample's `at`; samples at or before it are not stored again. */
    newestAt?: string;
  };
  /** Version for optimistic concurrency, from 1: two workers never both store one page. */
  revision: number;
}

declare module "@kommune-sm/core" {
  interface StoreCollections {
    /** The collector's place per channel (see `CollectorCursor`). */
    "collector-cursors": CollectorCursor;
  }
}

/** A fresh cursor for a channel. */
export function newCursor(organisationId: string, channelId: string, network: string): CollectorCursor {
  return { id: channelId, organisationId, network, interactions: { failures: 0 }, metrics: { failures: 0 }, revision: 0 };
}
