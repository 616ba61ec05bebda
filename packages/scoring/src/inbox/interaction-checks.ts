import { INTERACTION_TRIAGE_LIMITS, type Finding, type InteractionTriageResult } from "@kommune-sm/core";

/** The producer under which the findings of `interaction` checks are filed (`interaction.triage.checks`). */
export const CHECKS_PRODUCER = "checks";

const RANK = { error: 1, warning: 0.5, hint: 0.25 } as const;

/** What is kept of one finding with the interaction: everything but its id's inputs, places as offsets. */
interface KeptFinding {
  readonly checkId: string;
  readonly code: string;
  readonly severity: Finding["severity"];
  readonly message: { readonly de: string; readonly en: string };
  readonly start?: number;
  readonly end?: number;
  readonly graphemeStart?: number;
  readonly graphemeEnd?: number;
}

/**
 * Characters of keys and strings a finding takes in the triage's `data`, as
 * the interaction schema counts them (keys and string values); JSON's
 * length is an upper bound of it, so what is kept always fits.
 */
function sizeOf(kept: KeptFinding): number {
  return JSON.stringify(kept).length;
}

/** Room for the frame around the findings (`findings`, `more`, `errors` …), kept free. */
const FRAME = 100;

/**
 * The findings of the `interaction` checks as a triage result: a label per
 * check and code (`personal-data.interaction/phone`), the worst severity as
 * the score (1 error, 0.5 warning, 0.25 hint, 0 nothing), and the findings
 * with their messages and places in `data.findings`, as many as the
 * interaction's triage limits allow; `data.more` counts those left out
 * (their labels are kept while there is room). Errors come first.
 */
export function checksTriage(findings: readonly Finding[]): Omit<InteractionTriageResult, "at"> {
  const ordered = [...findings].sort((a, b) => RANK[b.severity] - RANK[a.severity]);
  const labels: string[] = [];
  for (const finding of ordered) {
    const label = `${finding.checkId}/${finding.code}`.slice(0, INTERACTION_TRIAGE_LIMITS.labelLength);
    if (!labels.includes(label) && labels.length < INTERACTION_TRIAGE_LIMITS.labels) labels.push(label);
  }
  const kept: KeptFinding[] = [];
  let room = INTERACTION_TRIAGE_LIMITS.maxTextLength - FRAME;
  // Entries: each kept finding is at most 13 keys and values through its levels.
  const maxFindings = Math.floor((INTERACTION_TRIAGE_LIMITS.maxEntries - 10) / 14);
  for (const finding of ordered) {
    if (kept.length >= maxFindings) break;
    const { location } = finding;
    const item: KeptFinding = {
      checkId: finding.checkId,
      code: finding.code,
      severity: finding.severity,
      message: { de: finding.message.de, en: finding.message.en },
      ...(location?.start !== undefined ? { start: location.start, end: location.end, graphemeStart: location.graphemeStart, graphemeEnd: location.graphemeEnd } : {}),
    };
    const size = sizeOf(item);
    // One long message must not push out the places of the findings after it.
    if (size > room) continue;
    room -= size;
    kept.push(item);
  }
  const score = ordered.length === 0 ? 0 : RANK[ordered[0]!.severity];
  return { labels, score, data: { findings: kept, more: ordered.length - kept.length } };
}
