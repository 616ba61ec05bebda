import type { ImprintCheckResult, ImprintStatus } from "./imprint-check-result.js";
import { IMPRINT_EVENT_OF_STATUS, type ImprintEventData, type ImprintEventType } from "./imprint-events.js";
import type { ImprintFinding, KnownImprintFinding } from "./imprint-finding.js";

/** What a check knows besides its result. */
export interface CheckContext {
  /** The organisation of the channel. */
  readonly organisationId: string;
  /** The channel checked. */
  readonly channelId: string;
  /** Its network (adapter id). */
  readonly network: string;
  /** The account's handle: a finding of another account under the same channel id is no previous finding. */
  readonly handle?: string;
  /** The imprint addresses that satisfy the duty. */
  readonly expected: readonly string[];
  /** RFC 3339: when the check ended. */
  readonly checkedAt: string;
  /**
   * For a scheduled check: the stored finding's check number
   * ({@link checkNumberOf}) when the profile read began; 0 when none was
   * stored. A check stored since (by another worker) stands, and this one is
   * dropped, whatever the two workers' clocks say. Leave it out for a
   * person's "Jetzt prüfen": what was just read is what they asked for, and
   * it is stored over whatever came meanwhile.
   */
  readonly readFromCheck?: number;
  /** For an unreadable result: the error's code, if any. */
  readonly code?: string;
}

/** The finding to store after a check, and the event to emit once it is stored. */
export interface FindingStep {
  /** The new finding, at the next revision. */
  readonly finding: ImprintFinding;
  /** Present only when the status changed (see {@link nextFinding}). */
  readonly event?: { readonly type: ImprintEventType; readonly data: ImprintEventData };
}

/**
 * The finding after a check, from the stored one and what the check found:
 * the imprint monitor's state machine, pure.
 *
 * - A readable result (`ok`, `missing`, `wrong`) replaces the finding;
 *   `since` carries over while the status stays, through unreadable spells.
 * - An `unreadable` result is stored as `unreadable` with its reason, and
 *   keeps what the last readable check found as `lastKnown`: that is no
 *   longer known to be current, but it is not forgotten either.
 * - An event is due exactly when the status changes from the last one
 *   announced, named after the new status (`imprint.missing`,
 *   `imprint.wrong`, `imprint.restored`, `imprint.unreadable`); except a
 *   channel's very first finding when it is `ok`: an imprint where it
 *   belongs is no news. The finding is stored with the event as
 *   `pendingEvent`, and the event counts as announced only once it was
 *   emitted and the finding stored again without it ({@link announced}).
 * - While a finding owes an event, nobody knows whether it went out (its
 *   worker may have stopped before or after emitting it). The next check
 *   therefore always tells: the same event again when the status is still
 *   the owed one, or the change from the owed status otherwise. An event may
 *   come twice; a change is never left untold.
 * - Another account under the channel's id starts afresh (`since`,
 *   `lastKnown`): its first finding is news unless it is `ok`; and an `ok`
 *   is news too after an alarm about the old account ("restored").
 *
 * Undefined when the check is dropped: a scheduled check
 * (`context.readFromCheck` given) when another check was stored after its
 * read began, or the finding was removed meanwhile (the channel was deleted).
 */
export function nextFinding(stored: ImprintFinding | undefined, result: ImprintCheckResult, context: CheckContext): FindingStep | undefined {
  if (context.readFromCheck !== undefined && checkNumberOf(stored) !== context.readFromCheck) return undefined;
  // Another account now under the channel's id (or another network): what was found about the old one says nothing about it.
  const otherAccount = stored !== undefined && (stored.network !== context.network || (stored.handle !== undefined && context.handle !== undefined && stored.handle !== context.handle));
  const previous = otherAccount ? undefined : stored;
  const previousKnown = knownOf(previous);
  const base = {
    id: context.channelId,
    organisationId: context.organisationId,
    channelId: context.channelId,
    network: context.network,
    ...(context.handle !== undefined ? { handle: context.handle } : {}),
    expected: [...context.expected],
    checkedAt: context.checkedAt,
    // The stored revision goes on, whoever's finding it was: the save is compare-and-set on it.
    revision: (stored?.revision ?? 0) + 1,
    check: checkNumberOf(stored) + 1,
  };
  let finding: ImprintFinding;
  if (result.status === "unreadable") {
    finding = {
      ...base,
      status: "unreadable",
      since: previous?.status === "unreadable" ? previous.since : context.checkedAt,
      reason: result.reason,
      ...(context.code === undefined ? {} : { code: context.code }),
      ...(previousKnown ? { lastKnown: previousKnown } : {}),
    };
  } else {
    finding = {
      ...base,
      status: result.status,
      since: previousKnown?.status === result.status ? previousKnown.since : context.checkedAt,
      ...(result.status === "missing" ? {} : { link: result.link }),
    };
  }
  const pending = stored?.pendingEvent;
  let previousStatus: ImprintStatus | undefined;
  if (pending) {
    // Perhaps told, perhaps not: tell again (the same event, or the change from it).
    previousStatus = finding.status === pending.data.status ? pending.data.previousStatus : pending.data.status;
  } else if (otherAccount) {
    // A new account's first finding: news unless it is ok, and an ok is news after an alarm about the old account.
    if (finding.status === "ok" && stored.status === "ok") return { finding };
    previousStatus = stored.status;
  } else {
    if (!changed(stored?.status, finding.status)) return { finding };
    previousStatus = stored?.status;
  }
  const data: ImprintEventData = {
    channelId: finding.channelId,
    network: finding.network,
    status: finding.status,
    ...(previousStatus ? { previousStatus } : {}),
    ...(previousKnown ? { previousKnownStatus: previousKnown.status } : {}),
    ...(finding.link === undefined ? {} : { link: finding.link }),
    expected: [...finding.expected],
    ...(finding.reason === undefined ? {} : { reason: finding.reason }),
    checkedAt: finding.checkedAt,
  };
  const event = { type: IMPRINT_EVENT_OF_STATUS[finding.status], data };
  return { finding: { ...finding, pendingEvent: event }, event };
}

/**
 * The finding once its pending event was emitted: stored again without it,
 * at the next revision (compare-and-set on `finding.revision`), as the same
 * check (its check number stays).
 */
export function announced(finding: ImprintFinding): ImprintFinding {
  const { pendingEvent: _done, ...rest } = finding;
  return { ...rest, revision: finding.revision + 1 };
}

/** The event a stored finding still owes (its worker stopped before it was emitted), if any. */
export function pendingAnnouncement(finding: ImprintFinding | undefined): ImprintFinding["pendingEvent"] {
  return finding?.pendingEvent;
}

/**
 * How many checks were stored for the channel up to `finding` (0 for none).
 * Unlike `revision`, storing a finding as announced does not count: that
 * is no newer look at the profile. Findings stored before check numbers
 * existed count their revision.
 */
export function checkNumberOf(finding: ImprintFinding | undefined): number {
  return finding === undefined ? 0 : (finding.check ?? finding.revision);
}

/** What the last readable check found, as of `finding`. */
export function knownOf(finding: ImprintFinding | undefined): KnownImprintFinding | undefined {
  if (!finding) return undefined;
  if (finding.status === "unreadable") return finding.lastKnown;
  return { status: finding.status, ...(finding.link === undefined ? {} : { link: finding.link }), checkedAt: finding.checkedAt, since: finding.since };
}

function changed(before: ImprintStatus | undefined, after: ImprintStatus): boolean {
  // A first finding that is ok: nothing to tell anyone.
  if (before === undefined) return after !== "ok";
  return before !== after;
}
