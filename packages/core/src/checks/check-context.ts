import type { NetworkRegistrationCapabilities } from "../host/registrations.js";
import type { Locale } from "../i18n/locale.js";
import type { Channel, CheckRecord, CheckSettings, Finding, Organisation, Strategy } from "../model/index.js";
import { localDateOf } from "../time/zoned-time.js";
import type { CheckChannel, CheckContext } from "./check.js";
import { sealContext, type CheckRunResult } from "./run-checks.js";

/** The strategies in force on the organisation's local date of `now` (no bounds: always). */
export function strategiesInForce(strategies: readonly Strategy[], now: number, timeZone: string): Strategy[] {
  const today = localDateOf(now, timeZone);
  return strategies.filter((s) => (s.validFrom === undefined || s.validFrom <= today) && (s.validUntil === undefined || today <= s.validUntil));
}

/**
 * The checks settings of several strategies as one: what any of them turns
 * off is off; where they set a severity for the same key, the strictest wins
 * (`error` over `warning` over `hint`), so that overlapping strategies never
 * weaken each other.
 */
export function mergeCheckSettings(strategies: readonly Strategy[]): CheckSettings {
  const disabled = new Set<string>();
  const severities: Record<string, CheckSettings["severities"][string]> = {};
  const rank = { error: 0, warning: 1, hint: 2 } as const;
  for (const strategy of strategies) {
    for (const key of strategy.checks?.disabled ?? []) disabled.add(key);
    for (const [key, severity] of Object.entries(strategy.checks?.severities ?? {})) {
      const known = Object.hasOwn(severities, key) ? severities[key] : undefined;
      if (known === undefined || rank[severity] < rank[known]) severities[key] = severity;
    }
  }
  return { disabled: [...disabled], severities };
}

/** What the workflow hands the checks: the organisation's setup as read in the step's transaction. */
export function checkContext(options: {
  readonly organisation: Organisation;
  readonly strategies: readonly Strategy[];
  readonly channels: readonly (Channel | undefined)[];
  /** What a network declared, by adapter id: what a check sees of a channel whose account said nothing of its own. */
  readonly capabilitiesFor?: (network: string) => NetworkRegistrationCapabilities | undefined;
  /** What each account can do, by channel id (see `AccountCapabilitiesSource`): wins over what its network declared. */
  readonly accountCapabilities?: ReadonlyMap<string, NetworkRegistrationCapabilities>;
  readonly now: number;
  readonly locale: Locale;
}): CheckContext {
  const inForce = strategiesInForce(options.strategies, options.now, options.organisation.timeZone);
  const channels: CheckChannel[] = [];
  for (const channel of options.channels) {
    if (!channel) continue;
    // An instance's own limit (5,000 characters where the network says 500) is what a post there must fit.
    const capabilities = options.accountCapabilities?.get(channel.id) ?? options.capabilitiesFor?.(channel.network);
    channels.push(capabilities ? { channel, capabilities } : { channel });
  }
  // Frozen whole, once: every run of the checks may use it without copying it again.
  return sealContext({ organisation: options.organisation, strategies: inForce, settings: mergeCheckSettings(inForce), channels, now: options.now, locale: options.locale });
}

const SEVERITY_RANK = { error: 0, warning: 1, hint: 2 } as const;

/**
 * The record of a run for content of `revision` with fingerprint
 * `contentHash`: the findings, and of the acceptances given for this very
 * content those whose finding is still there, and no more severe than it
 * was when it was accepted (an approver who let a hint stand has not let an
 * error stand: when the organisation's settings make it one, it is open
 * again). An acceptance is of one finding in one content: none is carried
 * over to changed content.
 */
export function checkRecord(run: CheckRunResult, revision: number, contentHash: string, at: string, previous: CheckRecord | undefined): CheckRecord {
  if (!previous || previous.contentHash !== contentHash || previous.accepted.length === 0) return { revision, contentHash, at, findings: run.findings, accepted: [] };
  const before = new Map(previous.findings.map((f) => [f.id, f.severity]));
  const now = new Map(run.findings.map((f) => [f.id, f.severity]));
  const accepted = previous.accepted.filter((a) => {
    const severity = now.get(a.findingId);
    const then = a.severity ?? before.get(a.findingId);
    return severity !== undefined && then !== undefined && SEVERITY_RANK[severity] >= SEVERITY_RANK[then];
  });
  return { revision, contentHash, at, findings: run.findings, accepted };
}

/** Counts of a record's findings by severity, in all and open (not accepted). */
export function findingCounts(record: CheckRecord): { errors: number; warnings: number; hints: number; openErrors: number } {
  const accepted = new Set(record.accepted.map((a) => a.findingId));
  let errors = 0;
  let warnings = 0;
  let hints = 0;
  let openErrors = 0;
  for (const f of record.findings as readonly Finding[]) {
    if (f.severity === "error") {
      errors++;
      if (!accepted.has(f.id)) openErrors++;
    } else if (f.severity === "warning") warnings++;
    else hints++;
  }
  return { errors, warnings, hints, openErrors };
}
