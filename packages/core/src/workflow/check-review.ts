import { checkContext, checkRecord, findingCounts } from "../checks/check-context.js";
import type { CheckInput } from "../checks/check.js";
import { runChecks } from "../checks/run-checks.js";
import type { NetworkRegistrationCapabilities } from "../host/registrations.js";
import type { Locale } from "../i18n/locale.js";
import type { Logger } from "../logger/logger.js";
import { openFindings, type CheckRecord, type Finding, type FindingAcceptance, type Organisation, type Strategy } from "../model/index.js";
import { formatInstant } from "../time/format-instant.js";
import type { ReadChannels } from "./account-capabilities.js";
import type { CheckedEventData } from "./workflow-events.js";

/** What the workflow knows that a check run needs besides what a step reads. */
export interface ReviewSetup {
  readonly organisation: Organisation;
  readonly locale: Locale;
  readonly capabilitiesFor?: (network: string) => NetworkRegistrationCapabilities | undefined;
  readonly logger?: Logger;
}

/** What one run of the checks gave: the record to store, and the checks that could not run. */
export interface Review {
  readonly record: CheckRecord;
  readonly failedCheckIds: readonly string[];
}

/**
 * Runs `checks` on content of `revision` with fingerprint `contentHash`, in
 * the setup read by the step (`strategies`, `channels`), at `now`; keeps the
 * acceptances of `previous` that still apply (see `checkRecord`). A check
 * that could not run is logged (with what it threw, for the developers; the
 * town hall sees the `check-failed` finding).
 */
export function review(
  setup: ReviewSetup,
  checks: readonly unknown[],
  input: CheckInput,
  read: { readonly strategies: readonly Strategy[] } & ReadChannels,
  content: { readonly revision: number; readonly contentHash: string; readonly previous: CheckRecord | undefined },
  now: number,
): Review {
  const context = checkContext({
    organisation: setup.organisation,
    strategies: read.strategies,
    channels: read.channels,
    ...(setup.capabilitiesFor ? { capabilitiesFor: setup.capabilitiesFor } : {}),
    ...(read.accountCapabilities ? { accountCapabilities: read.accountCapabilities } : {}),
    now,
    locale: setup.locale,
  });
  const run = runChecks(checks, input, context);
  for (const failure of run.failures) {
    try {
      setup.logger?.error("a check could not run", { checkId: failure.checkId, error: failure.error });
    } catch {
      // The finding `check-failed` already tells; a logger that fails must not take the step down with it.
    }
  }
  return { record: checkRecord(run, content.revision, content.contentHash, formatInstant(now), content.previous), failedCheckIds: [...new Set(run.failures.map((f) => f.checkId))] };
}

/** The data of `post.checked` or `reply.checked` for a review. */
export function checkedEventData(entity: { readonly postId: string } | { readonly replyId: string }, actorId: string, done: Review): CheckedEventData {
  return { ...entity, actorId, revision: done.record.revision, ...findingCounts(done.record), failedCheckIds: done.failedCheckIds };
}

/** The open `error` findings that stop approval, when the organisation blocks approval on them; empty otherwise. */
export function blockingFindings(organisation: Organisation, record: CheckRecord | undefined): Finding[] {
  return organisation.settings.checks?.blockApprovalOnErrors ? openFindings(record, "error") : [];
}

/**
 * `record` with `acceptance` added (with the finding's severity), if its
 * finding is one of the record's and the record is of the content now
 * stored (`contentHash`); `"already"` if it was accepted before; `"unknown"`
 * if there is no such finding. `record` is best a run made just now (see
 * `checkRecord`): an acceptance is of the finding as it is judged now.
 */
export function withAcceptance(record: CheckRecord | undefined, contentHash: string, acceptance: Omit<FindingAcceptance, "severity">): { record: CheckRecord; finding: Finding } | "already" | "unknown" {
  // Findings of other content (changed behind the workflow's back) are not the ones to accept.
  const finding = record && record.contentHash === contentHash ? record.findings.find((f) => f.id === acceptance.findingId) : undefined;
  if (!record || !finding) return "unknown";
  if (record.accepted.some((a) => a.findingId === acceptance.findingId)) return "already";
  return { record: { ...record, accepted: [...record.accepted, { ...acceptance, severity: finding.severity }] }, finding };
}
