import type { ImprintStatus, ImprintUnreadableReason, KnownImprintStatus } from "./imprint-check-result.js";

/**
 * What every imprint event carries: ids, statuses and addresses, never the
 * profile's text or a credential.
 */
export interface ImprintEventData {
  /** The channel checked. */
  readonly channelId: string;
  /** Its network (adapter id). */
  readonly network: string;
  /** The status now. */
  readonly status: ImprintStatus;
  /** The stored status before this check; absent at a channel's first finding. */
  readonly previousStatus?: ImprintStatus;
  /**
   * What the last check that could read the profile found before this one.
   * Equal to `status` after an `unreadable` spell: the profile can be read
   * again and nothing changed meanwhile (still missing, still wrong, still ok).
   */
  readonly previousKnownStatus?: KnownImprintStatus;
  /** For `ok` and `wrong`: the link found, normalised. */
  readonly link?: string;
  /** The imprint addresses that satisfy the duty. */
  readonly expected: readonly string[];
  /** For `unreadable`: why. */
  readonly reason?: ImprintUnreadableReason;
  /** RFC 3339: when the check ended. */
  readonly checkedAt: string;
}

declare module "@kommune-sm/core" {
  interface EventCatalogue {
    /** A channel's profile no longer links its imprint (or never did, at its first check). */
    "imprint.missing": ImprintEventData;
    /** A link marked as the imprint on a channel's profile leads elsewhere. */
    "imprint.wrong": ImprintEventData;
    /** A channel's profile links its imprint again, after it was missing, wrong or could not be read. */
    "imprint.restored": ImprintEventData;
    /** A channel's profile could not be read (after it could, or at its first check): its imprint is not being watched. */
    "imprint.unreadable": ImprintEventData;
  }
}

/** The types of the imprint events, by the status they report. */
export const IMPRINT_EVENT_OF_STATUS = {
  ok: "imprint.restored",
  missing: "imprint.missing",
  wrong: "imprint.wrong",
  unreadable: "imprint.unreadable",
} as const satisfies Record<ImprintStatus, string>;

/** An imprint event type. */
export type ImprintEventType = (typeof IMPRINT_EVENT_OF_STATUS)[ImprintStatus];
