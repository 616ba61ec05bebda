import type { ImprintStatus, ImprintUnreadableReason, KnownImprintStatus } from "./imprint-check-result.js";
import type { ImprintEventData, ImprintEventType } from "./imprint-events.js";

/** The name of the store collection of {@link ImprintFinding}s. */
export const IMPRINT_FINDINGS = "imprint-findings";

/** What a check that could read the profile found; kept while later checks cannot read it. */
export interface KnownImprintFinding {
  /** `ok`, `missing` or `wrong`. */
  readonly status: KnownImprintStatus;
  /** For `ok` and `wrong`: the link found, normalised. */
  readonly link?: string;
  /** RFC 3339: when the profile was read. */
  readonly checkedAt: string;
  /** RFC 3339: since when this status was found (the first check that found it). */
  readonly since: string;
}

/**
 * The imprint check's current finding for one channel, kept in the store
 * collection `imprint-findings` (id = channel id) and replaced by each check.
 *
 * Only addresses are kept, normalised and bounded: never the profile's
 * text, never a network's error message, never a credential.
 *
 * When a check cannot read the profile, `status` is `unreadable` and says so
 * with `reason`; what the last readable check found stays in `lastKnown`,
 * not as the current state (it may have changed since) and not lost either
 * (an imprint that was missing before the profile became unreadable is most
 * likely still missing). See `describeImprintFinding` for how a person reads it.
 */
export interface ImprintFinding {
  /** The channel's id. */
  readonly id: string;
  /** The organisation of the channel. */
  readonly organisationId: string;
  /** The channel's id, again, for filters. */
  readonly channelId: string;
  /** The channel's network (adapter id). */
  readonly network: string;
  /** The account's handle when it was checked. */
  readonly handle?: string;
  /** What the last check found; see {@link ImprintStatus}. */
  readonly status: ImprintStatus;
  /** For `ok`: the link that leads to the imprint; for `wrong`: the link marked as the imprint that leads elsewhere. Normalised. */
  readonly link?: string;
  /** The imprint addresses that satisfy the duty at this check: the organisation's, and the channel's own if set. */
  readonly expected: readonly string[];
  /** RFC 3339: when the last check ended. */
  readonly checkedAt: string;
  /** RFC 3339: since when `status` has held (through checks that could not read the profile, for the known statuses). */
  readonly since: string;
  /** For `unreadable`: why the profile could not be read. */
  readonly reason?: ImprintUnreadableReason;
  /** For `unreadable`: the error code, e.g. `NETWORK_AUTHENTICATION`, if there was one. */
  readonly code?: string;
  /** For `unreadable`: what the last check that could read the profile found, if any did. */
  readonly lastKnown?: KnownImprintFinding;
  /**
   * The event this finding's check made due, while it is not known to be
   * emitted: the finding is stored with it first, and again without it once
   * it was emitted. A worker that stopped in between leaves it here; the
   * next check or the monitor's next sync emits it (at least once).
   */
  readonly pendingEvent?: { readonly type: ImprintEventType; readonly data: ImprintEventData };
  /** Counts the checks stored for the channel (storing a finding as announced is no check). */
  readonly check?: number;
  /** Increases with every write; two monitors over one store do not overwrite each other's findings. */
  readonly revision: number;
}

declare module "@kommune-sm/core" {
  interface StoreCollections {
    /** The imprint check's current finding per channel (id = channel id). */
    "imprint-findings": ImprintFinding;
  }
}
